#!/usr/bin/env bash
# Runs every test of MppQueue: unit, component, server, storage, and browser tests.
# Installs what the tests need when it is missing (Debian's Chromium), then prints one
# closing line "N passed, N failed[, N skipped]" counted from the TRX results.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
RESULTS="$ROOT/TestResults"

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Test processes are short: profile-guided recompilation would cost more than it saves.
export DOTNET_TieredPGO=0
# The machine is busy with four lanes throughout: a thread-pool worker that spins before it sleeps, a background
# GC thread and a small first generation each burn CPU another lane needs. Tests only (the server keeps .NET's
# defaults when it is run).
export DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0 DOTNET_gcConcurrent=0 DOTNET_GCgen0size=0x4000000

# What the tests start besides the server, from Debian's packages: Chromium for the browser tests, nginx and
# openssl for the deploy tests (nginx in front of the published server, with a certificate made for the run).
# They install (network and dpkg) while the solution builds (CPU); the tests wait for both.
missing_packages() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ -x /usr/bin/openssl ] || missing+=(openssl)
  # The PostgreSQL store's tests start a throw-away cluster with Debian's PostgreSQL 15 (tests/Shared/Postgres).
  [ -x /usr/lib/postgresql/15/bin/postgres ] || missing+=(postgresql)
  echo "${missing[@]}"
}
install_pid=""
to_install="$(missing_packages)"
if [ -n "$to_install" ]; then
  echo "Installing Debian's $to_install for the tests (log: TestResults/packages-install.log)..."
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  # shellcheck disable=SC2086 # one word per package
  ( $SUDO apt-get update -qq && $SUDO apt-get install -y -qq $to_install ) >"$RESULTS/packages-install.log" 2>&1 &
  install_pid=$!
fi

# Build once (the solution without the benchmark programs, which build when they are run: MppQueue.Tests.slnf),
# then run each test project with its own TRX file (one name per project, so no
# result can overwrite another's); each project's console output goes to TestResults/<name>.log.
# The C# compiler server compiles every project in one warm process, as the SDK does by default; an environment
# that turns it off (UseSharedCompilation=false) starts a cold compiler per project, which made the build 127 s
# instead of 75 s here. It is shut down after the build, so nothing is left running.
build_started=$SECONDS
if ! dotnet build "$ROOT/MppQueue.Tests.slnf" -nologo -v quiet -p:UseSharedCompilation=true; then
  dotnet build-server shutdown >/dev/null 2>&1
  echo "The build failed."
  echo "0 passed, 1 failed"
  exit 1
fi
dotnet build-server shutdown >/dev/null 2>&1
echo "The build took $((SECONDS - build_started)) s."

if [ -n "$install_pid" ] && { ! wait "$install_pid" || [ -n "$(missing_packages)" ]; }; then
  cat "$RESULTS/packages-install.log"
  echo "Could not install $(missing_packages)"
  echo "0 passed, 1 failed"
  exit 1
fi

run_project() { # project file, extra dotnet test arguments... (RUN_AS names a second run of a project)
  local project="$1" name
  shift
  name="${RUN_AS:-$(basename "$project" .csproj)}"
  # The project's CPU time, its test host, servers and browsers included, from a cgroup of its own when the
  # machine lets us make one (cgroup v1's cpuacct, as root); wall-clock time always.
  local group="" started=$SECONDS cpu=""
  if [ -d /sys/fs/cgroup/cpuacct ] && mkdir -p "/sys/fs/cgroup/cpuacct/mppqueue-tests-$$-$name" 2>/dev/null; then
    group="/sys/fs/cgroup/cpuacct/mppqueue-tests-$$-$name"
  fi
  (
    [ -n "$group" ] && echo "$BASHPID" >"$group/cgroup.procs" 2>/dev/null
    dotnet test "$project" --no-build --nologo \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
      --results-directory "$RESULTS" "$@" >"$RESULTS/$name.log" 2>&1
    echo $? >"$RESULTS/$name.exit"
  )
  if [ -n "$group" ]; then
    cpu=", $(( $(cat "$group/cpuacct.usage" 2>/dev/null || echo 0) / 1000000000 )) s CPU"
    rmdir "$group" 2>/dev/null
  fi
  echo "$name: $((SECONDS - started)) s$cpu" >"$RESULTS/$name.time"
}

report_project() { # project file or run name; prints its output and whether it failed, returns non-zero if it did
  local name
  name="$(basename "$1" .csproj)"
  echo "=== $name"
  cat "$RESULTS/$name.log"
  cat "$RESULTS/$name.time" 2>/dev/null
  if [ "$(cat "$RESULTS/$name.exit" 2>/dev/null)" != "0" ]; then
    return 1
  fi
  if [ ! -e "$RESULTS/$name.trx" ]; then
    echo "$name produced no results (its test host may have crashed)."
    return 1
  fi
}

