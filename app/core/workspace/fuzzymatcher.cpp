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
//
// A sparse dynamic programme: row i holds only the places where query[i] occurs, and only
// between its leftmost and rightmost feasible place (greedy from the front and from the back),
// so a typical path costs a few dozen cells instead of query length × path length.
int align(QStringView query, QStringView raw, QStringView path, QStringView folded, qsizetype begin,
          qsizetype end, qsizetype nameStart, bool nameBonus, QList<int> *positions)
{
    const qsizetype m = query.size();
    const QStringView part = folded.sliced(begin, end - begin);
    const qsizetype n = part.size();
    if (m == 0)
        return 0;
    if (m > n)
        return noScore;

    const auto charScore = [&](qsizetype j, QChar typed) {
        const qsizetype at = begin + j;
        int score = matchScore + boundaryBonus(path, at, begin);
        if (path[at] == typed)
            score += exactCaseBonus;
        if (nameBonus && at >= nameStart)
            score += inNameBonus;
        return score;
    };
    if (m == 1) {
        // One character: the best single place.
        int best = noScore;
        qsizetype bestAt = -1;
        for (qsizetype j = part.indexOf(query[0]); j >= 0; j = part.indexOf(query[0], j + 1)) {
            const int score = charScore(j, raw[0]);
            if (score > best) {
                best = score;
                bestAt = j;
            }
        }
        if (positions && bestAt >= 0)
            positions->append(int(begin + bestAt));
        return best;
    }

    thread_local std::vector<qsizetype> first;
    thread_local std::vector<qsizetype> last;
    first.resize(size_t(m));
    last.resize(size_t(m));
    qsizetype at = 0;
    for (qsizetype i = 0; i < m; ++i) {
        at = part.indexOf(query[i], at);
        if (at < 0)
            return noScore;
        first[size_t(i)] = at++;
    }
    at = n - 1;
    for (qsizetype i = m - 1; i >= 0; --i) {
        at = part.lastIndexOf(query[i], at);
        last[size_t(i)] = at--;
    }

    // Cells of all rows one after the other; rowStart[i] is where row i begins.
    thread_local std::vector<int> place;  // column j
    thread_local std::vector<int> score;  // best score with query[i] at j
    thread_local std::vector<int> parent; // cell of query[i - 1] it came from
    thread_local std::vector<size_t> rowStart;
    place.clear();
    score.clear();
    parent.clear();
    rowStart.assign(size_t(m + 1), 0);
    for (qsizetype i = 0; i < m; ++i) {
        rowStart[size_t(i)] = place.size();
        const QChar wanted = query[i];
        const QChar typed = raw[i];
        const size_t previousBegin = i > 0 ? rowStart[size_t(i - 1)] : 0;
        const size_t previousEnd = i > 0 ? rowStart[size_t(i)] : 0;
        size_t k = previousBegin;
        int runMax = noScore; // best previous cell more than one column to the left
        int runArg = -1;
        for (qsizetype j = first[size_t(i)]; j <= last[size_t(i)]; ++j) {
            if (part[j] != wanted)
                continue;
            int best = 0;
            int from = -1;
            if (i > 0) {
                while (k < previousEnd && place[k] < j - 1) {
                    if (score[k] > runMax) {
                        runMax = score[k];
                        runArg = int(k);
                    }
                    ++k;
                }
                best = noScore;
                if (k < previousEnd && place[k] == j - 1 && score[k] > noScore) {
                    best = score[k] + consecutiveBonus;
                    from = int(k);
                }
                if (runMax > noScore && runMax - gapPenalty > best) {
                    best = runMax - gapPenalty;
                    from = runArg;
                }
            }
            place.push_back(int(j));
            score.push_back(best > noScore ? best + charScore(j, typed) : noScore);
            parent.push_back(from);
        }
    }
    rowStart[size_t(m)] = place.size();

    int best = noScore;
    int bestCell = -1;
    for (size_t c = rowStart[size_t(m - 1)]; c < rowStart[size_t(m)]; ++c) {
        if (score[c] > best) {
            best = score[c];
            bestCell = int(c);
        }
    }
    if (best <= noScore)
        return noScore;
    if (positions) {
        QList<int> chosen(m);
        for (qsizetype i = m - 1; i >= 0; --i) {
            chosen[i] = int(begin + place[size_t(bestCell)]);
            bestCell = parent[size_t(bestCell)];
        }
        positions->append(chosen);
    }
    return best;
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
