#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for the team tests (issue 18): initdb in a new temporary folder,
# reachable only through a unix socket in that folder (no TCP port), fsync off, stopped and
# removed afterwards. As root it runs as the `postgres` user (initdb and postgres refuse root).
#
#   throwaway-postgres.sh start STATE   start one; STATE (a file) gets the socket folder
#   throwaway-postgres.sh stop STATE    stop it and remove its folder
#
# A test that needs the server fails when this cannot start one; nothing is ever skipped.
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
command="${1:-}"
state="${2:-}"
if [[ -z "$command" || -z "$state" ]]; then
    echo "usage: $0 start|stop STATE-FILE" >&2
    exit 2
fi

as_server_user() {
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$command" in
start)
    if [[ ! -x "$bin/initdb" ]]; then
        echo "PostgreSQL 15 is not installed (Debian package postgresql-15): the team tests need it." >&2
        exit 1
    fi
    # A stale server of an interrupted run is stopped first.
    if [[ -s "$state" ]]; then "$0" stop "$state" || true; fi
    folder="$(mktemp -d /tmp/thuis-postgres.XXXXXX)"
    if [[ "$(id -u)" == 0 ]]; then chown postgres "$folder"; fi
    cd / # the server user may not be allowed in the current folder
    as_server_user "$bin/initdb" -D "$folder/data" -U postgres --auth=trust --no-sync -E UTF8 \
        --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 || { cat "$folder/initdb.log" >&2; exit 1; }
    # Members of the role test_wachtwoord must give their password (SCRAM), so the tests can
    # prove a password set by the program works; everyone else is trusted on this socket.
    as_server_user sed -i '1i local all +test_wachtwoord scram-sha-256' "$folder/data/pg_hba.conf"
    as_server_user "$bin/pg_ctl" -D "$folder/data" -w -t 60 -l "$folder/server.log" \
        -o "-k $folder -c listen_addresses='' -c fsync=off -c max_connections=50" start >/dev/null ||
        { cat "$folder/server.log" >&2; exit 1; }
    echo "$folder" >"$state"
    echo "PostgreSQL 15 runs with its socket in $folder"
    ;;
stop)
    [[ -s "$state" ]] || exit 0
    folder="$(cat "$state")"
    cd /
    if [[ -d "$folder/data" ]]; then
        as_server_user "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
    rm -f "$state"
    echo "PostgreSQL 15 stopped"
    ;;
*)
    echo "usage: $0 start|stop STATE-FILE" >&2
    exit 2
    ;;
esac
