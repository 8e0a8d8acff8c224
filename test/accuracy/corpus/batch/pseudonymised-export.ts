import { createHmac } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { listPurchases } from './purchases.js';

const PSEUDONYM_KEY = process.env.PSEUDONYM_KEY;
if (!PSEUDONYM_KEY) throw new Error('PSEUDONYM_KEY is not set');

function pseudonym(customerId: string): string {
  return createHmac('sha256', PSEUDONYM_KEY!).update(customerId).digest('hex').slice(0, 16);
}

// Research extract: pseudonymous key, age band and spend only.
export async function writeResearchExtract(file: string): Promise<void> {
  const purchases = await listPurchases();
  const rows = purchases.map((p) => ({
    subject: pseudonym(p.customerId),
    ageBand: `${Math.floor(p.customerAge / 10) * 10}s`,
    category: p.category,
    amount: p.amount,
  }));
  await writeFile(file, stringify(rows, { header: true }));
}
