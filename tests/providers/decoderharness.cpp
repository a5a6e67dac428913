// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "decoderharness.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QPluginLoader>

#include <memory>
#include <vector>

namespace Baton::Test {

Sdk::IProviderProtocol *loadProtocol(const QString &path, QString *error)
{
    // Kept until the process exits: the protocol lives in the loaded library.
    static std::vector<std::unique_ptr<QPluginLoader>> loaders;
    loaders.push_back(std::make_unique<QPluginLoader>(path));
    QPluginLoader *loader = loaders.back().get();
    QObject *instance = loader->instance();
    auto *protocol = qobject_cast<Sdk::IProviderProtocol *>(instance);
    if (!protocol && error)
        *error = loader->errorString();
    return protocol;
}

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(BATON_PROVIDER_FIXTURES_DIR "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<Sdk::StreamEvent> decode(const Sdk::IProviderProtocol &protocol, const Sdk::Endpoint &endpoint,
                               const Sdk::ChatRequest &request, const QByteArray &body,
                               const QList<qsizetype> &splits)
{
    std::unique_ptr<Sdk::IStreamDecoder> decoder = protocol.createDecoder(endpoint, request);
    QList<Sdk::StreamEvent> events;
    qsizetype from = 0;
    for (qsizetype at : splits) {
        events += decoder->feed(QByteArrayView(body).sliced(from, at - from));
        from = at;
    }
    events += decoder->feed(QByteArrayView(body).sliced(from));
    events += decoder->finish();
    return events;
}

bool decodesTheSameInEverySplit(const Sdk::IProviderProtocol &protocol,
                                const Sdk::Endpoint &endpoint, const Sdk::ChatRequest &request,
                                const QByteArray &body, QList<Sdk::StreamEvent> *events,
                                QString *problem)
{
    const QList<Sdk::StreamEvent> whole = decode(protocol, endpoint, request, body);
    const QByteArray expected = toJsonLines(whole);
    if (events)
        *events = whole;
    for (qsizetype split = 1; split < body.size(); ++split) {
        const QByteArray got = toJsonLines(decode(protocol, endpoint, request, body, {split}));
        if (got != expected) {
            *problem = QStringLiteral("split at byte %1 gives different events:\n%2\n--- instead of "
                                      "---\n%3")
                           .arg(split)
                           .arg(QString::fromUtf8(got), QString::fromUtf8(expected));
            return false;
        }
    }
    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < body.size(); ++i)
        everyByte.append(i);
    const QByteArray bytewise = toJsonLines(decode(protocol, endpoint, request, body, everyByte));
    if (bytewise != expected) {
        *problem = QStringLiteral("one byte at a time gives different events:\n%1")
                       .arg(QString::fromUtf8(bytewise));
        return false;
    }
    return true;
}

static QString kindName(Sdk::EventKind kind)
{
    switch (kind) {
    case Sdk::EventKind::TextDelta: return QStringLiteral("text");
    case Sdk::EventKind::ThinkingDelta: return QStringLiteral("thinking");
    case Sdk::EventKind::RedactedThinking: return QStringLiteral("redacted_thinking");
    case Sdk::EventKind::ToolCallStart: return QStringLiteral("tool_call_start");
    case Sdk::EventKind::ToolCallArgsDelta: return QStringLiteral("tool_call_args");
    case Sdk::EventKind::ToolCallEnd: return QStringLiteral("tool_call_end");
    case Sdk::EventKind::Usage: return QStringLiteral("usage");
    case Sdk::EventKind::Stop: return QStringLiteral("stop");
    case Sdk::EventKind::Error: return QStringLiteral("error");
    }
    return QStringLiteral("unknown");
}

static QString stopName(Sdk::StopReason reason)
{
    switch (reason) {
    case Sdk::StopReason::EndTurn: return QStringLiteral("end_turn");
    case Sdk::StopReason::MaxTokens: return QStringLiteral("max_tokens");
    case Sdk::StopReason::ToolUse: return QStringLiteral("tool_use");
    case Sdk::StopReason::StopSequence: return QStringLiteral("stop_sequence");
    case Sdk::StopReason::Refusal: return QStringLiteral("refusal");
    case Sdk::StopReason::Other: return QStringLiteral("other");
    }
    return QStringLiteral("unknown");
}

