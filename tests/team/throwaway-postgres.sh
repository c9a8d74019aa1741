#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for the team tests (issue 18): initdb in a new temporary folder,
# reachable through a unix socket in that folder and, for the TLS tests, on 127.0.0.1 with TLS
# only (hostssl, scram-sha-256, clientcert=verify-full; a test CA made here), fsync off, stopped
# and removed afterwards. As root it runs as the `postgres` user (initdb and postgres refuse root).
#
#   throwaway-postgres.sh start STATE   start one; STATE (a file) gets the socket folder on its
#                                       first line and the port (socket and TCP) on its second;
#                                       the CA is <folder>/tls/ca.crt and ca.key
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
    # Over TCP: TLS only, with a client certificate whose CN is the user, and the password (as
    # docs/team-server.md sets up a real server). No plain `host` line: without TLS, refused.
    as_server_user sed -i '/^host[[:space:]]/d' "$folder/data/pg_hba.conf" # initdb's trust over TCP
    as_server_user sed -i '1i hostssl all all 127.0.0.1/32 scram-sha-256 clientcert=verify-full' \
        "$folder/data/pg_hba.conf"
    tls="$folder/tls"
    mkdir "$tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Thuis in de Wijk test-CA" \
        -keyout "$tls/ca.key" -out "$tls/ca.crt" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$tls/server.key" \
        -out "$tls/server.csr" 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >"$tls/server.ext"
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial \
        -days 2 -extfile "$tls/server.ext" -out "$tls/server.crt" 2>/dev/null
    chmod 600 "$tls/server.key"
    # A certificate revocation list, empty at first: a test revokes a certificate with
    # `openssl ca -config $tls/ca.cnf -revoke`, writes the list again and reloads the server.
    printf '[ca]\ndefault_ca = test\n[test]\ndatabase = %s/index.txt\ncrlnumber = %s/crlnumber\ndefault_md = sha256\ndefault_crl_days = 2\n' \
        "$tls" "$tls" >"$tls/ca.cnf"
    : >"$tls/index.txt"
    echo 01 >"$tls/crlnumber"
    openssl ca -config "$tls/ca.cnf" -gencrl -keyfile "$tls/ca.key" -cert "$tls/ca.crt" \
        -out "$tls/crl.pem" 2>/dev/null
    chmod 644 "$tls/crl.pem"
    if [[ "$(id -u)" == 0 ]]; then chown postgres "$tls/server.key" "$tls/server.crt" "$tls/ca.crt"; fi
    # A free port: taken between the check and the start, the start fails and the next is tried.
    started=""
    for port in $(shuf -i 20000-60000 -n 10); do
        if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
        if as_server_user "$bin/pg_ctl" -D "$folder/data" -w -t 60 -l "$folder/server.log" \
            -o "-k $folder -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50 \
                -c ssl=on -c ssl_cert_file=$tls/server.crt -c ssl_key_file=$tls/server.key \
                -c ssl_ca_file=$tls/ca.crt -c ssl_crl_file=$tls/crl.pem" start >/dev/null; then
            started="$port"
            break
        fi
    done
    [[ -n "$started" ]] || { cat "$folder/server.log" >&2; exit 1; }
    printf '%s\n%s\n' "$folder" "$started" >"$state"
    echo "PostgreSQL 15 runs with its socket in $folder and TLS on 127.0.0.1:$started"
    ;;
stop)
    [[ -s "$state" ]] || exit 0
    folder="$(head -n 1 "$state")"
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
