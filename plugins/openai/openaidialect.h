// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The vendor quirks of one OpenAI-compatible endpoint, resolved for one request: the built-in
// defaults of the endpoint's dialect, overridden by the options a preset put in
// ChatRequest::extra (per model) or Endpoint::extra (per endpoint). The keys are listed in
// openaiprotocol.h. A plain value type; resolving it never fails (unknown dialects and option
// values fall back to the defaults and are logged).

#include <baton/sdk/types.h>

#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QString>

namespace Baton::Plugin {

// How a request asks the model to think. The values named in brackets are what
// ThinkingMode::On / ThinkingMode::Max send; ThinkingMode::Off sends the "off" form only when
// OpenAiDialect::disableThinkingWhenOff is set, and nothing otherwise.
enum class ThinkingStyle {
    None,               // nothing is sent: the model choice decides
    Effort,             // `reasoning_effort` [medium, high]; off form: none (OpenAI)
    ThinkingType,       // `thinking: {type: enabled}`; off: `{type: disabled}` (Zhipu, Kimi, Ark)
    ThinkingTypeEffort, // ThinkingType plus `reasoning_effort` [high, max] (DeepSeek)
    EnableThinking,     // `enable_thinking: true`; off: `false` (Qwen, SiliconFlow)
    TemplateKwargs,     // `chat_template_kwargs: {enable_thinking: true}`; off: `false` (vLLM,
                        // llama.cpp and SGLang with a hybrid-thinking chat template)
    Reasoning,          // `reasoning: {effort}` [medium, high]; off: `{enabled: false}`
                        // (OpenRouter)
};

// Which earlier reasoning of the model goes back in assistant messages as `reasoning_content`.
// Only Thinking parts whose `origin` is OpenAiDialect::origin are ever sent; others are dropped.
enum class ReasoningEcho {
    None,      // never: all Thinking parts are dropped
    ToolTurns, // DeepSeek's thinking-mode rule: between two user messages, when the model
               // called a tool, every assistant message carries `reasoning_content` (an empty
               // string when it had none); between two user messages without a tool call, no
               // assistant message carries it
    All,       // as ToolTurns, and assistant messages outside tool turns carry their own
               // reasoning too when they have some
};

struct OpenAiDialect
{
    QString name;   // Endpoint::dialect as given ("" for OpenAI itself)
    QString origin; // the Thinking origin this dialect produces: "openai/<name>", or
                    // "openai" for the empty dialect
    QString maxTokensField = QStringLiteral("max_completion_tokens");
    bool includeUsage = true; // send `stream_options: {include_usage: true}`
    ThinkingStyle thinkingStyle = ThinkingStyle::Effort;
    bool disableThinkingWhenOff = false;
    QString reasoningEffort; // replaces the style's effort values for On and Max when set
    ReasoningEcho reasoningEcho = ReasoningEcho::None;
    bool listsModels = true; // the endpoint answers GET {baseUrl}/models

    // The dialect for a request to `endpoint` with `requestExtra` (ChatRequest::extra; empty
    // for calls that are not chat requests, such as listing models).
    static OpenAiDialect resolve(const Sdk::Endpoint &endpoint,
                                 const QJsonObject &requestExtra = {});

    // The option `key` from `requestExtra`, else from `endpoint.extra`; undefined when neither
    // has it (a JSON null counts as absent).
    static QJsonValue option(const Sdk::Endpoint &endpoint, const QJsonObject &requestExtra,
                             QLatin1StringView key);
};

} // namespace Baton::Plugin
