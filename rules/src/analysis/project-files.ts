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
/** Local name → the module and export it was imported from. */
type Imports = Map<string, { module: string; imported: string }>;

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.js', '.jsx', '.mjs', '.cjs', '.gs', '/index.ts', '/index.js'];
/** Larger files are generated code, not constants modules. */
const MAX_BYTES = 512 * 1024;
const cache = new Map<string, { mtimeMs: number; declarations: Declarations; imports: Imports }>();

function declarationsOf(path: string): Declarations | null {
  return parsed(path)?.declarations ?? null;
}

function parsed(path: string): { declarations: Declarations; imports: Imports } | null {
  let info;
  try {
    info = statSync(path);
  } catch {
    return null;
  }
  if (!info.isFile() || info.size > MAX_BYTES) return null;
  const hit = cache.get(path);
  if (hit && hit.mtimeMs === info.mtimeMs) return hit;
  const declarations: Declarations = new Map();
  const imports: Imports = new Map();
  try {
    const ast = parse(readFileSync(path, 'utf8'), { jsx: /\.[jt]sx$/.test(path), range: true, loc: true });
    for (const stmt of ast.body) {
      if (stmt.type === 'ImportDeclaration') {
        for (const s of stmt.specifiers) {
          const imported = s.type === 'ImportSpecifier' ? (s.imported.type === 'Identifier' ? s.imported.name : String(s.imported.value)) : 'default';
          imports.set(s.local.name, { module: String(stmt.source.value), imported });
        }
        continue;
      }
      const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
      if (decl?.type !== 'VariableDeclaration') continue;
      for (const d of decl.declarations) if (d.id.type === 'Identifier' && d.init) declarations.set(d.id.name, d.init);
    }
  } catch {
    // A file that does not parse has no constants to offer; its own lint run reports the error.
  }
  const entry = { mtimeMs: info.mtimeMs, declarations, imports };
  cache.set(path, entry);
  return entry;
}

/** Where a project file's exported const comes from, with that file's imports to resolve it by. */
export function importedDeclaration(
  fromFile: string,
  specifier: string,
  name: string,
): { init: TSESTree.Expression; imports: Imports; declarations: Declarations } | null {
  if (!specifier.startsWith('.') || !fromFile || fromFile.startsWith('<')) return null;
  const base = resolve(dirname(fromFile), specifier);
  for (const c of [base, base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx')]) {
    for (const ext of EXTENSIONS) {
      const file = parsed(c + ext);
      const init = file?.declarations.get(name);
      if (file && init) return { init, imports: file.imports, declarations: file.declarations };
    }
  }
  return null;
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
