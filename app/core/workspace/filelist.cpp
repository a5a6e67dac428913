// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "filelist.h"

#include "fuzzymatcher.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QThread>
#include <QtCore/QThreadPool>

#include <algorithm>

namespace Baton::Core {

namespace {

// Freeing 100,000 strings takes tens of milliseconds: too long for the GUI thread.
constexpr qsizetype releaseOnPoolAbove = 20000;

void release(FileList *list)
{
    QCoreApplication *application = QCoreApplication::instance();
    if (list->size() > releaseOnPoolAbove && application && !QCoreApplication::closingDown()
        && QThread::currentThread() == application->thread()) {
        QThreadPool::globalInstance()->start([list] { delete list; });
        return;
    }
    delete list;
}

} // namespace

std::shared_ptr<const FileList> FileList::make(const QString &root, QStringList paths,
                                               bool truncated, qint64 scanMs)
{
    std::shared_ptr<FileList> list(new FileList, release);
    list->root = root;
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    list->paths = std::move(paths);
    qsizetype length = 0;
    for (const QString &path : std::as_const(list->paths))
        length += path.size() + 1;
    list->text.reserve(length);
    list->starts.reserve(list->paths.size());
    list->nameStarts.reserve(list->paths.size());
    for (const QString &path : std::as_const(list->paths)) {
        list->starts.append(int(list->text.size()));
        list->nameStarts.append(FuzzyMatcher::nameStart(path));
        list->text.append(path);
        list->text.append(u'\n');
    }
    list->folded = FuzzyMatcher::fold(list->text);
    list->truncated = truncated;
    list->scanMs = scanMs;
    return list;
}

qsizetype FileList::indexOf(const QString &path) const
{
    const auto it = std::lower_bound(paths.cbegin(), paths.cend(), path);
    return it != paths.cend() && *it == path ? it - paths.cbegin() : -1;
}

} // namespace Baton::Core
