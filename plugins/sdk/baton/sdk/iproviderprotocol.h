// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The interface a protocol plugin implements. This header and the ones it includes are the
// whole SDK: a plugin includes nothing else of Baton.
//
// A plugin is *sans-IO*: it builds HTTP requests and decodes response bytes, it never opens a
// socket, starts a timer or touches the disk. The host owns the network, timeouts, retries and
// cancellation. Everything here is called on the host's thread of choice, one call at a time
// per object; a plugin keeps no global state.
//
// A plugin is a Qt plugin:
//
//     class AnthropicProtocol : public QObject, public Baton::Sdk::IProviderProtocol {
//         Q_OBJECT
//         Q_PLUGIN_METADATA(IID BATON_PROVIDER_PROTOCOL_IID FILE "anthropic.json")
//         Q_INTERFACES(Baton::Sdk::IProviderProtocol)
//         …
//     };
//
// and its JSON metadata, read by the host without loading the library, is
//
//     { "abi": { "major": 1, "minor": 0 }, "protocol": "anthropic",
//       "displayName": "Anthropic Messages", "dialects": ["zhipu", "deepseek", …] }

#include "abi.h"
#include "events.h"
#include "types.h"

#include <QtCore/QByteArrayView>
#include <QtCore/QList>
#include <QtCore/QtPlugin>

#include <memory>
#include <optional>

namespace Baton::Sdk {

// Decodes one response body into events. Made per request by IProviderProtocol::createDecoder.
class IStreamDecoder
{
public:
    virtual ~IStreamDecoder() = default;

    // Feeds the next bytes of the body as they arrive, in any split (a UTF-8 character or a
    // line may be cut anywhere). Returns the events completed by these bytes, in order.
    virtual QList<StreamEvent> feed(QByteArrayView bytes) = 0;

    // The body ended. Returns the events of a final unterminated frame, and an Error event of
    // kind Protocol when the stream stopped before the protocol's end (no stop reason seen).
    virtual QList<StreamEvent> finish() = 0;
};

class IProviderProtocol
{
public:
    virtual ~IProviderProtocol() = default;

    // The HTTP call for a streaming chat request to `endpoint`.
    virtual HttpRequest buildChatRequest(const Endpoint &endpoint,
                                         const ChatRequest &request) const = 0;

    // A new decoder for the body of a successful (2xx) response to `request`.
    virtual std::unique_ptr<IStreamDecoder> createDecoder(const Endpoint &endpoint,
                                                          const ChatRequest &request) const = 0;

    // Classifies a non-2xx response. `body` is what arrived of it (possibly empty or not JSON).
    virtual ProviderError classifyError(const Endpoint &endpoint, int httpStatus,
                                        const HttpHeaders &headers,
                                        const QByteArray &body) const = 0;

    // The HTTP call that lists the endpoint's models, or nothing when the protocol or dialect
    // has no such call.
    virtual std::optional<HttpRequest> buildListModelsRequest(const Endpoint &endpoint) const = 0;

    // Parses the body of a successful model-listing response. Malformed bodies give an empty
    // list and set `error` when it is not null.
    virtual QList<ModelInfo> parseModelList(const Endpoint &endpoint, const QByteArray &body,
                                            QString *error) const = 0;
};

} // namespace Baton::Sdk

Q_DECLARE_INTERFACE(Baton::Sdk::IProviderProtocol, BATON_PROVIDER_PROTOCOL_IID)
