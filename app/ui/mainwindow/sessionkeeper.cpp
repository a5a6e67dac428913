// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "sessionkeeper.h"
#include "core/runasync.h"
#include <QtCore/QTimer>
#include <QtWidgets/QMainWindow>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QStatusBar>
#include <utility>

namespace Baton::Ui {

using Core::runAsync;

SessionKeeper::SessionKeeper(QMainWindow *window, Window hooks)
    : QObject(window)
    , m_window(window)
    , m_hooks(std::move(hooks))
{
    // A backup every few seconds while something changed, so that a crash or a kill loses at
    // most that much.
    m_backupTimer = new QTimer(this);
    m_backupTimer->setInterval(2000);
    connect(m_backupTimer, &QTimer::timeout, this, [this] {
        if (m_generation != m_backedUpGeneration)
            backupThen({});
    });
    m_backupTimer->start();
}

void SessionKeeper::stopTimer()
{
    m_backupTimer->stop();
}

void SessionKeeper::startTimer()
{
    m_backupTimer->start();
}

void SessionKeeper::backupThen(std::function<void(bool)> done)
{
    if (done)
        m_backupWaiters.append(std::move(done));
    // One backup at a time, and none while a restore is filling the window (a backup then
    // would drop what is not shown yet): the request waits for the current one.
    if (m_backupRunning || m_restoring) {
        m_backupQueued = true;
        return;
    }
    m_backupQueued = false;
    m_backupRunning = true;
    const quint64 generation = m_generation;
    const Core::Session session = m_hooks.snapshot();
    const QString workspace = m_hooks.folder();
    runAsync(
        this,
        [workspace, session] {
            return Core::SessionStore(Core::SessionStore::defaultDirectory())
                .save(workspace, session);
        },
        [this, generation, waiters = std::exchange(m_backupWaiters, {})](
            const Core::Status &written) {
            m_backupRunning = false;
            if (written.ok())
                m_backedUpGeneration = generation;
            else
                m_window->statusBar()->showMessage(written.errorMessage(), 15000);
            Q_EMIT backedUp(written.ok());
            for (const auto &waiter : waiters)
                waiter(written.ok());
            if (m_backupQueued)
                backupThen({});
        });
}

void SessionKeeper::restore()
{
    if (m_restoring)
        return;
    m_restoring = true;
    const QString workspace = m_hooks.folder();
    struct Loaded
    {
        Core::Result<Core::Session> session = Core::Session{};
        QStringList problems;
        QHash<QString, Core::Result<Core::TextFileContent>> files;
    };
    runAsync(
        this,
        [workspace] {
            Loaded loaded;
            loaded.session = Core::SessionStore(Core::SessionStore::defaultDirectory())
                                 .load(workspace, &loaded.problems);
            if (loaded.session.ok()) {
                // The files are read from disk here, off the GUI thread: as they are, or as
                // the base the unsaved changes are applied to.
                for (const Core::SessionBuffer &buffer : loaded.session->buffers) {
                    if (!buffer.filePath.isEmpty() && !loaded.files.contains(buffer.filePath))
                        loaded.files.insert(buffer.filePath, Core::TextFile::read(buffer.filePath));
                }
            }
            return loaded;
        },
        [this, workspace](const Loaded &loaded) {
            m_restoring = false;
            if (m_backupQueued)
                QTimer::singleShot(0, this, [this] { backupThen({}); });
            if (!loaded.session.ok()) {
                m_window->statusBar()->showMessage(loaded.session.errorMessage(), 15000);
                Q_EMIT restored(0);
                return;
            }
            if (workspace != m_hooks.folder() || m_hooks.hasEditors()) {
                // The user moved on meanwhile; the backup stays for next time.
                Q_EMIT restored(0);
                return;
            }
            if (loaded.session->buffers.isEmpty()) {
                Q_EMIT restored(0);
                return;
            }
            const int count = m_hooks.apply(loaded.session.value(), loaded.files);
            m_backedUpGeneration = m_generation; // what is on disk is what is shown
            Q_EMIT restored(count);
            if (!loaded.problems.isEmpty())
                QMessageBox::warning(
                    m_window, tr("Backup Damaged"),
                    tr("The backed-up unsaved changes to these could not be restored: %1")
                        .arg(loaded.problems.join(QStringLiteral(", "))));
        });
}

} // namespace Baton::Ui
