// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The Solo agent's `search` tool {pattern, path?, glob?}: a regular expression (PCRE2 syntax,
// case-sensitive, as grep and ripgrep use it) over the workspace's files with the engine of
// search in files (TextSearch::run: ripgrep when installed, else the built-in walk; .gitignore
// respected, .git and binary files skipped). `path` narrows it to a folder or one file and
// goes through WorkspaceGuard; `glob` keeps matching file names ("*.cpp", "src/**/*.h").
// The workspace's `.baton` folder is never searched.
//
// The result is one line per matching line, "path:line: text" (1-based line numbers, paths
// relative to the workspace, sorted), long lines cut around the match, at most maxLines lines
// and a last line saying how many there were in all. Lines of secret files (SecretFilter) are
// left out and counted; key-shaped values in the others are redacted.
//
// Results and errors are text for the model, in English and not translated. Blocking (it
// waits for the search): call from a worker thread. Value type.

#include "core/result.h"
#include "core/solo/secretfilter.h"
#include "core/solo/workspaceguard.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>

namespace Baton::Core {

class SearchTool
{
public:
    static constexpr int maxLines = 200;     // matching lines shown
    static constexpr int maxLineChars = 300; // of one line's text

    explicit SearchTool(const QString &workspace, const SecretFilter &filter = {});

    // The tool's definition for the model: {name, description, input_schema}.
    static QJsonObject schema();

    // Checks the input against schema() (unknown or mistyped fields are errors), then search().
    Result<QString> call(const QJsonObject &input);

    // The search itself. An invalid expression, a path outside the workspace or missing, or a
    // failed search is an error.
    Result<QString> search(const QString &pattern, const QString &path = {},
                           const QString &glob = {});

private:
    WorkspaceGuard m_guard;
    SecretFilter m_filter;
};

} // namespace Baton::Core
