#!/usr/bin/env bash
# Runs every benchmark once, with the arguments docs/benchmarks.md records, and prints the
# machine first, so that one log shows the whole performance picture of one build on one
# machine. Speed goals are read from this output, never asserted in tests.
#   cmake --build --preset ci --target bench          (or: tests/benchmarks/run-all.sh build/ci)
# The case files it generates are kept in $THUIS_BENCH_DIR (default /tmp/thuis-bench) so that
# a second run skips the minutes of setup.
set -euo pipefail
build="${1:?usage: run-all.sh BUILD_DIR}"
bin="$build/tests/benchmarks"
keep="${THUIS_BENCH_DIR:-/tmp/thuis-bench}"
mkdir -p "$keep"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

echo "== machine"
echo "date:     $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "revision: $(git -C "$(dirname "$0")" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "cpu:      $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores"
echo "memory:   $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
echo "system:   $(. /etc/os-release && echo "$PRETTY_NAME"), $(uname -r)"
echo "build:    $build ($(grep -m1 CMAKE_BUILD_TYPE "$build/CMakeCache.txt" | cut -d= -f2))"

run() {
    echo
    echo "== $*"
    "$@"
}

run "$bin/trajectory_benchmark" 9
run "$bin/store_key_benchmark" 5
# The page counter (LD_PRELOAD) adds the pages SQLCipher ciphers per commit, autosave and sync item.
counter="$bin/libcipher_page_counter.so"
LD_PRELOAD="$counter" run "$bin/store_benchmark" 10000 3 2000
run "$(dirname "$0")/sqlcipher-shell-comparison.sh" 3000 5
THUIS_BENCH_STORE="$keep/caseload.thuis" run "$bin/caseload_benchmark" 10000 5
THUIS_BENCH_STORE="$keep/forms.thuis" run "$bin/form_benchmark" 1000 1000
run "$bin/pdf_benchmark" 20 5
THUIS_BENCH_STORE="$keep/dashboard.thuis" run "$bin/dashboard_benchmark" 10000 9
LD_PRELOAD="$counter" run "$bin/team_sync_benchmark" 400 10000
