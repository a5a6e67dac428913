// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors

// A shared library that is not a Qt plugin at all (no .qtmetadata section).

extern "C" __attribute__((visibility("default"))) int batonTestNotAPlugin()
{
    return 42;
}
