// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "workspacestatus.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QFileSystemWatcher>
#include <QtCore/QFutureWatcher>
#include <QtCore/QTimer>

#include <algorithm>

namespace Baton::Core {

struct WorkspaceStatus::Answer
{
    quint64 generation = 0;
    bool full = false;
    bool notRepository = false;
    std::shared_ptr<WorkingTree> tree;
    QString root;
    QString gitDirectory;
    std::optional<GitStatusSnapshot> snapshot;
    QString error;
};

static bool sameChange(const GitChange &a, const GitChange &b)
{
    return a.path == b.path && a.oldPath == b.oldPath && a.staged == b.staged
           && a.unstaged == b.unstaged;
}

WorkspaceStatus::WorkspaceStatus(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_pathsTimer(new QTimer(this))
    , m_rescanTimer(new QTimer(this))
{
    m_pathsTimer->setSingleShot(true);
    m_pathsTimer->setInterval(100);
    m_rescanTimer->setSingleShot(true);
    m_rescanTimer->setInterval(300);
    connect(m_pathsTimer, &QTimer::timeout, this, &WorkspaceStatus::startNext);
    connect(m_rescanTimer, &QTimer::timeout, this, [this] {
        m_fullPending = true;
        startNext();
    });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString &path) {
        if (!m_gitDirectory.isEmpty() && QString(path + u'/').startsWith(m_gitDirectory))
            rescan();
        else
            pathsChanged({path});
    });
}

WorkspaceStatus::~WorkspaceStatus() = default;

void WorkspaceStatus::setDelays(int pathsMs, int rescanMs)
{
    m_pathsTimer->setInterval(pathsMs);
    m_rescanTimer->setInterval(rescanMs);
}

void WorkspaceStatus::setFolder(const QString &folder)
{
    ++m_generation;
    m_folder = folder.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    m_root.clear();
    m_gitDirectory.clear();
    m_folderInRoot.clear();
    m_ready = false;
    m_tree.reset();
    m_changes.clear();
    m_ignored.clear();
    m_changedBelow.clear();
    m_pendingPaths.clear();
    if (!m_watched.isEmpty())
        m_watcher->removePaths(QStringList(m_watched.cbegin(), m_watched.cend()));
    m_watched.clear();
    m_pathsTimer->stop();
    m_rescanTimer->stop();
    Q_EMIT changed({});
    if (m_folder.isEmpty())
        return;
    m_fullPending = true;
    startNext();
}

void WorkspaceStatus::pathsChanged(const QStringList &absolutePaths)
{
    if (m_folder.isEmpty())
        return;
    for (const QString &path : absolutePaths)
        m_pendingPaths.insert(QDir::cleanPath(path));
    if (!m_pathsTimer->isActive())
        m_pathsTimer->start();
}

void WorkspaceStatus::rescan()
{
    if (!m_folder.isEmpty() && !m_rescanTimer->isActive())
        m_rescanTimer->start();
}

void WorkspaceStatus::watchFolder(const QString &absoluteFolder)
{
    const QString folder = QDir::cleanPath(absoluteFolder);
    if (m_folder.isEmpty() || m_watched.contains(folder)
        || !(folder == m_folder || folder.startsWith(m_folder + u'/')))
        return;
    if (folder.endsWith(QLatin1String("/.git")) || folder.contains(QLatin1String("/.git/")))
        return; // the repository's own folder is watched as a whole, for full scans
    m_watched.insert(folder);
    m_watcher->addPath(folder);
}

