#!/usr/bin/env bash
# A throw-away PostgreSQL server for the store tests and benchmarks.
#
#   scripts/ci_postgres.sh          # install if absent, start (or reuse), print the URL on stdout
#   scripts/ci_postgres.sh status   # exit 0 when that server is running
#   scripts/ci_postgres.sh stop     # stop it
#
# PostgreSQL comes from Debian's packages (apt-get) when no server binaries are found. The cluster lives
# in its own data folder (MARSAD_PG_DIR, default $TMPDIR/marsad-ci-pg) on its own port (MARSAD_PG_PORT,
# default 55432), listening on 127.0.0.1 only, so it never touches a system cluster. A role and a
# database named marsad_test (password marsad_test) are created. Everything but the URL goes to stderr:
#
#   export MARSAD_TEST_PG_URL="$(scripts/ci_postgres.sh)"
set -euo pipefail

PGDIR="${MARSAD_PG_DIR:-${TMPDIR:-/tmp}/marsad-ci-pg}"
PORT="${MARSAD_PG_PORT:-55432}"
NAME=marsad_test
URL="postgresql://$NAME:$NAME@127.0.0.1:$PORT/$NAME"

log() { echo "ci_postgres: $*" >&2; }

# The server binaries: on PATH, or in Debian's versioned folder (not on PATH by default).
find_bindir() {
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    # resolve symlinks (/usr/local/bin/pg_ctl -> /usr/lib/postgresql/N/bin), where psql also lives
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return
  fi
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && echo "$dir"
}

# PostgreSQL refuses to run as root: run its programs as the postgres user the package created.
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

BINDIR="$(find_bindir || true)"
case "${1:-start}" in
  status)
    [ -n "$BINDIR" ] && [ -f "$PGDIR/PG_VERSION" ] && as_server_user "$BINDIR/pg_ctl" -D "$PGDIR" status >/dev/null 2>&1
    exit ;;
  stop)
    if [ -n "$BINDIR" ] && [ -f "$PGDIR/postmaster.pid" ]; then
      as_server_user "$BINDIR/pg_ctl" -D "$PGDIR" -m fast -w stop >&2
    fi
    exit 0 ;;
  start) ;;
  *)
    echo "usage: $0 [start|status|stop]" >&2
    exit 2 ;;
esac

if [ -z "$BINDIR" ]; then
  log "PostgreSQL not found; installing it from Debian packages"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >&2
  BINDIR="$(find_bindir)"
fi

if [ ! -f "$PGDIR/PG_VERSION" ]; then
  log "creating a cluster in $PGDIR"
  mkdir -p "$PGDIR"
  chmod 700 "$PGDIR"
  pwfile="$(mktemp)"
  echo "$NAME" >"$pwfile"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$PGDIR" "$pwfile"
  fi
  # UTF-8 with the C.UTF-8 locale: Arabic text is stored as is and nothing depends on the host's locales.
  as_server_user "$BINDIR/initdb" -D "$PGDIR" -E UTF8 --locale=C.UTF-8 -U postgres \
    --auth-local=trust --auth-host=scram-sha-256 --pwfile="$pwfile" >&2
  rm -f "$pwfile"
fi

if ! as_server_user "$BINDIR/pg_ctl" -D "$PGDIR" status >/dev/null 2>&1; then
  log "starting the server on 127.0.0.1:$PORT"
  as_server_user "$BINDIR/pg_ctl" -D "$PGDIR" -l "$PGDIR/server.log" -w -t 60 \
    -o "-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1" start >&2
fi

psql_admin() { as_server_user "$BINDIR/psql" -h "$PGDIR" -p "$PORT" -U postgres -d postgres -qtAX "$@"; }

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$NAME'")" != "1" ]; then
  psql_admin -c "CREATE ROLE $NAME LOGIN PASSWORD '$NAME'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$NAME'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE $NAME OWNER $NAME" >&2
fi
log "ready"
echo "$URL"
