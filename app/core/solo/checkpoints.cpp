// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "checkpoints.h"

#include "core/solo/checkpointcache.h"
#include "core/solo/workspaceguard.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSaveFile>
#include <QtCore/QTimeZone>

#include <git2.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <map>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace Baton::Core {

static Q_LOGGING_CATEGORY(lcSolo, "baton.solo", QtInfoMsg)

static constexpr char context[] = "Baton::Core::Checkpoints";
static constexpr char refPrefix[] = "refs/baton/solo/";
// A file whose mtime or ctime is this close to the start of a snapshot is read again next
// time: a change in the same clock tick would leave its stat unchanged.
static constexpr qint64 racyWindowNs = 50'000'000;

// A translated message ending in libgit2's own reason for the last failure on this thread.
// `format` holds %1 for the subject (when given) and the reason last.
static Error gitError(const char *format, const QString &subject = {})
{
    const git_error *error = git_error_last();
    const QString detail = error && error->message ? QString::fromUtf8(error->message)
                                                   : Checkpoints::tr("unknown libgit2 error");
    const QString text = QCoreApplication::translate(context, format);
    return Error{subject.isEmpty() ? text.arg(detail) : text.arg(subject, detail)};
}

template<typename T, void (*release)(T *)>
struct GitDeleter
{
    void operator()(T *object) const { release(object); }
};
template<typename T, void (*release)(T *)>
using GitPtr = std::unique_ptr<T, GitDeleter<T, release>>;
using RepositoryPtr = GitPtr<git_repository, git_repository_free>;
using IndexPtr = GitPtr<git_index, git_index_free>;
using CommitPtr = GitPtr<git_commit, git_commit_free>;
using TreePtr = GitPtr<git_tree, git_tree_free>;
using TreeEntryPtr = GitPtr<git_tree_entry, git_tree_entry_free>;
using ReferencePtr = GitPtr<git_reference, git_reference_free>;
using SignaturePtr = GitPtr<git_signature, git_signature_free>;
using BlobPtr = GitPtr<git_blob, git_blob_free>;
using DiffPtr = GitPtr<git_diff, git_diff_free>;
using RefIteratorPtr = GitPtr<git_reference_iterator, git_reference_iterator_free>;

static qint64 nowNs()
{
    timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    return nanoseconds(now);
}

static uint32_t gitModeOf(const struct stat &info)
{
    if (S_ISLNK(info.st_mode))
        return GIT_FILEMODE_LINK;
    return (info.st_mode & S_IXUSR) ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB;
}

static QByteArray readLinkBytes(const QByteArray &path)
{
    QByteArray buffer(4096, '\0');
    const ssize_t length = ::readlink(path.constData(), buffer.data(), size_t(buffer.size()));
    if (length < 0)
        return {};
    buffer.truncate(length);
    return buffer;
}

// Identifies a version of a file by its stat ("-" when it does not exist).
static QByteArray stampOf(const QByteArray &path)
{
    struct stat info;
    if (::lstat(path.constData(), &info) != 0)
        return QByteArrayLiteral("-");
    return QByteArray::number(qulonglong(info.st_ino)) + ':'
           + QByteArray::number(qlonglong(info.st_size)) + ':'
           + QByteArray::number(nanoseconds(info.st_mtim)) + ':'
           + QByteArray::number(nanoseconds(info.st_ctim));
}

static QString display(const QByteArray &relative)
{
    return QFile::decodeName(relative);
}

struct Checkpoints::State
{
    RepositoryPtr repository;
    QString workspace;    // canonical
    QByteArray root;      // the workspace, encoded
    QByteArray prefix;    // the workspace relative to the repository's work tree: "" or "a/b/"
    bool shadow = false;
    IndexPtr snapshotIndex; // private, in memory: the tree of the last snapshot
    QHash<QByteArray, FileEntry> files; // what the last snapshot holds, by relative path
    // The ignore rules the last snapshot saw: each walked folder's .gitignore stamp ("" for the
    // top, whose stamp includes .git/info/exclude) and each decision taken under them.
    QHash<QByteArray, QByteArray> ignoreStamps;
    QHash<QByteArray, bool> ignoreDecisions;

    QByteArray absolute(const QByteArray &relative) const
    {
        return relative.isEmpty() ? root : root + '/' + relative;
    }
};

// One pass over the workspace.
class Walker
{
public:
    Walker(Checkpoints::State &state, git_index *userIndex)
        : m_state(state)
        , m_userIndex(userIndex)
        , m_racyFromNs(nowNs() - racyWindowNs)
        , m_excludeStamp(stampOf(QByteArray(git_repository_path(state.repository.get()))
                                 + "info/exclude"))
    {}

