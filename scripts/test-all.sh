#!/usr/bin/env bash
# All the tests: unit, integration (real PostgreSQL), then end-to-end in Chromium.
# Embedded PostgreSQL by default; set TEST_DATABASE_URL to use a PostgreSQL server instead.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  echo "Chromium was not found at $chromium_path. Install Debian's build: sudo apt-get install -y chromium" >&2
  echo "(or set CHROMIUM_PATH to another Chromium; Playwright cannot download its own here)" >&2
  exit 1
fi

echo "== type check"
npx tsc --noEmit
echo "== unit tests"
npx vitest run --project unit
if [ -n "${TEST_DATABASE_URL:-}" ]; then database="the PostgreSQL server"; backup="pg_dump and pg_restore"; else database="embedded PostgreSQL"; backup="physical copy of the embedded server"; fi
echo "== integration tests ($database)"
npx vitest run --project integration
echo "== build"
build_log="$(mktemp)"
npx next build > "$build_log" 2>&1 || { cat "$build_log"; exit 1; }
echo "== page weight (first-load JavaScript of the applicant's pages)"
npx tsx bench/check-weight.ts
echo "== end-to-end tests"
npx playwright test
echo "== crash test: SIGKILL the portal and restart PostgreSQL under load (own embedded PostgreSQL)"
npm run --silent test:crash
echo "== backup and restore ($backup)"
npm run --silent test:backup
