// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "anthropicprotocol.h"

#include "anthropicdecoder.h"
#include "anthropicdialect.h"
#include "anthropicerrorclassifier.h"
#include "anthropiclogging.h"
#include "anthropicrequestbuilder.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace Baton::Plugin {

using namespace Qt::StringLiterals;

Sdk::HttpRequest AnthropicProtocol::buildChatRequest(const Sdk::Endpoint &endpoint,
                                                     const Sdk::ChatRequest &request) const
{
    return AnthropicRequestBuilder(endpoint).chatRequest(request);
}

std::unique_ptr<Sdk::IStreamDecoder>
AnthropicProtocol::createDecoder(const Sdk::Endpoint &endpoint, const Sdk::ChatRequest &) const
{
    return std::make_unique<AnthropicDecoder>(
        AnthropicErrorClassifier(AnthropicDialect::forName(endpoint.dialect), endpoint.apiKey));
}

Sdk::ProviderError AnthropicProtocol::classifyError(const Sdk::Endpoint &endpoint, int httpStatus,
                                                    const Sdk::HttpHeaders &headers,
                                                    const QByteArray &body) const
{
    return AnthropicErrorClassifier(AnthropicDialect::forName(endpoint.dialect), endpoint.apiKey)
        .classifyResponse(httpStatus, headers, body);
}

std::optional<Sdk::HttpRequest>
AnthropicProtocol::buildListModelsRequest(const Sdk::Endpoint &endpoint) const
{
    return AnthropicRequestBuilder(endpoint).listModelsRequest();
}

QList<Sdk::ModelInfo> AnthropicProtocol::parseModelList(const Sdk::Endpoint &,
                                                        const QByteArray &body,
                                                        QString *error) const
{
    QList<Sdk::ModelInfo> models;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue data = document.object().value("data"_L1);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !data.isArray()) {
        qCWarning(lcAnthropic) << "the model list is not a JSON object with a data array";
        if (error)
            *error = u"the model list is not a JSON object with a \"data\" array"_s;
        return models;
    }
    for (const QJsonValue &entry : data.toArray()) {
        const QJsonObject object = entry.toObject();
        Sdk::ModelInfo model;
        model.id = object.value("id"_L1).toString();
        if (model.id.isEmpty())
            continue;
        model.displayName = object.value("display_name"_L1).toString();
        models.append(model);
    }
    return models;
}

} // namespace Baton::Plugin
