// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// What to look for in a workspace: the pattern and its options, as the search panel (and the
// Solo agent's search tool) states them. A value type, safe to copy between threads.
//
// Globs follow VS Code's include / exclude fields: comma-separated (commas inside {…} belong to
// the glob), matched against the path relative to the workspace with '/' separators. A glob
// without '/' matches at any depth ("*.cpp", "build"); one with '/' is anchored at the
// workspace ("src/**", "/docs/*.md"). A glob that names a folder also covers what is inside it.
// `*` and `?` never cross '/', `**` does, `[a-z]` and `{a,b}` work as in a shell.
// Include globs pick files even when .gitignore would skip them (as in ripgrep and VS Code).

#include <QtCore/QRegularExpression>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Baton::Core {

struct SearchQuery
{
    QString pattern;
    bool regularExpression = false; // false: the pattern is literal text
    bool caseSensitive = false;
    bool wholeWord = false; // a match may not touch a word character on either side
    QStringList includeGlobs;
    QStringList excludeGlobs;
    int maxResults = 20000; // matches (not lines); more sets the summary's truncated flag

    // Splits a comma-separated glob field into globs, trimming spaces and dropping empty ones.
    static QStringList splitGlobs(const QString &field);

    // The globs one user glob stands for, anchored at the workspace (always containing '/'):
    // "*.cpp" → "**/*.cpp", "**/*.cpp/**"; "src/**" → "src/**", "src/**/**".
    static QStringList anchoredGlobs(const QString &glob);

    // The expression the built-in search and Replace use for one line (PCRE2 through
    // QRegularExpression, Unicode-aware \w and case folding). Check isValid().
    QRegularExpression expression() const;
};

} // namespace Baton::Core
