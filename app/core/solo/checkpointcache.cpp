// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "checkpointcache.h"

#include <QtCore/QDataStream>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSaveFile>

#include <cstring>
#include <memory>
#include <utility>

namespace Baton::Core {

static Q_LOGGING_CATEGORY(lcSolo, "baton.solo", QtInfoMsg)

static constexpr char cacheMagic[] = "baton-checkpoint-cache";
static constexpr quint32 cacheVersion = 1;

static QString cachePath(git_repository *repository)
{
    return QFile::decodeName(git_repository_path(repository)) + u"baton/checkpoint-cache";
}

void CheckpointCache::save(git_repository *repository, const QByteArray &root,
                           const git_oid &commitId, const QHash<QByteArray, FileEntry> &files,
                           const QHash<QByteArray, QByteArray> &ignoreStamps,
                           const QHash<QByteArray, bool> &ignoreDecisions)
{
    const QString path = cachePath(repository);
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_8);
    out << QByteArray(cacheMagic) << cacheVersion << root << QByteArray(git_oid_tostr_s(&commitId))
        << quint32(files.size());
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const FileEntry &entry = it.value();
        out << it.key() << quint64(entry.device) << quint64(entry.inode) << quint32(entry.mode)
            << qint64(entry.size) << entry.mtimeNs << entry.ctimeNs
            << QByteArray(reinterpret_cast<const char *>(entry.oid.id), GIT_OID_SHA1_SIZE)
            << quint32(entry.gitMode) << entry.reusable;
    }
    out << ignoreStamps << ignoreDecisions;
    if (out.status() != QDataStream::Ok || !file.commit())
        qCDebug(lcSolo, "could not save the checkpoint cache %s", qPrintable(path));
}

void CheckpointCache::load(git_repository *repository, const QByteArray &root,
                           git_index *snapshotIndex, QHash<QByteArray, FileEntry> &files,
                           QHash<QByteArray, QByteArray> &ignoreStamps,
                           QHash<QByteArray, bool> &ignoreDecisions)
{
    QFile file(cachePath(repository));
    if (!file.open(QIODevice::ReadOnly))
        return;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_8);
    QByteArray magic;
    quint32 version = 0;
    QByteArray cachedRoot;
    QByteArray commitHex;
    quint32 count = 0;
    in >> magic >> version >> cachedRoot >> commitHex >> count;
    if (in.status() != QDataStream::Ok || magic != cacheMagic || version != cacheVersion
        || cachedRoot != root)
        return;
    QHash<QByteArray, FileEntry> cachedFiles;
    for (quint32 i = 0; i < count; ++i) {
        QByteArray path;
        quint64 device = 0;
        quint64 inode = 0;
        quint32 mode = 0;
        qint64 size = 0;
        QByteArray oid;
        quint32 gitMode = 0;
        FileEntry entry;
        in >> path >> device >> inode >> mode >> size >> entry.mtimeNs >> entry.ctimeNs >> oid
            >> gitMode >> entry.reusable;
        if (in.status() != QDataStream::Ok || oid.size() != GIT_OID_SHA1_SIZE)
            return;
        entry.device = dev_t(device);
        entry.inode = ino_t(inode);
        entry.mode = mode_t(mode);
        entry.size = off_t(size);
        entry.gitMode = gitMode;
        std::memcpy(entry.oid.id, oid.constData(), GIT_OID_SHA1_SIZE);
        cachedFiles.insert(path, entry);
    }
    QHash<QByteArray, QByteArray> cachedStamps;
    QHash<QByteArray, bool> cachedDecisions;
    in >> cachedStamps >> cachedDecisions;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return;
    git_oid commitId;
    if (git_oid_fromstr(&commitId, commitHex.constData()) < 0)
        return;
    git_commit *commit = nullptr;
    if (git_commit_lookup(&commit, repository, &commitId) < 0)
        return;
    const std::unique_ptr<git_commit, decltype(&git_commit_free)> ownedCommit(commit,
                                                                              git_commit_free);
    git_tree *tree = nullptr;
    if (git_commit_tree(&tree, commit) < 0)
        return;
    const std::unique_ptr<git_tree, decltype(&git_tree_free)> ownedTree(tree, git_tree_free);
    git_index *index = snapshotIndex;
    bool consistent = git_index_read_tree(index, tree) == 0
                      && git_index_entrycount(index) == size_t(cachedFiles.size());
    // Every cached entry must be the tree's, or the next snapshot would miss a change.
    for (auto it = cachedFiles.cbegin(); consistent && it != cachedFiles.cend(); ++it) {
        const git_index_entry *entry = git_index_get_bypath(index, it.key().constData(), 0);
        consistent = entry && git_oid_equal(&entry->id, &it->oid) && entry->mode == it->gitMode;
    }
    if (!consistent) {
        git_index_clear(index);
        return;
    }
    files = std::move(cachedFiles);
    ignoreStamps = std::move(cachedStamps);
    ignoreDecisions = std::move(cachedDecisions);
}

} // namespace Baton::Core
