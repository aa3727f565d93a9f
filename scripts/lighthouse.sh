#!/usr/bin/env bash
# Lighthouse on the public pages, as a visitor's phone gets them: /layanan, one service's page and /live, each with
# Lighthouse's mobile profile (its default: a mid-range phone's screen, simulated slow 4G and a 4x slower CPU), against
# the published server (Release, Production, precompressed files) with a fresh demo database. Prints one line per page
# (performance, accessibility, best practices, SEO) and exits non-zero unless every page has performance >= 90 and
# accessibility 100, listing the failing audits of a page that misses. Not part of scripts/test.sh (it takes minutes).
#
#   bash scripts/lighthouse.sh
#
# LIGHTHOUSE_RUNS (default 5): runs per page; the run with the median performance score is the one printed.
# MPPQUEUE_PUBLISH_DIR: a published server to measure instead of publishing one into .lighthouse/publish.
# CHROME_PATH (default /usr/bin/chromium, Debian's package, installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
CACHE="$ROOT/.lighthouse"
VERSION=12.2.3
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

WORK="$(mktemp -d)"
SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

# Debian's Chromium, as for the browser tests.
if [ ! -x "$CHROME_PATH" ]; then
  echo "Installing Debian's chromium..."
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# Lighthouse from npm into the git-ignored cache; 12.2.3 because 13.x needs Node 22 and the machines have Node 20.
LIGHTHOUSE="$CACHE/node/node_modules/lighthouse/cli/index.js"
installed="$(node -p "try { require('$CACHE/node/node_modules/lighthouse/package.json').version } catch { '' }")"
if [ "$installed" != "$VERSION" ]; then
  echo "Installing lighthouse@$VERSION into .lighthouse/node..."
  mkdir -p "$CACHE/node"
  npm install --prefix "$CACHE/node" --save-exact --no-audit --no-fund --loglevel=error "lighthouse@$VERSION" >/dev/null
fi

# The server as installed (docs/deploy.md): published in Release, its files precompressed.
PUBLISH="${MPPQUEUE_PUBLISH_DIR:-$CACHE/publish}"
if [ -z "${MPPQUEUE_PUBLISH_DIR:-}" ]; then
  echo "Publishing the server into .lighthouse/publish..."
  dotnet publish src/Server -c Release -o "$PUBLISH" -nologo -v quiet >"$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log"; exit 1; }
fi

# A free loopback port, a fresh data file (the demo MPP is seeded into it), and the demo clock at a Monday morning so
# that the services are open and the pages show what they show in opening hours, whatever the hour of the run.
PORT="$(node -e "const s = require('net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")"
BASE="http://127.0.0.1:$PORT"
(
  cd "$PUBLISH"
  exec env ASPNETCORE_ENVIRONMENT=Production dotnet MppQueue.Server.dll --urls "$BASE" \
    --MppQueue:DataPath="$WORK/data/mppqueue.db" --MppQueue:ClockStart=2026-11-23T09:00:00+07:00
) >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

for _ in $(seq 120); do
  if curl -sf -o /dev/null "$BASE/healthz"; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "The server stopped before it answered:"
    cat "$WORK/server.log"
    exit 1
  fi
  sleep 1
done
curl -sf -o /dev/null "$BASE/healthz" || { echo "The server did not answer /healthz within 120 s."; cat "$WORK/server.log"; exit 1; }

rm -rf "$CACHE/reports"
mkdir -p "$CACHE/reports"
LIGHTHOUSE="$LIGHTHOUSE" node scripts/lighthouse.mjs "$BASE" "$CACHE/reports" "${LIGHTHOUSE_RUNS:-5}"
