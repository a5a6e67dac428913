// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "quickopensearch.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFutureWatcher>

namespace Baton::Core {

QuickOpenSearch::QuickOpenSearch(QObject *parent)
    : QObject(parent)
    , m_files(FileList::make(QString(), {}))
{}

QuickOpenSearch::~QuickOpenSearch()
{
    if (m_cancel)
        m_cancel->store(true); // nobody waits for that ranking any more
}

void QuickOpenSearch::setFiles(std::shared_ptr<const FileList> files)
{
    m_files = files ? std::move(files) : FileList::make(QString(), {});
    if (m_searched)
        search(m_query);
}

void QuickOpenSearch::setRecent(const QStringList &recent)
{
    if (recent == m_recent)
        return;
    m_recent = recent;
    if (m_searched)
        search(m_query);
}

void QuickOpenSearch::search(const QString &query)
{
    m_query = query;
    m_searched = true;
    ++m_generation;
    if (m_running) {
        m_pending = true;
        m_cancel->store(true);
        return;
    }
    start();
}

void QuickOpenSearch::start()
{
    m_running = true;
    m_pending = false;
    const quint64 generation = m_generation;
    std::shared_ptr<const FileList> files = m_files;
    std::shared_ptr<const QList<int>> within;
    if (m_lastFiles == files && m_last.matched && QuickOpenRanker::narrows(m_last.query, m_query))
        within = m_last.matched;
    const QStringList recent = m_recent;
    const QString query = m_query;
    const int limit = m_limit;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;

    auto *watcher = new QFutureWatcher<QuickOpenRanking>(this);
    connect(watcher, &QFutureWatcher<QuickOpenRanking>::finished, this,
            [this, watcher, generation, files] {
                watcher->deleteLater();
                m_running = false;
                QuickOpenRanking ranking = watcher->result();
                if (ranking.complete) {
                    m_last = ranking;
                    m_lastFiles = files;
                }
                if (generation == m_generation && ranking.complete)
                    Q_EMIT finished(ranking);
                else if (m_pending)
                    start();
            });
    watcher->setFuture(QtConcurrent::run([files, recent, query, limit, within, cancel] {
        return QuickOpenRanker::rank(*files, recent, query, limit, within.get(), cancel.get());
    }));
}

} // namespace Baton::Core
