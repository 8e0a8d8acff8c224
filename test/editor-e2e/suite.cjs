// Extension-host test module (what @vscode/test-electron would run): loaded by the VS Code server's
// extension host through the workbench's `payload` URL parameter; run() rejecting = exit code 1.
// console.log lines come back to the node:test file through the smoke-test driver.
'use strict';
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

const EXPECTED = require(path.join(__dirname, 'expected.json'));
const log = (...args) => console.log('[suite]', ...args);

async function poll(what, fn, timeoutMs = 60_000) {
  const start = Date.now();
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information, hint: vscode.DiagnosticSeverity.Hint };

function plain(d) {
  const code = typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
  return { line: d.range.start.line + 1, column: d.range.start.character + 1, code, message: d.message, severity: d.severity };
}

function hoverText(hovers) {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

exports.run = async function run() {
  const started = Date.now();
  const ws = vscode.workspace.workspaceFolders?.[0];
  assert.ok(ws, 'no workspace folder open');
  const ext = vscode.extensions.getExtension(EXPECTED.extensionId);
  assert.ok(ext, `extension ${EXPECTED.extensionId} not found`);
  log(`extension ${ext.id} ${ext.packageJSON.version} from ${ext.extensionUri.fsPath}`);

  // Activation comes from opening a TypeScript document (activationEvents), not from us.
  const uri = vscode.Uri.joinPath(ws.uri, EXPECTED.file);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  await poll('extension activation', () => ext.isActive);
  log(`activated after ${Date.now() - started} ms`);

  // Diagnostics: exactly the file's findings, with message, code, range start and severity.
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === EXPECTED.source);
  await poll('PII Guard diagnostics', () => ours().length > 0);
  log(`diagnostics after ${Date.now() - started} ms`);
  const diags = ours().sort((a, b) => a.range.start.compareTo(b.range.start));
  assert.deepEqual(diags.map(plain), EXPECTED.findings.map((f) => ({
    line: f.line, column: f.column, code: f.code, message: f.message, severity: SEVERITY[EXPECTED.severity] })));
  const targetFinding = EXPECTED.findings[EXPECTED.target];
  const target = diags[EXPECTED.target];
  assert.deepEqual([target.range.end.line + 1, target.range.end.character + 1], targetFinding.end);
  if (EXPECTED.codeHref) {
    assert.equal(typeof target.code, 'object', 'diagnostic code has no link');
    assert.equal(target.code.target.toString(), EXPECTED.codeHref);
  }

  // Hover on the finding: data kind and requirement IDs.
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, target.range.start);
  const hover = hoverText(hovers);
  for (const s of EXPECTED.hover.mustContain) assert.ok(hover.includes(s), `hover lacks ${JSON.stringify(s)}:\n${hover}`);
  log('hover ok');

  // Quick fixes offered at the finding, by title.
  // VS Code cancels a code-action request when the set of code-action providers changes meanwhile (built-in
  // TypeScript support registers its own while it activates, which on a cold start can be seconds after
  // ours): let it finish starting, and ask again (at most 3 times, logged) when a request is cut short.
  await vscode.extensions.getExtension('vscode.typescript-language-features')?.activate();
  const quickFixes = async (range) => {
    for (let attempt = 1; ; attempt++) {
      let actions;
      try {
        actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
      } catch (e) {
        if (attempt >= 3 || !/Canceled/.test(String(e))) throw e;
        log(`code-action request ${attempt} cancelled (${e}); asking again`);
        continue;
      }
      const fixes = actions.filter((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind));
      if (fixes.length > 0 || attempt >= 3) return fixes;
      log(`code-action request ${attempt} returned none; asking again`);
      await new Promise((r) => setTimeout(r, 500));
    }
  };
  const titles = (await quickFixes(target.range)).map((a) => a.title);
  log(`quick fixes at line ${targetFinding.line}: ${JSON.stringify(titles)}`);
  assert.deepEqual(titles, EXPECTED.codeActions);

  // Apply a fix on another finding through the API: that finding goes, the others stay.
  const other = diags[EXPECTED.api.finding];
  const otherFinding = EXPECTED.findings[EXPECTED.api.finding];
  const offered = await quickFixes(other.range);
  const fix = offered.find((a) => a.title === EXPECTED.api.fix);
  assert.ok(fix, `no "${EXPECTED.api.fix}" at line ${otherFinding.line}: ${JSON.stringify(offered.map((a) => a.title))}`);
  assert.ok(fix.edit, 'the fix has no edit');
  assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit failed');
  if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
  assert.equal(doc.lineAt(otherFinding.line - 1).text, EXPECTED.api.textAfter);
  await poll('the fixed finding to disappear', () => ours().length === EXPECTED.findings.length - 1);
  assert.deepEqual(ours().map((d) => d.message).sort(),
    EXPECTED.findings.filter((_, i) => i !== EXPECTED.api.finding).map((f) => f.message).sort());
  log(`"${EXPECTED.api.fix}" applied: ${ours().length} findings left`);
  // Back to the file on disk before the workspace scan.
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await poll('the reverted file to be linted again', () => ours().length === EXPECTED.findings.length);

  // Workspace scan through the contributed command.
  const commands = await vscode.commands.getCommands(true);
  assert.ok(commands.includes(EXPECTED.scan.command), `command ${EXPECTED.scan.command} not registered`);
  const result = await vscode.commands.executeCommand(EXPECTED.scan.command);
  if (EXPECTED.scan.resultFindings !== undefined) {
    assert.ok(result && Array.isArray(result.findings), `scan command returned ${JSON.stringify(result)?.slice(0, 200)}`);
    assert.equal(result.findings.length, EXPECTED.scan.resultFindings);
    assert.equal(result.filesScanned, EXPECTED.scan.filesScanned);
  }
  log(`scan ok: ${JSON.stringify(result && { filesScanned: result.filesScanned, findings: result.findings?.length })}`);
  log(`all checks passed in ${Date.now() - started} ms`);
};
