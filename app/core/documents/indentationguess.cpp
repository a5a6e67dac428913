// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "indentationguess.h"

#include <array>

namespace Baton::Core {

std::optional<Indentation> guessIndentation(const QByteArray &utf8Text, int maxLines)
{
    // Votes for each space width from 1 to 8, from how indentation grows between lines that
    // are indented with spaces; and the lines indented with tabs against those with spaces.
    std::array<int, 9> widthVotes{};
    int tabLines = 0;
    int spaceLines = 0;
    int previousSpaces = 0;
    bool previousWasTabs = false;

    const char *data = utf8Text.constData();
    const qsizetype size = utf8Text.size();
    qsizetype position = 0;
    bool inBlockComment = false;
    for (int line = 0; line < maxLines && position < size; ++line) {
        qsizetype end = position;
        while (end < size && data[end] != '\n')
            ++end;
        int spaces = 0;
        int tabs = 0;
        qsizetype i = position;
        for (; i < end && (data[i] == ' ' || data[i] == '\t'); ++i) {
            if (data[i] == ' ')
                ++spaces;
            else
                ++tabs;
        }
        const bool blank = i == end || (i + 1 == end && data[i] == '\r');
        // The " * " continuation lines of C block comments are indented by one space more
        // than the comment: they say nothing about the indentation width.
        const bool commentContinuation = inBlockComment && i < end && data[i] == '*';
        for (qsizetype k = i; k + 1 < end; ++k) {
            if (data[k] == '/' && data[k + 1] == '*')
                inBlockComment = true;
            else if (data[k] == '*' && data[k + 1] == '/')
                inBlockComment = false;
        }
        position = end + 1;
        if (blank || commentContinuation)
            continue;
        if (tabs > 0 && spaces == 0) {
            ++tabLines;
            previousWasTabs = true;
            previousSpaces = 0;
            continue;
        }
        if (tabs == 0 && spaces > 0)
            ++spaceLines;
        if (tabs == 0 && !previousWasTabs) {
            const int delta = spaces - previousSpaces;
            if (delta > 0 && delta <= 8)
                ++widthVotes[size_t(delta)];
        }
        previousWasTabs = false;
        previousSpaces = tabs == 0 ? spaces : 0;
    }

    if (tabLines == 0 && spaceLines == 0)
        return std::nullopt;
    if (tabLines > spaceLines)
        return Indentation{true, 4};
    // The most voted width; ties go to the common widths 4, 2, 8 in that order.
    int best = 0;
    for (const int width : {4, 2, 8, 3, 6, 5, 7, 1}) {
        if (widthVotes[size_t(width)] > widthVotes[size_t(best)])
            best = width;
    }
    if (best == 0)
        return std::nullopt;
    return Indentation{false, best};
}

} // namespace Baton::Core
