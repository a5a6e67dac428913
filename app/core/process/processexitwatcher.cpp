// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/process/processexitwatcher.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QFile>
#include <QtCore/QMetaObject>
#include <QtCore/QSemaphore>
#include <QtCore/QThread>

#include <atomic>
#include <cerrno>
#include <mutex>
#include <thread>

#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Baton::Core {

namespace {

// How long the constructor waits for its thread to be waiting on the child.
constexpr int threadStartMs = 50;

// Qt's QProcess (forkfd) reaps a child started without pidfd support (as qtermwidget's PTY
// process is, here) from its SIGCHLD handler, often before a waiting thread has read it. So a
// SIGCHLD handler of ours runs first, reads the status of the children being watched without
// reaping them, and hands the signal on to the handler it replaced. Signal handlers are
// process-wide by nature: this table is the one global state, written with atomics only.
struct Slot
{
    std::atomic<long> pid{0};     // the child watched, 0 when the slot is free
    std::atomic<int> siCode{0};   // CLD_EXITED, CLD_KILLED or CLD_DUMPED once seen, else 0
    std::atomic<int> siStatus{0}; // its exit status or signal
};
constexpr int slotCount = 64;
Slot watched[slotCount];
// The last children seen ending, whoever watched them: a child may end before its watcher is
// made (a program that fails at once). One zombie is seen per signal (P_ALL), which is enough
// unless two children end together.
constexpr int recentCount = 32;
Slot recent[recentCount];
std::atomic<unsigned> recentNext{0};
struct sigaction previousAction;
std::atomic_bool handlerInstalled{false};
std::mutex installMutex;

void onChildSignal(int signal, siginfo_t *info, void *context)
{
    const int savedErrno = errno;
    for (Slot &slot : watched) {
        const long pid = slot.pid.load();
        if (pid <= 0 || slot.siCode.load() != 0)
            continue;
        siginfo_t child{};
        if (waitid(P_PID, id_t(pid), &child, WEXITED | WNOHANG | WNOWAIT | __WALL) == 0
            && child.si_pid == pid) {
            slot.siStatus.store(child.si_status);
            slot.siCode.store(child.si_code);
        }
    }
    siginfo_t any{};
    if (waitid(P_ALL, 0, &any, WEXITED | WNOHANG | WNOWAIT | __WALL) == 0 && any.si_pid > 0) {
        Slot &entry = recent[recentNext.fetch_add(1) % recentCount];
        entry.pid.store(0);
        entry.siStatus.store(any.si_status);
        entry.siCode.store(any.si_code);
        entry.pid.store(any.si_pid);
    }
    errno = savedErrno;
    if (previousAction.sa_flags & SA_SIGINFO) {
        if (previousAction.sa_sigaction)
            previousAction.sa_sigaction(signal, info, context);
    } else if (previousAction.sa_handler != SIG_DFL && previousAction.sa_handler != SIG_IGN) {
        previousAction.sa_handler(signal);
    }
}

// Puts our handler in front of the reaper's. Only once there is one: forkfd installs its
// handler when it first starts a child without pidfd support, and a handler installed before it
// would run after its reaping. With no handler (SIG_DFL: Qt reaps through pidfds in its event
// loop) the waiting thread alone sees every exit.
void installHandler()
{
    if (handlerInstalled.load())
        return;
    const std::lock_guard lock(installMutex);
    struct sigaction current{};
    if (handlerInstalled.load() || sigaction(SIGCHLD, nullptr, &current) != 0)
        return;
    if (current.sa_flags & SA_SIGINFO
            ? !current.sa_sigaction
            : current.sa_handler == SIG_DFL || current.sa_handler == SIG_IGN)
        return;
    previousAction = current;
    struct sigaction ours = current;
    ours.sa_sigaction = onChildSignal;
    ours.sa_flags = (current.sa_flags & ~SA_RESETHAND) | SA_SIGINFO | SA_RESTART;
    if (sigaction(SIGCHLD, &ours, nullptr) == 0)
        handlerInstalled.store(true);
}

// How `pid` ended, if the handler saw it among the last children to end.
int recentExit(long pid, int *siStatus)
{
    for (Slot &entry : recent) {
        if (entry.pid.load() == pid) {
            *siStatus = entry.siStatus.load();
            return entry.siCode.load();
        }
    }
    return 0;
}

Slot *claimSlot(qint64 pid)
{
    for (Slot &slot : watched) {
        long expected = 0;
        // Reserved (-1, which the handler skips) while the last use's status is cleared.
        if (slot.pid.compare_exchange_strong(expected, -1)) {
            slot.siCode.store(0);
            slot.pid.store(long(pid));
            return &slot;
        }
    }
    return nullptr;
}

ProcessExit fromSiginfo(int siCode, int siStatus)
{
    ProcessExit ended;
    switch (siCode) {
    case CLD_EXITED:
        ended.kind = ProcessExit::Kind::Exited;
        ended.code = siStatus;
        break;
    case CLD_KILLED:
    case CLD_DUMPED:
        ended.kind = ProcessExit::Kind::Signaled;
        ended.signal = siStatus;
        ended.coreDumped = siCode == CLD_DUMPED;
        break;
    default:
        break;
    }
    return ended;
}

// Blocks until child `pid` has ended and says how, leaving it for its owner to reap.
ProcessExit waitForExit(qint64 pid, Slot *slot, QSemaphore &waiting, std::atomic<long> &thread)
{
    thread.store(long(gettid()));
    waiting.release();
    if (pid <= 0)
        return {};
    siginfo_t info{};
    int result;
    // __WALL: the child may have been made with clone() and another exit signal (forkfd).
    do {
        result = waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT | __WALL);
    } while (result != 0 && errno == EINTR);
    ProcessExit ended;
    int siStatus = 0;
    if (result == 0 && info.si_pid == pid)
        ended = fromSiginfo(info.si_code, info.si_status);
    else if (slot && slot->siCode.load() != 0) // reaped by its owner: the handler read it first
        ended = fromSiginfo(slot->siCode.load(), slot->siStatus.load());
    else if (const int siCode = recentExit(long(pid), &siStatus)) // ended before it was watched
        ended = fromSiginfo(siCode, siStatus);
    if (slot)
        slot->pid.store(0);
    return ended;
}

} // namespace

