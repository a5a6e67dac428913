// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "anthropicrequestbuilder.h"

#include "anthropiclogging.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QUrlQuery>

#include <algorithm>

namespace Baton::Plugin {

using namespace Qt::StringLiterals;
using Sdk::Role;

namespace {

constexpr int FallbackMaxTokens = 8192;
constexpr int MinThinkingBudget = 1024; // the API's floor for budget_tokens
constexpr int OnThinkingBudget = 8000;
constexpr int MaxThinkingBudget = 32000;
constexpr int AnswerRoomTokens = 4096; // kept for the answer above the thinking budget

QPair<QByteArray, QByteArray> headerOf(const char *name, const QByteArray &value)
{
    return {QByteArray(name), value};
}

QString roleName(Role role)
{
    return role == Role::Assistant ? u"assistant"_s : u"user"_s;
}

QString blockType(const QJsonValue &block)
{
    return block.toObject().value("type"_L1).toString();
}

bool hasBlockOfType(const QJsonArray &blocks, QLatin1StringView type)
{
    for (const QJsonValue &block : blocks) {
        if (blockType(block) == type)
            return true;
    }
    return false;
}

// The API wants a media type; the host may not know one for a pasted image.
QString mediaTypeOf(const Sdk::ContentPart &part)
{
    if (!part.mimeType.isEmpty())
        return part.mimeType;
    const QByteArray &data = part.data;
    if (data.startsWith("\xFF\xD8\xFF"))
        return u"image/jpeg"_s;
    if (data.startsWith("GIF8"))
        return u"image/gif"_s;
    if (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return u"image/webp"_s;
    return u"image/png"_s;
}

QJsonObject textBlock(const QString &text)
{
    return QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, text}};
}

QJsonObject toolUseBlock(const Sdk::ContentPart &part)
{
    // The model's arguments as it produced them; anything but a JSON object cannot be sent as
    // `input`, and the call itself must still be there for its tool_result to make sense.
    QJsonParseError error;
    const QJsonDocument input = QJsonDocument::fromJson(part.toolInput, &error);
    return QJsonObject{
        {u"type"_s, u"tool_use"_s},
        {u"id"_s, part.toolCallId},
        {u"name"_s, part.toolName},
        {u"input"_s, error.error == QJsonParseError::NoError && input.isObject() ? input.object()
                                                                                 : QJsonObject()},
    };
}

QJsonObject toolResultBlock(const Sdk::ContentPart &part)
{
    QJsonObject block{{u"type"_s, u"tool_result"_s},
                      {u"tool_use_id"_s, part.toolCallId},
                      {u"is_error"_s, part.isError}};
    if (!part.text.isEmpty())
        block.insert(u"content"_s, part.text);
    return block;
}

int positiveInt(const QJsonObject &extra, QLatin1StringView key)
{
    return std::max(0, extra.value(key).toInt());
}

} // namespace

AnthropicRequestBuilder::AnthropicRequestBuilder(Sdk::Endpoint endpoint)
    : m_endpoint(std::move(endpoint))
    , m_dialect(AnthropicDialect::forName(m_endpoint.dialect))
{}

QUrl AnthropicRequestBuilder::urlFor(const QString &path) const
{
    QUrl url = m_endpoint.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    // Users paste ".../v1" from other tools' settings; the SDKs would then ask for /v1/v1/….
    if (base.endsWith("/v1"_L1))
        base.chop(3);
    url.setPath(base + path);
    return url;
}

