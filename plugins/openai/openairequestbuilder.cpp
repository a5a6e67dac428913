// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "openairequestbuilder.h"

#include "openailogging.h"

#include <QtCore/QStringList>

namespace Baton::Plugin {

using namespace Qt::StringLiterals;

namespace {

const QString SystemRole = QStringLiteral("system");
const QString UserRole = QStringLiteral("user");
const QString AssistantRole = QStringLiteral("assistant");
const QString ToolRole = QStringLiteral("tool");

// A user message that the person wrote (not only tool results) starts a new turn.
bool startsUserTurn(const Sdk::Message &message)
{
    if (message.role != Sdk::Role::User)
        return false;
    for (const Sdk::ContentPart &part : message.parts) {
        if (part.kind == Sdk::PartKind::Text || part.kind == Sdk::PartKind::Image)
            return true;
    }
    return false;
}

bool hasToolCall(const Sdk::Message &message)
{
    for (const Sdk::ContentPart &part : message.parts) {
        if (part.kind == Sdk::PartKind::ToolCall)
            return true;
    }
    return false;
}

// For each message: is it part of a turn (the messages from one user message up to the next)
// in which the model called a tool? DeepSeek's thinking-mode rule is stated per such turn.
QList<bool> toolTurns(const QList<Sdk::Message> &messages)
{
    QList<bool> inToolTurn(messages.size(), false);
    qsizetype turnStart = 0;
    const auto closeTurn = [&](qsizetype end) {
        bool called = false;
        for (qsizetype i = turnStart; i < end; ++i)
            called
                = called || (messages[i].role == Sdk::Role::Assistant && hasToolCall(messages[i]));
        for (qsizetype i = turnStart; i < end; ++i)
            inToolTurn[i] = called;
    };
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (startsUserTurn(messages[i])) {
            closeTurn(i);
            turnStart = i;
        }
    }
    closeTurn(messages.size());
    return inToolTurn;
}

QJsonArray asContentArray(const QJsonValue &content)
{
    if (content.isArray())
        return content.toArray();
    QJsonArray array;
    if (content.isString() && !content.toString().isEmpty())
        array.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, content.toString()}});
    return array;
}

QString joined(const QJsonValue &first, const QJsonValue &second)
{
    const QString a = first.toString();
    const QString b = second.toString();
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return QString(a + u"\n\n"_s + b);
}

// Appends `message`, merging it into the previous one when both are user or both assistant
// messages: several vendors (DeepSeek's reasoner among them) refuse two in a row, and the
// neutral history has them after dropped parts or a switch from another protocol.
void appendMerged(QJsonArray &out, const QJsonObject &message)
{
    const QString role = message.value("role"_L1).toString();
    if (out.isEmpty() || (role != UserRole && role != AssistantRole)
        || out.last().toObject().value("role"_L1).toString() != role) {
        out.append(message);
        return;
    }
    QJsonObject merged = out.last().toObject();
    const QJsonValue before = merged.value("content"_L1);
    const QJsonValue after = message.value("content"_L1);
    if (role == UserRole) {
        if (before.isString() && after.isString()) {
            merged.insert(u"content"_s, joined(before, after));
        } else {
            QJsonArray content = asContentArray(before);
            for (const QJsonValue &part : asContentArray(after))
                content.append(part);
            merged.insert(u"content"_s, content);
        }
    } else {
        const QString text = joined(before, after);
        QJsonArray calls = merged.value("tool_calls"_L1).toArray();
        for (const QJsonValue &call : message.value("tool_calls"_L1).toArray())
            calls.append(call);
        merged.insert(u"content"_s,
                      text.isEmpty() && !calls.isEmpty() ? QJsonValue() : QJsonValue(text));
        if (!calls.isEmpty())
            merged.insert(u"tool_calls"_s, calls);
        if (message.contains("reasoning_content"_L1) || merged.contains("reasoning_content"_L1))
            merged.insert(u"reasoning_content"_s,
                          QString(merged.value("reasoning_content"_L1).toString()
                                  + message.value("reasoning_content"_L1).toString()));
    }
    out.replace(out.size() - 1, merged);
}

QJsonObject userMessage(const Sdk::Message &message)
{
    QStringList texts;
    QJsonArray parts;
    bool hasImage = false;
    for (const Sdk::ContentPart &part : message.parts) {
        if (part.kind == Sdk::PartKind::Text && !part.text.isEmpty()) {
            texts.append(part.text);
            parts.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, part.text}});
        } else if (part.kind == Sdk::PartKind::Image && !part.data.isEmpty()) {
            hasImage = true;
            const QString mimeType = part.mimeType.isEmpty() ? u"image/png"_s : part.mimeType;
            const QString url
                = u"data:"_s + mimeType + u";base64,"_s + QString::fromLatin1(part.data.toBase64());
            parts.append(QJsonObject{{u"type"_s, u"image_url"_s},
                                     {u"image_url"_s, QJsonObject{{u"url"_s, url}}}});
        }
    }
    if (parts.isEmpty())
        return {};
    // Plain text stays a string: not every compatible vendor takes content arrays.
    if (!hasImage)
        return QJsonObject{{u"role"_s, UserRole}, {u"content"_s, texts.join(u"\n\n"_s)}};
    return QJsonObject{{u"role"_s, UserRole}, {u"content"_s, parts}};
}

