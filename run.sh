#!/usr/bin/env bash
# Installs what is missing, builds (preset dev) and starts Thuis in de Wijk.
#   ./run.sh             on a demo case file of fictitious participants (made on the first run,
#                        its passphrase printed), so that a newcomer sees a living caseload
#   ./run.sh --echt      without the demo: the normal first start (welcome page: a new case
#                        file of your own, or the last one you opened)
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
for argument in "$@"; do
    if [ "$argument" = "--echt" ]; then use_demo=no; else arguments+=("$argument"); fi
    case "$argument" in --store*) use_demo=no ;; esac
done

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
