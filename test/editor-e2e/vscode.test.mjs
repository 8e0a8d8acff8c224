// The packaged extension in a real VS Code workbench (VS Code server from code-server, headless Chromium).
// Runs on the system Node; only the VS Code server runs on the harness's Node 24.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import {
  EXPECTED, HERE, LOG_DIR, SCREENSHOT_DIR, copySample, isNoise, launchChromium, startVsCodeServer,
} from './harness.mjs';

const WAIT = Number(process.env.PII_E2E_WAIT_MS ?? 45_000);
const target = EXPECTED.findings[EXPECTED.target];
const ui = EXPECTED.ui;

let server;
let context;
let failed = false;
const browserLog = [];
const pages = new Map();

before(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await startVsCodeServer({ install: process.env.PII_E2E_SKIP_INSTALL !== '1' });
  context = await launchChromium(chromium);
});

afterEach(async (t) => {
  // A failing test leaves a picture of the workbench as it was.
  const page = pages.get(t.name);
  if (page && t.passed === false) {
    failed = true;
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `FAILED-${t.name.slice(0, 40).replace(/\W+/g, '-')}.png`) }).catch(() => {});
    // CI keeps only the printed output: say what the workbench showed when the test gave up.
    const state = await page.evaluate(workbenchState).catch((e) => ({ error: String(e) }));
    for (const [k, v] of Object.entries(state)) console.log(`workbench ${k}: ${JSON.stringify(v)}`);
  }
  await page?.close().catch(() => {});
});

after(async () => {
  const t0 = Date.now();
  await context?.close();
  const t1 = Date.now();
  await server?.stop();
  console.log(`teardown: chromium ${t1 - t0} ms, VS Code server ${Date.now() - t1} ms`);
  mkdirSync(LOG_DIR, { recursive: true });
  writeFileSync(path.join(LOG_DIR, 'browser-console.log'), browserLog.join('\n') + '\n');
  if (failed) {
    for (const line of browserLog.filter((l) => /error|ERR|pageerror/.test(l)).slice(-20)) console.log(`browser ${line}`);
    for (const [file, tail] of server?.logTails() ?? []) {
      console.log(`--- ${file} (last lines)`);
      for (const line of tail) console.log(line);
    }
  }
});

async function openPage(t) {
  const page = await context.newPage();
  pages.set(t.name, page);
  page.on('console', (msg) => { if (!isNoise(msg.text())) browserLog.push(`[${t.name}] ${msg.type()}: ${msg.text()}`); });
  page.on('pageerror', (err) => browserLog.push(`[${t.name}] pageerror: ${err.message}`));
  return page;
}

async function shot(page, name) {
  const file = path.join(SCREENSHOT_DIR, name);
  await page.screenshot({ path: file });
  return file;
}

/** Problems-panel row text as VS Code renders it: message, source, code, position, one per line. */
function problemRowText(f) {
  return `${f.message}\n${EXPECTED.source}\n${f.code}\n[Ln ${f.line}, Col ${f.column}]`;
}

/** In the page: the squiggles drawn on one editor line (the overlay div sits at the same `top` as the
 * line number), as client rectangles; [] when there are none or the line is not rendered. */
function squigglesOnLine(n) {
  const editor = document.querySelector('.editor-group-container.active .monaco-editor');
  const number = editor && [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].find((e) => e.textContent.trim() === String(n));
  if (!number) return [];
  const top = number.parentElement.style.top;
  const overlay = [...editor.querySelectorAll('.view-overlays > div')].find((d) => d.style.top === top);
  return overlay ? [...overlay.querySelectorAll('[class*="squiggly-"]')].map((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height, className: e.className };
  }) : [];
}

/** In the page: what a failure report needs (panel, status bar, notifications, editor tabs). */
function workbenchState() {
  const text = (sel, max = 1500) => [...document.querySelectorAll(sel)].map((e) => e.innerText.trim()).filter(Boolean).join(' | ').slice(0, max);
  return {
    tabs: text('.tab'),
    panelTitle: text('.part.panel .composite.title'),
    panelHeight: Math.round(document.querySelector('.part.panel')?.getBoundingClientRect().height ?? 0),
    windowHeight: window.innerHeight,
    problems: document.querySelector('.markers-panel') ? text('.markers-panel .monaco-list-row', 3000) : 'no Problems panel',
    statusBar: text('.statusbar-item'),
    notifications: text('.notifications-toasts .notification-list-item, .notifications-center .notification-list-item'),
    quickInput: text('.quick-input-widget:not([style*="display: none"]) .quick-input-list .monaco-list-row', 500),
  };
}

/** In the page: the text of one rendered editor line ('' when it is not rendered). */
function lineText(n) {
  const editor = document.querySelector('.editor-group-container.active .monaco-editor');
  const number = editor && [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].find((e) => e.textContent.trim() === String(n));
  if (!number) return '';
  const top = number.parentElement.style.top;
  const line = [...editor.querySelectorAll('.view-lines > .view-line')].find((d) => d.style.top === top);
  return line ? line.textContent.replace(/\u00a0/g, ' ') : '';
}

