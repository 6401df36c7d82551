#!/usr/bin/env bash
# The browser test of the built site: ensures Chromium, then opens docs/ (built by `npm run docs`)
# against reports/latest.json. Extra arguments go to the test, e.g. `--fixture` to test the
# sample site instead. Exit status is the test's.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH
exec npx tsx test/browser/site.browser.ts "$@"
