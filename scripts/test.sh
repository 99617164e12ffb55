#!/usr/bin/env bash
# Runs every Circles test suite, the way CI does (.ci/run calls this and nothing else):
#   bash scripts/test.sh
# 1. installs what is missing (Debian: postgresql, redis-server, chromium, nodejs/npm; npm packages from the lock file),
# 2. starts a throwaway PostgreSQL cluster on a free loopback port (in memory when /dev/shm allows)
#    and a throwaway Redis (no persistence) for the cluster tests,
# 3. builds everything once,
# 4. runs the unit tests, the integration tests on SQLite and on PostgreSQL, and the browser tests
#    (headless Chromium against a real Kestrel server) on PostgreSQL, the production database,
# 5. prints one table, suite by suite, and exits non-zero if any test failed or a suite ran none.
# Options (see tests/README.md):
#   --only <suite>   run one suite: unit, integration-sqlite, integration-postgres or browser
#                    (repeatable); the build and, when needed, PostgreSQL still come first
#   anything else    goes to every `dotnet test`, e.g. `bash scripts/test.sh --only browser --filter QuickExit`
# Results (one .trx per suite, with every test's duration) land in artifacts/test-results/.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
only=()
extra_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --only) only+=("$2"); shift 2 ;;
    *) extra_args+=("$1"); shift ;;
  esac