/** Runs a command from the command palette (F1), by its title as the palette lists it. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: WAIT });
  await input.fill(`>${title}`);
  // The best match is listed, and focused, first.
  const first = page.locator('.quick-input-list .monaco-list-row.focused').first();
  await first.waitFor({ timeout: WAIT });
  await page.waitForFunction((t) => document.querySelector('.quick-input-list .monaco-list-row.focused')?.textContent.includes(t), title, { timeout: WAIT });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT });
}

/** Maximises or restores the bottom panel, and waits until its height says so. */
async function setPanelMaximized(page, maximized) {
  if (await page.evaluate(panelIs, maximized)) return;
  await runCommand(page, 'View: Toggle Maximized Panel');
  await page.waitForFunction(panelIs, maximized, { timeout: WAIT });
}

/** In the page: whether the bottom panel is (`maximized` true) or is not maximised (most of the window high). */
function panelIs(maximized) {
  const panel = document.querySelector('.part.panel');
  return (!!panel && panel.getBoundingClientRect().height > window.innerHeight * 0.6) === maximized;
}

async function openWorkbench(page, folder) {
  await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`);
  // The explorer listing the folder means the workbench and the remote file system are up.
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'src' }).first().waitFor({ timeout: WAIT });
}

async function quickOpen(page, relPath) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: WAIT });
  await input.fill(relPath);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: path.basename(relPath) }).first().waitFor({ timeout: WAIT });
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: path.basename(relPath) }).waitFor({ timeout: WAIT });
}

test('VS Code workbench: squiggle, Problems row, hover and quick fix of the packaged extension', { timeout: 240_000 }, async (t) => {
  const ws = copySample('ui-');
  const page = await openPage(t);
  const t0 = Date.now();
  const mark = (what) => t.diagnostic(`${what} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  await openWorkbench(page, ws);
  mark('workbench ready');
  await quickOpen(page, EXPECTED.file);
  mark('file open');

  // The extension's status-bar item counts the findings of the active file: the server has answered. The
  // first start shares two cores with the workbench's own start-up (TypeScript, git): give it longer.
  await page.locator('.statusbar-item', { hasText: EXPECTED.statusBar.before }).waitFor({ timeout: 2 * WAIT });
  mark('diagnostics');

  // 1. Problems panel: every finding of the file, each row with the exact message, source, code and position.
  // The shortcut can be lost while the quick-open widget is still closing: press it until the panel shows.
  const problemsPanel = page.locator('.markers-panel');
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('Control+Shift+M');
    try {
      await problemsPanel.waitFor({ timeout: 5_000 });
      break;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
  const rows = page.locator('.markers-panel .monaco-list-row', { hasText: EXPECTED.source });
  // Each finding's row is followed by its data-flow rows (related information): maximise the panel so
  // that the virtualised list renders all of them.
  await setPanelMaximized(page, true);
  await rows.nth(EXPECTED.findings.length - 1).waitFor({ timeout: WAIT });
  mark('problems panel');
  const rowTexts = (await rows.allInnerTexts()).map((s) => s.trim());
  assert.deepEqual(rowTexts, EXPECTED.findings.map(problemRowText));
  await shot(page, '01-problems.png');
  await setPanelMaximized(page, false);
  const targetRow = page.locator('.markers-panel .monaco-list-row', { hasText: `[Ln ${target.line}, Col ${target.column}]` });
  assert.equal((await targetRow.innerText()).trim(), problemRowText(target));

  // 2. The squiggle: clicking the row reveals the finding in the editor.
  await targetRow.click();
  await page.waitForFunction(`(${squigglesOnLine})(${target.line}).length > 0`, null, { timeout: WAIT });
  const squiggles = await page.evaluate(squigglesOnLine, target.line);
  assert.equal(squiggles.length, 1, JSON.stringify(squiggles));
  assert.match(squiggles[0].className, new RegExp(`squiggly-${EXPECTED.severity}`));
  mark('squiggle');
  await shot(page, '02-squiggle.png');

  // 3. Hover: click into the squiggle (cursor and focus go there) and let the mouse rest on it.
  const sq = squiggles[0];
  const at = { x: sq.x + Math.min(sq.width / 2, 30), y: sq.y + sq.height / 2 };
  await page.mouse.click(at.x, at.y);
  await page.mouse.move(at.x + 4, at.y - 2, { steps: 4 }); // hovers start on mouse moves, not on clicks
  // The diagnostic's part shows first, the language server's hover when it answers: wait for all of it.
  let hover = page.locator('.monaco-hover:not(.hidden)');
  for (const s of EXPECTED.hover.mustContain) hover = hover.filter({ hasText: s });
  await hover.first().waitFor({ timeout: WAIT });
  const hoverText = await hover.first().innerText();
  for (const s of EXPECTED.hover.mustContain) assert.ok(hoverText.includes(s), `hover lacks ${JSON.stringify(s)}:\n${hoverText}`);
  assert.ok(hoverText.includes(target.message.slice(0, 60)), `hover lacks the diagnostic:\n${hoverText}`);
  mark('hover');
  await shot(page, '03-hover.png');

  // 4. Quick fix through Ctrl+. at the finding: suppress it with a reason. The fix selects its placeholder
  // reason, so typing replaces it; then the finding is gone from the editor and the Problems panel.
  await page.mouse.move(5, 500);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  const fix = menu.locator('.monaco-list-row.action', { hasText: ui.fix });
  await fix.first().waitFor({ timeout: WAIT });
  const menuTexts = (await menu.locator('.monaco-list-row.action').allInnerTexts()).map((s) => s.trim());
  for (const title of EXPECTED.codeActions) assert.ok(menuTexts.includes(title), `quick-fix menu lacks ${JSON.stringify(title)}: ${JSON.stringify(menuTexts)}`);
  await shot(page, '04-quick-fix-menu.png');
  await fix.first().click();
  const placeholderLine = ui.textAfter.replace(ui.reason, ui.placeholder);
  await page.waitForFunction(`(${lineText})(${ui.line}) === ${JSON.stringify(placeholderLine)}`, null, { timeout: WAIT });
  await page.locator('.statusbar', { hasText: `(${ui.placeholder.length} selected)` }).waitFor({ timeout: WAIT });
  await page.keyboard.type(ui.reason);
  await page.waitForFunction(`(${lineText})(${ui.line}) === ${JSON.stringify(ui.textAfter)}`, null, { timeout: WAIT });
  await targetRow.waitFor({ state: 'detached', timeout: WAIT });
  await page.waitForFunction(`(${squigglesOnLine})(${ui.findingLineAfter}).length === 0`, null, { timeout: WAIT });
  assert.equal(await rows.count(), EXPECTED.findings.length - 1);
  assert.equal((await page.evaluate(squigglesOnLine, ui.line)).length, 0);
  await page.locator('.statusbar-item', { hasText: EXPECTED.statusBar.after }).waitFor({ timeout: WAIT });
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+S');
  await page.locator('.tab.active:not(.dirty)', { hasText: path.basename(EXPECTED.file) }).waitFor({ timeout: WAIT });
  mark('quick fix applied');
  await shot(page, '05-after-quick-fix.png');

  // 5. "PII Guard: Scan Workspace" from the command palette fills the PII Findings view.
  // Open the view first (its activity-bar icon), so that the scan cannot race a click that would toggle it shut.
  const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: EXPECTED.scan.viewTitle }) });
  await page.locator('.activitybar .action-item', { has: page.locator('[aria-label^="PII Guard"]') }).first().click();
  await view.first().waitFor({ timeout: WAIT });
  await runCommand(page, EXPECTED.scan.title);
  const summary = view.locator('.monaco-list-row', { hasText: EXPECTED.scan.uiRow });
  await summary.first().waitFor({ timeout: WAIT });
  await page.waitForFunction(
    ([sel, want]) => [...document.querySelectorAll(sel)].some((e) => e.textContent.includes(want)),
    ['.pane .monaco-list-row', EXPECTED.scan.uiCount], { timeout: WAIT });
  assert.ok((await summary.first().innerText()).includes(EXPECTED.scan.uiCount), await summary.first().innerText());
  assert.ok(await view.locator('.monaco-list-row').count() > 1);
  mark('workspace scan');
  await shot(page, '06-scan-workspace.png');
});

test('VS Code extension host: suite.cjs passes against the packaged extension (vscode API)', { timeout: 240_000 }, async (t) => {
  assert.ok(server.extensionPath, 'extension not installed');
  const ws = copySample('api-');
  const page = await openPage(t);
  const hostLog = [];
  // The extension host's console and its exit code come back through these two (smoke-test driver).
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    if (!isNoise(line)) hostLog.push(`${type}: ${line}`);
  });
  const exitCode = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
  // The installed (unpacked VSIX) folder is the development path: the suite runs against the packaged files.
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${server.host}${server.extensionPath}`],
    ['extensionTestsPath', `vscode-remote://${server.host}${path.join(HERE, 'suite.cjs')}`],
  ];
  await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  let timer;
  const code = await Promise.race([exitCode, new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), 180_000); })]);
  clearTimeout(timer);
  const suiteLines = hostLog.filter((l) => l.includes('[suite]') || /Error|assert/i.test(l));
  for (const l of suiteLines) t.diagnostic(l);
  assert.equal(code, 0, `extension-host suite failed (exit ${code}):\n${hostLog.join('\n')}`);
  assert.ok(hostLog.some((l) => l.includes('[suite] all checks passed')), hostLog.join('\n'));
});
