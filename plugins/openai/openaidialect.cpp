// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "openaidialect.h"

#include "openailogging.h"

namespace Baton::Plugin {

namespace {

struct DialectDefaults
{
    QLatin1StringView name;
    QLatin1StringView maxTokensField;
    bool includeUsage;
    ThinkingStyle thinkingStyle;
    bool disableThinkingWhenOff;
    ReasoningEcho reasoningEcho;
    bool listsModels;
};

// Sources: shared/reference/providers.md §2–§4 and the vendors' pages it cites.
// - max_completion_tokens is OpenAI's; the compatible vendors document max_tokens.
// - Thinking is on by default for DeepSeek V4, Kimi K2.5+, GLM 4.5+ and Doubao Seed, so Off
//   has to say so; OpenAI reasoning models and OpenRouter pick their own default, which Off
//   leaves alone. SiliconFlow serves many models that do not know enable_thinking, so it is
//   only sent to ask for thinking.
// - Zhipu and Kimi put usage into the last chunk without being asked and do not document
//   stream_options; the others document include_usage.
// - DeepSeek documents the reasoning_content round trip for tool turns (guides/thinking_mode);
//   Kimi's thinking models reject tool-call history without it in the same way.
// - Zhipu and Ark publish no model-listing call under their compatible base URLs.
constexpr DialectDefaults Dialects[] = {
    {QLatin1StringView(""), QLatin1StringView("max_completion_tokens"), true, ThinkingStyle::Effort,
     false, ReasoningEcho::None, true},
    {QLatin1StringView("deepseek"), QLatin1StringView("max_tokens"), true,
     ThinkingStyle::ThinkingTypeEffort, true, ReasoningEcho::ToolTurns, true},
    {QLatin1StringView("zhipu"), QLatin1StringView("max_tokens"), false,
     ThinkingStyle::ThinkingType, true, ReasoningEcho::None, false},
    {QLatin1StringView("moonshot"), QLatin1StringView("max_tokens"), false,
     ThinkingStyle::ThinkingType, true, ReasoningEcho::ToolTurns, true},
    {QLatin1StringView("qwen"), QLatin1StringView("max_tokens"), true,
     ThinkingStyle::EnableThinking, true, ReasoningEcho::None, true},
    {QLatin1StringView("doubao"), QLatin1StringView("max_tokens"), true,
     ThinkingStyle::ThinkingType, true, ReasoningEcho::None, false},
    {QLatin1StringView("openrouter"), QLatin1StringView("max_tokens"), true,
     ThinkingStyle::Reasoning, false, ReasoningEcho::None, true},
    {QLatin1StringView("siliconflow"), QLatin1StringView("max_tokens"), true,
     ThinkingStyle::EnableThinking, false, ReasoningEcho::None, true},
    {QLatin1StringView("local"), QLatin1StringView("max_tokens"), true, ThinkingStyle::None, false,
     ReasoningEcho::None, true},
};

struct StyleName
{
    QLatin1StringView name;
    ThinkingStyle style;
};

constexpr StyleName StyleNames[] = {
    {QLatin1StringView("none"), ThinkingStyle::None},
    {QLatin1StringView("effort"), ThinkingStyle::Effort},
    {QLatin1StringView("thinking_type"), ThinkingStyle::ThinkingType},
    {QLatin1StringView("thinking_type_effort"), ThinkingStyle::ThinkingTypeEffort},
    {QLatin1StringView("enable_thinking"), ThinkingStyle::EnableThinking},
    {QLatin1StringView("chat_template_kwargs"), ThinkingStyle::TemplateKwargs},
    {QLatin1StringView("reasoning"), ThinkingStyle::Reasoning},
};

void ignored(QLatin1StringView key, const QJsonValue &value)
{
    // Option names and values are preset data, never secrets.
    qCWarning(lcOpenAi) << "ignoring unknown value of option" << key << value;
}

} // namespace

QJsonValue OpenAiDialect::option(const Sdk::Endpoint &endpoint, const QJsonObject &requestExtra,
                                 QLatin1StringView key)
{
    const QJsonValue fromRequest = requestExtra.value(key);
    if (!fromRequest.isUndefined() && !fromRequest.isNull())
        return fromRequest;
    const QJsonValue fromEndpoint = endpoint.extra.value(key);
    if (!fromEndpoint.isNull())
        return fromEndpoint;
    return QJsonValue(QJsonValue::Undefined);
}

OpenAiDialect OpenAiDialect::resolve(const Sdk::Endpoint &endpoint, const QJsonObject &requestExtra)
{
    OpenAiDialect dialect;
    dialect.name = endpoint.dialect;
    dialect.origin = endpoint.dialect.isEmpty() ? QStringLiteral("openai")
                                                : QStringLiteral("openai/") + endpoint.dialect;
    const DialectDefaults *defaults = &Dialects[0];
    bool found = false;
    for (const DialectDefaults &candidate : Dialects) {
        if (candidate.name == endpoint.dialect) {
            defaults = &candidate;
            found = true;
            break;
        }
    }
    if (!found) {
        qCWarning(lcOpenAi) << "unknown dialect" << endpoint.dialect
                            << "- sending plain OpenAI Chat Completions";
    }
    dialect.maxTokensField = defaults->maxTokensField;
    dialect.includeUsage = defaults->includeUsage;
    dialect.thinkingStyle = defaults->thinkingStyle;
    dialect.disableThinkingWhenOff = defaults->disableThinkingWhenOff;
    dialect.reasoningEcho = defaults->reasoningEcho;
    dialect.listsModels = defaults->listsModels;

    const auto get
        = [&](const char *key) { return option(endpoint, requestExtra, QLatin1StringView(key)); };

    if (const QJsonValue style = get("thinkingStyle"); !style.isUndefined()) {
        const QString text = style.toString();
        bool matched = false;
        for (const StyleName &candidate : StyleNames) {
            if (candidate.name == text) {
                dialect.thinkingStyle = candidate.style;
                matched = true;
            }
        }
        if (text == QLatin1StringView("reasoning_content")) {
            // Thinking chosen by the model name (deepseek-reasoner, kimi-k2-thinking), with
            // the reasoning sent back in tool turns; an explicit reasoningEcho still wins.
            dialect.thinkingStyle = ThinkingStyle::None;
            dialect.reasoningEcho = ReasoningEcho::ToolTurns;
            matched = true;
        }
        if (!matched)
            ignored(QLatin1StringView("thinkingStyle"), style);
    }
    if (const QJsonValue off = get("thinkingOff"); !off.isUndefined()) {
        if (off.toString() == QLatin1StringView("disable"))
            dialect.disableThinkingWhenOff = true;
        else if (off.toString() == QLatin1StringView("omit"))
            dialect.disableThinkingWhenOff = false;
        else
            ignored(QLatin1StringView("thinkingOff"), off);
    }
    if (const QJsonValue effort = get("reasoningEffort"); !effort.isUndefined()) {
        if (effort.isString() && !effort.toString().isEmpty())
            dialect.reasoningEffort = effort.toString();
        else
            ignored(QLatin1StringView("reasoningEffort"), effort);
    }
    if (const QJsonValue echo = get("reasoningEcho"); !echo.isUndefined()) {
        const QString text = echo.toString();
        if (text == QLatin1StringView("none"))
            dialect.reasoningEcho = ReasoningEcho::None;
        else if (text == QLatin1StringView("tool_turns"))
            dialect.reasoningEcho = ReasoningEcho::ToolTurns;
        else if (text == QLatin1StringView("all"))
            dialect.reasoningEcho = ReasoningEcho::All;
        else
            ignored(QLatin1StringView("reasoningEcho"), echo);
    }
    if (const QJsonValue field = get("maxTokensField"); !field.isUndefined()) {
        const QString text = field.toString();
        if (text == QLatin1StringView("max_tokens")
            || text == QLatin1StringView("max_completion_tokens"))
            dialect.maxTokensField = text;
        else
            ignored(QLatin1StringView("maxTokensField"), field);
    }
    if (const QJsonValue usage = get("includeUsage"); !usage.isUndefined()) {
        if (usage.isBool())
            dialect.includeUsage = usage.toBool();
        else
            ignored(QLatin1StringView("includeUsage"), usage);
    }
    if (const QJsonValue list = get("listModels"); !list.isUndefined()) {
        if (list.isBool())
            dialect.listsModels = list.toBool();
        else
            ignored(QLatin1StringView("listModels"), list);
    }
    return dialect;
}

} // namespace Baton::Plugin
