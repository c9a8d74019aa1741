#!/usr/bin/env bash
# ./run.sh --team-demo (issue 19): a demo team on this machine, to see team mode within minutes.
# A throwaway PostgreSQL 15 (tests/team/throwaway-postgres.sh: a unix socket in a temporary
# folder, trusted, no TLS: a demo, not how a real team server is set up, see docs/team-server.md)
# with team Noord: teamleider tess and begeleiders anna, bert and cem, each with an own case file.
# What it shows: anna's 24 participants synced to the team; the teamleider handing eight to bert
# and eight to cem (their laptops receive them whole, anna's lets them go); and one conflict,
# both anna and tess asking an urgentie for the same participant offline, flagged for review.
#
#   packaging/team-demo.sh CLI FOLDER PASSPHRASE   makes it all anew in FOLDER (the old demo
#                                                   team there, and its server, go first)
#   packaging/team-demo.sh stop FOLDER             stops the demo's server
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ "${1:-}" == stop ]]; then
    tests/team/throwaway-postgres.sh stop "$2/postgres.state"
    exit 0
fi
cli="$1"
folder="$2"
export THUIS_PASSPHRASE="$3"
export THUIS_TEAM_PASSWORD="" # the demo server trusts its socket

mkdir -p "$folder"
state="$folder/postgres.state"
tests/team/throwaway-postgres.sh start "$state" # stops a server of an earlier demo first
socket="$(sed -n 1p "$state")"
port="$(sed -n 2p "$state")"
psql -h "$socket" -p "$port" -U postgres -qc "CREATE DATABASE thuisindewijk" >/dev/null
server="host=$socket port=$port dbname=thuisindewijk"
admin="$server user=postgres"
"$cli" team server init --server "$admin"
for person in tess:teamleider anna:begeleider bert:begeleider cem:begeleider; do
    "$cli" team user add "${person%%:*}" --role "${person##*:}" --team Noord --server "$admin" >/dev/null
done

rm -rf "$folder"/*.thuis "$folder"/*.thuis-wal "$folder"/*.thuis-shm "$folder"/*.thuis.team-* \
    "$folder"/*.thuis.backups
echo "Anna's dossierbestand met 24 verzonnen deelnemers..."
"$cli" demo generate "$folder/anna.thuis" --count 24 --seed 2026 --begeleiders 1 >/dev/null
# One more participant, early in the trajectory, for the conflict below.
trajectory="$(mktemp)"
cat >"$trajectory" <<'JSON'
{
    "profile": "amsterdam-2026",
    "deelnemer": {"id": "DEMO-TEAM", "naam": "Samen Tegelijk", "geboortedatum": "1990-05-01",
                  "huishouden": "alleenstaand"},
    "events": [
        {"type": "aanmelding", "date": "2026-10-01"},
        {"type": "toestemming_gegeven", "date": "2026-10-01"}
    ]
}
JSON
"$cli" store import "$folder/anna.thuis" "$trajectory" >/dev/null
rm -f "$trajectory"
for person in tess bert cem; do "$cli" store init "$folder/$person.thuis" >/dev/null; done

for person in anna tess bert cem; do
    "$cli" team join "$folder/$person.thuis" --user "$person" --server "$server" >/dev/null
done
echo "Anna synchroniseert; de teamleider ziet het hele team..."
"$cli" team sync "$folder/anna.thuis" 2>/dev/null | tail -n 1
"$cli" team sync "$folder/tess.thuis" 2>/dev/null | tail -n 1
echo "De teamleider draagt acht deelnemers over aan bert en acht aan cem..."
for number in $(seq 1 16); do
    to=bert
    ((number > 8)) && to=cem
    "$cli" team assign "$(printf 'DEMO-%05d' "$number")" "$to" --server "$server user=tess" >/dev/null
done
for person in bert cem anna; do "$cli" team sync "$folder/$person.thuis" 2>/dev/null | tail -n 1; done

echo "Een conflict: anna en tess vragen allebei, zonder het van elkaar te weten, een urgentie aan..."
"$cli" store event "$folder/anna.thuis" DEMO-TEAM urgentie_aangevraagd 2026-11-02 >/dev/null
"$cli" store event "$folder/tess.thuis" DEMO-TEAM urgentie_aangevraagd 2026-11-03 >/dev/null
"$cli" team sync "$folder/anna.thuis" 2>/dev/null | tail -n 1
"$cli" team sync "$folder/tess.thuis" 2>/dev/null | tail -n 1
"$cli" team sync "$folder/anna.thuis" 2>/dev/null | tail -n 1
