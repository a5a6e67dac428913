// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "ollamaprotocol.h"

#include "ollamastreamdecoder.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>

namespace Baton::Plugin {

using namespace Qt::StringLiterals;

// The `protocol` of this plugin, which the host records as the origin of Thinking parts.
static constexpr auto Origin = "ollama"_L1;

static Q_LOGGING_CATEGORY(lcOllama, "baton.plugin.ollama", QtInfoMsg)

// Ollama listens here unless told otherwise (OLLAMA_HOST); 127.0.0.1 rather than localhost so
// that a resolver preferring ::1 does not miss a server bound to IPv4 only.
static QUrl apiUrl(const Sdk::Endpoint &endpoint, QLatin1StringView path)
{
    QUrl url = endpoint.baseUrl.isValid() && !endpoint.baseUrl.isEmpty()
                   ? endpoint.baseUrl
                   : QUrl(u"http://127.0.0.1:11434"_s);
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

static void addAuth(const Sdk::Endpoint &endpoint, Sdk::HttpHeaders &headers)
{
    if (endpoint.authStyle == Sdk::AuthStyle::Bearer && !endpoint.apiKey.isEmpty())
        headers.append({"authorization", QByteArray("Bearer ").append(endpoint.apiKey)});
}

static QJsonObject toolArguments(const Sdk::ContentPart &part)
{
    if (part.toolInput.trimmed().isEmpty())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(part.toolInput);
    if (!document.isObject()) {
        // A call cut off mid-stream leaves half an object; Ollama wants an object, so the call
        // goes back with no arguments rather than failing the whole request.
        qCWarning(lcOllama) << "tool call" << part.toolCallId
                            << "has arguments that are not a JSON object; sending {}";
        return {};
    }
    return document.object();
}

static QJsonArray convertMessages(const Sdk::ChatRequest &request)
{
    QJsonArray messages;
    if (!request.system.isEmpty())
        messages.append(QJsonObject{{"role"_L1, "system"_L1}, {"content"_L1, request.system}});

    QHash<QString, QString> toolNames; // tool call id → name of the latest call with that id
    for (const Sdk::Message &message : request.messages) {
        QStringList texts;
        QStringList thinking;
        QJsonArray images;
        QJsonArray toolCalls;
        for (const Sdk::ContentPart &part : message.parts) {
            switch (part.kind) {
            case Sdk::PartKind::Text:
                if (!part.text.isEmpty())
                    texts.append(part.text);
                break;
            case Sdk::PartKind::Image:
                if (message.role == Sdk::Role::User)
                    images.append(QString::fromLatin1(part.data.toBase64()));
                break;
            case Sdk::PartKind::ToolCall:
                if (message.role != Sdk::Role::Assistant)
                    break;
                toolNames.insert(part.toolCallId, part.toolName);
                toolCalls.append(QJsonObject{
                    {"type"_L1, "function"_L1},
                    {"function"_L1, QJsonObject{{"index"_L1, toolCalls.size()},
                                                {"name"_L1, part.toolName},
                                                {"arguments"_L1, toolArguments(part)}}}});
                break;
            case Sdk::PartKind::ToolResult: {
                // Tool messages must follow the assistant's calls, so they go out before the
                // rest of the user message that carried them.
                QJsonObject tool{{"role"_L1, "tool"_L1}, {"content"_L1, part.text}};
                const QString name = toolNames.value(part.toolCallId, part.toolName);
                if (!name.isEmpty())
                    tool.insert("tool_name"_L1, name);
                messages.append(tool);
                break;
            }
            case Sdk::PartKind::Thinking:
                // Reasoning is only meaningful to the kind of server that produced it.
                if (message.role == Sdk::Role::Assistant && part.origin == Origin && !part.redacted
                    && !part.text.isEmpty())
                    thinking.append(part.text);
                break;
            }
        }
        const QString content = texts.join("\n\n"_L1);
        switch (message.role) {
        case Sdk::Role::System:
            if (!content.isEmpty())
                messages.append(QJsonObject{{"role"_L1, "system"_L1}, {"content"_L1, content}});
            break;
        case Sdk::Role::User:
            if (!content.isEmpty() || !images.isEmpty()) {
                QJsonObject user{{"role"_L1, "user"_L1}, {"content"_L1, content}};
                if (!images.isEmpty())
                    user.insert("images"_L1, images);
                messages.append(user);
            }
            break;
        case Sdk::Role::Assistant:
            if (!content.isEmpty() || !toolCalls.isEmpty() || !thinking.isEmpty()) {
                QJsonObject assistant{{"role"_L1, "assistant"_L1}, {"content"_L1, content}};
                if (!thinking.isEmpty())
                    assistant.insert("thinking"_L1, thinking.join("\n\n"_L1));
                if (!toolCalls.isEmpty())
                    assistant.insert("tool_calls"_L1, toolCalls);
                messages.append(assistant);
            }
            break;
        }
    }
    return messages;
}

static QJsonArray convertTools(const QList<Sdk::ToolDefinition> &tools)
{
    QJsonArray array;
    for (const Sdk::ToolDefinition &tool : tools) {
        QJsonObject function{{"name"_L1, tool.name}, {"parameters"_L1, tool.inputSchema}};
        if (!tool.description.isEmpty())
            function.insert("description"_L1, tool.description);
        array.append(QJsonObject{{"type"_L1, "function"_L1}, {"function"_L1, function}});
    }
    return array;
}

Sdk::HttpRequest OllamaProtocol::buildChatRequest(const Sdk::Endpoint &endpoint,
                                                  const Sdk::ChatRequest &request) const
{
    QJsonObject body{{"model"_L1, request.model},
                     {"messages"_L1, convertMessages(request)},
                     {"stream"_L1, true}};
    if (!request.tools.isEmpty())
        body.insert("tools"_L1, convertTools(request.tools));

    QJsonObject options;
    if (request.maxOutputTokens > 0)
        options.insert("num_predict"_L1, request.maxOutputTokens);
    if (request.temperature >= 0)
        options.insert("temperature"_L1, request.temperature);
    const qint64 numCtx = request.extra.value("numCtx"_L1).toInteger();
    if (numCtx > 0)
        options.insert("num_ctx"_L1, numCtx);
    if (!options.isEmpty())
        body.insert("options"_L1, options);

    const QString style = request.extra.value("thinkingStyle"_L1).toString(u"think"_s);
    if (style != "none"_L1) {
        if (style != "think"_L1)
            qCWarning(lcOllama) << "unknown thinkingStyle" << style << "; using \"think\"";
        switch (request.thinking) {
        case Sdk::ThinkingMode::Off:
            body.insert("think"_L1, false);
            break;
        case Sdk::ThinkingMode::On:
            body.insert("think"_L1, true);
            break;
        case Sdk::ThinkingMode::Max:
            body.insert("think"_L1, "high"_L1);
            break;
        }
    }

    Sdk::HttpRequest http;
    http.method = "POST";
    http.url = apiUrl(endpoint, "/api/chat"_L1);
    http.headers.append({QByteArray("content-type"), QByteArray("application/json")});
    http.headers.append({QByteArray("accept"), QByteArray("application/x-ndjson")});
    addAuth(endpoint, http.headers);
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return http;
}

std::unique_ptr<Sdk::IStreamDecoder> OllamaProtocol::createDecoder(const Sdk::Endpoint &,
                                                                   const Sdk::ChatRequest &) const
{
    return std::make_unique<OllamaStreamDecoder>();
}

static qint64 retryAfterMs(const Sdk::HttpHeaders &headers)
{
    for (const auto &[name, value] : headers) {
        if (name.compare("retry-after", Qt::CaseInsensitive) != 0)
            continue;
        bool ok = false;
        const double seconds = value.trimmed().toDouble(&ok);
        if (ok)
            return Sdk::clampRetryAfterMs(seconds * 1000);
    }
    return -1;
}

Sdk::ProviderError OllamaProtocol::classifyError(const Sdk::Endpoint &, int httpStatus,
                                                 const Sdk::HttpHeaders &headers,
                                                 const QByteArray &body) const
{
    Sdk::ProviderError error;
    error.httpStatus = httpStatus;
    error.retryAfterMs = retryAfterMs(headers);

    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue message = document.object().value("error"_L1);
    if (message.isString())
        error.message = message.toString();
    else if (message.isObject())
        error.message = message["message"_L1].toString();
    if (error.message.isEmpty()) {
        // Not Ollama's JSON: a proxy's page. Its start is all the user needs to see.
        error.message = QString::fromUtf8(body.left(500)).trimmed();
    }
    if (error.message.isEmpty())
        error.message = u"HTTP "_s + QString::number(httpStatus);

    switch (httpStatus) {
    case 401:
        error.kind = Sdk::ErrorKind::Auth;
        break;
    case 402:
        error.kind = Sdk::ErrorKind::QuotaExhausted;
        break;
    case 403:
        error.kind = Sdk::ErrorKind::Forbidden;
        break;
    case 429:
        error.kind = Sdk::ErrorKind::RateLimited;
        break;
    case 503:
        error.kind = Sdk::ErrorKind::Overloaded;
        break;
    default:
        if (httpStatus >= 400 && httpStatus < 500)
            error.kind = Sdk::ErrorKind::BadRequest;
        else
            error.kind = Sdk::ErrorKind::Server;
        break;
    }
    qCDebug(lcOllama) << "HTTP" << httpStatus << "classified as" << int(error.kind);
    return error;
}

std::optional<Sdk::HttpRequest>
OllamaProtocol::buildListModelsRequest(const Sdk::Endpoint &endpoint) const
{
    Sdk::HttpRequest http;
    http.method = "GET";
    http.url = apiUrl(endpoint, "/api/tags"_L1);
    http.headers.append({QByteArray("accept"), QByteArray("application/json")});
    addAuth(endpoint, http.headers);
    return http;
}

QList<Sdk::ModelInfo> OllamaProtocol::parseModelList(const Sdk::Endpoint &, const QByteArray &body,
                                                     QString *error) const
{
    QList<Sdk::ModelInfo> models;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue list = document.object().value("models"_L1);
    if (!list.isArray()) {
        if (error)
            *error = u"the Ollama model list is not a JSON object with a \"models\" array"_s;
        return models;
    }
    for (const QJsonValue &entry : list.toArray()) {
        Sdk::ModelInfo model;
        model.id = entry["name"_L1].toString();
        if (model.id.isEmpty())
            model.id = entry["model"_L1].toString();
        if (model.id.isEmpty())
            continue;
        model.displayName = model.id;
        models.append(model);
    }
    return models;
}

} // namespace Baton::Plugin