Sdk::HttpHeaders AnthropicRequestBuilder::commonHeaders() const
{
    Sdk::HttpHeaders headers;
    QString version = m_endpoint.extra.value("anthropic-version"_L1).toString();
    if (version.isEmpty())
        version = u"2023-06-01"_s;
    headers.append(headerOf("anthropic-version", version.toUtf8()));
    const QString beta = m_endpoint.extra.value("anthropic-beta"_L1).toString();
    if (!beta.isEmpty())
        headers.append(headerOf("anthropic-beta", beta.toUtf8()));
    if (!m_endpoint.apiKey.isEmpty()) {
        switch (m_endpoint.authStyle) {
        case Sdk::AuthStyle::XApiKey:
            headers.append(headerOf("x-api-key", m_endpoint.apiKey));
            break;
        case Sdk::AuthStyle::Bearer:
            headers.append(headerOf("authorization", "Bearer " + m_endpoint.apiKey));
            break;
        case Sdk::AuthStyle::GoogApiKey:
            headers.append(headerOf("x-goog-api-key", m_endpoint.apiKey));
            break;
        case Sdk::AuthStyle::None:
            break;
        }
    }
    return headers;
}

Sdk::HttpRequest AnthropicRequestBuilder::chatRequest(const Sdk::ChatRequest &request) const
{
    Sdk::HttpRequest http;
    http.method = "POST";
    http.url = urlFor(u"/v1/messages"_s);
    http.headers.append(headerOf("content-type", "application/json"));
    http.headers.append(headerOf("accept", "text/event-stream"));
    http.headers.append(commonHeaders());
    http.body = QJsonDocument(chatBody(request)).toJson(QJsonDocument::Compact);
    return http;
}

std::optional<Sdk::HttpRequest> AnthropicRequestBuilder::listModelsRequest() const
{
    if (!m_dialect.listsModels)
        return std::nullopt;
    Sdk::HttpRequest http;
    http.method = "GET";
    http.url = urlFor(u"/v1/models"_s);
    QUrlQuery query(http.url);
    query.addQueryItem(u"limit"_s, u"1000"_s);
    http.url.setQuery(query);
    http.headers.append(headerOf("accept", "application/json"));
    http.headers.append(commonHeaders());
    return http;
}

std::optional<QJsonObject>
AnthropicRequestBuilder::thinkingBlockOf(const Sdk::ContentPart &part) const
{
    // A signature is only valid for the vendor (and API) that issued it; anything else in its
    // place is a 400 that no retry fixes.
    if (part.origin != m_dialect.thinkingOrigin())
        return std::nullopt;
    if (part.redacted) {
        if (part.data.isEmpty() || !m_dialect.acceptsRedactedThinking)
            return std::nullopt;
        return QJsonObject{{u"type"_s, u"redacted_thinking"_s},
                           {u"data"_s, QString::fromUtf8(part.data)}};
    }
    // Anthropic signs every thinking block it sends; an unsigned one was cut off mid-stream.
    if (part.signature.isEmpty() && !m_dialect.keepsUnsignedThinking)
        return std::nullopt;
    return QJsonObject{{u"type"_s, u"thinking"_s},
                       {u"thinking"_s, part.text},
                       {u"signature"_s, QString::fromUtf8(part.signature)}};
}

