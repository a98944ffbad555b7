#!/usr/bin/env bash
# Run a command against a throw-away PostgreSQL cluster, then remove the cluster.
#
#   scripts/with_postgres.sh .venv/bin/pytest -m "not browser"
#
# The cluster lives in var/postgres/<pid>/ (initdb from Debian's packages, installed when missing),
# listens on a free loopback port and its own socket directory, and is stopped and deleted
# whatever the command's outcome. The command runs with DATABASE_URL pointing at it and its exit
# status is this script's. Durability is switched off: the data is thrown away anyway.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

if (($# == 0)); then
  echo "usage: $0 COMMAND [ARG...]" >&2
  exit 2
fi

pg_bindir() {
  local dirs=(/usr/lib/postgresql/*/bin)
  [[ -x ${dirs[-1]}/initdb ]] && printf '%s\n' "${dirs[@]}" | sort -V | tail -n 1
}

if ! bindir=$(pg_bindir); then
  if (($(id -u) != 0)); then
    echo "PostgreSQL is not installed: sudo apt-get install postgresql" >&2
    exit 1
  fi
  echo "Installing PostgreSQL from Debian's packages"
  apt-get update -qq
  # Debian's package would create and start a system cluster; ours is all we need.
  mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.d/anitp-no-main.conf
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql
  bindir=$(pg_bindir)
fi

# PostgreSQL refuses to run as root: as root the cluster belongs to the `postgres` system user.
run_as=()
if (($(id -u) == 0)); then
  getent passwd postgres >/dev/null || useradd --system --home-dir /var/lib/postgresql postgres
  run_as=(runuser -u postgres --)
fi

mkdir -p var/postgres
cluster=$root/var/postgres/$$
rm -rf "$cluster"
mkdir -p "$cluster/socket"
((${#run_as[@]})) && chown -R postgres: "$cluster"
if ! "${run_as[@]}" test -w "$cluster"; then
  # The postgres user cannot reach the checkout (a private home directory): use /tmp instead.
  rm -rf "$cluster"
  cluster=$(mktemp -d /tmp/anitp-postgres.XXXXXX)
  mkdir -p "$cluster/socket"
  ((${#run_as[@]})) && chown -R postgres: "$cluster"
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

cleanup() {
  "${run_as[@]}" "$bindir/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$cluster"
  rmdir var/postgres 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"${run_as[@]}" "$bindir/initdb" -D "$cluster/data" -U anitp --auth=trust -E UTF8 \
  --locale=C.UTF-8 --no-sync >"$cluster/initdb.log" 2>&1 || {
  cat "$cluster/initdb.log" >&2
  exit 1
}
"${run_as[@]}" "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $port -k $cluster/socket -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c max_connections=50" start >/dev/null || {
  cat "$cluster/server.log" >&2
  exit 1
}
"${run_as[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U anitp anitp

export DATABASE_URL="postgres://anitp@127.0.0.1:$port/anitp"
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
status=0
"$@" || status=$?
exit "$status"
