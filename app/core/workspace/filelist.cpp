// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "filelist.h"

#include "fuzzymatcher.h"

#include <algorithm>

namespace Baton::Core {

std::shared_ptr<const FileList> FileList::make(const QString &root, QStringList paths,
                                               bool truncated, qint64 scanMs)
{
    auto list = std::make_shared<FileList>();
    list->root = root;
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    list->paths = std::move(paths);
    list->folded.reserve(list->paths.size());
    list->nameStarts.reserve(list->paths.size());
    list->indexOf.reserve(list->paths.size());
    for (qsizetype i = 0; i < list->paths.size(); ++i) {
        const QString &path = list->paths.at(i);
        list->folded.append(FuzzyMatcher::fold(path));
        list->nameStarts.append(FuzzyMatcher::nameStart(path));
        list->indexOf.insert(path, int(i));
    }
    list->truncated = truncated;
    list->scanMs = scanMs;
    return list;
}

} // namespace Baton::Core
