// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "anthropiclogging.h"

namespace Baton::Plugin {

Q_LOGGING_CATEGORY(lcAnthropic, "baton.plugin.anthropic")

} // namespace Baton::Plugin