QJsonObject assistantMessage(const Sdk::Message &message, const OpenAiDialect &dialect,
                             bool inToolTurn)
{
    QStringList texts;
    QString reasoning;
    QJsonArray toolCalls;
    for (const Sdk::ContentPart &part : message.parts) {
        switch (part.kind) {
        case Sdk::PartKind::Text:
            if (!part.text.isEmpty())
                texts.append(part.text);
            break;
        case Sdk::PartKind::Thinking:
            // Reasoning from another vendor or protocol means nothing here, and a redacted
            // block has no text this protocol could carry.
            if (part.origin == dialect.origin && !part.redacted)
                reasoning += part.text;
            break;
        case Sdk::PartKind::ToolCall: {
            const QByteArray arguments
                = part.toolInput.isEmpty() ? QByteArray("{}") : part.toolInput;
            toolCalls.append(QJsonObject{
                {u"id"_s, part.toolCallId},
                {u"type"_s, u"function"_s},
                {u"function"_s, QJsonObject{{u"name"_s, part.toolName},
                                            {u"arguments"_s, QString::fromUtf8(arguments)}}}});
            break;
        }
        case Sdk::PartKind::Image:
        case Sdk::PartKind::ToolResult:
            break; // not something an assistant message can carry
        }
    }
    const QString text = texts.join(u"\n\n"_s);
    if (text.isEmpty() && toolCalls.isEmpty())
        return {};
    QJsonObject out{{u"role"_s, AssistantRole}};
    out.insert(u"content"_s, text.isEmpty() ? QJsonValue() : QJsonValue(text));
    if (!toolCalls.isEmpty())
        out.insert(u"tool_calls"_s, toolCalls);
    const bool echo
        = dialect.reasoningEcho != ReasoningEcho::None
          && (inToolTurn || (dialect.reasoningEcho == ReasoningEcho::All && !reasoning.isEmpty()));
    if (echo)
        out.insert(u"reasoning_content"_s, reasoning);
    return out;
}

QString effort(const OpenAiDialect &dialect, Sdk::ThinkingMode mode, const QString &on,
               const QString &max)
{
    if (!dialect.reasoningEffort.isEmpty())
        return dialect.reasoningEffort;
    return mode == Sdk::ThinkingMode::Max ? max : on;
}

void addThinking(QJsonObject &body, const Sdk::ChatRequest &request, const OpenAiDialect &dialect)
{
    const bool on = request.thinking != Sdk::ThinkingMode::Off;
    if (!on && !dialect.disableThinkingWhenOff)
        return;
    switch (dialect.thinkingStyle) {
    case ThinkingStyle::None:
        break;
    case ThinkingStyle::Effort:
        body.insert(u"reasoning_effort"_s,
                    on ? effort(dialect, request.thinking, u"medium"_s, u"high"_s) : u"none"_s);
        break;
    case ThinkingStyle::ThinkingTypeEffort:
        if (on)
            body.insert(u"reasoning_effort"_s,
                        effort(dialect, request.thinking, u"high"_s, u"max"_s));
        Q_FALLTHROUGH();
    case ThinkingStyle::ThinkingType:
        body.insert(u"thinking"_s, QJsonObject{{u"type"_s, on ? u"enabled"_s : u"disabled"_s}});
        break;
    case ThinkingStyle::EnableThinking:
        body.insert(u"enable_thinking"_s, on);
        break;
    case ThinkingStyle::TemplateKwargs:
        body.insert(u"chat_template_kwargs"_s, QJsonObject{{u"enable_thinking"_s, on}});
        break;
    case ThinkingStyle::Reasoning:
        if (on)
            body.insert(u"reasoning"_s, QJsonObject{{u"effort"_s, effort(dialect, request.thinking,
                                                                         u"medium"_s, u"high"_s)}});
        else
            body.insert(u"reasoning"_s, QJsonObject{{u"enabled"_s, false}});
        break;
    }
}

QJsonArray tools(const QList<Sdk::ToolDefinition> &definitions)
{
    QJsonArray out;
    for (const Sdk::ToolDefinition &tool : definitions) {
        QJsonObject function{{u"name"_s, tool.name}};
        if (!tool.description.isEmpty())
            function.insert(u"description"_s, tool.description);
        function.insert(u"parameters"_s, tool.inputSchema.isEmpty()
                                             ? QJsonObject{{u"type"_s, u"object"_s},
                                                           {u"properties"_s, QJsonObject()}}
                                             : tool.inputSchema);
        out.append(QJsonObject{{u"type"_s, u"function"_s}, {u"function"_s, function}});
    }
    return out;
}

