// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// One scan of a workspace folder: every file as a '/'-separated path relative to the folder,
// sorted, with what quick open needs to match them fast: all paths and their case-folded copies
// in two contiguous buffers (one pass over 100,000 paths stays in cache-friendly memory), where
// each file name starts, and lookup by path.
//
// Immutable once made; shared between threads through std::shared_ptr<const FileList>. The
// last owner may drop a large list on the GUI thread without stalling it: make() gives it a
// deleter that frees large lists on the thread pool.

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QStringView>

#include <memory>

namespace Baton::Core {

struct FileList
{
    QString root;          // absolute folder, no trailing '/'
    QStringList paths;     // relative to root, sorted, unique
    QString text;          // every path followed by '\n'
    QString folded;        // FuzzyMatcher::fold(text)
    QList<int> starts;     // where path i starts in text and folded
    QList<int> nameStarts; // FuzzyMatcher::nameStart() of each path
    bool truncated = false; // the scan stopped at its file limit
    qint64 scanMs = 0;      // how long the scan took

    // Sorts `paths` and computes the rest. About half a second per 100,000 paths on a busy
    // machine: call it off the GUI thread.
    static std::shared_ptr<const FileList> make(const QString &root, QStringList paths,
                                                bool truncated = false, qint64 scanMs = 0);

    qsizetype size() const { return paths.size(); }
    QStringView path(qsizetype i) const
    {
        return QStringView(text).mid(starts.at(i), paths.at(i).size());
    }
    QStringView foldedPath(qsizetype i) const
    {
        return QStringView(folded).mid(starts.at(i), paths.at(i).size());
    }
    // The index of `path` in paths, or -1.
    qsizetype indexOf(const QString &path) const;
};

} // namespace Baton::Core
