// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "fuzzymatcher.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace Baton::Core {

namespace {

// Weights, tuned on the rows of tst_fuzzymatcher: a word start is worth more than a run of two
// ordinary characters, a consecutive character more than a gap costs, and a term found in the
// file name always beats one that needs the folders.
constexpr int noScore = std::numeric_limits<int>::min() / 4;
constexpr int matchScore = 1;
constexpr int exactCaseBonus = 1;
constexpr int segmentStartBonus = 8; // first character of the path, the name, or after '/'
constexpr int wordStartBonus = 6;    // after _ - or space
constexpr int dotStartBonus = 4;     // after '.' (extensions, dotted names)
constexpr int camelBonus = 6;        // an upper-case letter after a lower-case one
constexpr int consecutiveBonus = 6;
constexpr int gapPenalty = 2;      // per gap between matched characters, whatever its length
constexpr int inNameBonus = 2;     // per character that falls in the file name (across-path terms)
constexpr int nameMatchBase = 100; // the whole term matched inside the file name
constexpr int namePrefixBonus = 20;
constexpr int nameStemBonus = 30;  // the term is the file name without its extension
constexpr int exactNameBonus = 60; // the term is the file name

int boundaryBonus(QStringView path, qsizetype j, qsizetype begin)
{
    if (j == begin)
        return segmentStartBonus;
    const QChar previous = path[j - 1];
    switch (previous.unicode()) {
    case u'/':
        return segmentStartBonus;
    case u'_':
    case u'-':
    case u' ':
        return wordStartBonus;
    case u'.':
        return dotStartBonus;
    default:
        break;
    }
    if (path[j].isUpper() && previous.isLower())
        return camelBonus;
    return 0;
}

bool isSubsequence(QStringView needle, QStringView haystack)
{
    qsizetype at = 0;
    for (const QChar c : needle) {
        at = haystack.indexOf(c, at);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}

// Best alignment of `query` (folded; `raw` as typed) inside path[begin, end): the highest sum of
// per-character scores plus consecutive bonuses minus gap penalties. noScore when the query is
// not a subsequence of that part. With `positions`, the chosen characters are appended.
int align(QStringView query, QStringView raw, QStringView path, QStringView folded, qsizetype begin,
          qsizetype end, qsizetype nameStart, bool nameBonus, QList<int> *positions)
{
    const qsizetype m = query.size();
    const qsizetype n = end - begin;
    if (m == 0)
        return 0;
    if (m > n)
        return noScore;

    // Rows of the DP: score[i][j] = best with query[i] matched at path[begin + j].
    thread_local std::vector<int> rows;
    thread_local std::vector<int> from; // predecessor column, only with positions
    const bool track = positions != nullptr;
    if (track) {
        rows.assign(size_t(m * n), noScore);
        from.assign(size_t(m * n), -1);
    } else {
        rows.assign(size_t(2 * n), noScore);
    }
    const auto row
        = [&](qsizetype i) -> int * { return rows.data() + (track ? i * n : (i % 2) * n); };

    for (qsizetype i = 0; i < m; ++i) {
        int *current = row(i);
        const int *previous = i > 0 ? row(i - 1) : nullptr;
        if (!track)
            std::fill(current, current + n, noScore);
        const QChar wanted = query[i];
        const QChar typed = raw[i];
        int runMax = noScore; // best of previous[k] for k < j - 1
        qsizetype runArg = -1;
        bool any = false;
        const qsizetype last = n - (m - i); // later columns leave no room for the rest
        for (qsizetype j = i; j <= last; ++j) {
            if (previous && j >= 2 && previous[j - 2] > runMax) {
                runMax = previous[j - 2];
                runArg = j - 2;
            }
            const qsizetype at = begin + j;
            if (folded[at] != wanted)
                continue;
            int best = 0;
            qsizetype predecessor = -1;
            if (previous) {
                best = noScore;
                if (previous[j - 1] > noScore) {
                    best = previous[j - 1] + consecutiveBonus;
                    predecessor = j - 1;
                }
                if (runMax > noScore && runMax - gapPenalty > best) {
                    best = runMax - gapPenalty;
                    predecessor = runArg;
                }
                if (best == noScore)
                    continue;
            }
            int score = matchScore + boundaryBonus(path, at, begin);
            if (path[at] == typed)
                score += exactCaseBonus;
            if (nameBonus && at >= nameStart)
                score += inNameBonus;
            current[j] = best + score;
            if (track)
                from[size_t(i * n + j)] = int(predecessor);
            any = true;
        }
        if (!any)
            return noScore;
    }

    const int *lastRow = row(m - 1);
    const int *bestCell = std::max_element(lastRow, lastRow + n);
    if (*bestCell <= noScore)
        return noScore;
    if (track) {
        QList<int> chosen(m);
        qsizetype j = bestCell - lastRow;
        for (qsizetype i = m - 1; i >= 0; --i) {
            chosen[i] = int(begin + j);
            j = from[size_t(i * n + j)];
        }
        positions->append(chosen);
    }
    return *bestCell;
}

} // namespace

FuzzyMatcher::FuzzyMatcher(const QString &query)
    : m_query(query)
{
    QString normalised = query;
    normalised.replace(u'\\', u'/');
    const QStringList words = normalised.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        Term term;
        term.text = word;
        term.folded = fold(word);
        term.acrossPath = word.contains(u'/');
        m_terms.append(term);
    }
}

