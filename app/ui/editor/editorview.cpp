// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "ui/editor/editorview.h"

#include "core/documents/modeline.h"
#include "ui/editor/changemarkers.h"
#include "ui/editor/syntaxlexer.h"

#include <KSyntaxHighlighting/Repository>

#include <QtCore/QMimeDatabase>
#include <QtCore/QMimeType>
#include <QtCore/QStringList>
#include <QtGui/QColor>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtGui/QStyleHints>
#include <QtWidgets/QAccessibleWidget>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <climits>
#include <cstdint>

namespace Baton::Ui {

using KSyntaxHighlighting::Definition;
using KSyntaxHighlighting::Repository;
using KSyntaxHighlighting::Theme;

static QColor editorColor(const Theme &theme, Theme::EditorColorRole role)
{
    return QColor::fromRgb(theme.editorColor(role));
}

// Scintilla takes colours as 0xBBGGRR.
static long colorToBgr(const QColor &color)
{
    return static_cast<long>(color.red()) | (static_cast<long>(color.green()) << 8)
           | (static_cast<long>(color.blue()) << 16);
}

static int decimalDigits(int number)
{
    int digits = 1;
    for (; number >= 10; number /= 10)
        ++digits;
    return digits;
}

// QScintilla's accessibility bridge counts the characters from the start of the document to
// the caret on every SCN_UPDATEUI, which Scintilla sends from the first paint after any change,
// styling included: with the caret at the end of a 50 MB file that is half a second a paint,
// and it made the highlighting catch-up after a jump take ~50 s. While no assistive technology
// listens (QAccessible::isActive() false), an editor gets a plain widget interface, which
// costs nothing; when one starts or stops, the editors' interfaces are dropped, so that the
// next query makes the right kind (QScintilla's, with the text, for a screen reader).
static QAccessibleInterface *plainAccessibleEditor(const QString &className, QObject *object)
{
    if (QAccessible::isActive() || !object || !object->isWidgetType()
        || className != QLatin1StringView(EditorView::staticMetaObject.className()))
        return nullptr;
    return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::EditableText);
}

namespace {
class AccessibilityFollower : public QAccessible::ActivationObserver
{
public:
    void accessibilityActiveChanged(bool) override
    {
        const QList<QWidget *> widgets = QApplication::allWidgets();
        for (QWidget *widget : widgets) {
            if (!qobject_cast<EditorView *>(widget))
                continue;
            if (QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget))
                QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(interface));
        }
    }
};
} // namespace

// Qt's accessibility factories and observers are process-wide; installed once.
static void installEditorAccessibility()
{
    static AccessibilityFollower follower;
    static const bool installed = [] {
        QAccessible::installFactory(plainAccessibleEditor);
        QAccessible::installActivationObserver(&follower);
        return true;
    }();
    Q_UNUSED(installed);
}

