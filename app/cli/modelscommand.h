// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

#include <QtCore/QStringList>

class QTextStream;

namespace Baton::Cli {

// `baton models [--json]`: every preset and its models, with whether each can be used now (a
// key found; a local server running). Runs the event loop of the QCoreApplication that exists.
// Returns the exit code.
int runModelsCommand(const QStringList &options, QTextStream &out, QTextStream &err);

} // namespace Baton::Cli
