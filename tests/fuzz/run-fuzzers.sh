#!/usr/bin/env bash
# Builds the libFuzzer targets (preset fuzz) and runs each for SECONDS (default 60) from a seed
# corpus made of the project's own files: form definitions, rule profiles, trajectories, form
# rules, answers and PDFs. A crash, a hang (10 s per input), 2 GB of memory or a sanitizer report
# fails the run, with the input saved under build/fuzz/crashes/TARGET/ to become a regression
# test. (Leak detection is off: Qt's one-time allocations at exit are not leaks.)
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(form_expression form_definition trajectory answers rule_profile pdf_signatures strict_json)

packaging/install-dependencies.sh
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

work=build/fuzz/corpus
rm -rf "$work" && mkdir -p "$work"
seed() { # seed TARGET FILE...: copies files into the target's corpus
    local target="$1"; shift
    mkdir -p "$work/$target"
    for file in "$@"; do
        if [ -f "$file" ]; then cp "$file" "$work/$target/$(echo "$file" | tr '/' '_')"; fi
    done
    return 0
}
seed form_definition forms/*/*.json tests/tooling/fixtures/forms-bad/*/*.json
seed rule_profile forms/rules/*.json
seed trajectory tests/core/trajectories/*.json
seed strict_json tests/core/trajectories/*.json forms/rules/*.json
seed answers tests/tooling/fixtures/forms-answers/*.json
seed pdf_signatures $(find tests -name '*.pdf' | head -20)
# Every input that once crashed a target is replayed first (tests/fuzz/regressions/TARGET/).
for folder in tests/fuzz/regressions/*/; do
    seed "$(basename "$folder")" "$folder"*
done
# The form rules of every definition, one per file.
mkdir -p "$work/form_expression"
python3 - "$work/form_expression" forms <<'PY'
import json, pathlib, sys
out, n = pathlib.Path(sys.argv[1]), 0
def walk(node):
    global n
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("relevant", "constraint", "required") and isinstance(value, str):
                n += 1; (out / f"rule{n}").write_text(value)
            walk(value)
    elif isinstance(node, list):
        for value in node: walk(value)
for path in pathlib.Path(sys.argv[2]).glob("*/*.json"):
    walk(json.loads(path.read_text()))
PY
# A small PDF of our own when the tests hold none (made by the CLI's blank form).
if [ -z "$(ls -A "$work/pdf_signatures" 2>/dev/null)" ] && [ -x build/ci/app/cli/thuisindewijk-cli ]; then
    build/ci/app/cli/thuisindewijk-cli pdf blank --form supplement-wgh --edition 2026 \
        --out "$work/pdf_signatures/blank.pdf" >/dev/null 2>&1 || true
fi

export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"  # Qt's one-time allocations are not leaks
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen
status=0
for target in "${targets[@]}"; do
    mkdir -p "build/fuzz/crashes/$target" "$work/$target"
    log="build/fuzz/$target.log"
    echo "== fuzz_$target: ${seconds} s, $(ls "$work/$target" | wc -l) seed inputs"
    if build/fuzz/tests/fuzz/fuzz_"$target" "$work/$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="build/fuzz/crashes/$target/" >"$log" 2>&1; then
        { grep -E "^stat::number_of_executed_units|^stat::new_units_added" "$log" || true; } | tr '\n' ' '
        echo
    else
        echo "fuzz_$target FOUND A PROBLEM (input in build/fuzz/crashes/$target/):"
        { grep -E "ERROR|SUMMARY|runtime error|Test unit written" "$log" || tail -5 "$log"; } | head -10
        status=1
    fi
done
exit $status
