// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Syntax highlighting for a QsciScintilla editor, done by KSyntaxHighlighting: a QScintilla
// container lexer that runs a KSyntaxHighlighting Definition over the editor's lines and
// paints them with a KSyntaxHighlighting Theme.
//
// Use: make one per editor, give it a definition and a theme, then QsciScintilla::setLexer().
// The editor must be in UTF-8 mode (QsciScintilla::setUtf8(true)): Scintilla counts bytes,
// KSyntaxHighlighting counts UTF-16 units, and the lexer converts with Core::Utf8Columns.
//
// Styling happens when Scintilla asks for it (SCN_STYLENEEDED, i.e. for what is about to be
// shown, or QsciScintilla::recolor()). The highlighter's state at the end of every line is
// kept, so a request restyles from the first line Scintilla marks as unstyled, through the
// requested end, and then on while a line's end state differs from what it was before the
// edit: opening a block comment recolours the rest of the file at once, closing it restores
// it, and an edit that changes no state costs nothing past the request. The kept states
// follow lines being inserted and removed through the attached editor's SCN_MODIFIED
// notifications. The lexer follows the document the editor shows when it is attached;
// QsciScintilla::setDocument() while attached is not supported.
//
// Formats become Scintilla styles (numbers 0-31 and 40-255; 32-39 are Scintilla's predefined
// styles), all set up when the definition or theme is set. Style 0 is the theme's normal text,
// shared by every format that looks exactly like it. Each other format of the definition gets
// its own style. Formats of the definitions it includes (Doxygen in C++ comments, the
// languages of Markdown code blocks: thousands of formats for some) share a style with an
// identical look where there is one, and get their own otherwise. When the 247 usable numbers
// run out, a format takes a style that looks identical, else style 0. All styles use the
// lexer's default font (QsciLexer::defaultFont(), set through setFont() without a style) with
// the format's bold, italic and underline.
//
// Folding follows the definition's folding regions ({ } in C, begin/end markers): each styled
// line gets a Scintilla fold level, the depth of open regions at its start, lowered to the
// shallowest depth reached on the line (so "} else {" folds like VS Code), with the header flag
// when the line ends deeper than that. The depth at the end of each line is kept with the
// highlighter state and restyling goes on while either differs.
//
// Lines longer than maxHighlightedLineBytes are shown in style 0 without running the
// highlighter, so minified files stay responsive; the highlighter state passes over them.
//
// GUI thread only. The repository must outlive the lexer.

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/FoldingRegion>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <Qsci/qscilexercustom.h>

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtGui/QRgb>

#include <array>
#include <optional>
#include <vector>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Baton::Core {
class Utf8Columns;
}

namespace Baton::Ui {

class SyntaxLexer : public QsciLexerCustom, public KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT
    Q_INTERFACES(KSyntaxHighlighting::AbstractHighlighter)

public:
    // Lines with more bytes than this (line terminator excluded) are not highlighted.
    static constexpr int maxHighlightedLineBytes = 20000;

    // Starts with no definition (plain text) and the repository's default light theme.
    // Follows the repository when it reloads its definitions.
    explicit SyntaxLexer(KSyntaxHighlighting::Repository &repository, QObject *parent = nullptr);
    ~SyntaxLexer() override;

    // Both restyle the whole document: the styles are rebuilt at once, and the text is
    // restyled as Scintilla shows it (or at once with QsciScintilla::recolor()). Setting the
    // definition already in use does nothing. definition() and theme() are
    // AbstractHighlighter's. An invalid definition means plain text, all in style 0.
    void setDefinition(const KSyntaxHighlighting::Definition &definition) override;
    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

    // The definition's name, "None" without one. Valid until the next setDefinition().
    const char *language() const override;
    // The format name a style was made for, "Default" for style 0, empty for unused styles.
    QString description(int style) const override;
    // With style < 0, `font` becomes the base font of every style (keeping each style's bold,
    // italic and underline); with a style number, it replaces that style's font.
    void setFont(const QFont &font, int style = -1) override;

    void styleText(int start, int end) override;
    void setEditor(QsciScintilla *editor) override;
    int styleBitsNeeded() const override;

private:
    struct StyleLook
    {
        QRgb foreground = 0;
        QRgb background = 0;
        bool bold = false;
        bool italic = false;
        bool underline = false;
        bool operator==(const StyleLook &) const = default;
        friend size_t qHash(const StyleLook &look, size_t seed = 0)
        {
            return qHashMulti(seed, look.foreground, look.background, look.bold, look.italic,
                              look.underline);
        }
    };
    enum class Sharing {
        OwnStyle,    // a style of its own while there are free numbers
        PreferAlike, // the style of an identical look when there is one
    };

    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;
    void applyFolding(int offset, int length, KSyntaxHighlighting::FoldingRegion region) override;

    void rebuildStyles();
    int styleFor(const KSyntaxHighlighting::Format &format, Sharing sharing);
    StyleLook lookOf(const KSyntaxHighlighting::Format &format) const;
    void applyLook(int style, const StyleLook &look);
    void restyleDocument();
    void followLines(int position, int modificationType, int linesAdded);
    void reloadFromRepository();

    KSyntaxHighlighting::Repository &m_repository;
    QByteArray m_language;

    // Per style number: how it looks and the format name it was made for (empty: unused).
    std::array<StyleLook, 256> m_looks{};
    std::array<QString, 256> m_styleNames;
    int m_nextFreeStyle = 1;
    QHash<int, int> m_styleOfFormat;     // Format::id() -> style number
    QHash<StyleLook, int> m_styleOfLook; // the first style made for each look

    // The highlighter state and folding depth at the end of each line; nullopt where it is not
    // known.
    struct LineEnd
    {
        KSyntaxHighlighting::State state;
        int depth = 0;
        bool operator==(const LineEnd &) const = default;
    };
    std::vector<std::optional<LineEnd>> m_states;
    // Folding depth while a line is highlighted: now, and the shallowest on the line.
    int m_depth = 0;
    int m_minDepth = 0;

    // The line being highlighted, for applyFormat().
    QByteArray m_lineBytes;
    const Core::Utf8Columns *m_line = nullptr;
    std::vector<char> m_lineStyles;

    QMetaObject::Connection m_modifiedConnection;
};

} // namespace Baton::Ui
