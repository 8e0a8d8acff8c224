#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: !!process.stderr.isTTY,
  columns: process.stderr.columns,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`pii-guard: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
