#!/usr/bin/env bash
# Installs what is missing, builds and runs the whole test suite.
#   ./test.sh           preset ci: warnings are errors
#   ./test.sh asan      preset asan: AddressSanitizer + UndefinedBehaviorSanitizer
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
preset="${1:-ci}"

packaging/install-dependencies.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset" -j2
