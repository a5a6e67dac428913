// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "geministreamdecoder.h"

#include "geminierrorclassifier.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>

#include <algorithm>

namespace Baton::Plugin {

using namespace Qt::StringLiterals;

static Q_LOGGING_CATEGORY(lcGemini, "baton.plugin.gemini", QtInfoMsg)

QList<Sdk::StreamEvent> GeminiStreamDecoder::feed(QByteArrayView bytes)
{
    QList<Sdk::StreamEvent> events;
    if (m_ended)
        return events;
    decodeEvents(m_sse.feed(bytes), events);
    if (m_sse.overflowed() && !m_ended)
        fail(u"a line of the Gemini stream is longer than 16 MiB"_s, events);
    return events;
}

QList<Sdk::StreamEvent> GeminiStreamDecoder::finish()
{
    QList<Sdk::StreamEvent> events;
    if (m_ended)
        return events;
    // Examples (and some proxies) end without the blank line after the last event.
    decodeEvents(m_sse.finish(), events);
    if (m_ended)
        return events;
    appendUsage(events);
    if (m_finishReason.isEmpty() && m_blockReason.isEmpty()) {
        fail(u"the Gemini stream ended without a finishReason"_s, events);
        return events;
    }

    Sdk::StreamEvent stop;
    stop.kind = Sdk::EventKind::Stop;
    static const QStringList refusals{
        u"SAFETY"_s, u"RECITATION"_s,   u"PROHIBITED_CONTENT"_s,      u"BLOCKLIST"_s,
        u"SPII"_s,   u"IMAGE_SAFETY"_s, u"IMAGE_PROHIBITED_CONTENT"_s};
    if (!m_blockReason.isEmpty()) {
        // The prompt itself was blocked: there is no candidate and no finishReason.
        stop.text = m_blockReason;
        stop.stopReason = Sdk::StopReason::Refusal;
    } else {
        stop.text = m_finishReason;
        if (m_finishReason == "STOP"_L1)
            stop.stopReason = m_toolCalls > 0 ? Sdk::StopReason::ToolUse : Sdk::StopReason::EndTurn;
        else if (m_finishReason == "MAX_TOKENS"_L1)
            stop.stopReason = Sdk::StopReason::MaxTokens;
        else if (refusals.contains(m_finishReason))
            stop.stopReason = Sdk::StopReason::Refusal;
        else
            stop.stopReason = Sdk::StopReason::Other;
    }
    events.append(stop);
    m_ended = true;
    return events;
}

void GeminiStreamDecoder::decodeEvents(const QList<Sdk::SseEvent> &sseEvents,
                                       QList<Sdk::StreamEvent> &events)
{
    for (const Sdk::SseEvent &sse : sseEvents) {
        if (m_ended)
            return;
        decodeChunk(sse.data, events);
    }
}

void GeminiStreamDecoder::decodeChunk(const QByteArray &data, QList<Sdk::StreamEvent> &events)
{
    if (data.trimmed().isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(u"an event of the Gemini stream is not a JSON object"_s, events);
        return;
    }
    const QJsonObject chunk = document.object();

    if (chunk.value("usageMetadata"_L1).isObject())
        m_usage = chunk.value("usageMetadata"_L1).toObject();

    const QJsonValue error = chunk.value("error"_L1);
    if (error.isObject()) {
        appendUsage(events);
        Sdk::StreamEvent event;
        event.kind = Sdk::EventKind::Error;
        event.error = GeminiErrorClassifier::classify(0, error.toObject());
        events.append(event);
        m_ended = true;
        return;
    }

    const QString blockReason = chunk["promptFeedback"_L1]["blockReason"_L1].toString();
    if (!blockReason.isEmpty())
        m_blockReason = blockReason;

    const QJsonObject candidate = chunk["candidates"_L1][0].toObject();
    for (const QJsonValue &part : candidate["content"_L1]["parts"_L1].toArray())
        decodePart(part.toObject(), events);
    const QString finishReason = candidate["finishReason"_L1].toString();
    if (!finishReason.isEmpty())
        m_finishReason = finishReason;
}

void GeminiStreamDecoder::decodePart(const QJsonObject &part, QList<Sdk::StreamEvent> &events)
{
    const QByteArray signature = part.value("thoughtSignature"_L1).toString().toUtf8();
    if (part.value("functionCall"_L1).isObject()) {
        decodeFunctionCall(part.value("functionCall"_L1).toObject(), signature, events);
        return;
    }
    if (!part.contains("text"_L1)) {
        if (!signature.isEmpty())
            appendDelta(Block::Thinking, QString(), signature, events);
        return; // inline data, code execution: not part of Baton's conversation model
    }
    const QString text = part.value("text"_L1).toString();
    if (part.value("thought"_L1).toBool()) {
        appendDelta(Block::Thinking, text, signature, events);
        return;
    }
    appendDelta(Block::Text, text, QByteArray(), events);
    if (!signature.isEmpty()) {
        // The signature belongs to the text part it came on; it travels as a block of its own
        // (see the header) and closes the text block, so later text starts a new part.
        m_block = Block::None;
        appendDelta(Block::Thinking, QString(), signature, events);
        m_block = Block::None;
    }
}

void GeminiStreamDecoder::decodeFunctionCall(const QJsonObject &call, const QByteArray &signature,
                                             QList<Sdk::StreamEvent> &events)
{
    const int index = ++m_index;
    m_block = Block::None;

    Sdk::StreamEvent start;
    start.kind = Sdk::EventKind::ToolCallStart;
    start.index = index;
    start.id = call.value("id"_L1).toString();
    if (start.id.isEmpty())
        start.id = u"call_"_s + QString::number(m_toolCalls);
    ++m_toolCalls;
    start.name = call.value("name"_L1).toString();
    start.signature = signature;
    events.append(start);

    Sdk::StreamEvent args;
    args.kind = Sdk::EventKind::ToolCallArgsDelta;
    args.index = index;
    args.text = QString::fromUtf8(
        QJsonDocument(call.value("args"_L1).toObject()).toJson(QJsonDocument::Compact));
    events.append(args);

    Sdk::StreamEvent end;
    end.kind = Sdk::EventKind::ToolCallEnd;
    end.index = index;
    events.append(end);
}

void GeminiStreamDecoder::appendDelta(Block block, const QString &text, const QByteArray &signature,
                                      QList<Sdk::StreamEvent> &events)
{
    if (text.isEmpty() && signature.isEmpty())
        return;
    if (m_block != block || m_blockSigned) {
        m_block = block;
        m_blockSigned = false;
        ++m_index;
    }
    if (!signature.isEmpty())
        m_blockSigned = true;
    Sdk::StreamEvent event;
    event.kind
        = block == Block::Thinking ? Sdk::EventKind::ThinkingDelta : Sdk::EventKind::TextDelta;
    event.index = m_index;
    event.text = text;
    event.signature = signature;
    events.append(event);
}

void GeminiStreamDecoder::appendUsage(QList<Sdk::StreamEvent> &events)
{
    if (m_usage.isEmpty())
        return;
    const qint64 prompt = m_usage.value("promptTokenCount"_L1).toInteger()
                          + m_usage.value("toolUsePromptTokenCount"_L1).toInteger();
    const qint64 cached = m_usage.value("cachedContentTokenCount"_L1).toInteger();
    Sdk::StreamEvent usage;
    usage.kind = Sdk::EventKind::Usage;
    usage.usage.inputTokens = std::max<qint64>(0, prompt - cached);
    usage.usage.cacheReadTokens = cached;
    usage.usage.outputTokens = m_usage.value("candidatesTokenCount"_L1).toInteger()
                               + m_usage.value("thoughtsTokenCount"_L1).toInteger();
    events.append(usage);
    m_usage = QJsonObject();
}

void GeminiStreamDecoder::fail(const QString &message, QList<Sdk::StreamEvent> &events)
{
    qCWarning(lcGemini).noquote() << message;
    appendUsage(events);
    Sdk::StreamEvent event;
    event.kind = Sdk::EventKind::Error;
    event.error.kind = Sdk::ErrorKind::Protocol;
    event.error.message = message;
    events.append(event);
    m_ended = true;
}

} // namespace Baton::Plugin
