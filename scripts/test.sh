#!/usr/bin/env bash
# `npm test`: every test. Unit and integration tests (vitest; integration tests run on a
# SQLite file and, when TEST_POSTGRES_URL is set, on that PostgreSQL server too), then the
# end-to-end tests in Chromium (Playwright). Needs Chromium at /usr/bin/chromium (or
# CHROMIUM_PATH); `.ci/run` shows how to install it and PostgreSQL on Debian.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "npm test: Chromium not found at $chromium. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
if [ -z "${TEST_POSTGRES_URL:-}" ]; then
  echo "npm test: TEST_POSTGRES_URL is not set, so integration tests run on SQLite only (CI runs both)." >&2
fi

npx tsc --noEmit -p .
npx vitest run
npx playwright test
