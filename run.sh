#!/usr/bin/env bash
# Installs what is missing, builds (preset dev) and starts Thuis in de Wijk.
# Arguments are passed to the application, e.g. ./run.sh --lang en
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

packaging/install-dependencies.sh
cmake --preset dev >/dev/null
cmake --build --preset dev

app=build/dev/app/gui/thuisindewijk
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "Geen beeldscherm gevonden (DISPLAY is leeg): de app start onder xvfb-run, onzichtbaar." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
fi
exec "$app" "$@"
