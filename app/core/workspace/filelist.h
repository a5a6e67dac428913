// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// One scan of a workspace folder: every file as a '/'-separated path relative to the folder,
// sorted, with what quick open needs to match them fast (case-folded copies, where each file
// name starts, an index by path). Immutable once made and shared between threads through
// std::shared_ptr<const FileList>.

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

namespace Baton::Core {

struct FileList
{
    QString root;                // absolute folder, no trailing '/'
    QStringList paths;           // relative to root, sorted
    QStringList folded;          // FuzzyMatcher::fold() of each path
    QList<int> nameStarts;       // FuzzyMatcher::nameStart() of each path
    QHash<QString, int> indexOf; // path → its index in paths
    bool truncated = false;      // the scan stopped at its file limit
    qint64 scanMs = 0;           // how long the scan took

    // Sorts `paths` and computes the rest. Costs about a second per million paths: call it off
    // the GUI thread.
    static std::shared_ptr<const FileList> make(const QString &root, QStringList paths,
                                                bool truncated = false, qint64 scanMs = 0);
    qsizetype size() const { return paths.size(); }
};

} // namespace Baton::Core
