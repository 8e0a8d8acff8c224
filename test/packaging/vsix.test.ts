/**
 * The VSIX as users install it: built by the project's own scripts (bundle, then package), it holds
 * exactly the files that run, and the language server inside it works alone — unzipped to a temporary
 * folder, started from another folder with no node_modules in reach and NODE_PATH empty — over stdio and
 * over Node IPC (the transport the extension uses): it answers `initialize`, checks a document, scans a
 * workspace and exports a report.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_REPORT, SCAN_WORKSPACE, STATUS, type ExportReportResult, type ScanWorkspaceResult, type StatusParams } from '../../server/src/protocol.js';
import { readZip, type ZipEntry } from './zip.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const EXPECTED_FILES = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/dist/extension.cjs',
  'extension/dist/server.cjs',
  'extension/l10n/bundle.l10n.ja.json',
  'extension/media/pii-guard.svg',
  'extension/package.json',
  'extension/package.nls.ja.json',
  'extension/package.nls.json',
  'extension/readme.md',
];

const APP = `export function signup(user: { id: string; email: string }) {
  console.log(user.email);
  console.log(user.id);
}
`;

const MESSAGE_EN =
  'Personal data (e-mail address: user.email) is written to a log by console.log. Log a reference (ID, count), not the value, or mask it.';

let work: string;
let entries: ZipEntry[];
let extensionDir: string;
let elsewhere: string;
let workspace: string;

function node(script: string, args: string[]): void {
  const r = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${script} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pii-guard-vsix-test-'));
  const dist = join(work, 'dist');
  const vsix = join(work, 'pii-guard.vsix');
  node('scripts/bundle.mjs', ['--outdir', dist]);
  node('scripts/package.mjs', ['--dist', dist, '--out', vsix]);
  entries = readZip(readFileSync(vsix));

  const unzipped = join(work, 'installed');
  for (const entry of entries) {
    const path = join(unzipped, entry.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, entry.read());
  }
  extensionDir = join(unzipped, 'extension');
  elsewhere = join(work, 'elsewhere');
  mkdirSync(elsewhere);
  workspace = join(work, 'workspace');
  mkdirSync(join(workspace, 'src'), { recursive: true });
  writeFileSync(join(workspace, 'src/app.ts'), APP);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function entry(name: string): ZipEntry {
  const found = entries.find((e) => e.name === name);
  if (!found) throw new Error(`${name} is not in the VSIX`);
  return found;
}

/**
 * Literal `require("x")` calls of a bundle that are neither relative nor Node built-ins. Calls written
 * inside strings (code that ajv generates) are not calls.
 */
