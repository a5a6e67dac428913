// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors

// Quick open speed (docs/benchmarks.md). Goal: under 10 ms per keystroke at 100,000 files.
// 1. Ranking: synthetic paths shaped like a large C++ tree; queries typed one character at a
//    time, each keystroke ranked as QuickOpenSearch does it (narrowing from the previous
//    keystroke's matches), and again as a full pass; median and max per query.
// 2. End to end through QuickOpenSearch (worker thread, result back on the event loop).
// 3. FileIndex: a generated tree on disk (a git repository with ignored build output), scanned
//    with ripgrep and with the built-in walk; time from setFolder() to ready().
// Never fails on time.
//
//     bench_quickopen [files, default 100000] [scan runs, default 3] [tree folder, default temp]

#include "core/git/gitruntime.h"
#include "core/git/repository.h"
#include "core/workspace/fileindex.h"
#include "core/workspace/filelist.h"
#include "core/workspace/quickopenranker.h"
#include "core/workspace/quickopensearch.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Baton;

static const QStringList topFolders
    = {"base", "chrome", "components", "content", "net",        "ui",   "third_party", "tools",
       "gpu",  "media",  "services",   "v8",      "extensions", "docs", "testing"};
static const QStringList folderWords = {"browser",
                                        "renderer",
                                        "common",
                                        "core",
                                        "platform",
                                        "internal",
                                        "util",
                                        "metrics",
                                        "android",
                                        "win",
                                        "mac",
                                        "linux",
                                        "audio",
                                        "video",
                                        "network",
                                        "storage",
                                        "sync",
                                        "public",
                                        "test",
                                        "api",
                                        "impl",
                                        "cache",
                                        "http",
                                        "views",
                                        "widget",
                                        "layout",
                                        "style",
                                        "paint",
                                        "animation",
                                        "input",
                                        "ipc",
                                        "mojom",
                                        "resources",
                                        "strings",
                                        "extensions",
                                        "devtools",
                                        "password_manager",
                                        "autofill",
                                        "bookmarks",
                                        "history",
                                        "omnibox",
                                        "download",
                                        "printing",
                                        "accessibility",
                                        "compositor",
                                        "display",
                                        "frame",
                                        "loader",
                                        "fetch",
                                        "service_worker",
                                        "webui",
                                        "settings",
                                        "safe_browsing",
                                        "policy",
                                        "profiles",
                                        "tabs"};
static const QStringList nameWords = {
    "main",    "window",  "manager",  "controller", "view",     "delegate", "observer", "factory",
    "service", "client",  "host",     "impl",       "handler",  "provider", "helper",   "util",
    "model",   "frame",   "render",   "browser",    "tab",      "strip",    "button",   "label",
    "menu",    "dialog",  "cache",    "request",    "response", "stream",   "socket",   "url",
    "loader",  "parser",  "token",    "string",     "buffer",   "task",     "thread",   "runner",
    "timer",   "image",   "color",    "font",       "text",     "layout",   "style",    "sheet",
    "node",    "element", "document", "event",      "listener", "profile",  "prefs",    "sync",
    "bridge",  "proxy",   "session",  "metrics",    "histogram"};
static const QStringList suffixes
    = {"",      "",      "",         "",     "_unittest", "_browsertest",
       "_impl", "_test", "_android", "_win", "_mac",      "_linux"};
static const QStringList extensions
    = {".cc",   ".cc", ".cc",    ".h",    ".h",  ".h",  ".cpp", ".mm",  ".py",    ".gn",
       ".json", ".md", ".mojom", ".java", ".js", ".ts", ".txt", ".xml", ".proto", ".grd"};