    QHash<QByteArray, FileEntry> found;
    QHash<QByteArray, QByteArray> ignoreStamps;
    QHash<QByteArray, bool> ignoreDecisions;
    QStringList unreadable;
    int filesRead = 0;
    qint64 storeNs = 0; // reading and storing changed files
    std::optional<Error> error;

    // Walks the workspace. `rulesUnchanged`: whether every .gitignore above `folder` (and the
    // repository's exclude files) is as the previous snapshot saw it, so that its ignore
    // decisions still hold and libgit2, which re-reads the rules of every parent folder per
    // question, need not be asked again.
    void walk(const QByteArray &folder, bool rulesUnchanged)
    {
        const QByteArray path = m_state.absolute(folder);
        DIR *dir = ::opendir(path.constData());
        if (!dir) {
            if (folder.isEmpty()) {
                error = Error{Checkpoints::tr("Could not read the workspace folder %1: %2")
                                  .arg(m_state.workspace, QString::fromLocal8Bit(strerror(errno)))};
                return;
            }
            unreadable.append(display(folder) + u'/');
            keepPrevious(folder + '/');
            return;
        }
        QList<QByteArray> names;
        while (const dirent *entry = ::readdir(dir)) {
            const QByteArray name(entry->d_name);
            if (name == "." || name == ".." || name == ".git")
                continue;
            if (folder.isEmpty() && name == ".baton")
                continue;
            names.append(name);
        }
        ::closedir(dir);
        QByteArray stamp = stampOf(path + "/.gitignore");
        if (folder.isEmpty())
            stamp += '|' + m_excludeStamp;
        ignoreStamps.insert(folder, stamp);
        const auto previousStamp = m_state.ignoreStamps.constFind(folder);
        rulesUnchanged = rulesUnchanged && previousStamp != m_state.ignoreStamps.cend()
                         && *previousStamp == stamp;
        for (const QByteArray &name : std::as_const(names)) {
            if (error)
                return;
            const QByteArray relative = folder.isEmpty() ? name : folder + '/' + name;
            const QByteArray absolute = path + '/' + name;
            struct stat info;
            if (::lstat(absolute.constData(), &info) != 0)
                continue; // gone meanwhile
            if (S_ISDIR(info.st_mode)) {
                struct stat gitInfo;
                if (::lstat(QByteArray(absolute + "/.git").constData(), &gitInfo) == 0)
                    continue; // a nested repository or submodule: its own history
                const QByteArray inRepository = m_state.prefix + relative + '/';
                if (!hasTracked(inRepository) && isIgnored(inRepository, rulesUnchanged))
                    continue;
                walk(relative, rulesUnchanged);
            } else if (S_ISREG(info.st_mode) || S_ISLNK(info.st_mode)) {
                const QByteArray inRepository = m_state.prefix + relative;
                if (!isTracked(inRepository) && isIgnored(inRepository, rulesUnchanged))
                    continue;
                record(relative, absolute, info);
            }
        }
    }

private:
    bool isTracked(const QByteArray &path) const
    {
        return m_userIndex && git_index_get_bypath(m_userIndex, path.constData(), 0);
    }
    bool hasTracked(const QByteArray &folder) const
    {
        size_t position = 0;
        return m_userIndex
               && git_index_find_prefix(&position, m_userIndex, folder.constData()) == 0;
    }
    bool isIgnored(const QByteArray &path, bool rulesUnchanged)
    {
        if (rulesUnchanged) {
            const auto known = m_state.ignoreDecisions.constFind(path);
            if (known != m_state.ignoreDecisions.cend()) {
                ignoreDecisions.insert(path, *known);
                return *known;
            }
        }
        int ignored = 0;
        if (git_ignore_path_is_ignored(&ignored, m_state.repository.get(), path.constData()) < 0)
            return false; // when in doubt, keep the file (and ask again next time)
        ignoreDecisions.insert(path, ignored != 0);
        return ignored;
    }

    void keepPrevious(const QByteArray &relative)
    {
        for (auto it = m_state.files.cbegin(); it != m_state.files.cend(); ++it) {
            if (it.key() == relative || (relative.endsWith('/') && it.key().startsWith(relative))) {
                FileEntry entry = it.value();
                entry.reusable = false;
                found.insert(it.key(), entry);
            }
        }
    }

