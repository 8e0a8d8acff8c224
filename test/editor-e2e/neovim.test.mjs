// Neovim 0.7 as a second real LSP client: the same diagnostics, hover and quick fixes over stdio, from the server's
// bin script (tsc output) and from the bundled server inside the extension (dist/server.cjs).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { EXPECTED, HERE, ROOT, copySample } from './harness.mjs';

const run = promisify(execFile);
const NVIM = process.env.PII_E2E_NVIM ?? 'nvim';
const target = EXPECTED.findings[EXPECTED.target];

/** The lines nvim-lsp.lua prints for the file's findings (severity letter, source, code, message). */
const SEV = { error: 'E', warning: 'W', info: 'I', hint: 'H' };
const expectedLines = EXPECTED.findings.map((f) =>
  `diag: ${path.basename(EXPECTED.file)}:${f.line}:${f.column}: ${SEV[EXPECTED.severity]} [${EXPECTED.source} ${f.code}] ${f.message}`);

async function nvim(serverScript, { root = copySample('nvim-') } = {}) {
  const file = path.join(root, EXPECTED.file);
  try {
    const { stdout } = await run(NVIM, ['--headless', '--clean', '-c', `luafile ${path.join(HERE, 'nvim-lsp.lua')}`, file], {
      env: { ...process.env, PII_NODE: process.execPath, PII_SERVER: serverScript, PII_ROOT: root,
        PII_HOVER: `${target.line}:${target.column}`, PII_TIMEOUT_MS: '30000' },
      timeout: 90_000,
    });
    return stdout.split('\n').filter(Boolean);
  } catch (err) {
    throw new Error(`nvim failed (exit ${err.code}):\n${err.stdout}\n${err.stderr}`);
  }
}

function check(t, lines) {
  for (const l of lines) t.diagnostic(l.startsWith('hover: ') && l.length > 300 ? `${l.slice(0, 300)}…` : l);
  assert.deepEqual(lines.filter((l) => l.startsWith('diag: ')), expectedLines);
  // No settings from this client: the default masking helper (maskPII) names the wraps.
  assert.deepEqual(lines.filter((l) => l.startsWith('action: ')).map((l) => l.slice('action: '.length)), EXPECTED.neovim.codeActions);
  const hover = lines.find((l) => l.startsWith('hover: '));
  assert.ok(hover && hover !== 'hover: none', `no hover:\n${lines.join('\n')}`);
  const text = JSON.parse(hover.slice('hover: '.length));
  for (const s of EXPECTED.hover.mustContain) assert.ok(text.includes(s), `hover lacks ${JSON.stringify(s)}:\n${text}`);
}

const BIN = path.join(ROOT, 'server/bin/pii-guard-language-server.js');
const BUNDLED = path.join(ROOT, 'dist/server.cjs');

test('Neovim 0.7 LSP client: diagnostics, hover and quick fixes from pii-guard-language-server --stdio', { timeout: 120_000 }, async (t) => {
  assert.ok(existsSync(BIN), `${BIN} missing`);
  check(t, await nvim(BIN));
});

test('Neovim 0.7 LSP client: diagnostics, hover and quick fixes from the bundled dist/server.cjs --stdio', { timeout: 120_000 }, async (t) => {
  assert.ok(existsSync(BUNDLED), `${BUNDLED} missing (npm run package builds it)`);
  check(t, await nvim(BUNDLED));
});
