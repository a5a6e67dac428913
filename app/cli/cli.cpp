// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "cli.h"
#include "chatcommand.h"
#include "keyscommand.h"
#include "modelscommand.h"

#include "core/providers/providerhost.h"
#include "core/settings/uilanguage.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTextStream>

#include <cstring>

namespace Baton::Cli {

static const char *const headlessCommands[]
    = {"chat", "keys", "plugins", "models", "--version", "-v", "--help", "-h"};

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
                                       "       baton chat --model PRESET/MODEL [OPTIONS] [PROMPT]\n"
                                       "       baton keys set|remove PRESET | baton keys list\n"
                                       "       baton models [--json]\n"
                                       "       baton plugins [--json]\n"
                                       "       baton --version\n"
                                       "\n"
                                       "Without a command, opens the Baton window on FOLDER.\n"
                                       "  chat       ask a model (see `baton chat --help`)\n"
                                       "  keys       store API keys in the system keyring\n"
                                       "  models     list presets and models, and whether each "
                                       "can be used now\n"
                                       "  plugins    list the provider plugins found and any "
                                       "that were refused\n");
}

// Every plugin found (usable or refused) and every other file that could not be used.
static QJsonArray pluginsAsJson(const Core::ProviderHost &host)
{
    QJsonArray array;
    QSet<QString> listed;
    for (const Core::PluginInfo &plugin : host.plugins()) {
        listed.insert(plugin.filePath);
        array.append(QJsonObject{
            {QStringLiteral("protocol"), plugin.protocol},
            {QStringLiteral("displayName"), plugin.displayName},
            {QStringLiteral("abi"), QJsonObject{{QStringLiteral("major"), plugin.abiMajor},
                                                {QStringLiteral("minor"), plugin.abiMinor}}},
            {QStringLiteral("dialects"), QJsonArray::fromStringList(plugin.dialects)},
            {QStringLiteral("file"), plugin.filePath},
            {QStringLiteral("usable"), plugin.usable},
            {QStringLiteral("problem"), plugin.problem},
        });
    }
    for (const Core::PluginProblem &problem : host.problems()) {
        if (listed.contains(problem.filePath))
            continue;
        array.append(QJsonObject{
            {QStringLiteral("file"), problem.filePath},
            {QStringLiteral("usable"), false},
            {QStringLiteral("problem"), problem.reason},
        });
    }
    return array;
}

static int listPlugins(const QStringList &options, QTextStream &out, QTextStream &err)
{
    const bool json = options.contains(QLatin1String("--json"));
    for (const QString &option : options) {
        if (option != QLatin1String("--json")) {
            err << QCoreApplication::translate("Baton::Cli", "baton plugins: unknown option %1")
                       .arg(option)
                << '\n';
            printUsage(err);
            return 2;
        }
    }

    Core::ProviderHost host(Core::ProviderHost::defaultSearchDirs());
    // A command-line run has no window to keep responsive: scanning in place is fine here.
    host.scanNow();
    if (json) {
        out << QJsonDocument(pluginsAsJson(host)).toJson(QJsonDocument::Indented);
        return 0;
    }

    qsizetype protocolWidth = 0;
    qsizetype nameWidth = 0;
    for (const Core::PluginInfo &plugin : host.plugins()) {
        if (plugin.usable) {
            protocolWidth = qMax(protocolWidth, plugin.protocol.size());
            nameWidth = qMax(nameWidth, plugin.displayName.size());
        }
    }
    bool any = false;
    for (const Core::PluginInfo &plugin : host.plugins()) {
        if (!plugin.usable)
            continue;
        any = true;
        out << plugin.protocol.leftJustified(protocolWidth) << "  "
            << plugin.displayName.leftJustified(nameWidth) << "  "
            << QCoreApplication::translate("Baton::Cli", "ABI %1.%2")
                   .arg(plugin.abiMajor)
                   .arg(plugin.abiMinor)
            << "  " << plugin.filePath << '\n';
    }
    if (!any) {
        out << QCoreApplication::translate("Baton::Cli",
                                           "No usable provider plugin was found. Searched: %1")
                   .arg(host.searchDirs().join(QLatin1String(", ")))
            << '\n';
    }
    for (const Core::PluginProblem &problem : host.problems())
        out << QCoreApplication::translate("Baton::Cli", "refused %1: %2")
                   .arg(problem.filePath, problem.reason)
            << '\n';
    return 0;
}

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("baton"));
    QCoreApplication::setOrganizationName(QStringLiteral("Baton"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));
    // Messages for people follow the interface language; JSON output never changes with it.
    Core::UiLanguage language;
    language.apply();
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
    if (command == QLatin1String("chat"))
        return runChatCommand(args.mid(2), out, err);
    if (command == QLatin1String("keys"))
        return runKeysCommand(args.mid(2), out, err);
    if (command == QLatin1String("models"))
        return runModelsCommand(args.mid(2), out, err);
    if (command == QLatin1String("plugins"))
        return listPlugins(args.mid(2), out, err);
    printUsage(err);
    return 2;
}

} // namespace Baton::Cli
