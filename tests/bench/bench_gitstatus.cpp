// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
//
// Workspace git status against `git status` (docs/benchmarks.md): on a generated repository
// with many tracked files, a full WorkspaceStatus scan and the git command line, run
// alternately (medians), then the incremental update after one file changes.
//
//   bench_gitstatus [files=50000] [runs=7]

#include "core/git/gitruntime.h"
#include "core/git/workingtree.h"
#include "core/git/workspacestatus.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Baton::Core;

static QProcessEnvironment gitEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Bench"));
    environment.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("bench@example.org"));
    environment.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Bench"));
    environment.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("bench@example.org"));
    environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), home);
    return environment;
}

static bool git(const QString &folder, const QStringList &arguments, const QString &home)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessEnvironment(gitEnvironment(home));
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

// Runs the event loop until `signal` of `object` fires; returns the milliseconds it took from
// `start`.
template<typename Signal>
static double waitFor(WorkspaceStatus *object, Signal signal, const QElapsedTimer &start)
{
    QEventLoop loop;
    QObject::connect(object, signal, &loop, &QEventLoop::quit);
    // A full scan also answers for any path asked about meanwhile.
    QObject::connect(object, &WorkspaceStatus::scanned, &loop, &QEventLoop::quit);
    QObject::connect(object, &WorkspaceStatus::failed, &loop, [&loop](const QString &message) {
        std::fprintf(stderr, "status failed: %s\n", qPrintable(message));
        loop.quit();
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    return double(start.nsecsElapsed()) / 1e6;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int files = arguments.size() > 1 ? arguments.at(1).toInt() : 50000;
    const int runs = arguments.size() > 2 ? arguments.at(2).toInt() : 7;
    GitRuntime runtime;
    QTemporaryDir home;
    QTemporaryDir dir;
    const QString root = dir.path();

    // 100 files per folder, two levels of folders, a few hundred bytes each.
    std::printf("generating %d files in %s …\n", files, qPrintable(root));
    std::fflush(stdout);
    const QDateTime past = QDateTime::currentDateTime().addSecs(-3600);
    for (int i = 0; i < files; ++i) {
        const QString folder = QStringLiteral("%1/module%2/part%3")
                                   .arg(root)
                                   .arg(i / 2000, 3, 10, QLatin1Char('0'))
                                   .arg((i / 100) % 20, 2, 10, QLatin1Char('0'));
        if (i % 100 == 0)
            QDir().mkpath(folder);
        QFile file(QStringLiteral("%1/file%2.cpp").arg(folder).arg(i));
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(QByteArray("// file ") + QByteArray::number(i)
                   + "\nint value() { return 42; }\n" + QByteArray(200, 'x') + '\n');
        // Older than the index, so neither git nor libgit2 has to re-read "racily clean" files.
        file.setFileTime(past, QFileDevice::FileModificationTime);
    }
    QFile ignore(root + QStringLiteral("/.gitignore"));
    if (!ignore.open(QIODevice::WriteOnly))
        return 1;
    ignore.write("build/\n*.o\n");
    ignore.close();
    // No automatic gc: it would repack in the background while the runs are timed.
    if (!git(root, {QStringLiteral("init"), QStringLiteral("-q")}, home.path())
        || !git(root, {QStringLiteral("config"), QStringLiteral("gc.auto"), QStringLiteral("0")},
                home.path())
        || !git(root, {QStringLiteral("add"), QStringLiteral("-A")}, home.path())
        || !git(root, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                       QStringLiteral("generated")},
                home.path()))
        return 1;
    // A few changes and an ignored build folder, as in a real workspace.
    QDir().mkpath(root + QStringLiteral("/build"));
    for (int i = 0; i < 5; ++i) {
        QFile modified(QStringLiteral("%1/module000/part00/file%2.cpp").arg(root).arg(i));
        if (modified.open(QIODevice::Append))
            modified.write("// changed\n");
        QFile untracked(QStringLiteral("%1/new%2.txt").arg(root).arg(i));
        if (untracked.open(QIODevice::WriteOnly))
            untracked.write("new\n");
        QFile object(QStringLiteral("%1/build/out%2.o").arg(root).arg(i));
        if (object.open(QIODevice::WriteOnly))
            object.write("binary\n");
    }
    git(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}, home.path()); // warm up

    std::vector<double> cli;
    std::vector<double> scan;
    std::vector<double> library;
    int changes = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        git(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}, home.path());
        cli.push_back(double(timer.nsecsElapsed()) / 1e6);

        WorkspaceStatus status;
        timer.restart();
        status.setFolder(root);
        scan.push_back(waitFor(&status, &WorkspaceStatus::scanned, timer));
        changes = int(status.changes().size());

        timer.restart();
        auto tree = WorkingTree::open(root);
        if (tree.ok())
            (void)tree->status();
        library.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    // Incremental: one file saved, reported by the window; the time until the status knows.
    WorkspaceStatus status;
    status.setDelays(0, 300);
    {
        QElapsedTimer timer;
        timer.start();
        status.setFolder(root);
        waitFor(&status, &WorkspaceStatus::scanned, timer);
    }
    // The command line is run afterwards: it rewrites .git/index, which makes WorkspaceStatus
    // rescan everything, and that is not what is measured here.
    std::vector<double> incremental;
    QStringList touched;
    for (int run = 0; run < runs; ++run) {
        const int i = files / 2 + run;
        const QString path = QStringLiteral("%1/module%2/part%3/file%4.cpp")
                                 .arg(root)
                                 .arg(i / 2000, 3, 10, QLatin1Char('0'))
                                 .arg((i / 100) % 20, 2, 10, QLatin1Char('0'))
                                 .arg(i);
        QFile file(path);
        if (file.open(QIODevice::Append))
            file.write("// touched\n");
        file.close();
        QElapsedTimer timer;
        timer.start();
        status.pathsChanged({path});
        incremental.push_back(waitFor(&status, &WorkspaceStatus::updated, timer));
        if (!status.changeAt(path))
            std::fprintf(stderr, "the incremental update missed %s\n", qPrintable(path));
        touched.append(path);
    }
    std::vector<double> cliAfterTouch;
    for (const QString &path : std::as_const(touched)) {
        QFile file(path);
        if (file.open(QIODevice::Append))
            file.write("// touched again\n");
        file.close();
        QElapsedTimer timer;
        timer.start();
        git(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}, home.path());
        cliAfterTouch.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    std::printf("%d tracked files, %d changes listed, %d runs (medians)\n", files, changes, runs);
    std::printf("  git status --porcelain              %8.1f ms\n", median(cli));
    std::printf("  WorkspaceStatus full scan           %8.1f ms  (open, index, status, "
                "ignored; on the pool, wall time to the signal)\n",
                median(scan));
    std::printf("  WorkingTree::status() alone         %8.1f ms  (same thread)\n", median(library));
    std::printf("  one file changed: incremental update %7.1f ms  (pathsChanged to updated)\n",
                median(incremental));
    std::printf("  one file changed: git status         %7.1f ms\n", median(cliAfterTouch));
    // git makes its objects read-only; QTemporaryDir would leave them behind.
    QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("u+w"), root});
    return 0;
}
