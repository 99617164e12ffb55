#!/usr/bin/env bash
# Runs every Circles test suite, the way CI does (.ci/run calls this and nothing else):
#   bash scripts/test.sh
# 1. installs what is missing (Debian: postgresql, chromium, nodejs/npm; npm packages from the lock file),
# 2. starts a throwaway PostgreSQL cluster on a free loopback port,
# 3. runs the unit tests, the integration tests on SQLite and on PostgreSQL, and the browser
#    tests (headless Chromium against a real Kestrel server) on SQLite and on PostgreSQL,
# 4. prints a summary and exits non-zero if anything failed.
# Extra arguments go to every `dotnet test`, e.g. `bash scripts/test.sh --filter SignIn`.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
extra_args=("$@")

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
if ! command -v npm >/dev/null 2>&1; then
  log "Installing Node.js and npm"
  apt_install nodejs npm || { echo "Could not install npm" >&2; exit 1; }
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "Installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund || exit 1
fi

# ---------------------------------------------------------------- 2. throwaway PostgreSQL
pg_bin=$(postgres_bin)
pg_dir=$(mktemp -d /tmp/circles-pg.XXXXXX)
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

stop_postgres() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT

log "Starting a throwaway PostgreSQL on 127.0.0.1:$pg_port"
as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --no-locale >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log"; exit 1; }
# fsync and synchronous_commit stay on: Circles refuses to start without them (SEC-40).
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c max_connections=300 -c shared_buffers=64MB" start >/dev/null \
  || { cat "$pg_dir/postgres.log"; exit 1; }
postgres_connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Pooling=true;Maximum Pool Size=20"

# ---------------------------------------------------------------- 3. build once
log "Building"
dotnet build Circles.slnx -nologo -v quiet || exit 1

# ---------------------------------------------------------------- 4. the suites
declare -a results=()
failed=0
run_suite() {
  local name=$1; shift
  log "Suite: $name"
  local started=$SECONDS
  if "$@"; then
    results+=("PASS  $name ($((SECONDS - started)) s)")
  else
    results+=("FAIL  $name ($((SECONDS - started)) s)")
    failed=1
  fi
}

# The provider is passed to the tests through the environment (see tests/*/Infrastructure/TestDatabase.cs).
dotnet_test() {
  local provider=$1 project=$2
  CIRCLES_TEST_PROVIDER=$provider CIRCLES_TEST_POSTGRES=$postgres_connection \
    dotnet test "$project" --no-build -nologo --logger "console;verbosity=normal" "${extra_args[@]}" \
      -- RunConfiguration.TreatNoTestsAsError=true
}

run_suite "unit" dotnet_test Sqlite tests/Circles.UnitTests
run_suite "integration on SQLite" dotnet_test Sqlite tests/Circles.IntegrationTests
run_suite "integration on PostgreSQL" dotnet_test Postgres tests/Circles.IntegrationTests
run_suite "browser on SQLite" dotnet_test Sqlite tests/Circles.BrowserTests
run_suite "browser on PostgreSQL" dotnet_test Postgres tests/Circles.BrowserTests

log "Summary"
printf '%s\n' "${results[@]}"
if [ "$failed" != 0 ]; then
  echo "Some suites failed." >&2
  exit 1
fi
echo "All suites passed."
