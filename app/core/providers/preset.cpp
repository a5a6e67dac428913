// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "preset.h"

namespace Baton::Core {

// Tokens × (micro-units per million tokens) / 1,000,000, rounded to the nearest micro-unit.
static qint64 charge(qint64 tokens, qint64 microsPerMTok)
{
    return (tokens * microsPerMTok + 500'000) / 1'000'000;
}

qint64 Price::costMicros(const Sdk::Usage &usage) const
{
    if (!isKnown())
        return -1;
    const qint64 cacheRead
        = cacheReadMicrosPerMTok >= 0 ? cacheReadMicrosPerMTok : inputMicrosPerMTok;
    const qint64 cacheWrite
        = cacheWriteMicrosPerMTok >= 0 ? cacheWriteMicrosPerMTok : inputMicrosPerMTok;
    return charge(usage.inputTokens, inputMicrosPerMTok)
           + charge(usage.outputTokens, outputMicrosPerMTok)
           + charge(usage.cacheReadTokens, cacheRead) + charge(usage.cacheWriteTokens, cacheWrite);
}

PresetModel Preset::model(const QString &modelId) const
{
    for (const PresetModel &candidate : models) {
        if (candidate.id == modelId)
            return candidate;
    }
    PresetModel unknown;
    unknown.id = modelId;
    unknown.displayName = modelId;
    unknown.inCatalogue = false;
    return unknown;
}

} // namespace Baton::Core
