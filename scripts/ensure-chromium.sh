#!/usr/bin/env bash
# Make sure Debian's Chromium is installed for the browser test (test/browser/site.browser.ts).
# Installs it with apt when missing; prints the path of the browser. Idempotent.
set -euo pipefail
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "chromium not found at $CHROMIUM_PATH: installing it with apt" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "chromium is still missing at $CHROMIUM_PATH" >&2
  exit 1
fi
echo "$CHROMIUM_PATH"
