// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "headdiff.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QMutexLocker>

#include <git2.h>

#include <algorithm>
#include <memory>

namespace Baton::Core {

namespace {

// Bounds the blob cache: typing in a few files needs a few entries, not the whole history.
constexpr int maxCachedBlobs = 64;
constexpr qsizetype maxCachedBytes = 128 * 1024 * 1024;

template<typename T, void (*Free)(T *)>
struct GitFree
{
    void operator()(T *object) const { Free(object); }
};
using RepositoryPtr = std::unique_ptr<git_repository, GitFree<git_repository, git_repository_free>>;
using ReferencePtr = std::unique_ptr<git_reference, GitFree<git_reference, git_reference_free>>;
using CommitPtr = std::unique_ptr<git_commit, GitFree<git_commit, git_commit_free>>;
using TreePtr = std::unique_ptr<git_tree, GitFree<git_tree, git_tree_free>>;
using TreeEntryPtr = std::unique_ptr<git_tree_entry, GitFree<git_tree_entry, git_tree_entry_free>>;
using BlobPtr = std::unique_ptr<git_blob, GitFree<git_blob, git_blob_free>>;
using PatchPtr = std::unique_ptr<git_patch, GitFree<git_patch, git_patch_free>>;

// A translated message ending in libgit2's reason for the last failure on this thread.
Error gitError(const char *format, const QString &subject)
{
    const git_error *error = git_error_last();
    const QString detail = error && error->message ? QString::fromUtf8(error->message)
                                                   : HeadDiff::tr("unknown libgit2 error");
    return Error{QCoreApplication::translate("Baton::Core::HeadDiff", format).arg(subject, detail)};
}

// Both sides compare with "\n" endings: an unchanged CRLF file, or CRLF checked out from an LF
// blob, must show no change. Line numbers stay the same.
QByteArray withLfEndings(const QByteArray &bytes)
{
    if (!bytes.contains('\r'))
        return bytes;
    QByteArray copy = bytes;
    copy.replace("\r\n", "\n");
    return copy;
}

int lineCount(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return 0;
    return int(bytes.count('\n')) + (bytes.endsWith('\n') ? 0 : 1);
}

git_diff_options diffOptions(int contextLines)
{
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.context_lines = static_cast<uint32_t>(contextLines);
    options.interhunk_lines = 0;
    // Binary detection would turn a text file with one NUL byte into "binary, no hunks".
    options.flags = GIT_DIFF_FORCE_TEXT;
    return options;
}

// git's hunk starts are 1-based, and for an empty side the line after which the other side's
// lines go; ours are 0-based "before which".
int startOf(int gitStart, int count)
{
    return count > 0 ? gitStart - 1 : gitStart;
}

// The lines both texts start and end with, which need no diff: typing changes a line or two of
// a file, and comparing bytes is far cheaper than hashing every line for xdiff. Both ranges are
// whole lines; the middle of each text (between them) is what is diffed.
struct CommonLines
{
    qsizetype prefixBytes = 0; // the same in both texts
    int prefixLines = 0;
    qsizetype suffixBytes = 0; // the same in both texts
};

CommonLines commonLines(const QByteArray &a, const QByteArray &b, int keepContextLines)
{
    CommonLines common;
    const qsizetype shorter = std::min(a.size(), b.size());
    const qsizetype mismatch
        = std::mismatch(a.cbegin(), a.cbegin() + shorter, b.cbegin()).first - a.cbegin();
    // Back to the start of the line the texts differ in (the bytes before are the same).
    qsizetype prefix = mismatch;
    if (prefix > 0 && a.at(prefix - 1) != '\n')
        prefix = a.lastIndexOf('\n', prefix - 1) + 1;
    // Leave context lines to the diff.
    for (int i = 0; i < keepContextLines && prefix > 0; ++i)
        prefix = prefix < 2 ? 0 : a.lastIndexOf('\n', prefix - 2) + 1;

    const qsizetype maxSuffix = shorter - prefix;
    qsizetype suffix = 0;
    while (suffix < maxSuffix && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    // The suffix must start at a line start in both texts.
    const qsizetype startA = a.size() - suffix;
    const qsizetype startB = b.size() - suffix;
    const bool lineStartA = startA == prefix || a.at(startA - 1) == '\n';
    const bool lineStartB = startB == prefix || b.at(startB - 1) == '\n';
    qsizetype suffixStart = startA; // in a
    if (!lineStartA || !lineStartB) {
        const qsizetype newline = a.indexOf('\n', startA);
        suffixStart = newline < 0 ? a.size() : newline + 1;
    }
    for (int i = 0; i < keepContextLines && suffixStart < a.size(); ++i) {
        const qsizetype newline = a.indexOf('\n', suffixStart);
        suffixStart = newline < 0 ? a.size() : newline + 1;
    }
    common.prefixBytes = prefix;
    common.prefixLines = int(std::count(a.cbegin(), a.cbegin() + prefix, '\n'));
    common.suffixBytes = a.size() - suffixStart;
    return common;
}

QByteArray middle(const QByteArray &text, const CommonLines &common)
{
    return text.mid(common.prefixBytes, text.size() - common.suffixBytes - common.prefixBytes);
}

struct LineChangesPayload
{
    QList<LineChange> changes;
    int lineOffset = 0;
};

int hunkCallback(const git_diff_delta *, const git_diff_hunk *hunk, void *payload)
{
    auto *result = static_cast<LineChangesPayload *>(payload);
    QList<LineChange> *changes = &result->changes;
    const int oldCount = int(hunk->old_lines);
    const int newCount = int(hunk->new_lines);
    const int first = startOf(hunk->new_start, newCount) + result->lineOffset;
    if (oldCount == 0)
        changes->append({LineChange::Kind::Added, first, newCount});
    else if (newCount == 0)
        changes->append({LineChange::Kind::Deleted, first, 0});
    else
        changes->append({LineChange::Kind::Modified, first, newCount});
    return 0;
}

} // namespace

Result<HeadVersion> HeadDiff::headVersion(const QString &absolutePath) const
{
    const QFileInfo file(absolutePath);
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return HeadVersion{};
    // Most files outside a repository are answered without libgit2, whose discovery would
    // do the same walk and leave an error behind in the thread's state.
    QDir dir(folder.absoluteFilePath());
    bool mayBeInRepository = QFileInfo::exists(dir.filePath(QStringLiteral(".git")));
    while (!mayBeInRepository && dir.cdUp())
        mayBeInRepository = QFileInfo::exists(dir.filePath(QStringLiteral(".git")));
    if (!mayBeInRepository)
        return HeadVersion{};

    git_repository *opened = nullptr;
    const QByteArray native = QFile::encodeName(folder.absoluteFilePath());
    const int rc = git_repository_open_ext(&opened, native.constData(), 0, nullptr);
    if (rc == GIT_ENOTFOUND)
        return HeadVersion{};
    if (rc < 0)
        return gitError(QT_TRANSLATE_NOOP("Baton::Core::HeadDiff",
                                          "Could not open the git repository of %1: %2"),
                        QDir::toNativeSeparators(absolutePath));
    const RepositoryPtr repository(opened);
    const char *workdir = git_repository_workdir(repository.get());
    if (!workdir)
        return HeadVersion{};

    // libgit2 gives the working directory with symbolic links resolved.
    const QString root = QFile::decodeName(workdir);
    QString path = folder.canonicalFilePath() + u'/' + file.fileName();
    if (!path.startsWith(root))
        path = file.absoluteFilePath();
    if (!path.startsWith(root))
        return HeadVersion{};
    HeadVersion version;
    version.relativePath = path.mid(root.size());
    if (version.relativePath == u".git" || version.relativePath.startsWith(u".git/"))
        return HeadVersion{};

    const QString gitDir
        = QDir::cleanPath(QFile::decodeName(git_repository_path(repository.get())));
    const QString commonDir
        = QDir::cleanPath(QFile::decodeName(git_repository_commondir(repository.get())));
    version.headFolders << gitDir;
    if (commonDir != gitDir)
        version.headFolders << commonDir;
    git_reference *headReference = nullptr;
    if (git_reference_lookup(&headReference, repository.get(), "HEAD") == 0) {
        const ReferencePtr head(headReference);
        if (git_reference_type(head.get()) == GIT_REFERENCE_SYMBOLIC) {
            const QString target = QString::fromUtf8(git_reference_symbolic_target(head.get()));
            const QString refFolder = QFileInfo(commonDir + u'/' + target).absolutePath();
            if (!version.headFolders.contains(refFolder))
                version.headFolders << refFolder;
        }
    }

    const auto untrackedOrIgnored = [&]() -> Result<HeadVersion> {
        int ignored = 0;
        const QByteArray relative = version.relativePath.toUtf8();
        if (git_ignore_path_is_ignored(&ignored, repository.get(), relative.constData()) == 0
            && ignored)
            return HeadVersion{};
        version.state = HeadVersion::State::Untracked;
        return version;
    };

    if (git_repository_head_unborn(repository.get()) == 1)
        return untrackedOrIgnored();

    git_oid commitId;
    if (git_reference_name_to_id(&commitId, repository.get(), "HEAD") < 0)
        return gitError(
            QT_TRANSLATE_NOOP("Baton::Core::HeadDiff", "Could not read HEAD for %1: %2"),
            QDir::toNativeSeparators(absolutePath));
    const QByteArray commitKey(reinterpret_cast<const char *>(commitId.id), GIT_OID_SHA1_SIZE);
    {
        const QMutexLocker locker(&m_mutex);
        const auto cached = m_cache.constFind(absolutePath);
        if (cached != m_cache.cend() && cached->commitId == commitKey) {
            HeadVersion hit = cached->version;
            hit.headFolders = version.headFolders;
            return hit;
        }
    }

    git_commit *commitObject = nullptr;
    if (git_commit_lookup(&commitObject, repository.get(), &commitId) < 0)
        return gitError(QT_TRANSLATE_NOOP("Baton::Core::HeadDiff",
                                          "Could not read the HEAD commit for %1: %2"),
                        QDir::toNativeSeparators(absolutePath));
    const CommitPtr commit(commitObject);
    git_tree *treeObject = nullptr;
    if (git_commit_tree(&treeObject, commit.get()) < 0)
        return gitError(QT_TRANSLATE_NOOP("Baton::Core::HeadDiff",
                                          "Could not read the HEAD commit for %1: %2"),
                        QDir::toNativeSeparators(absolutePath));
    const TreePtr tree(treeObject);

    git_tree_entry *entryObject = nullptr;
    const QByteArray relative = version.relativePath.toUtf8();
    const int found = git_tree_entry_bypath(&entryObject, tree.get(), relative.constData());
    Result<HeadVersion> result = HeadVersion{};
    if (found == GIT_ENOTFOUND) {
        result = untrackedOrIgnored();
    } else if (found < 0) {
        return gitError(QT_TRANSLATE_NOOP("Baton::Core::HeadDiff",
                                          "Could not read %1 from HEAD: %2"),
                        QDir::toNativeSeparators(absolutePath));
    } else {
        const TreeEntryPtr entry(entryObject);
        // A symbolic link or a submodule has no lines to compare with the file's text.
        if (git_tree_entry_type(entry.get()) == GIT_OBJECT_BLOB
            && git_tree_entry_filemode(entry.get()) != GIT_FILEMODE_LINK) {
            git_blob *blobObject = nullptr;
            if (git_blob_lookup(&blobObject, repository.get(), git_tree_entry_id(entry.get())) < 0)
                return gitError(QT_TRANSLATE_NOOP("Baton::Core::HeadDiff",
                                                  "Could not read %1 from HEAD: %2"),
                                QDir::toNativeSeparators(absolutePath));
            const BlobPtr blob(blobObject);
            version.state = HeadVersion::State::Committed;
            version.bytes = QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                                       qsizetype(git_blob_rawsize(blob.get())));
            result = version;
        }
    }
    // Only blobs are cached: whether a file is untracked or ignored changes without HEAD moving.
    if (!result.ok() || result->state != HeadVersion::State::Committed)
        return result;