    void record(const QByteArray &relative, const QByteArray &absolute, const struct stat &info)
    {
        const auto previous = m_state.files.constFind(relative);
        if (previous != m_state.files.cend() && previous->sameStat(info)) {
            found.insert(relative, *previous);
            return;
        }
        QElapsedTimer timer;
        timer.start();
        QByteArray content;
        bool readable = true;
        if (S_ISLNK(info.st_mode)) {
            content = readLinkBytes(absolute);
            readable = !content.isEmpty();
        } else if (info.st_size > Checkpoints::maxFileBytes) {
            readable = false;
        } else {
            QFile file(QFile::decodeName(absolute));
            readable = file.open(QIODevice::ReadOnly);
            if (readable)
                content = file.readAll();
            readable = readable && file.error() == QFileDevice::NoError;
        }
        if (!readable) {
            unreadable.append(display(relative));
            keepPrevious(relative);
            return;
        }
        FileEntry entry;
        if (git_blob_create_from_buffer(&entry.oid, m_state.repository.get(), content.constData(),
                                        size_t(content.size()))
            < 0) {
            error = gitError(QT_TRANSLATE_NOOP("Baton::Core::Checkpoints",
                                               "Could not store %1 in the checkpoint: %2"),
                             display(relative));
            return;
        }
        ++filesRead;
        storeNs += timer.nsecsElapsed();
        entry.device = info.st_dev;
        entry.inode = info.st_ino;
        entry.mode = info.st_mode;
        entry.size = info.st_size;
        entry.mtimeNs = nanoseconds(info.st_mtim);
        entry.ctimeNs = nanoseconds(info.st_ctim);
        entry.gitMode = gitModeOf(info);
        entry.reusable = entry.mtimeNs < m_racyFromNs && entry.ctimeNs < m_racyFromNs;
        found.insert(relative, entry);
    }

    Checkpoints::State &m_state;
    git_index *m_userIndex;
    qint64 m_racyFromNs;
    QByteArray m_excludeStamp;
};

Checkpoints::Checkpoints(std::unique_ptr<State> state)
    : d(std::move(state))
{}
Checkpoints::Checkpoints(Checkpoints &&other) noexcept = default;
Checkpoints &Checkpoints::operator=(Checkpoints &&other) noexcept = default;
Checkpoints::~Checkpoints() = default;

QString Checkpoints::workspace() const
{
    return d->workspace;
}

bool Checkpoints::isShadow() const
{
    return d->shadow;
}

static Result<RepositoryPtr> openShadow(const QString &workspace)
{
    const QString path = workspace + u"/.baton/shadow.git";
    const QByteArray native = QFile::encodeName(path);
    git_repository *repository = nullptr;
    if (QFileInfo::exists(path + u"/HEAD")) {
        if (git_repository_open_bare(&repository, native.constData()) < 0)
            return gitError(QT_TRANSLATE_NOOP("Baton::Core::Checkpoints",
                                              "Could not open the checkpoint repository %1: %2"),
                            path);
    } else {
        git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
        options.flags = GIT_REPOSITORY_INIT_BARE | GIT_REPOSITORY_INIT_MKPATH;
        if (git_repository_init_ext(&repository, native.constData(), &options) < 0)
            return gitError(QT_TRANSLATE_NOOP("Baton::Core::Checkpoints",
                                              "Could not create the checkpoint repository %1: %2"),
                            path);
        // Should the workspace become a git repository later, .baton stays out of it.
        QSaveFile ignore(workspace + u"/.baton/.gitignore");
        if (!QFileInfo::exists(ignore.fileName()) && ignore.open(QIODevice::WriteOnly)) {
            ignore.write("*\n");
            (void)ignore.commit();
        }
    }
    RepositoryPtr owned(repository);
    if (git_repository_set_workdir(repository, QFile::encodeName(workspace).constData(), 0) < 0)
        return gitError(QT_TRANSLATE_NOOP("Baton::Core::Checkpoints",
                                          "Could not open the checkpoint repository %1: %2"),
                        path);
    return owned;
}