void WorkspaceStatus::startNext()
{
    if (m_running || m_folder.isEmpty())
        return;
    const bool full = m_fullPending || !m_tree;
    if (!full && m_pendingPaths.isEmpty())
        return;
    QStringList paths;
    if (!full) {
        for (const QString &path : std::as_const(m_pendingPaths)) {
            const auto inRoot = relative(path);
            if (!inRoot)
                continue;
            paths.append(*inRoot);
            // What we know directly inside, in case it is a folder: untracked or ignored
            // files that vanished are neither on disk nor in the index any more.
            const QString prefix = inRoot->isEmpty() ? QString() : *inRoot + u'/';
            const auto directlyInside = [&prefix](QString known) {
                if (known.endsWith(u'/'))
                    known.chop(1);
                return known.startsWith(prefix) && known.size() > prefix.size()
                       && known.indexOf(u'/', prefix.size()) < 0;
            };
            for (auto it = m_changes.cbegin(); it != m_changes.cend(); ++it) {
                if (directlyInside(it.key()))
                    paths.append(it.key());
            }
            for (const QString &ignored : std::as_const(m_ignored)) {
                if (directlyInside(ignored))
                    paths.append(ignored.endsWith(u'/') ? ignored.chopped(1) : ignored);
            }
        }
        if (paths.isEmpty()) {
            m_pendingPaths.clear();
            return;
        }
    }
    m_fullPending = false;
    m_pendingPaths.clear();
    m_pathsTimer->stop();
    m_running = true;
    auto *watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher] {
        watcher->deleteLater();
        finish(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [tree = m_tree, folder = m_folder, generation = m_generation, full, paths]() mutable {
            Answer answer;
            answer.generation = generation;
            answer.full = full;
            if (!tree) {
                auto opened = WorkingTree::open(folder);
                if (!opened.ok()) {
                    answer.notRepository = true;
                    return answer;
                }
                tree = std::make_shared<WorkingTree>(std::move(opened).value());
            }
            answer.tree = tree;
            answer.root = tree->root();
            answer.gitDirectory = tree->gitDirectory();
            auto snapshot = full ? tree->status() : tree->statusOf(paths);
            if (snapshot.ok())
                answer.snapshot = std::move(snapshot).value();
            else
                answer.error = snapshot.errorMessage();
            return answer;
        }));
}

