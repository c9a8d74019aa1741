#!/usr/bin/env bash
# What SQLCipher itself costs, without the project: the same write workload through Debian's
# `sqlcipher` shell, keyed against plain, in alternating pairs (issue 21). Each commit holds one
# participant's 30 event rows and 30 audit rows, with the store's settings: WAL,
# synchronous=FULL, foreign keys, 4096-byte pages, a 64 MiB page cache. Run twice: as the store
# is since schema version 11, and with the per-row trigger on the events that schemas 3-10 had
# (which makes SQLite journal every page an insert touches, and SQLCipher encrypt each one).
#   tests/benchmarks/sqlcipher-shell-comparison.sh [commits] [pairs]     (default 3000 5)
# Prints wall and CPU seconds per run and the keyed/plain ratio of each pair; docs/benchmarks.md
# records its figures beside the store benchmark's.
set -euo pipefail
commits="${1:-3000}"
pairs="${2:-5}"
command -v sqlcipher >/dev/null || { echo "sqlcipher (Debian package sqlcipher) is missing" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The SQL of one run: $1 = key or plain, $2 = trigger or none.
workload() {
    awk -v keyed="$1" -v trigger="$2" -v commits="$commits" 'BEGIN {
        q = "\047" # a single quote
        if (keyed == "key") {
            print "PRAGMA key = \"x'"'"'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'"'"'\";"
            print "PRAGMA cipher_page_size = 4096;"
        }
        print "PRAGMA journal_mode = WAL;"
        print "PRAGMA synchronous = FULL;"
        print "PRAGMA foreign_keys = ON;"
        print "PRAGMA cache_size = -65536;"
        print "CREATE TABLE participant (id TEXT PRIMARY KEY, naam TEXT NOT NULL, profile TEXT NOT NULL, created_at TEXT NOT NULL);"
        print "CREATE TABLE trajectory_event (id INTEGER PRIMARY KEY AUTOINCREMENT, participant_id TEXT NOT NULL REFERENCES participant(id), type TEXT NOT NULL, date TEXT NOT NULL, fields TEXT NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL);"
        print "CREATE INDEX trajectory_event_participant ON trajectory_event (participant_id, date);"
        print "CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor_name TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, new_value TEXT, hash BLOB NOT NULL);"
        print "CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);"
        print "CREATE TABLE caseload_summary (participant_id TEXT NOT NULL, as_of TEXT NOT NULL, summary BLOB NOT NULL, PRIMARY KEY (participant_id, as_of));"
        if (trigger == "trigger")
            print "CREATE TRIGGER caseload_summary_after_event AFTER INSERT ON trajectory_event BEGIN DELETE FROM caseload_summary WHERE participant_id = NEW.participant_id; END;"
        for (p = 0; p < commits; ++p) {
            id = sprintf("D-%05d", p)
            print "BEGIN IMMEDIATE;"
            printf "INSERT INTO participant VALUES (%s%s%s, %sFictieve Deelnemer %d%s, %samsterdam-2026%s, %s2026-11-23T10:00:00.000Z%s);\n", q, id, q, q, p, q, q, q, q, q
            for (e = 0; e < 30; ++e) {
                printf "INSERT INTO trajectory_event (participant_id, type, date, fields, recorded_at, recorded_by) VALUES (%s%s%s, %sevaluatie%s, %s2025-%02d-%02d%s, %s{\"beschikbaar_op\": \"2025-12-12\"}%s, %s2026-11-23T10:00:00.000Z%s, %sBenchmark%s);\n", q, id, q, q, q, q, e % 12 + 1, e % 28 + 1, q, q, q, q, q, q, q
                printf "INSERT INTO audit_log (at, actor_name, entity, entity_id, new_value, hash) VALUES (%s2026-11-23T10:00:00.000Z%s, %sBenchmark%s, %strajectory_event%s, %s%d%s, %sevaluatie 2025-01-01%s, randomblob(32));\n", q, q, q, q, q, q, q, p * 30 + e, q, q, q
            }
            if (trigger != "trigger")
                printf "DELETE FROM caseload_summary WHERE participant_id = %s%s%s;\n", q, id, q
            print "COMMIT;"
        }
    }'
}

# Wall and CPU seconds of one run (a new file each time).
run() {
    rm -f "$work"/db "$work"/db-wal "$work"/db-shm
    local TIMEFORMAT='%R %U %S'
    { time sqlcipher -bail "$work/db" < "$work/$1.sql" > /dev/null; } 2>&1 | awk '{ printf "%.2f %.2f", $1, $2 + $3 }'
}

echo "sqlcipher shell (SQLite $(sqlcipher -version 2>/dev/null | cut -d' ' -f1)), $commits commits of 30 events + 30 audit rows, $pairs pairs"
for schema in none trigger; do
    workload key "$schema" > "$work/key.sql"
    workload plain "$schema" > "$work/plain.sql"
    echo
    echo "per-row trigger on the events: $schema"
    echo "pair  keyed wall/cpu s  plain wall/cpu s  keyed/plain wall  cpu"
    for pair in $(seq 1 "$pairs"); do
        # Alternate which goes first, so neither always meets the warmer disk cache.
        if (( pair % 2 )); then keyed=$(run key); plain=$(run plain); else plain=$(run plain); keyed=$(run key); fi
        read -r kw kc <<< "$keyed"
        read -r pw pc <<< "$plain"
        awk -v p="$pair" -v kw="$kw" -v kc="$kc" -v pw="$pw" -v pc="$pc" \
            'BEGIN { printf "%4d  %6.2f / %5.2f    %6.2f / %5.2f    %14.2fx  %4.2fx\n", p, kw, kc, pw, pc, kw / pw, kc / pc }'
    done
done
