// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The headless entry of the `baton` binary (the contract is in ARCHITECTURE.md).

namespace Baton::Cli {

// True when the command line names a headless command (`baton plugins`, `baton --version`, …)
// rather than a folder or file to open in the window.
bool isHeadlessCommand(int argc, char **argv);

// Runs the headless command named by the command line; returns the process exit code.
// Makes its own QCoreApplication.
int run(int argc, char **argv);

} // namespace Baton::Cli
