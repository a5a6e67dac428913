// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "openaidecoder.h"

#include "openaierrorclassifier.h"
#include "openailogging.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include <algorithm>
#include <utility>

namespace Baton::Plugin {

using namespace Qt::StringLiterals;

namespace {

// A JSON member that is a non-empty string, or null/absent/other → empty.
QString stringMember(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

qint64 count(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? std::max<qint64>(0, value.toInteger()) : 0;
}

bool sameUsage(const Sdk::Usage &a, const Sdk::Usage &b)
{
    return a.inputTokens == b.inputTokens && a.outputTokens == b.outputTokens
           && a.cacheReadTokens == b.cacheReadTokens && a.cacheWriteTokens == b.cacheWriteTokens;
}

// A short quote of bytes that broke the protocol, for the error message shown to the user.
QString quote(const QByteArray &bytes)
{
    constexpr qsizetype MaxChars = 120;
    QString text = QString::fromUtf8(bytes.left(4 * MaxChars)).simplified();
    if (text.size() > MaxChars) {
        text.truncate(MaxChars);
        if (text.back().isHighSurrogate())
            text.chop(1);
        text += u'…';
    }
    return text;
}

} // namespace

OpenAiDecoder::OpenAiDecoder(QByteArray apiKey)
    : m_apiKey(std::move(apiKey))
{}

QList<Sdk::StreamEvent> OpenAiDecoder::feed(QByteArrayView bytes)
{
    QList<Sdk::StreamEvent> events;
    if (m_ended)
        return events;
    const QList<Sdk::SseEvent> sseEvents = m_sse.feed(bytes);
    for (const Sdk::SseEvent &event : sseEvents) {
        if (m_ended)
            break;
        handleEvent(event, events);
    }
    if (!m_ended && m_sse.overflowed())
        failProtocol(u"line_too_long"_s,
                     QStringLiteral("the stream sent a line longer than the decoder accepts"),
                     events);
    return events;
}

QList<Sdk::StreamEvent> OpenAiDecoder::finish()
{
    QList<Sdk::StreamEvent> events;
    if (m_ended)
        return events;
    const QList<Sdk::SseEvent> sseEvents = m_sse.finish();
    for (const Sdk::SseEvent &event : sseEvents) {
        if (m_ended)
            break;
        handleEvent(event, events);
    }
    if (m_ended)
        return events;
    if (m_sse.overflowed()) {
        failProtocol(u"line_too_long"_s,
                     QStringLiteral("the stream sent a line longer than the decoder accepts"),
                     events);
    } else if (!m_finishReasonSeen) {
        // Open tool calls stay open: arguments cut off mid-way must never be run.
        failProtocol(u"truncated"_s,
                     QStringLiteral("the stream ended before the model finished (no "
                                    "finish_reason and no [DONE])"),
                     events);
    }
    m_ended = true;
    return events;
}

void OpenAiDecoder::handleEvent(const Sdk::SseEvent &event, QList<Sdk::StreamEvent> &events)
{
    const QByteArray data = event.data.trimmed();
    if (data.isEmpty())
        return;
    if (data == "[DONE]") {
        handleDone(events);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        failProtocol(
            u"invalid_json"_s,
            QStringLiteral("the stream sent data that is not a JSON object: %1").arg(quote(data)),
            events);
        return;
    }
    const QJsonObject chunk = document.object();
    const QJsonValue error = chunk.value("error"_L1);
    if ((!error.isUndefined() && !error.isNull()) || event.event == "error") {
        Sdk::StreamEvent out;
        out.kind = Sdk::EventKind::Error;
        out.error = OpenAiErrorClassifier::classifyStreamError(
            error.isUndefined() || error.isNull() ? QJsonValue(chunk) : error, m_apiKey);
        events.append(out);
        m_ended = true;
        return;
    }
    handleChunk(chunk, events);
}

void OpenAiDecoder::handleChunk(const QJsonObject &chunk, QList<Sdk::StreamEvent> &events)
{
    if (m_responseId.isEmpty())
        m_responseId = stringMember(chunk, "id"_L1);

    QJsonObject choiceUsage;
    const QJsonArray choices = chunk.value("choices"_L1).toArray();
    for (const QJsonValue &value : choices) {
        const QJsonObject choice = value.toObject();
        const QJsonValue index = choice.value("index"_L1);
        if (index.isDouble() && index.toInt() != 0)
            continue;
        handleDelta(choice.value("delta"_L1).toObject(), events);
        const QString finishReason = stringMember(choice, "finish_reason"_L1);
        if (!finishReason.isEmpty())
            handleFinishReason(finishReason, events);
        choiceUsage = choice.value("usage"_L1).toObject();
    }
    const QJsonValue usage = chunk.value("usage"_L1);
    if (usage.isObject())
        handleUsage(usage.toObject(), events);
    else if (!choiceUsage.isEmpty())
        handleUsage(choiceUsage, events);
}

void OpenAiDecoder::handleDelta(const QJsonObject &delta, QList<Sdk::StreamEvent> &events)
{
    QString reasoning = stringMember(delta, "reasoning_content"_L1);
    if (reasoning.isEmpty())
        reasoning = stringMember(delta, "reasoning"_L1);
    if (!reasoning.isEmpty()) {
        Sdk::StreamEvent event;
        event.kind = Sdk::EventKind::ThinkingDelta;
        event.index = ThinkingIndex;
        event.text = reasoning;
        events.append(event);
    }
    for (const auto key : {"content"_L1, "refusal"_L1}) {
        const QString text = stringMember(delta, key);
        if (text.isEmpty())
            continue;
        if (key == "refusal"_L1)
            m_sawRefusal = true;
        Sdk::StreamEvent event;
        event.kind = Sdk::EventKind::TextDelta;
        event.index = TextIndex;
        event.text = text;
        events.append(event);
    }
    const QJsonArray toolCalls = delta.value("tool_calls"_L1).toArray();
    for (const QJsonValue &fragment : toolCalls) {
        if (fragment.isObject())
            handleToolCallFragment(fragment.toObject(), events);
    }
}

void OpenAiDecoder::handleToolCallFragment(const QJsonObject &fragment,
                                           QList<Sdk::StreamEvent> &events)
{
    const QJsonValue indexValue = fragment.value("index"_L1);
    const int vendorIndex = indexValue.isDouble() ? indexValue.toInt() : -1;
    const QString id = stringMember(fragment, "id"_L1);

    qsizetype slot = -1;
    if (!id.isEmpty()) {
        // Vendors that repeat the id on every fragment keep their call; a new id is a new
        // call, even at an index seen before (vendors that number every call 0).
        for (qsizetype i = 0; i < m_toolCalls.size(); ++i) {
            if (m_toolCalls[i].id == id) {
                slot = i;
                break;
            }
        }
    } else {
        for (qsizetype i = m_toolCalls.size() - 1; i >= 0; --i) {
            if (vendorIndex < 0 || m_toolCalls[i].vendorIndex == vendorIndex) {
                slot = i;
                break;
            }
        }
    }
    if (slot < 0) {
        ToolCall call;
        call.vendorIndex = vendorIndex;
        call.id = id.isEmpty() ? m_responseId + QStringLiteral("_call_")
                                     + QString::number(m_toolCalls.size())
                               : id;
        m_toolCalls.append(call);
        slot = m_toolCalls.size() - 1;
    }
    ToolCall &call = m_toolCalls[slot];
    if (call.ended)
        return; // a fragment after finish_reason belongs to nothing we can still report

    const QJsonObject function = fragment.value("function"_L1).toObject();
    if (call.name.isEmpty())
        call.name = stringMember(function, "name"_L1);

    // Arguments are a JSON string by the spec; a few servers send the object itself.
    const QJsonValue argumentsValue = function.value("arguments"_L1);
    QString arguments;
    if (argumentsValue.isString())
        arguments = argumentsValue.toString();
    else if (argumentsValue.isObject())
        arguments = QString::fromUtf8(
            QJsonDocument(argumentsValue.toObject()).toJson(QJsonDocument::Compact));

    if (!call.started) {
        if (call.name.isEmpty()) {
            call.pendingArguments += arguments;
            return;
        }
        startToolCall(int(slot), events);
    }
    if (!arguments.isEmpty()) {
        Sdk::StreamEvent event;
        event.kind = Sdk::EventKind::ToolCallArgsDelta;
        event.index = FirstToolCallIndex + int(slot);
        event.text = arguments;
        events.append(event);
    }
}

void OpenAiDecoder::startToolCall(int slot, QList<Sdk::StreamEvent> &events)
{
    ToolCall &call = m_toolCalls[slot];
    call.started = true;
    Sdk::StreamEvent start;
    start.kind = Sdk::EventKind::ToolCallStart;
    start.index = FirstToolCallIndex + slot;
    start.id = call.id;
    start.name = call.name;
    events.append(start);
    if (!call.pendingArguments.isEmpty()) {
        Sdk::StreamEvent arguments;
        arguments.kind = Sdk::EventKind::ToolCallArgsDelta;
        arguments.index = FirstToolCallIndex + slot;
        arguments.text = std::exchange(call.pendingArguments, QString());
        events.append(arguments);
    }
}

void OpenAiDecoder::closeToolCalls(QList<Sdk::StreamEvent> &events)
{
    for (qsizetype slot = 0; slot < m_toolCalls.size(); ++slot) {
        if (m_toolCalls[slot].ended)
            continue;
        if (!m_toolCalls[slot].started)
            startToolCall(int(slot), events); // the vendor never named it; the host will say so
        m_toolCalls[slot].ended = true;
        Sdk::StreamEvent end;
        end.kind = Sdk::EventKind::ToolCallEnd;
        end.index = FirstToolCallIndex + int(slot);
        events.append(end);
    }
}

void OpenAiDecoder::handleFinishReason(const QString &reason, QList<Sdk::StreamEvent> &events)
{
    if (m_finishReasonSeen)
        return; // some vendors repeat it in the usage chunk
    closeToolCalls(events);
    Sdk::StopReason stop = Sdk::StopReason::Other;
    if (reason == "stop"_L1) {
        // Some local servers say "stop" after tool calls; the router must still run them.
        stop = !m_toolCalls.isEmpty() ? Sdk::StopReason::ToolUse
               : m_sawRefusal         ? Sdk::StopReason::Refusal
                                      : Sdk::StopReason::EndTurn;
    } else if (reason == "length"_L1) {
        stop = Sdk::StopReason::MaxTokens;
    } else if (reason == "tool_calls"_L1 || reason == "function_call"_L1) {
        stop = Sdk::StopReason::ToolUse;
    } else if (reason == "content_filter"_L1 || reason == "sensitive"_L1) {
        stop = Sdk::StopReason::Refusal;
    }
    emitStop(stop, reason, events);
}

void OpenAiDecoder::emitStop(Sdk::StopReason reason, const QString &raw,
                             QList<Sdk::StreamEvent> &events)
{
    m_finishReasonSeen = true;
    Sdk::StreamEvent event;
    event.kind = Sdk::EventKind::Stop;
    event.stopReason = reason;
    event.text = raw;
    events.append(event);
}

void OpenAiDecoder::handleUsage(const QJsonObject &usage, QList<Sdk::StreamEvent> &events)
{
    const QJsonObject details = usage.value("prompt_tokens_details"_L1).toObject();
    const qint64 prompt = count(usage, "prompt_tokens"_L1);
    Sdk::Usage out;
    out.outputTokens = count(usage, "completion_tokens"_L1);
    if (usage.contains("prompt_cache_hit_tokens"_L1)) {
        // DeepSeek splits the prompt into hits and misses itself.
        out.cacheReadTokens = count(usage, "prompt_cache_hit_tokens"_L1);
        out.inputTokens = usage.contains("prompt_cache_miss_tokens"_L1)
                              ? count(usage, "prompt_cache_miss_tokens"_L1)
                              : std::max<qint64>(0, prompt - out.cacheReadTokens);
    } else {
        out.cacheReadTokens = details.contains("cached_tokens"_L1)
                                  ? count(details, "cached_tokens"_L1)
                                  : count(usage, "cached_tokens"_L1);
        out.cacheWriteTokens = count(details, "cache_write_tokens"_L1);
        out.inputTokens = std::max<qint64>(0, prompt - out.cacheReadTokens - out.cacheWriteTokens);
    }
    if (m_lastUsage && sameUsage(*m_lastUsage, out))
        return;
    m_lastUsage = out;
    Sdk::StreamEvent event;
    event.kind = Sdk::EventKind::Usage;
    event.usage = out;
    events.append(event);
}

void OpenAiDecoder::handleDone(QList<Sdk::StreamEvent> &events)
{
    if (!m_finishReasonSeen) {
        closeToolCalls(events);
        emitStop(m_toolCalls.isEmpty() ? Sdk::StopReason::EndTurn : Sdk::StopReason::ToolUse,
                 QString(), events);
    }
    m_ended = true;
}

void OpenAiDecoder::failProtocol(const QString &code, const QString &message,
                                 QList<Sdk::StreamEvent> &events)
{
    qCDebug(lcOpenAi) << "stream rejected:" << code; // the data itself may quote the prompt
    Sdk::StreamEvent event;
    event.kind = Sdk::EventKind::Error;
    event.error.kind = Sdk::ErrorKind::Protocol;
    event.error.code = code;
    event.error.message = message;
    events.append(event);
    m_ended = true;
}

} // namespace Baton::Plugin
