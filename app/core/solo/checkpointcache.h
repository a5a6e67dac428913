// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The stat cache of Checkpoints on disk.
//
// What a Checkpoints object knows after a snapshot (each file's stat and blob id, the ignore
// decisions) is kept in `<git dir>/baton/checkpoint-cache`, so that the next process (the next
// `baton solo`) does not read every file again. It names the snapshot it describes and is used
// only when that commit still exists and every cached file is in its tree with the same blob
// and mode; the private index is then loaded from that tree. Anything unexpected: ignored.
//
// Blocking file and libgit2 work: call from the worker thread that uses the Checkpoints.

#include <QtCore/QByteArray>
#include <QtCore/QHash>

#include <git2.h>

#include <sys/stat.h>

namespace Baton::Core {

// A stat time in nanoseconds since the epoch.
inline qint64 nanoseconds(const timespec &time)
{
    return qint64(time.tv_sec) * 1'000'000'000 + time.tv_nsec;
}

// What the previous snapshot knew about one file.
struct FileEntry
{
    dev_t device = 0;
    ino_t inode = 0;
    mode_t mode = 0;
    off_t size = 0;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    git_oid oid{};
    uint32_t gitMode = 0;
    bool reusable = false; // its stat can stand for its content next time

    bool sameStat(const struct stat &info) const
    {
        return reusable && device == info.st_dev && inode == info.st_ino && mode == info.st_mode
               && size == info.st_size && mtimeNs == nanoseconds(info.st_mtim)
               && ctimeNs == nanoseconds(info.st_ctim);
    }
};

class CheckpointCache
{
public:
    // Saves what the snapshot `commitId` of the workspace `root` (encoded) holds. Failures are
    // logged (baton.solo, debug) and otherwise ignored: the cache is only a shortcut.
    static void save(git_repository *repository, const QByteArray &root, const git_oid &commitId,
                     const QHash<QByteArray, FileEntry> &files,
                     const QHash<QByteArray, QByteArray> &ignoreStamps,
                     const QHash<QByteArray, bool> &ignoreDecisions);

    // Loads the cache of `repository` when it describes the workspace `root` and a snapshot
    // that still exists and matches it: `snapshotIndex` is then read from that snapshot's tree
    // and `files`, `ignoreStamps` and `ignoreDecisions` are replaced. Otherwise they are left
    // as they are (and `snapshotIndex` is cleared if it was read from an inconsistent tree).
    static void load(git_repository *repository, const QByteArray &root, git_index *snapshotIndex,
                     QHash<QByteArray, FileEntry> &files,
                     QHash<QByteArray, QByteArray> &ignoreStamps,
                     QHash<QByteArray, bool> &ignoreDecisions);
};

} // namespace Baton::Core
