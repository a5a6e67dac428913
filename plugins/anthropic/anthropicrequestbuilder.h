// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Builds the HTTP calls of the Anthropic Messages API for one endpoint.
//
// Chat: POST {baseUrl}/v1/messages (trailing slashes dropped; a baseUrl already ending in /v1
// gets only /messages), headers content-type: application/json, accept: text/event-stream,
// anthropic-version (Endpoint::extra["anthropic-version"], default 2023-06-01), anthropic-beta
// when Endpoint::extra["anthropic-beta"] is set, and the key as Endpoint::authStyle says
// (XApiKey: x-api-key, Bearer: authorization: Bearer, GoogApiKey: x-goog-api-key, None or an
// empty key: nothing). The key appears in that one header only.
//
// Body: model, max_tokens, stream: true, system, messages, tools, thinking, temperature.
//   - system: ChatRequest::system and the text of System-role messages, joined by blank lines.
//   - messages: one turn per run of same-role content; ToolCall parts go to the assistant side
//     as tool_use (input parsed from toolInput; invalid, empty or non-object JSON becomes {}),
//     ToolResult parts to the user side as tool_result with is_error (placed before any text
//     of that turn, as the API requires), Image parts as base64 image blocks (a text note
//     where the dialect takes no images), blank text is dropped. Thinking parts go back
//     verbatim — thinking + signature, or redacted_thinking + data — only when their origin is
//     the dialect's AnthropicDialect::thinkingOrigin(); thinking from anywhere else, unsigned
//     thinking (unless the dialect keeps its own unsigned thinking) and redacted thinking the
//     dialect does not accept are dropped, so a model switch or failover never earns a 400.
//   - tools: name, description, input_schema ({"type":"object","properties":{}} when empty).
//   - temperature: only when >= 0 and no thinking is enabled; clamped to the dialect's range.
//
// ChatRequest::extra keys read:
//   "defaultMaxTokens"      int   max_tokens when ChatRequest::maxOutputTokens is 0
//                                 (else 8192)
//   "modelMaxOutputTokens"  int   the model's output limit: max_tokens never exceeds it, and
//                                 the thinking budget shrinks to fit under it
//   "thinkingStyle"         string how the model takes ThinkingMode::On / Max:
//       "budget" (default)  {"type":"enabled","budget_tokens":N}, N = "thinkingBudgetTokens"
//                           or 8000 (On) / 32000 (Max), at least 1024; max_tokens is raised to
//                           at least N + 4096
//       "adaptive"          {"type":"adaptive"} and "output_config":{"effort":"high"|"max"}
//       "none"              no thinking field at all (not even for Off)
//   "thinkingBudgetTokens"  int   the budget for "budget" style
// ThinkingMode::Off sends no thinking field, except {"type":"disabled"} on dialects whose models
// think by default (zhipu, deepseek). Dialect "deepseek" also sends output_config.effort with
// enabled thinking (it ignores budget_tokens) and gives every assistant tool_use turn without
// a thinking block an empty one. On the other dialects, when the last assistant turn calls
// tools but does not start with a thinking block (its thinking came from another vendor),
// thinking is left off for this request: the API refuses that combination.
//
// The models call: GET {baseUrl}/v1/models?limit=1000 with the same auth and version headers,
// for dialects that have one (AnthropicDialect::listsModels).

#include "anthropicdialect.h"

#include <baton/sdk/types.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QStringList>

#include <optional>

namespace Baton::Plugin {

class AnthropicRequestBuilder
{
public:
    explicit AnthropicRequestBuilder(Sdk::Endpoint endpoint);

    Sdk::HttpRequest chatRequest(const Sdk::ChatRequest &request) const;
    std::optional<Sdk::HttpRequest> listModelsRequest() const;

    // The JSON body of chatRequest().
    QJsonObject chatBody(const Sdk::ChatRequest &request) const;

private:
    struct Turn
    {
        Sdk::Role role = Sdk::Role::User;
        QJsonArray blocks;
    };

    QUrl urlFor(const QString &path) const;
    Sdk::HttpHeaders commonHeaders() const;
    QList<Turn> turnsOf(const Sdk::ChatRequest &request, QStringList *systemTexts) const;
    std::optional<QJsonObject> thinkingBlockOf(const Sdk::ContentPart &part) const;

    Sdk::Endpoint m_endpoint;
    AnthropicDialect m_dialect;
};

} // namespace Baton::Plugin
