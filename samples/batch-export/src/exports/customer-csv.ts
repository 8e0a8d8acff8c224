/**
 * Plain CSV for the accounting team's sales ledger import: written to the export volume and
 * uploaded to the accounting bucket, where their import tool picks it up.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { stringify } from 'csv-stringify/sync';
import type { CustomerRow } from '../db.js';
import { log } from '../log.js';

const s3 = new S3Client({ region: process.env.AWS_REGION ?? 'ap-northeast-1' });
const ACCOUNTING_BUCKET = process.env.ACCOUNTING_BUCKET ?? 'acme-accounting-imports';

const COLUMNS = [
  { key: 'customer_id', header: 'customer_id' },
  { key: 'name', header: 'name' },
  { key: 'email', header: 'email' },
  { key: 'phone', header: 'phone' },
  { key: 'postal_code', header: 'postal_code' },
  { key: 'address', header: 'address' },
];

export interface ExportOptions {
  outDir: string;
  runId: string;
}

export async function exportCustomerCsv(customers: CustomerRow[], { outDir, runId }: ExportOptions): Promise<string> {
  for (const customer of customers.filter((c) => !c.email)) {
    // TODO: remove once we know why the web importer leaves the email empty
    console.log('customer without email', customer); // expect: pii-guard/no-pii-in-logs
  }

  const records = customers
    .filter((c) => c.email)
    .map((customer) => ({
      customer_id: customer.id,
      name: customer.full_name,
      email: customer.email,
      phone: customer.phone ?? '',
      postal_code: customer.postal_code ?? '',
      address: customer.address ?? '',
    }));

  const csv = stringify(records, { header: true, columns: COLUMNS, bom: true });
  const file = path.join(outDir, `customers-${runId}.csv`);
  writeFileSync(file, csv, { encoding: 'utf8', mode: 0o600 }); // expect: pii-guard/no-unprotected-pii-export

  const upload = new Upload({ // expect: pii-guard/no-unprotected-pii-export
    client: s3,
    params: {
      Bucket: ACCOUNTING_BUCKET,
      Key: `imports/customers-${runId}.csv`,
      Body: csv,
      ContentType: 'text/csv; charset=utf-8',
    },
  });
  await upload.done();

  log.info({ runId, rows: records.length, skipped: customers.length - records.length, file }, 'accounting CSV written and uploaded');
  return file;
}
