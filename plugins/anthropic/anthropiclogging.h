// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The plugin's one logging category, "baton.plugin.anthropic". Nothing logged through it may
// contain a key, an Authorization header, a request body or model output.

#include <QtCore/QLoggingCategory>

namespace Baton::Plugin {

Q_DECLARE_LOGGING_CATEGORY(lcAnthropic)

} // namespace Baton::Plugin