Result<Checkpoints> Checkpoints::open(const QString &workspacePath)
{
    const QString workspace = QFileInfo(workspacePath).canonicalFilePath();
    if (workspace.isEmpty() || !QFileInfo(workspace).isDir())
        return Error{tr("The workspace folder %1 does not exist.")
                         .arg(QDir::toNativeSeparators(workspacePath))};
    auto state = std::make_unique<State>();
    state->workspace = workspace;
    state->root = QFile::encodeName(workspace);

    git_repository *found = nullptr;
    const int rc = git_repository_open_ext(&found, state->root.constData(), 0, nullptr);
    if (rc == GIT_ENOTFOUND) {
        auto shadow = openShadow(workspace);
        if (!shadow)
            return Error{shadow.errorMessage()};
        state->repository = std::move(shadow).value();
        state->shadow = true;
    } else if (rc < 0) {
        return gitError(QT_TRANSLATE_NOOP("Baton::Core::Checkpoints",
                                          "Could not open the git repository at %1: %2"),
                        QDir::toNativeSeparators(workspace));
    } else {
        state->repository.reset(found);
        const char *workdir = git_repository_workdir(found);
        if (!workdir)
            return Error{tr("%1 is inside a git repository's own folder, not a working tree.")
                             .arg(QDir::toNativeSeparators(workspace))};
        const QString top = QFileInfo(QFile::decodeName(workdir)).canonicalFilePath();
        if (workspace != top) {
            if (!workspace.startsWith(top + u'/'))
                return Error{tr("Could not place %1 in its git repository's working tree %2.")
                                 .arg(QDir::toNativeSeparators(workspace),
                                      QDir::toNativeSeparators(top))};
            state->prefix = QFile::encodeName(workspace.mid(top.size() + 1)) + '/';
        }
    }
    git_index *index = nullptr;
    if (git_index_new(&index) < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::Checkpoints", "Could not prepare a checkpoint: %1"));
    state->snapshotIndex.reset(index);
    CheckpointCache::load(state->repository.get(), state->root, state->snapshotIndex.get(),
                          state->files, state->ignoreStamps, state->ignoreDecisions);
    return Checkpoints(std::move(state));
}

QString Checkpoints::newRunId()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss") + u'-'
           + QString::number(QRandomGenerator::global()->bounded(0x10000), 16)
                 .rightJustified(4, u'0');
}

bool Checkpoints::isValidRunId(const QString &run)
{
    if (run.isEmpty() || run.size() > 64 || run.startsWith(u'.') || run.startsWith(u'-')
        || run.contains(u"..") || run.endsWith(u".lock"))
        return false;
    return std::all_of(run.cbegin(), run.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
               || c == u'.' || c == u'_' || c == u'-';
    });
}

static QByteArray refName(const QString &run, int step)
{
    return refPrefix + run.toUtf8() + '/' + QByteArray::number(step);
}