EditorView::EditorView(Repository &repository, QWidget *parent)
    : QsciScintilla(parent)
    , m_repository(repository)
    , m_lexer(new SyntaxLexer(repository, this))
{
    installEditorAccessibility();
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
    // Brace matching is the view's own (matchBraces()), bounded: QScintilla's asks Scintilla to
    // scan to the end of the document for an unmatched brace, on every caret move.
    connect(this, &QsciScintillaBase::SCN_UPDATEUI, this, [this](int updated) {
        if (updated & (SC_UPDATE_CONTENT | SC_UPDATE_SELECTION))
            matchBraces();
    });
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(4);
    setTabWidth(4);
    setBackspaceUnindents(true);
    setAutoCompletionSource(AcsNone);

    // Folding from the definition's regions (SyntaxLexer sets the levels). Margin 1 is the git
    // gutter's.
    setFolding(BoxedTreeFoldStyle, 2);
    m_changeMarkers = new ChangeMarkers(this);

    // Several cursors: Ctrl+click adds one, typing and pasting go to all of them, Alt+drag
    // selects a rectangle (which may reach past line ends).
    SendScintilla(SCI_SETMULTIPLESELECTION, 1UL);
    SendScintilla(SCI_SETADDITIONALSELECTIONTYPING, 1UL);
    SendScintilla(SCI_SETMULTIPASTE, static_cast<unsigned long>(SC_MULTIPASTE_EACH));
    SendScintilla(SCI_SETVIRTUALSPACEOPTIONS,
                  static_cast<unsigned long>(SCVS_RECTANGULARSELECTION));
    SendScintilla(SCI_SETMOUSESELECTIONRECTANGULARSWITCH, 1UL);
    SendScintilla(SCI_INDICSETSTYLE, static_cast<unsigned long>(FindIndicator),
                  static_cast<long>(INDIC_ROUNDBOX));
    SendScintilla(SCI_INDICSETALPHA, static_cast<unsigned long>(FindIndicator), 110L);
    SendScintilla(SCI_INDICSETOUTLINEALPHA, static_cast<unsigned long>(FindIndicator), 200L);
    SendScintilla(SCI_INDICSETUNDER, static_cast<unsigned long>(FindIndicator), 1L);

    // Scrolling past the last line, as VS Code does.
    SendScintilla(SCI_SETENDATLASTLINE, 0UL);

    QStyleHints *hints = QGuiApplication::styleHints();
    connect(hints, &QStyleHints::colorSchemeChanged, this, &EditorView::followColorScheme);
    followColorScheme(hints->colorScheme());
}

EditorView::~EditorView() = default;

