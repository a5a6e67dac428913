// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "anthropicdialect.h"

namespace Baton::Plugin {

AnthropicDialect AnthropicDialect::forName(const QString &name)
{
    AnthropicDialect dialect;
    dialect.name = name;
    if (name == QLatin1String("zhipu")) {
        // No model-listing call is documented for the Anthropic endpoint (providers.md §3.2).
        // GLM 4.5 and later think unless `thinking.type` is "disabled" (docs.bigmodel.cn).
        dialect.listsModels = false;
        dialect.thinksByDefault = true;
    } else if (name == QLatin1String("deepseek")) {
        // api-docs.deepseek.com/guides/anthropic_api: image and document blocks "Not Supported",
        // redacted_thinking not supported, `thinking` supported with budget_tokens ignored,
        // output_config "only effort", temperature 0.0–2.0, thinking on by default. Its thinking
        // blocks come unsigned, and a follow-up whose tool_use turn lacks one is refused with
        // 400 "The content[].thinking in the thinking mode must be passed back to the API".
        dialect.listsModels = false;
        dialect.acceptsImages = false;
        dialect.acceptsRedactedThinking = false;
        dialect.keepsUnsignedThinking = true;
        dialect.needsThinkingWithToolUse = true;
        dialect.thinksByDefault = true;
        dialect.sizesThinkingByEffort = true;
        dialect.maxTemperature = 2.0;
    } else if (name == QLatin1String("moonshot")) {
        // Kimi's thinking models return unsigned thinking blocks that must come back in the
        // tool loop, as DeepSeek's do; no model-listing call is documented for this endpoint.
        dialect.listsModels = false;
        dialect.keepsUnsignedThinking = true;
    } else if (name == QLatin1String("minimax")) {
        // platform.minimax.io text-anthropic-api: "Supports text and tool calls, no
        // image/document input"; temperature in (0.0, 1.0]; /anthropic/v1/models exists.
        dialect.acceptsImages = false;
        dialect.minTemperature = 0.01;
    } else if (name == QLatin1String("qwen")) {
        dialect.listsModels = false;
    }
    return dialect;
}

QString AnthropicDialect::thinkingOrigin() const
{
    return name.isEmpty() ? QStringLiteral("anthropic") : QStringLiteral("anthropic/") + name;
}

} // namespace Baton::Plugin
