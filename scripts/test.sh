#!/usr/bin/env bash
# `npm test`: every test. Types and lint (ESLint with zero warnings, Prettier), then unit and
# integration tests (vitest; integration tests run on a SQLite file and, when
# TEST_POSTGRES_URL is set, on that PostgreSQL server too), then the
# end-to-end tests in Chromium (Playwright). Needs Chromium at /usr/bin/chromium (or
# CHROMIUM_PATH); `.ci/run` shows how to install it and PostgreSQL on Debian.
# Ends with one line "N passed, M failed" over both runners.
set -uo pipefail
cd "$(dirname "$0")/.."

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "npm test: Chromium not found at $chromium. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
if [ -z "${TEST_POSTGRES_URL:-}" ]; then
  echo "npm test: TEST_POSTGRES_URL is not set, so integration tests run on SQLite only (CI runs both)." >&2
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

npx tsc --noEmit -p . || exit 1
npm run --silent lint || { echo "npm test: lint failed (npm run format fixes the layout; the rest is listed above)." >&2; exit 1; }
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json"
unit=$?
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" npx playwright test --reporter=list,json
e2e=$?

node -e '
const fs = require("fs");
const read = (f) => { try { return JSON.parse(fs.readFileSync(f, "utf8")); } catch { return null; } };
const v = read(process.argv[1]), p = read(process.argv[2]);
const passed = (v ? v.numPassedTests : 0) + (p ? p.stats.expected : 0);
const failed = (v ? v.numFailedTests : 1) + (p ? p.stats.unexpected + p.stats.flaky : 1);
const skipped = (v ? v.numPendingTests + v.numTodoTests : 0) + (p ? p.stats.skipped : 0);
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$results/vitest.json" "$results/playwright.json"

[ "$unit" -eq 0 ] && [ "$e2e" -eq 0 ]
