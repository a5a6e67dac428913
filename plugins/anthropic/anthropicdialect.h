// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// What one Anthropic-compatible vendor accepts beyond (or short of) the standard Messages API.
// A cheap value type; AnthropicDialect::forName() is the only place the vendors are told apart,
// everything else reads these traits. Sources: shared/reference/providers.md §1, §3, §7 and the
// vendors' compatibility tables cited in anthropicdialect.cpp.
//
// Dialect names (Endpoint::dialect, chosen by the vendor preset):
//   ""          Anthropic itself (api.anthropic.com)
//   "zhipu"     Zhipu GLM, https://open.bigmodel.cn/api/anthropic (and api.z.ai/api/anthropic)
//   "deepseek"  DeepSeek, https://api.deepseek.com/anthropic
//   "moonshot"  Kimi, https://api.moonshot.cn/anthropic (and api.moonshot.ai/anthropic)
//   "minimax"   MiniMax, https://api.minimaxi.com/anthropic (and api.minimax.io/anthropic)
//   "qwen"      Alibaba DashScope, https://dashscope(-intl).aliyuncs.com/apps/anthropic
// An unknown name gets the standard traits (and its own thinking origin).

#include <QtCore/QString>

namespace Baton::Plugin {

struct AnthropicDialect
{
    QString name; // as given in Endpoint::dialect

    // The endpoint answers GET /v1/models.
    bool listsModels = true;
    // Image blocks are accepted; otherwise an image becomes a short text note.
    bool acceptsImages = true;
    // redacted_thinking blocks are accepted back; otherwise they are dropped.
    bool acceptsRedactedThinking = true;
    // The vendor's own thinking blocks carry no signature and must still be sent back (with an
    // empty signature); otherwise unsigned thinking is dropped.
    bool keepsUnsignedThinking = false;
    // While thinking is on, every assistant turn with tool_use must hold a thinking block; one
    // that has none (its thinking came from another vendor, or there was none) gets an empty one.
    bool needsThinkingWithToolUse = false;
    // The models think unless told not to: ThinkingMode::Off is sent as {"type":"disabled"}.
    bool thinksByDefault = false;
    // output_config.effort is how the vendor sizes thinking (it ignores budget_tokens), so it
    // goes with every enabled thinking.
    bool sizesThinkingByEffort = false;
    // The range `temperature` is clamped to.
    double minTemperature = 0.0;
    double maxTemperature = 1.0;

    // The traits of the dialect called `name`.
    static AnthropicDialect forName(const QString &name);

    // The ContentPart::origin of thinking this dialect produced, and the only origin whose
    // thinking it sends back: "anthropic", or "anthropic/<name>".
    QString thinkingOrigin() const;
};

} // namespace Baton::Plugin
