#!/usr/bin/env node
/**
 * Language-server latency: how long from an edit (textDocument/didChange) to the diagnostics for that
 * version (textDocument/publishDiagnostics), with the debounce set to 0, on generated TypeScript files of
 * 500 and 5,000 lines whose edits keep adding and removing a finding; and how long a workspace scan of
 * samples/ takes. Spawns the BUILT server over stdio, like an editor. Measures and never gates.
 *
 *   npm run build && npm run bench:server
 *   npm run bench:server -- --samples 100 --json
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { Linter } from 'eslint';
import { builtInConfig } from 'eslint-plugin-pii-guard/report';
import { SCAN_WORKSPACE } from '../server/dist/protocol.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const SERVER = join(REPO, 'server/dist/server.js');
const TARGET_P95_MS = 30;

const { values: flags } = parseArgs({
  options: {
    samples: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '10' },
    scans: { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
  },
});
const SAMPLES = Math.max(50, Number(flags.samples));
const WARMUP = Math.max(0, Number(flags.warmup));
const SCANS = Math.max(1, Number(flags.scans));

if (!existsSync(SERVER)) {
  console.error('PII Guard language server not built: run npm run build');
  process.exit(1);
}

/**
 * A service module as people write them: imports, types, a logger, request handlers that read records,
 * call APIs, log and export; one in five blocks has a finding.
 */
function generate(lines) {
  const out = [
    "import pino from 'pino';",
    "import axios from 'axios';",
    "import { writeFile } from 'node:fs/promises';",
    '',
    'const logger = pino();',
    "const api = axios.create({ baseURL: 'https://api.example.co.jp' });",
    '',
    'export interface Customer {',
    '  id: string;',
    '  email: string;',
    '  phone: string;',
    '  name: string;',
    '  createdAt: Date;',
    '}',
    '',
  ];
  let i = 0;
  // Whole functions only (11 lines each), so the file always parses; blank lines make up the rest.
  while (out.length + 11 <= lines) {
    const leak = i % 5 === 0;
    out.push(
      `export async function handle${i}(customer: Customer, orderId: string): Promise<number> {`,
      `  const started = Date.now();`,
      `  const total = [${i}, ${i + 1}, ${i + 2}].reduce((a, b) => a + b, 0);`,
      `  if (!customer.id) throw new Error('missing id for order ' + orderId);`,
      leak ? `  logger.info({ orderId, customer: customer.id, email: customer.email });` : `  logger.info({ orderId, customer: customer.id });`,
      `  const res = await api.post('/orders/${i}', { orderId, total });`,
      i % 7 === 0 ? `  await writeFile('/tmp/order-${i}.csv', [customer.id, customer.name].join(','));` : `  await writeFile('/tmp/order-${i}.txt', String(total));`,
      `  logger.debug({ orderId, ms: Date.now() - started, status: res.status });`,
      `  return total;`,
      `}`,
      '',
    );
    i++;
  }
  while (out.length < lines) out.push('');
  return { text: `${out.slice(0, lines).join('\n')}\n`, editLine: out.findIndex((l) => l === '  logger.info({ orderId, customer: customer.id });') };
}

class Client {
  constructor(folder) {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    this.proc.stderr.on('data', () => {});
    this.connection = createProtocolConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.waiting = new Map();
    this.connection.onNotification('textDocument/publishDiagnostics', (p) => {
      const key = `${p.uri}@${p.version}`;
      const w = this.waiting.get(key);
      if (w) {
        this.waiting.delete(key);
        w({ at: performance.now(), diagnostics: p.diagnostics });
      }
    });
    this.connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({ debounceMs: 0 })));
    this.connection.onRequest(() => null);
    this.connection.onNotification(() => {});
    this.connection.listen();
    this.folder = folder;
  }

  async start() {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(this.folder).href,
      workspaceFolders: [{ uri: pathToFileURL(this.folder).href, name: 'bench' }],
      capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
    });
    await this.connection.sendNotification('initialized', {});
  }

  published(uri, version) {
    return new Promise((resolve) => this.waiting.set(`${uri}@${version}`, resolve));
  }

  async stop() {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await new Promise((r) => (this.proc.exitCode !== null ? r() : this.proc.on('exit', r)));
    this.connection.dispose();
  }
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  return { n: s.length, min: s[0], p50: q(50), p95: q(95), max: s[s.length - 1], mean: s.reduce((a, b) => a + b, 0) / s.length };
}

