/**
 * Constants that live in other files of the project: `import { COL } from './columns'` where
 * `export const COL = { NAME: '氏名', TEL: '電話番号' }`, or, in Apps Script, a global `const COL = {...}`
 * in another `.gs` file of the same project. Only literal values are read; files are parsed once (per
 * modification time) without type information.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { parse } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/utils';

type Declarations = Map<string, TSESTree.Expression>;

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.js', '.jsx', '.mjs', '.cjs', '.gs', '/index.ts', '/index.js'];
/** Larger files are generated code, not constants modules. */
const MAX_BYTES = 512 * 1024;
const cache = new Map<string, { mtimeMs: number; declarations: Declarations }>();

function declarationsOf(path: string): Declarations | null {
  let info;
  try {
    info = statSync(path);
  } catch {
    return null;
  }
  if (!info.isFile() || info.size > MAX_BYTES) return null;
  const hit = cache.get(path);
  if (hit && hit.mtimeMs === info.mtimeMs) return hit.declarations;
  const declarations: Declarations = new Map();
  try {
    const ast = parse(readFileSync(path, 'utf8'), { jsx: /\.[jt]sx$/.test(path), range: true, loc: true });
    for (const stmt of ast.body) {
      const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
      if (decl?.type !== 'VariableDeclaration') continue;
      for (const d of decl.declarations) if (d.id.type === 'Identifier' && d.init) declarations.set(d.id.name, d.init);
    }
  } catch {
    // A file that does not parse has no constants to offer; its own lint run reports the error.
  }
  cache.set(path, { mtimeMs: info.mtimeMs, declarations });
  return declarations;
}

/** The initializer of `export const name` in the project file that `specifier` names from `fromFile`. */
export function importedConstant(fromFile: string, specifier: string, name: string): TSESTree.Expression | null {
  if (!specifier.startsWith('.') || !fromFile || fromFile.startsWith('<')) return null;
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx')];
  for (const c of candidates) {
    for (const ext of EXTENSIONS) {
      const found = declarationsOf(c + ext)?.get(name);
      if (found) return found;
    }
  }
  return null;
}

/** Apps Script: a global constant declared in another `.gs` file of the same folder. */
export function scriptGlobalConstant(fromFile: string, name: string): TSESTree.Expression | null {
  if (extname(fromFile) !== '.gs') return null;
  let entries: string[];
  try {
    entries = readdirSync(dirname(fromFile));
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (extname(entry) !== '.gs') continue;
    const path = join(dirname(fromFile), entry);
    if (path === fromFile) continue;
    const found = declarationsOf(path)?.get(name);
    if (found) return found;
  }
  return null;
}
