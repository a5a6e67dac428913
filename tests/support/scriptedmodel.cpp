// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "scriptedmodel.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

using namespace Qt::StringLiterals;

namespace ScriptedModel {

static QList<QString> pieces(const QString &text, int size)
{
    QList<QString> all;
    for (qsizetype at = 0; at < text.size(); at += size)
        all.append(text.mid(at, size));
    return all;
}

static QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

static QString callId(Protocol protocol, const ToolCall &call, int position)
{
    if (!call.id.isEmpty())
        return call.id;
    return (protocol == Protocol::Anthropic ? u"toolu_%1"_s : u"call_%1"_s).arg(position + 1);
}

static QByteArray anthropicStream(const Turn &turn, int pieceChars)
{
    QByteArray body;
    const auto event = [&body](const char *name, const QJsonObject &data) {
        body += "event: " + QByteArray(name) + "\ndata: " + compact(data) + "\n\n";
    };
    event("message_start",
          {{u"type"_s, u"message_start"_s},
           {u"message"_s,
            QJsonObject{{u"id"_s, u"msg_scripted"_s},
                        {u"type"_s, u"message"_s},
                        {u"role"_s, u"assistant"_s},
                        {u"model"_s, u"scripted"_s},
                        {u"content"_s, QJsonArray()},
                        {u"stop_reason"_s, QJsonValue::Null},
                        {u"stop_sequence"_s, QJsonValue::Null},
                        {u"usage"_s, QJsonObject{{u"input_tokens"_s, turn.inputTokens},
                                                 {u"output_tokens"_s, 1}}}}}});
    int index = 0;
    const auto delta = [&](const QJsonObject &inner) {
        event("content_block_delta", {{u"type"_s, u"content_block_delta"_s},
                                      {u"index"_s, index},
                                      {u"delta"_s, inner}});
    };
    const auto start = [&](const QJsonObject &block) {
        event("content_block_start", {{u"type"_s, u"content_block_start"_s},
                                      {u"index"_s, index},
                                      {u"content_block"_s, block}});
    };
    const auto stop = [&] {
        event("content_block_stop", {{u"type"_s, u"content_block_stop"_s}, {u"index"_s, index}});
        ++index;
    };
    if (!turn.thinking.isEmpty()) {
        start({{u"type"_s, u"thinking"_s}, {u"thinking"_s, u""_s}});
        for (const QString &piece : pieces(turn.thinking, pieceChars))
            delta({{u"type"_s, u"thinking_delta"_s}, {u"thinking"_s, piece}});
        delta({{u"type"_s, u"signature_delta"_s}, {u"signature"_s, u"c2NyaXB0ZWQ="_s}});
        stop();
    }
    if (!turn.text.isEmpty()) {
        start({{u"type"_s, u"text"_s}, {u"text"_s, u""_s}});
        for (const QString &piece : pieces(turn.text, pieceChars))
            delta({{u"type"_s, u"text_delta"_s}, {u"text"_s, piece}});
        stop();
    }
    for (int i = 0; i < turn.toolCalls.size(); ++i) {
        const ToolCall &call = turn.toolCalls.at(i);
        start({{u"type"_s, u"tool_use"_s},
               {u"id"_s, callId(Protocol::Anthropic, call, i)},
               {u"name"_s, call.name},
               {u"input"_s, QJsonObject()}});
        delta({{u"type"_s, u"input_json_delta"_s}, {u"partial_json"_s, u""_s}});
        for (const QString &piece : pieces(QString::fromUtf8(compact(call.input)), pieceChars))
            delta({{u"type"_s, u"input_json_delta"_s}, {u"partial_json"_s, piece}});
        stop();
    }
    const QString reason = turn.maxTokens            ? u"max_tokens"_s
                           : turn.toolCalls.isEmpty() ? u"end_turn"_s
                                                      : u"tool_use"_s;
    event("message_delta",
          {{u"type"_s, u"message_delta"_s},
           {u"delta"_s,
            QJsonObject{{u"stop_reason"_s, reason}, {u"stop_sequence"_s, QJsonValue::Null}}},
           {u"usage"_s, QJsonObject{{u"output_tokens"_s, turn.outputTokens}}}});
    event("message_stop", {{u"type"_s, u"message_stop"_s}});
    return body;
}

static QByteArray openAiStream(const Turn &turn, int pieceChars)
{
    QByteArray body;
    const auto chunk = [&body](const QJsonObject &delta, const QJsonValue &finish) {
        const QJsonObject object{
            {u"id"_s, u"chatcmpl-scripted"_s},
            {u"object"_s, u"chat.completion.chunk"_s},
            {u"created"_s, 1767225600},
            {u"model"_s, u"scripted"_s},
            {u"choices"_s, QJsonArray{QJsonObject{{u"index"_s, 0},
                                                  {u"delta"_s, delta},
                                                  {u"logprobs"_s, QJsonValue::Null},
                                                  {u"finish_reason"_s, finish}}}}};
        body += "data: " + compact(object) + "\n\n";
    };
    chunk({{u"role"_s, u"assistant"_s}, {u"content"_s, u""_s}}, QJsonValue::Null);
    for (const QString &piece : pieces(turn.thinking, pieceChars))
        chunk({{u"reasoning_content"_s, piece}}, QJsonValue::Null);
    for (const QString &piece : pieces(turn.text, pieceChars))
        chunk({{u"content"_s, piece}}, QJsonValue::Null);
    for (int i = 0; i < turn.toolCalls.size(); ++i) {
        const ToolCall &call = turn.toolCalls.at(i);
        chunk({{u"tool_calls"_s,
                QJsonArray{QJsonObject{
                    {u"index"_s, i},
                    {u"id"_s, callId(Protocol::OpenAi, call, i)},
                    {u"type"_s, u"function"_s},
                    {u"function"_s,
                     QJsonObject{{u"name"_s, call.name}, {u"arguments"_s, u""_s}}}}}}},
              QJsonValue::Null);
        for (const QString &piece : pieces(QString::fromUtf8(compact(call.input)), pieceChars)) {
            chunk({{u"tool_calls"_s,
                    QJsonArray{QJsonObject{{u"index"_s, i},
                                           {u"function"_s,
                                            QJsonObject{{u"arguments"_s, piece}}}}}}},
                  QJsonValue::Null);
        }
    }
    const QString reason = turn.maxTokens            ? u"length"_s
                           : turn.toolCalls.isEmpty() ? u"stop"_s
                                                      : u"tool_calls"_s;
    chunk(QJsonObject(), reason);
    const QJsonObject usage{
        {u"id"_s, u"chatcmpl-scripted"_s},
        {u"object"_s, u"chat.completion.chunk"_s},
        {u"created"_s, 1767225600},
        {u"model"_s, u"scripted"_s},
        {u"choices"_s, QJsonArray()},
        {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, turn.inputTokens},
                                 {u"completion_tokens"_s, turn.outputTokens},
                                 {u"total_tokens"_s, turn.inputTokens + turn.outputTokens}}}};
    body += "data: " + compact(usage) + "\n\ndata: [DONE]\n\n";
    return body;
}

