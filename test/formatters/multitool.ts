/** Microsoft's SARIF Multitool (the npm package's native binary), as a validator for the tests. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Sarif from 'sarif';

// The package's bin goes through a shell, which splits the `;`-separated lists below: run the binary itself.
const MULTITOOL = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;

export interface Validation {
  code: number;
  results: Sarif.Result[];
}

/** `Sarif.Multitool validate` with every SARIF and GitHub rule at every level. */
export function validateSarif(sarif: string): Validation {
  const dir = mkdtempSync(join(tmpdir(), 'pii-guard-sarif-'));
  try {
    const input = join(dir, 'report.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, sarif);
    const r = spawnSync(
      MULTITOOL,
      ['validate', input, '-o', output, '--log', 'ForceOverwrite', '--level', 'Error;Warning;Note', '--rule-kind', 'Sarif;Gh'],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (r.error) throw r.error;
    const log = JSON.parse(readFileSync(output, 'utf8')) as Sarif.Log;
    return { code: r.status ?? -1, results: log.runs[0]!.results ?? [] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `ruleId: arguments` of the validator's results at one level. */
export const atLevel = (v: Validation, level: 'error' | 'warning' | 'note'): string[] =>
  v.results.filter((r) => (r.level ?? 'warning') === level).map((r) => `${r.ruleId}: ${JSON.stringify(r.message.arguments ?? r.message.text)}`);
