// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "gitruntime.h"

#include <git2.h>

namespace Baton::Core {

GitRuntime::GitRuntime()
{
    git_libgit2_init();
}

GitRuntime::~GitRuntime()
{
    git_libgit2_shutdown();
}

} // namespace Baton::Core