void mergeInto(QJsonObject &body, const QJsonValue &extra)
{
    if (extra.isUndefined() || extra.isNull())
        return;
    if (!extra.isObject()) {
        qCWarning(lcOpenAi) << "ignoring option \"body\": not a JSON object";
        return;
    }
    const QJsonObject object = extra.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        body.insert(it.key(), it.value());
}

} // namespace

QUrl OpenAiRequestBuilder::endpointUrl(const QUrl &baseUrl, QLatin1StringView path)
{
    QUrl url = baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u'/' + path, QUrl::TolerantMode);
    return url;
}

Sdk::HttpHeaders OpenAiRequestBuilder::headers(const Sdk::Endpoint &endpoint,
                                               const QJsonObject &requestExtra,
                                               const QByteArray &accept)
{
    Sdk::HttpHeaders out;
    if (!endpoint.apiKey.isEmpty()) {
        switch (endpoint.authStyle) {
        case Sdk::AuthStyle::None:
            break;
        case Sdk::AuthStyle::Bearer:
            out.append({QByteArray("authorization"), "Bearer " + endpoint.apiKey});
            break;
        case Sdk::AuthStyle::XApiKey:
            out.append({QByteArray("x-api-key"), endpoint.apiKey});
            break;
        case Sdk::AuthStyle::GoogApiKey:
            out.append({QByteArray("x-goog-api-key"), endpoint.apiKey});
            break;
        }
    }
    const QJsonValue extra
        = OpenAiDialect::option(endpoint, requestExtra, QLatin1StringView("headers"));
    if (extra.isObject()) {
        const QJsonObject object = extra.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QByteArray name = it.key().toLatin1().toLower();
            // Credentials come from the keyring, never from preset data.
            if (name == "authorization" || name == "x-api-key" || name == "x-goog-api-key"
                || name == "content-type" || name == "accept" || !it.value().isString())
                continue;
            out.append({it.key().toLatin1(), it.value().toString().toUtf8()});
        }
    }
    out.append({QByteArray("accept"), accept});
    return out;
}

QJsonArray OpenAiRequestBuilder::messages(const Sdk::ChatRequest &request,
                                          const OpenAiDialect &dialect)
{
    QJsonArray out;
    QStringList system;
    if (!request.system.isEmpty())
        system.append(request.system);
    for (const Sdk::Message &message : request.messages) {
        if (message.role != Sdk::Role::System)
            continue;
        for (const Sdk::ContentPart &part : message.parts) {
            if (part.kind == Sdk::PartKind::Text && !part.text.isEmpty())
                system.append(part.text);
        }
    }
    if (!system.isEmpty())
        out.append(QJsonObject{{u"role"_s, SystemRole}, {u"content"_s, system.join(u"\n\n"_s)}});

    const QList<bool> inToolTurn = toolTurns(request.messages);
    for (qsizetype i = 0; i < request.messages.size(); ++i) {
        const Sdk::Message &message = request.messages[i];
        switch (message.role) {
        case Sdk::Role::System:
            break;
        case Sdk::Role::User: {
            // Tool results answer the assistant message before, so they go first, one tool
            // message per result.
            for (const Sdk::ContentPart &part : message.parts) {
                if (part.kind != Sdk::PartKind::ToolResult)
                    continue;
                // The wire has no error flag; say it in the text the model reads.
                const QString content = part.isError ? u"Error: "_s + part.text : part.text;
                out.append(QJsonObject{{u"role"_s, ToolRole},
                                       {u"tool_call_id"_s, part.toolCallId},
                                       {u"content"_s, content}});
            }
            const QJsonObject user = userMessage(message);
            if (!user.isEmpty())
                appendMerged(out, user);
            break;
        }
        case Sdk::Role::Assistant: {
            const QJsonObject assistant = assistantMessage(message, dialect, inToolTurn[i]);
            if (!assistant.isEmpty())
                appendMerged(out, assistant);
            break;
        }
        }
    }
    return out;
}

QJsonObject OpenAiRequestBuilder::chatBody(const Sdk::Endpoint &endpoint,
                                           const Sdk::ChatRequest &request,
                                           const OpenAiDialect &dialect)
{
    QJsonObject body{
        {u"model"_s, request.model},
        {u"messages"_s, messages(request, dialect)},
        {u"stream"_s, true},
    };
    if (dialect.includeUsage)
        body.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
    if (request.maxOutputTokens > 0)
        body.insert(dialect.maxTokensField, request.maxOutputTokens);
    if (request.temperature >= 0)
        body.insert(u"temperature"_s, request.temperature);
    if (!request.tools.isEmpty())
        body.insert(u"tools"_s, tools(request.tools));
    addThinking(body, request, dialect);
    // The preset's own fields last, so that a preset can set or correct anything.
    mergeInto(body, endpoint.extra.value("body"_L1));
    mergeInto(body, request.extra.value("body"_L1));
    return body;
}

} // namespace Baton::Plugin
