// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "anthropicdecoder.h"

#include "anthropiclogging.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonValue>

#include <algorithm>

namespace Baton::Plugin {

using Sdk::EventKind;
using Sdk::StreamEvent;

namespace {

// Enough for any JSON error page a proxy sends instead of a stream.
constexpr qsizetype MaxUnframedBytes = 64 * 1024;

StreamEvent makeEvent(EventKind kind, int index)
{
    StreamEvent event;
    event.kind = kind;
    event.index = index;
    return event;
}

int indexOf(const QJsonObject &event)
{
    return event.value(QLatin1String("index")).toInt();
}

Sdk::StopReason stopReasonOf(const QString &reason)
{
    if (reason == QLatin1String("end_turn"))
        return Sdk::StopReason::EndTurn;
    if (reason == QLatin1String("max_tokens"))
        return Sdk::StopReason::MaxTokens;
    if (reason == QLatin1String("tool_use"))
        return Sdk::StopReason::ToolUse;
    if (reason == QLatin1String("stop_sequence"))
        return Sdk::StopReason::StopSequence;
    // "sensitive" and "content_filter" are what Chinese vendors' filters report.
    if (reason == QLatin1String("refusal") || reason == QLatin1String("sensitive")
        || reason == QLatin1String("content_filter"))
        return Sdk::StopReason::Refusal;
    // pause_turn, model_context_window_exceeded, and whatever comes next.
    return Sdk::StopReason::Other;
}

} // namespace

AnthropicDecoder::AnthropicDecoder(AnthropicErrorClassifier classifier)
    : m_classifier(std::move(classifier))
{}

QList<StreamEvent> AnthropicDecoder::feed(QByteArrayView bytes)
{
    QList<StreamEvent> out;
    if (m_done)
        return out;
    if (!m_sawEvent && m_unframed.size() < MaxUnframedBytes)
        m_unframed.append(
            bytes.first(std::min(bytes.size(), MaxUnframedBytes - m_unframed.size())));
    const QList<Sdk::SseEvent> events = m_parser.feed(bytes);
    for (const Sdk::SseEvent &event : events) {
        if (m_done)
            break;
        decode(event, out);
    }
    if (!m_done && m_parser.overflowed())
        fail(QStringLiteral("an event of the stream is larger than the parser accepts"), out);
    return out;
}

QList<StreamEvent> AnthropicDecoder::finish()
{
    QList<StreamEvent> out;
    if (m_done)
        return out;
    const QList<Sdk::SseEvent> events = m_parser.finish();
    for (const Sdk::SseEvent &event : events) {
        if (m_done)
            return out;
        decode(event, out);
    }
    if (m_done)
        return out;
    if (!m_sawEvent) {
        const QJsonObject body = QJsonDocument::fromJson(m_unframed.trimmed()).object();
        if (body.contains(QLatin1String("error"))) {
            streamError(body, out);
            return out;
        }
    }
    if (!m_complete)
        fail(QStringLiteral("the stream ended before the message was complete"), out);
    return out;
}

void AnthropicDecoder::decode(const Sdk::SseEvent &event, QList<StreamEvent> &out)
{
    if (!m_sawEvent) {
        m_sawEvent = true;
        m_unframed = QByteArray();
    }
    const QByteArray data = event.data.trimmed();
    if (data.isEmpty() || data == "[DONE]")
        return;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString name = QString::fromUtf8(event.event.left(40));
        fail(QStringLiteral("the stream carried an event that is not a JSON object (event \"%1\")")
                 .arg(name.isEmpty() ? QStringLiteral("message") : name),
             out);
        return;
    }
    const QJsonObject object = document.object();
    QString type = object.value(QLatin1String("type")).toString();
    if (type.isEmpty())
        type = QString::fromUtf8(event.event);

