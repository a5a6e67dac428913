// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// One line of a file that matched a search, with every match on it. A value type, safe to copy
// between threads. Both search backends build their results through fromLine(), so that the
// same line and matches give the same result whichever backend found them.

#include <QtCore/QByteArrayView>
#include <QtCore/QList>
#include <QtCore/QString>

#include <utility>

namespace Baton::Core {

struct SearchResult
{
    // One match on the line. Offsets are into the whole line (without its line terminator),
    // whatever part of it `text` shows.
    struct Range
    {
        int byteStart = 0;  // UTF-8 bytes, as the editor counts columns
        int byteLength = 0;
        int start = 0;      // UTF-16 units, into the line decoded as Utf8Columns decodes it
        int length = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    QString path; // relative to the workspace, '/'-separated
    int line = 0; // 0-based
    // The line as shown: all of it, or for a line longer than maxShownLength a window of it
    // around the first match starting at UTF-16 offset textStart. Invalid UTF-8 bytes show as
    // U+FFFD.
    QString text;
    int textStart = 0;
    QList<Range> ranges; // in line order, never empty, never zero-length
    // The lines right before and after (trimmed to maxShownLength); null when there is none
    // (first or last line of the file).
    QString before;
    QString after;

    friend bool operator==(const SearchResult &, const SearchResult &) = default;

    static constexpr int maxShownLength = 1000;

    // Builds a result from the raw bytes of the line (no terminator) and byte ranges
    // [start, end) of its matches; empty ranges are dropped. `before` / `after` are the raw
    // neighbouring lines or null views when there is none.
    static SearchResult fromLine(const QString &path, int line, QByteArrayView bytes,
                                 const QList<std::pair<int, int>> &byteRanges,
                                 QByteArrayView before, QByteArrayView after);
};

} // namespace Baton::Core
