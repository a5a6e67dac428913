// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

#include "core/documents/sessionstore.h"
#include "core/documents/textfile.h"
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <functional>

class QMainWindow;
class QTimer;

namespace Baton::Ui {

// Hot exit for one window: the open tabs, their cursors and groups, and every unsaved buffer
// are backed up (SessionStore, off the GUI thread) every 2 s while something changed, and on
// request; restore() brings them back. The window says what changed (markChanged()) and how to
// take and apply a snapshot; the keeper decides when to write and never writes while a restore
// is filling the window. GUI thread only.
class SessionKeeper : public QObject
{
    Q_OBJECT

public:
    // What the keeper needs of the window; all called on the GUI thread.
    struct Window
    {
        std::function<QString()> folder;  // the workspace the session belongs to
        std::function<bool()> hasEditors; // a restore only fills an empty window
        std::function<Core::Session()> snapshot;
        // Opens the session's tabs, the files already read; returns how many came back.
        std::function<int(const Core::Session &,
                          const QHash<QString, Core::Result<Core::TextFileContent>> &)>
            apply;
    };

    // `window` is the parent; errors go to its status bar and dialogs. The periodic backup
    // starts at once.
    SessionKeeper(QMainWindow *window, Window hooks);

    // Something a backup holds changed; the next tick writes a backup.
    void markChanged() { ++m_generation; }
    // Backs up now; `done` (may be empty) runs with whether it was written. A request made
    // while a backup or restore runs waits for it.
    void backupThen(std::function<void(bool)> done);
    // Reads the workspace's session and, if the window has no editor and the folder is the
    // same, applies it. restored() follows.
    void restore();
    // Stops and restarts the periodic backup (around the final backup on quit).
    void stopTimer();
    void startTimer();

Q_SIGNALS:
    // A backup of the session was written (or failed, with the message shown).
    void backedUp(bool ok);
    // restore() is done; `buffers` tabs came back.
    void restored(int buffers);

private:
    QMainWindow *m_window;
    Window m_hooks;
    // The generation counts changes to what a backup holds; a backup is written when it moved
    // since the last one.
    QTimer *m_backupTimer = nullptr;
    quint64 m_generation = 0;
    quint64 m_backedUpGeneration = 0;
    bool m_backupRunning = false;
    bool m_backupQueued = false;
    QList<std::function<void(bool)>> m_backupWaiters;
    bool m_restoring = false;
};

} // namespace Baton::Ui
