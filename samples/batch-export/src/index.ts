/**
 * Nightly customer export job (cron 02:30 JST on the batch host).
 *
 *   node dist/src/index.js [--since 2024-06-01] [--out-dir /var/exports] [--fixtures] [--skip-crm]
 *
 * --fixtures runs the whole job on the fixture rows instead of the database (staging smoke test).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fixtureCustomers } from '../fixtures/customers.js';
import { countActiveCustomers, fetchCustomersUpdatedSince, pool, type CustomerRow } from './db.js';
import { exportCustomerCsv } from './exports/customer-csv.js';
import { exportEncryptedArchive } from './exports/encrypted-archive.js';
import { exportLedgerJa } from './exports/ledger-ja.js';
import { syncToLegacyCrm } from './crm-sync.js';
import { log, maskCardNumber } from './log.js';
import { postFailureDigest, postRunSummary, type FailedCustomer } from './notify.js';

const { values: args } = parseArgs({
  options: {
    since: { type: 'string' },
    'out-dir': { type: 'string', default: '/var/exports' },
    fixtures: { type: 'boolean', default: false },
    'skip-crm': { type: 'boolean', default: false },
  },
});

function isLuhnValid(cardNumber: string): boolean {
  const digits = cardNumber.replace(/\D/g, '');
  if (digits.length < 12 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** `MM/YY`: a card is valid through the last day of that month. */
function isExpired(expiry: string | null, now: Date): boolean {
  const match = expiry ? /^(\d{2})\/(\d{2})$/.exec(expiry) : null;
  if (!match) return true;
  const endOfMonth = new Date(Date.UTC(2000 + Number(match[2]), Number(match[1]), 1));
  return endOfMonth <= now;
}

/** Finds legacy card rows that billing has to replace before the next monthly charge. */
function checkStoredCards(customers: CustomerRow[], now: Date): FailedCustomer[] {
  const failures: FailedCustomer[] = [];
  for (const customer of customers) {
    if (!customer.card_number) continue;
    if (!isLuhnValid(customer.card_number)) {
      log.warn({ customerId: customer.id, card: maskCardNumber(customer.card_number) }, 'stored card number fails the Luhn check');
      failures.push({ customerId: customer.id, reason: 'invalid card', phone: customer.phone });
    } else if (isExpired(customer.card_expiry, now)) {
      log.info({ customerId: customer.id, last4: customer.card_number.slice(-4) }, 'stored card has expired');
      failures.push({ customerId: customer.id, reason: 'card expired', phone: customer.phone });
    }
  }
  return failures;
}

async function main(): Promise<void> {
  const runId = randomUUID();
  const startedAt = Date.now();
  const useFixtures = args.fixtures ?? false;
  const outDir = args['out-dir'] ?? '/var/exports';
  const since = args.since ? new Date(args.since) : new Date(startedAt - 24 * 60 * 60 * 1000);
  mkdirSync(outDir, { recursive: true, mode: 0o700 });

  const customers = useFixtures ? fixtureCustomers : await fetchCustomersUpdatedSince(since);
  log.info({ runId, since: since.toISOString(), customers: customers.length, useFixtures }, 'export run started');

  const csvFile = await exportCustomerCsv(customers, { outDir, runId });
  const archive = await exportEncryptedArchive(customers, { outDir, runId });
  const ledger = useFixtures ? { file: '', rows: 0 } : await exportLedgerJa(outDir);

  const failures = checkStoredCards(customers, new Date());
  if (!useFixtures && !args['skip-crm']) await syncToLegacyCrm(customers);
  if (failures.length > 0) await postFailureDigest(failures);

  const totalActive = useFixtures ? customers.length : await countActiveCustomers();
  const durationMs = Date.now() - startedAt;
  await postRunSummary({ runId, exported: customers.length, ledgerRows: ledger.rows, failed: failures.length, totalActive, durationMs });

  log.info(
    { runId, exported: customers.length, ledgerRows: ledger.rows, cardProblems: failures.length, csvFile, archiveKey: archive.key, durationMs },
    'export run finished',
  );
}

main()
  .catch((err: unknown) => {
    log.fatal({ err }, 'export run failed');
    process.exitCode = 1;
  })
  .finally(() => pool.end());
