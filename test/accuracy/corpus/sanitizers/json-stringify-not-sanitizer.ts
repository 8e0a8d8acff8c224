import { appendFileSync } from 'node:fs';

export function traceRequest(body: { email: string; password: string; rememberMe: boolean }): void {
  const serialized = JSON.stringify(body);
  appendFileSync('/tmp/request-trace.log', `${new Date().toISOString()} ${serialized}\n`); // expect: pii-guard/no-unprotected-pii-export
}