function externalRequires(code: string): string[] {
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  const found = new Set<string>();
  for (const match of code.matchAll(/(?<!["'`])\brequire\(\s*["']([^"']+)["']\s*\)/g)) {
    const name = match[1]!;
    if (!name.startsWith('.') && !builtins.has(name) && !builtins.has(name.split('/')[0]!)) found.add(name);
  }
  return [...found].sort();
}

describe('the VSIX', () => {
  it('holds exactly the files that run', () => {
    expect(entries.map((e) => e.name).sort()).toEqual(EXPECTED_FILES);
  });

  it('holds no sources, source maps, tests, samples or dependencies', () => {
    const unwanted = entries.filter((e) => /\.(ts|map|tsbuildinfo)$|node_modules|\/(test|samples|rules|server|client|bench|src)\//.test(e.name));
    expect(unwanted.map((e) => e.name)).toEqual([]);
  });

  it('ships the repository manifest, whose entry point is the bundled client', () => {
    const shipped = JSON.parse(entry('extension/package.json').read().toString('utf8')) as { main: string; l10n: string };
    expect(shipped).toEqual(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')));
    expect(shipped.main).toBe('./dist/extension.cjs');
    expect(shipped.l10n).toBe('./l10n');
  });

  it('ships the manifest texts and the runtime strings as in the repository', () => {
    for (const [packed, source] of [
      ['extension/package.nls.json', 'package.nls.json'],
      ['extension/package.nls.ja.json', 'package.nls.ja.json'],
      ['extension/l10n/bundle.l10n.ja.json', 'l10n/bundle.l10n.ja.json'],
      ['extension/readme.md', 'client/README.md'],
    ] as const) {
      expect(entry(packed).read().toString('utf8'), packed).toBe(readFileSync(join(ROOT, source), 'utf8'));
    }
  });

  it('has a client bundle that needs only vscode, and a server bundle that needs nothing outside Node', () => {
    expect(externalRequires(entry('extension/dist/extension.cjs').read().toString('utf8'))).toEqual(['vscode']);
    // Both optional, in a try: jiti is ESLint's loader for eslint.config.ts, which the server never reads;
    // source-map-support is what TypeScript uses for its own stack traces when it is installed.
    expect(externalRequires(entry('extension/dist/server.cjs').read().toString('utf8'))).toEqual(['jiti/package.json', 'source-map-support']);
  });
});

interface Server {
  connection: MessageConnection;
  process: ChildProcess;
  diagnostics: Map<string, Array<{ range: unknown; message: string; source?: string; code?: string; data?: unknown }>>;
  statuses: StatusParams[];
  stderr: string[];
  waitFor<T>(what: () => T | undefined, timeoutMs?: number): Promise<T>;
  exit(): Promise<number | null>;
}

/** Starts the unzipped server from an unrelated folder, with nothing to resolve modules from. */
function startServer(transport: 'stdio' | 'node-ipc'): Server {
  const child = spawn(process.execPath, [join(extensionDir, 'dist/server.cjs'), `--${transport}`], {
    cwd: elsewhere,
    env: { PATH: process.env.PATH ?? '', NODE_PATH: '' },
    stdio: transport === 'stdio' ? ['pipe', 'pipe', 'pipe'] : ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const connection =
    transport === 'stdio'
      ? createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
      : createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  const server: Server = {
    connection,
    process: child,
    diagnostics: new Map(),
    statuses: [],
    stderr: [],
    async waitFor(what, timeoutMs = 20_000) {
      const started = Date.now();
      for (;;) {
        const value = what();
        if (value !== undefined) return value;
        if (Date.now() - started > timeoutMs) throw new Error(`timed out; server stderr:\n${server.stderr.join('')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async exit() {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      return exited;
    },
  };
  child.stderr!.on('data', (d: Buffer) => server.stderr.push(d.toString()));
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: [] }) => server.diagnostics.set(p.uri, p.diagnostics));
  connection.onNotification(STATUS, (p: StatusParams) => server.statuses.push(p));
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  return server;
}

async function initialize(server: Server, locale: string): Promise<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }> {
  const result = await server.connection.sendRequest('initialize', {
    processId: process.pid,
    locale,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'workspace' }],
    capabilities: { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true } },
  });
  await server.connection.sendNotification('initialized', {});
  return result as { capabilities: Record<string, unknown>; serverInfo?: { name: string } };
}

describe('the language server inside the VSIX, on its own', () => {
  it('answers initialize and checks a document over stdio', async () => {
    const server = startServer('stdio');
    try {
      const init = await initialize(server, 'en');
      expect(init.capabilities).toMatchObject({ hoverProvider: true, textDocumentSync: { openClose: true, change: 2 } });
      const uri = pathToFileURL(join(workspace, 'src/app.ts')).href;
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text: APP } });
      const diagnostics = await server.waitFor(() => server.diagnostics.get(uri));
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({
        range: { start: { line: 1, character: 2 }, end: { line: 1, character: 13 } },
        source: 'PII Guard',
        code: 'pii-guard/no-pii-in-logs',
        data: { ruleId: 'pii-guard/no-pii-in-logs', kinds: ['email'] },
      });
      expect(diagnostics[0]!.message.startsWith(`${MESSAGE_EN} [TO-MIN, SM-LOG,`)).toBe(true);
      await server.waitFor(() => server.statuses.find((s) => s.uri === uri));
      expect(server.statuses.find((s) => s.uri === uri)).toEqual({ uri, findings: 1, state: 'checked' });
      expect(await server.exit()).toBe(0);
    } finally {
      server.process.kill();
    }
  });

  it('scans the workspace and exports a SARIF report over Node IPC, in Japanese', async () => {
    const server = startServer('node-ipc');
    try {
      await initialize(server, 'ja');
      const scan = (await server.connection.sendRequest(SCAN_WORKSPACE, {})) as ScanWorkspaceResult;
      expect(scan.filesScanned).toBe(1);
      expect(scan.problems).toEqual([]);
      expect(scan.findings).toHaveLength(1);
      expect(scan.findings[0]).toMatchObject({
        uri: pathToFileURL(join(workspace, 'src/app.ts')).href,
        path: 'src/app.ts',
        range: { start: { line: 1, character: 2 }, end: { line: 1, character: 13 } },
        ruleId: 'pii-guard/no-pii-in-logs',
        kinds: [{ id: 'email', label: 'メールアドレス' }],
      });
      expect(scan.findings[0]!.requirements.map((r) => r.id)).toContain('SM-LOG');

      const report = (await server.connection.sendRequest(EXPORT_REPORT, { format: 'sarif' })) as ExportReportResult;
      expect(report.fileName).toBe('pii-guard.sarif');
      const sarif = JSON.parse(report.content) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> };
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(['pii-guard/no-pii-in-logs']);
      expect(await server.exit()).toBe(0);
    } finally {
      server.process.kill();
    }
  });
});
