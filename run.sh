#!/usr/bin/env bash
# Installs what is missing, builds (preset dev) and starts Thuis in de Wijk.
#   ./run.sh             on a demo case file of fictitious participants (made on the first run,
#                        its passphrase printed), so that a newcomer sees a living caseload
#   ./run.sh --echt      without the demo: the normal first start (welcome page: a new case
#                        file of your own, or the last one you opened)
#   ./run.sh --team-demo a demo team (issue 19): a throwaway PostgreSQL 15 on this machine, a
#                        teamleider and three begeleiders with a case file each, a handover and
#                        a flagged conflict; the app opens the teamleider's file
#                        (packaging/team-demo.sh; ./run.sh --team-demo-stop stops its server)
# Other arguments are passed to the application, e.g. ./run.sh --lang en
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

packaging/install-dependencies.sh
cmake --preset dev >/dev/null
# Only what the app and the demo need (about a third of the targets); ./test.sh builds the tests.
cmake --build --preset dev --target thuisindewijk thuisindewijk-cli

app=build/dev/app/gui/thuisindewijk
cli=build/dev/app/cli/thuisindewijk-cli
arguments=()
use_demo=yes
team_demo=no
for argument in "$@"; do
    case "$argument" in
    --echt) use_demo=no ;;
    --team-demo) team_demo=yes ;;
    --team-demo-stop)
        packaging/team-demo.sh stop "${XDG_DATA_HOME:-$HOME/.local/share}/ThuisInDeWijk/team-demo"
        exit 0
        ;;
    *) arguments+=("$argument") ;;
    esac
    case "$argument" in --store*) use_demo=no ;; esac
done

if [ "$team_demo" = yes ]; then
    # Fictitious data only: one passphrase for the four demo files, printed.
    team_dir="${XDG_DATA_HOME:-$HOME/.local/share}/ThuisInDeWijk/team-demo"
    passphrase="teamdemo kievit havenkade regenjas 42"
    packaging/team-demo.sh "$cli" "$team_dir" "$passphrase"
    echo
    echo "Demo-team Noord op een tijdelijke PostgreSQL (stoppen: ./run.sh --team-demo-stop)."
    echo "Dossierbestanden: $team_dir/{tess,anna,bert,cem}.thuis"
    echo "Wachtwoord van alle vier: $passphrase"
    echo "De app opent dat van teamleider tess: Bewerken > Voorkeuren > Rol: Teamleider voor het"
    echo "Teamdashboard en Overdragen; Bestand > Te beoordelen... toont het conflict; F5 synchroniseert."
    echo "Een collega erbij: een tweede ./run.sh --echt en daarin bijvoorbeeld $team_dir/bert.thuis openen."
    echo
    use_demo=no
    arguments+=(--store "$team_dir/tess.thuis")
fi

if [ "$use_demo" = yes ]; then
    # Fictitious data only, so its passphrase may be kept beside it (0600) and printed each time;
    # a real case file's passphrase is never written anywhere.
    demo_dir="${XDG_DATA_HOME:-$HOME/.local/share}/ThuisInDeWijk/demo"
    demo="$demo_dir/demo.thuis"
    secret="$demo_dir/wachtwoord-demo.txt"
    if [ ! -f "$demo" ] || [ ! -f "$secret" ]; then
        mkdir -p "$demo_dir"
        rm -f "$demo" "$demo-wal" "$demo-shm"
        words=(kraanvogel zomerregen fietsbel lantaarn havenkade tulpenveld molenwiek dijkpad
               zeemeeuw klompendans boterbloem stoomfluit grachtbrug regenjas kievit hooiberg)
        passphrase=""
        for _ in 1 2 3 4; do passphrase+="${words[RANDOM % ${#words[@]}]} "; done
        passphrase+="$((RANDOM % 90 + 10))"
        (umask 077 && printf '%s\n' "$passphrase" > "$secret")
        echo "Demo-dossierbestand maken met 400 verzonnen deelnemers..."
        THUIS_PASSPHRASE="$passphrase" "$cli" demo generate "$demo" --count 400 --seed 2026 --begeleiders 8
    fi
    echo
    echo "Demo-dossierbestand: $demo"
    echo "Wachtwoord:          $(cat "$secret")"
    echo "Teamdashboard: Bewerken > Voorkeuren > Rol: Teamleider, dan Beeld > Teamdashboard (Ctrl+Shift+D)."
    echo "Een eigen dossierbestand: ./run.sh --echt"
    echo
    arguments+=(--store "$demo")
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "Geen beeldscherm gevonden (DISPLAY is leeg): de app start onder xvfb-run, onzichtbaar." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "${arguments[@]}"
fi
exec "$app" "${arguments[@]}"
