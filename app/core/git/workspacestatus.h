// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The git status of the workspace, kept up to date for the file tree's colours and the changes
// panel. Lives on the GUI thread; every git query runs on the global thread pool
// (QtConcurrent), one at a time, and the answers are merged here.
//
// setFolder() starts a full scan. After it, updates are incremental: pathsChanged() (a saved
// file, a folder the tree shows that changed on disk) re-asks git about those paths only
// (WorkingTree::statusOf); changes in the repository's own folder (index, HEAD, branches) and
// rescan() run a full scan again. Both are debounced. Folders handed to watchFolder() are
// watched for changes on disk. A folder that is not in a git repository simply has no status.

#include "core/git/workingtree.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>
#include <optional>

class QFileSystemWatcher;
class QTimer;

namespace Baton::Core {

class WorkspaceStatus : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceStatus(QObject *parent = nullptr);
    ~WorkspaceStatus() override;

    // Forgets everything and scans the repository containing `folder` (none for an empty
    // string). Answers for an earlier folder that arrive later are dropped.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }

    // The repository's working directory (absolute, trailing '/'), once a scan found one.
    QString repositoryRoot() const { return m_root; }
    bool isRepository() const { return !m_root.isEmpty(); }
    // Whether the first full scan has answered (also when the folder is not a repository).
    bool isReady() const { return m_ready; }

    // Re-reads the status of these absolute paths soon (debounced): a file alone, a folder for
    // what it holds directly (see WorkingTree::statusOf).
    void pathsChanged(const QStringList &absolutePaths);
    // A full scan soon (debounced).
    void rescan();
    // Watches `absoluteFolder` for files appearing, disappearing or being replaced.
    void watchFolder(const QString &absoluteFolder);

    // The change at `absolutePath`, if it has one.
    std::optional<GitChange> changeAt(const QString &absolutePath) const;
    // Whether git ignores `absolutePath` (itself or a folder above it).
    bool isIgnored(const QString &absolutePath) const;
    // Whether a changed (not ignored) file lies somewhere below `absoluteFolder`.
    bool containsChanges(const QString &absoluteFolder) const;
    // Every change, sorted by path.
    QList<GitChange> changes() const;
    // The changes of the file at `absolutePath`, or of every file below it when it is a folder,
    // sorted by path (repository-relative, as in changes()).
    QList<GitChange> changesAt(const QString &absolutePath) const;

    // Debounce delays, in milliseconds (tests and benchmarks may shorten them).
    void setDelays(int pathsMs, int rescanMs);

Q_SIGNALS:
    // The status of these absolute paths (and so perhaps of the folders above them) changed.
    // An empty list: anything may have changed (after a full scan).
    void changed(const QStringList &absolutePaths);
    // A full scan answered.
    void scanned();
    // An incremental update answered (whether or not anything changed).
    void updated();
    // A scan failed; the message is translated.
    void failed(const QString &message);

private:
    struct Answer;
    void startNext();
    void finish(const Answer &answer);
    std::optional<QString> relative(const QString &absolutePath) const;
    QString absolute(const QString &relativePath) const;
    void recountFolders();

    QString m_folder;
    QString m_root;
    QString m_gitDirectory;
    QString m_folderInRoot; // the workspace folder relative to m_root: "" or "sub/dir/"
    bool m_ready = false;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_fullPending = false;
    QSet<QString> m_pendingPaths; // absolute
    std::shared_ptr<WorkingTree> m_tree;
    QHash<QString, GitChange> m_changes; // by relative path
    QSet<QString> m_ignored;             // relative; folders with a trailing '/'
    QHash<QString, int> m_changedBelow;  // relative folder ("" for the root) → changed files
    QFileSystemWatcher *m_watcher = nullptr;
    QSet<QString> m_watched;
    QTimer *m_pathsTimer = nullptr;
    QTimer *m_rescanTimer = nullptr;
};

} // namespace Baton::Core
