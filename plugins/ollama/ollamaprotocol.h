// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Ollama's native chat protocol (plugin protocol "ollama", no dialects).
//
// Request: `POST {baseUrl}/api/chat` (base http://127.0.0.1:11434 when the endpoint has none)
// with `stream: true`. No credentials unless the endpoint's auth style is Bearer and a key is
// set (a proxy or Ollama's cloud in front): then `Authorization: Bearer <key>`.
//
// History conversion:
// - ChatRequest::system and System messages become `system` messages, in place.
// - User text parts are joined with a blank line into `content`; images go to `images` as
//   base64. Each ToolResult part becomes its own `{"role":"tool","tool_name":…}` message,
//   placed before the user message that carried it, so it follows the assistant's call; the
//   name is the one of the latest earlier ToolCall with the same id (else the part's
//   `toolName`). Ollama has no error flag for tool results: the text goes as it is.
// - Assistant text goes to `content`, tool calls to `tool_calls` with `arguments` as a JSON
//   object (an unparsable `toolInput` is sent as `{}`), and Thinking parts whose origin is
//   "ollama" to `thinking`. Thinking from any other origin, and redacted thinking, is dropped.
//
// Options: `options.num_predict` = maxOutputTokens (when > 0), `options.temperature` (when
// >= 0), `options.num_ctx` = ChatRequest::extra["numCtx"] (when > 0; Ollama's default context
// is small and silently truncates long prompts).
//
// Thinking, by ChatRequest::extra["thinkingStyle"]:
// - "think" (default): `think` false for Off, true for On, "high" for Max (Ollama falls back
//   to the model's default for a level the model does not name).
// - "none": `think` is not sent (for models that answer 400 "does not support thinking").
//
// The decoder is OllamaStreamDecoder. classifyError reads Ollama's `{"error": "…"}` bodies.
// Models: `GET {baseUrl}/api/tags` → `models[].name` (context window unknown: 0).
//
// Stateless: every method is const and may be called from any thread.

#include <baton/sdk/iproviderprotocol.h>

#include <QtCore/QObject>

namespace Baton::Plugin {

class OllamaProtocol : public QObject, public Sdk::IProviderProtocol
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BATON_PROVIDER_PROTOCOL_IID FILE "ollama.json")
    Q_INTERFACES(Baton::Sdk::IProviderProtocol)

public:
    Sdk::HttpRequest buildChatRequest(const Sdk::Endpoint &endpoint,
                                      const Sdk::ChatRequest &request) const override;
    std::unique_ptr<Sdk::IStreamDecoder>
    createDecoder(const Sdk::Endpoint &endpoint, const Sdk::ChatRequest &request) const override;
    // 400 and 404 (model not found) → BadRequest, 401 → Auth, 402 → QuotaExhausted,
    // 403 → Forbidden, 429 → RateLimited (retry-after in seconds honoured), 503 (Ollama's
    // "server busy" queue limit) → Overloaded, other 5xx → Server. The message is the body's
    // `error` string, or the start of the body when it is not Ollama's JSON.
    Sdk::ProviderError classifyError(const Sdk::Endpoint &endpoint, int httpStatus,
                                     const Sdk::HttpHeaders &headers,
                                     const QByteArray &body) const override;
    std::optional<Sdk::HttpRequest>
    buildListModelsRequest(const Sdk::Endpoint &endpoint) const override;
    QList<Sdk::ModelInfo> parseModelList(const Sdk::Endpoint &endpoint, const QByteArray &body,
                                         QString *error) const override;
};

} // namespace Baton::Plugin
