/**
 * Run notifications: the team's Slack channel, and the call-centre chat bridge for billing
 * problems that need a phone call.
 */
import { log } from './log.js';

export interface FailedCustomer {
  customerId: string;
  reason: 'invalid card' | 'card expired';
  phone: string | null;
}

export interface RunSummary {
  runId: string;
  exported: number;
  ledgerRows: number;
  failed: number;
  totalActive: number;
  durationMs: number;
}

// The call-centre bridge only listens on plain HTTP inside the office network.
const CALL_CENTRE_BRIDGE_URL = 'http://callcentre-bridge.corp.internal:8080/hooks/billing';

export async function postRunSummary(summary: RunSummary): Promise<void> {
  const webhookUrl = process.env.SLACK_WEBHOOK_URL;
  if (!webhookUrl) {
    log.warn('SLACK_WEBHOOK_URL is not set; skipping the run summary');
    return;
  }
  const text =
    `Customer export ${summary.runId}: ${summary.exported} rows exported, ${summary.ledgerRows} ledger rows, ` +
    `${summary.failed} card problems (${summary.totalActive} active customers, ${Math.round(summary.durationMs / 1000)} s)`;
  const res = await fetch(webhookUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  if (!res.ok) log.warn({ status: res.status }, 'Slack summary was not accepted');
}

/** Operators call these customers back the next morning. */
export async function postFailureDigest(failures: FailedCustomer[]): Promise<void> {
  const lines = failures.map((f) => `• ${f.customerId}: ${f.reason}, tel ${f.phone ?? 'unknown'}`);
  const res = await fetch(CALL_CENTRE_BRIDGE_URL, { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel: '#billing-callbacks', text: lines.join('\n') }),
  });
  if (!res.ok) log.warn({ status: res.status, count: failures.length }, 'call-centre digest was not accepted');
}
