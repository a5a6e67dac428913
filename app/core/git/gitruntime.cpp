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
    // libgit2 keeps per-thread state (the last error) for every thread that used it and frees
    // it when the thread exits while the library is still initialised. Git work runs on the
    // global pool, so let its threads exit first.
    QThreadPool::globalInstance()->waitForDone();
    // But QThread::wait() returns before a finishing thread has run its pthread key
    // destructors, so a git_libgit2_shutdown() here races with them and leaks the state of the
    // pool's last threads (seen under LeakSanitizer). libgit2 therefore stays initialised until
    // the process exits; no git work runs after this point.
}

} // namespace Baton::Core
