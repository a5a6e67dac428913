#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Baton authors
#
# Start-up benchmark (docs/benchmarks.md): under its own Xvfb, launches each editor found on
# PATH (baton, kate, geany) on a 2,000-line C++ file and on a 51 MiB, 1,000,000-line C file,
# RUNS times each after one warm-up run, and prints the median time from exec until the file is
# shown and the median resident memory 3 s later. Baton reports "shown" itself when
# BATON_BENCH_READY is set (after the editor's first paint; app/ui/mainwindow/benchreadyprobe.h),
# with the steps of its start-up; for Kate and Geany it is the moment their window title names
# the file (polled with xdotool). Each editor gets a fresh home, kept over its runs.
#
#   packaging/dev exec -- tests/bench/startup.sh [RUNS, default 5]          # Baton (release)
#   tests/bench/peers-root.sh exec -- tests/bench/startup.sh [RUNS]         # Kate and Geany
set -euo pipefail


median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
now_ns() { date +%s%N; }
rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo -; }

# One measured launch: prints "<ms to shown> <MiB resident 3 s later>" or "- -" on a timeout.
# Arguments: the editor's process name, how "shown" is seen (baton: its own report; title:
# the window title), the file, then the command.
launch() {
    local name=$1 kind=$2 file=$3
    shift 3
    local log start ready pid deadline
    log=$(mktemp)
    start=$(now_ns)
    if [ "$kind" = baton ]; then
        BATON_BENCH_READY=1 "$@" 2>"$log" >/dev/null &
        pid=$!
        deadline=$((start + 60000000000))
        while ! grep -q '^baton-bench-ready ' "$log"; do
            [ "$(now_ns)" -lt "$deadline" ] || break
            sleep 0.002
        done
        ready=$(awk '/^baton-bench-ready / { print $2; exit }' "$log")
        # The steps of start-up, in ms from exec, for the breakdown.
        awk -v s="$start" '/^baton-bench-(phase|ready) / { printf "%s %d\n", ($1 == "baton-bench-ready" ? "file-painted" : $3), ($2 - s) / 1000000 }' \
            "$log" >>"${PHASES:-/dev/null}"
    else
        "$@" >"$log" 2>&1 &
        pid=$!
        deadline=$((start + 60000000000))
        ready=
        while [ "$(now_ns)" -lt "$deadline" ]; do
            if xdotool search --onlyvisible --name "$(basename "$file")" >/dev/null 2>&1; then
                ready=$(now_ns)
                break
            fi
        done
    fi
    sleep 3
    # The editor itself, not a wrapper such as dbus-run-session.
    local rss main
    main=$(pgrep -n -x "$name" 2>/dev/null || echo "$pid")
    rss=$(rss_mib "$main")
    kill "$main" "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -f "$log"
    if [ -n "$ready" ]; then
        echo "$(( (ready - start) / 1000000 )) $rss"
    else
        echo "- $rss"
    fi
}

# RUNS measured launches after a warm-up; prints one result line.
measure() {
    local name=$1 kind=$2 file=$3
    shift 3
    local times=() rsses=() i result
    launch "$name" "$kind" "$file" "$@" >/dev/null
    for ((i = 0; i < runs; i++)); do
        result=$(launch "$name" "$kind" "$file" "$@")
        times+=("${result% *}")
        rsses+=("${result#* }")
    done
    printf '%-8s %-10s %8s ms %8s MiB   (runs: %s)\n' "$name" "$(basename "$file")" \
        "$(printf '%s\n' "${times[@]}" | grep -v '^-$' | median)" \
        "$(printf '%s\n' "${rsses[@]}" | grep -v '^-$' | median)" "${times[*]}"
}

runs=${1:-5}
work=$(mktemp -d /tmp/baton-startup.XXXXXX)
trap 'kill "${xvfb:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

# The two files: 2,000 lines of C++, and the 51 MiB C file of bench_largefile.
awk 'BEGIN { for (i = 0; i < 200; i++) {
    printf "// Function %d of the sample: sums what it is given.\n", i
    printf "#include <vector>\n"
    printf "namespace sample%d {\n", i
    printf "int total%d(const std::vector<int> &values)\n{\n", i
    printf "    int sum = 0; // the running total\n"
    printf "    for (int value : values)\n        sum += value * %d;\n", i
    printf "    return sum;\n}}\n" } }' >"$work/small.cpp"
awk 'BEGIN { for (b = 0; b < 100000; b++) {
    printf "/* Block %d: adds the squares of the values below its bound, then\n", b
    printf "   returns the total, as every other block of this generated file does. */\n"
    printf "static long accumulate_%d(const long *values, int count)\n{ /* body */\n", b
    printf "    const char *label = \"accumulate %d over its values\";\n", b
    printf "    long total = 0x%x; // start from the seed of this block\n", b
    printf "    for (int index = 0; index < count; ++index)\n"
    printf "        total += values[index] * values[index] - %d; /* the square */\n", b
    printf "    return label[0] == '\''a'\'' ? total : -total; /* never negative, in fact */\n}\n" } }' \
    >"$work/huge.c"

if [ -z "${DISPLAY:-}" ]; then
    display=:$((90 + RANDOM % 9))
    Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp -ac >/dev/null 2>&1 &
    xvfb=$!
    export DISPLAY=$display
    for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.05; done
fi

echo "start-up: exec until the file is shown, resident memory 3 s later; median of $runs runs"
echo "machine: $(nproc) cores, $(awk '/^model name/ { sub(/.*: /, ""); print; exit }' /proc/cpuinfo), Xvfb $DISPLAY"
echo

editor_home() {
    export HOME=$work/$1-home XDG_CONFIG_HOME=$work/$1-home/.config \
        XDG_DATA_HOME=$work/$1-home/.local/share XDG_CACHE_HOME=$work/$1-home/.cache \
        XDG_RUNTIME_DIR=$work/$1-run
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
}

found=0
if command -v baton >/dev/null; then
    found=1
    editor_home baton
    for file in "$work/small.cpp" "$work/huge.c"; do
        export PHASES=$work/phases-$(basename "$file")
        measure baton baton "$file" "$(command -v baton)" "$file"
        # The median moment each step of start-up ended (warm-up run included).
        printf '         steps (ms from exec):'
        for phase in main application services repository window shown file-painted; do
            printf ' %s %s' "$phase" "$(awk -v p="$phase" '$1 == p { print $2 }' "$PHASES" | median)"
        done
        echo
        unset PHASES
    done
fi
if command -v kate >/dev/null && command -v xdotool >/dev/null; then
    found=1
    editor_home kate
    for file in "$work/small.cpp" "$work/huge.c"; do
        measure kate title "$file" dbus-run-session -- kate -n "$file"
    done
fi
if command -v geany >/dev/null && command -v xdotool >/dev/null; then
    found=1
    editor_home geany
    for file in "$work/small.cpp" "$work/huge.c"; do
        measure geany title "$file" geany -i -c "$HOME/geany" "$file"
    done
fi
[ "$found" = 1 ] || { echo "startup.sh: none of baton, kate (+xdotool), geany (+xdotool) on PATH" >&2; exit 1; }
