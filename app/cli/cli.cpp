// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "cli.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTextStream>

#include <cstring>

namespace Baton::Cli {

static const char *const headlessCommands[] = {"plugins", "--version", "-v", "--help", "-h"};

bool isHeadlessCommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (const char *command : headlessCommands) {
        if (std::strcmp(argv[1], command) == 0)
            return true;
    }
    return false;
}

static void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("Baton::Cli",
                                       "Usage: baton [FOLDER | FILE]...\n"
                                       "       baton plugins [--json]\n"
                                       "       baton --version\n"
                                       "\n"
                                       "Without a command, opens the Baton window on FOLDER.\n"
                                       "  plugins    list the provider plugins found and any "
                                       "that were refused\n");
}

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("baton"));
    QCoreApplication::setOrganizationName(QStringLiteral("Baton"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "baton " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        printUsage(out);
        return 0;
    }
    // TODO(providers issue helper): `plugins`
    printUsage(err);
    return 2;
}

} // namespace Baton::Cli