// Deterministic paths: folders 2–7 deep, file names of 1–3 words (some in CamelCase, as Java
// and Objective-C files are), duplicates removed.
static QStringList syntheticPaths(int count)
{
    QRandomGenerator random(20260705);
    const auto pick = [&random](const QStringList &from) {
        return from.at(int(random.bounded(quint32(from.size()))));
    };
    QSet<QString> seen;
    QStringList paths;
    // A few hundred thousand folders are too many: draw folders from a fixed pool so that,
    // as in a real tree, many files share a folder.
    QStringList folders;
    for (int i = 0; i < std::max(100, count / 12); ++i) {
        QString folder = pick(topFolders);
        const int depth = 1 + int(random.bounded(6u));
        for (int d = 0; d < depth; ++d)
            folder += u'/' + pick(folderWords);
        folders.append(folder);
    }
    while (paths.size() < count) {
        const QString &extension = pick(extensions);
        const bool camel = extension == u".java" || extension == u".mm" || extension == u".ts";
        const int words = 1 + int(random.bounded(3u));
        QString name;
        for (int w = 0; w < words; ++w) {
            QString word = pick(nameWords);
            if (camel)
                word[0] = word[0].toUpper();
            else if (w > 0)
                name += u'_';
            name += word;
        }
        name += (camel ? QString() : pick(suffixes)) + extension;
        QString path = pick(folders) + u'/' + name;
        if (seen.contains(path))
            continue;
        seen.insert(path);
        paths.append(path);
    }
    return paths;
}

// CPU time of the whole process (ranking may use several threads), in ms.
static double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

static double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

static void benchRanking(const std::shared_ptr<const Core::FileList> &files)
{
    const QStringList queries
        = {"mainwindow",      "browser_main",       "net/http/cache", "RenderFrameHost",
           "ui/views button", "tabstripcontroller", "xyzzyq",         "cc"};
    QStringList recent;
    for (int i = 0; i < 50; ++i)
        recent.append(files->paths.at((i * 7919) % files->size()));

    std::printf("ranking %lld paths, top %d, per keystroke (ms)\n",
                static_cast<long long>(files->size()), Core::QuickOpenRanker::defaultLimit);
    std::printf("%-20s %8s | %8s %8s | %8s %8s | %8s | %9s\n", "query", "matches", "wall med",
                "max", "cpu med", "max", "1st key", "full med");
    std::vector<double> allNarrowed;
    std::vector<double> allFull;
    std::vector<double> allCpu;
    for (const QString &query : queries) {
        std::vector<double> narrowed;
        std::vector<double> full;
        std::vector<double> cpu;
        Core::QuickOpenRanking previous;
        int matches = 0;
        double first = 0;
        for (qsizetype length = 1; length <= query.size(); ++length) {
            const QString typed = query.left(length);
            QElapsedTimer timer;
            const double cpuStart = cpuMs();
            timer.start();
            const QList<int> *within
                = previous.matched && Core::QuickOpenRanker::narrows(previous.query, typed)
                      ? previous.matched.get()
                      : nullptr;
            Core::QuickOpenRanking ranking
                = Core::QuickOpenRanker::rank(*files, recent, typed, 200, within);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            cpu.push_back(cpuMs() - cpuStart);
            narrowed.push_back(ms);
            if (length == 1)
                first = ms;
            timer.restart();
            const Core::QuickOpenRanking again = Core::QuickOpenRanker::rank(*files, recent, typed);
            full.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (again.matchCount != ranking.matchCount)
                std::printf("  MISMATCH narrowing vs full for '%s'\n", qPrintable(typed));
            matches = ranking.matchCount;
            previous = std::move(ranking);
        }
        allNarrowed.insert(allNarrowed.end(), narrowed.begin(), narrowed.end());
        allFull.insert(allFull.end(), full.begin(), full.end());
        allCpu.insert(allCpu.end(), cpu.begin(), cpu.end());
        std::printf("%-20s %8d | %8.2f %8.2f | %8.2f %8.2f | %8.2f | %9.2f\n",
                    qPrintable(u'"' + query + u'"'), matches, median(narrowed),
                    *std::max_element(narrowed.begin(), narrowed.end()), median(cpu),
                    *std::max_element(cpu.begin(), cpu.end()), first, median(full));
    }
    std::printf("%-20s %8s | %8.2f %8.2f | %8.2f %8.2f | %8s | %9.2f\n\n", "all keystrokes", "",
                median(allNarrowed), *std::max_element(allNarrowed.begin(), allNarrowed.end()),
                median(allCpu), *std::max_element(allCpu.begin(), allCpu.end()), "",
                median(allFull));
}

