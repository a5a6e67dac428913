// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "fuzzplugin.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QObject>

#include <cstdio>
#include <cstdlib>

// Exported by the moc output of the plugin class compiled into this executable.
extern "C" QObject *qt_plugin_instance();

namespace Baton::Fuzz {

const Sdk::IProviderProtocol &protocol()
{
    static const Sdk::IProviderProtocol *const instance = [] {
        auto *p = qobject_cast<Sdk::IProviderProtocol *>(qt_plugin_instance());
        if (!p)
            fail("the plugin's instance does not implement IProviderProtocol");
        return p;
    }();
    return *instance;
}

const QStringList &dialects()
{
    static const QStringList list = [] {
        QStringList result{QString()};
        QFile file(QStringLiteral(BATON_FUZZ_PLUGIN_JSON));
        if (!file.open(QIODevice::ReadOnly))
            fail("cannot read the plugin's JSON metadata");
        const QJsonArray array = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QStringLiteral("dialects"))
                                     .toArray();
        for (const QJsonValue &value : array)
            result.append(value.toString());
        return result;
    }();
    return list;
}

QString dialectFor(unsigned char selector)
{
    return dialects().at(selector % dialects().size());
}

QByteArray secretKey()
{
    return QByteArrayLiteral("sk-fuzz-7c1e9b0d4a");
}

Sdk::Endpoint endpoint(const QString &dialect)
{
    Sdk::Endpoint result;
    result.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    result.dialect = dialect;
    result.apiKey = secretKey();
    return result;
}

Sdk::ChatRequest chatRequest(unsigned char flags)
{
    Sdk::ChatRequest request;
    request.model = QStringLiteral("fuzz-model");
    request.thinking = static_cast<Sdk::ThinkingMode>(flags % 3);
    Sdk::ContentPart part;
    part.text = QStringLiteral("hello");
    Sdk::Message message;
    message.parts.append(part);
    request.messages.append(message);
    if (flags & 0x4) {
        Sdk::ToolDefinition tool;
        tool.name = QStringLiteral("read_file");
        tool.inputSchema = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}};
        request.tools.append(tool);
    }
    return request;
}

void quietLogging()
{
    if (!qEnvironmentVariableIsSet("BATON_FUZZ_VERBOSE"))
        QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
}

void fail(const char *what)
{
    std::fprintf(stderr, "baton-fuzz: invariant broken: %s\n", what);
    std::fflush(stderr);
    std::abort();
}

} // namespace Baton::Fuzz
