// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "ui/git/headwatch.h"

#include <QtCore/QFileSystemWatcher>
#include <QtCore/QTimer>

namespace Baton::Ui {

// HEAD moving touches several files in a row (ref, reflog, HEAD, index); report once.
static constexpr int settleMs = 300;

HeadWatch::HeadWatch(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(settleMs);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle,
            qOverload<>(&QTimer::start));
    connect(m_settle, &QTimer::timeout, this, &HeadWatch::headMayHaveMoved);
}

void HeadWatch::watch(const QStringList &folders)
{
    const QStringList watched = m_watcher->directories();
    QStringList missing;
    for (const QString &folder : folders) {
        if (!watched.contains(folder))
            missing.append(folder);
    }
    if (!missing.isEmpty())
        m_watcher->addPaths(missing);
}

} // namespace Baton::Ui