    if (type == QLatin1String("content_block_delta"))
        blockDelta(object, out);
    else if (type == QLatin1String("content_block_start"))
        blockStart(object, out);
    else if (type == QLatin1String("content_block_stop"))
        blockStop(object, out);
    else if (type == QLatin1String("message_start"))
        messageStart(object, out);
    else if (type == QLatin1String("message_delta"))
        messageDelta(object, out);
    else if (type == QLatin1String("message_stop"))
        m_complete = true;
    else if (type == QLatin1String("error"))
        streamError(object, out);
    // ping and event types added after this was written are ignored, as the API asks.
}

void AnthropicDecoder::messageStart(const QJsonObject &event, QList<StreamEvent> &out)
{
    const QJsonValue usage
        = event.value(QLatin1String("message")).toObject().value(QLatin1String("usage"));
    if (!usage.isObject())
        return; // the docs' thinking example has none
    m_usage = Sdk::Usage();
    mergeUsage(usage.toObject());
    out.append(usageEvent());
}

void AnthropicDecoder::blockStart(const QJsonObject &event, QList<StreamEvent> &out)
{
    const int index = indexOf(event);
    const QJsonObject content = event.value(QLatin1String("content_block")).toObject();
    const QString type = content.value(QLatin1String("type")).toString();
    Block block;
    if (type == QLatin1String("text")) {
        block.type = BlockType::Text;
        // Anthropic starts with "", but a compatible server may start with the text itself.
        const QString text = content.value(QLatin1String("text")).toString();
        if (!text.isEmpty()) {
            StreamEvent delta = makeEvent(EventKind::TextDelta, index);
            delta.text = text;
            out.append(delta);
        }
    } else if (type == QLatin1String("tool_use")) {
        block.type = BlockType::ToolUse;
        StreamEvent start = makeEvent(EventKind::ToolCallStart, index);
        start.id = content.value(QLatin1String("id")).toString();
        start.name = content.value(QLatin1String("name")).toString();
        out.append(start);
        const QJsonObject input = content.value(QLatin1String("input")).toObject();
        if (!input.isEmpty())
            block.initialArguments
                = QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact));
    } else if (type == QLatin1String("thinking")) {
        block.type = BlockType::Thinking;
        StreamEvent delta = makeEvent(EventKind::ThinkingDelta, index);
        delta.text = content.value(QLatin1String("thinking")).toString();
        delta.signature = content.value(QLatin1String("signature")).toString().toUtf8();
        if (!delta.text.isEmpty() || !delta.signature.isEmpty())
            out.append(delta);
    } else if (type == QLatin1String("redacted_thinking")) {
        block.type = BlockType::RedactedThinking;
        StreamEvent redacted = makeEvent(EventKind::RedactedThinking, index);
        redacted.data = content.value(QLatin1String("data")).toString().toUtf8();
        out.append(redacted);
    }
    // server_tool_use, web_search_tool_result and newer types are not ours to report.
    m_blocks.insert(index, block);
}

bool AnthropicDecoder::accepts(int index, BlockType type) const
{
    // A delta without a content_block_start (the docs' single-event examples) is taken at its
    // word; one for a block of another type (a server tool's input) is not ours.
    const auto block = m_blocks.constFind(index);
    return block == m_blocks.cend() || block->type == type;
}

