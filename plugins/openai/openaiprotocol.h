// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The `openai` protocol plugin: OpenAI Chat Completions with streaming, and the vendors that
// speak it with their own quirks, each a dialect chosen by Endpoint::dialect.
//
// Requests
//   POST {baseUrl}/chat/completions, where baseUrl carries the vendor's version path as the
//   vendor publishes it (https://api.openai.com/v1, https://api.deepseek.com,
//   https://open.bigmodel.cn/api/paas/v4, https://api.moonshot.cn/v1,
//   https://dashscope.aliyuncs.com/compatible-mode/v1, https://ark.cn-beijing.volces.com/api/v3,
//   https://openrouter.ai/api/v1, https://api.siliconflow.cn/v1, http://127.0.0.1:8080/v1);
//   a trailing slash is not doubled. Headers: `authorization: Bearer <key>` (or x-api-key /
//   x-goog-api-key for those auth styles; nothing for AuthStyle::None or an empty key),
//   `content-type: application/json`, `accept: text/event-stream`.
//   Body: `model`; `messages`; `stream: true`; `stream_options: {include_usage: true}` where
//   the dialect takes it; the dialect's max-tokens field when maxOutputTokens > 0;
//   `temperature` when >= 0; `tools` as function tools; the thinking fields of the dialect.
//   Messages: one leading `system` message (ChatRequest::system and every System message,
//   joined by blank lines); user text as a string, or a content array with `image_url` parts
//   (data: URLs, base64) when there are images; an assistant message with `content` (null when
//   it only calls tools) and `tool_calls` whose `arguments` are the recorded JSON text
//   unchanged; one `tool` message per ToolResult part (`tool_call_id`; an error result's text
//   is prefixed with "Error: "), placed before the user text of the same message; consecutive
//   user or assistant messages merged. Thinking parts go back only as `reasoning_content`,
//   only when their `origin` is this protocol and dialect ("openai/<dialect>", or "openai"
//   for the empty dialect) and the dialect's echo rule asks for it; all others are dropped.
//
// Dialects (defaults; each can be overridden by the options below). Columns: max-tokens
// field, stream_options.include_usage, what ThinkingMode On / Max / Off send, reasoning echo.
//   ""           max_completion_tokens  usage  reasoning_effort medium / high / nothing
//                                              echo: none
//   deepseek     max_tokens             usage  thinking{type: enabled} + reasoning_effort
//                                              high / max / thinking{type: disabled}
//                                              echo: tool turns
//   zhipu        max_tokens             -      thinking{type: enabled / disabled}
//                                              echo: none
//   moonshot     max_tokens             -      thinking{type: enabled / disabled}
//                                              echo: tool turns
//   qwen         max_tokens             usage  enable_thinking true / false
//                                              echo: none
//   doubao       max_tokens             usage  thinking{type: enabled / disabled}
//                                              echo: none
//   openrouter   max_tokens             usage  reasoning{effort: medium / high} / nothing
//                                              echo: none
//   siliconflow  max_tokens             usage  enable_thinking true / nothing
//                                              echo: none
//   local        max_tokens             usage  nothing (the server's flags decide)
//                                              echo: none
// Every dialect lists models with GET {baseUrl}/models except zhipu and doubao. An unknown
// dialect is treated as "" and logged. The response stream is read the same way for all (see
// openaidecoder.h), errors as openaierrorclassifier.h says.
//
// Options read from ChatRequest::extra (per model; wins) and Endpoint::extra (per endpoint):
//   "thinkingStyle"   "none" | "effort" | "thinking_type" | "thinking_type_effort" |
//                     "enable_thinking" | "chat_template_kwargs" | "reasoning" — how thinking
//                     is asked for (see ThinkingStyle in openaidialect.h); "reasoning_content"
//                     means "none" plus reasoningEcho "tool_turns" (models that always think,
//                     like deepseek-reasoner or kimi-k2-thinking).
//   "thinkingOff"     "disable" | "omit" — whether ThinkingMode::Off sends the style's off form.
//   "reasoningEffort" a string sent as the effort for On and Max instead of the defaults
//                     (e.g. "low", "xhigh").
//   "reasoningEcho"   "none" | "tool_turns" | "all" — see ReasoningEcho in openaidialect.h.
//   "maxTokensField"  "max_tokens" | "max_completion_tokens".
//   "includeUsage"    bool — send stream_options.include_usage.
//   "headers"         object of string values — extra HTTP headers (OpenRouter's
//                     HTTP-Referer / X-Title, OpenAI-Organization, OpenAI-Project);
//                     credential and content headers in it are ignored.
//   "body"            object — fields merged into the request body last, Endpoint::extra's
//                     first, then ChatRequest::extra's (e.g. {"parallel_tool_calls": false}).
// Read from Endpoint::extra only:
//   "listModels"      bool — whether buildListModelsRequest() makes a call.
//
// Model lists: GET {baseUrl}/models; parseModelList() reads `data[].id`, the context window
// from `context_length` (OpenRouter, Kimi), `max_model_len` (vLLM) or `context_window`, and a
// display name from `name` or `display_name` when the vendor gives one.

#include <baton/sdk/iproviderprotocol.h>

#include <QtCore/QObject>

namespace Baton::Plugin {

class OpenAiProtocol : public QObject, public Sdk::IProviderProtocol
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BATON_PROVIDER_PROTOCOL_IID FILE "openai.json")
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
