// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
//
// Solo checkpoints (docs/benchmarks.md): snapshots of a generated workspace, first (every file
// read) and incremental (nothing changed, a few files changed), in a git repository and in a
// folder without git (shadow repository), then a rollback plan and a rollback.
//
//   bench_checkpoint [files=10000] [runs=7]

#include "core/git/gitruntime.h"
#include "core/solo/checkpoints.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Baton::Core;

static bool git(const QString &folder, const QStringList &arguments, const QString &home)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Bench"));
    environment.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("bench@example.org"));
    environment.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Bench"));
    environment.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("bench@example.org"));
    environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), home);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("git"), arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        std::fprintf(stderr, "git %s failed: %s\n", qPrintable(arguments.join(u' ')),
                     process.readAllStandardError().constData());
        return false;
    }
    return true;
}

static double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

static double minimum(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::min_element(values.begin(), values.end());
}

static QString fileName(const QString &root, int i)
{
    return QStringLiteral("%1/src/m%2/d%3/file%4.cpp")
        .arg(root)
        .arg(i / 1000)
        .arg(i / 100 % 10)
        .arg(i);
}

static void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

static QByteArray content(int i, int version)
{
    QByteArray bytes;
    for (int line = 0; line < 20; ++line)
        bytes += "int function_" + QByteArray::number(i) + '_' + QByteArray::number(line)
                 + "() { return " + QByteArray::number(version) + "; }\n";
    return bytes;
}

static double timeSnapshot(Checkpoints &checkpoints, const QString &run, int *filesRead = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    auto result = checkpoints.snapshot(run, QStringLiteral("bench"));
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!result.ok())
        qFatal("snapshot failed: %s", qPrintable(result.errorMessage()));
    if (filesRead)
        *filesRead = result->filesRead;
    return ms;
}

// Files written this instant are "racily clean" and read again; let the window pass.
static void settle()
{
    QThread::msleep(120);
}

static void benchWorkspace(const char *title, const QString &root, int files, int runs)
{
    std::printf("\n%s (%d files)\n", title, files);
    auto opened = Checkpoints::open(root);
    if (!opened.ok())
        qFatal("%s", qPrintable(opened.errorMessage()));
    Checkpoints checkpoints = std::move(opened).value();
    const QString run = Checkpoints::newRunId();
    int read = 0;
    const double first = timeSnapshot(checkpoints, run, &read);
    std::printf("  first snapshot (all read: %d)           %8.1f ms\n", read, first);
    settle();

    std::vector<double> unchanged;
    for (int r = 0; r < runs; ++r)
        unchanged.push_back(timeSnapshot(checkpoints, run, &read));
    std::printf("  incremental, nothing changed (read %d)   %8.1f ms median, %.1f min\n", read,
                median(unchanged), minimum(unchanged));

    for (int changed : {10, 100}) {
        std::vector<double> times;
        for (int r = 0; r < runs; ++r) {
            for (int k = 0; k < changed; ++k) {
                const int i = (k * 97 + r * 13) % files;
                writeFile(fileName(root, i), content(i, r + 1 + changed));
            }
            settle();
            times.push_back(timeSnapshot(checkpoints, run, &read));
        }
        std::printf("  incremental, %3d files changed (read %d) %8.1f ms median, %.1f min\n",
                    changed, read, median(times), minimum(times));
    }

    // The next process (the next `baton solo`): a new Checkpoints object with the cache on disk.
    {
        settle();
        QElapsedTimer opening;
        opening.start();
        auto reopened = Checkpoints::open(root);
        if (!reopened.ok())
            qFatal("%s", qPrintable(reopened.errorMessage()));
        const double openMs = double(opening.nsecsElapsed()) / 1e6;
        Checkpoints next = std::move(reopened).value();
        const double nextMs = timeSnapshot(next, run, &read);
        std::printf("  new process: open %.1f ms, first snapshot (read %d) %8.1f ms\n", openMs,
                    read, nextMs);
    }

    // A run step: 20 files edited, 5 created, 5 deleted; closing snapshot; rollback.
    const QString step = Checkpoints::newRunId() + QStringLiteral("-r");
    timeSnapshot(checkpoints, step);
    for (int k = 0; k < 20; ++k)
        writeFile(fileName(root, k * 31 % files), "edited by the run\n");
    for (int k = 0; k < 5; ++k)
        writeFile(root + QStringLiteral("/src/new%1.cpp").arg(k), "new\n");
    for (int k = 0; k < 5; ++k)
        QFile::remove(fileName(root, 7 + k * 101));
    settle();
    timeSnapshot(checkpoints, step);
    QElapsedTimer timer;
    timer.start();
    auto plan = checkpoints.planRollback(step);
    const double planMs = double(timer.nsecsElapsed()) / 1e6;
    if (!plan.ok())
        qFatal("%s", qPrintable(plan.errorMessage()));
    timer.restart();
    auto rolledBack = checkpoints.rollback(step);
    const double rollbackMs = double(timer.nsecsElapsed()) / 1e6;
    if (!rolledBack.ok())
        qFatal("%s", qPrintable(rolledBack.errorMessage()));
    std::printf("  rollback plan (%lld paths)                %8.1f ms\n",
                qlonglong(plan->changes.size()), planMs);
    std::printf("  rollback incl. 2 snapshots               %8.1f ms\n", rollbackMs);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int files = argc > 1 ? std::max(100, atoi(argv[1])) : 10000;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 7;
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    GitRuntime gitRuntime;

    for (const bool withGit : {true, false}) {
        QTemporaryDir dir;
        const QString root = dir.path();
        for (int m = 0; m <= (files - 1) / 1000; ++m) {
            for (int d = 0; d < 10; ++d)
                QDir().mkpath(QStringLiteral("%1/src/m%2/d%3").arg(root).arg(m).arg(d));
        }
        for (int i = 0; i < files; ++i)
            writeFile(fileName(root, i), content(i, 0));
        writeFile(root + QStringLiteral("/.gitignore"), "build/\n*.o\n");
        QDir().mkpath(root + QStringLiteral("/build"));
        for (int i = 0; i < 200; ++i)
            writeFile(root + QStringLiteral("/build/obj%1.o").arg(i), content(i, 9));
        if (withGit) {
            if (!git(root, {QStringLiteral("init"), QStringLiteral("-q")}, home.path())
                || !git(root, {QStringLiteral("add"), QStringLiteral(".")}, home.path())
                || !git(root, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                               QStringLiteral("bench")},
                        home.path()))
                return 1;
        }
        settle();
        benchWorkspace(withGit ? "git repository" : "no git (shadow repository)", root, files,
                       runs);
    }
    return 0;
}
