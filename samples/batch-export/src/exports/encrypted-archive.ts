/**
 * Monthly archive of the customer master for the finance auditors. Envelope encryption: a fresh
 * AES-256-GCM data key per file, wrapped by KMS; only the wrapped key is stored with the file.
 *
 * File layout: [4-byte length of the wrapped key][wrapped key][12-byte IV][16-byte tag][ciphertext]
 */
import { createCipheriv, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { stringify } from 'csv-stringify/sync';
import type { CustomerRow } from '../db.js';
import { log } from '../log.js';
import type { ExportOptions } from './customer-csv.js';

const region = process.env.AWS_REGION ?? 'ap-northeast-1';
const kms = new KMSClient({ region });
const s3 = new S3Client({ region });

const ARCHIVE_BUCKET = process.env.ARCHIVE_BUCKET ?? 'acme-customer-archive';
const ARCHIVE_KMS_KEY_ID = process.env.ARCHIVE_KMS_KEY_ID ?? 'alias/customer-archive';

// The card column is not archived: the auditors do not need it.
const ARCHIVE_COLUMNS = ['id', 'full_name', 'full_name_kana', 'email', 'phone', 'postal_code', 'address', 'updated_at'];

export async function exportEncryptedArchive(
  customers: CustomerRow[],
  { outDir, runId }: ExportOptions,
): Promise<{ file: string; key: string }> {
  const csv = stringify(customers, { header: true, columns: ARCHIVE_COLUMNS, cast: { date: (d) => d.toISOString() } });

  const { Plaintext: dataKey, CiphertextBlob: wrappedKey } = await kms.send(
    new GenerateDataKeyCommand({ KeyId: ARCHIVE_KMS_KEY_ID, KeySpec: 'AES_256' }),
  );
  if (!dataKey || !wrappedKey) throw new Error('KMS did not return a data key');

  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
  const ciphertext = Buffer.concat([cipher.update(csv, 'utf8'), cipher.final()]);
  dataKey.fill(0); // the plaintext key must not outlive the encryption

  const keyLength = Buffer.alloc(4);
  keyLength.writeUInt32BE(wrappedKey.length);
  const sealed = Buffer.concat([keyLength, Buffer.from(wrappedKey), iv, cipher.getAuthTag(), ciphertext]);

  const file = path.join(outDir, `customers-${runId}.csv.enc`);
  writeFileSync(file, sealed, { mode: 0o600 });

  const key = `archive/${new Date().toISOString().slice(0, 7)}/customers-${runId}.csv.enc`;
  await new Upload({
    client: s3,
    params: { Bucket: ARCHIVE_BUCKET, Key: key, Body: sealed, ServerSideEncryption: 'aws:kms', SSEKMSKeyId: ARCHIVE_KMS_KEY_ID },
  }).done();

  log.info({ runId, rows: customers.length, key, bytes: sealed.length }, 'encrypted archive written and uploaded');
  return { file, key };
}
