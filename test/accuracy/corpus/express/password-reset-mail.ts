import { Router } from 'express';
import crypto from 'node:crypto';
import sgMail from '@sendgrid/mail';
import { prisma } from '../prisma.js';
import { logger } from '../logger.js';

sgMail.setApiKey(process.env.SENDGRID_API_KEY!);
export const reset = Router();

reset.post('/password/forgot', async (req, res) => {
  const email = String(req.body.email).trim().toLowerCase();
  const user = await prisma.user.findUnique({ where: { email } });

  if (user) {
    const token = crypto.randomBytes(32).toString('hex');
    const tokenHash = crypto.createHash('sha256').update(token).digest('hex');
    await prisma.passwordReset.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + 3600_000) } });

    await sgMail.send({
      to: user.email,
      from: 'no-reply@acme.co.jp',
      templateId: 'd-reset-password',
      dynamicTemplateData: { name: user.firstName, resetUrl: `https://app.acme.co.jp/reset?token=${token}` },
    });
    logger.info('password reset requested', { userId: user.id });
  } else {
    logger.info('password reset requested for unknown account');
  }
  // Same answer either way, so the endpoint cannot be used to probe addresses.
  res.status(202).json({ ok: true });
});