QString FuzzyMatcher::fold(QStringView path)
{
    QString folded(path.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    for (const QChar c : path) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            *out++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
        else
            *out++ = c.toCaseFolded(); // one UTF-16 unit in, one out: lengths stay equal
    }
    return folded;
}

int FuzzyMatcher::nameStart(QStringView path)
{
    return int(path.lastIndexOf(u'/') + 1);
}

bool FuzzyMatcher::mayMatch(QStringView foldedPath) const
{
    for (const Term &term : m_terms) {
        if (!isSubsequence(term.folded, foldedPath))
            return false;
    }
    return true;
}

std::optional<int> FuzzyMatcher::scoreTerm(const Term &term, QStringView path, QStringView folded,
                                           int nameStart, QList<int> *positions) const
{
    const QStringView foldedName = folded.mid(nameStart);
    if (!term.acrossPath && isSubsequence(term.folded, foldedName)) {
        const int aligned = align(term.folded, term.text, path, folded, nameStart, path.size(),
                                  nameStart, false, positions);
        if (aligned > noScore) {
            int score = nameMatchBase + aligned;
            if (foldedName.startsWith(term.folded)) {
                score += namePrefixBonus;
                if (foldedName == term.folded)
                    score += exactNameBonus;
                else if (foldedName.size() > term.folded.size()
                         && foldedName[term.folded.size()] == u'.'
                         && foldedName.indexOf(u'.', term.folded.size() + 1) < 0)
                    score += nameStemBonus;
            }
            return score;
        }
    }
    const int aligned
        = align(term.folded, term.text, path, folded, 0, path.size(), nameStart, true, positions);
    if (aligned <= noScore)
        return std::nullopt;
    return aligned;
}

std::optional<int> FuzzyMatcher::score(QStringView path, QStringView foldedPath, int nameStart,
                                       QList<int> *positions) const
{
    if (m_terms.isEmpty())
        return 0;
    int total = 0;
    for (const Term &term : m_terms) {
        const std::optional<int> score = scoreTerm(term, path, foldedPath, nameStart, positions);
        if (!score)
            return std::nullopt;
        total += *score;
    }
    if (positions && m_terms.size() > 1) {
        std::sort(positions->begin(), positions->end());
        positions->erase(std::unique(positions->begin(), positions->end()), positions->end());
    }
    return total;
}

std::optional<FuzzyMatch> FuzzyMatcher::match(const QString &path) const
{
    const QString folded = fold(path);
    if (!mayMatch(folded))
        return std::nullopt;
    FuzzyMatch result;
    const std::optional<int> score = this->score(path, folded, nameStart(path), &result.positions);
    if (!score)
        return std::nullopt;
    result.score = *score;
    return result;
}

} // namespace Baton::Core
