// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The difference between a file as committed at HEAD and the text being edited: the change
// markers of the editor's gutter and the hunks of the diff view.
//
// Blocking: every function reads git or diffs whole buffers, so call them from a worker thread
// (QtConcurrent::run), never from the GUI thread. A GitRuntime must be alive; like every git
// work in Baton it runs on the global thread pool, whose threads the runtime lets finish before
// libgit2 shuts down. A HeadDiff may be used by several threads at once (its cache is locked).
//
// Line numbers are 0-based, as in the editor. Line endings: "\r\n" counts as "\n" on both
// sides, so a file checked out with CRLF endings from an LF blob, or unchanged CRLF text,
// shows no change.

#include "core/result.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QMutex>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Baton::Core {

// What HEAD holds for a file.
struct HeadVersion
{
    enum class State {
        Outside,   // not in a git working tree, in .git itself, or ignored: show no markers
        Untracked, // not in HEAD (new, untracked, or the branch has no commit yet): all added
        Committed, // `bytes` is the blob at HEAD
    };
    State state = State::Outside;
    QByteArray bytes;     // the committed content (Committed only)
    QString relativePath; // inside the working tree, '/'-separated (empty when Outside)
    // Folders whose changes may move HEAD: the git dir (HEAD) and the folder of the branch's
    // ref file, plus the common dir (packed-refs). Empty when Outside.
    QStringList headFolders;
};

// A run of changed lines in the buffer, as the gutter shows it (VS Code's rules: a hunk with
// no old lines is added, one with no new lines deleted, any other is modified throughout).
struct LineChange
{
    enum class Kind {
        Added,    // lines [firstLine, firstLine + lineCount) are new
        Modified, // lines [firstLine, firstLine + lineCount) replace committed lines
        Deleted,  // committed lines were removed just before line `firstLine` (which may be
                  // the number of lines in the buffer: removed at the end); lineCount is 0
    };
    Kind kind = Kind::Added;
    int firstLine = 0;
    int lineCount = 0;

    friend bool operator==(const LineChange &, const LineChange &) = default;
};

// One line of a diff hunk.
struct DiffLine
{
    enum class Kind {
        Context, // in both versions
        Removed, // only in the committed version
        Added,   // only in the buffer
    };
    Kind kind = Kind::Context;
    int oldLine = -1;  // in the committed version; -1 for an added line
    int newLine = -1;  // in the buffer; -1 for a removed line
    QByteArray text;   // the line's bytes without its line ending
};

struct DiffHunk
{
    int oldStart = 0; // first line in the committed version (where it would be when empty)
    int oldCount = 0;
    int newStart = 0; // first line in the buffer (where it would be when empty)
    int newCount = 0;
    QList<DiffLine> lines; // in order: context, removed and added lines
};

class HeadDiff
{
    Q_DECLARE_TR_FUNCTIONS(Baton::Core::HeadDiff)

public:
    // Reads what HEAD holds for the file at `absolutePath` (which need not exist), finding its
    // repository upwards. The blob is cached per path for the commit HEAD points at, so that
    // repeated calls while typing only resolve HEAD. Fails with a readable message when git
    // cannot be read (a corrupt repository); an unborn branch is Untracked, not a failure.
    Result<HeadVersion> headVersion(const QString &absolutePath) const;

    // The changed lines of `buffer` against `base` (no context). Untracked files: pass an empty
    // base and get one Added run over every line.
    static QList<LineChange> lineChanges(const QByteArray &base, const QByteArray &buffer);

    // The hunks between `base` and `buffer` with `contextLines` lines of context around each
    // change, for the diff view.
    static QList<DiffHunk> hunks(const QByteArray &base, const QByteArray &buffer,
                                 int contextLines = 3);

    // Drops the cached blobs (the next headVersion() reads git again).
    void clearCache();

private:
    struct CachedBlob
    {
        QByteArray commitId; // raw git_oid of HEAD's commit
        HeadVersion version;
    };
    mutable QMutex m_mutex;
    mutable QHash<QString, CachedBlob> m_cache;
};

} // namespace Baton::Core
