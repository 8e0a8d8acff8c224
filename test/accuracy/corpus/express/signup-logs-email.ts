import express, { Request, Response } from 'express';
import { PrismaClient } from '@prisma/client';
import bcrypt from 'bcrypt';

const prisma = new PrismaClient();
export const router = express.Router();

interface SignupBody {
  email: string;
  password: string;
  displayName: string;
}

router.post('/signup', async (req: Request<unknown, unknown, SignupBody>, res: Response) => {
  const { email, password, displayName } = req.body;
  console.log(`New signup request from ${email}`); // expect: pii-guard/no-pii-in-logs

  const existing = await prisma.user.findUnique({ where: { email } });
  if (existing) {
    return res.status(409).json({ error: 'EMAIL_TAKEN' });
  }

  const passwordHash = await bcrypt.hash(password, 12);
  const user = await prisma.user.create({
    data: { email, displayName, passwordHash },
  });

  console.log('user created', { userId: user.id });
  return res.status(201).json({ id: user.id });
});
