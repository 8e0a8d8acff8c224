/**
 * The server process: capabilities, transports (stdio, Node IPC, the `pii-guard-language-server` bin),
 * robustness against malformed input, and a clean shutdown.
 */
import { fork, spawnSync } from 'node:child_process';
import type { MessageConnection } from 'vscode-jsonrpc';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node.js';
import { FULL_CAPABILITIES, LspClient, SERVER, uriOf } from './lsp-client.js';
import { remove, SIGN_IN, workspace } from './fixtures.js';

const BIN = fileURLToPath(new URL('../../server/bin/pii-guard-language-server.js', import.meta.url));
const VERSION = (JSON.parse(readFileSync(fileURLToPath(new URL('../../rules/package.json', import.meta.url)), 'utf8')) as { version: string }).version;
const LEAKY = SIGN_IN.replace('{ id: user.id }', '{ id: user.id, email: user.email }');

describe('server lifecycle', () => {
  let dir: string;
  beforeAll(() => {
    dir = workspace({ 'a.ts': LEAKY });
  });
  afterAll(() => remove(dir));

  it('announces its capabilities and name on initialize', async () => {
    const client = await LspClient.start({ folders: [dir] });
    expect(client.initializeResult).toEqual({
      capabilities: {
        textDocumentSync: { openClose: true, change: 2 },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.piiGuard'], resolveProvider: false },
        executeCommandProvider: { commands: ['pii-guard.server.selectRange'] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'pii-guard-language-server', version: VERSION },
    });
    expect(await client.stop()).toBe(0);
  });

  it('keeps serving after malformed messages, unknown methods and requests about unknown documents', async () => {
    const client = await LspClient.start({ folders: [dir], settings: { debounceMs: 0 } });
    // A body that is not JSON, then a header that is not a header: raw bytes straight into stdin.
    client.proc.stdin.write('Content-Length: 9\r\n\r\n{not json');
    client.proc.stdin.write('Content-Length: 2\r\n\r\n[]');
    client.proc.stdin.write('Content-Length: 4\r\n\r\n\u0000\u00ff\u0001\u0002');
    client.proc.stdin.write('Content-Length: 8\r\n\r\n{"id":1}');
    client.proc.stdin.write('garbage that is no header\r\n\r\n');
    client.proc.stdin.write('\u0001\u0002Content-Length: nine\r\n\r\n');
    await expect(client.connection.sendRequest('piiGuard/noSuchMethod', {})).rejects.toMatchObject({ code: -32601 });
    await expect(client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///nowhere.ts' }, position: { line: 0, character: 0 } })).resolves.toBeNull();
    await expect(client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: 'file:///nowhere.ts' }, range: null, context: null })).resolves.toEqual([]);
    await expect(client.connection.sendRequest('textDocument/hover', { textDocument: null, position: 'x' })).resolves.toBeNull();
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: 'nonsense' });
    await client.connection.sendNotification('workspace/didChangeConfiguration', null);
    await expect(client.connection.sendRequest('piiGuard/exportReport', { format: 'pdf' })).rejects.toMatchObject({ code: -32602 });
    const uri = uriOf(`${dir}/a.ts`);
    await client.open(uri, LEAKY);
    expect((await client.diagnosticsFor(uri, 1)).diagnostics.map((d) => d.code)).toEqual(['pii-guard/no-pii-in-logs']);
    expect(client.proc.exitCode).toBeNull();
    expect(client.stderr.match(/skipped input that is not an LSP message/g)).toHaveLength(1);
    expect(await client.stop()).toBe(0);
  });

  it('runs over Node IPC (--node-ipc)', async () => {
    const proc = fork(SERVER, ['--node-ipc'], { silent: true });
    const connection = createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    const published: PublishDiagnosticsParams[] = [];
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => published.push(p));
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ debounceMs: 0 })));
    (connection as unknown as MessageConnection).onRequest(() => null);
    connection.listen();
    try {
      const result = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: uriOf(dir), capabilities: FULL_CAPABILITIES })) as {
        serverInfo: { name: string };
      };
      expect(result.serverInfo.name).toBe('pii-guard-language-server');
      await connection.sendNotification('initialized', {});
      const uri = uriOf(`${dir}/a.ts`);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text: LEAKY } });
      const deadline = Date.now() + 20_000;
      while (!published.some((p) => p.uri === uri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(published.find((p) => p.uri === uri)?.diagnostics.map((d) => d.code)).toEqual(['pii-guard/no-pii-in-logs']);
      await connection.sendRequest('shutdown');
      const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
      await connection.sendNotification('exit');
      expect(await exited).toBe(0);
    } finally {
      connection.dispose();
      proc.kill();
    }
  });

  it('is started by the pii-guard-language-server bin, over stdio by default', async () => {
    const version = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(VERSION);
    const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(help.stdout).toMatch(/^Usage: pii-guard-language-server \[--stdio/);
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const client = await LspClient.start({ folders: [dir], args: [], settings: { debounceMs: 0 }, server: BIN });
    const uri = uriOf(`${dir}/a.ts`);
    await client.open(uri, LEAKY);
    expect((await client.diagnosticsFor(uri, 1)).diagnostics).toHaveLength(1);
    expect(await client.stop()).toBe(0);
  });

  it('exits with 1 on exit without shutdown, as the protocol says', async () => {
    const client = await LspClient.start({ folders: [dir] });
    await client.connection.sendNotification('exit');
    expect(await client.exited).toBe(1);
  });
});
