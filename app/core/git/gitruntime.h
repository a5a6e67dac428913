// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

namespace Baton::Core {

// Initialises libgit2. Make one in main() (and in tests that use git) before any Repository;
// several may coexist. Destroying it waits for the global thread pool to finish its work; libgit2
// itself stays initialised until the process exits (see gitruntime.cpp for why).
class GitRuntime
{
public:
    GitRuntime();
    ~GitRuntime();
    GitRuntime(const GitRuntime &) = delete;
    GitRuntime &operator=(const GitRuntime &) = delete;
};

} // namespace Baton::Core
