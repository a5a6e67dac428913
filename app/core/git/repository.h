// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// A git repository read through libgit2. Blocking: call it from a worker thread
// (QtConcurrent::run), never from the GUI thread. One Repository is used by one thread at a
// time. A GitRuntime must be alive.

#include "core/result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

#include <memory>

struct git_repository;

namespace Baton::Core {

// How a file differs from HEAD and the index, as a user sees it in a changes list.
enum class GitFileState {
    Added,      // new in the index
    Modified,   // changed in the index or the working tree
    Deleted,    // removed from the index or the working tree
    Renamed,    // renamed in the index
    Untracked,  // in the working tree only, not ignored
    Ignored,    // matched by .gitignore (listed only when asked for)
    Conflicted, // unmerged
};

struct GitFileStatus
{
    QString path; // relative to the working directory, '/'-separated
    GitFileState state = GitFileState::Modified;
    bool staged = false; // the change is (also) in the index
};

class Repository
{
    Q_DECLARE_TR_FUNCTIONS(Baton::Core::Repository)

public:
    // Opens the repository that contains `path` (a folder or file anywhere inside its working
    // tree), searching upwards. Fails with a readable message when there is none.
    static Result<Repository> open(const QString &path);

    // Creates an empty repository with a working tree at `path`.
    static Result<Repository> init(const QString &path);

    Repository(Repository &&other) noexcept;
    Repository &operator=(Repository &&other) noexcept;
    ~Repository();

    // The working directory, with a trailing '/'; empty for a bare repository.
    QString workingDirectory() const;

    // The checked-out branch ("main"), the branch HEAD will create for an unborn repository, or
    // "HEAD detached at 1a2b3c4" when detached.
    Result<QString> currentBranch() const;

    // Working-tree and index changes against HEAD.
    Result<QList<GitFileStatus>> status(bool includeIgnored = false) const;

private:
    explicit Repository(git_repository *repository);
    struct Deleter
    {
        void operator()(git_repository *repository) const;
    };
    std::unique_ptr<git_repository, Deleter> m_repository;
};

} // namespace Baton::Core