// Whether thread `tid` of this process is in waitid() now (or gone), as the kernel shows it.
bool isWaiting(long tid)
{
    QFile syscall(QStringLiteral("/proc/self/task/%1/syscall").arg(tid));
    if (!syscall.open(QIODevice::ReadOnly))
        return true; // ended, or no such file: nothing better to learn
    const QByteArray line = syscall.read(64);
    return line.isEmpty() || line.startsWith(QByteArray(QByteArray::number(SYS_waitid) + ' '));
}

struct ProcessExitWatcher::Shared
{
    std::atomic<long> thread{0}; // the waiting thread's id
    QSemaphore waiting;          // released by the thread right before it waits
    std::mutex mutex;
    ProcessExitWatcher *owner = nullptr; // null once the watcher is gone
};

ProcessExitWatcher::ProcessExitWatcher(qint64 pid, QObject *parent)
    : QObject(parent)
    , m_pid(pid)
    , m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<ProcessExit>();
    installHandler();
    Slot *slot = pid > 0 ? claimSlot(pid) : nullptr;
    m_shared->owner = this;
    // A thread of its own rather than the pool's: it may wait as long as the shell lives.
    std::thread([shared = m_shared, pid, slot] {
        const ProcessExit ended = waitForExit(pid, slot, shared->waiting, shared->thread);
        const std::lock_guard lock(shared->mutex);
        if (ProcessExitWatcher *owner = shared->owner) {
            // Posted while the owner is alive; dropped by Qt if it is deleted before delivery.
            QMetaObject::invokeMethod(
                owner, [owner, ended] { Q_EMIT owner->exited(ended); }, Qt::QueuedConnection);
        }
    }).detach();
    // The owner may reap the child from its event loop (Qt with pidfds); once the thread is in
    // waitid(), the status is ours whenever the child ends. Starting a thread and entering the
    // call take microseconds; the bound only matters on a machine too loaded to schedule it.
    QDeadlineTimer deadline(threadStartMs);
    if (!m_shared->waiting.tryAcquire(1, deadline) || pid <= 0)
        return;
    while (!isWaiting(m_shared->thread.load()) && !deadline.hasExpired())
        QThread::yieldCurrentThread();
}

void ProcessExitWatcher::prepare()
{
    installHandler();
}

ProcessExitWatcher::~ProcessExitWatcher()
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->owner = nullptr;
}

} // namespace Baton::Core
