// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Finds what a terminal user can Ctrl+click in one line of terminal text: URLs, and paths of
// existing files with an optional line and column, in the forms tools print them:
//   path:line, path:line:col, path:line:col: error: …   (gcc, clang, grep -n, rustc, node)
//   path(line), path(line,col)                          (MSVC)
//   File "x.py", line 12                                (Python tracebacks)
//   "a file.cpp":3, 'a file.cpp':3:5                    (quoted paths, which may hold spaces)
//   src/main.cpp, ./notes.md                            (a bare path: a link without a line)
// Paths with spaces are links only when quoted; an unquoted space always ends a path.
// Relative paths resolve against the terminal's working directory, then the workspace folder;
// a path is a link only when it names an existing regular file.
//
// find() looks at the disk (one stat per candidate path): call it off the GUI thread.
// Everything else is pure. Thread-safe: no state.

#include <QtCore/QList>
#include <QtCore/QString>

namespace Baton::Core {

struct TerminalLink
{
    enum class Kind {
        File, // `target` is the absolute, cleaned path of an existing file
        Url,  // `target` is the URL as printed
    };

    Kind kind = Kind::File;
    int start = 0;  // UTF-16 offset of the link's first character in the line
    int length = 0; // UTF-16 units the link covers (the path and its line/column)
    QString target;
    int line = 0;   // 1-based line as printed; 0 when none was given
    int column = 0; // 1-based column as printed; 0 when none was given

    bool operator==(const TerminalLink &) const = default;
};

class TerminalLinks
{
public:
    // The links in `lineText`, in order of `start`, never overlapping. `workingDirectory` and
    // `workspace` may be empty (then relative paths are not tried against them).
    static QList<TerminalLink> find(const QString &lineText, const QString &workingDirectory,
                                    const QString &workspace);

    // The link covering UTF-16 offset `index` of `links`, or null.
    static const TerminalLink *linkAt(const QList<TerminalLink> &links, int index);

    // How many terminal cells `character` takes: 2 for East Asian wide and full-width
    // characters (CJK, Hangul, full-width forms), 1 otherwise.
    static int cellWidth(char32_t character);
    // The UTF-16 offset in `lineText` of the character drawn in terminal cell `cell` (0-based)
    // when the line starts in cell 0; lineText.size() past the end.
    static int indexAtCell(const QString &lineText, int cell);
    // The cells `text` takes.
    static int cellCount(const QString &text);
};

} // namespace Baton::Core
