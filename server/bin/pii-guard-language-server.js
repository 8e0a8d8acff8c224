#!/usr/bin/env node
// PII Guard language server for any LSP editor: `pii-guard-language-server --stdio`.
if (process.argv.includes('--version') || process.argv.includes('-v')) {
  const { default: plugin } = await import('eslint-plugin-pii-guard');
  console.log(plugin.meta.version);
} else if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: pii-guard-language-server [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]

Runs the PII Guard language server (LSP) over the given transport (default: --stdio).
Settings: the piiGuard section of workspace/configuration and pii-guard.config.json.`);
} else {
  await import('../dist/server.js');
}
