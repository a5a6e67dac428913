// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "ui/editor/syntaxlexer.h"

#include "core/documents/utf8columns.h"

#include <KSyntaxHighlighting/Repository>
#include <Qsci/qsciscintilla.h>

#include <QtGui/QColor>
#include <QtGui/QFont>
#include <QtWidgets/QWidget>

#include <algorithm>
#include <cstdint>

namespace Baton::Ui {

using KSyntaxHighlighting::Definition;
using KSyntaxHighlighting::Format;
using KSyntaxHighlighting::Repository;
using KSyntaxHighlighting::State;
using KSyntaxHighlighting::Theme;

static constexpr int maxStyle = QsciScintillaBase::STYLE_MAX;

SyntaxLexer::SyntaxLexer(Repository &repository, QObject *parent)
    : QsciLexerCustom(parent)
    , m_repository(repository)
    , m_language(QByteArrayLiteral("None"))
{
    AbstractHighlighter::setTheme(repository.defaultTheme(Repository::LightTheme));
    rebuildStyles();
    connect(&repository, &Repository::reloaded, this, &SyntaxLexer::reloadFromRepository);
    m_catchUpTimer = new QTimer(this);
    m_catchUpTimer->setSingleShot(true);
    m_catchUpTimer->setInterval(0);
    connect(m_catchUpTimer, &QTimer::timeout, this, &SyntaxLexer::catchUp);
}

SyntaxLexer::~SyntaxLexer() = default;

void SyntaxLexer::setDefinition(const Definition &newDefinition)
{
    // Opening another file of the same language must not throw the styles away.
    if (newDefinition == definition())
        return;
    AbstractHighlighter::setDefinition(newDefinition);
    m_language
        = newDefinition.isValid() ? newDefinition.name().toUtf8() : QByteArrayLiteral("None");
    m_states.clear();
    rebuildStyles();
    restyleDocument();
}

void SyntaxLexer::setTheme(const Theme &newTheme)
{
    AbstractHighlighter::setTheme(newTheme);
    // The line states stay valid (they do not depend on colours); only the style numbers of
    // the text may change, because formats that now look alike are mapped differently.
    rebuildStyles();
    restyleDocument();
}

const char *SyntaxLexer::language() const
{
    return m_language.constData();
}

QString SyntaxLexer::description(int style) const
{
    if (style < 0 || style > maxStyle)
        return {};
    return m_styleNames[static_cast<size_t>(style)];
}

void SyntaxLexer::setFont(const QFont &font, int style)
{
    if (style >= 0) {
        QsciLexerCustom::setFont(font, style);
        return;
    }
    setDefaultFont(font);
    for (int used = 0; used <= maxStyle; ++used) {
        if (used == QsciScintillaBase::STYLE_DEFAULT
            || !m_styleNames[static_cast<size_t>(used)].isEmpty())
            applyLook(used, m_looks[static_cast<size_t>(used)]);
    }
}

int SyntaxLexer::styleBitsNeeded() const
{
    return 8;
}

void SyntaxLexer::setEditor(QsciScintilla *view)
{
    QObject::disconnect(m_modifiedConnection);
    m_states.clear();
    m_dirtyFrom = m_dirtyTo = -1;
    QsciLexerCustom::setEditor(view);
    if (!view)
        return;
    const auto mask
        = static_cast<unsigned long>(view->SendScintilla(QsciScintillaBase::SCI_GETMODEVENTMASK));
    view->SendScintilla(QsciScintillaBase::SCI_SETMODEVENTMASK,
                        mask | QsciScintillaBase::SC_MOD_INSERTTEXT
                            | QsciScintillaBase::SC_MOD_DELETETEXT);
    m_modifiedConnection = connect(
        view, &QsciScintillaBase::SCN_MODIFIED, this,
        [this](int position, int modificationType, const char *, int, int linesAdded, int, int, int,
               int, int) { followLines(position, modificationType, linesAdded); });
}

void SyntaxLexer::textReplaced()
{
    m_states.clear();
    m_dirtyFrom = m_dirtyTo = -1;
}

void SyntaxLexer::styleText(int start, int end)
{
    QsciScintilla *view = editor();
    if (!view)
        return;
    const auto send = [view](unsigned int message, int argument) {
        return static_cast<int>(view->SendScintilla(message, argument));
    };
    const int documentLength = view->length();
    const int lineCount = view->lines();
    end = std::clamp(end, 0, documentLength);
    m_states.resize(static_cast<size_t>(lineCount));
    if (m_dirtyFrom >= lineCount) {
        m_dirtyFrom = m_dirtyTo = -1;
    } else if (m_dirtyTo >= lineCount) {
        m_dirtyTo = lineCount - 1;
    }

    // Begin no later than the first line Scintilla considers unstyled (or the first dirty
    // line), and after a line whose end state is known: that state then describes the current
    // text, whatever edits happened since it was computed.
    const int endStyled
        = static_cast<int>(view->SendScintilla(QsciScintillaBase::SCI_GETENDSTYLED));
    const int first
        = passStart(send(QsciScintillaBase::SCI_LINEFROMPOSITION, std::min(start, endStyled)));
    const int last
        = std::max(first, send(QsciScintillaBase::SCI_LINEFROMPOSITION, std::max(end - 1, 0)));
    const auto lineStartOf = [&](int line) {
        return line < lineCount ? send(QsciScintillaBase::SCI_POSITIONFROMLINE, line)
                                : documentLength;
    };

    const int requestEnd = lineStartOf(last + 1);
    if (last - first + 1 > linesPerPass || requestEnd - lineStartOf(first) > bytesPerPass) {
        // Too far from a known state: show the end of the request (what is on screen) plain
        // now and highlight up to it in the background.
        int tailStart = std::max(first, last + 1 - linesPerPass);
        if (requestEnd - lineStartOf(tailStart) > bytesPerPass) {
            tailStart = std::min(
                last, send(QsciScintillaBase::SCI_LINEFROMPOSITION, requestEnd - bytesPerPass) + 1);
        }
        // The last guessedLines of the request (what is shown) are highlighted from a fresh
        // state, a guess that is right unless a construct opened far above (a block comment)
        // is still open; the catch-up corrects them when it gets there. Lines highlighted
        // before keep their (possibly stale) styles until then, which spares a flash of plain
        // text; the others before the guessed ones become plain.
        int guessFrom = std::max(tailStart, last + 1 - guessedLines);
        if (requestEnd - lineStartOf(guessFrom) > guessedBytes) {
            guessFrom = std::min(
                last, send(QsciScintillaBase::SCI_LINEFROMPOSITION, requestEnd - guessedBytes) + 1);
        }
        for (int line = tailStart; line < guessFrom;) {
            if (m_states[static_cast<size_t>(line)]) {
                ++line;
                continue;
            }
            const int runStart = line;
            while (line < guessFrom && !m_states[static_cast<size_t>(line)])
                ++line;
            const int runPosition = lineStartOf(runStart);
            startStyling(runPosition);
            view->SendScintilla(QsciScintillaBase::SCI_SETSTYLING,
                                static_cast<unsigned long>(lineStartOf(line) - runPosition), 0L);
        }
        guessStyles(guessFrom, last);
        startStyling(std::max(requestEnd, endStyled));
        m_mostLinesInOnePass = std::max(m_mostLinesInOnePass, last - tailStart + 1);
        markDirty(first, last);
        return;
    }

    finishPass(highlightFrom(first, last, nullptr), endStyled);
}

int SyntaxLexer::passStart(int line) const
{
    if (m_dirtyFrom >= 0)
        line = std::min(line, m_dirtyFrom);
    line = std::min(line, static_cast<int>(m_states.size()));
    while (line > 0 && !m_states[static_cast<size_t>(line - 1)])
        --line;
    return line;
}

KSyntaxHighlighting::State SyntaxLexer::highlightLineAt(int line, const State &state)
{
    QsciScintilla *view = editor();
    const auto send = [view](unsigned int message, int argument) {
        return static_cast<int>(view->SendScintilla(message, argument));
    };
    const int lineStart = send(QsciScintillaBase::SCI_POSITIONFROMLINE, line);
    const int contentBytes = send(QsciScintillaBase::SCI_GETLINEENDPOSITION, line) - lineStart;
    const int nextLineStart = line + 1 < view->lines()
                                  ? send(QsciScintillaBase::SCI_POSITIONFROMLINE, line + 1)
                                  : view->length();
    // The line terminator keeps style 0; applyFormat() fills in the content.
    m_lineStyles.assign(static_cast<size_t>(nextLineStart - lineStart), 0);
    if (!definition().isValid() || contentBytes > maxHighlightedLineBytes)
        return state;
    // SCI_GETTEXTRANGE writes a terminating NUL after the bytes.
    m_lineBytes.resize(contentBytes + 1);
    view->SendScintilla(QsciScintillaBase::SCI_GETTEXTRANGE, static_cast<long>(lineStart),
                        static_cast<long>(lineStart + contentBytes), m_lineBytes.data());
    const Core::Utf8Columns columns(QByteArrayView(m_lineBytes.constData(), contentBytes));
    m_line = &columns;
    const State next = highlightLine(columns.text(), state);
    m_line = nullptr;
    return next;
}

void SyntaxLexer::guessStyles(int first, int last)
{
    QsciScintilla *view = editor();
    State state;
    for (int line = first; line <= last; ++line) {
        m_depth = m_minDepth = 0;
        state = highlightLineAt(line, state);
        // Lines with a known end state keep their styles, as in styleText().
        if (m_states[static_cast<size_t>(line)] || m_lineStyles.empty())
            continue;
        startStyling(
            static_cast<int>(view->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line)));
        view->SendScintilla(QsciScintillaBase::SCI_SETSTYLINGEX,
                            static_cast<uintptr_t>(m_lineStyles.size()), m_lineStyles.data());
    }
}

