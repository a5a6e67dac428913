// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "workingtree.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSet>

#include <git2.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace Baton::Core {

static constexpr char context[] = "Baton::Core::WorkingTree";

// A translated message ending in libgit2's own reason for the last failure on this thread.
// `format` holds %1 for the subject (when given) and the reason last.
static Error gitError(const char *format, const QString &subject = {})
{
    const git_error *error = git_error_last();
    const QString detail = error && error->message ? QString::fromUtf8(error->message)
                                                   : WorkingTree::tr("unknown libgit2 error");
    const QString text = QCoreApplication::translate(context, format);
    return Error{subject.isEmpty() ? text.arg(detail) : text.arg(subject, detail)};
}

// Owns the UTF-8 copies behind a git_strarray.
class PathArray
{
public:
    explicit PathArray(const QStringList &paths)
    {
        m_bytes.reserve(paths.size());
        for (const QString &path : paths)
            m_bytes.push_back(path.toUtf8());
        for (QByteArray &bytes : m_bytes)
            m_pointers.push_back(bytes.data());
    }
    git_strarray array()
    {
        return git_strarray{m_pointers.data(), m_pointers.size()};
    }

private:
    std::vector<QByteArray> m_bytes;
    std::vector<char *> m_pointers;
};

GitFileState GitChange::state() const
{
    if (unstaged)
        return *unstaged;
    return staged.value_or(GitFileState::Modified);
}

void WorkingTree::Deleter::operator()(git_repository *repository) const
{
    git_repository_free(repository);
}

WorkingTree::WorkingTree(git_repository *repository)
    : m_repository(repository)
{}
WorkingTree::WorkingTree(WorkingTree &&other) noexcept = default;
WorkingTree &WorkingTree::operator=(WorkingTree &&other) noexcept = default;
WorkingTree::~WorkingTree() = default;

