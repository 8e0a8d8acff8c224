import pino from 'pino';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });

export interface Member {
  id: string;
  fullName: string;
  email: string;
  birthDate: string;
  plan: 'basic' | 'premium';
}

export function logPlanChange(member: Member, previous: Member['plan']): void {
  logger.info({ member, previous }, 'plan changed'); // expect: pii-guard/no-pii-in-logs
}

export function logPlanChangeByReference(member: Member, previous: Member['plan']): void {
  logger.info({ memberId: member.id, previous, next: member.plan }, 'plan changed');
}
