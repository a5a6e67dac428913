// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Checkpoints of a Solo run: snapshots of the whole workspace taken before each mutating step,
// and rollback of a run (or back to one of its steps). Wraps libgit2.
//
// A snapshot is a git commit under `refs/baton/solo/<run>/<step>` whose tree holds every file
// of the workspace as it is on disk at that moment: tracked files with their current bytes
// (not the index's), untracked files that are not ignored, executable bits and symbolic links;
// a file that is gone is simply not in the tree. Bytes are stored raw (no gitattributes
// filters, no line-ending conversion). Left out: ignored files (.gitignore, .git/info/exclude,
// core.excludesFile; tracked files are never ignored), `.git` anywhere, nested repositories,
// `.baton` at the top, sockets/FIFOs/devices, and files over `maxFileBytes` or unreadable
// (those keep what the previous snapshot had, and are reported). The commits of a run form a
// chain (step N's parent is step N−1), so `git log refs/baton/solo/<run>/<N>` shows the run.
//
// The repository is the one containing the workspace (the workspace may be a sub-folder of
// its working tree; only the workspace is snapshotted). A workspace outside any repository
// gets a shadow repository `<workspace>/.baton/shadow.git` (bare, its work tree set to the
// workspace in memory only; the workspace's .gitignore files apply).
//
// The user's git state is never touched: blobs, trees and commits are written to the object
// database, trees from a private in-memory index (never the repository's index file); only
// refs under refs/baton/ and the file `baton/checkpoint-cache` in the git folder are created.
// HEAD, the index, branches, the stash and the reflogs of HEAD and branches stay byte for byte
// as they were.
//
// Incremental: a Checkpoints object remembers each file's stat (size, mtime, ctime, inode,
// mode) and blob id; a file whose stat is unchanged since its previous snapshot is not read
// again (a file modified within 50 ms of a snapshot is always read next time, as git does for
// "racily clean" entries), and unchanged folders reuse their tree ids. What it remembers is
// saved to `<git dir>/baton/checkpoint-cache` after each snapshot and loaded by open(), so the
// next process does not read every file again either.
//
// Modes: git keeps only "executable or not" and "symbolic link"; a restored file keeps the
// other permission bits it has (a recreated one gets the default 0666 & ~umask), with its
// executable bits set from its read bits or cleared. Empty folders are not recorded.
//
// Blocking: call from a worker thread, never the GUI thread. One Checkpoints object is used by
// one thread at a time. A GitRuntime must be alive. Errors are translated messages for the
// user; nothing is written when a rollback is refused.

#include "core/result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

namespace Baton::Core {

// One snapshot of a run.
struct Checkpoint
{
    QString run;
    int step = 0;     // 1, 2, 3… in the order they were taken
    QDateTime time;   // when it was taken (UTC, whole seconds, as git stores it)
    QString label;    // one line saying what it was taken before ("edit_file src/a.cpp")
    QString commitId; // the commit's full hexadecimal id
};

// A run and its snapshots, oldest first.
struct CheckpointRun
{
    QString run;
    QList<Checkpoint> steps;
};

// What a snapshot did.
struct SnapshotResult
{
    Checkpoint checkpoint;
    int files = 0;         // files and links in the snapshot
    int filesRead = 0;     // of those, read from disk (the rest reused by their stat)
    QStringList unreadable; // left as in the previous snapshot: unreadable or over the size cap
};

// One file a rollback changes.
struct RollbackChange
{
    enum class Action {
        Restore, // write the step's bytes and mode (or link) to the path
        Remove,  // delete the path: the run created it after that step
    };
    QString path; // relative to the workspace, '/'-separated
    Action action = Action::Restore;
};

// What rolling back to a step would do, worked out without writing anything.
struct RollbackPlan
{
    QString run;
    int step = 0;
    // Files the run changed since `step` that are still as the run left them (in its last
    // snapshot), or that are forced: restored or removed, sorted by path.
    QList<RollbackChange> changes;
    // Files the run changed since `step` that someone has changed again after the run's last
    // snapshot (an edit, a deletion, a new file in their place). A rollback refuses to touch
    // them unless forced. Sorted.
    QStringList conflicts;
};

// What a rollback did.
struct RollbackOutcome
{
    QList<RollbackChange> changes; // what was written or removed
    // The step taken just before rolling back, holding the workspace as it was (so that the
    // rollback itself can be rolled back); 0 when there was nothing to change.
    int safetyStep = 0;
};

class Checkpoints
{
    Q_DECLARE_TR_FUNCTIONS(Baton::Core::Checkpoints)

public:
    // Files larger than this are not snapshotted (reported in SnapshotResult::unreadable).
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;

    // Opens the repository containing `workspace`, or creates/opens the shadow repository
    // when there is none. Fails when the folder does not exist or the repository cannot be
    // opened (or created).
    static Result<Checkpoints> open(const QString &workspace);

    Checkpoints(Checkpoints &&other) noexcept;
    Checkpoints &operator=(Checkpoints &&other) noexcept;
    ~Checkpoints();

    // The workspace folder (canonical, no trailing '/').
    QString workspace() const;
    // Whether the snapshots go to the shadow repository under .baton/.
    bool isShadow() const;

    // A new run id: the UTC time and a random suffix ("20261207-143012-5f3a"); sorts by time.
    static QString newRunId();
    // Whether `run` can name a run: 1–64 of A–Z a–z 0–9 . _ -, not starting with '.' or '-',
    // no "..", not ending in ".lock".
    static bool isValidRunId(const QString &run);

    // Snapshots the workspace as the next step of `run` (step 1 for a new run) labelled
    // `label` (its first line is kept; empty means "step N").
    Result<SnapshotResult> snapshot(const QString &run, const QString &label);

    // Every run with its steps, oldest run first (by its first step's time, then id).
    Result<QList<CheckpointRun>> runs() const;
    // One run's steps; an error when there is no such run.
    Result<CheckpointRun> run(const QString &run) const;

    // What rollback(run, step) would change and what it would refuse, without writing.
    // `step` 1 (the default) is the state before the run's first step: the whole run undone.
    Result<RollbackPlan> planRollback(const QString &run, int step = 1) const;

    enum class Conflicts {
        Refuse,    // refuse the whole rollback (touching nothing) when the plan has conflicts
        Overwrite, // restore conflicting files too; their current state is in the safety step
    };
    // Puts back every file the run changed since `step` as it was at `step`: exact bytes and
    // mode, files the run created removed (and folders left empty by that), files it deleted
    // recreated. Files the run did not change are never touched. Before writing, the workspace
    // is snapshotted as a new step labelled "before rollback to step N" (the safety step), and
    // after it as "after rollback to step N", so rolling back to the safety step undoes the
    // rollback. Refused, touching nothing, with the list of paths, when the plan has conflicts
    // and `conflicts` is Refuse.
    //
    // Rollback compares with the run's LAST snapshot to tell the run's changes from later ones:
    // whoever runs the steps takes one more snapshot when the run ends (finished, stopped,
    // failed or cancelled), or the last step's changes count as someone else's.
    Result<RollbackOutcome> rollback(const QString &run, int step = 1,
                                     Conflicts conflicts = Conflicts::Refuse);

    // Deletes the run's refs (the objects stay until `git gc` prunes them).
    Status removeRun(const QString &run);

    struct State; // defined in checkpoints.cpp

private:
    explicit Checkpoints(std::unique_ptr<State> state);
    std::unique_ptr<State> d;
};

} // namespace Baton::Core
