// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Ranks a workspace's files for a quick-open query: the best `limit` matches by FuzzyMatcher
// score, recently opened files boosted, ties to the shorter path, then to path order. With an
// empty query: the recent files (most recent first), then the rest in path order.
//
// rank() is a pure function: it may run on any thread (never the GUI thread for a large list:
// it spreads a large list over the global thread pool and waits for its parts); the FileList
// is only read.

#include "filelist.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <atomic>
#include <memory>

namespace Baton::Core {

struct QuickOpenMatch
{
    int index = -1;       // into FileList::paths
    QString path;         // relative to FileList::root
    int score = 0;        // matcher score plus the recent boost
    QList<int> positions; // matched characters of path, for highlighting
    bool recent = false;  // in the recent files
};

struct QuickOpenRanking
{
    QString query;
    QList<QuickOpenMatch> matches; // best first, at most the limit
    int matchCount = 0;            // how many files matched in all
    // Every matching index (null for an empty query, which matches everything): a longer query
    // that narrows this one (QuickOpenRanker::narrows) only needs to look at these.
    std::shared_ptr<const QList<int>> matched;
    bool complete = true; // false when cancelled part-way (then matches are not meaningful)
};

class QuickOpenRanker
{
public:
    static constexpr int defaultLimit = 200;

    // `recent` holds paths relative to files.root, most recent first; paths not in `files` are
    // ignored. With `within`, only those indices are considered (from an earlier ranking whose
    // query this one narrows). When `cancel` becomes true, rank() stops soon with an incomplete
    // ranking.
    static QuickOpenRanking rank(const FileList &files, const QStringList &recent,
                                 const QString &query, int limit = defaultLimit,
                                 const QList<int> *within = nullptr,
                                 const std::atomic_bool *cancel = nullptr);

    // True when every file matching `next` also matches `previous` (next extends previous).
    static bool narrows(const QString &previous, const QString &next);

    // The boost a recent file gets at position `recentRank` (0 = most recent).
    static int recentBoost(int recentRank);
};

} // namespace Baton::Core
