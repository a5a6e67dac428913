#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Baton authors
# Rewrites tests/providers/golden/*.jsonl from the current decoders. Run after a deliberate
# change to a decoder, then review `git diff tests/providers/golden`.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
packaging/dev build asan
BATON_UPDATE_GOLDEN=1 BATON_DEV_NO_BUILD=1 BATON_PRESET=asan packaging/dev exec -- \
    ctest --preset asan -R 'protocol$' "$@"
