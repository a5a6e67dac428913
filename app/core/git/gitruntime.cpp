// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "gitruntime.h"

#include <QtCore/QThreadPool>

#include <git2.h>

namespace Baton::Core {

GitRuntime::GitRuntime()
{
    git_libgit2_init();
}

GitRuntime::~GitRuntime()
{
    // Git work runs on the global pool: let it finish before the process goes on to exit.
    QThreadPool::globalInstance()->waitForDone();
    // libgit2 is deliberately left initialised. It keeps per-thread state (the last error) for
    // every thread that used it, freed by a thread-exit destructor while the library is
    // initialised. A pool thread reports itself finished to QThread::wait() a moment before
    // those destructors run, so shutting libgit2 down here raced with them and now and then
    // dropped a thread's state unfreed. Left initialised, every thread frees its own state on
    // exit, and what the library still holds at exit stays reachable from its globals.
}

} // namespace Baton::Core
