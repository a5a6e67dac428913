// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Quick open's search as you type: QuickOpenRanker::rank() on a worker thread, one at a time.
// search() returns at once; finished() follows on the owner's thread with the ranking of the
// latest query. While a ranking runs, newer queries wait and only the newest is ranked next;
// a ranking whose query, files or recent list were replaced meanwhile is never reported.
// A ranking made stale by a newer query is cancelled. A query that extends the previous one
// only looks at that one's matches.
//
// Lives on the GUI thread; destroying it while a ranking runs is safe (the worker holds its
// own copies and its result is dropped).

#include "quickopenranker.h"

#include <QtCore/QObject>
#include <QtCore/QStringList>

#include <atomic>
#include <memory>

namespace Baton::Core {

class QuickOpenSearch : public QObject
{
    Q_OBJECT

public:
    explicit QuickOpenSearch(QObject *parent = nullptr);
    ~QuickOpenSearch() override;

    // The files to search (not null). Re-runs the current query.
    void setFiles(std::shared_ptr<const FileList> files);
    std::shared_ptr<const FileList> files() const { return m_files; }
    // Recent files relative to the files' root, most recent first. Re-runs the current query.
    void setRecent(const QStringList &recent);
    void setLimit(int limit) { m_limit = limit; }

    void search(const QString &query);
    QString query() const { return m_query; }
    bool isBusy() const { return m_running; }

Q_SIGNALS:
    void finished(const Baton::Core::QuickOpenRanking &ranking);

private:
    void start();

    std::shared_ptr<const FileList> m_files;
    QStringList m_recent;
    QString m_query;
    int m_limit = QuickOpenRanker::defaultLimit;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_pending = false;
    bool m_searched = false;
    std::shared_ptr<std::atomic_bool> m_cancel; // of the running ranking
    // The last finished ranking and the files it was made from, for narrowing.
    QuickOpenRanking m_last;
    std::shared_ptr<const FileList> m_lastFiles;
};

} // namespace Baton::Core