done
wanted() { [ ${#only[@]} = 0 ] || [[ " ${only[*]} " == *" $1 "* ]]; }

log() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else echo "Installing needs root or sudo: $*" >&2; return 1
  fi
}

apt_ready=0
apt_install() {
  if [ "$apt_ready" = 0 ]; then
    as_root apt-get update -qq || return 1
    apt_ready=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# ---------------------------------------------------------------- 1. what the suites need
log "Checking prerequisites"
if [ -z "$(postgres_bin)" ] || [ ! -x "$(postgres_bin)/initdb" ]; then
  log "Installing PostgreSQL"
  apt_install postgresql || { echo "Could not install postgresql" >&2; exit 1; }
fi
if [ ! -x /usr/bin/chromium ]; then
  log "Installing Chromium"
  apt_install chromium || { echo "Could not install chromium" >&2; exit 1; }
fi
if ! command -v redis-server >/dev/null 2>&1; then
  log "Installing Redis"
  apt_install redis-server || { echo "Could not install redis-server" >&2; exit 1; }
fi
if ! command -v npm >/dev/null 2>&1; then
  log "Installing Node.js and npm"
  apt_install nodejs npm || { echo "Could not install npm" >&2; exit 1; }
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "Installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund || exit 1
fi

# ---------------------------------------------------------------- 2. throwaway PostgreSQL
# The cluster lives in memory when it can (/dev/shm): fsync and synchronous_commit stay on, as
# Circles demands (SEC-40), but on tmpfs they cost nothing, and the suites commit thousands of times.
pg_bin=$(postgres_bin)
scratch=/tmp
if [ -d /dev/shm ] && [ -w /dev/shm ]; then scratch=/dev/shm; fi
pg_dir=$(mktemp -d "$scratch/circles-pg.XXXXXX")
pg_port=""
for candidate in $(seq 54329 54400); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then pg_port=$candidate; break; fi
done
[ -n "$pg_port" ] || { echo "No free port for PostgreSQL" >&2; exit 1; }

# PostgreSQL refuses to run as root: run it as the postgres account when we are root.
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir "$pg_dir" postgres
  chown postgres "$pg_dir"
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

# The suites' own SQLite files and key rings go to the same scratch place (TMPDIR of the test runs).
test_tmp=$(mktemp -d "$scratch/circles-tests.XXXXXX")

stop_postgres() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir" "$test_tmp"
}
trap stop_postgres EXIT

needs_postgres=0
if wanted integration-postgres || wanted browser; then needs_postgres=1; fi
if [ "$needs_postgres" = 1 ]; then
  log "Starting a throwaway PostgreSQL on 127.0.0.1:$pg_port ($pg_dir)"
  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --no-locale >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log"; exit 1; }
  # fsync and synchronous_commit stay on: Circles refuses to start without them (SEC-40).
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c max_connections=300 -c shared_buffers=64MB" start >/dev/null \
    || { cat "$pg_dir/postgres.log"; exit 1; }
fi
postgres_connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Pooling=true;Maximum Pool Size=20"

# ---------------------------------------------------------------- 2b. throwaway Redis
# For the cluster tests (two nodes, one Redis for live updates): loopback only, nothing written
# to disk, stopped at the end with everything else.
redis_port=""
for candidate in $(seq 63790 63890); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then redis_port=$candidate; break; fi
done
[ -n "$redis_port" ] || { echo "No free port for Redis" >&2; exit 1; }
redis_pid=""
stop_redis() { if [ -n "$redis_pid" ]; then kill "$redis_pid" 2>/dev/null; wait "$redis_pid" 2>/dev/null; fi; }
trap 'stop_redis; stop_postgres' EXIT
if wanted integration-sqlite || wanted integration-postgres; then
  log "Starting a throwaway Redis on 127.0.0.1:$redis_port"
  redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --protected-mode yes \
    --dir "$test_tmp" --logfile "" --loglevel warning >"$test_tmp/redis.log" 2>&1 &
  redis_pid=$!
  for _ in $(seq 1 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null && break
    sleep 0.1
  done
  (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null || { cat "$test_tmp/redis.log"; echo "Redis did not start" >&2; exit 1; }
fi
redis_address="127.0.0.1:$redis_port"

# ---------------------------------------------------------------- 3. build once
log "Building"
build_started=$SECONDS
# The compiler server (shared compilation) compiles the five projects in one warm process: 97-100 s
# instead of 119 s from scratch on two cores, where a sandbox may have switched it off
# (UseSharedCompilation=false in the environment). It is shut down at once, so that no compiler
# process outlives the build.
dotnet build Circles.slnx -nologo -v quiet -p:UseSharedCompilation=true
build_status=$?
dotnet build-server shutdown >/dev/null 2>&1
[ "$build_status" = 0 ] || exit 1
build_seconds=$((SECONDS - build_started))

# ---------------------------------------------------------------- 4. the suites
results_dir="$root/artifacts/test-results"
rm -rf "$results_dir"
mkdir -p "$results_dir"
declare -a table=()
row_format='%-22s %7s %7s %7s %8s %8s\n'
total_passed=0
total_failed=0
failed=0

# Reads one counter (total, passed, failed, notExecuted) from a .trx file; 0 when it is missing.
trx_counter() {
  local file=$1 name=$2 value=""
  if [ -f "$file" ]; then
    value=$(grep -o '<Counters [^>]*>' "$file" | head -n 1 | grep -o " $name=\"[0-9]*\"" | grep -o '[0-9]*')
  fi
  echo "${value:-0}"
}

# run_suite <name> <provider> <project>: runs one test project on one database, records its line of the table.
run_suite() {
  local name=$1 provider=$2 project=$3
  wanted "$name" || return 0
  log "Suite: $name"
  local started=$SECONDS trx="$results_dir/$name.trx" status=0
  # DOTNET_TieredPGO=0: a test process is short and runs much code once; without the
  # instrumented JIT tier the integration suite ran in 72-98 s instead of 85-133 s.
  DOTNET_TieredPGO=0 TMPDIR=$test_tmp CIRCLES_TEST_PROVIDER=$provider CIRCLES_TEST_POSTGRES=$postgres_connection CIRCLES_TEST_REDIS=$redis_address \
    dotnet test "$project" --no-build -nologo \
      --logger "console;verbosity=minimal" --logger "trx;LogFileName=$trx" \
      "${extra_args[@]}" -- RunConfiguration.TreatNoTestsAsError=true || status=$?
  local seconds=$((SECONDS - started))
  local total passed failed_count skipped
  total=$(trx_counter "$trx" total)
  passed=$(trx_counter "$trx" passed)
  failed_count=$(trx_counter "$trx" failed)
  skipped=$(trx_counter "$trx" notExecuted)
  # A run that failed without a failed test (a crash, no tests found) still counts as a failure.
  if [ "$status" != 0 ] && [ "$failed_count" = 0 ]; then failed_count=1; fi
  if [ "$total" = 0 ]; then failed_count=$((failed_count > 0 ? failed_count : 1)); fi
  [ "$failed_count" = 0 ] || failed=1
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed_count))
  table+=("$(printf "$row_format" "$name" "$total" "$passed" "$failed_count" "$skipped" "$seconds")")
}

run_suite unit Sqlite tests/Circles.UnitTests
run_suite integration-sqlite Sqlite tests/Circles.IntegrationTests
run_suite integration-postgres Postgres tests/Circles.IntegrationTests
# Once, on PostgreSQL: the browser tests test the interface; provider differences are the
# integration suite's, which runs on both.
run_suite browser Postgres tests/Circles.BrowserTests

log "Summary (build: $build_seconds s; results in artifacts/test-results/)"
printf "$row_format" suite tests passed failed skipped seconds
printf '%s\n' "${table[@]}"
echo "$total_passed passed, $total_failed failed"
[ "$failed" = 0 ] || exit 1
