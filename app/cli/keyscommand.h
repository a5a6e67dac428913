// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

#include <QtCore/QStringList>

class QTextStream;

namespace Baton::Cli {

// `baton keys set PRESET [--file]`, `baton keys remove PRESET`, `baton keys list`: API keys in
// the system keyring, or — only when asked with --file, after a warning — in an owner-only file.
// The key is read from standard input (without echo on a terminal). Returns the exit code.
int runKeysCommand(const QStringList &options, QTextStream &out, QTextStream &err);

} // namespace Baton::Cli
