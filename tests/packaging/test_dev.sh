#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Baton authors
#
# packaging/dev: where the tests run, the stack is there, so it must choose a native build;
# and it builds its Debian 13 root from the host's own mirror: check that it reads the mirror
# from one-line and deb822 apt sources, skips security and third-party entries, and fails
# clearly when there is none.
set -u
dev="$1/packaging/dev"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() { # name expected actual
    if [ "$2" = "$3" ]; then echo "PASS $1"; else echo "FAIL $1: expected '$2', got '$3'"; failures=$((failures + 1)); fi
}

check native-detected "packaging/dev: this host has the stack; no root is needed" \
    "$(env -u BATON_DEV_NATIVE "$dev" root 2>&1)"
check help 0 "$("$dev" help >/dev/null 2>&1; echo $?)"
check unknown-command 2 "$("$dev" frobnicate >/dev/null 2>&1; echo $?)"

mkdir -p "$work/a/sources.list.d"
cat >"$work/a/sources.list" <<'L'
# a comment
deb http://security.example.org/debian-security bookworm-security main
deb [arch=amd64 signed-by=/usr/share/keyrings/x.gpg] http://mirror.example.org/debian bookworm main contrib
L
check one-line http://mirror.example.org/debian "$(BATON_DEV_APT_DIR="$work/a" "$dev" mirror)"

mkdir -p "$work/b/sources.list.d"
cat >"$work/b/sources.list.d/nodesource.sources" <<'L'
Types: deb
URIs: https://deb.nodesource.example/node_20.x
Suites: nodistro
Components: main
L
cat >"$work/b/sources.list.d/debian.sources" <<'L'
Types: deb
URIs: http://security.example.org/debian-security
Suites: bookworm-security
Components: main

Types: deb
URIs: http://deb822.example.org/debian
Suites: bookworm bookworm-updates
Components: main
L
check deb822 http://deb822.example.org/debian "$(BATON_DEV_APT_DIR="$work/b" "$dev" mirror)"

check override http://override.example.org/debian \
    "$(BATON_DEV_MIRROR=http://override.example.org/debian BATON_DEV_APT_DIR="$work/b" "$dev" mirror)"

mkdir -p "$work/c/sources.list.d"
message=$(BATON_DEV_APT_DIR="$work/c" "$dev" mirror 2>&1 >/dev/null)
status=$?
check none-fails 1 "$status"
case "$message" in *BATON_DEV_MIRROR*) echo "PASS none-explains" ;; *) echo "FAIL none-explains: $message"; failures=$((failures + 1)) ;; esac

exit "$failures"
