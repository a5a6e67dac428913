#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Baton authors
#
# A Debian 13 root for benchmarks only: the peers Baton is measured against (Kate, Geany) and
# the X tools the start-up benchmark needs. Separate from packaging/dev's build root so that
# adding peers never forces everyone to rebuild that one. Cached under
# ${BATON_DEV_CACHE:-~/.cache/baton-dev}/bench-<hash>; prints the root's path.
#
#   tests/bench/peers-root.sh            create (once) and print the path
#   tests/bench/peers-root.sh exec CMD   run CMD inside it (the worktree and /tmp are bound)
set -euo pipefail

self=$(readlink -f "${BASH_SOURCE[0]}")
top=$(dirname "$(dirname "$(dirname "$self")")")
suite=trixie
packages="kate geany xdotool x11-utils xvfb xauth dbus dbus-x11 procps fonts-dejavu-core"

die() { printf 'peers-root: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "needs root (mmdebstrap --mode=root, chroot)"

cache="${BATON_DEV_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/baton-dev}"
key=$({ echo "suite=$suite"; echo "$packages" | tr ' ' '\n' | sort; } | sha256sum | cut -c1-16)
root="$cache/bench-$key"

if [ ! -f "$root/.bench-root-complete" ]; then
    mkdir -p "$cache"
    exec 8>"$cache/bench.lock"
    flock -x 8
    if [ ! -f "$root/.bench-root-complete" ]; then
        rm -rf --one-file-system "$root.partial"
        mirror=$("$top/packaging/dev" mirror)
        unshare --mount --propagation private -- \
            mmdebstrap --mode=root --variant=apt --include="$(echo "$packages" | tr ' ' ,)" \
            "$suite" "$root.partial" "deb $mirror $suite main" >&2
        echo "$key" >"$root.partial/.bench-root-complete"
        mv "$root.partial" "$root"
    fi
    exec 8>&-
fi

if [ "${1:-}" != exec ]; then
    echo "$root"
    exit 0
fi
shift
[ "${1:-}" = -- ] && shift
# In a private mount namespace: the binds vanish when the command exits.
exec unshare --mount --propagation private -- /bin/sh -c '
    root=$1; shift
    [ -s "$root/etc/machine-id" ] || tr -d - </proc/sys/kernel/random/uuid >"$root/etc/machine-id"
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --rbind /sys "$root/sys"
    for p in "$PWD" /tmp; do mkdir -p "$root$p"; mount --rbind "$p" "$root$p"; done
    dir=$PWD
    exec chroot "$root" /bin/sh -c "cd \"\$0\" && exec \"\$@\"" "$dir" "$@"
' sh "$root" "$@"