static QString errorKindName(Sdk::ErrorKind kind)
{
    switch (kind) {
    case Sdk::ErrorKind::Auth: return QStringLiteral("auth");
    case Sdk::ErrorKind::Forbidden: return QStringLiteral("forbidden");
    case Sdk::ErrorKind::RateLimited: return QStringLiteral("rate_limited");
    case Sdk::ErrorKind::QuotaExhausted: return QStringLiteral("quota_exhausted");
    case Sdk::ErrorKind::Overloaded: return QStringLiteral("overloaded");
    case Sdk::ErrorKind::Server: return QStringLiteral("server");
    case Sdk::ErrorKind::Network: return QStringLiteral("network");
    case Sdk::ErrorKind::BadRequest: return QStringLiteral("bad_request");
    case Sdk::ErrorKind::ContextTooLong: return QStringLiteral("context_too_long");
    case Sdk::ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case Sdk::ErrorKind::Protocol: return QStringLiteral("protocol");
    }
    return QStringLiteral("unknown");
}

QByteArray toJsonLines(const QList<Sdk::StreamEvent> &events)
{
    QByteArray out;
    for (const Sdk::StreamEvent &event : events) {
        QJsonObject o{{QStringLiteral("kind"), kindName(event.kind)},
                      {QStringLiteral("index"), event.index}};
        switch (event.kind) {
        case Sdk::EventKind::TextDelta:
        case Sdk::EventKind::ToolCallArgsDelta:
            o.insert(QStringLiteral("text"), event.text);
            break;
        case Sdk::EventKind::ThinkingDelta:
            o.insert(QStringLiteral("text"), event.text);
            if (!event.signature.isEmpty())
                o.insert(QStringLiteral("signature"), QString::fromUtf8(event.signature));
            break;
        case Sdk::EventKind::RedactedThinking:
            o.insert(QStringLiteral("data"), QString::fromUtf8(event.data));
            break;
        case Sdk::EventKind::ToolCallStart:
            o.insert(QStringLiteral("id"), event.id);
            o.insert(QStringLiteral("name"), event.name);
            break;
        case Sdk::EventKind::ToolCallEnd:
            break;
        case Sdk::EventKind::Usage:
            o.insert(QStringLiteral("input"), event.usage.inputTokens);
            o.insert(QStringLiteral("output"), event.usage.outputTokens);
            o.insert(QStringLiteral("cache_read"), event.usage.cacheReadTokens);
            o.insert(QStringLiteral("cache_write"), event.usage.cacheWriteTokens);
            break;
        case Sdk::EventKind::Stop:
            o.insert(QStringLiteral("reason"), stopName(event.stopReason));
            o.insert(QStringLiteral("raw"), event.text);
            break;
        case Sdk::EventKind::Error:
            o.insert(QStringLiteral("error_kind"), errorKindName(event.error.kind));
            o.insert(QStringLiteral("status"), event.error.httpStatus);
            o.insert(QStringLiteral("code"), event.error.code);
            o.insert(QStringLiteral("message"), event.error.message);
            if (event.error.retryAfterMs >= 0)
                o.insert(QStringLiteral("retry_after_ms"), event.error.retryAfterMs);
            break;
        }
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

bool matchesGolden(const QString &name, const QByteArray &actual, QString *problem)
{
    const QString path = QStringLiteral(BATON_SOURCE_DIR "/tests/providers/golden/") + name
                         + QStringLiteral(".jsonl");
    if (qEnvironmentVariableIsSet("BATON_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(actual) != actual.size()) {
            *problem = QStringLiteral("could not write ") + path;
            return false;
        }
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("no golden file %1; run tests/providers/update-golden.sh").arg(path);
        return false;
    }
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return true;
    const QList<QByteArray> want = expected.split('\n');
    const QList<QByteArray> got = actual.split('\n');
    for (qsizetype i = 0; i < std::max(want.size(), got.size()); ++i) {
        if (want.value(i) != got.value(i)) {
            *problem = QStringLiteral("%1 differs at event %2:\n  expected %3\n  actual   %4")
                           .arg(path)
                           .arg(i + 1)
                           .arg(QString::fromUtf8(want.value(i)), QString::fromUtf8(got.value(i)));
            return false;
        }
    }
    return false;
}

} // namespace Baton::Test
