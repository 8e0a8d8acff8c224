import { Router } from 'express';
import { z } from 'zod';
import { prisma } from '../db.js';
import { logger } from '../logger.js';

const ProfileUpdate = z.object({
  firstName: z.string().min(1).max(50).optional(),
  lastName: z.string().min(1).max(50).optional(),
  phone: z.string().regex(/^0\d{9,10}$/).optional(),
  postalCode: z.string().optional(),
});

export const profileRouter = Router();

profileRouter.patch('/me', async (req, res) => {
  const parsed = ProfileUpdate.safeParse(req.body);
  if (!parsed.success) {
    logger.info('profile update rejected', { userId: req.user.id, issues: parsed.error.issues.length });
    return res.status(400).json({ error: 'INVALID' });
  }

  const changedFields = Object.keys(parsed.data);
  await prisma.user.update({ where: { id: req.user.id }, data: parsed.data });

  // Audit: who changed which fields, never the values.
  logger.info('profile updated', { userId: req.user.id, changedFields });
  res.json({ ok: true });
});
