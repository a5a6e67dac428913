// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "cli/cli.h"

#include <QtWidgets/QApplication>

int main(int argc, char **argv)
{
    if (Baton::Cli::isHeadlessCommand(argc, argv))
        return Baton::Cli::run(argc, argv);
    QApplication app(argc, argv);
    return 0;
}
