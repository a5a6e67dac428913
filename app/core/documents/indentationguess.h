// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The indentation a file already uses — tabs or spaces, and how many spaces a level — so that
// Tab and auto-indent continue it, as VS Code's "detect indentation" does. Looks at the
// changes of indentation between consecutive non-blank lines of the first lines of the text;
// a file with too little indentation to tell gives no guess (the user's default applies).
//
// Pure function over UTF-8 bytes; thread-safe.

#include <QtCore/QByteArray>

#include <optional>

namespace Baton::Core {

struct Indentation
{
    bool useTabs = false;
    int width = 4; // spaces per level (for tabs: the tab width is left to the user's default)

    bool operator==(const Indentation &) const = default;
};

// The indentation of `utf8Text`, looking at its first `maxLines` lines; nothing when the text
// does not tell.
std::optional<Indentation> guessIndentation(const QByteArray &utf8Text, int maxLines = 10000);

} // namespace Baton::Core
