// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// libgit2 and the git command line read the user's global configuration from $HOME: a test
// that makes repositories points both at an empty folder, so that only each test repository's
// own config counts. Construct it before GitRuntime (libgit2 reads $HOME when it starts).
// Header only.

#include <QtCore/QTemporaryDir>
#include <QtCore/QtEnvironmentVariables>

struct IsolatedHome
{
    QTemporaryDir dir;
    IsolatedHome()
    {
        qputenv("HOME", dir.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (dir.path() + u"/.config").toUtf8());
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qputenv("GIT_OPTIONAL_LOCKS", "0"); // `git status` must not refresh the index itself
    }
};
