// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Google's Gemini API (plugin protocol "gemini", no dialects).
//
// Request: `POST {baseUrl}/v1beta/models/{model}:streamGenerateContent?alt=sse` (base
// https://generativelanguage.googleapis.com when the endpoint has none; "/v1beta" is not added
// when the base already ends in an API version; a model containing "/" such as
// "tunedModels/x" is used as the path as it is, a leading "models/" is not doubled). The key
// goes in `x-goog-api-key` (AuthStyle::GoogApiKey) or `Authorization: Bearer` (Bearer, for
// proxies), never in the URL.
//
// History conversion (`contents`, roles "user" and "model"):
// - ChatRequest::system and System messages become `systemInstruction.parts`.
// - Text → `{text}` (empty text is skipped: Gemini rejects it); images → `{inlineData}`.
// - ToolCall → `{functionCall: {name, args}}` with ContentPart::signature as the part's
//   `thoughtSignature` when the part's origin is empty or "gemini" (the decoder hands the
//   signature over on ToolCallStart; the host keeps it in the ToolCall part's `signature`).
//   The first function call of a model turn that has no Gemini signature (a call another
//   vendor made, or an older Gemini) gets the documented placeholder
//   "skip_thought_signature_validator", so a switch to Gemini 3 mid-task is not a 400.
// - ToolResult → `{functionResponse: {name, response: {output | error: text}}}`, the name
//   being the one of the latest earlier ToolCall with the same id (else the part's toolName).
// - Thinking with origin "gemini" and a signature → `{text, thought: true, thoughtSignature}`;
//   with empty text (the signature Gemini put on a text part, see GeminiStreamDecoder) the
//   signature goes back onto the text part just before it, and is dropped when there is none.
//   Unsigned Gemini thinking is dropped (Gemini reads only the signature), and so is thinking
//   of any other origin and redacted thinking.
// - A message left with no parts is left out.
// - Tool parameter schemas are cut down to the OpenAPI subset Gemini accepts (unknown keywords
//   dropped, local $refs inlined, type lists folded into `nullable`); a tool without
//   properties is declared without `parameters`.
//
// generationConfig: `maxOutputTokens` (when > 0), `temperature` (when >= 0), and
// `thinkingConfig` by ChatRequest::extra["thinkingStyle"]:
// - "budget" (default; Gemini 2.5): Off → `thinkingBudget` extra["minThinkingBudget"] (default
//   0; 128 for models that cannot stop thinking), On → -1 (dynamic), Max →
//   extra["maxThinkingBudget"] (default 24576); On and Max add `includeThoughts: true`.
// - "level" (Gemini 3): Off → `thinkingLevel` "low", On → the model's default level, Max →
//   "high"; On and Max add `includeThoughts: true`.
// - "none": no thinkingConfig.
//
// The decoder is GeminiStreamDecoder; classifyError is GeminiErrorClassifier plus the
// retry-after header. Models: `GET {baseUrl}/v1beta/models?pageSize=1000` → `models[]` that
// can generate content: id = name without "models/", displayName, contextWindow =
// inputTokenLimit.
//
// Stateless: every method is const and may be called from any thread.

#include <baton/sdk/iproviderprotocol.h>

#include <QtCore/QObject>

namespace Baton::Plugin {

class GeminiProtocol : public QObject, public Sdk::IProviderProtocol
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BATON_PROVIDER_PROTOCOL_IID FILE "gemini.json")
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
