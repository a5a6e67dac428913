// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The search that needs no ripgrep: it walks the workspace and matches each line with
// QRegularExpression, and gives the same results as `rg` run by TextSearch's ripgrep backend:
// - .gitignore, .git/info/exclude and the global excludes file are respected (libgit2) when
//   the workspace is inside a git repository; .ignore / .rgignore files are not (rg runs with
//   --no-ignore-dot);
// - hidden files are searched, `.git` never; symbolic links are not followed;
// - files with a NUL byte are binary and skipped;
// - include and exclude globs as SearchQuery describes them;
// - lines end at "\n" (a "\r" before it is not part of the line); a match never spans lines.
//
// Blocking: call it from a worker thread. It uses a few threads of its own to read and match
// files in parallel. A GitRuntime must be alive.

#include "core/result.h"
#include "core/search/searchquery.h"
#include "core/search/searchresult.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>

#include <atomic>
#include <functional>

namespace Baton::Core {

class BuiltinSearch
{
    Q_DECLARE_TR_FUNCTIONS(Baton::Core::BuiltinSearch)

public:
    // Receives the results of one file (in line order). Called from the search's threads, one
    // call at a time. Returns false to stop the search.
    using Sink = std::function<bool(QList<SearchResult> &&results)>;

    // Searches `folder` (absolute) for `query`. Stops early when `cancelled` becomes true or the
    // sink returns false. Fails when the pattern is not a valid regular expression or the
    // folder cannot be read, with a message for the user.
    static Status run(const SearchQuery &query, const QString &folder, const Sink &sink,
                      const std::atomic_bool *cancelled = nullptr);

    // Searches the bytes of one file; `path` is what the results carry. Used by run() and by
    // Replace to find the matches again.
    static QList<SearchResult> searchBytes(const QString &path, const QByteArray &bytes,
                                           const QRegularExpression &lineExpression);

    // Searches texts that stand in for files of `folder` (absolute): relative path ('/'-
    // separated) → UTF-8 text, as an editor holds an unsaved file. A text is searched exactly
    // when run() would search its file: the same include / exclude globs and .gitignore
    // rules, never inside `.git` or behind a symbolic link, not when it holds a NUL byte. A
    // file that is missing on disk counts as a regular file there. Paths with "." or ".."
    // components, or absolute ones, are skipped. Results are in path, then line order.
    // Blocking (libgit2 for .gitignore); a GitRuntime must be alive. The query must be valid.
    static QList<SearchResult> searchTexts(const SearchQuery &query, const QString &folder,
                                           const QHash<QString, QByteArray> &texts,
                                           const std::atomic_bool *cancelled = nullptr);
};

} // namespace Baton::Core
