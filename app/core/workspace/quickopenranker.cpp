// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "quickopenranker.h"

#include "fuzzymatcher.h"

#include <QtConcurrent/QtConcurrentMap>
#include <QtCore/QHash>
#include <QtCore/QThread>

#include <algorithm>
#include <vector>

namespace Baton::Core {

namespace {

// Below this many candidates one thread is faster than handing out parts.
constexpr qsizetype parallelAbove = 16384;
constexpr qsizetype cancelCheckEvery = 1024;

struct Scored
{
    int score;
    int index;
};

// A contiguous part of the candidates, scored by one thread.
struct Part
{
    qsizetype begin = 0;
    qsizetype end = 0;
    std::vector<Scored> scored;
    QList<int> matched;
};

} // namespace

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
                                       const QString &query, int limit, const QList<int> *within,
                                       const std::atomic_bool *cancel)
{
    QuickOpenRanking ranking;
    ranking.query = query;
    QHash<int, int> recentRanks; // file index → position in recent
    for (const QString &path : recent) {
        const qsizetype index = files.indexOf(path);
        if (index >= 0 && !recentRanks.contains(int(index)))
            recentRanks.insert(int(index), int(recentRanks.size()));
    }

    const FuzzyMatcher matcher(query);
    if (matcher.isEmpty()) {
        ranking.matchCount = int(files.size());
        QList<int> order(recentRanks.size());
        for (auto it = recentRanks.cbegin(); it != recentRanks.cend(); ++it)
            order[it.value()] = it.key();
        if (order.size() > limit)
            order.resize(limit);
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

    const qsizetype total = within ? within->size() : files.size();
    const int threads = total > parallelAbove ? std::max(1, QThread::idealThreadCount()) : 1;
    std::vector<Part> parts(static_cast<size_t>(threads));
    for (int t = 0; t < threads; ++t) {
        parts[size_t(t)].begin = total * t / threads;
        parts[size_t(t)].end = total * (t + 1) / threads;
    }
    const auto score = [&](Part &part) {
        for (qsizetype k = part.begin; k < part.end; ++k) {
            if (cancel && (k - part.begin) % cancelCheckEvery == 0
                && cancel->load(std::memory_order_relaxed))
                return;
            const int index = within ? within->at(k) : int(k);
            const QStringView folded = files.foldedPath(index);
            if (!matcher.mayMatch(folded))
                continue;
            const std::optional<int> value
                = matcher.score(files.path(index), folded, files.nameStarts.at(index));
            if (!value)
                continue;
            int boosted = *value;
            if (const auto it = recentRanks.constFind(index); it != recentRanks.cend())
                boosted += recentBoost(*it);
            part.scored.push_back({boosted, index});
            part.matched.append(index);
        }
    };
    if (threads == 1)
        score(parts.front());
    else
        QtConcurrent::blockingMap(parts, score); // this thread takes a part too
    if (cancel && cancel->load()) {
        ranking.complete = false;
        return ranking;
    }

    std::vector<Scored> scored;
    auto matched = std::make_shared<QList<int>>();
    if (threads == 1) {
        scored = std::move(parts.front().scored);
        *matched = std::move(parts.front().matched);
    } else {
        qsizetype count = 0;
        for (const Part &part : parts)
            count += qsizetype(part.scored.size());
        scored.reserve(size_t(count));
        matched->reserve(count);
        for (const Part &part : parts) {
            scored.insert(scored.end(), part.scored.begin(), part.scored.end());
            matched->append(part.matched);
        }
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
        (void)matcher.score(match.path, files.foldedPath(it->index),
                            files.nameStarts.at(it->index), &match.positions);
        ranking.matches.append(match);
    }
    return ranking;
}

} // namespace Baton::Core
