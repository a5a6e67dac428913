// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
//
// bench_search [files=20000] [KiB per file=10] [runs=5] [folder]
//
// Builds a git workspace of generated source-like files (a .gitignore'd build/ folder among
// them), then times, per query, the median of `runs`:
//   rg direct        — `rg` with TextSearch's arguments, output read and dropped;
//   TextSearch (rg)  — the ripgrep backend, from start() to finished(), results decoded;
//   TextSearch (built-in);
// and the longest the event loop went without turning while TextSearch ran (a 1 ms timer's
// largest gap), which is the GUI stall a user would feel. Numbers only; never fails on time.

#include "core/git/gitruntime.h"
#include "core/git/repository.h"
#include "core/search/searchquery.h"
#include "core/search/textsearch.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Baton;

static double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

static qint64 generate(const QString &root, int files, int kibPerFile)
{
    static const char *words[] = {"int",    "return", "value",  "const", "auto",  "std",
                                  "string", "vector", "if",     "else",  "for",   "while",
                                  "class",  "struct", "public", "void",  "this",  "count",
                                  "index",  "result", "buffer", "size",  "data",  "name"};
    QRandomGenerator random(42);
    qint64 total = 0;
    for (int i = 0; i < files; ++i) {
        QByteArray body;
        body.reserve(kibPerFile * 1024 + 128);
        int line = 0;
        while (body.size() < kibPerFile * 1024) {
            body += "    ";
            const int count = 4 + int(random.bounded(8));
            for (int w = 0; w < count; ++w) {
                body += words[random.bounded(int(std::size(words)))];
                body += ' ';
            }
            if (random.bounded(40) == 0)
                body += "fn_" + QByteArray::number(random.bounded(1000)) + "(x);";
            if (random.bounded(20000) == 0)
                body += " needle_rare";
            body += '\n';
            ++line;
        }
        const QString dir = i % 10 == 9 ? QStringLiteral("build/d%1").arg(i % 100)
                                        : QStringLiteral("src/d%1/e%2").arg(i % 100).arg(i % 7);
        QDir().mkpath(root + u'/' + dir);
        QFile file(root + u'/' + dir + QStringLiteral("/f%1.cpp").arg(i));
        if (file.open(QIODevice::WriteOnly))
            file.write(body);
        total += body.size();
    }
    QFile ignore(root + QStringLiteral("/.gitignore"));
    if (ignore.open(QIODevice::WriteOnly))
        ignore.write("build/\n");
    return total;
}

struct Timing
{
    double ms = 0;
    int matches = 0;
    qint64 longestStallMs = 0;
};

static Timing runTextSearch(const Core::SearchQuery &query, const QString &root,
                            Core::TextSearch::Backend backend)
{
    Timing timing;
    QEventLoop loop;
    Core::TextSearch search(query, root, backend);
    QObject::connect(&search, &Core::TextSearch::finished, &loop,
                     [&](const Core::TextSearch::Summary &summary) {
                         timing.matches = summary.matches;
                         loop.quit();
                     });
    QObject::connect(&search, &Core::TextSearch::failed, &loop, [&](const QString &message) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(message));
        loop.quit();
    });
    QElapsedTimer tick;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        timing.longestStallMs = std::max(timing.longestStallMs, tick.restart());
    });
    QElapsedTimer clock;
    clock.start();
    tick.start();
    ticker.start();
    search.start();
    loop.exec();
    timing.ms = double(clock.nsecsElapsed()) / 1e6;
    return timing;
}

static Timing runRipgrepDirectly(const Core::SearchQuery &query, const QString &root)
{
    Timing timing;
    QProcess process;
    process.setWorkingDirectory(root);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(Core::TextSearch::ripgrepExecutable(),
                  Core::TextSearch::ripgrepArguments(query));
    process.waitForFinished(-1);
    timing.ms = double(clock.nsecsElapsed()) / 1e6;
    return timing;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Core::GitRuntime git;
    const QStringList args = app.arguments();
    const int files = args.size() > 1 ? args.at(1).toInt() : 20000;
    const int kib = args.size() > 2 ? args.at(2).toInt() : 10;
    const int runs = args.size() > 3 ? args.at(3).toInt() : 5;
    QTemporaryDir temporary;
    const QString root = args.size() > 4 ? args.at(4) : temporary.path();
    const bool haveRg = !Core::TextSearch::ripgrepExecutable().isEmpty();

    QElapsedTimer clock;
    clock.start();
    if (!QFileInfo::exists(root + QStringLiteral("/.gitignore"))) {
        (void)Core::Repository::init(root);
        const qint64 bytes = generate(root, files, kib);
        std::printf("generated %d files, %.1f MB in %.1f s at %s\n", files, double(bytes) / 1e6,
                    double(clock.elapsed()) / 1000, qPrintable(root));
    }

    struct Case
    {
        const char *name;
        Core::SearchQuery query;
    };
    std::vector<Case> cases;
    {
        Core::SearchQuery rare;
        rare.pattern = QStringLiteral("needle_rare");
        rare.caseSensitive = true;
        cases.push_back({"literal, rare", rare});
        Core::SearchQuery common;
        common.pattern = QStringLiteral("fn_[0-9]+\\(");
        common.regularExpression = true;
        common.caseSensitive = true;
        cases.push_back({"regex, capped at 20000", common});
        Core::SearchQuery word;
        word.pattern = QStringLiteral("RESULT");
        word.wholeWord = true;
        word.includeGlobs = {QStringLiteral("src/d1*/**")};
        word.maxResults = 1000000;
        cases.push_back({"any case, whole word, include glob", word});
    }

    // One warm-up pass so that every run reads from the page cache.
    if (haveRg)
        runRipgrepDirectly(cases.front().query, root);

    std::printf("%-36s %14s %14s %10s %14s %12s %12s\n", "query", "rg direct ms",
                "TextSearch rg", "ratio", "built-in ms", "matches", "stall ms rg/built-in");
    for (const Case &c : cases) {
        std::vector<double> direct, viaRg, builtin;
        int matches = 0;
        qint64 stall = 0;
        qint64 builtinStall = 0;
        for (int run = 0; run < runs; ++run) {
            if (haveRg) {
                direct.push_back(runRipgrepDirectly(c.query, root).ms);
                const Timing t = runTextSearch(c.query, root, Core::TextSearch::Backend::Ripgrep);
                viaRg.push_back(t.ms);
                matches = t.matches;
                stall = std::max(stall, t.longestStallMs);
            }
            const Timing b = runTextSearch(c.query, root, Core::TextSearch::Backend::Builtin);
            builtin.push_back(b.ms);
            builtinStall = std::max(builtinStall, b.longestStallMs);
            if (!haveRg)
                matches = b.matches;
        }
        std::printf("%-36s %14.0f %14.0f %10.2f %14.0f %12d %8lld/%lld\n", c.name, median(direct),
                    median(viaRg), median(direct) > 0 ? median(viaRg) / median(direct) : 0.0,
                    median(builtin), matches, static_cast<long long>(stall),
                    static_cast<long long>(builtinStall));
    }
    return 0;
}
