/**
 * The bundled sample apps: the CLI must report exactly the findings marked in place with
 * `// expect: pii-guard/<rule>`, no more, no less.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExpectMarkers } from '../../bench/lib/expect-markers.mjs';
import { REPO, runCli } from '../helpers/run-cli.js';

interface JsonFinding {
  ruleId: string;
  line: number;
  column: number;
  text: string;
}
interface JsonFile {
  filePath: string;
  parseError?: unknown;
  findings: JsonFinding[];
}

function sourceFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => join(dir, f))
    .filter((f) => /\.(js|jsx|mjs|cjs|ts|tsx|mts|cts|gs)$/.test(f) && !f.includes('node_modules'))
    .sort();
}

describe('samples/', () => {
  const result = runCli(['samples', '--format', 'json']);
  const report = JSON.parse(result.stdout) as { files: JsonFile[]; filesLinted: number };

  it('exits 1 because the samples contain findings', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
  });

  it('parses every sample file', () => {
    expect(report.files.filter((f) => f.parseError)).toEqual([]);
    expect(report.filesLinted).toBe(sourceFiles(join(REPO, 'samples')).length);
  });

  it('reports exactly the findings marked with // expect:', () => {
    const expected: string[] = [];
    for (const file of sourceFiles(join(REPO, 'samples'))) {
      const rel = file.slice(REPO.length).replace(/^\//, '');
      for (const m of parseExpectMarkers(readFileSync(file, 'utf8')) as Array<{ line: number; rule: string }>) {
        expected.push(`${rel}:${m.line} ${m.rule}`);
      }
    }
    const actual = report.files.flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line} ${x.ruleId}`));
    expect(actual.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThanOrEqual(35);
  });
});
