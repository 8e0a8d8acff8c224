import { writeFileSync } from 'node:fs';
import { maskPhone, maskEmail } from './pii-mask.js';
import { listCallbacks } from './callcenter.js';

export function exportCallbackQueue(file: string): void {
  const lines = listCallbacks().map((c) =>
    [c.ticketId, maskPhone(c.phone), maskEmail(c.email), c.reason, c.requestedAt.toISOString()].join(','),
  );
  writeFileSync(file, ['ticket,phone,email,reason,requested_at', ...lines].join('\n'));
}