    const QMutexLocker locker(&m_mutex);
    qsizetype cachedBytes = result->bytes.size();
    for (const CachedBlob &blob : std::as_const(m_cache))
        cachedBytes += blob.version.bytes.size();
    if (m_cache.size() >= maxCachedBlobs || cachedBytes > maxCachedBytes)
        m_cache.clear();
    m_cache.insert(absolutePath, {commitKey, result.value()});
    return result;
}

void HeadDiff::clearCache()
{
    const QMutexLocker locker(&m_mutex);
    m_cache.clear();
}

QList<LineChange> HeadDiff::lineChanges(const QByteArray &base, const QByteArray &buffer)
{
    const QByteArray oldText = withLfEndings(base);
    const QByteArray newText = withLfEndings(buffer);
    if (oldText == newText)
        return {};
    if (oldText.isEmpty())
        return {{LineChange::Kind::Added, 0, lineCount(newText)}};
    if (newText.isEmpty())
        return {{LineChange::Kind::Deleted, 0, 0}};

    const CommonLines common = commonLines(oldText, newText, 0);
    const QByteArray oldMiddle = middle(oldText, common);
    const QByteArray newMiddle = middle(newText, common);
    LineChangesPayload result;
    result.lineOffset = common.prefixLines;
    const git_diff_options options = diffOptions(0);
    git_diff_buffers(oldMiddle.constData(), size_t(oldMiddle.size()), nullptr,
                     newMiddle.constData(), size_t(newMiddle.size()), nullptr, &options, nullptr,
                     nullptr, hunkCallback, nullptr, &result);
    return result.changes;
}

QList<DiffHunk> HeadDiff::hunks(const QByteArray &base, const QByteArray &buffer,
                                int contextLines)
{
    const QByteArray oldText = withLfEndings(base);
    const QByteArray newText = withLfEndings(buffer);
    if (oldText == newText)
        return {};

    const CommonLines common = commonLines(oldText, newText, contextLines);
    const QByteArray oldMiddle = middle(oldText, common);
    const QByteArray newMiddle = middle(newText, common);
    const int offset = common.prefixLines;
    const git_diff_options options = diffOptions(contextLines);
    git_patch *patchObject = nullptr;
    if (git_patch_from_buffers(&patchObject, oldMiddle.constData(), size_t(oldMiddle.size()),
                               nullptr, newMiddle.constData(), size_t(newMiddle.size()), nullptr,
                               &options)
        < 0)
        return {};
    const PatchPtr patch(patchObject);

    QList<DiffHunk> result;
    const size_t hunkCount = git_patch_num_hunks(patch.get());
    result.reserve(qsizetype(hunkCount));
    for (size_t h = 0; h < hunkCount; ++h) {
        const git_diff_hunk *gitHunk = nullptr;
        size_t lineTotal = 0;
        if (git_patch_get_hunk(&gitHunk, &lineTotal, patch.get(), h) < 0)
            continue;
        DiffHunk hunk;
        hunk.oldCount = int(gitHunk->old_lines);
        hunk.newCount = int(gitHunk->new_lines);
        hunk.oldStart = startOf(gitHunk->old_start, hunk.oldCount) + offset;
        hunk.newStart = startOf(gitHunk->new_start, hunk.newCount) + offset;
        hunk.lines.reserve(qsizetype(lineTotal));
        for (size_t l = 0; l < lineTotal; ++l) {
            const git_diff_line *gitLine = nullptr;
            if (git_patch_get_line_in_hunk(&gitLine, patch.get(), h, l) < 0)
                continue;
            DiffLine line;
            switch (gitLine->origin) {
            case GIT_DIFF_LINE_CONTEXT:
                line.kind = DiffLine::Kind::Context;
                break;
            case GIT_DIFF_LINE_ADDITION:
                line.kind = DiffLine::Kind::Added;
                break;
            case GIT_DIFF_LINE_DELETION:
                line.kind = DiffLine::Kind::Removed;
                break;
            default:
                continue; // "\ No newline at end of file" and headers
            }
            line.oldLine = gitLine->old_lineno > 0 ? gitLine->old_lineno - 1 + offset : -1;
            line.newLine = gitLine->new_lineno > 0 ? gitLine->new_lineno - 1 + offset : -1;
            line.text = QByteArray(gitLine->content, qsizetype(gitLine->content_len));
            if (line.text.endsWith('\n'))
                line.text.chop(1);
            hunk.lines.append(line);
        }
        result.append(hunk);
    }
    return result;
}

} // namespace Baton::Core