void AnthropicDecoder::blockDelta(const QJsonObject &event, QList<StreamEvent> &out)
{
    const int index = indexOf(event);
    const QJsonObject delta = event.value(QLatin1String("delta")).toObject();
    const QString type = delta.value(QLatin1String("type")).toString();
    if (type == QLatin1String("text_delta")) {
        const QString text = delta.value(QLatin1String("text")).toString();
        if (text.isEmpty() || !accepts(index, BlockType::Text))
            return;
        StreamEvent decoded = makeEvent(EventKind::TextDelta, index);
        decoded.text = text;
        out.append(decoded);
    } else if (type == QLatin1String("input_json_delta")) {
        const QString fragment = delta.value(QLatin1String("partial_json")).toString();
        if (fragment.isEmpty() || !accepts(index, BlockType::ToolUse))
            return;
        const auto block = m_blocks.find(index);
        if (block != m_blocks.end())
            block->hasArguments = true;
        StreamEvent decoded = makeEvent(EventKind::ToolCallArgsDelta, index);
        decoded.text = fragment;
        out.append(decoded);
    } else if (type == QLatin1String("thinking_delta")) {
        const QString thinking = delta.value(QLatin1String("thinking")).toString();
        if (thinking.isEmpty() || !accepts(index, BlockType::Thinking))
            return;
        StreamEvent decoded = makeEvent(EventKind::ThinkingDelta, index);
        decoded.text = thinking;
        out.append(decoded);
    } else if (type == QLatin1String("signature_delta")) {
        const QByteArray signature = delta.value(QLatin1String("signature")).toString().toUtf8();
        if (signature.isEmpty() || !accepts(index, BlockType::Thinking))
            return;
        StreamEvent decoded = makeEvent(EventKind::ThinkingDelta, index);
        decoded.signature = signature;
        out.append(decoded);
    }
    // citations_delta, compaction_delta and newer types: ignored.
}

void AnthropicDecoder::blockStop(const QJsonObject &event, QList<StreamEvent> &out)
{
    const int index = indexOf(event);
    const auto block = m_blocks.constFind(index);
    if (block == m_blocks.cend())
        return;
    if (block->type == BlockType::ToolUse) {
        if (!block->hasArguments && !block->initialArguments.isEmpty()) {
            StreamEvent arguments = makeEvent(EventKind::ToolCallArgsDelta, index);
            arguments.text = block->initialArguments;
            out.append(arguments);
        }
        out.append(makeEvent(EventKind::ToolCallEnd, index));
    }
    m_blocks.erase(block);
}

void AnthropicDecoder::messageDelta(const QJsonObject &event, QList<StreamEvent> &out)
{
    const QJsonValue usage = event.value(QLatin1String("usage"));
    if (usage.isObject()) {
        mergeUsage(usage.toObject());
        out.append(usageEvent());
    }
    const QString reason = event.value(QLatin1String("delta"))
                               .toObject()
                               .value(QLatin1String("stop_reason"))
                               .toString();
    if (reason.isEmpty())
        return;
    StreamEvent stop = makeEvent(EventKind::Stop, 0);
    stop.stopReason = stopReasonOf(reason);
    stop.text = reason;
    out.append(stop);
    m_complete = true;
}

void AnthropicDecoder::streamError(const QJsonObject &event, QList<StreamEvent> &out)
{
    StreamEvent error = makeEvent(EventKind::Error, 0);
    error.error = m_classifier.classifyStreamError(event);
    qCWarning(lcAnthropic) << "the stream reported an error of kind" << int(error.error.kind)
                           << "code" << error.error.code;
    out.append(error);
    m_done = true;
}

void AnthropicDecoder::fail(const QString &message, QList<StreamEvent> &out)
{
    StreamEvent error = makeEvent(EventKind::Error, 0);
    error.error.kind = Sdk::ErrorKind::Protocol;
    error.error.message = message;
    qCWarning(lcAnthropic) << "protocol error:" << message;
    out.append(error);
    m_done = true;
}

void AnthropicDecoder::mergeUsage(const QJsonObject &usage)
{
    // Fields present replace the running totals (null or absent ones keep them).
    const auto take = [&usage](QLatin1String name, qint64 &total) {
        const QJsonValue value = usage.value(name);
        if (value.isDouble())
            total = value.toInteger();
    };
    take(QLatin1String("input_tokens"), m_usage.inputTokens);
    take(QLatin1String("output_tokens"), m_usage.outputTokens);
    take(QLatin1String("cache_read_input_tokens"), m_usage.cacheReadTokens);
    take(QLatin1String("cache_creation_input_tokens"), m_usage.cacheWriteTokens);
}

StreamEvent AnthropicDecoder::usageEvent() const
{
    StreamEvent event = makeEvent(EventKind::Usage, 0);
    event.usage = m_usage;
    return event;
}

} // namespace Baton::Plugin
