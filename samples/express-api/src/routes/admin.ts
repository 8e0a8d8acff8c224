/**
 * Back-office endpoints (admin role only): customer exports and the support lookup.
 */
import { createCipheriv, randomBytes } from 'node:crypto';
import { GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Router } from 'express';
import { z } from 'zod';
import { prisma } from '../lib/db.js';
import { requireAdmin, type AuthedRequest } from '../lib/http.js';
import { logger } from '../lib/logger.js';
import { findByEmail } from '../services/user.service.js';

const region = process.env.AWS_REGION ?? 'ap-northeast-1';
const s3 = new S3Client({ region });
const kms = new KMSClient({ region });

const EXPORT_BUCKET = process.env.EXPORT_BUCKET ?? 'acme-shop-exports';
const EXPORT_KMS_KEY_ID = process.env.EXPORT_KMS_KEY_ID ?? 'alias/customer-exports';

interface CustomerExportRow {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  createdAt: Date;
  orderCount: number;
}

async function loadCustomers(): Promise<CustomerExportRow[]> {
  const users = await prisma.user.findMany({
    where: { role: 'customer', deletedAt: null },
    orderBy: { createdAt: 'asc' },
    select: { id: true, name: true, email: true, phone: true, createdAt: true, _count: { select: { orders: true } } },
  });
  return users.map((user) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    phone: user.phone,
    createdAt: user.createdAt,
    orderCount: user._count.orders,
  }));
}

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toCsv(customers: CustomerExportRow[]): string {
  const header = 'id,name,email,phone,created_at,order_count';
  const lines = customers.map((customer) =>
    [customer.id, customer.name, customer.email, customer.phone, customer.createdAt.toISOString(), customer.orderCount]
      .map(csvCell)
      .join(','),
  );
  return [header, ...lines].join('\r\n');
}

function exportKey(suffix: string): string {
  return `customers/${new Date().toISOString().slice(0, 10)}/customers-${Date.now()}.${suffix}`;
}

export const adminRouter = Router();
adminRouter.use(requireAdmin);

/** Marketing asked for a CSV they can open in Excel straight from the bucket. */
adminRouter.post('/exports/customers', async (req, res) => {
  const { auth } = req as AuthedRequest;
  const customers = await loadCustomers();
  const key = exportKey('csv');

  await s3.send(new PutObjectCommand({ // expect: pii-guard/no-unprotected-pii-export
    Bucket: EXPORT_BUCKET,
    Key: key,
    Body: toCsv(customers),
    ContentType: 'text/csv; charset=utf-8',
  }));

  logger.info({ adminId: auth.userId, key, rows: customers.length }, 'customer export uploaded');
  res.status(201).json({ bucket: EXPORT_BUCKET, key, rows: customers.length });
});

/**
 * The same data for the finance archive, envelope-encrypted: a fresh AES-256-GCM data key per file,
 * wrapped by KMS. The wrapped key travels with the object; the master key never leaves KMS.
 */
adminRouter.post('/exports/customers/encrypted', async (req, res) => {
  const { auth } = req as AuthedRequest;
  const customers = await loadCustomers();

  const dataKey = await kms.send(new GenerateDataKeyCommand({ KeyId: EXPORT_KMS_KEY_ID, KeySpec: 'AES_256' }));
  if (!dataKey.Plaintext || !dataKey.CiphertextBlob) throw new Error('KMS returned no data key');

  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', dataKey.Plaintext, iv);
  const body = Buffer.concat([cipher.update(toCsv(customers), 'utf8'), cipher.final()]);
  dataKey.Plaintext.fill(0); // the plaintext key is not needed any more

  const key = exportKey('csv.enc');
  await s3.send(new PutObjectCommand({
    Bucket: EXPORT_BUCKET,
    Key: key,
    Body: body,
    ContentType: 'application/octet-stream',
    Metadata: {
      'x-enc-alg': 'AES-256-GCM',
      'x-enc-data-key': Buffer.from(dataKey.CiphertextBlob).toString('base64'),
      'x-enc-iv': iv.toString('base64'),
      'x-enc-tag': cipher.getAuthTag().toString('base64'),
    },
  }));

  logger.info({ adminId: auth.userId, key, rows: customers.length }, 'encrypted customer export uploaded');
  res.status(201).json({ bucket: EXPORT_BUCKET, key, rows: customers.length });
});

const LookupBody = z.object({ email: z.string().email() });

/** Support lookup. POST so the address stays out of URLs and access logs. */
adminRouter.post('/customers/lookup', async (req, res) => {
  const { auth } = req as AuthedRequest;
  const { email } = LookupBody.parse(req.body);
  const user = await findByEmail(email);
  // Audit trail: who looked at which account (references only).
  logger.info({ adminId: auth.userId, userId: user.id }, 'support lookup');
  res.json({ id: user.id, name: user.name, email: user.email, phone: user.phone });
});
