#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests, on a free loopback port.
#   source tests/postgres-cluster.sh; pg_cluster_start; ...; pg_cluster_stop
# pg_cluster_start exports NLB_TEST_POSTGRES (an Npgsql connection string to the "postgres"
# database as the superuser "portal"; the tests create a fresh database per test class).
# initdb refuses to run as root, so the cluster runs as Debian's "postgres" system user.

pg_bin() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  echo "${found:-/usr/lib/postgresql/15/bin}"
}

pg_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

pg_cluster_start() {
  local bin port
  bin="$(pg_bin)"
  if [ ! -x "$bin/initdb" ]; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      bin="$(pg_bin)"
    else
      echo "PostgreSQL is missing (install the postgresql package as root)" >&2
      return 1
    fi
  fi

  NLB_PG_DIR="$(mktemp -d -t nlb-pg.XXXXXX)"
  port="$(pg_free_port)"
  local as=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$NLB_PG_DIR"
    as=(runuser -u postgres --)
  fi

  "${as[@]}" "$bin/initdb" -D "$NLB_PG_DIR/data" -A trust -U portal -E UTF8 --locale=C.UTF-8 >"$NLB_PG_DIR/initdb.log" 2>&1 || { cat "$NLB_PG_DIR/initdb.log" >&2; return 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$NLB_PG_DIR/data" -l "$NLB_PG_DIR/server.log" \
    -o "-p $port -k $NLB_PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" -w start >/dev/null \
    || { cat "$NLB_PG_DIR/server.log" >&2; return 1; }
  export NLB_PG_DIR NLB_PG_BIN="$bin"
  export NLB_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=portal;Database=postgres"
  echo "PostgreSQL test cluster on 127.0.0.1:$port ($NLB_PG_DIR)"
}

pg_cluster_stop() {
  [ -n "${NLB_PG_DIR:-}" ] || return 0
  local as=()
  [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$NLB_PG_BIN/pg_ctl" -D "$NLB_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$NLB_PG_DIR"
  unset NLB_PG_DIR NLB_TEST_POSTGRES
}
