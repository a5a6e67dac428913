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
    // Git work runs on the global pool; let it finish.
    QThreadPool::globalInstance()->waitForDone();
    // libgit2 is not shut down. It keeps per-thread state (the last error) for every thread
    // that used it and frees it from a thread-exit destructor that git_libgit2_shutdown()
    // unregisters. Qt's pool threads are detached: waitForDone() returns when they have
    // signalled that they finished, before that destructor has run, so a shutdown here raced
    // with it and lost the state of the last threads (seen as LeakSanitizer reports). The
    // library's remaining global state is freed when the process exits.
}

} // namespace Baton::Core
