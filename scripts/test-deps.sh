#!/usr/bin/env bash
# Installs what the browser test of the explorer page needs, when it is missing:
#   - Debian's chromium (headless browser) and an Arabic-capable font, with apt-get (as root, or with sudo -n);
#   - playwright-core from npm into src/test/browser/node_modules (npm ci, from its package-lock.json).
# Safe to run again: it does nothing when everything is there. Prints one line per thing it does.
# Exit status 0 even when something could not be installed: the browser test then skips with a message.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"; else return 1; fi
}

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    as_root apt-get update -qq >&2 || return 1
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >&2
}

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  echo "test-deps: installing chromium for the explorer browser test" >&2
  apt_install chromium || echo "test-deps: could not install chromium; the browser test will be skipped" >&2
fi

if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=ar 2>/dev/null | head -1)" ]; then
  echo "test-deps: installing fonts-noto-core so Arabic renders in the browser" >&2
  apt_install fonts-noto-core || echo "test-deps: could not install an Arabic font; screenshots will show boxes" >&2
fi

browser="$here/src/test/browser"
if [ ! -d "$browser/node_modules/playwright-core" ]; then
  if command -v npm >/dev/null 2>&1; then
    echo "test-deps: npm ci in src/test/browser (playwright-core)" >&2
    (cd "$browser" && npm ci --no-audit --no-fund --loglevel=error >&2) || echo "test-deps: npm ci failed; the browser test will be skipped" >&2
  else
    echo "test-deps: no npm (Node.js); the browser test will be skipped" >&2
  fi
fi
exit 0
