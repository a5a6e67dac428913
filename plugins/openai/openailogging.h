// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The plugin's one logging category, `baton.plugin.openai`. Keys, Authorization headers,
// prompts and model output never go to it.

#include <QtCore/QLoggingCategory>

namespace Baton::Plugin {
Q_DECLARE_LOGGING_CATEGORY(lcOpenAi)
} // namespace Baton::Plugin
