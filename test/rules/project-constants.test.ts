/**
 * Column names held in constants of other project files (issue 6): `row[COL.TEL]` with
 * `export const COL = { TEL: '電話番号' }` in an imported file, and Apps Script globals in sibling `.gs` files.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../rules/src/index.js';

const root = mkdtempSync(join(tmpdir(), 'pii-guard-constants-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): string {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return full;
}

const config: Linter.Config[] = [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser } },
  { files: ['**/*.gs'], languageOptions: { sourceType: 'script' } },
  { files: ['**/*.ts', '**/*.gs'], ...(plugin.configs.recommended as Linter.Config) },
];

function lint(path: string, text: string): Array<[string | null, number]> {
  return new Linter({ configType: 'flat', cwd: root }).verify(text, config, path).map((m) => [m.ruleId, m.line]);
}

describe('constants from other project files', () => {
  write('src/columns.ts', "export const COL = Object.freeze({ NAME: '氏名', TEL: '電話番号', SHOP: '店舗名' } as const);\n");

  it('reads an imported constants object to name a column', () => {
    const text = [
      "import { COL } from './columns';",
      'export function dump(row: Record<string, string>, logger: { info(x: unknown): void }) {',
      '  logger.info(row[COL.TEL]);',
      '  logger.info(row[COL.SHOP]);',
      '}',
    ].join('\n');
    expect(lint(write('src/dump.ts', text), text)).toEqual([['pii-guard/no-pii-in-logs', 3]]);
  });

  it('follows the .js specifier of a TypeScript file', () => {
    const text = "import { COL } from './columns.js';\nexport const f = (row: string[], log: { warn(x: unknown): void }) => log.warn(row[COL.NAME]);\n";
    expect(lint(write('src/warn.ts', text), text)).toEqual([['pii-guard/no-pii-in-logs', 2]]);
  });

  it('reads an Apps Script global from a sibling .gs file', () => {
    write('gas/Const.gs', "const COLS = { NAME: '氏名', MAIL: 'メールアドレス', SHEET: 'シート名' };\n");
    const text = 'function notify(row) {\n  console.log(row[COLS.MAIL]);\n  console.log(row[COLS.SHEET]);\n}\n';
    expect(lint(write('gas/Main.gs', text), text)).toEqual([['pii-guard/no-pii-in-logs', 2]]);
  });

  it('ignores a constants file that does not parse', () => {
    write('src/broken.ts', 'export const COL = {\n');
    const text = "import { COL } from './broken';\nexport const f = (row: string[], log: { warn(x: unknown): void }) => log.warn(row[COL.NAME]);\n";
    expect(lint(write('src/uses-broken.ts', text), text)).toEqual([]);
  });

  it('names sheet columns found by their header, directly or through a local finder', () => {
    const text = [
      'function exportMailingList() {',
      "  const values = SpreadsheetApp.getActive().getSheetByName('会員名簿').getDataRange().getValues();",
      '  const header = values.shift();',
      '  const col = (label) => header.indexOf(label);',
      "  values.forEach((r) => console.log(r[col('住所')]));",
      "  values.forEach((r) => console.log(r[header.indexOf('電話番号')]));",
      "  values.forEach((r) => console.log(r[col('店舗名')]));",
      '}',
    ].join('\n');
    expect(lint(write('gas/Export.gs', text), text)).toEqual([
      ['pii-guard/no-pii-in-logs', 5],
      ['pii-guard/no-pii-in-logs', 6],
    ]);
  });
});