SyntaxLexer::Pass SyntaxLexer::highlightFrom(int line, int lastNeeded, const QElapsedTimer *deadline)
{
    QsciScintilla *view = editor();
    const auto send = [view](unsigned int message, int argument) {
        return static_cast<int>(view->SendScintilla(message, argument));
    };
    const int lineCount = view->lines();
    // Convergence counts only once the request and the dirty lines are behind.
    const int settleFrom = std::max(lastNeeded, m_dirtyTo);
    State state = line > 0 ? m_states[static_cast<size_t>(line - 1)]->state : State();
    int depth = line > 0 ? m_states[static_cast<size_t>(line - 1)]->depth : 0;

    Pass pass;
    int done = 0;
    startStyling(send(QsciScintillaBase::SCI_POSITIONFROMLINE, line));
    for (; line < lineCount; ++line) {
        m_depth = depth;
        m_minDepth = depth;
        state = highlightLineAt(line, state);
        if (!m_lineStyles.empty()) {
            view->SendScintilla(QsciScintillaBase::SCI_SETSTYLINGEX,
                                static_cast<uintptr_t>(m_lineStyles.size()), m_lineStyles.data());
        }

        const int level = QsciScintillaBase::SC_FOLDLEVELBASE + std::min(m_minDepth, 4000)
                          + (m_depth > m_minDepth ? QsciScintillaBase::SC_FOLDLEVELHEADERFLAG : 0);
        if (send(QsciScintillaBase::SCI_GETFOLDLEVEL, line) != level)
            view->SendScintilla(QsciScintillaBase::SCI_SETFOLDLEVEL,
                                static_cast<unsigned long>(line), static_cast<long>(level));
        depth = m_depth;

        std::optional<LineEnd> &stored = m_states[static_cast<size_t>(line)];
        const LineEnd lineEnd{state, depth};
        const bool changed = !stored || *stored != lineEnd;
        stored = lineEnd;
        pass.last = line;
        ++done;
        // Past the request, the lines below were highlighted from this very state before, so
        // they are still right once it comes out the same.
        if (line >= settleFrom && !changed) {
            pass.settled = true;
            break;
        }
        if (done >= linesPerPass
            || (deadline && deadline->elapsed() >= sliceMilliseconds && line >= lastNeeded))
            break;
    }
    if (pass.last == lineCount - 1)
        pass.settled = true;
    m_mostLinesInOnePass = std::max(m_mostLinesInOnePass, done);
    return pass;
}

