// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The window's colours taken from an editor theme. When the user picks a theme instead of
// following the system, the whole window — file tree, tabs, docks, status bar, menus,
// dialogs — takes the theme's background, text and selection colours, so that "Breeze Dark"
// on a light desktop gives a dark window, as in VS Code, not a dark editor in a light frame.

#include <QtGui/QPalette>

namespace KSyntaxHighlighting {
class Theme;
}

namespace Baton::Ui {

// A complete palette (active, inactive and disabled groups) for `theme`: Base and Text are
// the editor's background and normal text, Window a shade of Base, Highlight the selection.
// An invalid theme gives a default-constructed palette (which resets to the system's).
QPalette paletteForTheme(const KSyntaxHighlighting::Theme &theme);

} // namespace Baton::Ui
