// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The working tree and index of a git repository, for the changes panel, the branch menu and
// the file tree's colours: status (whole or for a few paths), stage, unstage, discard, commit,
// and local branches. Wraps libgit2.
//
// Blocking: call it from a worker thread (QtConcurrent::run), never from the GUI thread. One
// WorkingTree is used by one thread at a time. A GitRuntime must be alive. Every failure comes
// back as a translated message that says what was not done; nothing is half done where libgit2
// lets us check first (a checkout that would overwrite local changes is refused before any file
// is written).
//
// Paths are relative to the working directory, '/'-separated, as `git status` prints them.

#include "core/git/repository.h"
#include "core/result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>
#include <optional>

struct git_repository;

namespace Baton::Core {

// One path that differs from HEAD, the index or both.
struct GitChange
{
    QString path;
    QString oldPath; // the path before a staged rename; empty otherwise
    // The change recorded in the index (HEAD → index), if any: Added, Modified, Deleted, Renamed.
    std::optional<GitFileState> staged;
    // The change in the working tree (index → working tree), if any: Modified, Deleted,
    // Untracked, or Conflicted for an unmerged path.
    std::optional<GitFileState> unstaged;

    // The state the file tree shows: Conflicted first, then the working tree's, then the index's.
    GitFileState state() const;
};

// What a status query found.
struct GitStatusSnapshot
{
    QList<GitChange> changes;
    // Ignored files, and ignored folders with a trailing '/' (their contents are not listed).
    QStringList ignored;
    // What the query looked at, so that a caller can forget what it knew there: every entry
    // found lies in it, and whatever lies in it and is not found is clean. `whole` for the
    // whole working tree; otherwise single files and (recursively) folders.
    bool whole = false;
    QStringList scopeFiles;
    QStringList scopeFolders;
};

// A local branch, or a remote-tracking one.
struct GitBranch
{
    QString name;         // "main", "feature/x"; "origin/feature/x" for a remote-tracking one
    bool current = false; // HEAD points at it (also for an unborn branch with no commit yet)
    QString upstream;     // "origin/main"; empty without an upstream (and for remote ones)
    int ahead = 0;        // commits on the branch not on its upstream
    int behind = 0;       // commits on the upstream not on the branch
};

// What commit() puts in the commit.
enum class CommitScope {
    Staged,     // the index as it is (`git commit`)
    AllTracked, // the index after staging every change to a tracked file, deletions included
                // (`git commit -a`); untracked files stay out
};

// What discard() does with an untracked file.
enum class UntrackedDisposal {
    MoveToTrash, // the desktop's trash (QFile::moveToTrash); a file it cannot take stays
    Delete,      // deleted for good
};

class WorkingTree
{
    Q_DECLARE_TR_FUNCTIONS(Baton::Core::WorkingTree)

public:
    // Opens the repository containing `path` (searching upwards). Fails with a readable message
    // when there is none, or when it is bare.
    static Result<WorkingTree> open(const QString &path);

    WorkingTree(WorkingTree &&other) noexcept;
    WorkingTree &operator=(WorkingTree &&other) noexcept;
    ~WorkingTree();

    // The working directory, absolute, with a trailing '/'.
    QString root() const;
    // The repository's own folder (".git"), absolute, with a trailing '/'.
    QString gitDirectory() const;

    // Every change and ignored path in the working tree, as `git status --porcelain --ignored`
    // sees them, except that untracked folders are listed file by file.
    Result<GitStatusSnapshot> status() const;

    // The status of a few paths only. A file (existing or not) is looked at alone. An existing
    // folder stands for what it holds directly: its files, the files the index has in it (also
    // when deleted), and, recursively, sub-folders that hold nothing tracked (new or ignored
    // folders); sub-folders with tracked files are left to their own queries. Cost grows with
    // the paths asked for, not with the size of the repository.
    Result<GitStatusSnapshot> statusOf(const QStringList &paths) const;

    // Puts the working tree's version of `paths` in the index (`git add`); a path that no longer
    // exists is removed from the index (`git rm --cached`).
    Status stage(const QStringList &paths);

    // Puts HEAD's version of `paths` back in the index (`git restore --staged`); on a branch
    // with no commit yet the paths are removed from the index. The working tree is untouched.
    Status unstage(const QStringList &paths);

    // Throws away the working tree's changes to `paths`: a tracked file gets the index's
    // version back (`git restore`), an untracked file goes to the trash or is deleted, as
    // `untracked` says. A folder stands for every changed (not ignored) file below it. The
    // caller asks the user first; only what went to the trash can be recovered. Returns the
    // untracked files the trash could not take (left in place; MoveToTrash only), so that the
    // caller can offer to delete them.
    Result<QStringList> discard(const QStringList &paths,
                                UntrackedDisposal untracked = UntrackedDisposal::MoveToTrash);

    // Commits with `message`, as the user.name and user.email the repository's git
    // configuration holds (a clear error, saying how to set them, when they are not set).
    // With AllTracked, the changes to tracked files are staged first, once the message, the
    // identity and the repository state have been checked (so a refused commit stages
    // nothing). Works for the first commit of a new repository. Returns the short id of the
    // new commit.
    Result<QString> commit(const QString &message, CommitScope scope = CommitScope::Staged);

    // Local branches, sorted by name, the current one marked.
    Result<QList<GitBranch>> branches() const;

    // Remote-tracking branches ("origin/main"), sorted by name, without the remotes' symbolic
    // HEADs. They are as fresh as the last fetch; nothing is fetched here.
    Result<QList<GitBranch>> remoteBranches() const;

    // Switches to the remote-tracking branch `remoteBranch` ("origin/feature/x") the way
    // `git switch feature/x` does: a local branch already tracking it is switched to;
    // otherwise a local branch of the name without the remote ("feature/x") is created at its
    // commit, set to track it and checked out, with the same refusal as checkoutBranch() (and
    // then no branch is left behind). Refuses when a local branch of that name exists and
    // tracks something else. Returns the local branch's name.
    Result<QString> checkoutRemoteBranch(const QString &remoteBranch);

    // Switches to the local branch `name`, updating the working tree. Refuses, touching
    // nothing, when local changes would be overwritten; the message names those files.
    Status checkoutBranch(const QString &name);

    // Creates the branch `name` at HEAD's commit, and switches to it with `checkout` (the
    // working tree and index stay as they are). On a branch with no commit yet, `checkout`
    // renames the unborn branch instead.
    Status createBranch(const QString &name, bool checkout);

    // Whether `name` can name a branch ("feature/x" can, "a..b" or "-x" cannot).
    static bool isValidBranchName(const QString &name);

private:
    explicit WorkingTree(git_repository *repository);
    Result<GitStatusSnapshot> query(const QStringList &pathList, bool whole) const;
    struct Deleter
    {
        void operator()(git_repository *repository) const;
    };
    std::unique_ptr<git_repository, Deleter> m_repository;
};

} // namespace Baton::Core
