// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Decodes the output of `rg --json -B1 -A1` (one JSON message per line: begin, match, context,
// end, summary) into SearchResults, as it arrives in pieces of any size. Paths and lines given
// as base64 `bytes` (not valid UTF-8) are decoded too. A file's results are released at its
// `end` message, with the lines before and after each match taken from the context messages;
// files ripgrep stopped searching because they are binary (`binary_offset` set) give none.
// Not thread-safe; cheap to create. Lines that are not JSON are skipped.

#include "core/search/searchresult.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>

#include <map>
#include <utility>

namespace Baton::Core {

class RipgrepJsonParser
{
public:
    // Decodes every complete line of `output` (and what was left of earlier calls) and returns
    // the results of the files that ended in it.
    QList<SearchResult> feed(QByteArrayView output);

    // True once the final summary message was read.
    bool finished() const { return m_finished; }
    // Files that had at least one result.
    int filesWithResults() const { return m_files; }

private:
    struct Line
    {
        QByteArray bytes; // without the line terminator
        QList<std::pair<int, int>> ranges;
        bool match = false;
    };

    void decodeLine(QByteArrayView json, QList<SearchResult> *results);
    // False when the line needs the general JSON path.
    bool decodeLineFast(QByteArrayView json, QList<SearchResult> *results);
    void endFile(bool binary, QList<SearchResult> *results);

    QByteArray m_partial;
    QString m_path;
    std::map<int, Line> m_lines; // 1-based line number → line, for the current file
    bool m_finished = false;
    int m_files = 0;
};

} // namespace Baton::Core
