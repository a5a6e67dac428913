// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "openaiprotocol.h"

#include "openaidecoder.h"
#include "openaidialect.h"
#include "openaierrorclassifier.h"
#include "openailogging.h"
#include "openairequestbuilder.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <limits>

namespace Baton::Plugin {

Q_LOGGING_CATEGORY(lcOpenAi, "baton.plugin.openai", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

int contextWindow(const QJsonObject &model)
{
    for (const auto key : {"context_length"_L1, "max_model_len"_L1, "context_window"_L1}) {
        const QJsonValue value = model.value(key);
        double tokens = 0;
        if (value.isDouble())
            tokens = value.toDouble();
        else if (value.isString())
            tokens = value.toString().toDouble();
        if (tokens > 0)
            return tokens >= double(std::numeric_limits<int>::max())
                       ? std::numeric_limits<int>::max()
                       : int(tokens);
    }
    return 0;
}

} // namespace

Sdk::HttpRequest OpenAiProtocol::buildChatRequest(const Sdk::Endpoint &endpoint,
                                                  const Sdk::ChatRequest &request) const
{
    const OpenAiDialect dialect = OpenAiDialect::resolve(endpoint, request.extra);
    Sdk::HttpRequest http;
    http.method = "POST";
    http.url = OpenAiRequestBuilder::endpointUrl(endpoint.baseUrl, "chat/completions"_L1);
    http.headers = OpenAiRequestBuilder::headers(endpoint, request.extra, "text/event-stream");
    http.headers.append({QByteArray("content-type"), QByteArray("application/json")});
    http.body = QJsonDocument(OpenAiRequestBuilder::chatBody(endpoint, request, dialect))
                    .toJson(QJsonDocument::Compact);
    return http;
}

std::unique_ptr<Sdk::IStreamDecoder> OpenAiProtocol::createDecoder(const Sdk::Endpoint &endpoint,
                                                                   const Sdk::ChatRequest &) const
{
    return std::make_unique<OpenAiDecoder>(endpoint.apiKey);
}

Sdk::ProviderError OpenAiProtocol::classifyError(const Sdk::Endpoint &endpoint, int httpStatus,
                                                 const Sdk::HttpHeaders &headers,
                                                 const QByteArray &body) const
{
    return OpenAiErrorClassifier::classifyResponse(httpStatus, headers, body, endpoint.apiKey);
}

std::optional<Sdk::HttpRequest>
OpenAiProtocol::buildListModelsRequest(const Sdk::Endpoint &endpoint) const
{
    if (!OpenAiDialect::resolve(endpoint).listsModels)
        return std::nullopt;
    Sdk::HttpRequest http;
    http.method = "GET";
    http.url = OpenAiRequestBuilder::endpointUrl(endpoint.baseUrl, "models"_L1);
    http.headers = OpenAiRequestBuilder::headers(endpoint, {}, "application/json");
    return http;
}

QList<Sdk::ModelInfo> OpenAiProtocol::parseModelList(const Sdk::Endpoint &, const QByteArray &body,
                                                     QString *error) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue data = document.object().value("data"_L1);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !data.isArray()) {
        if (error)
            *error = QStringLiteral("the model list is not a JSON object with a \"data\" array");
        return {};
    }
    QList<Sdk::ModelInfo> models;
    for (const QJsonValue &value : data.toArray()) {
        const QJsonObject entry = value.toObject();
        const QString id = entry.value("id"_L1).toString();
        if (id.isEmpty())
            continue;
        Sdk::ModelInfo model;
        model.id = id;
        model.displayName = entry.value("name"_L1).toString();
        if (model.displayName.isEmpty())
            model.displayName = entry.value("display_name"_L1).toString();
        model.contextWindow = contextWindow(entry);
        models.append(model);
    }
    return models;
}

} // namespace Baton::Plugin
