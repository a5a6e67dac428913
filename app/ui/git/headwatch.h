// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Tells when HEAD may have moved (a commit, a checkout, a reset), for the views that compare
// with HEAD: the gutter markers and the diff view. It watches the repository folders that
// Core::HeadVersion::headFolders names and, since HEAD moving touches several files in a row
// (ref, reflog, HEAD, index), says so once after they settle.
//
// GUI thread only.

#include <QtCore/QObject>
#include <QtCore/QStringList>

class QFileSystemWatcher;
class QTimer;

namespace Baton::Ui {

class HeadWatch : public QObject
{
    Q_OBJECT

public:
    explicit HeadWatch(QObject *parent = nullptr);

    // Adds the folders not watched yet; folders are never dropped (a view may still need them).
    void watch(const QStringList &folders);

Q_SIGNALS:
    // A watched folder changed and nothing more happened for a moment.
    void headMayHaveMoved();

private:
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_settle = nullptr;
};

} // namespace Baton::Ui