Result<WorkingTree> WorkingTree::open(const QString &path)
{
    git_repository *repository = nullptr;
    const QByteArray native = QFile::encodeName(QDir::cleanPath(path));
    const int rc = git_repository_open_ext(&repository, native.constData(), 0, nullptr);
    if (rc == GIT_ENOTFOUND)
        return Error{tr("%1 is not inside a git repository").arg(QDir::toNativeSeparators(path))};
    if (rc < 0)
        return gitError(QT_TRANSLATE_NOOP("Baton::Core::WorkingTree",
                                          "Could not open the git repository at %1: %2"),
                        QDir::toNativeSeparators(path));
    if (git_repository_is_bare(repository)) {
        git_repository_free(repository);
        return Error{tr("The git repository at %1 is bare: it has no working tree.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    return WorkingTree(repository);
}

QString WorkingTree::root() const
{
    return QFile::decodeName(git_repository_workdir(m_repository.get()));
}

QString WorkingTree::gitDirectory() const
{
    return QFile::decodeName(git_repository_path(m_repository.get()));
}

static std::optional<GitFileState> stagedState(unsigned int flags)
{
    if (flags & GIT_STATUS_INDEX_NEW)
        return GitFileState::Added;
    if (flags & GIT_STATUS_INDEX_DELETED)
        return GitFileState::Deleted;
    if (flags & GIT_STATUS_INDEX_RENAMED)
        return GitFileState::Renamed;
    if (flags & (GIT_STATUS_INDEX_MODIFIED | GIT_STATUS_INDEX_TYPECHANGE))
        return GitFileState::Modified;
    return std::nullopt;
}

static std::optional<GitFileState> unstagedState(unsigned int flags)
{
    if (flags & GIT_STATUS_CONFLICTED)
        return GitFileState::Conflicted;
    if (flags & GIT_STATUS_WT_NEW)
        return GitFileState::Untracked;
    if (flags & GIT_STATUS_WT_DELETED)
        return GitFileState::Deleted;
    if (flags & GIT_STATUS_WT_RENAMED)
        return GitFileState::Renamed;
    if (flags & (GIT_STATUS_WT_MODIFIED | GIT_STATUS_WT_TYPECHANGE))
        return GitFileState::Modified;
    return std::nullopt;
}

Result<GitStatusSnapshot> WorkingTree::query(const QStringList &pathList, bool whole) const
{
    GitStatusSnapshot snapshot;
    snapshot.whole = whole;
    if (!whole && pathList.isEmpty())
        return snapshot; // an empty path list would mean "everything"
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS
                    | GIT_STATUS_OPT_RENAMES_HEAD_TO_INDEX | GIT_STATUS_OPT_INCLUDE_IGNORED;
    PathArray paths(pathList);
    if (!whole) {
        // Exact paths (a folder matches what is below it): libgit2 then walks only these paths
        // instead of the whole working tree.
        options.flags |= GIT_STATUS_OPT_DISABLE_PATHSPEC_MATCH;
        options.pathspec = paths.array();
    }
    git_status_list *list = nullptr;
    if (git_status_list_new(&list, m_repository.get(), &options) < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::WorkingTree", "Could not read the git status: %1"));
    const size_t count = git_status_list_entrycount(list);
    snapshot.changes.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry *entry = git_status_byindex(list, i);
        const git_diff_delta *delta
            = entry->head_to_index ? entry->head_to_index : entry->index_to_workdir;
        if (!delta)
            continue;
        const char *path = delta->new_file.path ? delta->new_file.path : delta->old_file.path;
        if (entry->status & GIT_STATUS_IGNORED) {
            snapshot.ignored.append(QString::fromUtf8(path));
            continue;
        }
        GitChange change;
        change.path = QString::fromUtf8(path);
        if ((entry->status & GIT_STATUS_INDEX_RENAMED) && entry->head_to_index)
            change.oldPath = QString::fromUtf8(entry->head_to_index->old_file.path);
        if (!(entry->status & GIT_STATUS_CONFLICTED))
            change.staged = stagedState(entry->status);
        change.unstaged = unstagedState(entry->status);
        if (change.staged || change.unstaged)
            snapshot.changes.append(std::move(change));
    }
    git_status_list_free(list);
    return snapshot;
}

Result<GitStatusSnapshot> WorkingTree::status() const
{
    return query({}, true);
}

Result<GitStatusSnapshot> WorkingTree::statusOf(const QStringList &paths) const
{
    git_index *index = nullptr;
    if (git_repository_index(&index, m_repository.get()) < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::WorkingTree", "Could not read the git index: %1"));
    git_index_read(index, 0); // pick up changes made by others since we last looked
    const QString workdir = root();
    QStringList pathList;
    QSet<QString> seen;
    QStringList scopeFiles;
    QStringList scopeFolders;
    const auto addFile = [&](const QString &path) {
        if (!seen.contains(path)) {
            seen.insert(path);
            pathList.append(path);
            scopeFiles.append(path);
        }
    };
    const auto addFolder = [&](const QString &path) {
        if (!seen.contains(path)) {
            seen.insert(path);
            pathList.append(path);
            scopeFolders.append(path);
        }
    };
    for (QString path : paths) {
        path = QDir::cleanPath(path);
        if (path == u"." || path == u"/")
            path.clear();
        while (path.endsWith(u'/'))
            path.chop(1);
        const QFileInfo info(workdir + path);
        if (!info.isDir() || info.isSymLink()) {
            const bool known = seen.contains(path);
            addFile(path);
            if (!known && !info.exists() && !info.isSymLink())
                scopeFolders.append(path); // was perhaps a folder: forget what was below it too
            continue;
        }
        const QString prefix = path.isEmpty() ? QString() : path + u'/';
        const QByteArray prefixBytes = prefix.toUtf8();
        // Sub-folders with something tracked in them are left to their own queries; the rest
        // (new, ignored) are looked at whole.
        const auto hasTracked = [&](const QString &folder) {
            size_t position = 0;
            return git_index_find_prefix(&position, index, (folder + u'/').toUtf8().constData())
                   == 0;
        };
        QSet<QString> listedFolders;
        const QFileInfoList entries = QDir(info.absoluteFilePath())
                                          .entryInfoList(QDir::AllEntries | QDir::Hidden
                                                         | QDir::System | QDir::NoDotAndDotDot);
        for (const QFileInfo &entry : entries) {
            const QString relative = prefix + entry.fileName();
            if (path.isEmpty() && entry.fileName() == u".git")
                continue;
            if (entry.isDir() && !entry.isSymLink()) {
                listedFolders.insert(entry.fileName());
                if (!hasTracked(relative))
                    addFolder(relative);
            } else {
                addFile(relative);
            }
        }
        // What the index holds here but the disk no longer does: deleted files, and folders
        // that are gone.
        size_t position = 0;
        if (git_index_find_prefix(&position, index, prefixBytes.constData()) == 0) {
            const size_t count = git_index_entrycount(index);
            for (; position < count; ++position) {
                const git_index_entry *entry = git_index_get_byindex(index, position);
                if (std::strncmp(entry->path, prefixBytes.constData(), size_t(prefixBytes.size()))
                    != 0)
                    break;
                const char *rest = entry->path + prefixBytes.size();
                const char *slash = std::strchr(rest, '/');
                if (!slash) {
                    addFile(QString::fromUtf8(entry->path));
                    continue;
                }
                const QString folder = QString::fromUtf8(rest, slash - rest);
                if (!listedFolders.contains(folder))
                    addFolder(prefix + folder);
            }
        }
    }
    git_index_free(index);
    auto result = query(pathList, false);
    if (result.ok()) {
        result.value().scopeFiles = scopeFiles;
        result.value().scopeFolders = scopeFolders;
    }
    return result;
}

Status WorkingTree::stage(const QStringList &paths)
{
    git_index *index = nullptr;
    if (git_repository_index(&index, m_repository.get()) < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::WorkingTree", "Could not read the git index: %1"));
    git_index_read(index, 0);
    const QString workdir = root();
    for (const QString &path : paths) {
        const QFileInfo info(workdir + path);
        const QByteArray bytes = path.toUtf8();
        const int rc = info.exists() || info.isSymLink()
                           ? git_index_add_bypath(index, bytes.constData())
                           : git_index_remove_bypath(index, bytes.constData());
        if (rc < 0) {
            Error error = gitError(
                QT_TRANSLATE_NOOP("Baton::Core::WorkingTree",
                                  "Could not stage %1 (nothing was staged): %2"),
                path);
            git_index_free(index);
            return error;
        }
    }
    const int rc = git_index_write(index);
    git_index_free(index);
    if (rc < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::WorkingTree", "Could not write the git index: %1"));
    return success();
}

Status WorkingTree::unstage(const QStringList &paths)
{
    git_index *index = nullptr;
    if (git_repository_index(&index, m_repository.get()) < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::WorkingTree", "Could not read the git index: %1"));
    git_index_read(index, 0);
    git_tree *headTree = nullptr;
    git_reference *head = nullptr;
    const int headRc = git_repository_head(&head, m_repository.get());
    if (headRc == 0) {
        git_object *tree = nullptr;
        if (git_reference_peel(&tree, head, GIT_OBJECT_TREE) == 0)
            headTree = reinterpret_cast<git_tree *>(tree);
        git_reference_free(head);
    }
    if (headRc != 0 && headRc != GIT_EUNBORNBRANCH && headRc != GIT_ENOTFOUND) {
        Error error = gitError(
            QT_TRANSLATE_NOOP("Baton::Core::WorkingTree", "Could not read HEAD: %1"));
        git_index_free(index);
        return error;
    }
    int rc = 0;
    for (const QString &path : paths) {
        const QByteArray bytes = path.toUtf8();
        git_tree_entry *entry = nullptr;
        if (headTree && git_tree_entry_bypath(&entry, headTree, bytes.constData()) == 0
            && git_tree_entry_type(entry) == GIT_OBJECT_BLOB) {
            // HEAD's blob goes back in the index; the empty stat data makes git look at the
            // file's content the next time it compares, as `git reset -- path` does.
            git_index_entry indexEntry{};
            indexEntry.mode = git_tree_entry_filemode(entry);
            git_oid_cpy(&indexEntry.id, git_tree_entry_id(entry));
            indexEntry.path = bytes.constData();
            rc = git_index_add(index, &indexEntry);
        } else {
            rc = git_index_remove_bypath(index, bytes.constData());
        }
        git_tree_entry_free(entry);
        if (rc < 0)
            break;
    }
    Status result = success();
    if (rc < 0)
        result = gitError(QT_TRANSLATE_NOOP("Baton::Core::WorkingTree",
                                            "Could not unstage (nothing was unstaged): %1"));
    else if (git_index_write(index) < 0)
        result = gitError(
            QT_TRANSLATE_NOOP("Baton::Core::WorkingTree", "Could not write the git index: %1"));
    git_tree_free(headTree);
    git_index_free(index);
    return result;
}

Result<QStringList> WorkingTree::discard(const QStringList &paths, UntrackedDisposal untracked)
{
    const QString workdir = root();
    // A folder stands for the changed files below it (ignored ones are not changes).
    QStringList files;
    QStringList folders;
    for (const QString &path : paths) {
        const QFileInfo info(workdir + path);
        if (info.isDir() && !info.isSymLink())
            folders.append(path);
        else
            files.append(path);
    }
    if (!folders.isEmpty()) {
        const Result<GitStatusSnapshot> below = query(folders, false);
        if (!below.ok())
            return Error{below.errorMessage()};
        for (const GitChange &change : below->changes) {
            if (change.unstaged)
                files.append(change.path);
        }
    }
    git_index *index = nullptr;
    if (git_repository_index(&index, m_repository.get()) < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::WorkingTree", "Could not read the git index: %1"));
    git_index_read(index, 0);
    QStringList tracked;
    QStringList untrackedFiles;
    for (const QString &path : std::as_const(files)) {
        if (git_index_get_bypath(index, path.toUtf8().constData(), 0))
            tracked.append(path);
        else
            untrackedFiles.append(path);
    }
    Status result = success();
    if (!tracked.isEmpty()) {
        PathArray array(tracked);
        git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
        options.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH;
        options.paths = array.array();
        if (git_checkout_index(m_repository.get(), index, &options) < 0)
            result = gitError(QT_TRANSLATE_NOOP("Baton::Core::WorkingTree",
                                                "Could not discard the changes: %1"));
    }
    git_index_free(index);
    if (!result.ok())
        return Error{result.errorMessage()};
    QStringList failed;
    QStringList notTrashed;
    for (const QString &path : std::as_const(untrackedFiles)) {
        const QString absolute = workdir + path;
        const QFileInfo info(absolute);
        if (!info.exists() && !info.isSymLink())
            continue;
        if (untracked == UntrackedDisposal::MoveToTrash) {
            if (!QFile::moveToTrash(absolute))
                notTrashed.append(path);
        } else if (!QFile::remove(absolute)) {
            failed.append(path);
        }
    }
    if (!failed.isEmpty())
        return Error{tr("Could not delete %1.").arg(failed.join(QStringLiteral(", ")))};
    return notTrashed;
}

Result<QString> WorkingTree::commit(const QString &message, CommitScope scope)
{
    git_repository *repository = m_repository.get();
    if (message.trimmed().isEmpty())
        return Error{tr("Write a commit message first.")};
    if (git_repository_state(repository) != GIT_REPOSITORY_STATE_NONE)
        return Error{tr("A merge, rebase or other git operation is in progress. Finish or abort "
                        "it with git before committing here.")};
    git_signature *signature = nullptr;
    const int signatureRc = git_signature_default(&signature, repository);
    if (signatureRc == GIT_ENOTFOUND)
        return Error{tr("Git does not know who you are, so it cannot record the commit. Set "
                        "your name and e-mail address, for example in a terminal:\n"
                        "git config --global user.name \"Your Name\"\n"
                        "git config --global user.email you@example.com")};
    if (signatureRc < 0)
        return gitError(QT_TRANSLATE_NOOP("Baton::Core::WorkingTree",
                                          "Could not read your git identity: %1"));
    git_index *index = nullptr;
    git_tree *tree = nullptr;
    git_commit *parent = nullptr;
    git_buf text = GIT_BUF_INIT;
    Result<QString> result = QString();
    git_oid treeId;
    git_oid commitId;
    [&] {
        if (git_repository_index(&index, repository) < 0) {
            result = gitError(
                QT_TRANSLATE_NOOP("Baton::Core::WorkingTree", "Could not read the git index: %1"));
            return;
        }
        git_index_read(index, 0);
        if (git_index_has_conflicts(index)) {
            result = Error{tr("Some files have conflicts. Resolve them and stage the files before "
                              "committing.")};
            return;
        }
        // `git add -u`: changed and deleted tracked files; untracked ones stay out.
        if (scope == CommitScope::AllTracked
            && (git_index_update_all(index, nullptr, nullptr, nullptr) < 0
                || git_index_write(index) < 0)) {
            result = gitError(QT_TRANSLATE_NOOP("Baton::Core::WorkingTree",
                                                "Could not stage the changes: %1"));
            return;
        }
        if (git_index_write_tree(&treeId, index) < 0
            || git_tree_lookup(&tree, repository, &treeId) < 0) {
            result = gitError(QT_TRANSLATE_NOOP("Baton::Core::WorkingTree",
                                                "Could not write the staged files: %1"));
            return;
        }
        git_reference *head = nullptr;
        const int headRc = git_repository_head(&head, repository);
        if (headRc == 0) {
            git_object *object = nullptr;
            const int peelRc = git_reference_peel(&object, head, GIT_OBJECT_COMMIT);
            git_reference_free(head);
            if (peelRc < 0) {
                result = gitError(
                    QT_TRANSLATE_NOOP("Baton::Core::WorkingTree", "Could not read HEAD: %1"));
                return;
            }
            parent = reinterpret_cast<git_commit *>(object);
        } else if (headRc != GIT_EUNBORNBRANCH && headRc != GIT_ENOTFOUND) {
            result = gitError(
                QT_TRANSLATE_NOOP("Baton::Core::WorkingTree", "Could not read HEAD: %1"));
            return;
        }
        const bool nothingStaged = parent ? git_oid_equal(git_commit_tree_id(parent), &treeId)
                                          : git_index_entrycount(index) == 0;
        if (nothingStaged) {
            result = Error{scope == CommitScope::Staged
                               ? tr("Nothing is staged to commit.")
                               : tr("No tracked file has changes to commit. New files are "
                                    "committed only once you stage them.")};
            return;
        }
        const QByteArray bytes = message.toUtf8();
        if (git_message_prettify(&text, bytes.constData(), 0, '#') < 0) {
            result = gitError(QT_TRANSLATE_NOOP("Baton::Core::WorkingTree",
                                                "Could not use the commit message: %1"));
            return;
        }
        const git_commit *parents[] = {parent};
        if (git_commit_create(&commitId, repository, "HEAD", signature, signature, nullptr,
                              text.ptr, tree, parent ? 1 : 0, parents)
            < 0) {
            result = gitError(
                QT_TRANSLATE_NOOP("Baton::Core::WorkingTree", "Could not commit: %1"));
            return;
        }
        char shortId[8] = {};
        git_oid_tostr(shortId, sizeof shortId, &commitId);
        result = QString::fromLatin1(shortId);
    }();
    git_buf_dispose(&text);
    git_commit_free(parent);
    git_tree_free(tree);
    git_index_free(index);
    git_signature_free(signature);
    return result;
}

Result<QList<GitBranch>> WorkingTree::branches() const
{
    git_repository *repository = m_repository.get();
    git_branch_iterator *iterator = nullptr;
    if (git_branch_iterator_new(&iterator, repository, GIT_BRANCH_LOCAL) < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::WorkingTree", "Could not list the branches: %1"));
    QList<GitBranch> branches;
    git_reference *reference = nullptr;
    git_branch_t type;
    while (git_branch_next(&reference, &type, iterator) == 0) {
        GitBranch branch;
        const char *name = nullptr;
        if (git_branch_name(&name, reference) == 0)
            branch.name = QString::fromUtf8(name);
        branch.current = git_branch_is_head(reference) == 1;
        git_reference *upstream = nullptr;
        if (git_branch_upstream(&upstream, reference) == 0) {
            const char *upstreamName = nullptr;
            if (git_branch_name(&upstreamName, upstream) == 0)
                branch.upstream = QString::fromUtf8(upstreamName);
            const git_oid *local = git_reference_target(reference);
            const git_oid *remote = git_reference_target(upstream);
            size_t ahead = 0;
            size_t behind = 0;
            if (local && remote
                && git_graph_ahead_behind(&ahead, &behind, repository, local, remote) == 0) {
                branch.ahead = int(ahead);
                branch.behind = int(behind);
            }
            git_reference_free(upstream);
        }
        git_reference_free(reference);
        if (!branch.name.isEmpty())
            branches.append(branch);
    }
    git_branch_iterator_free(iterator);
    if (git_repository_head_unborn(repository) == 1) {
        git_reference *symbolic = nullptr;
        if (git_reference_lookup(&symbolic, repository, "HEAD") == 0) {
            QString name = QString::fromUtf8(git_reference_symbolic_target(symbolic));
            git_reference_free(symbolic);
            name.remove(QLatin1String("refs/heads/"));
            branches.append(GitBranch{name, true, {}, 0, 0});
        }
    }
    std::sort(branches.begin(), branches.end(),
              [](const GitBranch &a, const GitBranch &b) { return a.name < b.name; });
    return branches;
}

Result<QList<GitBranch>> WorkingTree::remoteBranches() const
{
    git_branch_iterator *iterator = nullptr;
    if (git_branch_iterator_new(&iterator, m_repository.get(), GIT_BRANCH_REMOTE) < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::WorkingTree", "Could not list the branches: %1"));
    QList<GitBranch> branches;
    git_reference *reference = nullptr;
    git_branch_t type;
    while (git_branch_next(&reference, &type, iterator) == 0) {
        // "origin/HEAD" only points at another remote branch.
        const bool symbolic = git_reference_type(reference) == GIT_REFERENCE_SYMBOLIC;
        const char *name = nullptr;
        if (!symbolic && git_branch_name(&name, reference) == 0)
            branches.append(GitBranch{QString::fromUtf8(name), false, {}, 0, 0});
        git_reference_free(reference);
    }
    git_branch_iterator_free(iterator);
    std::sort(branches.begin(), branches.end(),
              [](const GitBranch &a, const GitBranch &b) { return a.name < b.name; });
    return branches;
}

Result<QString> WorkingTree::checkoutRemoteBranch(const QString &remoteBranch)
{
    git_repository *repository = m_repository.get();
    const QByteArray remoteBytes = remoteBranch.toUtf8();
    git_reference *remote = nullptr;
    const int lookupRc
        = git_branch_lookup(&remote, repository, remoteBytes.constData(), GIT_BRANCH_REMOTE);
    if (lookupRc == GIT_ENOTFOUND || lookupRc == GIT_EINVALIDSPEC)
        return Error{tr("There is no remote branch %1.").arg(remoteBranch)};
    if (lookupRc < 0)
        return gitError(QT_TRANSLATE_NOOP("Baton::Core::WorkingTree",
                                          "Could not switch to %1: %2"),
                        remoteBranch);
    // "origin/feature/x" → remote "origin", local "feature/x".
    git_buf remoteName = GIT_BUF_INIT;
    const int remoteRc = git_branch_remote_name(&remoteName, repository,
                                                git_reference_name(remote));
    QString localName;
    if (remoteRc == 0) {
        const QString prefix = QString::fromUtf8(remoteName.ptr) + u'/';
        if (remoteBranch.startsWith(prefix))
            localName = remoteBranch.mid(prefix.size());
    }
    git_buf_dispose(&remoteName);
    if (localName.isEmpty()) {
        git_reference_free(remote);
        return Error{tr("Could not tell which remote %1 belongs to.").arg(remoteBranch)};
    }
    const QByteArray localBytes = localName.toUtf8();

    // A local branch of that name: switch to it if it tracks this remote branch.
    git_reference *local = nullptr;
    if (git_branch_lookup(&local, repository, localBytes.constData(), GIT_BRANCH_LOCAL) == 0) {
        git_reference *upstream = nullptr;
        const bool tracks = git_branch_upstream(&upstream, local) == 0
                            && std::strcmp(git_reference_name(upstream),
                                           git_reference_name(remote))
                                   == 0;
        git_reference_free(upstream);
        git_reference_free(local);
        git_reference_free(remote);
        if (!tracks)
            return Error{tr("A local branch named %1 already exists and does not track %2. "
                            "Switch to it, or rename it first.")
                             .arg(localName, remoteBranch)};
        const Status switched = checkoutBranch(localName);
        if (!switched.ok())
            return Error{switched.errorMessage()};
        return localName;
    }

    git_object *commit = nullptr;
    git_reference *created = nullptr;
    Result<QString> result = localName;
    if (git_reference_peel(&commit, remote, GIT_OBJECT_COMMIT) < 0
        || git_branch_create(&created, repository, localBytes.constData(),
                             reinterpret_cast<git_commit *>(commit), 0)
               < 0
        || git_branch_set_upstream(created, remoteBytes.constData()) < 0) {
        result = gitError(QT_TRANSLATE_NOOP("Baton::Core::WorkingTree",
                                            "Could not create the branch %1: %2"),
                          localName);
        if (created)
            git_branch_delete(created);
    } else {
        const Status switched = checkoutBranch(localName);
        if (!switched.ok()) {
            // Refused (local changes in the way): leave no branch behind.
            git_branch_delete(created);
            result = Error{switched.errorMessage()};
        }
    }
    git_reference_free(created);
    git_object_free(commit);
    git_reference_free(remote);
    return result;
}

static int collectConflict(git_checkout_notify_t, const char *path, const git_diff_file *,
                           const git_diff_file *, const git_diff_file *, void *payload)
{
    static_cast<QStringList *>(payload)->append(QString::fromUtf8(path));
    return 0;
}

Status WorkingTree::checkoutBranch(const QString &name)
{
    git_repository *repository = m_repository.get();
    git_reference *branch = nullptr;
    const int lookupRc
        = git_branch_lookup(&branch, repository, name.toUtf8().constData(), GIT_BRANCH_LOCAL);
    if (lookupRc == GIT_ENOTFOUND || lookupRc == GIT_EINVALIDSPEC)
        return Error{tr("There is no branch %1.").arg(name)};
    if (lookupRc < 0)
        return gitError(QT_TRANSLATE_NOOP("Baton::Core::WorkingTree",
                                          "Could not switch to %1: %2"),
                        name);
    if (git_branch_is_head(branch) == 1) {
        git_reference_free(branch);
        return success();
    }
    git_object *target = nullptr;
    Status result = success();
    if (git_reference_peel(&target, branch, GIT_OBJECT_COMMIT) < 0) {
        result = gitError(QT_TRANSLATE_NOOP("Baton::Core::WorkingTree",
                                            "Could not switch to %1: %2"),
                          name);
    } else {
        QStringList conflicts;
        git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
        // Safe: files changed locally that the switch would have to touch stop it, before
        // anything is written.
        options.checkout_strategy = GIT_CHECKOUT_SAFE;
        options.notify_flags = GIT_CHECKOUT_NOTIFY_CONFLICT;
        options.notify_cb = collectConflict;
        options.notify_payload = &conflicts;
        const int rc = git_checkout_tree(repository, target, &options);
        if (rc == GIT_ECONFLICT || (rc < 0 && !conflicts.isEmpty())) {
            conflicts.sort();
            result = Error{tr("Did not switch to %1: it would overwrite your local changes to "
                              "these files. Commit or discard them first.\n%2")
                               .arg(name, conflicts.join(u'\n'))};
        } else if (rc < 0) {
            result = gitError(QT_TRANSLATE_NOOP("Baton::Core::WorkingTree",
                                                "Could not switch to %1: %2"),
                              name);
        } else if (git_repository_set_head(repository, git_reference_name(branch)) < 0) {
            result = gitError(QT_TRANSLATE_NOOP("Baton::Core::WorkingTree",
                                                "Could not switch to %1: %2"),
                              name);
        }
        git_object_free(target);
    }
    git_reference_free(branch);
    return result;
}

Status WorkingTree::createBranch(const QString &name, bool checkout)
{
    git_repository *repository = m_repository.get();
    if (!isValidBranchName(name))
        return Error{tr("“%1” is not a valid branch name.").arg(name)};
    const QByteArray bytes = name.toUtf8();
    git_reference *existing = nullptr;
    if (git_branch_lookup(&existing, repository, bytes.constData(), GIT_BRANCH_LOCAL) == 0) {
        git_reference_free(existing);
        return Error{tr("A branch named %1 already exists.").arg(name)};
    }
    if (git_repository_head_unborn(repository) == 1) {
        if (!checkout)
            return Error{tr("Make a first commit before creating another branch.")};
        if (git_repository_set_head(repository, QByteArray("refs/heads/" + bytes).constData()) < 0)
            return gitError(QT_TRANSLATE_NOOP("Baton::Core::WorkingTree",
                                              "Could not create the branch %1: %2"),
                            name);
        return success();
    }
    git_reference *head = nullptr;
    git_object *commit = nullptr;
    git_reference *branch = nullptr;
    Status result = success();
    if (git_repository_head(&head, repository) < 0
        || git_reference_peel(&commit, head, GIT_OBJECT_COMMIT) < 0
        || git_branch_create(&branch, repository, bytes.constData(),
                             reinterpret_cast<git_commit *>(commit), 0)
               < 0
        || (checkout && git_repository_set_head(repository, git_reference_name(branch)) < 0))
        result = gitError(QT_TRANSLATE_NOOP("Baton::Core::WorkingTree",
                                            "Could not create the branch %1: %2"),
                          name);
    git_reference_free(branch);
    git_object_free(commit);
    git_reference_free(head);
    return result;
}

bool WorkingTree::isValidBranchName(const QString &name)
{
    if (name.trimmed() != name || name.isEmpty())
        return false;
    int valid = 0;
    return git_branch_name_is_valid(&valid, name.toUtf8().constData()) == 0 && valid == 1;
}

} // namespace Baton::Core
