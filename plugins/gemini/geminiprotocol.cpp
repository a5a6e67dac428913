// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "geminiprotocol.h"

#include "geminierrorclassifier.h"
#include "geministreamdecoder.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QUrlQuery>

namespace Baton::Plugin {

using namespace Qt::StringLiterals;

// The `protocol` of this plugin, which the host records as the origin of Thinking parts.
static constexpr auto Origin = "gemini"_L1;

// Google's documented stand-in for a function call that Gemini did not sign (another model's
// call, hand-built history). Accepted by the Gemini API and Vertex AI alike.
static constexpr auto PlaceholderSignature = "skip_thought_signature_validator"_L1;

static Q_LOGGING_CATEGORY(lcGemini, "baton.plugin.gemini", QtInfoMsg)

static QUrl apiUrl(const Sdk::Endpoint &endpoint, const QString &path)
{
    QUrl url = endpoint.baseUrl.isValid() && !endpoint.baseUrl.isEmpty()
                   ? endpoint.baseUrl
                   : QUrl(u"https://generativelanguage.googleapis.com"_s);
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    const bool versioned
        = base.endsWith("/v1beta"_L1) || base.endsWith("/v1"_L1) || base.endsWith("/v1alpha"_L1);
    url.setPath(base + (versioned ? QString() : u"/v1beta"_s) + path);
    return url;
}

static void addAuth(const Sdk::Endpoint &endpoint, Sdk::HttpHeaders &headers)
{
    if (endpoint.apiKey.isEmpty())
        return;
    if (endpoint.authStyle == Sdk::AuthStyle::GoogApiKey)
        headers.append({"x-goog-api-key", endpoint.apiKey});
    else if (endpoint.authStyle == Sdk::AuthStyle::Bearer)
        headers.append({"authorization", QByteArray("Bearer ").append(endpoint.apiKey)});
}

// --- tool schemas -------------------------------------------------------------------------------

// Gemini takes a subset of OpenAPI 3.0 schemas and answers 400 "Unknown name" for any other
// keyword, so a JSON Schema written for Anthropic or OpenAI is cut down to that subset.
static QJsonObject geminiSchema(const QJsonObject &schema, const QJsonObject &root, int depth)
{
    static const QStringList kept{
        u"type"_s,      u"format"_s,        u"title"_s,         u"description"_s,
        u"nullable"_s,  u"enum"_s,          u"maxItems"_s,      u"minItems"_s,
        u"required"_s,  u"minProperties"_s, u"maxProperties"_s, u"minLength"_s,
        u"maxLength"_s, u"pattern"_s,       u"example"_s,       u"propertyOrdering"_s,
        u"default"_s,   u"minimum"_s,       u"maximum"_s};
    if (depth > 16)
        return {};

    QJsonObject source = schema;
    const QString ref = schema.value("$ref"_L1).toString();
    if (ref.startsWith("#/"_L1)) {
        // Local references only ("#/$defs/X", "#/definitions/X"): inline the target.
        QJsonValue target = root;
        for (QStringView key : QStringView(ref).mid(2).split(u'/'))
            target = target[key.toString()];
        if (target.isObject()) {
            source = target.toObject();
            for (auto it = schema.begin(); it != schema.end(); ++it) {
                if (it.key() != "$ref"_L1)
                    source.insert(it.key(), it.value());
            }
        }
    }

    QJsonObject out;
    for (const QString &key : kept) {
        if (source.contains(key))
            out.insert(key, source.value(key));
    }
    const QJsonValue type = source.value("type"_L1);
    if (type.isArray()) {
        // ["string", "null"] → "string" + nullable.
        out.remove("type"_L1);
        for (const QJsonValue &t : type.toArray()) {
            if (t.toString() == "null"_L1)
                out.insert("nullable"_L1, true);
            else if (!out.contains("type"_L1))
                out.insert("type"_L1, t);
        }
    }
    if (source.contains("const"_L1) && !out.contains("enum"_L1))
        out.insert("enum"_L1, QJsonArray{source.value("const"_L1)});

    QJsonObject properties;
    const QJsonObject sourceProperties = source.value("properties"_L1).toObject();
    for (auto it = sourceProperties.begin(); it != sourceProperties.end(); ++it)
        properties.insert(it.key(), geminiSchema(it.value().toObject(), root, depth + 1));
    if (!properties.isEmpty()) {
        out.insert("properties"_L1, properties);
        QJsonArray required;
        for (const QJsonValue &name : source.value("required"_L1).toArray()) {
            if (properties.contains(name.toString()))
                required.append(name);
        }
        if (required.isEmpty())
            out.remove("required"_L1);
        else
            out.insert("required"_L1, required);
    } else {
        out.remove("required"_L1); // Gemini rejects OBJECT schemas with empty properties
    }

    const QJsonValue items = source.value("items"_L1);
    if (items.isObject())
        out.insert("items"_L1, geminiSchema(items.toObject(), root, depth + 1));
    else if (items.isArray() && !items.toArray().isEmpty())
        out.insert("items"_L1, geminiSchema(items.toArray().first().toObject(), root, depth + 1));

    const QJsonValue anyOf
        = source.contains("anyOf"_L1) ? source.value("anyOf"_L1) : source.value("oneOf"_L1);
    if (anyOf.isArray()) {
        QJsonArray alternatives;
        for (const QJsonValue &alternative : anyOf.toArray())
            alternatives.append(geminiSchema(alternative.toObject(), root, depth + 1));
        out.insert("anyOf"_L1, alternatives);
    }
    return out;
}

static QJsonArray convertTools(const QList<Sdk::ToolDefinition> &tools)
{
    QJsonArray declarations;
    for (const Sdk::ToolDefinition &tool : tools) {
        QJsonObject declaration{{"name"_L1, tool.name}};
        if (!tool.description.isEmpty())
            declaration.insert("description"_L1, tool.description);
        const QJsonObject parameters = geminiSchema(tool.inputSchema, tool.inputSchema, 0);
        if (parameters.contains("properties"_L1))
            declaration.insert("parameters"_L1, parameters);
        declarations.append(declaration);
    }
    return QJsonArray{QJsonObject{{"functionDeclarations"_L1, declarations}}};
}

// --- history ------------------------------------------------------------------------------------

static QJsonObject functionArgs(const Sdk::ContentPart &part)
{
    if (part.toolInput.trimmed().isEmpty())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(part.toolInput);
    if (!document.isObject()) {
        // A call cut off mid-stream leaves half an object; Gemini wants an object, so the call
        // goes back with no arguments rather than failing the whole request.
        qCWarning(lcGemini) << "tool call" << part.toolCallId
                            << "has arguments that are not a JSON object; sending {}";
        return {};
    }
    return document.object();
}

struct Contents
{
    QJsonArray contents;
    QJsonArray systemParts;
};

static void appendModelPart(const Sdk::ContentPart &part, QJsonArray &parts, bool &sawCall,
                            QHash<QString, QString> &toolNames)
{
    switch (part.kind) {
    case Sdk::PartKind::Text:
        if (!part.text.isEmpty())
            parts.append(QJsonObject{{"text"_L1, part.text}});
        break;
    case Sdk::PartKind::ToolCall: {
        toolNames.insert(part.toolCallId, part.toolName);
        QJsonObject call{{"functionCall"_L1, QJsonObject{{"name"_L1, part.toolName},
                                                         {"args"_L1, functionArgs(part)}}}};
        const bool ours = part.origin.isEmpty() || part.origin == Origin;
        if (ours && !part.signature.isEmpty())
            call.insert("thoughtSignature"_L1, QString::fromUtf8(part.signature));
        else if (!sawCall)
            call.insert("thoughtSignature"_L1, PlaceholderSignature);
        sawCall = true;
        parts.append(call);
        break;
    }
    case Sdk::PartKind::Thinking: {
        if (part.origin != Origin || part.redacted || part.signature.isEmpty())
            break;
        const QString signature = QString::fromUtf8(part.signature);
        if (!part.text.isEmpty()) {
            parts.append(QJsonObject{
                {"text"_L1, part.text}, {"thought"_L1, true}, {"thoughtSignature"_L1, signature}});
            break;
        }
        // A signature that came on a text part goes back onto that part.
        if (!parts.isEmpty()) {
            QJsonObject last = parts.last().toObject();
            if (last.contains("text"_L1) && !last.contains("thought"_L1)
                && !last.contains("thoughtSignature"_L1)) {
                last.insert("thoughtSignature"_L1, signature);
                parts.replace(parts.size() - 1, last);
            }
        }
        break;
    }
    case Sdk::PartKind::Image:
    case Sdk::PartKind::ToolResult:
        break; // not something the model says
    }
}

static void appendUserPart(const Sdk::ContentPart &part, QJsonArray &parts,
                           const QHash<QString, QString> &toolNames)
{
    switch (part.kind) {
    case Sdk::PartKind::Text:
        if (!part.text.isEmpty())
            parts.append(QJsonObject{{"text"_L1, part.text}});
        break;
    case Sdk::PartKind::Image:
        parts.append(
            QJsonObject{{"inlineData"_L1,
                         QJsonObject{{"mimeType"_L1, part.mimeType},
                                     {"data"_L1, QString::fromLatin1(part.data.toBase64())}}}});
        break;
    case Sdk::PartKind::ToolResult: {
        QString name = toolNames.value(part.toolCallId);
        if (name.isEmpty())
            name = part.toolName.isEmpty() ? part.toolCallId : part.toolName;
        // Gemini's convention: "output" for a result, "error" for a failure.
        const QJsonObject response{{part.isError ? "error"_L1 : "output"_L1, part.text}};
        parts.append(QJsonObject{
            {"functionResponse"_L1, QJsonObject{{"name"_L1, name}, {"response"_L1, response}}}});
        break;
    }
    case Sdk::PartKind::ToolCall:
    case Sdk::PartKind::Thinking:
        break; // only the model calls tools and thinks
    }
}

static Contents convertContents(const Sdk::ChatRequest &request)
{
    Contents result;
    if (!request.system.isEmpty())
        result.systemParts.append(QJsonObject{{"text"_L1, request.system}});

    QHash<QString, QString> toolNames; // tool call id → name of the latest call with that id
    for (const Sdk::Message &message : request.messages) {
        QJsonArray parts;
        bool sawCall = false;
        for (const Sdk::ContentPart &part : message.parts) {
            switch (message.role) {
            case Sdk::Role::System:
                if (part.kind == Sdk::PartKind::Text && !part.text.isEmpty())
                    result.systemParts.append(QJsonObject{{"text"_L1, part.text}});
                break;
            case Sdk::Role::User:
                appendUserPart(part, parts, toolNames);
                break;
            case Sdk::Role::Assistant:
                appendModelPart(part, parts, sawCall, toolNames);
                break;
            }
        }
        if (parts.isEmpty())
            continue; // Gemini rejects a content without parts
        const auto role = message.role == Sdk::Role::Assistant ? "model"_L1 : "user"_L1;
        result.contents.append(QJsonObject{{"role"_L1, role}, {"parts"_L1, parts}});
    }
    return result;
}

// --- generation config --------------------------------------------------------------------------

static QJsonObject thinkingConfig(const Sdk::ChatRequest &request)
{
    const QString style = request.extra.value("thinkingStyle"_L1).toString(u"budget"_s);
    QJsonObject config;
    if (style == "none"_L1)
        return config;
    if (style == "level"_L1) {
        switch (request.thinking) {
        case Sdk::ThinkingMode::Off:
            // Gemini 3 cannot stop thinking; "low" is the least every Gemini 3 model accepts.
            config.insert("thinkingLevel"_L1, "low"_L1);
            break;
        case Sdk::ThinkingMode::On:
            config.insert("includeThoughts"_L1, true);
            break;
        case Sdk::ThinkingMode::Max:
            config.insert("thinkingLevel"_L1, "high"_L1);
            config.insert("includeThoughts"_L1, true);
            break;
        }
        return config;
    }
    if (style != "budget"_L1)
        qCWarning(lcGemini) << "unknown thinkingStyle" << style << "; using \"budget\"";
    switch (request.thinking) {
    case Sdk::ThinkingMode::Off:
        config.insert("thinkingBudget"_L1,
                      request.extra.value("minThinkingBudget"_L1).toInteger(0));
        break;
    case Sdk::ThinkingMode::On:
        config.insert("thinkingBudget"_L1, -1);
        config.insert("includeThoughts"_L1, true);
        break;
    case Sdk::ThinkingMode::Max:
        config.insert("thinkingBudget"_L1,
                      request.extra.value("maxThinkingBudget"_L1).toInteger(24576));
        config.insert("includeThoughts"_L1, true);
        break;
    }
    return config;
}

Sdk::HttpRequest GeminiProtocol::buildChatRequest(const Sdk::Endpoint &endpoint,
                                                  const Sdk::ChatRequest &request) const
{
    const Contents contents = convertContents(request);
    QJsonObject body{{"contents"_L1, contents.contents}};
    if (!contents.systemParts.isEmpty())
        body.insert("systemInstruction"_L1, QJsonObject{{"parts"_L1, contents.systemParts}});
    if (!request.tools.isEmpty())
        body.insert("tools"_L1, convertTools(request.tools));

    QJsonObject generation;
    if (request.maxOutputTokens > 0)
        generation.insert("maxOutputTokens"_L1, request.maxOutputTokens);
    if (request.temperature >= 0)
        generation.insert("temperature"_L1, request.temperature);
    const QJsonObject thinking = thinkingConfig(request);
    if (!thinking.isEmpty())
        generation.insert("thinkingConfig"_L1, thinking);
    if (!generation.isEmpty())
        body.insert("generationConfig"_L1, generation);

    QString model = request.model;
    if (!model.contains(u'/'))
        model.prepend("models/"_L1);

    Sdk::HttpRequest http;
    http.method = "POST";
    http.url = apiUrl(endpoint, u'/' + model + ":streamGenerateContent"_L1);
    QUrlQuery query(http.url);
    query.addQueryItem(u"alt"_s, u"sse"_s);
    http.url.setQuery(query);
    http.headers.append({QByteArray("content-type"), QByteArray("application/json")});
    http.headers.append({QByteArray("accept"), QByteArray("text/event-stream")});
    addAuth(endpoint, http.headers);
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return http;
}

std::unique_ptr<Sdk::IStreamDecoder> GeminiProtocol::createDecoder(const Sdk::Endpoint &,
                                                                   const Sdk::ChatRequest &) const
{
    return std::make_unique<GeminiStreamDecoder>();
}

Sdk::ProviderError GeminiProtocol::classifyError(const Sdk::Endpoint &, int httpStatus,
                                                 const Sdk::HttpHeaders &headers,
                                                 const QByteArray &body) const
{
    // Without alt=sse, and from some front ends, the error comes wrapped in an array.
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject wrapper = document.isArray() && !document.array().isEmpty()
                                    ? document.array().first().toObject()
                                    : document.object();
    Sdk::ProviderError error
        = GeminiErrorClassifier::classify(httpStatus, wrapper.value("error"_L1).toObject());
    if (!wrapper.value("error"_L1).isObject()) {
        const QString text = QString::fromUtf8(body.left(500)).trimmed();
        if (!text.isEmpty())
            error.message = text; // a proxy's page: its start is all the user needs
    }
    if (error.retryAfterMs < 0) {
        for (const auto &[name, value] : headers) {
            bool ok = false;
            const double seconds = value.trimmed().toDouble(&ok);
            if (name.compare("retry-after", Qt::CaseInsensitive) == 0 && ok)
                error.retryAfterMs = Sdk::clampRetryAfterMs(seconds * 1000);
        }
    }
    qCDebug(lcGemini) << "HTTP" << httpStatus << error.code << "classified as" << int(error.kind);
    return error;
}

std::optional<Sdk::HttpRequest>
GeminiProtocol::buildListModelsRequest(const Sdk::Endpoint &endpoint) const
{
    Sdk::HttpRequest http;
    http.method = "GET";
    http.url = apiUrl(endpoint, u"/models"_s);
    // One page holds every model (the default page is 50, the maximum 1000).
    http.url.setQuery(u"pageSize=1000"_s);
    http.headers.append({QByteArray("accept"), QByteArray("application/json")});
    addAuth(endpoint, http.headers);
    return http;
}

QList<Sdk::ModelInfo> GeminiProtocol::parseModelList(const Sdk::Endpoint &, const QByteArray &body,
                                                     QString *error) const
{
    QList<Sdk::ModelInfo> models;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        if (error)
            *error = u"the Gemini model list is not a JSON object"_s;
        return models;
    }
    for (const QJsonValue &entry : document.object().value("models"_L1).toArray()) {
        // Embedding and other non-chat models are listed too; Baton can only chat with those
        // that generate content.
        const QJsonValue methods = entry["supportedGenerationMethods"_L1];
        if (methods.isArray() && !methods.toArray().contains(u"generateContent"_s)
            && !methods.toArray().contains(u"streamGenerateContent"_s))
            continue;
        Sdk::ModelInfo model;
        model.id = entry["name"_L1].toString();
        if (model.id.startsWith("models/"_L1))
            model.id.remove(0, 7);
        if (model.id.isEmpty())
            continue;
        model.displayName = entry["displayName"_L1].toString(model.id);
        model.contextWindow = entry["inputTokenLimit"_L1].toInt();
        models.append(model);
    }
    return models;
}

} // namespace Baton::Plugin