// The run's steps as (step → commit id), read from its refs.
static Result<std::map<int, git_oid>> stepRefs(git_repository *repository, const QString &run)
{
    std::map<int, git_oid> steps;
    git_reference_iterator *iterator = nullptr;
    const QByteArray glob = refPrefix + run.toUtf8() + "/*";
    if (git_reference_iterator_glob_new(&iterator, repository, glob.constData()) < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::Checkpoints", "Could not list the checkpoints: %1"));
    RefIteratorPtr owned(iterator);
    const char *name = nullptr;
    const QByteArray runPrefix = refPrefix + run.toUtf8() + '/';
    while (git_reference_next_name(&name, iterator) == 0) {
        const QByteArray full(name);
        bool number = false;
        const int step = full.mid(runPrefix.size()).toInt(&number);
        if (!full.startsWith(runPrefix) || !number || step <= 0)
            continue;
        git_oid oid;
        if (git_reference_name_to_id(&oid, repository, name) == 0)
            steps[step] = oid;
    }
    return steps;
}

static Checkpoint describe(git_repository *repository, const QString &run, int step,
                           const git_oid &oid)
{
    Checkpoint checkpoint;
    checkpoint.run = run;
    checkpoint.step = step;
    checkpoint.commitId = QString::fromLatin1(git_oid_tostr_s(&oid));
    git_commit *commit = nullptr;
    if (git_commit_lookup(&commit, repository, &oid) == 0) {
        CommitPtr owned(commit);
        checkpoint.time = QDateTime::fromSecsSinceEpoch(qint64(git_commit_time(commit)),
                                                        QTimeZone::UTC);
        const char *summary = git_commit_summary(commit);
        checkpoint.label = summary ? QString::fromUtf8(summary) : QString();
    }
    return checkpoint;
}

Result<SnapshotResult> Checkpoints::snapshot(const QString &run, const QString &label)
{
    if (!isValidRunId(run))
        return Error{tr("\"%1\" is not a valid run id.").arg(run)};
    git_repository *repository = d->repository.get();
    QElapsedTimer timer;
    timer.start();

    IndexPtr userIndex;
    if (!d->shadow) {
        git_index *index = nullptr;
        if (git_repository_index(&index, repository) < 0)
            return gitError(
                QT_TRANSLATE_NOOP("Baton::Core::Checkpoints", "Could not read the git index: %1"));
        userIndex.reset(index);
        git_index_read(index, 0); // only reads: the index file is never written
    }
    Walker walker(*d, userIndex.get());
    walker.walk({}, true);
    if (walker.error)
        return *walker.error;
    const qint64 walkedNs = timer.nsecsElapsed();

    // Bring the private index to what was found: removals first, so that a file replaced by
    // a folder (or the reverse) never collides.
    git_index *index = d->snapshotIndex.get();
    for (auto it = d->files.cbegin(); it != d->files.cend(); ++it) {
        if (!walker.found.contains(it.key()))
            git_index_remove(index, it.key().constData(), 0);
    }
    QStringList unreadable = walker.unreadable;
    for (auto it = walker.found.begin(); it != walker.found.end();) {
        const auto previous = d->files.constFind(it.key());
        if (previous != d->files.cend() && git_oid_equal(&previous->oid, &it->oid)
            && previous->gitMode == it->gitMode) {
            ++it;
            continue;
        }
        git_index_entry entry{};
        entry.mode = it->gitMode;
        entry.id = it->oid;
        entry.path = it.key().constData();
        if (git_index_add(index, &entry) < 0) {
            // A name git cannot hold; the rollback will leave it alone.
            unreadable.append(display(it.key()));
            git_index_remove(index, it.key().constData(), 0);
            it = walker.found.erase(it);
            continue;
        }
        ++it;
    }
    d->files = std::move(walker.found);
    d->ignoreStamps = std::move(walker.ignoreStamps);
    d->ignoreDecisions = std::move(walker.ignoreDecisions);

    git_oid treeId;
    if (git_index_write_tree_to(&treeId, index, repository) < 0) {
        d->files.clear(); // start again from a fresh index next time
        git_index_clear(index);
        return gitError(QT_TRANSLATE_NOOP("Baton::Core::Checkpoints",
                                          "Could not write the checkpoint's tree: %1"));
    }
    git_tree *tree = nullptr;
    if (git_tree_lookup(&tree, repository, &treeId) < 0)
        return gitError(QT_TRANSLATE_NOOP("Baton::Core::Checkpoints",
                                          "Could not write the checkpoint's tree: %1"));
    TreePtr ownedTree(tree);
    const qint64 treeNs = timer.nsecsElapsed();

    auto steps = stepRefs(repository, run);
    if (!steps)
        return Error{steps.errorMessage()};
    const int step = steps->empty() ? 1 : steps->rbegin()->first + 1;
    CommitPtr parent;
    if (!steps->empty()) {
        git_commit *commit = nullptr;
        if (git_commit_lookup(&commit, repository, &steps->rbegin()->second) == 0)
            parent.reset(commit);
    }
    git_signature *signature = nullptr;
    if (git_signature_now(&signature, "Baton Solo", "solo@baton.invalid") < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::Checkpoints", "Could not write the checkpoint: %1"));
    SignaturePtr ownedSignature(signature);
    QString summary = label.section(u'\n', 0, 0).trimmed();
    if (summary.isEmpty())
        summary = QStringLiteral("step %1").arg(step);
    const QByteArray message = summary.toUtf8() + "\n\nBaton-Run: " + run.toUtf8()
                               + "\nBaton-Step: " + QByteArray::number(step) + '\n';
    const git_commit *parents[] = {parent.get()};
    git_oid commitId;
    if (git_commit_create(&commitId, repository, nullptr, signature, signature, "UTF-8",
                          message.constData(), tree, parent ? 1 : 0, parents)
        < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::Checkpoints", "Could not write the checkpoint: %1"));
    git_reference *reference = nullptr;
    const QByteArray name = refName(run, step);
    if (git_reference_create(&reference, repository, name.constData(), &commitId, 0,
                             "baton solo: checkpoint")
        < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::Checkpoints", "Could not write the checkpoint: %1"));
    git_reference_free(reference);
    CheckpointCache::save(repository, d->root, commitId, d->files, d->ignoreStamps,
                          d->ignoreDecisions);

    qCDebug(lcSolo,
            "snapshot %s/%d: %lld files, %d read (%.1f ms); walk %.1f ms, tree %.1f ms, "
            "total %.1f ms",
            qPrintable(run), step, qlonglong(d->files.size()), walker.filesRead,
            double(walker.storeNs) / 1e6, double(walkedNs) / 1e6, double(treeNs - walkedNs) / 1e6,
            double(timer.nsecsElapsed()) / 1e6);
    SnapshotResult result;
    result.checkpoint = describe(repository, run, step, commitId);
    result.files = int(d->files.size());
    result.filesRead = walker.filesRead;
    result.unreadable = unreadable;
    return result;
}

Result<CheckpointRun> Checkpoints::run(const QString &run) const
{
    if (!isValidRunId(run))
        return Error{tr("\"%1\" is not a valid run id.").arg(run)};
    auto steps = stepRefs(d->repository.get(), run);
    if (!steps)
        return Error{steps.errorMessage()};
    if (steps->empty())
        return Error{tr("There is no Solo run \"%1\" in %2.")
                         .arg(run, QDir::toNativeSeparators(d->workspace))};
    CheckpointRun result;
    result.run = run;
    for (const auto &[step, oid] : steps.value())
        result.steps.append(describe(d->repository.get(), run, step, oid));
    return result;
}

Result<QList<CheckpointRun>> Checkpoints::runs() const
{
    git_reference_iterator *iterator = nullptr;
    const QByteArray glob = QByteArray(refPrefix) + '*';
    if (git_reference_iterator_glob_new(&iterator, d->repository.get(), glob.constData()) < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::Checkpoints", "Could not list the checkpoints: %1"));
    RefIteratorPtr owned(iterator);
    QStringList names;
    const char *name = nullptr;
    while (git_reference_next_name(&name, iterator) == 0) {
        const QString run = QString::fromUtf8(name + strlen(refPrefix)).section(u'/', 0, 0);
        if (isValidRunId(run) && !names.contains(run))
            names.append(run);
    }
    QList<CheckpointRun> result;
    for (const QString &id : std::as_const(names)) {
        auto one = run(id);
        if (!one)
            return Error{one.errorMessage()};
        result.append(std::move(one).value());
    }
    std::sort(result.begin(), result.end(), [](const CheckpointRun &a, const CheckpointRun &b) {
        const QDateTime first = a.steps.first().time;
        const QDateTime second = b.steps.first().time;
        return first != second ? first < second : a.run < b.run;
    });
    return result;
}

Status Checkpoints::removeRun(const QString &run)
{
    if (!isValidRunId(run))
        return Error{tr("\"%1\" is not a valid run id.").arg(run)};
    auto steps = stepRefs(d->repository.get(), run);
    if (!steps)
        return Error{steps.errorMessage()};
    for (const auto &[step, oid] : steps.value()) {
        if (git_reference_remove(d->repository.get(), refName(run, step).constData()) < 0)
            return gitError(QT_TRANSLATE_NOOP("Baton::Core::Checkpoints",
                                              "Could not remove the run's checkpoints: %1"));
    }
    return success();
}

// --- Rollback ------------------------------------------------------------------------------

namespace {

// A path's content in a tree or on disk: absent, or a mode and a blob id. `other` for what a
// tree cannot hold (a folder, a device), never equal to anything.
struct Version
{
    bool exists = false;
    bool other = false;
    uint32_t mode = 0;
    git_oid oid{};

    bool operator==(const Version &o) const
    {
        if (other || o.other || exists != o.exists)
            return false;
        return !exists || (mode == o.mode && git_oid_equal(&oid, &o.oid));
    }
};

struct PlannedPath
{
    QByteArray path;
    Version target; // at the step rolled back to
    Version last;   // in the run's last snapshot
    bool conflict = false;
};

struct Plan
{
    int step = 0;
    int lastStep = 0;
    git_oid targetCommit{};
    std::vector<PlannedPath> paths; // changed by the run since `step`, sorted
};

} // namespace

static Version versionOnDisk(const QByteArray &absolute)
{
    Version version;
    struct stat info;
    if (::lstat(absolute.constData(), &info) != 0)
        return version;
    version.exists = true;
    if (S_ISLNK(info.st_mode)) {
        version.mode = GIT_FILEMODE_LINK;
        const QByteArray target = readLinkBytes(absolute);
        git_odb_hash(&version.oid, target.constData(), size_t(target.size()), GIT_OBJECT_BLOB);
    } else if (S_ISREG(info.st_mode)) {
        version.mode = gitModeOf(info);
        if (git_odb_hashfile(&version.oid, absolute.constData(), GIT_OBJECT_BLOB) < 0)
            version.other = true;
    } else {
        version.other = true;
    }
    return version;
}

static Version versionOf(const git_diff_file &file)
{
    Version version;
    version.exists = (file.flags & GIT_DIFF_FLAG_EXISTS) != 0;
    if (version.exists) {
        version.mode = file.mode;
        version.oid = file.id;
    }
    return version;
}

static Result<TreePtr> treeOf(git_repository *repository, const git_oid &commitId)
{
    git_commit *commit = nullptr;
    if (git_commit_lookup(&commit, repository, &commitId) < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::Checkpoints", "Could not read a checkpoint: %1"));
    CommitPtr owned(commit);
    git_tree *tree = nullptr;
    if (git_commit_tree(&tree, commit) < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::Checkpoints", "Could not read a checkpoint: %1"));
    return TreePtr(tree);
}

static Result<Plan> makePlan(const Checkpoints &self, git_repository *repository,
                             const QByteArray &root, const QString &run, int step)
{
    auto info = self.run(run);
    if (!info)
        return Error{info.errorMessage()};
    const Checkpoint &last = info->steps.last();
    const auto target = std::find_if(info->steps.cbegin(), info->steps.cend(),
                                     [step](const Checkpoint &c) { return c.step == step; });
    if (target == info->steps.cend())
        return Error{Checkpoints::tr("The Solo run \"%1\" has no step %2 (its steps are 1 to %3).")
                         .arg(run)
                         .arg(step)
                         .arg(last.step)};
    Plan plan;
    plan.step = step;
    plan.lastStep = last.step;
    git_oid lastCommit;
    if (git_oid_fromstr(&plan.targetCommit, target->commitId.toLatin1().constData()) < 0
        || git_oid_fromstr(&lastCommit, last.commitId.toLatin1().constData()) < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::Checkpoints", "Could not read a checkpoint: %1"));
    auto targetTree = treeOf(repository, plan.targetCommit);
    if (!targetTree)
        return Error{targetTree.errorMessage()};
    auto lastTree = treeOf(repository, lastCommit);
    if (!lastTree)
        return Error{lastTree.errorMessage()};

    git_diff *diff = nullptr;
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.flags = GIT_DIFF_INCLUDE_TYPECHANGE;
    if (git_diff_tree_to_tree(&diff, repository, targetTree->get(), lastTree->get(), &options)
        < 0)
        return gitError(QT_TRANSLATE_NOOP("Baton::Core::Checkpoints",
                                          "Could not compare the checkpoints: %1"));
    DiffPtr owned(diff);
    std::map<QByteArray, PlannedPath> byPath;
    const size_t count = git_diff_num_deltas(diff);
    for (size_t i = 0; i < count; ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff, i);
        const QByteArray path(delta->old_file.path ? delta->old_file.path
                                                   : delta->new_file.path);
        PlannedPath &planned = byPath[path];
        planned.path = path;
        const Version before = versionOf(delta->old_file);
        const Version after = versionOf(delta->new_file);
        if (before.exists)
            planned.target = before;
        if (after.exists)
            planned.last = after;
    }
    for (auto &[path, planned] : byPath) {
        const Version now = versionOnDisk(root + '/' + path);
        if (now == planned.target)
            continue; // already as it was at the step
        planned.conflict = !(now == planned.last);
        plan.paths.push_back(planned);
    }
    return plan;
}

static RollbackChange changeOf(const PlannedPath &planned)
{
    return RollbackChange{display(planned.path), planned.target.exists
                                                     ? RollbackChange::Action::Restore
                                                     : RollbackChange::Action::Remove};
}

Result<RollbackPlan> Checkpoints::planRollback(const QString &run, int step) const
{
    auto plan = makePlan(*this, d->repository.get(), d->root, run, step);
    if (!plan)
        return Error{plan.errorMessage()};
    RollbackPlan result;
    result.run = run;
    result.step = step;
    for (const PlannedPath &planned : plan->paths) {
        if (planned.conflict)
            result.conflicts.append(display(planned.path));
        else
            result.changes.append(changeOf(planned));
    }
    return result;
}

static QString listOf(const QStringList &paths)
{
    constexpr int shown = 20;
    QString text = paths.mid(0, shown).join(QStringLiteral(", "));
    if (paths.size() > shown)
        text += Checkpoints::tr(" and %n more", nullptr, int(paths.size() - shown));
    return text;
}

// Removes `relative` and then each parent folder left empty that the target tree does not
// have; stops at the first that is not empty.
static QString removePath(const QByteArray &root, const QByteArray &relative, git_tree *target)
{
    const QByteArray absolute = root + '/' + relative;
    struct stat info;
    if (::lstat(absolute.constData(), &info) == 0) {
        if (S_ISDIR(info.st_mode))
            return Checkpoints::tr("it is a folder now");
        if (::unlink(absolute.constData()) != 0)
            return QString::fromLocal8Bit(strerror(errno));
    }
    QByteArray folder = relative;
    while (folder.contains('/')) {
        folder.truncate(folder.lastIndexOf('/'));
        git_tree_entry *entry = nullptr;
        if (git_tree_entry_bypath(&entry, target, folder.constData()) == 0) {
            git_tree_entry_free(entry);
            break;
        }
        if (::rmdir(QByteArray(root + '/' + folder).constData()) != 0)
            break;
    }
    return {};
}

static QString restorePath(const Checkpoints::State &state, const WorkspaceGuard &guard,
                           const PlannedPath &planned)
{
    const QByteArray absolute = state.absolute(planned.path);
    // The folder it goes in must be a real folder of the workspace: never write through a
    // link that something put in its place.
    const int slash = planned.path.lastIndexOf('/');
    if (slash > 0) {
        const QByteArray folder = planned.path.left(slash);
        const auto resolved = guard.resolve(display(folder));
        if (!resolved || resolved->absolute != QFile::decodeName(state.absolute(folder)))
            return Checkpoints::tr("its folder is a symbolic link or lies outside the workspace");
        if (!resolved->exists && !QDir().mkpath(resolved->absolute))
            return Checkpoints::tr("could not create its folder");
    }
    git_blob *blob = nullptr;
    if (git_blob_lookup(&blob, state.repository.get(), &planned.target.oid) < 0)
        return Checkpoints::tr("its content is missing from the checkpoint");
    BlobPtr owned(blob);
    const QByteArray content(static_cast<const char *>(git_blob_rawcontent(blob)),
                             qsizetype(git_blob_rawsize(blob)));

    struct stat info;
    mode_t permissions = 0;
    bool hadFile = false;
    if (::lstat(absolute.constData(), &info) == 0) {
        if (S_ISDIR(info.st_mode)) {
            if (::rmdir(absolute.constData()) != 0)
                return Checkpoints::tr("a folder that is not empty is in its place");
        } else if (S_ISREG(info.st_mode) && planned.target.mode != GIT_FILEMODE_LINK) {
            hadFile = true;
            permissions = info.st_mode & 07777;
        } else if (::unlink(absolute.constData()) != 0) {
            return QString::fromLocal8Bit(strerror(errno));
        }
    }
    if (planned.target.mode == GIT_FILEMODE_LINK) {
        if (::symlink(content.constData(), absolute.constData()) != 0)
            return QString::fromLocal8Bit(strerror(errno));
        return {};
    }
    QSaveFile file(QFile::decodeName(absolute));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()
        || !file.commit())
        return file.errorString();
    if (!hadFile) {
        if (::lstat(absolute.constData(), &info) != 0)
            return QString::fromLocal8Bit(strerror(errno));
        permissions = info.st_mode & 07777;
    }
    if (planned.target.mode == GIT_FILEMODE_BLOB_EXECUTABLE)
        permissions |= (permissions & 0444) >> 2;
    else
        permissions &= ~mode_t(0111);
    if (::chmod(absolute.constData(), permissions) != 0)
        return QString::fromLocal8Bit(strerror(errno));
    return {};
}

Result<RollbackOutcome> Checkpoints::rollback(const QString &run, int step, Conflicts conflicts)
{
    auto plan = makePlan(*this, d->repository.get(), d->root, run, step);
    if (!plan)
        return Error{plan.errorMessage()};
    QStringList conflicting;
    for (const PlannedPath &planned : plan->paths) {
        if (planned.conflict)
            conflicting.append(display(planned.path));
    }
    if (!conflicting.isEmpty() && conflicts == Conflicts::Refuse)
        return Error{tr("Nothing was rolled back: these files were changed after the run's last "
                        "checkpoint, and rolling back would overwrite those changes: %1")
                         .arg(listOf(conflicting))};
    RollbackOutcome outcome;
    if (plan->paths.empty())
        return outcome;

    auto safety = snapshot(run, tr("before rollback to step %1").arg(step));
    if (!safety)
        return Error{tr("Nothing was rolled back: the workspace could not be saved first. %1")
                         .arg(safety.errorMessage())};
    outcome.safetyStep = safety->checkpoint.step;

    auto targetTree = treeOf(d->repository.get(), plan->targetCommit);
    if (!targetTree)
        return Error{targetTree.errorMessage()};
    const WorkspaceGuard guard(d->workspace);
    QStringList failures;
    // Removals deepest first, so that a folder the run made is empty when its turn comes;
    // then restorations in path order, so that folders come before their files.
    for (auto it = plan->paths.crbegin(); it != plan->paths.crend(); ++it) {
        if (it->target.exists)
            continue;
        const QString error = removePath(d->root, it->path, targetTree->get());
        if (error.isEmpty())
            outcome.changes.append(changeOf(*it));
        else
            failures.append(QStringLiteral("%1 (%2)").arg(display(it->path), error));
    }
    for (const PlannedPath &planned : plan->paths) {
        if (!planned.target.exists)
            continue;
        const QString error = restorePath(*d, guard, planned);
        if (error.isEmpty())
            outcome.changes.append(changeOf(planned));
        else
            failures.append(QStringLiteral("%1 (%2)").arg(display(planned.path), error));
    }
    // The rollback is a change like any other step's: record where it left the workspace,
    // so that rolling back to the safety step undoes it.
    auto after = snapshot(run, tr("after rollback to step %1").arg(step));
    if (!failures.isEmpty())
        return Error{tr("The rollback is incomplete; these files could not be restored: %1. The "
                        "workspace as it was before the rollback is step %2 of the run.")
                         .arg(listOf(failures))
                         .arg(outcome.safetyStep)};
    if (!after)
        return Error{after.errorMessage()};
    return outcome;
}

} // namespace Baton::Core
