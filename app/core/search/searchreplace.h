// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Replace across files, in two steps a user can review:
//  1. plan(): for the results of a search and a replacement, finds each match again in the
//     file's current bytes (or an open editor's text) and computes the edits, with a preview
//     of every changed line. A file whose matched lines no longer read as the search found
//     them is refused (ReplaceFile::error) rather than guessed at.
//  2. apply(): writes the enabled lines of every file that is not open in an editor,
//     atomically (TextFile::write), changing only the matched bytes: line endings, encoding
//     and invalid bytes elsewhere stay exactly as they were. A file that changed on disk since
//     plan() is refused with a message. Files open in an editor are left to the UI, which
//     applies ReplaceFile::edits() through the document (one undo step).
// Nothing outside the workspace folder is read or written.
//
// Replacement templates are the find bar's: $1 … $99, $& and $0 (the match), $$, \1 … \9,
// \n, \t, \\ when the query is a regular expression; literal text otherwise.
//
// Blocking: run plan() and apply() on a worker thread. Value types, safe to copy across
// threads.

#include "core/search/searchquery.h"
#include "core/search/searchresult.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QRegularExpressionMatch>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Baton::Core {

// One replacement in a file: `length` bytes at byte offset `start` become `bytes`.
struct ReplaceEdit
{
    qsizetype start = 0;
    qsizetype length = 0;
    QByteArray bytes;
};

struct ReplaceLine
{
    int line = 0;    // 0-based
    QString oldText; // the line before and after (as shown, invalid bytes as U+FFFD)
    QString newText;
    QList<ReplaceEdit> edits; // in file order
    bool enabled = true;      // the user may untick a line in the preview
};

struct ReplaceFile
{
    QString path;         // relative to the workspace
    QString absolutePath;
    QByteArray original;  // the bytes the edits were computed for
    bool openInEditor = false; // `original` is an editor's text: the UI applies the edits
    bool enabled = true;
    QString error;        // non-empty: refused, nothing is replaced in this file
    QList<ReplaceLine> lines;

    // The edits of the enabled lines, in file order (none when disabled or refused).
    QList<ReplaceEdit> edits() const;
    // `original` with edits() applied.
    QByteArray replacedBytes() const;
};

struct ReplacePlan
{
    QList<ReplaceFile> files;
    // Matches that edits() of all files would replace.
    int replacements() const;
};

class SearchReplace
{
    Q_DECLARE_TR_FUNCTIONS(Baton::Core::SearchReplace)

public:
    struct Outcome
    {
        QStringList written;  // relative paths of the files rewritten
        QStringList failures; // one message per file that was refused or could not be written
    };

    // `openDocuments` maps the absolute path of every file open in an editor to the editor's
    // current text (UTF-8 bytes); those files are planned against that text.
    static ReplacePlan plan(const QString &folder, const SearchQuery &query,
                            const QList<SearchResult> &results, const QString &replacement,
                            const QHash<QString, QByteArray> &openDocuments = {});

    // Writes the files of `plan` that are not open in an editor.
    static Outcome apply(const ReplacePlan &plan);

    // The text a match becomes under `replacement` (see above for the syntax).
    static QString expandTemplate(const QString &replacement, const QRegularExpressionMatch &match);

    // The absolute path of `relative` inside `folder`, or empty when it would lead outside.
    static QString resolveInside(const QString &folder, const QString &relative);
};

} // namespace Baton::Core