void SyntaxLexer::finishPass(const Pass &pass, int endStyledBefore)
{
    QsciScintilla *view = editor();
    // Every pass starts no later than the first dirty line.
    if (m_dirtyFrom >= 0 && pass.last >= m_dirtyFrom) {
        m_dirtyFrom = pass.last + 1;
        if (m_dirtyFrom > m_dirtyTo)
            m_dirtyFrom = m_dirtyTo = -1;
    }
    const int lineCount = view->lines();
    const int passEnd
        = pass.last + 1 < lineCount
              ? static_cast<int>(view->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE,
                                                     pass.last + 1))
              : view->length();
    if (endStyledBefore > passEnd) {
        // Scintilla showed more as styled than this pass reached; that stays so (no request
        // for it), and what the pass may have made stale is caught up on.
        if (!pass.settled) {
            markDirty(pass.last + 1,
                      static_cast<int>(view->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION,
                                                           endStyledBefore - 1)));
        }
        startStyling(endStyledBefore);
    }
    if (m_dirtyFrom >= 0)
        m_catchUpTimer->start();
}

void SyntaxLexer::markDirty(int first, int last)
{
    if (first > last)
        return;
    m_dirtyFrom = m_dirtyFrom < 0 ? first : std::min(m_dirtyFrom, first);
    m_dirtyTo = std::max(m_dirtyTo, last);
    m_catchUpTimer->start();
}

