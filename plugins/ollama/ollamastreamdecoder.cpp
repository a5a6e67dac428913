// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "ollamastreamdecoder.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>

namespace Baton::Plugin {

using namespace Qt::StringLiterals;

static Q_LOGGING_CATEGORY(lcOllama, "baton.plugin.ollama", QtInfoMsg)

QList<Sdk::StreamEvent> OllamaStreamDecoder::feed(QByteArrayView bytes)
{
    QList<Sdk::StreamEvent> events;
    if (isOver())
        return events;
    decodeLines(m_lines.feed(bytes), events);
    if (m_lines.overflowed() && !isOver())
        fail(u"a line of the Ollama stream is longer than 16 MiB"_s, events);
    return events;
}

QList<Sdk::StreamEvent> OllamaStreamDecoder::finish()
{
    QList<Sdk::StreamEvent> events;
    if (isOver())
        return events;
    // A last line without a terminator is complete once the body has ended.
    decodeLines(m_lines.finish(), events);
    if (!isOver())
        fail(u"the Ollama stream ended before its final (done) line"_s, events);
    return events;
}

Sdk::ErrorKind OllamaStreamDecoder::kindForMessage(const QString &message)
{
    // Ollama says `model "x" not found, try pulling it first`: the request names a model this
    // server does not have, which no retry fixes.
    if (message.contains("not found"_L1, Qt::CaseInsensitive))
        return Sdk::ErrorKind::BadRequest;
    return Sdk::ErrorKind::Server;
}

void OllamaStreamDecoder::decodeLines(const QList<QByteArray> &lines,
                                      QList<Sdk::StreamEvent> &events)
{
    for (const QByteArray &line : lines) {
        if (isOver())
            return;
        decodeLine(line, events);
    }
}

void OllamaStreamDecoder::decodeLine(const QByteArray &line, QList<Sdk::StreamEvent> &events)
{
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(u"a line of the Ollama stream is not a JSON object"_s, events);
        return;
    }
    const QJsonObject chunk = document.object();

    const QJsonValue error = chunk.value("error"_L1);
    if (!error.isUndefined() && !error.isNull()) {
        Sdk::StreamEvent event;
        event.kind = Sdk::EventKind::Error;
        // Proxies in front of Ollama sometimes nest the message OpenAI-style.
        event.error.message = error.isObject() ? error["message"_L1].toString() : error.toString();
        if (event.error.message.isEmpty())
            event.error.message = u"Ollama reported an error without a message"_s;
        event.error.kind = kindForMessage(event.error.message);
        events.append(event);
        m_failed = true;
        return;
    }

    const QJsonObject message = chunk.value("message"_L1).toObject();
    const QString thinking = message.contains("thinking"_L1)
                                 ? message.value("thinking"_L1).toString()
                                 : chunk.value("thinking"_L1).toString();
    const QString content = message.contains("content"_L1) ? message.value("content"_L1).toString()
                                                           : chunk.value("response"_L1).toString();
    appendDelta(Block::Thinking, thinking, events);
    appendDelta(Block::Text, content, events);
    decodeToolCalls(message.value("tool_calls"_L1).toArray(), events);

    if (chunk.value("done"_L1).toBool())
        decodeDone(chunk, events);
}

void OllamaStreamDecoder::decodeToolCalls(const QJsonArray &calls, QList<Sdk::StreamEvent> &events)
{
    for (const QJsonValue &call : calls) {
        const QJsonObject function = call["function"_L1].toObject();
        const int index = ++m_index;
        m_block = Block::None;

        Sdk::StreamEvent start;
        start.kind = Sdk::EventKind::ToolCallStart;
        start.index = index;
        start.id = call["id"_L1].toString();
        if (start.id.isEmpty())
            start.id = u"call_"_s + QString::number(m_toolCalls);
        ++m_toolCalls;
        start.name = function["name"_L1].toString();
        events.append(start);

        const QJsonValue arguments = function["arguments"_L1];
        Sdk::StreamEvent args;
        args.kind = Sdk::EventKind::ToolCallArgsDelta;
        args.index = index;
        if (arguments.isString())
            args.text = arguments.toString();
        else if (arguments.isObject())
            args.text = QString::fromUtf8(
                QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact));
        else
            args.text = u"{}"_s;
        events.append(args);

        Sdk::StreamEvent end;
        end.kind = Sdk::EventKind::ToolCallEnd;
        end.index = index;
        events.append(end);
    }
}

void OllamaStreamDecoder::decodeDone(const QJsonObject &chunk, QList<Sdk::StreamEvent> &events)
{
    m_done = true;
    if (chunk.contains("prompt_eval_count"_L1) || chunk.contains("eval_count"_L1)) {
        Sdk::StreamEvent usage;
        usage.kind = Sdk::EventKind::Usage;
        usage.usage.inputTokens = chunk.value("prompt_eval_count"_L1).toInteger();
        usage.usage.outputTokens = chunk.value("eval_count"_L1).toInteger();
        events.append(usage);
    }

    Sdk::StreamEvent stop;
    stop.kind = Sdk::EventKind::Stop;
    stop.text = chunk.value("done_reason"_L1).toString();
    if (stop.text.isEmpty() || stop.text == "stop"_L1)
        stop.stopReason = m_toolCalls > 0 ? Sdk::StopReason::ToolUse : Sdk::StopReason::EndTurn;
    else if (stop.text == "length"_L1)
        stop.stopReason = Sdk::StopReason::MaxTokens;
    else
        stop.stopReason = Sdk::StopReason::Other;
    events.append(stop);
}

void OllamaStreamDecoder::appendDelta(Block block, const QString &text,
                                      QList<Sdk::StreamEvent> &events)
{
    if (text.isEmpty())
        return;
    if (m_block != block) {
        m_block = block;
        ++m_index;
    }
    Sdk::StreamEvent event;
    event.kind
        = block == Block::Thinking ? Sdk::EventKind::ThinkingDelta : Sdk::EventKind::TextDelta;
    event.index = m_index;
    event.text = text;
    events.append(event);
}

void OllamaStreamDecoder::fail(const QString &message, QList<Sdk::StreamEvent> &events)
{
    qCWarning(lcOllama).noquote() << message;
    Sdk::StreamEvent event;
    event.kind = Sdk::EventKind::Error;
    event.error.kind = Sdk::ErrorKind::Protocol;
    event.error.message = message;
    events.append(event);
    m_failed = true;
}

} // namespace Baton::Plugin