QList<AnthropicRequestBuilder::Turn>
AnthropicRequestBuilder::turnsOf(const Sdk::ChatRequest &request, QStringList *systemTexts) const
{
    QList<Turn> turns;
    // Consecutive content of one role is one turn: the API wants the roles to alternate, and a
    // message whose parts were all dropped must not leave two user turns in a row.
    const auto add = [&turns](Role role, const QJsonObject &block) {
        if (turns.isEmpty() || turns.last().role != role)
            turns.append(Turn{role, {}});
        turns.last().blocks.append(block);
    };
    for (const Sdk::Message &message : request.messages) {
        if (message.role == Role::System) {
            for (const Sdk::ContentPart &part : message.parts) {
                if (part.kind == Sdk::PartKind::Text && !part.text.trimmed().isEmpty())
                    systemTexts->append(part.text);
            }
            continue;
        }
        for (const Sdk::ContentPart &part : message.parts) {
            switch (part.kind) {
            case Sdk::PartKind::Text:
                // The API refuses empty and whitespace-only text blocks.
                if (!part.text.trimmed().isEmpty())
                    add(message.role, textBlock(part.text));
                break;
            case Sdk::PartKind::Image:
                if (message.role != Role::User || part.data.isEmpty())
                    break;
                if (m_dialect.acceptsImages) {
                    const QJsonObject source{
                        {u"type"_s, u"base64"_s},
                        {u"media_type"_s, mediaTypeOf(part)},
                        {u"data"_s, QString::fromLatin1(part.data.toBase64())}};
                    add(Role::User, QJsonObject{{u"type"_s, u"image"_s}, {u"source"_s, source}});
                } else {
                    add(Role::User, textBlock(u"[an image was attached here; this provider does "
                                              "not accept images]"_s));
                }
                break;
            case Sdk::PartKind::ToolCall:
                add(Role::Assistant, toolUseBlock(part));
                break;
            case Sdk::PartKind::ToolResult:
                add(Role::User, toolResultBlock(part));
                break;
            case Sdk::PartKind::Thinking:
                if (const std::optional<QJsonObject> block = thinkingBlockOf(part))
                    add(Role::Assistant, *block);
                break;
            }
        }
    }
    // "tool_result blocks must come first in the content array" of their user turn.
    for (Turn &turn : turns) {
        if (turn.role != Role::User)
            continue;
        QJsonArray results;
        QJsonArray others;
        for (const QJsonValue &block : std::as_const(turn.blocks))
            (blockType(block) == "tool_result"_L1 ? results : others).append(block);
        for (const QJsonValue &block : std::as_const(others))
            results.append(block);
        turn.blocks = results;
    }
    return turns;
}

