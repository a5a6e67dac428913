// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/search/searchresult.h"

#include "core/documents/utf8columns.h"

#include <algorithm>

namespace Baton::Core {

// A window of at most maxShownLength units of `text` starting near `from`, never splitting a
// surrogate pair.
static QString window(const QString &text, int from, int *start)
{
    if (text.size() <= SearchResult::maxShownLength) {
        *start = 0;
        return text;
    }
    int begin = std::clamp(from, 0, int(text.size()) - SearchResult::maxShownLength);
    if (begin > 0 && text.at(begin).isLowSurrogate())
        --begin;
    int end = std::min(int(text.size()), begin + SearchResult::maxShownLength);
    if (end < text.size() && text.at(end).isLowSurrogate())
        ++end;
    *start = begin;
    return text.mid(begin, end - begin);
}

static QString context(QByteArrayView bytes)
{
    if (bytes.isNull())
        return {};
    QString text = Utf8Columns(bytes).text();
    if (text.isNull())
        text = QStringLiteral(""); // an empty neighbouring line is not "no line"
    int start = 0;
    return window(text, 0, &start);
}

SearchResult SearchResult::fromLine(const QString &path, int line, QByteArrayView bytes,
                                    const QList<std::pair<int, int>> &byteRanges,
                                    QByteArrayView before, QByteArrayView after)
{
    SearchResult result;
    result.path = path;
    result.line = line;
    const Utf8Columns columns(bytes);
    for (const auto &[from, to] : byteRanges) {
        const int start = std::clamp(from, 0, int(bytes.size()));
        const int end = std::clamp(to, start, int(bytes.size()));
        if (end == start)
            continue;
        Range range;
        range.byteStart = start;
        range.byteLength = end - start;
        range.start = columns.utf16Offset(start);
        range.length = columns.utf16Offset(end) - range.start;
        result.ranges.append(range);
    }
    // A little of what precedes the first match stays in view.
    const int firstMatch = result.ranges.isEmpty() ? 0 : result.ranges.first().start;
    result.text = window(columns.text(), firstMatch - 40, &result.textStart);
    if (result.text.isNull())
        result.text = QStringLiteral("");
    result.before = context(before);
    result.after = context(after);
    return result;
}

} // namespace Baton::Core
