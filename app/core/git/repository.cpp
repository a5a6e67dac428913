// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "repository.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>

#include <git2.h>

namespace Baton::Core {

// A translated message ending in libgit2's own reason for the last failure on this thread.
// `format` holds %1 for the subject (when given) and the reason last.
static Error gitError(const char *format, const QString &subject = {})
{
    const git_error *error = git_error_last();
    const QString detail = error && error->message ? QString::fromUtf8(error->message)
                                                   : Repository::tr("unknown libgit2 error");
    const QString text = QCoreApplication::translate("Baton::Core::Repository", format);
    return Error{subject.isEmpty() ? text.arg(detail) : text.arg(subject, detail)};
}

void Repository::Deleter::operator()(git_repository *repository) const
{
    git_repository_free(repository);
}

Repository::Repository(git_repository *repository)
    : m_repository(repository)
{}
Repository::Repository(Repository &&other) noexcept = default;
Repository &Repository::operator=(Repository &&other) noexcept = default;
Repository::~Repository() = default;

Result<Repository> Repository::open(const QString &path)
{
    git_repository *repository = nullptr;
    const QByteArray native = QFile::encodeName(QDir::cleanPath(path));
    const int rc = git_repository_open_ext(&repository, native.constData(), 0, nullptr);
    if (rc == GIT_ENOTFOUND)
        return Error{tr("%1 is not inside a git repository").arg(QDir::toNativeSeparators(path))};
    if (rc < 0)
        return gitError(QT_TRANSLATE_NOOP("Baton::Core::Repository",
                                          "Could not open the git repository at %1: %2"),
                        QDir::toNativeSeparators(path));
    return Repository(repository);
}

Result<Repository> Repository::init(const QString &path)
{
    git_repository *repository = nullptr;
    const QByteArray native = QFile::encodeName(QDir::cleanPath(path));
    if (git_repository_init(&repository, native.constData(), 0) < 0)
        return gitError(QT_TRANSLATE_NOOP("Baton::Core::Repository",
                                          "Could not create a git repository at %1: %2"),
                        QDir::toNativeSeparators(path));
    return Repository(repository);
}

QString Repository::workingDirectory() const
{
    const char *workdir = git_repository_workdir(m_repository.get());
    return workdir ? QFile::decodeName(workdir) : QString();
}

Result<QString> Repository::currentBranch() const
{
    git_reference *head = nullptr;
    const int rc = git_repository_head(&head, m_repository.get());
    if (rc == GIT_EUNBORNBRANCH) {
        // HEAD names a branch that has no commit yet: read the symbolic target itself.
        git_reference *symbolic = nullptr;
        if (git_reference_lookup(&symbolic, m_repository.get(), "HEAD") < 0)
            return gitError(
                QT_TRANSLATE_NOOP("Baton::Core::Repository", "Could not read HEAD: %1"));
        QString name = QString::fromUtf8(git_reference_symbolic_target(symbolic));
        git_reference_free(symbolic);
        name.remove(QLatin1String("refs/heads/"));
        return name;
    }
    if (rc < 0)
        return gitError(QT_TRANSLATE_NOOP("Baton::Core::Repository", "Could not read HEAD: %1"));
    QString name;
    if (git_reference_is_branch(head)) {
        const char *branch = nullptr;
        git_branch_name(&branch, head);
        name = QString::fromUtf8(branch);
    } else {
        char shortId[8] = {};
        git_oid_tostr(shortId, sizeof shortId, git_reference_target(head));
        name = tr("HEAD detached at %1").arg(QString::fromLatin1(shortId));
    }
    git_reference_free(head);
    return name;
}

static GitFileState stateOf(unsigned int flags)
{
    if (flags & GIT_STATUS_CONFLICTED)
        return GitFileState::Conflicted;
    if (flags & GIT_STATUS_IGNORED)
        return GitFileState::Ignored;
    if (flags & GIT_STATUS_WT_NEW)
        return (flags & GIT_STATUS_INDEX_NEW) ? GitFileState::Added : GitFileState::Untracked;
    if (flags & GIT_STATUS_INDEX_NEW)
        return GitFileState::Added;
    if (flags & (GIT_STATUS_INDEX_DELETED | GIT_STATUS_WT_DELETED))
        return GitFileState::Deleted;
    if (flags & (GIT_STATUS_INDEX_RENAMED | GIT_STATUS_WT_RENAMED))
        return GitFileState::Renamed;
    return GitFileState::Modified;
}

Result<QList<GitFileStatus>> Repository::status(bool includeIgnored) const
{
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS
                    | GIT_STATUS_OPT_RENAMES_HEAD_TO_INDEX;
    if (includeIgnored)
        options.flags |= GIT_STATUS_OPT_INCLUDE_IGNORED;
    git_status_list *list = nullptr;
    if (git_status_list_new(&list, m_repository.get(), &options) < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::Repository", "Could not read the git status: %1"));
    QList<GitFileStatus> result;
    const size_t count = git_status_list_entrycount(list);
    result.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry *entry = git_status_byindex(list, i);
        const git_diff_delta *delta
            = entry->head_to_index ? entry->head_to_index : entry->index_to_workdir;
        if (!delta)
            continue;
        const char *path = delta->new_file.path ? delta->new_file.path : delta->old_file.path;
        const unsigned int indexFlags = GIT_STATUS_INDEX_NEW | GIT_STATUS_INDEX_MODIFIED
                                        | GIT_STATUS_INDEX_DELETED | GIT_STATUS_INDEX_RENAMED
                                        | GIT_STATUS_INDEX_TYPECHANGE;
        result.append(
            {QString::fromUtf8(path), stateOf(entry->status), (entry->status & indexFlags) != 0});
    }
    git_status_list_free(list);
    return result;
}

} // namespace Baton::Core
