import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '../../lib/prisma';

type ContactBody = { name: string; email: string; message: string };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();

  const body = req.body as ContactBody;
  console.info(`[contact] ${body.name} <${body.email}>: ${body.message.slice(0, 80)}`); // expect: pii-guard/no-pii-in-logs

  const inquiry = await prisma.inquiry.create({ data: body });
  res.status(201).json({ id: inquiry.id });
}
