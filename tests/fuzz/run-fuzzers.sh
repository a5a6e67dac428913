#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Baton authors
#
# Builds the fuzz preset and runs every fuzzer for SECONDS (default 10), seeded from
# tests/fixtures/providers. Prints one line per fuzzer; exits non-zero when any fuzzer found a
# crash, a leak or a broken invariant (the crash file's path is printed, and kept under
# build/fuzz/artifacts). Run from anywhere, inside the build environment:
#
#     packaging/dev exec -- tests/fuzz/run-fuzzers.sh 10
#
# Environment: BATON_FUZZ_ONLY=REGEX runs only the fuzzers whose name matches;
# BATON_FUZZ_NO_BUILD=1 skips configuring and building.
set -euo pipefail

seconds=${1:-10}
top=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
build="$top/build/fuzz"
fixtures="$top/tests/fixtures/providers"
cd "$top"

if [ -z "${BATON_FUZZ_NO_BUILD:-}" ]; then
    start=$(date +%s)
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz
    echo "run-fuzzers: fuzz build took $(( $(date +%s) - start )) s"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/baton-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
artifacts="$build/artifacts"
mkdir -p "$artifacts"

# Seeds: the recorded streams behind the header bytes each fuzzer reads first (see the
# fuzzers' sources), copied into a fresh corpus so that the tree is never written to.
seed_decoder() { # dir
    local f i=0
    for f in "$fixtures"/*.sse "$fixtures"/*.ndjson; do
        i=$((i + 1))
        { printf '\000\000\000'; cat "$f"; } >"$1/fixture-$i"
        # the same stream in 1-, 2- and 7-byte reads
        { printf '\000\004\003\001\002\007'; cat "$f"; } >"$1/fixture-$i-split"
    done
}
seed_errors() { # dir
    local f i=0
    printf '\000\000\000\035retry-after: 3\n\n{"type":"error","error":{"type":"rate_limit_error","message":"slow down"}}' >"$1/429"
    printf '\000\000\000\201\n\n{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}' >"$1/529"
    printf '\000\000\000\000\n\n{"error":{"code":400,"message":"too long","status":"INVALID_ARGUMENT"}}' >"$1/400"
    printf '\000\004\001\367\n\n{"error":{"message":"Service unavailable","type":"server_error","code":"overloaded"}}' >"$1/503raw"
    printf '\000\001\000\000\n\n{"data":[{"id":"m1","display_name":"M1"}],"models":[{"name":"llama3"}]}' >"$1/models"
    printf '\000\001\000\000\n\n{"models":[{"name":"models/gemini-2.5-pro","displayName":"G","inputTokenLimit":1048576}]}' >"$1/gemini-models"
    for f in "$fixtures"/*.sse "$fixtures"/*.ndjson; do
        i=$((i + 1))
        { printf '\000\000\000\000\n\n'; cat "$f"; } >"$1/fixture-$i"
    done
}
seed_framing() { # dir
    local f i=0
    for f in "$fixtures"/*.sse "$fixtures"/*.ndjson; do
        i=$((i + 1))
        { printf '\001\000\003\001\002\007'; cat "$f"; } >"$1/sse-$i"
        { printf '\000\000\003\001\002\007'; cat "$f"; } >"$1/lines-$i"
    done
}

for symbolizer in llvm-symbolizer /usr/lib/llvm-*/bin/llvm-symbolizer; do
    if command -v "$symbolizer" >/dev/null 2>&1; then
        export ASAN_SYMBOLIZER_PATH=$(command -v "$symbolizer")
        break
    fi
done
# Without llvm-symbolizer (Debian's llvm-19 package), stacks of failures are symbolized here.
symbolize() {
    local line where
    while IFS= read -r line; do
        if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && command -v addr2line >/dev/null 2>&1 &&
            [[ $line =~ ^(\ *#[0-9]+\ 0x[0-9a-f]+)\ +\(([^+\)]+)\+(0x[0-9a-f]+)\) ]] &&
            [[ ${BASH_REMATCH[2]} == "$build"/* ]]; then
            where=$(addr2line -f -C -i -e "${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}" | paste -sd' ')
            printf '%s in %s\n' "${BASH_REMATCH[1]}" "$where"
        else
            printf '%s\n' "$line"
        fi
    done
}

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=0"
export LSAN_OPTIONS="suppressions=$top/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$top/tests/sanitizers/ubsan.supp"

failed=0
for fuzzer in "$build"/fuzz/fuzz_*; do
    [ -x "$fuzzer" ] || continue
    name=$(basename "$fuzzer")
    if [ -n "${BATON_FUZZ_ONLY:-}" ] && ! [[ $name =~ $BATON_FUZZ_ONLY ]]; then
        continue
    fi
    corpus="$work/$name"
    mkdir -p "$corpus" "$artifacts/$name"
    case "$name" in
        *_decoder) seed_decoder "$corpus" ;;
        *_errors) seed_errors "$corpus" ;;
        *) seed_framing "$corpus" ;;
    esac
    log="$work/$name.log"
    status=0
    "$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=25 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$name/" "$corpus" >"$log" 2>&1 ||
        status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n1 | cut -d' ' -f2)
    corp=$(grep -o 'corp: [0-9]*' "$log" | tail -n1 | cut -d' ' -f2)
    if [ "$status" -eq 0 ]; then
        printf '%-26s ok     %8s runs  cov %5s  corpus %5s  (%ss)\n' \
            "$name" "${runs:-?}" "${cov:-?}" "${corp:-?}" "$seconds"
    else
        failed=1
        crash=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n1)
        printf '%-26s FAILED (exit %s)  crash file: %s\n' "$name" "$status" "${crash:-none}"
        cp "$log" "$artifacts/$name/last-failure.log"
        echo "---- $name: end of log (full log in $artifacts/$name/last-failure.log) ----"
        grep -v '^#[0-9]' "$log" | tail -n 60 | symbolize
        echo "----"
    fi
done
exit "$failed"
