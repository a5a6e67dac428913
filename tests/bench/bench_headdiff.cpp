// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors

// Time of the gutter's diff (docs/benchmarks.md): Core::HeadDiff::lineChanges on a committed
// text and the same text with edits, as GutterUpdater runs it on a worker after each pause in
// typing. Cases: 2,000 and 100,000 lines with one line changed, 100,000 lines with every
// 100th line changed, and an untracked 100,000-line file (all added). Also the hunks the diff
// view asks for (3 lines of context) on the 100,000-line one-edit case. Prints the median and
// the slowest of the runs; never fails on time.
//
//     bench_headdiff [runs, default 21]

#include "core/git/gitruntime.h"
#include "core/git/headdiff.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using Baton::Core::HeadDiff;

namespace {

QByteArray text(int lines)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(lines) * 48);
    for (int i = 0; i < lines; ++i)
        bytes += "    value = compute(" + QByteArray::number(i) + ", other); // line\n";
    return bytes;
}

QByteArray editEvery(QByteArray bytes, int step, int first)
{
    QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = first; i < lines.size() - 1; i += step)
        lines[i] += " edited";
    return lines.join('\n');
}

void measure(const char *name, int runs, const std::function<qsizetype()> &work)
{
    QList<double> times;
    qsizetype result = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        result = work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("%-44s median %8.2f ms   max %8.2f ms   (%lld hunks)\n", name,
                times.at(times.size() / 2), times.last(), static_cast<long long>(result));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 21;
    Baton::Core::GitRuntime runtime;

    const QByteArray small = text(2000);
    const QByteArray smallEdited = editEvery(small, 1 << 30, 1000);
    const QByteArray large = text(100000);
    const QByteArray largeEdited = editEvery(large, 1 << 30, 50000);
    const QByteArray largeScattered = editEvery(large, 100, 7);
    std::printf("2,000 lines: %lld bytes; 100,000 lines: %lld bytes; %d runs\n",
                static_cast<long long>(small.size()), static_cast<long long>(large.size()), runs);

    measure("lineChanges 2,000 lines, one line edited", runs,
            [&] { return HeadDiff::lineChanges(small, smallEdited).size(); });
    measure("lineChanges 100,000 lines, one line edited", runs,
            [&] { return HeadDiff::lineChanges(large, largeEdited).size(); });
    measure("lineChanges 100,000 lines, every 100th edited", runs,
            [&] { return HeadDiff::lineChanges(large, largeScattered).size(); });
    measure("lineChanges 100,000 lines, untracked", runs,
            [&] { return HeadDiff::lineChanges(QByteArray(), large).size(); });
    measure("hunks (3 context) 100,000 lines, one edited", runs,
            [&] { return HeadDiff::hunks(large, largeEdited).size(); });
    return 0;
}
