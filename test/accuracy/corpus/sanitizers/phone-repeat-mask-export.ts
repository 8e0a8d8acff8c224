import { writeFileSync } from 'node:fs';

interface Caller {
  ticket: string;
  phone: string;
  topic: string;
}

function maskTail(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return '*'.repeat(Math.max(0, digits.length - 4)) + digits.slice(-4);
}

export function writeCallLog(callers: Caller[], file: string): void {
  const lines = callers.map((c) => `${c.ticket},${maskTail(c.phone)},${c.topic}`);
  writeFileSync(file, lines.join('\n'));
}
