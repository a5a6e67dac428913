// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "ui/mainwindow/benchreadyprobe.h"

#include <QtCore/QEvent>
#include <QtCore/QTimer>
#include <QtWidgets/QAbstractScrollArea>
#include <QtWidgets/QWidget>

#include <cstdio>
#include <ctime>

namespace Baton::Ui {

namespace {

bool reported = false;

long long realtimeNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

} // namespace

void BenchReadyProbe::mark(const char *phase)
{
    static const bool enabled = qEnvironmentVariableIsSet("BATON_BENCH_READY");
    if (!enabled)
        return;
    std::fprintf(stderr, "baton-bench-phase %lld %s\n", realtimeNanoseconds(), phase);
    std::fflush(stderr);
}

void BenchReadyProbe::watch(QWidget *editor, const QString &filePath)
{
    if (reported || !qEnvironmentVariableIsSet("BATON_BENCH_READY"))
        return;
    reported = true;
    new BenchReadyProbe(editor, filePath);
}

BenchReadyProbe::BenchReadyProbe(QWidget *editor, const QString &filePath)
    : QObject(editor)
    , m_filePath(filePath)
{
    auto *area = qobject_cast<QAbstractScrollArea *>(editor);
    (area ? area->viewport() : editor)->installEventFilter(this);
}

bool BenchReadyProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // After this paint has reached the window, in the next turn of the event loop.
        QTimer::singleShot(0, this, [this] {
            std::fprintf(stderr, "baton-bench-ready %lld %s\n", realtimeNanoseconds(),
                         qPrintable(m_filePath));
            std::fflush(stderr);
            deleteLater();
        });
    }
    return false;
}

} // namespace Baton::Ui
