// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

namespace Baton::Core {

// Keeps libgit2 initialised while it lives. Make one in main() (and in tests that use git)
// before any Repository; libgit2 counts nested initialisations, so several may coexist.
// Destroying it waits for the global thread pool to finish its work and its threads to exit;
// libgit2 itself stays initialised until the process ends (see gitruntime.cpp for why).
class GitRuntime
{
public:
    GitRuntime();
    ~GitRuntime();
    GitRuntime(const GitRuntime &) = delete;
    GitRuntime &operator=(const GitRuntime &) = delete;
};

} // namespace Baton::Core
