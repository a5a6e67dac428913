// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The code editor widget: a QsciScintilla in UTF-8 mode with syntax highlighting from
// KSyntaxHighlighting (see SyntaxLexer), the system's fixed-width font, line numbers, the
// current line highlighted, brace matching, auto-indent and 4-space indentation.
//
// Its colours follow the system colour scheme live: the repository's default dark theme when
// the scheme is dark, the default light theme otherwise (setTheme() overrides this until the
// scheme next changes). The text, margins, caret, selection and current line all take their
// colours from the theme.
//
// The view never touches the disk: the caller reads the file off the GUI thread and hands over
// its bytes. GUI thread only. The repository must outlive the view.

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>
#include <Qsci/qsciscintilla.h>

#include <QtCore/QByteArray>
#include <QtCore/QString>

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
    // As given to setFileContent(); empty before.
    QString filePath() const { return m_filePath; }

    // Owned by the view.
    SyntaxLexer *syntaxLexer() const { return m_lexer; }

    void setTheme(const KSyntaxHighlighting::Theme &theme);
    KSyntaxHighlighting::Theme theme() const;

    // The definition setFileContent() would choose for a file (invalid for plain text).
    static KSyntaxHighlighting::Definition
    definitionForFile(const KSyntaxHighlighting::Repository &repository, const QString &filePath,
                      const QByteArray &utf8Content);

private:
    void followColorScheme(Qt::ColorScheme scheme);
    void updateLineNumberMarginWidth();

    KSyntaxHighlighting::Repository &m_repository;
    SyntaxLexer *m_lexer = nullptr;
    QString m_filePath;
    int m_lineNumberDigits = 0;
};

} // namespace Baton::Ui
