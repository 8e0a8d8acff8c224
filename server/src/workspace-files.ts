/**
 * The files a workspace scan checks: every JS/TS (and Apps Script) file of the folder, minus what
 * `.gitignore` files (at any depth), the CLI's default ignores and `piiGuard.ignores` leave out.
 * Symbolic links are not followed (no loops, no files outside the folder).
 */
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { LINTED_EXTENSIONS } from './files.js';

/** The CLI's DEFAULT_IGNORES as directory names (plus VCS folders). */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'build', 'coverage']);

interface Rules {
  /** Folder of the .gitignore, relative to the workspace folder, `/`-separated ('' at the root). */
  base: string;
  ig: Ignore;
}

export async function listWorkspaceFiles(folder: string, extraIgnores: readonly string[], cancelled: () => boolean = () => false): Promise<string[]> {
  const out: string[] = [];
  const configured = extraIgnores.length > 0 ? ignore().add([...extraIgnores]) : null;
  const walk = async (dir: string, rules: readonly Rules[]): Promise<void> => {
    if (cancelled()) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing to check there
    }
    const rel = toPosix(relative(folder, dir));
    const own = entries.some((e) => e.name === '.gitignore' && e.isFile()) ? await readIgnore(join(dir, '.gitignore')) : null;
    const active = own ? [...rules, { base: rel, ig: own }] : rules;
    const ignored = (path: string, isDir: boolean): boolean => {
      const p = isDir ? `${path}/` : path;
      if (configured?.ignores(p)) return true;
      return active.some((r) => {
        const local = r.base ? p.slice(r.base.length + 1) : p;
        return local !== '' && r.ig.ignores(local);
      });
    };
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (SKIPPED_DIRS.has(e.name) || ignored(path, true)) continue;
        await walk(join(dir, e.name), active);
      } else if (e.isFile() && LINTED_EXTENSIONS.has(extname(e.name).toLowerCase()) && !/\.min\.js$/i.test(e.name)) {
        if (!ignored(path, false)) out.push(join(dir, e.name));
      }
    }
  };
  await walk(folder, []);
  return out;
}

async function readIgnore(path: string): Promise<Ignore | null> {
  try {
    return ignore().add(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}