void EditorView::setFileContent(const QString &filePath, const QByteArray &utf8Content)
{
    m_filePath = filePath;
    m_largeFile = utf8Content.size() > largeFileBytes;
    m_highlightingOffForSize = utf8Content.size() > highlightLimitBytes;
    m_lexer->setDefinition(m_highlightingOffForSize
                               ? KSyntaxHighlighting::Definition()
                               : definitionForFile(m_repository, filePath, utf8Content));
    Q_EMIT definitionChanged();
    // Scintilla wraps on the GUI thread, every line of the file.
    if (m_largeFile)
        setWordWrap(false);

    const bool readOnly = isReadOnly();
    setReadOnly(false);
    // The bytes go in as they are: a round trip through QString would replace invalid UTF-8
    // and make saving change the file.
    // One copy into Scintilla's buffer, sized up front, and none into the undo history.
    // No SCN_MODIFIED either: for each, QScintilla copies the inserted text once for the
    // signal and once more as UTF-16 for its accessibility event (for a 50 MB file, 150 MB and
    // a tenth of a second); the lexer and the signals' receivers are told afterwards.
    const auto eventMask = static_cast<unsigned long>(send(SCI_GETMODEVENTMASK));
    SendScintilla(SCI_SETMODEVENTMASK, 0UL);
    SendScintilla(SCI_SETUNDOCOLLECTION, 0UL);
    SendScintilla(SCI_CLEARALL);
    if (!utf8Content.isEmpty()) {
        SendScintilla(SCI_ALLOCATE, static_cast<unsigned long>(utf8Content.size() + 1));
        SendScintilla(SCI_APPENDTEXT, static_cast<uintptr_t>(utf8Content.size()),
                      utf8Content.constData());
    }
    SendScintilla(SCI_SETMODEVENTMASK, eventMask);
    m_lexer->textReplaced();
    Q_EMIT linesChanged();
    Q_EMIT textChanged();
    SendScintilla(SCI_SETUNDOCOLLECTION, 1UL);
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

QByteArray EditorView::utf8Text() const
{
    const long length = send(SCI_GETLENGTH);
    // The pointer is valid until the next change; the copy is made before any.
    const auto *characters = reinterpret_cast<const char *>(send(SCI_GETCHARACTERPOINTER));
    return QByteArray(characters, length);
}

void EditorView::setFilePath(const QString &filePath)
{
    m_filePath = filePath;
    m_untitledName.clear();
    // The start of the text, for files whose name says nothing (a #! line).
    const long length = std::min(send(SCI_GETLENGTH), 4096L);
    QByteArray head(length + 1, Qt::Uninitialized);
    SendScintilla(SCI_GETTEXTRANGE, 0L, length, head.data());
    head.chop(1);
    setDefinition(definitionForFile(m_repository, filePath, head));
}

quintptr EditorView::documentId() const
{
    return static_cast<quintptr>(send(SCI_GETDOCPOINTER));
}

void EditorView::shareDocumentOf(EditorView *other)
{
    // The lexer follows the document it is attached with; attach it again afterwards.
    setLexer(nullptr);
    setDocument(other->document());
    setLexer(m_lexer);
    m_filePath = other->m_filePath;
    m_untitledName = other->m_untitledName;
    m_lexer->setDefinition(other->definition());
    setEolMode(other->eolMode());
    setIndentationsUseTabs(other->indentationsUseTabs());
    setIndentationWidth(other->indentationWidth());
    setTabWidth(other->tabWidth());
    setReadOnly(other->isReadOnly());
    Q_EMIT definitionChanged();
}

Definition EditorView::definitionForFile(const Repository &repository, const QString &filePath,
                                         const QByteArray &utf8Content)
{
    // A modeline is the author's own word on the language, so it wins over the name.
    const Core::ModelineLanguage modeline = Core::modelineLanguage(utf8Content);
    if (!modeline.definitionName.isEmpty()) {
        for (const Definition &definition : repository.definitions()) {
            if (definition.name().compare(modeline.definitionName, Qt::CaseInsensitive) == 0)
                return definition;
        }
    }
    if (!modeline.fileName.isEmpty()) {
        const Definition byModeline = repository.definitionForFileName(modeline.fileName);
        if (byModeline.isValid())
            return byModeline;
    }

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
    m_followSystem = false;
    applyTheme(theme);
}

void EditorView::applyTheme(const Theme &theme)
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
    setFoldMarginColors(editorColor(theme, Theme::IconBorder),
                        editorColor(theme, Theme::IconBorder));
    // The fold markers: boxes in the margin colour, outlined like the line numbers.
    for (int marker = int(SC_MARKNUM_FOLDEREND); marker <= int(SC_MARKNUM_FOLDEROPEN); ++marker) {
        SendScintilla(SCI_MARKERSETFORE, static_cast<unsigned long>(marker),
                      colorToBgr(editorColor(theme, Theme::IconBorder)));
        SendScintilla(SCI_MARKERSETBACK, static_cast<unsigned long>(marker),
                      colorToBgr(editorColor(theme, Theme::LineNumbers)));
    }
    m_changeMarkers->applyTheme(theme);
    // Highlight-all of the find bar, and the occurrences of the selection.
    SendScintilla(SCI_INDICSETFORE, static_cast<unsigned long>(FindIndicator),
                  static_cast<long>(colorToBgr(editorColor(theme, Theme::SearchHighlight))));
}

Theme EditorView::theme() const
{
    return m_lexer->theme();
}

void EditorView::followSystemTheme()
{
    m_followSystem = true;
    followColorScheme(QGuiApplication::styleHints()->colorScheme());
}

Definition EditorView::definition() const
{
    return m_lexer->definition();
}

void EditorView::setDefinition(const Definition &definition)
{
    m_lexer->setDefinition(definition);
    Q_EMIT definitionChanged();
}

