import pino from 'pino';
import { PrismaClient } from '@prisma/client';

const logger = pino({ name: 'retention-job' });
const prisma = new PrismaClient();

const RETENTION_DAYS = 365 * 3;

export async function purgeInactiveCustomers(): Promise<void> {
  const cutoff = new Date(Date.now() - RETENTION_DAYS * 24 * 3600 * 1000);
  const candidates = await prisma.customer.findMany({ where: { lastLoginAt: { lt: cutoff } }, select: { id: true } });

  logger.info({ count: candidates.length, cutoff: cutoff.toISOString() }, 'purging inactive customers');
  const { count } = await prisma.customer.deleteMany({ where: { id: { in: candidates.map((c) => c.id) } } });
  logger.info({ deleted: count, ids: candidates.slice(0, 20).map((c) => c.id) }, 'purge done');
}
