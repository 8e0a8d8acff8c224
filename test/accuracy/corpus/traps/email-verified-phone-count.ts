import pino from 'pino';

const logger = pino();

interface AccountFlags {
  id: string;
  emailVerified: boolean;
  phoneVerified: boolean;
  phoneCount: number;
  hasEmail: boolean;
  addressCount: number;
}

export function logAccountCompleteness(flags: AccountFlags): void {
  logger.info(
    {
      userId: flags.id,
      emailVerified: flags.emailVerified,
      phoneVerified: flags.phoneVerified,
      phoneCount: flags.phoneCount,
      hasEmail: flags.hasEmail,
      addressCount: flags.addressCount,
    },
    'account completeness',
  );
}
