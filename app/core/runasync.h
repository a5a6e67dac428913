// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// runAsync(context, work, done): runs `work` on the global thread pool and then `done` with
// its result on `context`'s thread, while `context` lives (a watcher parented to it; when the
// context is destroyed first, `done` never runs). The way the GUI thread hands disk, git and
// search work to a worker without waiting for it.

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFutureWatcher>
#include <QtCore/QObject>

#include <type_traits>
#include <utility>

namespace Baton::Core {

template<typename Work, typename Done>
void runAsync(QObject *context, Work work, Done done)
{
    using ResultType = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<ResultType>(context);
    QObject::connect(watcher, &QFutureWatcher<ResultType>::finished, context,
                     [watcher, done = std::move(done)] {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace Baton::Core
