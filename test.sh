#!/usr/bin/env bash
# The project's test command: installs the test-only tools the suite needs (when missing), then runs
# the whole Maven test suite.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v rapper >/dev/null 2>&1; then
  echo "test.sh: installing raptor2-utils (rapper) to cross-check Turtle output" >&2
  if [ "$(id -u)" = 0 ]; then (apt-get update -qq && apt-get install -y -qq raptor2-utils) >&2 || echo "test.sh: could not install rapper; its check will be skipped" >&2
  else (sudo -n apt-get update -qq && sudo -n apt-get install -y -qq raptor2-utils) >&2 || echo "test.sh: could not install rapper; its check will be skipped" >&2
  fi
fi
bash scripts/test-deps.sh
exec mvn -B verify "$@"