void EditorView::followColorScheme(Qt::ColorScheme scheme)
{
    if (!m_followSystem)
        return;
    applyTheme(m_repository.defaultTheme(scheme == Qt::ColorScheme::Dark ? Repository::DarkTheme
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

void EditorView::setLineChanges(const QList<Core::LineChange> &changes)
{
    m_changeMarkers->setLineChanges(changes);
}

QList<Core::LineChange> EditorView::lineChanges() const
{
    return m_changeMarkers->lineChanges();
}

bool EditorView::lineChangesPending() const
{
    return m_changeMarkers->pending();
}

long EditorView::send(unsigned int message, unsigned long wParam, long lParam) const
{
    return const_cast<EditorView *>(this)->SendScintilla(message, wParam, lParam);
}

std::pair<int, int> EditorView::selectedLines() const
{
    const auto start = static_cast<unsigned long>(send(SCI_GETSELECTIONSTART));
    const auto end = static_cast<unsigned long>(send(SCI_GETSELECTIONEND));
    const int first = int(send(SCI_LINEFROMPOSITION, start));
    int last = int(send(SCI_LINEFROMPOSITION, end));
    // A selection that ends at the start of a line does not take that line along.
    if (last > first && send(SCI_POSITIONFROMLINE, static_cast<unsigned long>(last)) == long(end))
        --last;
    return {first, last};
}

QByteArray EditorView::lineText(int line) const
{
    const long start = send(SCI_POSITIONFROMLINE, static_cast<unsigned long>(line));
    const long end = send(SCI_GETLINEENDPOSITION, static_cast<unsigned long>(line));
    QByteArray bytes(end - start + 1, Qt::Uninitialized);
    const_cast<EditorView *>(this)->SendScintilla(SCI_GETTEXTRANGE, start, end, bytes.data());
    bytes.chop(1);
    return bytes;
}

void EditorView::toggleComment()
{
    if (isReadOnly())
        return;
    const Definition current = definition();
    const QByteArray marker
        = current.isValid() ? current.singleLineCommentMarker().toUtf8() : QByteArray();
    const auto [first, last] = selectedLines();
    const bool hadSelection = !send(SCI_GETSELECTIONEMPTY);
    SendScintilla(SCI_BEGINUNDOACTION);
    if (marker.isEmpty()) {
        // Only block comments (HTML, CSS): wrap the lines, or unwrap them.
        const auto [open, close]
            = current.isValid() ? current.multiLineCommentMarker() : std::pair<QString, QString>();
        const QByteArray begin = open.toUtf8();
        const QByteArray end = close.toUtf8();
        if (!begin.isEmpty() && !end.isEmpty()) {
            const long from = send(SCI_GETLINEINDENTPOSITION, static_cast<unsigned long>(first));
            const long to = send(SCI_GETLINEENDPOSITION, static_cast<unsigned long>(last));
            QByteArray text(to - from + 1, Qt::Uninitialized);
            SendScintilla(SCI_GETTEXTRANGE, from, to, text.data());
            text.chop(1);
            const QByteArray trimmed = text.trimmed();
            if (trimmed.startsWith(begin) && trimmed.endsWith(end)
                && trimmed.size() >= begin.size() + end.size()) {
                QByteArray inner
                    = trimmed.sliced(begin.size(), trimmed.size() - begin.size() - end.size());
                if (inner.startsWith(' '))
                    inner.remove(0, 1);
                if (inner.endsWith(' '))
                    inner.chop(1);
                SendScintilla(SCI_SETTARGETRANGE, static_cast<unsigned long>(from), to);
                SendScintilla(SCI_REPLACETARGET, static_cast<unsigned long>(inner.size()),
                              inner.constData());
            } else {
                const QByteArray wrapped = begin + ' ' + text + ' ' + end;
                SendScintilla(SCI_SETTARGETRANGE, static_cast<unsigned long>(from), to);
                SendScintilla(SCI_REPLACETARGET, static_cast<unsigned long>(wrapped.size()),
                              wrapped.constData());
            }
        }
        SendScintilla(SCI_ENDUNDOACTION);
        return;
    }

    // Line comments: removed when every non-blank line has one, else added to each non-blank
    // line at the shallowest indentation of them, as VS Code does.
    bool allCommented = true;
    bool anyText = false;
    int column = INT_MAX;
    for (int line = first; line <= last; ++line) {
        const QByteArray text = lineText(line);
        const QByteArray trimmed = text.trimmed();
        if (trimmed.isEmpty())
            continue;
        anyText = true;
        column
            = std::min(column, int(send(SCI_GETLINEINDENTATION, static_cast<unsigned long>(line))));
        if (!trimmed.startsWith(marker))
            allCommented = false;
    }
    if (!anyText) {
        SendScintilla(SCI_ENDUNDOACTION);
        return;
    }
    for (int line = first; line <= last; ++line) {
        const auto lineNumber = static_cast<unsigned long>(line);
        const QByteArray text = lineText(line);
        if (text.trimmed().isEmpty())
            continue;
        const long indent = send(SCI_GETLINEINDENTPOSITION, lineNumber);
        if (allCommented) {
            long length = marker.size();
            const long lineStart = send(SCI_POSITIONFROMLINE, lineNumber);
            const qsizetype after = indent - lineStart + marker.size();
            if (after < text.size() && text.at(after) == ' ')
                ++length;
            SendScintilla(SCI_DELETERANGE, static_cast<unsigned long>(indent), length);
        } else {
            const long at = current.singleLineCommentPosition()
                                    == KSyntaxHighlighting::CommentPosition::StartOfLine
                                ? send(SCI_POSITIONFROMLINE, lineNumber)
                                : send(SCI_FINDCOLUMN, lineNumber, column);
            const QByteArray insert = marker + ' ';
            SendScintilla(SCI_INSERTTEXT, static_cast<unsigned long>(at), insert.constData());
        }
    }
    // The selection covers the toggled lines, so that toggling again undoes it.
    if (hadSelection)
        SendScintilla(SCI_SETSEL,
                      static_cast<unsigned long>(
                          send(SCI_POSITIONFROMLINE, static_cast<unsigned long>(first))),
                      send(SCI_GETLINEENDPOSITION, static_cast<unsigned long>(last)));
    SendScintilla(SCI_ENDUNDOACTION);
}

void EditorView::duplicateLines()
{
    if (isReadOnly())
        return;
    const auto [first, last] = selectedLines();
    const long start = send(SCI_POSITIONFROMLINE, static_cast<unsigned long>(first));
    const long end = send(SCI_GETLINEENDPOSITION, static_cast<unsigned long>(last));
    QByteArray text(end - start + 1, Qt::Uninitialized);
    SendScintilla(SCI_GETTEXTRANGE, start, end, text.data());
    text.chop(1);
    const long anchor = send(SCI_GETANCHOR);
    const long caret = send(SCI_GETCURRENTPOS);
    const QByteArray eol = eolMode() == EolWindows ? QByteArrayLiteral("\r\n")
                           : eolMode() == EolMac   ? QByteArrayLiteral("\r")
                                                   : QByteArrayLiteral("\n");
    const QByteArray insert = eol + text;
    SendScintilla(SCI_BEGINUNDOACTION);
    SendScintilla(SCI_INSERTTEXT, static_cast<unsigned long>(end), insert.constData());
    // The selection moves down with the copy, so that repeating duplicates again.
    const long shift = insert.size();
    SendScintilla(SCI_SETSEL, static_cast<unsigned long>(anchor + shift), caret + shift);
    SendScintilla(SCI_ENDUNDOACTION);
}

void EditorView::moveLinesUp()
{
    if (!isReadOnly())
        SendScintilla(SCI_MOVESELECTEDLINESUP);
}

void EditorView::moveLinesDown()
{
    if (!isReadOnly())
        SendScintilla(SCI_MOVESELECTEDLINESDOWN);
}

void EditorView::deleteLines()
{
    if (isReadOnly())
        return;
    const auto [first, last] = selectedLines();
    const int lineCount = lines();
    long from = send(SCI_POSITIONFROMLINE, static_cast<unsigned long>(first));
    long to = last + 1 < lineCount
                  ? send(SCI_POSITIONFROMLINE, static_cast<unsigned long>(last + 1))
                  : send(SCI_GETLENGTH);
    // Deleting the last line takes the line break before it instead.
    if (last + 1 >= lineCount && first > 0)
        from = send(SCI_GETLINEENDPOSITION, static_cast<unsigned long>(first - 1));
    SendScintilla(SCI_DELETERANGE, static_cast<unsigned long>(from), to - from);
}

void EditorView::selectNextOccurrence()
{
    if (send(SCI_GETSELECTIONEMPTY)) {
        // First press: the word at the cursor, matched whole and case-sensitively from now on.
        const long caret = send(SCI_GETCURRENTPOS);
        const long start = send(SCI_WORDSTARTPOSITION, static_cast<unsigned long>(caret), 1);
        const long end = send(SCI_WORDENDPOSITION, static_cast<unsigned long>(caret), 1);
        if (start == end)
            return;
        SendScintilla(SCI_SETSEL, static_cast<unsigned long>(start), end);
        m_occurrenceWord = {start, end};
        return;
    }
    // Whole words while the first selection is the word that the first press selected; any
    // text the user selected is matched as it is, as in VS Code.
    const bool wholeWord = send(SCI_GETSELECTIONNSTART, 0UL) == m_occurrenceWord.first
                           && send(SCI_GETSELECTIONNEND, 0UL) == m_occurrenceWord.second;
    const int flags = SCFIND_MATCHCASE | (wholeWord ? SCFIND_WHOLEWORD : 0);
    const long main = send(SCI_GETMAINSELECTION);
    const long mainStart = send(SCI_GETSELECTIONNSTART, static_cast<unsigned long>(main));
    const long mainEnd = send(SCI_GETSELECTIONNEND, static_cast<unsigned long>(main));
    QByteArray needle(mainEnd - mainStart + 1, Qt::Uninitialized);
    SendScintilla(SCI_GETTEXTRANGE, mainStart, mainEnd, needle.data());
    needle.chop(1);
    const long length = send(SCI_GETLENGTH);
    const int count = int(send(SCI_GETSELECTIONS));
    const auto alreadySelected = [&](long start) {
        for (int i = 0; i < count; ++i) {
            if (send(SCI_GETSELECTIONNSTART, static_cast<unsigned long>(i)) == start)
                return true;
        }
        return false;
    };
    // After the main selection, then from the top (wrapping round), skipping selected matches.
    SendScintilla(SCI_SETSEARCHFLAGS, static_cast<unsigned long>(flags));
    const std::pair<long, long> ranges[] = {{mainEnd, length}, {0, mainStart}};
    for (const auto &[from, to] : ranges) {
        long position = from;
        while (position < to) {
            SendScintilla(SCI_SETTARGETRANGE, static_cast<unsigned long>(position), to);
            const long found = send(SCI_SEARCHINTARGET, static_cast<unsigned long>(needle.size()),
                                    reinterpret_cast<long>(needle.constData()));
            if (found < 0)
                break;
            const long end = send(SCI_GETTARGETEND);
            if (!alreadySelected(found)) {
                SendScintilla(SCI_ADDSELECTION, static_cast<unsigned long>(end), found);
                SendScintilla(SCI_SCROLLRANGE, static_cast<unsigned long>(found), end);
                return;
            }
            position = std::max(end, found + 1);
        }
    }
}

void EditorView::addCursorVertically(int direction)
{
    // From the outermost cursor in that direction, at the same column (as far as the line goes).
    const int count = int(send(SCI_GETSELECTIONS));
    long outermost = send(SCI_GETSELECTIONNCARET, 0UL);
    for (int i = 1; i < count; ++i) {
        const long caret = send(SCI_GETSELECTIONNCARET, static_cast<unsigned long>(i));
        if ((direction < 0) == (caret < outermost))
            outermost = caret;
    }
    const long column = send(SCI_GETCOLUMN, static_cast<unsigned long>(send(SCI_GETCURRENTPOS)));
    const int line
        = int(send(SCI_LINEFROMPOSITION, static_cast<unsigned long>(outermost))) + direction;
    if (line < 0 || line >= lines())
        return;
    const long position = send(SCI_FINDCOLUMN, static_cast<unsigned long>(line), column);
    SendScintilla(SCI_ADDSELECTION, static_cast<unsigned long>(position), position);
    SendScintilla(SCI_SCROLLCARET);
}

void EditorView::addCursorAbove()
{
    addCursorVertically(-1);
}

void EditorView::addCursorBelow()
{
    addCursorVertically(1);
}

void EditorView::zoomReset()
{
    zoomTo(0);
}

void EditorView::goToPosition(int line, int column)
{
    line = std::clamp(line, 0, std::max(0, lines() - 1));
    const auto lineNumber = static_cast<unsigned long>(line);
    SendScintilla(SCI_ENSUREVISIBLEENFORCEPOLICY, lineNumber);
    const long start = send(SCI_POSITIONFROMLINE, lineNumber);
    const long end = send(SCI_GETLINEENDPOSITION, lineNumber);
    const long position = std::clamp(start + std::max(0, column), start, end);
    centreOnLineIfHidden(line);
    SendScintilla(SCI_GOTOPOS, static_cast<unsigned long>(position));
}

void EditorView::selectRange(int line, int column, int length)
{
    line = std::clamp(line, 0, std::max(0, lines() - 1));
    const auto lineNumber = static_cast<unsigned long>(line);
    SendScintilla(SCI_ENSUREVISIBLEENFORCEPOLICY, lineNumber);
    const long start = send(SCI_POSITIONFROMLINE, lineNumber);
    const long end = send(SCI_GETLINEENDPOSITION, lineNumber);
    const long from = std::clamp(start + std::max(0, column), start, end);
    const long to = std::clamp(from + std::max(0, length), from, long(send(SCI_GETLENGTH)));
    centreOnLineIfHidden(line);
    SendScintilla(SCI_SETSEL, static_cast<unsigned long>(from), to);
}

void EditorView::centreOnLineIfHidden(int line)
{
    const int visibleLine = int(send(SCI_VISIBLEFROMDOCLINE, static_cast<unsigned long>(line)));
    const int top = int(send(SCI_GETFIRSTVISIBLELINE));
    const int onScreen = int(send(SCI_LINESONSCREEN));
    if (visibleLine < top || visibleLine >= top + onScreen)
        SendScintilla(SCI_SETFIRSTVISIBLELINE,
                      static_cast<unsigned long>(std::max(0, visibleLine - onScreen / 2)));
}

static char oppositeBrace(char brace)
{
    switch (brace) {
    case '(':
        return ')';
    case ')':
        return '(';
    case '[':
        return ']';
    case ']':
        return '[';
    case '{':
        return '}';
    case '}':
        return '{';
    default:
        return 0;
    }
}

void EditorView::matchBraces()
{
    // As QScintilla's sloppy matching: the brace before the caret, else the one after it.
    const long caret = send(SCI_GETCURRENTPOS);
    const long length = send(SCI_GETLENGTH);
    long brace = -1;
    if (caret > 0
        && oppositeBrace(char(send(SCI_GETCHARAT, static_cast<unsigned long>(caret - 1)))))
        brace = caret - 1;
    else if (caret < length
             && oppositeBrace(char(send(SCI_GETCHARAT, static_cast<unsigned long>(caret)))))
        brace = caret;

    std::pair<long, long> braces{-1, -1};
    bool unmatched = false;
    if (brace >= 0) {
        const char open = char(send(SCI_GETCHARAT, static_cast<unsigned long>(brace)));
        const char close = oppositeBrace(open);
        const bool forward = open == '(' || open == '[' || open == '{';
        // Only braces styled as this one count (not those in strings or comments), as in
        // Scintilla; lines not styled yet count whatever their style.
        const int style = int(send(SCI_GETSTYLEAT, static_cast<unsigned long>(brace)));
        const long endStyled = send(SCI_GETENDSTYLED);
        const long limit = forward ? std::min(length, brace + 1 + braceSearchBytes)
                                   : std::max(0L, brace - braceSearchBytes);
        // Read in chunks of text and styles, two bytes a character (SCI_GETSTYLEDTEXT), so
        // that a close match costs little and a far one never copies the document.
        constexpr long chunkBytes = 16384;
        QByteArray cells;
        int depth = 1;
        long position = forward ? brace + 1 : brace;
        while (depth > 0 && (forward ? position < limit : position > limit)) {
            const long from = forward ? position : std::max(limit, position - chunkBytes);
            const long to = forward ? std::min(limit, position + chunkBytes) : position;
            cells.resize(2 * (to - from) + 2);
            SendScintilla(SCI_GETSTYLEDTEXT, from, to, cells.data());
            for (long i = forward ? 0 : to - from - 1; forward ? i < to - from : i >= 0;
                 forward ? ++i : --i) {
                const char character = cells.at(2 * i);
                if (character != open && character != close)
                    continue;
                if (from + i < endStyled && int(uchar(cells.at(2 * i + 1))) != style)
                    continue;
                depth += character == open ? 1 : -1;
                if (depth == 0) {
                    braces = {brace, from + i};
                    break;
                }
            }
            position = forward ? to : from;
        }
        // No match up to the document's end is a mismatch; none within the search limit is
        // not known either way and shows nothing.
        unmatched = depth > 0 && (forward ? limit == length : limit == 0);
        if (unmatched)
            braces = {brace, -1};
    }
    // Scintilla repaints only if the highlight changed.
    m_braces = braces;
    if (unmatched)
        SendScintilla(SCI_BRACEBADLIGHT, static_cast<unsigned long>(braces.first));
    else
        SendScintilla(SCI_BRACEHIGHLIGHT, static_cast<unsigned long>(braces.first), braces.second);
}

void EditorView::setIndentation(bool useTabs, int width)
{
    width = std::clamp(width, 1, 16);
    setIndentationsUseTabs(useTabs);
    setIndentationWidth(width);
    setTabWidth(width);
    Q_EMIT indentationChanged();
}

void EditorView::setShowWhitespace(bool show)
{
    setWhitespaceVisibility(show ? WsVisible : WsInvisible);
}

bool EditorView::showWhitespace() const
{
    return whitespaceVisibility() != WsInvisible;
}

void EditorView::setShowLineEndings(bool show)
{
    setEolVisibility(show);
}

bool EditorView::showLineEndings() const
{
    return eolVisibility();
}

void EditorView::setWordWrap(bool wrap)
{
    wrap = wrap && !m_largeFile;
    setWrapMode(wrap ? WrapWord : WrapNone);
    setWrapVisualFlags(wrap ? WrapFlagByBorder : WrapFlagNone);
}

bool EditorView::wordWrap() const
{
    return wrapMode() != WrapNone;
}

void EditorView::setEditorFont(const QFont &font)
{
    m_lexer->setFont(font);
    setMarginsFont(font);
    m_lineNumberDigits = 0;
    updateLineNumberMarginWidth();
    m_changeMarkers->updateDeletedMarkerImages();
}

QByteArray EditorView::selectedUtf8() const
{
    const long start = send(SCI_GETSELECTIONSTART);
    const long end = send(SCI_GETSELECTIONEND);
    QByteArray bytes(end - start + 1, Qt::Uninitialized);
    const_cast<EditorView *>(this)->SendScintilla(SCI_GETTEXTRANGE, start, end, bytes.data());
    bytes.chop(1);
    return bytes;
}

int EditorView::selectedCharacters() const
{
    const int count = int(send(SCI_GETSELECTIONS));
    long characters = 0;
    for (int i = 0; i < count; ++i) {
        const auto n = static_cast<unsigned long>(i);
        const long start = send(SCI_GETSELECTIONNSTART, n);
        const long end = send(SCI_GETSELECTIONNEND, n);
        characters += send(SCI_COUNTCHARACTERS, static_cast<unsigned long>(start), end);
    }
    return int(characters);
}

int EditorView::selectionCount() const
{
    return int(send(SCI_GETSELECTIONS));
}

} // namespace Baton::Ui
