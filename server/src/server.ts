/**
 * PII Guard language server entry: `node server.js --stdio` (or `--node-ipc`, `--socket=<port>`,
 * `--pipe=<name>`). Without a transport argument it speaks over stdio, which is what most editors expect.
 */
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node.js';
import { startServer } from './connection.js';
import { FrameGuard } from './frame-guard.js';

const OTHER_TRANSPORTS = /^--(node-ipc|socket|pipe)(=|$)/;

function connect(): Connection {
  if (process.argv.slice(2).some((a) => OTHER_TRANSPORTS.test(a))) return createConnection(ProposedFeatures.all);
  // stdio: stdout carries the protocol, so nothing else may write there; stdin goes through the frame guard.
  for (const level of ['log', 'info', 'debug', 'warn', 'error'] as const) {
    console[level] = (...args: unknown[]) => void process.stderr.write(`${args.map(String).join(' ')}\n`);
  }
  let told = false;
  const guard = new FrameGuard((message) => {
    if (told) return;
    told = true;
    process.stderr.write(`${message}\n`);
  });
  return createConnection(ProposedFeatures.all, process.stdin.pipe(guard), process.stdout);
}

const connection = connect();

// Last line of defence: a bug in one handler must not take the editor's checks down with it.
process.on('uncaughtException', (e) => report('uncaught exception', e));
process.on('unhandledRejection', (e) => report('unhandled rejection', e));

function report(what: string, e: unknown): void {
  try {
    connection.console.error(`PII Guard: ${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  } catch {
    // No connection left to report on.
  }
}

startServer(connection);