QJsonObject AnthropicRequestBuilder::chatBody(const Sdk::ChatRequest &request) const
{
    const QJsonObject &extra = request.extra;
    QStringList systemTexts;
    if (!request.system.trimmed().isEmpty())
        systemTexts.append(request.system);
    QList<Turn> turns = turnsOf(request, &systemTexts);

    const int outputLimit = positiveInt(extra, "modelMaxOutputTokens"_L1);
    int maxTokens = request.maxOutputTokens > 0 ? request.maxOutputTokens
                                                : positiveInt(extra, "defaultMaxTokens"_L1);
    if (maxTokens <= 0)
        maxTokens = FallbackMaxTokens;
    if (outputLimit > 0)
        maxTokens = std::min(maxTokens, outputLimit);

    QString style = extra.value("thinkingStyle"_L1).toString().toLower();
    if (style.isEmpty())
        style = u"budget"_s;
    const QString effort = request.thinking == Sdk::ThinkingMode::Max ? u"max"_s : u"high"_s;
    const QJsonObject disabled{{u"type"_s, u"disabled"_s}};
    QJsonObject thinking;
    QJsonObject outputConfig;
    int thinkingMaxTokens = maxTokens;
    if (style == "none"_L1) {
        // The model takes no thinking field; whatever it does by default, it does.
    } else if (request.thinking == Sdk::ThinkingMode::Off) {
        if (m_dialect.thinksByDefault)
            thinking = disabled;
    } else if (style == "adaptive"_L1) {
        thinking = QJsonObject{{u"type"_s, u"adaptive"_s}};
        outputConfig = QJsonObject{{u"effort"_s, effort}};
    } else {
        if (style != "budget"_L1)
            qCDebug(lcAnthropic) << "unknown thinkingStyle" << style << "treated as budget";
        int budget = positiveInt(extra, "thinkingBudgetTokens"_L1);
        if (budget == 0)
            budget
                = request.thinking == Sdk::ThinkingMode::Max ? MaxThinkingBudget : OnThinkingBudget;
        budget = std::max(budget, MinThinkingBudget);
        thinkingMaxTokens = std::max(maxTokens, budget + AnswerRoomTokens);
        if (outputLimit > 0 && thinkingMaxTokens > outputLimit) {
            thinkingMaxTokens = outputLimit;
            budget = std::max(MinThinkingBudget, outputLimit - AnswerRoomTokens);
        }
        if (budget < thinkingMaxTokens) {
            thinking = QJsonObject{{u"type"_s, u"enabled"_s}, {u"budget_tokens"_s, budget}};
            if (m_dialect.sizesThinkingByEffort)
                outputConfig = QJsonObject{{u"effort"_s, effort}};
        } else {
            thinkingMaxTokens = maxTokens; // the model's output limit leaves no room to think
        }
    }
    const auto enabled = [&thinking] {
        return !thinking.isEmpty() && thinking.value("type"_L1).toString() != "disabled"_L1;
    };

    if (m_dialect.needsThinkingWithToolUse) {
        if (enabled() || (thinking.isEmpty() && m_dialect.thinksByDefault)) {
            const QJsonObject empty{{u"type"_s, u"thinking"_s},
                                    {u"thinking"_s, QString()},
                                    {u"signature"_s, QString()}};
            for (Turn &turn : turns) {
                if (turn.role == Role::Assistant && hasBlockOfType(turn.blocks, "tool_use"_L1)
                    && !hasBlockOfType(turn.blocks, "thinking"_L1))
                    turn.blocks.prepend(empty);
            }
        }
    } else if (enabled()) {
        // "When thinking is enabled, a final assistant message must start with a thinking
        // block" — impossible when that turn's thinking came from another vendor.
        for (auto turn = turns.crbegin(); turn != turns.crend(); ++turn) {
            if (turn->role != Role::Assistant)
                continue;
            const QString first
                = turn->blocks.isEmpty() ? QString() : blockType(turn->blocks.first());
            if (hasBlockOfType(turn->blocks, "tool_use"_L1) && first != "thinking"_L1
                && first != "redacted_thinking"_L1) {
                qCDebug(lcAnthropic) << "thinking left off: the last tool-use turn has none";
                thinking = m_dialect.thinksByDefault ? disabled : QJsonObject();
                outputConfig = QJsonObject();
                thinkingMaxTokens = maxTokens;
            }
            break;
        }
    }

    QJsonObject body;
    body.insert(u"model"_s, request.model);
    body.insert(u"max_tokens"_s, thinkingMaxTokens);
    body.insert(u"stream"_s, true);
    if (!systemTexts.isEmpty())
        body.insert(u"system"_s, systemTexts.join(u"\n\n"_s));
    QJsonArray messages;
    for (const Turn &turn : std::as_const(turns))
        messages.append(QJsonObject{{u"role"_s, roleName(turn.role)}, {u"content"_s, turn.blocks}});
    body.insert(u"messages"_s, messages);
    if (!request.tools.isEmpty()) {
        QJsonArray tools;
        for (const Sdk::ToolDefinition &tool : request.tools) {
            QJsonObject definition{{u"name"_s, tool.name}};
            if (!tool.description.isEmpty())
                definition.insert(u"description"_s, tool.description);
            definition.insert(u"input_schema"_s, tool.inputSchema.isEmpty()
                                                     ? QJsonObject{{u"type"_s, u"object"_s},
                                                                   {u"properties"_s, QJsonObject()}}
                                                     : tool.inputSchema);
            tools.append(definition);
        }
        body.insert(u"tools"_s, tools);
    }
    if (!thinking.isEmpty())
        body.insert(u"thinking"_s, thinking);
    if (!outputConfig.isEmpty())
        body.insert(u"output_config"_s, outputConfig);
    // Thinking requires the default temperature; the ranges differ (DeepSeek 0–2, MiniMax
    // (0, 1], the rest 0–1) and a value from an OpenAI-style setting must not cost a 400.
    if (!enabled() && request.temperature >= 0) {
        body.insert(u"temperature"_s, std::clamp(request.temperature, m_dialect.minTemperature,
                                                 m_dialect.maxTemperature));
    }
    return body;
}

} // namespace Baton::Plugin
