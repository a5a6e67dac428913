// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "ui/editor/editorview.h"

#include "ui/editor/syntaxlexer.h"

#include <KSyntaxHighlighting/Repository>

#include <QtCore/QMimeDatabase>
#include <QtCore/QMimeType>
#include <QtCore/QStringList>
#include <QtGui/QColor>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtGui/QStyleHints>

#include <cstdint>

namespace Baton::Ui {

using KSyntaxHighlighting::Definition;
using KSyntaxHighlighting::Repository;
using KSyntaxHighlighting::Theme;

static QColor editorColor(const Theme &theme, Theme::EditorColorRole role)
{
    return QColor::fromRgb(theme.editorColor(role));
}

static int decimalDigits(int number)
{
    int digits = 1;
    for (; number >= 10; number /= 10)
        ++digits;
    return digits;
}

EditorView::EditorView(Repository &repository, QWidget *parent)
    : QsciScintilla(parent)
    , m_repository(repository)
    , m_lexer(new SyntaxLexer(repository, this))
{
    setUtf8(true);

    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_lexer->setFont(font);
    setLexer(m_lexer);
    setMarginsFont(font);

    setMarginType(0, NumberMargin);
    setMarginLineNumbers(0, true);
    updateLineNumberMarginWidth();
    connect(this, &QsciScintilla::linesChanged, this, &EditorView::updateLineNumberMarginWidth);

    setCaretLineVisible(true);
    setBraceMatching(SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(4);
    setTabWidth(4);
    setBackspaceUnindents(true);

    QStyleHints *hints = QGuiApplication::styleHints();
    connect(hints, &QStyleHints::colorSchemeChanged, this, &EditorView::followColorScheme);
    followColorScheme(hints->colorScheme());
}

EditorView::~EditorView() = default;

void EditorView::setFileContent(const QString &filePath, const QByteArray &utf8Content)
{
    m_filePath = filePath;
    m_lexer->setDefinition(definitionForFile(m_repository, filePath, utf8Content));

    const bool readOnly = isReadOnly();
    setReadOnly(false);
    // The bytes go in as they are: a round trip through QString would replace invalid UTF-8
    // and make saving change the file.
    SendScintilla(SCI_CLEARALL);
    if (!utf8Content.isEmpty()) {
        SendScintilla(SCI_APPENDTEXT, static_cast<uintptr_t>(utf8Content.size()),
                      utf8Content.constData());
    }
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    setModified(false);
    SendScintilla(SCI_GOTOPOS, 0UL);
    setReadOnly(readOnly);

    const qsizetype firstNewline = utf8Content.indexOf('\n');
    if (firstNewline > 0 && utf8Content.at(firstNewline - 1) == '\r')
        setEolMode(EolWindows);
    else if (firstNewline < 0 && utf8Content.contains('\r'))
        setEolMode(EolMac);
    else
        setEolMode(EolUnix);
}

Definition EditorView::definitionForFile(const Repository &repository, const QString &filePath,
                                         const QByteArray &utf8Content)
{
    const Definition byName = repository.definitionForFileName(filePath);
    if (byName.isValid())
        return byName;

    // Files without a telling name (scripts run through `#!`, dotfiles): the MIME database
    // looks at the content, and a definition may claim the type, an alias or a parent type.
    const QMimeType mimeType = QMimeDatabase().mimeTypeForFileNameAndData(filePath, utf8Content);
    QStringList candidates{mimeType.name()};
    candidates += mimeType.aliases();
    candidates += mimeType.allAncestors();
    for (const QString &candidate : std::as_const(candidates)) {
        // Every text file descends from these; a definition claiming them says nothing.
        if (candidate == u"text/plain" || candidate == u"application/octet-stream")
            continue;
        const Definition byType = repository.definitionForMimeType(candidate);
        if (byType.isValid())
            return byType;
    }
    return {};
}

void EditorView::setTheme(const Theme &theme)
{
    m_lexer->setTheme(theme);

    const QColor text = QColor::fromRgb(theme.textColor(Theme::Normal));
    const QColor background = editorColor(theme, Theme::BackgroundColor);
    setCaretForegroundColor(text);
    setCaretLineBackgroundColor(editorColor(theme, Theme::CurrentLine));
    setSelectionBackgroundColor(editorColor(theme, Theme::TextSelection));
    // Selected text keeps its syntax colours, as in Kate.
    resetSelectionForegroundColor();
    setMarginsBackgroundColor(editorColor(theme, Theme::IconBorder));
    setMarginsForegroundColor(editorColor(theme, Theme::LineNumbers));
    setMatchedBraceBackgroundColor(editorColor(theme, Theme::BracketMatching));
    setMatchedBraceForegroundColor(text);
    setUnmatchedBraceBackgroundColor(background);
    setUnmatchedBraceForegroundColor(QColor::fromRgb(theme.textColor(Theme::Error)));
    setWhitespaceForegroundColor(editorColor(theme, Theme::TabMarker));
    setIndentationGuidesForegroundColor(editorColor(theme, Theme::IndentationLine));
    setIndentationGuidesBackgroundColor(background);
    setEdgeColor(editorColor(theme, Theme::Separator));
}

Theme EditorView::theme() const
{
    return m_lexer->theme();
}

void EditorView::followColorScheme(Qt::ColorScheme scheme)
{
    setTheme(m_repository.defaultTheme(scheme == Qt::ColorScheme::Dark ? Repository::DarkTheme
                                                                       : Repository::LightTheme));
}

void EditorView::updateLineNumberMarginWidth()
{
    const int digits = decimalDigits(lines());
    if (digits == m_lineNumberDigits)
        return;
    m_lineNumberDigits = digits;
    // One digit of room on top, so the numbers do not touch the text.
    setMarginWidth(0, QString(digits + 1, u'9'));
}

} // namespace Baton::Ui
