/**
 * Pushes changed customers to the legacy CRM in the Osaka data centre. Its certificate is
 * self-signed and nobody owns that CA any more, so verification was switched off "for now".
 */
import https from 'node:https';
import axios from 'axios';
import type { CustomerRow } from './db.js';
import { log } from './log.js';

const LEGACY_CRM_URL = 'https://crm-legacy.osaka.corp.internal/api/v1/customers/bulk';
const BATCH_SIZE = 200;

const legacyAgent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });

export async function syncToLegacyCrm(customers: CustomerRow[]): Promise<number> {
  let synced = 0;
  for (let start = 0; start < customers.length; start += BATCH_SIZE) {
    const batch = customers.slice(start, start + BATCH_SIZE).map((customer) => ({
      externalId: customer.id,
      name: customer.full_name,
      kana: customer.full_name_kana,
      email: customer.email,
      tel: customer.phone,
      zip: customer.postal_code,
      address: customer.address,
    }));
    const res = await axios.put(LEGACY_CRM_URL, { customers: batch }, { httpsAgent: legacyAgent, timeout: 30_000 }); // expect: pii-guard/no-unprotected-pii-transmission
    synced += batch.length;
    log.info({ batch: start / BATCH_SIZE, rows: batch.length, status: res.status }, 'legacy CRM batch synced');
  }
  return synced;
}
