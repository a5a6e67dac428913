// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The code editor widget: a QsciScintilla in UTF-8 mode with syntax highlighting from
// KSyntaxHighlighting (see SyntaxLexer), the system's fixed-width font, line numbers, the
// current line highlighted, brace matching, auto-indent and 4-space indentation.
//
// Its colours follow the system colour scheme live: the repository's default dark theme when
// the scheme is dark, the default light theme otherwise (setTheme() overrides this until
// followSystemTheme() is called). The text, margins, caret, selection and current line all take their
// colours from the theme.
//
// The view never touches the disk: the caller reads the file off the GUI thread and hands over
// its bytes. GUI thread only. The repository must outlive the view.

#include "core/documents/textencoding.h"
#include "core/git/headdiff.h"
#include "ui/editor/changemarkers.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>
#include <Qsci/qsciscintilla.h>

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>

#include <utility>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Baton::Ui {

class SyntaxLexer;

class EditorView : public QsciScintilla
{
    Q_OBJECT

public:
    explicit EditorView(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~EditorView() override;

    // Shows `utf8Content` (the file's bytes, kept as they are: invalid UTF-8 is shown as
    // replacement characters but not rewritten) as the file at `filePath`, highlighted by the
    // definition for its file name, else for its MIME type as detected from the name and the
    // content (which covers `#!` lines). Replaces the text, empties the undo history, marks the
    // text unmodified, puts the cursor at the start and adopts the file's line endings. Works on
    // a read-only view too, which stays read-only.
    void setFileContent(const QString &filePath, const QByteArray &utf8Content);
    // Files over largeFileBytes never wrap (Scintilla wraps every line on the GUI thread);
    // files over highlightLimitBytes open as plain text (a language chosen afterwards with
    // setDefinition() highlights them). Both follow the last setFileContent().
    static constexpr qsizetype largeFileBytes = qsizetype(8) << 20;
    static constexpr qsizetype highlightLimitBytes = qsizetype(128) << 20;
    bool isLargeFile() const { return m_largeFile; }
    bool highlightingOffForSize() const { return m_highlightingOffForSize; }
    // As given to setFileContent(); empty before and for an untitled buffer.
    QString filePath() const { return m_filePath; }
    // After Save As: the buffer now belongs to `filePath` (the highlighting follows the name).
    void setFilePath(const QString &filePath);
    // An untitled buffer's name ("Untitled-1"); empty for a file.
    QString untitledName() const { return m_untitledName; }
    void setUntitledName(const QString &name) { m_untitledName = name; }

    // The encoding the buffer is written in when saved (the file's, as read); UTF-8 for a
    // new buffer. Views sharing a document are given the same one by the caller.
    Core::TextEncoding encoding() const { return m_encoding; }
    void setEncoding(const Core::TextEncoding &encoding) { m_encoding = encoding; }

    // Shows the document of `other` (a second view of the same file, as in a split): edits,
    // undo and the modified state are shared.
    void shareDocumentOf(EditorView *other);
    // Identifies the document shown: views sharing one give the same id.
    quintptr documentId() const;

    // Owned by the view.
    SyntaxLexer *syntaxLexer() const { return m_lexer; }

    void setTheme(const KSyntaxHighlighting::Theme &theme);
    KSyntaxHighlighting::Theme theme() const;
    // The theme given to setTheme() stays until this is called; then the system scheme rules.
    void followSystemTheme();

    // The highlighting definition in use (invalid: plain text), and a different choice (from
    // the status bar's language menu). Choosing keeps the text and its undo history.
    KSyntaxHighlighting::Definition definition() const;
    void setDefinition(const KSyntaxHighlighting::Definition &definition);

    // Editing commands, as VS Code binds them (the main window owns the shortcuts).
    void toggleComment();        // Ctrl+/: line comments, or a block comment where none exist
    void duplicateLines();       // Shift+Alt+Down: the selected lines, or the selection
    void moveLinesUp();          // Alt+Up
    void moveLinesDown();        // Alt+Down
    void deleteLines();          // Ctrl+Shift+K
    void selectNextOccurrence(); // Ctrl+D: adds the next match of the selection as a cursor
    void addCursorAbove();       // Ctrl+Alt+Up
    void addCursorBelow();       // Ctrl+Alt+Down
    void zoomReset();            // Ctrl+0

    // Moves the cursor to `line` (0-based) and `column` (UTF-8 bytes, clamped to the line), and
    // scrolls so that the line is in view, centred when it was off screen.
    void goToPosition(int line, int column = 0);
    // Selects `length` bytes from `column` on `line` and shows them centred.
    void selectRange(int line, int column, int length);

    // Brace matching, as VS Code does it: the brace before the caret (else the one after it) and
    // its match are highlighted, an unmatched one is shown as bad. The match is looked for at
    // most braceSearchBytes away, so a brace never makes a keystroke scan a huge file; a brace
    // whose match is further is not highlighted. highlightedBraces() is what is shown: the
    // brace and its match, {brace, -1} for a mismatch, {-1, -1} for nothing.
    static constexpr long braceSearchBytes = 1 << 20;
    std::pair<long, long> highlightedBraces() const { return m_braces; }

    // Indentation used by Tab, auto-indent and the status bar.
    void setIndentation(bool useTabs, int width);

    // View options.
    void setShowWhitespace(bool show);
    bool showWhitespace() const;
    void setShowLineEndings(bool show);
    bool showLineEndings() const;
    void setWordWrap(bool wrap); // no wrapping for a large file (isLargeFile()), whatever `wrap`
    bool wordWrap() const;
    void setEditorFont(const QFont &font);

    // The whole text as UTF-8, in one copy of the document's bytes (text().toUtf8() would
    // decode and re-encode it: a GUI-thread stall for a large file).
    QByteArray utf8Text() const;
    // The selected text (the main selection), as UTF-8.
    QByteArray selectedUtf8() const;
    // The number of characters selected over all selections, and the number of selections.
    int selectedCharacters() const;
    int selectionCount() const;

    // The indicator number the find bar paints its matches with.
    static constexpr int FindIndicator = 8;

    // The git change markers in margin 1, between the line numbers and the folding, as in
    // VS Code: a bar beside added lines (green) and modified lines (blue), and a red triangle
    // on the boundary where lines were deleted (its halves are markers on the lines either
    // side). Colours follow the theme. Replaces all markers; an empty list removes them. Lines
    // past the end are ignored. Markers belong to the document (a split view shows them too).
    // The view's ChangeMarkers does the work.
    void setLineChanges(const QList<Core::LineChange> &changes);
    QList<Core::LineChange> lineChanges() const;
    // A whole file of markers is applied in slices over a few turns of the event loop; true
    // until the last slice is done.
    bool lineChangesPending() const;
    // Marker numbers of the change markers (SCI_MARKERGET bits).
    static constexpr int AddedLineMarker = ChangeMarkers::AddedLineMarker;
    static constexpr int ModifiedLineMarker = ChangeMarkers::ModifiedLineMarker;
    static constexpr int DeletedAboveMarker = ChangeMarkers::DeletedAboveMarker;
    static constexpr int DeletedBelowMarker = ChangeMarkers::DeletedBelowMarker;

Q_SIGNALS:
    // The highlighting definition changed (setFileContent() or setDefinition()).
    void definitionChanged();
    // setIndentation() was called.
    void indentationChanged();

public:
    // The definition setFileContent() would choose for a file (invalid for plain text).
    static KSyntaxHighlighting::Definition
    definitionForFile(const KSyntaxHighlighting::Repository &repository, const QString &filePath,
                      const QByteArray &utf8Content);

private:
    void followColorScheme(Qt::ColorScheme scheme);
    // The lines spanned by the main selection, [first, last].
    std::pair<int, int> selectedLines() const;
    void applyTheme(const KSyntaxHighlighting::Theme &theme);
    void addCursorVertically(int direction);
    void centreOnLineIfHidden(int line);
    long send(unsigned int message, unsigned long wParam = 0, long lParam = 0) const;
    QByteArray lineText(int line) const;
    void updateLineNumberMarginWidth();
    void matchBraces();

    KSyntaxHighlighting::Repository &m_repository;
    SyntaxLexer *m_lexer = nullptr;
    QString m_filePath;
    int m_lineNumberDigits = 0;
    bool m_largeFile = false;
    bool m_highlightingOffForSize = false;
    bool m_followSystem = true;
    QString m_untitledName;
    Core::TextEncoding m_encoding;
    // The word selectNextOccurrence() selected from an empty selection: [start, end) bytes.
    std::pair<long, long> m_occurrenceWord{-1, -1};
    std::pair<long, long> m_braces{-1, -1}; // as highlightedBraces()
    ChangeMarkers *m_changeMarkers = nullptr; // owned (a child)
};

} // namespace Baton::Ui