void SyntaxLexer::catchUp()
{
    QsciScintilla *view = editor();
    if (!view || m_dirtyFrom < 0)
        return;
    const int lineCount = view->lines();
    m_states.resize(static_cast<size_t>(lineCount));
    m_dirtyTo = std::min(m_dirtyTo, lineCount - 1);
    if (m_dirtyFrom > m_dirtyTo) {
        m_dirtyFrom = m_dirtyTo = -1;
        return;
    }
    const int endStyled
        = static_cast<int>(view->SendScintilla(QsciScintillaBase::SCI_GETENDSTYLED));
    const int first = passStart(
        static_cast<int>(view->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, endStyled)));
    QElapsedTimer deadline;
    deadline.start();
    // Styling above the first line shown makes Scintilla repaint the whole view, although
    // nothing shown changes; after every slice that would take most of the time. So repaints
    // asked for during the slice are dropped, and one is asked for if the slice reached what
    // is shown.
    QWidget *viewport = view->viewport();
    const bool updatesWereDisabled = viewport->testAttribute(Qt::WA_UpdatesDisabled);
    const int firstShown = static_cast<int>(view->SendScintilla(
        QsciScintillaBase::SCI_DOCLINEFROMVISIBLE,
        view->SendScintilla(QsciScintillaBase::SCI_GETFIRSTVISIBLELINE)));
    viewport->setAttribute(Qt::WA_UpdatesDisabled, true);
    const Pass pass = highlightFrom(first, first, &deadline);
    viewport->setAttribute(Qt::WA_UpdatesDisabled, updatesWereDisabled);
    if (!updatesWereDisabled && pass.last >= firstShown)
        viewport->update();
    finishPass(pass, endStyled);
}

void SyntaxLexer::applyFormat(int offset, int length, const Format &format)
{
    if (!m_line || length <= 0)
        return;
    const int from = m_line->byteOffset(offset);
    const int to = m_line->byteOffset(offset + length);
    // Normally known already; a format met only now should not add a style mid-paint.
    const auto style = static_cast<char>(styleFor(format, Sharing::PreferAlike));
    std::fill(m_lineStyles.begin() + from, m_lineStyles.begin() + to, style);
}

void SyntaxLexer::applyFolding(int, int, KSyntaxHighlighting::FoldingRegion region)
{
    if (!m_line)
        return;
    if (region.type() == KSyntaxHighlighting::FoldingRegion::Begin) {
        ++m_depth;
    } else if (region.type() == KSyntaxHighlighting::FoldingRegion::End && m_depth > 0) {
        --m_depth;
        m_minDepth = std::min(m_minDepth, m_depth);
    }
}

void SyntaxLexer::rebuildStyles()
{
    const Theme current = theme();
    m_styleOfFormat.clear();
    m_styleOfLook.clear();
    m_styleNames.fill(QString());
    m_nextFreeStyle = 1;

    const StyleLook normal{current.textColor(Theme::Normal),
                           current.editorColor(Theme::BackgroundColor),
                           current.isBold(Theme::Normal), current.isItalic(Theme::Normal),
                           current.isUnderline(Theme::Normal)};
    setDefaultColor(QColor::fromRgb(normal.foreground));
    setDefaultPaper(QColor::fromRgb(normal.background));
    m_looks[0] = normal;
    m_styleNames[0] = tr("Default");
    applyLook(0, normal);
    // STYLE_DEFAULT paints the area past the end of lines and the end of the document.
    m_looks[QsciScintillaBase::STYLE_DEFAULT] = normal;
    applyLook(QsciScintillaBase::STYLE_DEFAULT, normal);

    // Make every style the definition can produce now, so painting never meets a style that
    // Scintilla has not set up yet.
    const Definition currentDefinition = definition();
    if (!currentDefinition.isValid())
        return;
    for (const Format &format : currentDefinition.formats())
        styleFor(format, Sharing::OwnStyle);
    for (const Definition &included : currentDefinition.includedDefinitions()) {
        for (const Format &format : included.formats())
            styleFor(format, Sharing::PreferAlike);
    }
}

