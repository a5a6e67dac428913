// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "quickopenranker.h"

#include "fuzzymatcher.h"

#include <QtCore/QHash>

#include <algorithm>
#include <vector>

namespace Baton::Core {

int QuickOpenRanker::recentBoost(int recentRank)
{
    // Enough to lift a recent file over others matched as well, not over a clearly better
    // match (a file-name match beats a folder match by 100 and more).
    return std::max(10, 60 - recentRank);
}

bool QuickOpenRanker::narrows(const QString &previous, const QString &next)
{
    // Terms are ANDed and each term is a subsequence test, so appending characters (including
    // a space and a new term) can only remove matches.
    return !previous.trimmed().isEmpty() && next.startsWith(previous);
}

QuickOpenRanking QuickOpenRanker::rank(const FileList &files, const QStringList &recent,
                                       const QString &query, int limit, const QList<int> *within)
{
    QuickOpenRanking ranking;
    ranking.query = query;
    QHash<int, int> recentRanks; // file index → position in recent
    for (int i = 0; i < recent.size(); ++i) {
        const auto it = files.indexOf.constFind(recent.at(i));
        if (it != files.indexOf.cend() && !recentRanks.contains(*it))
            recentRanks.insert(*it, int(recentRanks.size()));
    }

    const FuzzyMatcher matcher(query);
    if (matcher.isEmpty()) {
        ranking.matchCount = int(files.size());
        QList<int> order;
        order.reserve(std::min<qsizetype>(limit, files.size()));
        QList<int> recentOrder(recentRanks.size());
        for (auto it = recentRanks.cbegin(); it != recentRanks.cend(); ++it)
            recentOrder[it.value()] = it.key();
        for (const int index : std::as_const(recentOrder)) {
            if (order.size() >= limit)
                break;
            order.append(index);
        }
        for (int index = 0; index < files.size() && order.size() < limit; ++index) {
            if (!recentRanks.contains(index))
                order.append(index);
        }
        for (const int index : std::as_const(order)) {
            QuickOpenMatch match;
            match.index = index;
            match.path = files.paths.at(index);
            match.recent = recentRanks.contains(index);
            ranking.matches.append(match);
        }
        return ranking;
    }

    struct Scored
    {
        int score;
        int index;
    };
    std::vector<Scored> scored;
    auto matched = std::make_shared<QList<int>>();
    const auto consider = [&](int index) {
        const QString &folded = files.folded.at(index);
        if (!matcher.mayMatch(folded))
            return;
        const std::optional<int> score
            = matcher.score(files.paths.at(index), folded, files.nameStarts.at(index));
        if (!score)
            return;
        int total = *score;
        if (const auto it = recentRanks.constFind(index); it != recentRanks.cend())
            total += recentBoost(*it);
        scored.push_back({total, index});
        matched->append(index);
    };
    if (within) {
        scored.reserve(size_t(within->size()));
        for (const int index : *within)
            consider(index);
    } else {
        for (int index = 0; index < files.size(); ++index)
            consider(index);
    }

    const auto better = [&files](const Scored &a, const Scored &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const qsizetype lengthA = files.paths.at(a.index).size();
        const qsizetype lengthB = files.paths.at(b.index).size();
        if (lengthA != lengthB)
            return lengthA < lengthB;
        return a.index < b.index; // paths are sorted
    };
    const auto top = scored.begin() + std::min<qsizetype>(limit, qsizetype(scored.size()));
    std::partial_sort(scored.begin(), top, scored.end(), better);

    ranking.matchCount = int(scored.size());
    ranking.matched = std::move(matched);
    for (auto it = scored.begin(); it != top; ++it) {
        QuickOpenMatch match;
        match.index = it->index;
        match.path = files.paths.at(it->index);
        match.score = it->score;
        match.recent = recentRanks.contains(it->index);
        (void)matcher.score(match.path, files.folded.at(it->index), files.nameStarts.at(it->index),
                            &match.positions);
        ranking.matches.append(match);
    }
    return ranking;
}

} // namespace Baton::Core
