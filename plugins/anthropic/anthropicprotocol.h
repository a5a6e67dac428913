// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The "anthropic" protocol plugin: the Anthropic Messages API with streaming, spoken by
// api.anthropic.com and by the Anthropic-compatible endpoints of Zhipu GLM, DeepSeek, Kimi,
// MiniMax and Qwen (dialects; see anthropicdialect.h for what each one changes).
//
//   buildChatRequest        AnthropicRequestBuilder (URL, headers, body; the ChatRequest::extra
//                           keys "defaultMaxTokens", "modelMaxOutputTokens", "thinkingStyle",
//                           "thinkingBudgetTokens" and the Endpoint::extra keys
//                           "anthropic-version", "anthropic-beta" are documented there)
//   createDecoder           AnthropicDecoder (SSE events → StreamEvents)
//   classifyError           AnthropicErrorClassifier (status + body → ErrorKind)
//   buildListModelsRequest  GET {baseUrl}/v1/models?limit=1000, or nothing for dialects without
//                           a models endpoint (zhipu, deepseek, moonshot, qwen)
//   parseModelList          data[].id and data[].display_name; entries without an id skipped;
//                           a body that is not a JSON object with a `data` array is an error
//
// Thinking that this plugin decodes is expected to be stored with ContentPart::origin
// "anthropic" (dialect "") or "anthropic/<dialect>"; only thinking of exactly that origin is
// ever sent back.
//
// Stateless and sans-IO: every call may come from any thread; nothing is logged that holds a
// key, a header value or conversation text.

#include <baton/sdk/iproviderprotocol.h>

#include <QtCore/QObject>

namespace Baton::Plugin {

class AnthropicProtocol : public QObject, public Sdk::IProviderProtocol
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BATON_PROVIDER_PROTOCOL_IID FILE "anthropic.json")
    Q_INTERFACES(Baton::Sdk::IProviderProtocol)

public:
    Sdk::HttpRequest buildChatRequest(const Sdk::Endpoint &endpoint,
                                      const Sdk::ChatRequest &request) const override;
    std::unique_ptr<Sdk::IStreamDecoder>
    createDecoder(const Sdk::Endpoint &endpoint, const Sdk::ChatRequest &request) const override;
    Sdk::ProviderError classifyError(const Sdk::Endpoint &endpoint, int httpStatus,
                                     const Sdk::HttpHeaders &headers,
                                     const QByteArray &body) const override;
    std::optional<Sdk::HttpRequest>
    buildListModelsRequest(const Sdk::Endpoint &endpoint) const override;
    QList<Sdk::ModelInfo> parseModelList(const Sdk::Endpoint &endpoint, const QByteArray &body,
                                         QString *error) const override;
};

} // namespace Baton::Plugin