QByteArray stream(Protocol protocol, const Turn &turn, int pieceChars)
{
    pieceChars = std::max(1, pieceChars);
    return protocol == Protocol::Anthropic ? anthropicStream(turn, pieceChars)
                                           : openAiStream(turn, pieceChars);
}

QJsonObject response(Protocol protocol, const Turn &turn)
{
    return {{u"status"_s, 200},
            {u"headers"_s, QJsonObject{{u"content-type"_s, u"text/event-stream"_s}}},
            {u"body"_s, QString::fromUtf8(stream(protocol, turn))},
            {u"chunkBytes"_s, 97}};
}

static QJsonObject parse(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// The text of a content that is a string or a list of text blocks.
static QString textOf(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList texts;
    for (const QJsonValue &block : content.toArray()) {
        if (block.toObject().value(u"type"_s).toString() == u"text")
            texts.append(block.toObject().value(u"text"_s).toString());
    }
    return texts.join(QString());
}

QList<ToolResult> lastToolResults(Protocol protocol, const QByteArray &requestBody)
{
    const QJsonArray messages = parse(requestBody).value(u"messages"_s).toArray();
    QList<ToolResult> results;
    if (protocol == Protocol::Anthropic) {
        if (messages.isEmpty())
            return results;
        const QJsonObject last = messages.last().toObject();
        for (const QJsonValue &block : last.value(u"content"_s).toArray()) {
            const QJsonObject object = block.toObject();
            if (object.value(u"type"_s).toString() != u"tool_result")
                continue;
            results.append({object.value(u"tool_use_id"_s).toString(),
                            textOf(object.value(u"content"_s)),
                            object.value(u"is_error"_s).toBool()});
        }
        return results;
    }
    // OpenAI: the run of role "tool" messages at the end (a user message may follow them).
    qsizetype at = messages.size() - 1;
    while (at >= 0 && messages.at(at).toObject().value(u"role"_s).toString() != u"tool")
        --at;
    qsizetype first = at;
    while (first >= 0 && messages.at(first).toObject().value(u"role"_s).toString() == u"tool")
        --first;
    for (qsizetype i = first + 1; i <= at; ++i) {
        const QJsonObject object = messages.at(i).toObject();
        const QString text = textOf(object.value(u"content"_s));
        results.append({object.value(u"tool_call_id"_s).toString(), text,
                         text.startsWith(u"Error: "_s)});
    }
    return results;
}

QStringList toolNames(Protocol protocol, const QByteArray &requestBody)
{
    QStringList names;
    for (const QJsonValue &tool : parse(requestBody).value(u"tools"_s).toArray()) {
        const QJsonObject object = tool.toObject();
        names.append(protocol == Protocol::Anthropic
                         ? object.value(u"name"_s).toString()
                         : object.value(u"function"_s).toObject().value(u"name"_s).toString());
    }
    return names;
}

int messageCount(Protocol protocol, const QByteArray &requestBody)
{
    const QJsonArray messages = parse(requestBody).value(u"messages"_s).toArray();
    int count = 0;
    for (const QJsonValue &message : messages) {
        if (protocol == Protocol::OpenAi
            && message.toObject().value(u"role"_s).toString() == u"system")
            continue;
        ++count;
    }
    return count;
}

QString systemPrompt(Protocol protocol, const QByteArray &requestBody)
{
    const QJsonObject request = parse(requestBody);
    if (protocol == Protocol::Anthropic)
        return textOf(request.value(u"system"_s));
    for (const QJsonValue &message : request.value(u"messages"_s).toArray()) {
        const QJsonObject object = message.toObject();
        if (object.value(u"role"_s).toString() == u"system")
            return textOf(object.value(u"content"_s));
    }
    return {};
}

} // namespace ScriptedModel