void WorkspaceStatus::finish(const Answer &answer)
{
    m_running = false;
    if (answer.generation != m_generation) {
        startNext();
        return;
    }
    if (answer.notRepository) {
        m_ready = true;
        m_pendingPaths.clear();
        Q_EMIT scanned();
        return;
    }
    if (!m_tree) {
        m_tree = answer.tree;
        m_root = answer.root;
        m_gitDirectory = answer.gitDirectory;
        const QString canonical = QFileInfo(m_folder).canonicalFilePath() + u'/';
        m_folderInRoot = canonical.startsWith(m_root) ? canonical.mid(m_root.size()) : QString();
        for (const QString &folder :
             QStringList{m_gitDirectory, m_gitDirectory + QLatin1String("refs/heads")}) {
            if (QFileInfo(folder).isDir())
                m_watcher->addPath(folder);
        }
        watchFolder(m_folder);
    }
    if (!answer.snapshot) {
        Q_EMIT failed(answer.error);
        if (answer.full)
            m_ready = true;
        startNext();
        return;
    }
    const GitStatusSnapshot &snapshot = *answer.snapshot;
    if (snapshot.whole) {
        m_changes.clear();
        m_ignored.clear();
        for (const GitChange &change : snapshot.changes)
            m_changes.insert(change.path, change);
        for (const QString &path : snapshot.ignored)
            m_ignored.insert(path);
        recountFolders();
        m_ready = true;
        Q_EMIT changed({});
        Q_EMIT scanned();
        startNext();
        return;
    }
    const QSet<QString> files(snapshot.scopeFiles.cbegin(), snapshot.scopeFiles.cend());
    const auto inScope = [&](const QString &path) {
        if (files.contains(path))
            return true;
        return std::any_of(snapshot.scopeFolders.cbegin(), snapshot.scopeFolders.cend(),
                           [&](const QString &folder) {
                               return folder.isEmpty() || path == folder
                                      || path.startsWith(folder + u'/');
                           });
    };
    QHash<QString, GitChange> before;
    for (auto it = m_changes.begin(); it != m_changes.end();) {
        if (inScope(it.key())) {
            before.insert(it.key(), it.value());
            it = m_changes.erase(it);
        } else {
            ++it;
        }
    }
    QSet<QString> touched;
    for (auto it = m_ignored.begin(); it != m_ignored.end();) {
        if (inScope(*it)) {
            touched.insert(*it);
            it = m_ignored.erase(it);
        } else {
            ++it;
        }
    }
    for (const QString &path : snapshot.ignored) {
        if (!touched.remove(path))
            touched.insert(path); // newly ignored
        m_ignored.insert(path);
    }
    for (const GitChange &change : snapshot.changes) {
        const auto old = before.constFind(change.path);
        if (old == before.cend() || !sameChange(*old, change))
            touched.insert(change.path);
        before.remove(change.path);
        m_changes.insert(change.path, change);
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        touched.insert(it.key()); // now clean
    recountFolders();
    if (!touched.isEmpty()) {
        QStringList paths;
        for (const QString &path : std::as_const(touched)) {
            QString inRoot = path;
            if (inRoot.endsWith(u'/'))
                inRoot.chop(1);
            paths.append(absolute(inRoot));
        }
        paths.sort();
        Q_EMIT changed(paths);
    }
    Q_EMIT updated();
    startNext();
}

std::optional<QString> WorkspaceStatus::relative(const QString &absolutePath) const
{
    if (m_root.isEmpty())
        return std::nullopt;
    const QString path = QDir::cleanPath(absolutePath);
    if (path == m_folder)
        return m_folderInRoot.isEmpty() ? QString() : m_folderInRoot.chopped(1);
    if (path.startsWith(m_folder + u'/'))
        return m_folderInRoot + path.mid(m_folder.size() + 1);
    if (QString(path + u'/') == m_root)
        return QString();
    if (path.startsWith(m_root))
        return path.mid(m_root.size());
    return std::nullopt;
}

QString WorkspaceStatus::absolute(const QString &relativePath) const
{
    if (relativePath.startsWith(m_folderInRoot))
        return m_folder + u'/' + relativePath.mid(m_folderInRoot.size());
    return m_root + relativePath;
}

void WorkspaceStatus::recountFolders()
{
    m_changedBelow.clear();
    for (auto it = m_changes.cbegin(); it != m_changes.cend(); ++it) {
        const QString &path = it.key();
        ++m_changedBelow[QString()];
        for (qsizetype slash = path.indexOf(u'/'); slash >= 0;
             slash = path.indexOf(u'/', slash + 1))
            ++m_changedBelow[path.left(slash)];
    }
}

std::optional<GitChange> WorkspaceStatus::changeAt(const QString &absolutePath) const
{
    const auto path = relative(absolutePath);
    if (!path)
        return std::nullopt;
    const auto it = m_changes.constFind(*path);
    if (it == m_changes.cend())
        return std::nullopt;
    return *it;
}

bool WorkspaceStatus::isIgnored(const QString &absolutePath) const
{
    const auto path = relative(absolutePath);
    if (!path || path->isEmpty() || m_ignored.isEmpty())
        return false;
    if (m_ignored.contains(*path) || m_ignored.contains(*path + u'/'))
        return true;
    for (qsizetype slash = path->indexOf(u'/'); slash >= 0;
         slash = path->indexOf(u'/', slash + 1)) {
        if (m_ignored.contains(path->left(slash + 1)))
            return true;
    }
    return false;
}

bool WorkspaceStatus::containsChanges(const QString &absoluteFolder) const
{
    const auto path = relative(absoluteFolder);
    return path && m_changedBelow.value(*path) > 0;
}

QList<GitChange> WorkspaceStatus::changesAt(const QString &absolutePath) const
{
    const auto path = relative(absolutePath);
    if (!path)
        return {};
    QList<GitChange> found;
    for (auto it = m_changes.cbegin(); it != m_changes.cend(); ++it) {
        if (path->isEmpty() || it.key() == *path || it.key().startsWith(*path + u'/'))
            found.append(it.value());
    }
    std::sort(found.begin(), found.end(),
              [](const GitChange &a, const GitChange &b) { return a.path < b.path; });
    return found;
}

QList<GitChange> WorkspaceStatus::changes() const
{
    QList<GitChange> all = m_changes.values();
    std::sort(all.begin(), all.end(),
              [](const GitChange &a, const GitChange &b) { return a.path < b.path; });
    return all;
}

} // namespace Baton::Core
