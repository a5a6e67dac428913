// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// How a child process of this program ended, learnt without reaping it: whoever started it
// (a QProcess inside a library, such as qtermwidget's PTY) still collects it as usual.
//
//     auto *watcher = new ProcessExitWatcher(pid, this);
//     connect(watcher, &ProcessExitWatcher::exited, this, [](const ProcessExit &how) { … });
//
// A thread of its own waits in waitid(…, WNOWAIT) for the child to end, then exited() follows
// once, on the watcher's thread. Qt's forkfd may reap the child from its SIGCHLD handler before
// that thread reads, so watchers also install (once, when a SIGCHLD handler is in place) a
// handler in front of it, chaining to it, that reads the status of watched children and of the
// last children to end. The constructor returns once its thread is about to wait (microseconds;
// at most 50 ms on a machine too loaded to schedule it): make it right after starting the child.
// When the end is missed anyway, the status is Unknown. Deleting the watcher stops the report;
// its thread ends with the child. The handler's table is process-wide (signals are).
// Linux (any POSIX system with waitid and WNOWAIT).

#include <QtCore/QMetaType>
#include <QtCore/QObject>

#include <memory>

namespace Baton::Core {

struct ProcessExit
{
    enum class Kind {
        Exited,   // the process called exit(): `code` is its status
        Signaled, // a signal ended it: `signal`, `coreDumped`
        Unknown,  // it ended, but how could not be learnt (already reaped, or never started)
    };
    Kind kind = Kind::Unknown;
    int code = 0;
    int signal = 0;
    bool coreDumped = false;

    // Exited with status 0.
    bool isSuccess() const { return kind == Kind::Exited && code == 0; }
};

class ProcessExitWatcher : public QObject
{
    Q_OBJECT

public:
    // Starts watching `pid`, a child of this process; pid <= 0 reports Unknown at once (queued).
    explicit ProcessExitWatcher(qint64 pid, QObject *parent = nullptr);
    ~ProcessExitWatcher() override;

    qint64 processId() const { return m_pid; }

    // Puts the SIGCHLD handler in place now, when a reaper's handler is there to go in front of
    // (the constructor does it too). Call it before starting a child that may end at once.
    static void prepare();

Q_SIGNALS:
    void exited(const Baton::Core::ProcessExit &how);

private:
    struct Shared;
    qint64 m_pid = 0;
    std::shared_ptr<Shared> m_shared;
};

} // namespace Baton::Core

Q_DECLARE_METATYPE(Baton::Core::ProcessExit)
