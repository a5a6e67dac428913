// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

namespace Baton::Core {

// Initialises libgit2. Make one in main() (and in tests that use git) before any Repository;
// several may coexist. libgit2 then stays initialised until the process exits (see the .cpp).
// Destroying it waits for the global thread pool to finish its work and its threads to exit.
class GitRuntime
{
public:
    GitRuntime();
    ~GitRuntime();
    GitRuntime(const GitRuntime &) = delete;
    GitRuntime &operator=(const GitRuntime &) = delete;
};

} // namespace Baton::Core
