/**
 * Which documents the server checks, and under which file name: the linted name decides the parser
 * setup (the CLI's built-in config matches by extension) and where relative imports are resolved.
 */
import { basename, extname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The CLI's linted extensions, plus Apps Script `.gs`. */
export const LINTED_EXTENSIONS = new Set(['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts', '.gs']);

const EXTENSION_OF_LANGUAGE: Record<string, string> = {
  javascript: '.js',
  javascriptreact: '.jsx',
  typescript: '.ts',
  typescriptreact: '.tsx',
};

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

export interface LintTarget {
  /** The name the document is linted under (absolute). */
  filename: string;
  /** A file on disk (not an untitled buffer): configuration and relative imports are read next to it. */
  onDisk: boolean;
  /** `/`-separated, relative to the workspace folder (or the file name): used for fingerprints. */
  displayPath: string;
}

/**
 * The file name to lint a document under, or null when PII Guard does not check it (a JSON file, a Vue
 * component, ...). Files of a JS/TS language with another extension get that language's extension added.
 */
export function lintTarget(uri: string, languageId: string, folder: string | null): LintTarget | null {
  const path = uriToPath(uri);
  const languageExt = EXTENSION_OF_LANGUAGE[languageId];
  if (path) {
    const ext = extname(path).toLowerCase();
    let filename = path;
    if (!LINTED_EXTENSIONS.has(ext)) {
      if (!languageExt) return null;
      filename = path + languageExt;
    }
    return { filename, onDisk: true, displayPath: display(folder, filename) };
  }
  // Untitled buffers and other schemes: checked by language, named inside the workspace.
  const ext = languageExt ?? (/\.gs$/i.test(uri) ? '.gs' : null);
  if (!ext) return null;
  const name = (basename(uri.replace(/[?#].*$/, '')).replace(/[^\w.-]+/g, '_') || 'untitled').replace(/\.[^.]*$/, '');
  const filename = join(folder ?? process.cwd(), `${name}${ext}`);
  return { filename, onDisk: false, displayPath: `${name}${ext}` };
}

function display(folder: string | null, filename: string): string {
  const rel = folder ? relative(folder, filename) : '';
  const shown = rel && !rel.startsWith('..') ? rel : basename(filename);
  return shown.split(sep).join('/');
}

/** Whether `path` lies inside `folder` (or is it). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}