async function editLatency(lines) {
  const folder = mkdtempSync(join(tmpdir(), 'pii-guard-bench-'));
  const { text, editLine } = generate(lines);
  const path = join(folder, `service-${lines}.ts`);
  writeFileSync(path, text);
  const uri = pathToFileURL(path).href;
  const client = new Client(folder);
  try {
    await client.start();
    let version = 1;
    const opened = client.published(uri, version);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version, text } });
    const first = await opened;
    const base = first.diagnostics.length;
    // Insert `, email: customer.email` into a clean logger call, then delete it: a finding appears, then goes.
    const column = '  logger.info({ orderId, customer: customer.id'.length;
    const insert = ', email: customer.email';
    const times = [];
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const adding = i % 2 === 0;
      const change = adding
        ? { range: { start: { line: editLine, character: column }, end: { line: editLine, character: column } }, text: insert }
        : { range: { start: { line: editLine, character: column }, end: { line: editLine, character: column + insert.length } }, text: '' };
      version++;
      const done = client.published(uri, version);
      const sent = performance.now();
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      const { at, diagnostics } = await done;
      if (diagnostics.length !== base + (adding ? 1 : 0)) throw new Error(`expected ${base + (adding ? 1 : 0)} findings at v${version}, got ${diagnostics.length}`);
      if (i >= WARMUP) times.push(at - sent);
    }
    return { lines, findings: base, ...stats(times) };
  } finally {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The floor under any ESLint-based editor integration, measured in this process on the same file and the
 * same edits: ESLint's Linter with typescript-eslint's parser and no rules (parse, scope analysis,
 * traversal), and the same Linter with PII Guard's built-in config (what the server runs per edit).
 */
function inProcessLatency(lines) {
  const folder = mkdtempSync(join(tmpdir(), 'pii-guard-bench-'));
  try {
    const { text, editLine } = generate(lines);
    const filename = join(folder, `service-${lines}.ts`);
    const linter = new Linter({ configType: 'flat', cwd: folder });
    const full = builtInConfig({}, false);
    const floor = full.map((c) => ({ ...c, rules: {} }));
    const rows = text.split('\n');
    const edited = [...rows];
    edited[editLine] = rows[editLine].replace('customer: customer.id', 'customer: customer.id, email: customer.email');
    const variants = [edited.join('\n'), text];
    const time = (config) => {
      const out = [];
      for (let i = 0; i < WARMUP + SAMPLES; i++) {
        const t = performance.now();
        const messages = linter.verify(variants[i % 2], config, { filename });
        const ms = performance.now() - t;
        if (messages.some((m) => m.fatal)) throw new Error(`generated file does not parse: ${messages[0].message}`);
        if (i >= WARMUP) out.push(ms);
      }
      return stats(out);
    };
    // Interleave rounds so both see the same machine load.
    const floorRuns = [];
    const piiRuns = [];
    for (let r = 0; r < 2; r++) {
      floorRuns.push(time(floor));
      piiRuns.push(time(full));
    }
    const best = (runs) => runs.reduce((a, b) => (a.p50 <= b.p50 ? a : b));
    return { lines, floor: best(floorRuns), inProcess: best(piiRuns) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function scanLatency() {
  const folder = join(REPO, 'samples');
  const client = new Client(folder);
  const runs = [];
  try {
    await client.start();
    for (let i = 0; i < SCANS; i++) {
      const t = performance.now();
      const result = await client.connection.sendRequest(SCAN_WORKSPACE, {});
      runs.push({ wallMs: performance.now() - t, files: result.filesScanned, findings: result.findings.length });
    }
  } finally {
    await client.stop();
  }
  return runs;
}

const fmt = (n) => n.toFixed(1).padStart(7);
const results = [];
for (const lines of [500, 5000]) {
  process.stderr.write(`timing edits on a ${lines}-line file (${SAMPLES} samples after ${WARMUP} warm-up edits)...\n`);
  results.push(await editLatency(lines));
}
const floors = [];
for (const lines of [500, 5000]) {
  process.stderr.write(`timing ESLint in process on the ${lines}-line file, with and without PII Guard...\n`);
  floors.push(inProcessLatency(lines));
}
process.stderr.write(`timing ${SCANS} workspace scans of samples/...\n`);
const scans = await scanLatency();

if (flags.json) {
  console.log(JSON.stringify({ node: process.version, targetP95Ms: TARGET_P95_MS, edits: results, inProcess: floors, scans }, null, 2));
} else {
  console.log(`PII Guard language server latency (Node ${process.version}, debounce 0, didChange → publishDiagnostics)\n`);
  console.log('| file        | findings | samples |  min ms |  p50 ms |  p95 ms |  max ms | mean ms |');
  console.log('|-------------|---------:|--------:|--------:|--------:|--------:|--------:|--------:|');
  for (const r of results) {
    console.log(`| ${`${r.lines} lines`.padEnd(11)} | ${String(r.findings).padStart(8)} | ${String(r.n).padStart(7)} |${fmt(r.min)} |${fmt(r.p50)} |${fmt(r.p95)} |${fmt(r.max)} |${fmt(r.mean)} |`);
  }
  const p95 = results[0].p95;
  console.log(`\nTarget: p95 ≤ ${TARGET_P95_MS} ms on 500 lines: ${p95 <= TARGET_P95_MS ? 'met' : 'NOT met'} (${p95.toFixed(1)} ms).\n`);
  console.log('Side by side, in this process on the same file and edits (ESLint Linter.verify, typescript-eslint parser):\n');
  console.log('| file        | what                                   |  p50 ms |  p95 ms | p50 vs floor |');
  console.log('|-------------|----------------------------------------|--------:|--------:|-------------:|');
  for (let i = 0; i < floors.length; i++) {
    const f = floors[i];
    const row = (what, s) => console.log(`| ${`${f.lines} lines`.padEnd(11)} | ${what.padEnd(38)} |${fmt(s.p50)} |${fmt(s.p95)} | ${`${(s.p50 / f.floor.p50).toFixed(2)}×`.padStart(12)} |`);
    row('floor: parse + ESLint, no rules', f.floor);
    row('PII Guard rules (what the server runs)', f.inProcess);
    row('server: didChange → publishDiagnostics', results[i]);
  }
  console.log('');
  console.log('| workspace scan of samples/ | files | findings | wall ms |');
  console.log('|----------------------------|------:|---------:|--------:|');
  scans.forEach((s, i) => console.log(`| ${(i === 0 ? 'run 1 (cold)' : `run ${i + 1}`).padEnd(26)} | ${String(s.files).padStart(5)} | ${String(s.findings).padStart(8)} |${fmt(s.wallMs)} |`));
}
