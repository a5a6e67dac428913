// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Builds the pieces of a Chat Completions call: URL, headers and the JSON body, from Baton's
// provider-neutral request and a resolved OpenAiDialect. What goes where is described in
// openaiprotocol.h. Stateless; pure functions of their arguments.

#include "openaidialect.h"

#include <baton/sdk/types.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QUrl>

namespace Baton::Plugin {

class OpenAiRequestBuilder
{
public:
    // `baseUrl` with `path` appended after exactly one slash (the base URL's query is kept).
    static QUrl endpointUrl(const QUrl &baseUrl, QLatin1StringView path);

    // The credentials header for `endpoint` (none for AuthStyle::None or an empty key), then
    // the preset's extra headers (option "headers"), then `accept`.
    static Sdk::HttpHeaders headers(const Sdk::Endpoint &endpoint, const QJsonObject &requestExtra,
                                    const QByteArray &accept);

    // The whole body of a streaming chat request.
    static QJsonObject chatBody(const Sdk::Endpoint &endpoint, const Sdk::ChatRequest &request,
                                const OpenAiDialect &dialect);

    // The `messages` array for `request`.
    static QJsonArray messages(const Sdk::ChatRequest &request, const OpenAiDialect &dialect);
};

} // namespace Baton::Plugin
