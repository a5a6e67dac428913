// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "themepalette.h"

#include <KSyntaxHighlighting/Theme>

namespace Baton::Ui {

// `from` moved `amount` (0..1) of the way to `to`.
static QColor mix(const QColor &from, const QColor &to, double amount)
{
    const auto channel = [amount](int a, int b) { return int(a + (b - a) * amount + 0.5); };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()),
                  channel(from.blue(), to.blue()));
}

QPalette paletteForTheme(const KSyntaxHighlighting::Theme &theme)
{
    if (!theme.isValid())
        return QPalette();
    const QColor base = QColor::fromRgba(
        theme.editorColor(KSyntaxHighlighting::Theme::EditorColorRole::BackgroundColor));
    const QColor text = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    const QColor selection = QColor::fromRgba(
        theme.editorColor(KSyntaxHighlighting::Theme::EditorColorRole::TextSelection));
    const bool dark = base.lightnessF() < 0.5;
    // The frame around the editor sits a little apart from it: lighter on dark themes,
    // darker on light ones, as desktop themes draw it.
    const QColor window = dark ? mix(base, text, 0.07) : mix(base, QColor(Qt::black), 0.05);
    const QColor button = dark ? mix(base, text, 0.12) : mix(base, QColor(Qt::black), 0.03);

    QPalette palette(button, window); // derives light, midlight, mid, dark and shadow
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Base, base);
        palette.setColor(group, QPalette::AlternateBase, mix(base, text, 0.04));
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::BrightText, dark ? QColor(Qt::white) : QColor(Qt::black));
        palette.setColor(group, QPalette::Highlight, selection);
        palette.setColor(group, QPalette::HighlightedText, text);
        palette.setColor(group, QPalette::ToolTipBase, window);
        palette.setColor(group, QPalette::ToolTipText, text);
        palette.setColor(group, QPalette::PlaceholderText, mix(text, base, 0.5));
        palette.setColor(group, QPalette::Link,
                         QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Function)));
        palette.setColor(group, QPalette::Accent, selection);
    }
    // Disabled: the text halfway to the background.
    const QColor disabledText = mix(text, base, 0.55);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, mix(selection, base, 0.5));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::PlaceholderText, disabledText);
    return palette;
}

} // namespace Baton::Ui
