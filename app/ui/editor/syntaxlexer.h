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
// No call highlights more than linesPerPass lines (or bytesPerPass bytes), so a request far
// beyond what is known (jumping to the end of a 1,000,000-line file) never stalls the GUI
// thread. Such a request is answered at once: its last guessedLines lines (at most
// guessedBytes: what is shown) are highlighted from a fresh highlighter state, a guess that is
// right unless a construct opened further up (a block comment, a raw string) is still open
// there, the lines before them up to linesPerPass are given style 0, and the lexer catches up
// in the background, correcting the guess when it gets there: a zero timer highlights from the
// last known state onward, at most sliceMilliseconds (and linesPerPass lines) per event-loop
// turn, restyling the plain and guessed lines (which Scintilla repaints) when it reaches them. Scintilla's end-of-styled position
// then runs ahead of what is really highlighted; the lexer keeps the lines in between (the
// "dirty" lines) itself, follows edits in them, and starts every pass no later than the first
// of them. Convergence past a request likewise stops after linesPerPass lines; the lines
// after are restyled when Scintilla asks for them. While a catch-up slice runs, repaints of the
// editor's viewport are dropped (styling above the view makes Scintilla repaint all of it);
// one is asked for when the slice reached the lines shown.
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
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtCore/QTimer>
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
    // The most lines (and bytes of text) one styleText() call or one catch-up slice
    // highlights, and the time a catch-up slice may take.
    static constexpr int linesPerPass = 2000;
    static constexpr int bytesPerPass = 1 << 20;
    static constexpr int sliceMilliseconds = 8;
    // How many lines (and bytes) at the end of a request too far from a known state are
    // guessed (above).
    static constexpr int guessedLines = 400;
    static constexpr int guessedBytes = 128 << 10;

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

    // The attached editor's whole text was replaced while its SCN_MODIFIED notifications were
    // off (EditorView::setFileContent()): every line's state is forgotten.
    void textReplaced();

    void styleText(int start, int end) override;
    void setEditor(QsciScintilla *editor) override;
    int styleBitsNeeded() const override;

    // True while lines Scintilla shows as styled are still plain or stale (see above); the
    // catch-up then runs on the event loop.
    bool isCatchingUp() const { return m_dirtyFrom >= 0; }
    // For tests and benchmarks: the most lines one styleText() call or catch-up slice has run
    // the highlighter (or the plain-text styler) over since the lexer was made.
    int mostLinesInOnePass() const { return m_mostLinesInOnePass; }

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

    // One pass of highlighting from `line` (the state at its start is the kept end state of
    // the line before), styling each line. Goes through `lastNeeded` and the dirty lines, then
    // on while end states differ from the kept ones; never more than linesPerPass lines, nor
    // (with a deadline) past sliceMilliseconds.
    struct Pass
    {
        int last = -1;        // the last line highlighted
        bool settled = false; // stopped because the lines after were already right
    };
    Pass highlightFrom(int line, int lastNeeded, const QElapsedTimer *deadline);
    // Runs the highlighter over `line` from `state` into m_lineStyles (one style a byte, the
    // line terminator included; m_depth and m_minDepth follow its folding regions) and
    // returns the state at its end.
    KSyntaxHighlighting::State highlightLineAt(int line, const KSyntaxHighlighting::State &state);
    // Styles lines [first, last] highlighted from a fresh state, except those with a known end
    // state; keeps no state.
    void guessStyles(int first, int last);
    // After a pass: shrink the dirty lines by what it covered and, where Scintilla's styled
    // end was further on, put it back (keeping unsettled lines dirty).
    void finishPass(const Pass &pass, int endStyledBefore);
    // The line to start a pass at: no later than `line`, the first dirty line, and after a line
    // whose end state is known.
    int passStart(int line) const;
    void markDirty(int first, int last);
    void catchUp();

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

    // Lines [m_dirtyFrom, m_dirtyTo] may show plain or stale styles although Scintilla
    // considers them styled; -1 when there are none.
    int m_dirtyFrom = -1;
    int m_dirtyTo = -1;
    QTimer *m_catchUpTimer = nullptr;
    int m_mostLinesInOnePass = 0;
};

} // namespace Baton::Ui
