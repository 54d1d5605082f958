#!/usr/bin/env bash
# Every test: type check, unit and CLI tests (incl. the GEXF check and graph freshness),
# the viewer build, and browser tests. Installs what it needs when it can.
set -euo pipefail
cd "$(dirname "$0")/.."

missing_apt=()
command -v xmllint >/dev/null 2>&1 || missing_apt+=(libxml2-utils)
[ -x /usr/bin/chromium ] || missing_apt+=(chromium)
python3 -c 'import networkx' >/dev/null 2>&1 || missing_apt+=(python3-networkx)
# The database tests start their own PostgreSQL server from Debian's binaries.
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing_apt+=(postgresql)
if [ ${#missing_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test: installing ${missing_apt[*]} (apt-get)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_apt[@]}" >/dev/null
  else
    echo "test: missing ${missing_apt[*]}: install them with 'sudo apt-get install -y ${missing_apt[*]}'" >&2
    exit 1
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "test: installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

echo "== type check"; npx tsc --noEmit
echo "== unit and CLI tests"; npx vitest run
# The compiled command (lib/) and the viewer (dist/); the browser tests serve both.
echo "== build"; npm run build:cli && npx vite build --logLevel warn
echo "== browser tests"; npx playwright test