# The whole suite on both stores (README, "Both stores"): the server tests and the browser tests run a second time with
# every test host on PostgreSQL (MPPQUEUE_TEST_STORE=PostgreSql); the storage tests run every store contract on both
# in their one pass, and the deploy tests' two nodes are on PostgreSQL already. The component tests keep their
# in-memory LiteDB fixture (they test components, not a store). This is the default on a machine with 4 cores or
# more, or when MPPQUEUE_TEST_BOTH_STORES=1 asks for it; =0 leaves it out. On 2 cores the second passes cost about
# 500 s of CPU (the server tests' 140-190 s alone took a fresh-clone run to 534-590 s), far past the 600 s budget,
# so there they are left out unless asked for. A run with MPPQUEUE_TEST_STORE=PostgreSql already puts the first
# passes on PostgreSQL.
POSTGRES_PASS=MppQueue.Server.Tests.PostgreSql
POSTGRES_BROWSER_PASS=MppQueue.EndToEnd.Tests.PostgreSql
both_stores="${MPPQUEUE_TEST_BOTH_STORES:-}"
if [ -z "$both_stores" ]; then
  if [ "$(nproc)" -ge 4 ]; then both_stores=1; else both_stores=0; fi
fi
if [ "$(echo "${MPPQUEUE_TEST_STORE:-}" | tr '[:upper:]' '[:lower:]')" = postgresql ]; then
  both_stores=0
fi
if [ "$both_stores" = 1 ]; then
  echo "The server and browser tests run on both stores: LiteDB, then PostgreSQL ($POSTGRES_PASS, $POSTGRES_BROWSER_PASS)."
else
  echo "The server and browser tests run on LiteDB (MPPQUEUE_TEST_BOTH_STORES=1 adds their passes on PostgreSQL; $(nproc) cores here)."
fi

# Four lanes run side by side, each about as long on 2 cores: the screens' component tests, then the browser tests;
# the core's tests, then the server's; the administration's component tests, then the counter's; and the deploy,
# kiosk, storage and Ui tests. With the PostgreSQL pass, it starts lane 3 (alone it waits on its database a good
# part of the time, which the other lanes' work fills) and the counter's tests move to lane 2; the browser tests'
# pass on PostgreSQL is a fifth lane of its own.
# More lanes were tried and made the run longer: the machine is busy throughout. Each lane runs its projects in
# order; a project's output is printed whole once every lane is done.
lane_of() { # project file -> lane number
  case "$1" in
    */EndToEnd.Tests/*|*/Display.Tests/*) echo 1 ;;
    */Server.Tests/*|*/Core.Tests/*) echo 2 ;;
    */Counter.Tests/*) if [ "$both_stores" = 1 ]; then echo 2; else echo 3; fi ;;
    */Admin.Tests/*) echo 3 ;;
    *) echo 4 ;;
  esac
}

run_lane() { # lane number, extra dotnet test arguments...
  local lane="$1" project
  shift
  if [ "$lane" = 5 ]; then
    MPPQUEUE_TEST_STORE=PostgreSql RUN_AS="$POSTGRES_BROWSER_PASS" run_project "$ROOT/tests/EndToEnd.Tests/MppQueue.EndToEnd.Tests.csproj" "$@"
    return 0
  fi
  if [ "$lane" = 3 ] && [ "$both_stores" = 1 ]; then
    MPPQUEUE_TEST_STORE=PostgreSql RUN_AS="$POSTGRES_PASS" run_project "$ROOT/tests/Server.Tests/MppQueue.Server.Tests.csproj" "$@"
  fi
  for project in "$ROOT"/tests/*/*.Tests.csproj; do
    [ "$(lane_of "$project")" = "$lane" ] && run_project "$project" "$@"
  done
  return 0
}

status=0
lane_pids=()
lanes=(1 2 3 4)
[ "$both_stores" = 1 ] && lanes+=(5)
for lane in "${lanes[@]}"; do
  run_lane "$lane" "$@" &
  lane_pids+=($!)
done
for pid in "${lane_pids[@]}"; do
  wait "$pid"
done
# The tests' throw-away PostgreSQL clusters (about 1 GB each): a test host can be ended before it deletes its own, and
# 188 of them once filled this machine's disk. Remove each one that no process (initdb, pg_ctl, postgres) still uses;
# the tests' next start also removes those over half an hour old (tests/Shared/Postgres/PostgresCluster.cs).
for folder in "${TMPDIR:-/tmp}"/mppqueue-pg-*; do
  [ -d "$folder" ] || continue
  pgrep -f -- "$folder" > /dev/null && continue
  rm -rf "$folder"
done
reported=("$ROOT"/tests/*/*.Tests.csproj)
[ "$both_stores" = 1 ] && reported+=("$POSTGRES_PASS" "$POSTGRES_BROWSER_PASS")
for project in "${reported[@]}"; do
  report_project "$project" || status=1
done

passed=0; failed=0; skipped=0; files=0
for trx in "$RESULTS"/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(get total); executed=$(get executed); p=$(get passed); f=$(get failed); e=$(get error); t=$(get timeout); a=$(get aborted)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done

if [ "$files" -eq 0 ] || [ $((passed + failed)) -eq 0 ]; then
  echo "No test results were produced."
  [ "$failed" -eq 0 ] && failed=1
  status=1
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # A test host crashed or the build failed: nothing may pass silently.
  failed=1
fi

line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
