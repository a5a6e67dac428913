// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// A tiny but real protocol plugin for the host's tests (protocol "testecho").
//
// Its wire format is one event per line: `text: <words>` is a text delta, `stop: <reason>`
// ends the answer ("end_turn", "max_tokens" or anything else), `usage: <in> <out>` reports
// tokens, `error: <message>` is an in-stream overload error. The request is a POST of the last user
// message's text to `<baseUrl>/echo`.

#include <baton/sdk/iproviderprotocol.h>

#include <QtCore/QObject>

class EchoProtocol : public QObject, public Baton::Sdk::IProviderProtocol
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BATON_PROVIDER_PROTOCOL_IID FILE "echo.json")
    Q_INTERFACES(Baton::Sdk::IProviderProtocol)

public:
    Baton::Sdk::HttpRequest buildChatRequest(const Baton::Sdk::Endpoint &endpoint,
                                             const Baton::Sdk::ChatRequest &request) const override;
    std::unique_ptr<Baton::Sdk::IStreamDecoder>
    createDecoder(const Baton::Sdk::Endpoint &endpoint,
                  const Baton::Sdk::ChatRequest &request) const override;
    Baton::Sdk::ProviderError classifyError(const Baton::Sdk::Endpoint &endpoint, int httpStatus,
                                            const Baton::Sdk::HttpHeaders &headers,
                                            const QByteArray &body) const override;
    std::optional<Baton::Sdk::HttpRequest>
    buildListModelsRequest(const Baton::Sdk::Endpoint &endpoint) const override;
    QList<Baton::Sdk::ModelInfo> parseModelList(const Baton::Sdk::Endpoint &endpoint,
                                                const QByteArray &body,
                                                QString *error) const override;
};
