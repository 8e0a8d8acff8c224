/**
 * Report-model fixtures for the formatter tests, made by really scanning files on disk:
 * - the bundled samples (59 findings in 7 apps);
 * - a small project with what the samples lack: suppressions (in force with reason, author and expiry;
 *   without a reason; expired), a file that does not parse, and hostile text (`<script>` in a file name and
 *   in a finding's message).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../../rules/src/cli/lint.js';
import type { LintRun } from '../../rules/src/report/model.js';
import { REPO } from '../helpers/run-cli.js';

export { REPO };

export const GENERATED_AT = new Date('2026-05-01T09:30:00Z');
export const TOOL = { name: 'pii-guard', version: '0.1.0' };

export function samplesRun(): Promise<LintRun> {
  return lint({ cwd: REPO, paths: ['samples'], settings: {}, strict: false });
}

/** The file whose name and finding message carry markup. */
export const HOSTILE_FILE = 'src/<script>alert(1)</x&y.ts';

export const PROJECT_FILES: Record<string, string> = {
  'src/signup.ts': `import pino from 'pino';
const logger = pino();
export function signup(user: { id: string; email: string }) {
  logger.info({ email: user.email }, 'signup');
}
`,
  'src/suppressed.ts': `import pino from 'pino';
const logger = pino();
export function audit(user: { email: string; phone: string; name: string }) {
  // eslint-disable-next-line pii-guard/no-pii-in-logs -- masked by the log pipeline by @tanaka until 2099-12-31
  logger.info({ email: user.email }, 'audit');
  // eslint-disable-next-line pii-guard/no-pii-in-logs
  logger.info({ phone: user.phone }, 'audit phone');
  // eslint-disable-next-line pii-guard/no-pii-in-logs -- migration window, ticket OPS-7 by @sato until 2020-01-31
  logger.warn({ name: user.name }, 'audit name');
}
`,
  'src/partner.ts': `export async function share(customer: { email: string; phone: string }) {
  await fetch('https://api.partner-crm.example.net/leads', { method: 'POST', body: JSON.stringify({ email: customer.email, phone: customer.phone }) });
}
`,
  [HOSTILE_FILE]: `import pino from 'pino';
const logger = pino();
export function f(rows: Record<string, { email: string }>) {
  logger.info(rows['<script>alert(1)</script>'].email);
}
`,
  'src/broken.ts': `export function broken( {
  return 1;
`,
};

const dirs: string[] = [];

export function writeProject(files: Record<string, string> = PROJECT_FILES): string {
  const dir = mkdtempSync(join(tmpdir(), 'pii-guard-report-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

export function removeProjects(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export async function projectRun(): Promise<{ dir: string; run: LintRun }> {
  const dir = writeProject();
  const run = await lint({ cwd: dir, paths: ['src'], settings: {}, strict: false });
  return { dir, run };
}

export const countFindings = (run: LintRun): number => run.files.reduce((n, f) => n + f.findings.length, 0);
