import { PrismaClient } from '@prisma/client';

/** One client per process: Prisma keeps its own connection pool. */
export const prisma = new PrismaClient({
  log: process.env.PRISMA_LOG_QUERIES === 'true' ? ['query', 'warn', 'error'] : ['warn', 'error'],
});