// search() → finished() through the worker and the event loop, as the widget sees it.
static void benchSearch(const std::shared_ptr<const Core::FileList> &files)
{
    Core::QuickOpenSearch search;
    search.setFiles(files);
    std::vector<double> latencies;
    QEventLoop loop;
    QElapsedTimer timer;
    QObject::connect(&search, &Core::QuickOpenSearch::finished, &loop,
                     [&](const Core::QuickOpenRanking &) {
                         latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
                         loop.quit();
                     });
    const QString query = QStringLiteral("tabstripcontroller");
    for (qsizetype length = 1; length <= query.size(); ++length) {
        timer.start();
        search.search(query.left(length));
        loop.exec();
    }
    std::printf("QuickOpenSearch end to end (\"tabstripcontroller\" typed, wait for each): "
                "median %.2f ms, max %.2f ms\n\n",
                median(latencies), *std::max_element(latencies.begin(), latencies.end()));
}

// Writes the synthetic tree (plus ignored build output) as a git repository.
static bool writeTree(const QString &root, const QStringList &paths)
{
    if (!Core::Repository::init(root).ok())
        return false;
    QFile ignore(root + QStringLiteral("/.gitignore"));
    if (!ignore.open(QIODevice::WriteOnly))
        return false;
    ignore.write("out/\n*.o\n");
    ignore.close();
    QSet<QString> made;
    for (const QString &path : paths) {
        const QString folder = root + u'/' + path.left(path.lastIndexOf(u'/'));
        if (!made.contains(folder)) {
            QDir().mkpath(folder);
            made.insert(folder);
        }
        QFile file(root + u'/' + path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
    }
    // 10,000 ignored files that a scan must not list.
    for (int i = 0; i < 10000; ++i) {
        const QString folder = root + QStringLiteral("/out/obj/%1").arg(i % 100);
        if (!made.contains(folder)) {
            QDir().mkpath(folder);
            made.insert(folder);
        }
        QFile file(folder + QStringLiteral("/f%1.o").arg(i));
        if (!file.open(QIODevice::WriteOnly))
            return false;
    }
    return true;
}

static double timeScan(const QString &root, Core::FileIndex::Scanner scanner, qsizetype *count)
{
    Core::FileIndex index;
    index.setScanner(scanner);
    QEventLoop loop;
    QObject::connect(&index, &Core::FileIndex::ready, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    index.setFolder(root);
    loop.exec();
    *count = index.files()->size();
    return double(timer.elapsed());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Core::GitRuntime git;
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 3;

    QElapsedTimer timer;
    timer.start();
    QStringList paths = syntheticPaths(count);
    const double generateMs = double(timer.elapsed());
    timer.restart();
    const auto files = Core::FileList::make(QStringLiteral("/bench"), paths);
    std::printf("%d synthetic paths (generated in %.0f ms); FileList::make (sort, fold, index) "
                "%.0f ms\n\n",
                count, generateMs, double(timer.elapsed()));

    benchRanking(files);
    benchSearch(files);
    {
        // The GUI thread drops the old list when a rescan replaces it.
        auto copy = Core::FileList::make(QStringLiteral("/bench"), paths);
        timer.restart();
        copy.reset();
        std::printf("dropping a FileList of %d paths: %.1f ms\n\n", count,
                    double(timer.nsecsElapsed()) / 1e6);
    }

    if (runs <= 0)
        return 0; // ranking only (scan runs=0): e.g. under callgrind

    QTemporaryDir temporary;
    const QString root = args.size() > 3 ? args.at(3) : temporary.path();
    timer.restart();
    if (!writeTree(root, paths)) {
        std::printf("could not write the tree in %s\n", qPrintable(root));
        return 1;
    }
    std::printf("tree of %d files + 10000 ignored written to %s in %.1f s\n", count,
                qPrintable(root), double(timer.elapsed()) / 1000);
    if (Core::FileIndex::ripgrepProgram().isEmpty())
        std::printf("rg is not on PATH: the ripgrep row is the built-in walk\n");
    std::printf("%-10s %10s %12s %12s\n", "scanner", "files", "median ms", "max ms");
    for (const auto scanner :
         {Core::FileIndex::Scanner::Automatic, Core::FileIndex::Scanner::BuiltIn}) {
        std::vector<double> times;
        qsizetype found = 0;
        for (int run = 0; run < runs; ++run)
            times.push_back(timeScan(root, scanner, &found));
        std::printf("%-10s %10lld %12.0f %12.0f\n",
                    scanner == Core::FileIndex::Scanner::Automatic ? "ripgrep" : "built-in",
                    static_cast<long long>(found), median(times),
                    *std::max_element(times.begin(), times.end()));
    }
    return 0;
}