int SyntaxLexer::styleFor(const Format &format, Sharing sharing)
{
    if (!format.isValid())
        return 0;
    const auto known = m_styleOfFormat.constFind(format.id());
    if (known != m_styleOfFormat.cend())
        return *known;

    const StyleLook look = lookOf(format);
    const auto alike = m_styleOfLook.constFind(look);
    int style = 0;
    if (look == m_looks[0]) {
        style = 0;
    } else if (alike != m_styleOfLook.cend()
               && (sharing == Sharing::PreferAlike || m_nextFreeStyle > maxStyle)) {
        style = *alike;
    } else if (m_nextFreeStyle <= maxStyle) {
        style = m_nextFreeStyle++;
        if (m_nextFreeStyle == QsciScintillaBase::STYLE_DEFAULT)
            m_nextFreeStyle = QsciScintillaBase::STYLE_LASTPREDEFINED + 1;
        m_looks[static_cast<size_t>(style)] = look;
        m_styleNames[static_cast<size_t>(style)] = format.name();
        if (!m_styleOfLook.contains(look))
            m_styleOfLook.insert(look, style);
        applyLook(style, look);
    }
    m_styleOfFormat.insert(format.id(), style);
    return style;
}

SyntaxLexer::StyleLook SyntaxLexer::lookOf(const Format &format) const
{
    const Theme current = theme();
    StyleLook look = m_looks[0];
    if (format.hasTextColor(current))
        look.foreground = format.textColor(current).rgb();
    if (format.hasBackgroundColor(current))
        look.background = format.backgroundColor(current).rgb();
    look.bold = format.isBold(current);
    look.italic = format.isItalic(current);
    look.underline = format.isUnderline(current);
    return look;
}

void SyntaxLexer::applyLook(int style, const StyleLook &look)
{
    QFont font = defaultFont();
    font.setBold(look.bold);
    font.setItalic(look.italic);
    font.setUnderline(look.underline);
    // The base class emits the changes, which the attached QsciScintilla forwards to Scintilla.
    QsciLexerCustom::setColor(QColor::fromRgb(look.foreground), style);
    QsciLexerCustom::setPaper(QColor::fromRgb(look.background), style);
    QsciLexerCustom::setFont(font, style);
}

void SyntaxLexer::restyleDocument()
{
    // Marks the whole document unstyled and repaints, so Scintilla asks again for what it
    // shows; styling a large file eagerly here would stall the GUI thread. Nothing counts as
    // styled any more, so nothing is dirty either.
    m_dirtyFrom = m_dirtyTo = -1;
    if (QsciScintilla *view = editor())
        view->recolor(0, 0);
}

void SyntaxLexer::followLines(int position, int modificationType, int linesAdded)
{
    constexpr int textChange
        = QsciScintillaBase::SC_MOD_INSERTTEXT | QsciScintillaBase::SC_MOD_DELETETEXT;
    if (linesAdded == 0 || !(modificationType & textChange) || !editor())
        return;
    const auto line = static_cast<size_t>(
        editor()->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, position));
    if (m_dirtyFrom >= 0) {
        // The dirty lines move with the text; lines merged into the edited one take its place.
        const auto follow = [&](int dirty) {
            const int edited = static_cast<int>(line);
            if (linesAdded > 0)
                return dirty > edited ? dirty + linesAdded : dirty;
            if (dirty <= edited)
                return dirty;
            return std::max(edited, dirty + linesAdded);
        };
        m_dirtyFrom = follow(m_dirtyFrom);
        m_dirtyTo = std::max(m_dirtyFrom, follow(m_dirtyTo));
    }
    if (line >= m_states.size())
        return;
    const auto first = m_states.begin() + static_cast<std::ptrdiff_t>(line);
    if (linesAdded > 0) {
        // The edited line's old end is now the end of its last new line, so its state moves
        // there; the lines before it are new and unknown.
        m_states.insert(first, static_cast<size_t>(linesAdded), std::nullopt);
    } else {
        // The edited line now ends where the last removed line ended, and takes its state.
        const auto removed = std::min(static_cast<size_t>(-linesAdded), m_states.size() - line);
        m_states.erase(first, first + static_cast<std::ptrdiff_t>(removed));
    }
}

void SyntaxLexer::reloadFromRepository()
{
    // Format ids and definitions from before the reload are stale; look both up by name.
    const QString definitionName = definition().name();
    const QString themeName = theme().name();
    setDefinition(m_repository.definitionForName(definitionName));
    setTheme(m_repository.theme(themeName));
}

} // namespace Baton::Ui
