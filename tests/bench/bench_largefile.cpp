// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors

// A huge file in the editor (docs/benchmarks.md), in process and offscreen: a generated
// 51 MiB, 1,000,000-line C file is read as the main window reads it (Core::TextFile::read on a
// worker), given to an EditorView and painted. Prints the time to the first screen styled and
// painted, the resident memory then, the time from jumping to the last line until the lines on
// screen are highlighted, and the longest event-loop stall (a 5 ms timer recording the largest
// gap between its ticks) while opening, jumping, scrolling page by page for 2 s and typing 200
// characters. Never fails on time.
//
//     bench_largefile [lines, default 1000000]

#include "core/documents/textfile.h"
#include "ui/editor/editorview.h"
#include "ui/editor/syntaxlexer.h"

#include <KSyntaxHighlighting/Repository>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QFutureWatcher>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>

#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Baton;

namespace {

double residentMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1
               ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0)
               : -1;
}

// CPU time of this process in ms (all threads): unlike wall time, barely inflated by other
// processes sharing the cores.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Ten lines of ordinary C, about 53 bytes a line as in the 51 MiB file.
QByteArray generate(int lines)
{
    QByteArray text;
    text.reserve(qsizetype(lines) * 56);
    for (int block = 0; block * 10 < lines; ++block) {
        const QByteArray n = QByteArray::number(block);
        text += "/* Block " + n + ": adds the squares of the values below its bound, then\n"
                "   returns the total, as every other block of this generated file does. */\n"
                "static long accumulate_" + n + "(const long *values, int count)\n"
                "{ /* body */\n"
                "    const char *label = \"accumulate " + n + " over its values\";\n"
                "    long total = 0x" + QByteArray::number(block, 16) + "; // start from the seed of this block\n"
                "    for (int index = 0; index < count; ++index)\n"
                "        total += values[index] * values[index] - " + n + "; /* the square */\n"
                "    return label[0] == 'a' ? total : -total; /* never negative, in fact */\n"
                "}\n";
    }
    return text;
}

// The largest gap between ticks of a 5 ms timer, over a phase.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_sinceTick.restart());
        });
    }
    void start()
    {
        m_longest = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    // The largest gap, including the one up to now.
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_longest, m_sinceTick.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

int styleAt(const Ui::EditorView &view, int position)
{
    return int(view.SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, position)) & 0xff;
}

// Whether the line's first `static` keyword (or its first non-blank byte) has a style other
// than plain text: every block's third line starts with it.
bool shownLinesHighlighted(Ui::EditorView &view)
{
    const int first = int(view.SendScintilla(QsciScintillaBase::SCI_GETFIRSTVISIBLELINE));
    const int shown = int(view.SendScintilla(QsciScintillaBase::SCI_LINESONSCREEN));
    const int last = std::min(view.lines() - 1, first + shown - 1);
    for (int line = first; line <= last; ++line) {
        const int start = int(view.SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line));
        if (view.text(line).startsWith(QLatin1String("static")) && styleAt(view, start) == 0)
            return false;
    }
    return true;
}

// Runs the event loop until `condition` holds (checked every millisecond). Unlike
// QTest::qWaitFor, which sleeps between turns, this never blocks the loop itself, so the stalls
// measured are the editor's.
bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    return condition();
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int lines = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;

    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("huge.c"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(generate(lines)) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    const double fileMiB = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    std::printf("large file: %s, %.1f MiB, %d lines, offscreen, in process\n", qPrintable(path),
                fileMiB, lines);
    std::printf("goals: first screen < 500 ms and < 220 MiB; no stall > 50 ms\n\n");
    std::printf("resident before anything: %.1f MiB\n", residentMiB());

    QElapsedTimer clock;
    clock.start();
    KSyntaxHighlighting::Repository repository;
    std::printf("KSyntaxHighlighting::Repository: %lld ms (%d definitions)\n",
                static_cast<long long>(clock.elapsed()), int(repository.definitions().size()));

    StallMeter stalls;
    Ui::EditorView view(repository);
    // BENCH_FOLDING=0: without the fold margin, to see what it costs.
    if (qEnvironmentVariable("BENCH_FOLDING") == u"0")
        view.setFolding(QsciScintilla::NoFoldStyle);
    if (qEnvironmentVariableIsSet("BENCH_LAYOUTCACHE"))
        view.SendScintilla(QsciScintillaBase::SCI_SETLAYOUTCACHE,
                           qEnvironmentVariableIntValue("BENCH_LAYOUTCACHE"));
    // Experiments: BENCH_MODMASK=1 lets only text changes through as SCN_MODIFIED (no style or
    // fold notifications); BENCH_NOBRACE=1 turns brace matching off.
    if (qEnvironmentVariableIsSet("BENCH_MODMASK"))
        view.SendScintilla(QsciScintillaBase::SCI_SETMODEVENTMASK,
                           QsciScintillaBase::SC_MOD_INSERTTEXT
                               | QsciScintillaBase::SC_MOD_DELETETEXT);
    if (qEnvironmentVariableIsSet("BENCH_NOBRACE"))
        view.setBraceMatching(QsciScintilla::NoBraceMatch);
    std::printf("layout cache: %ld\n", view.SendScintilla(QsciScintillaBase::SCI_GETLAYOUTCACHE));
    view.resize(1200, 900);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        std::fprintf(stderr, "the view was not exposed\n");

    // Open: read on a worker, hand the bytes over, paint.
    stalls.start();
    clock.restart();
    double cpuStart = cpuMs();
    QFutureWatcher<Core::Result<Core::TextFileContent>> watcher;
    watcher.setFuture(QtConcurrent::run([path] { return Core::TextFile::read(path); }));
    waitFor([&] { return watcher.isFinished(); }, 60000);
    const qint64 readMs = clock.elapsed();
    {
        const Core::Result<Core::TextFileContent> read = watcher.result();
        if (!read.ok()) {
            std::fprintf(stderr, "read failed: %s\n", qPrintable(read.errorMessage()));
            return 1;
        }
        view.setFileContent(path, read->bytes);
        watcher.setFuture({}); // release the read buffer, as the main window does
    }
    const qint64 contentMs = clock.elapsed();
    view.viewport()->repaint();
    const qint64 firstScreenMs = clock.elapsed();
    QElapsedTimer again;
    again.start();
    view.viewport()->repaint();
    std::printf("a repaint with nothing changed: %lld ms\n", static_cast<long long>(again.elapsed()));
    const bool firstHighlighted = shownLinesHighlighted(view);
    QCoreApplication::processEvents();
    const qint64 openStall = stalls.stop();
    std::printf("open: read %lld ms, setFileContent %lld ms, first screen painted %lld ms "
                "(highlighted: %s; CPU %.0f ms), resident %.1f MiB, longest stall %lld ms\n",
                static_cast<long long>(readMs), static_cast<long long>(contentMs - readMs),
                static_cast<long long>(firstScreenMs), firstHighlighted ? "yes" : "NO",
                cpuMs() - cpuStart, residentMiB(), static_cast<long long>(openStall));

    // BENCH_CALLS=1: what single Scintilla calls cost near the end of the file, then stop.
    if (qEnvironmentVariableIsSet("BENCH_CALLS")) {
        const int base = view.lines() - 20000;
        const auto perCall = [&](const char *name, const std::function<void(int)> &call) {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < 2000; ++i)
                call(base + i);
            std::printf("%-28s %8.2f us a call\n", name, double(timer.nsecsElapsed()) / 2000e3);
        };
        perCall("SCI_POSITIONFROMLINE", [&](int line) {
            view.SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line);
        });
        perCall("SCI_GETFOLDLEVEL", [&](int line) {
            view.SendScintilla(QsciScintillaBase::SCI_GETFOLDLEVEL, line);
        });
        perCall("SCI_SETFOLDLEVEL", [&](int line) {
            view.SendScintilla(QsciScintillaBase::SCI_SETFOLDLEVEL, static_cast<unsigned long>(line),
                               static_cast<long>(QsciScintillaBase::SC_FOLDLEVELBASE + 1 + line % 2));
        });
        perCall("SCI_STARTSTYLING+SETSTYLING", [&](int line) {
            const long start = view.SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line);
            view.SendScintilla(QsciScintillaBase::SCI_STARTSTYLING, static_cast<unsigned long>(start), 0L);
            view.SendScintilla(QsciScintillaBase::SCI_SETSTYLING, 10UL, static_cast<long>(1 + line % 2));
        });
        perCall("SCI_STARTSTYLING (end)", [&](int) {
            view.SendScintilla(QsciScintillaBase::SCI_STARTSTYLING,
                               static_cast<unsigned long>(view.length()), 0L);
        });
        // What QScintilla's own brace matching did on every caret move beside an unmatched
        // brace: Scintilla's SCI_BRACEMATCH scans to the end of the document.
        view.insertAt(QStringLiteral("["), 5, 0);
        const long bracket = view.SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, 5);
        QElapsedTimer braceTimer;
        braceTimer.start();
        const long match = view.SendScintilla(QsciScintillaBase::SCI_BRACEMATCH,
                                              static_cast<unsigned long>(bracket), 0L);
        std::printf("SCI_BRACEMATCH, unmatched [ on line 5: %lld ms (match %ld)\n",
                    static_cast<long long>(braceTimer.elapsed()), match);
        return 0;
    }

    // Scroll down page by page for 2 s from the top, painting each page.
    stalls.start();
    clock.restart();
    int pages = 0;
    QTimer pager;
    pager.setInterval(16);
    QObject::connect(&pager, &QTimer::timeout, &view, [&] {
        view.SendScintilla(QsciScintillaBase::SCI_PAGEDOWN);
        ++pages;
    });
    pager.start();
    waitFor([&] { return clock.elapsed() >= 2000; }, 3000);
    pager.stop();
    QCoreApplication::processEvents();
    std::printf("scroll: %d pages in 2 s (to line %d), shown lines highlighted: %s, longest "
                "stall %lld ms\n",
                pages, int(view.SendScintilla(QsciScintillaBase::SCI_GETFIRSTVISIBLELINE)),
                shownLinesHighlighted(view) ? "yes" : "NO",
                static_cast<long long>(stalls.stop()));

    // Jump to the last line: plain at once, highlighted when the catch-up gets there.
    stalls.start();
    clock.restart();
    cpuStart = cpuMs();
    const int caughtUpFrom
        = int(view.SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION,
                                 view.SendScintilla(QsciScintillaBase::SCI_GETENDSTYLED)));
    view.goToPosition(view.lines() - 1);
    view.viewport()->repaint();
    // BENCH_HIDE_WHILE_CATCHING_UP=1: hide the view after the jump, to see what painting costs.
    if (qEnvironmentVariableIsSet("BENCH_HIDE_WHILE_CATCHING_UP"))
        view.hide();
    const qint64 jumpPaintMs = clock.elapsed();
    const bool highlightedAtOnce = shownLinesHighlighted(view);
    waitFor([&] { return shownLinesHighlighted(view); }, 120000);
    const qint64 highlightedMs = clock.elapsed();
    // BENCH_PROGRESS=1: every 2 s, how far the catch-up got (the last block whose "{" line is a
    // fold header) and what the last 2 s cost a line, to see whether the cost depends on where
    // in the file the catch-up is.
    QTimer progress;
    int lastReached = caughtUpFrom;
    double lastCpu = cpuStart;
    if (qEnvironmentVariableIsSet("BENCH_PROGRESS")) {
        progress.setInterval(2000);
        QObject::connect(&progress, &QTimer::timeout, &view, [&] {
            const auto headerAt = [&](int block) {
                return view.SendScintilla(QsciScintillaBase::SCI_GETFOLDLEVEL, block * 10 + 3)
                       & QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
            };
            int low = 0;
            int high = view.lines() / 10 - 1;
            while (low < high) {
                const int middle = (low + high + 1) / 2;
                if (headerAt(middle))
                    low = middle;
                else
                    high = middle - 1;
            }
            const int reached = low * 10;
            const double now = cpuMs();
            std::printf("  catch-up at line %d after %lld ms: %.1f us CPU a line over the last "
                        "%d lines\n",
                        reached, static_cast<long long>(clock.elapsed()),
                        (now - lastCpu) * 1e3 / std::max(1, reached - lastReached),
                        reached - lastReached);
            lastReached = reached;
            lastCpu = now;
        });
        progress.start();
    }
    waitFor([&] { return !view.syntaxLexer()->isCatchingUp(); }, 120000);
    progress.stop();
    const qint64 caughtUpMs = clock.elapsed();
    const double catchUpCpuMs = cpuMs() - cpuStart;
    std::printf("jump to the end: painted %lld ms (highlighted at once: %s), shown lines "
                "highlighted %lld ms, catch-up done %lld ms (CPU %.0f ms, %.1f us a line from "
                "line %d), longest stall %lld ms, resident %.1f MiB\n",
                static_cast<long long>(jumpPaintMs), highlightedAtOnce ? "yes" : "no",
                static_cast<long long>(highlightedMs), static_cast<long long>(caughtUpMs),
                catchUpCpuMs, catchUpCpuMs * 1e3 / std::max(1, view.lines() - caughtUpFrom),
                caughtUpFrom, static_cast<long long>(stalls.stop()), residentMiB());

    // Type 200 characters near the top, one every 10 ms, as a fast typist would
    // (BENCH_TYPE_AT_END=1: near the end).
    const bool typeAtEnd = qEnvironmentVariableIsSet("BENCH_TYPE_AT_END");
    view.goToPosition(typeAtEnd ? view.lines() - 5 : 5);
    QCoreApplication::processEvents();
    stalls.start();
    clock.restart();
    const QString typed = QStringLiteral("long extra = values[0] + 42; ").repeated(7).left(200);
    int next = 0;
    QTimer typist;
    typist.setInterval(10);
    // The slowest keystroke itself (the key event handled, before any repaint), and which.
    qint64 slowestKeyNs = 0;
    int slowestKey = -1;
    QObject::connect(&typist, &QTimer::timeout, &view, [&] {
        if (next < typed.size()) {
            QElapsedTimer key;
            key.start();
            QTest::keyClick(&view, typed.at(next++).toLatin1());
            if (key.nsecsElapsed() > slowestKeyNs) {
                slowestKeyNs = key.nsecsElapsed();
                slowestKey = next;
            }
        }
    });
    cpuStart = cpuMs();
    typist.start();
    waitFor([&] { return next >= typed.size(); }, 60000);
    typist.stop();
    QCoreApplication::processEvents();
    std::printf("typing near the %s: %lld characters in %lld ms (CPU %.0f ms), longest stall "
                "%lld ms\n",
                typeAtEnd ? "end" : "top", static_cast<long long>(next),
                static_cast<long long>(clock.elapsed()), cpuMs() - cpuStart,
                static_cast<long long>(stalls.stop()));
    std::printf("slowest keystroke: number %d, %.1f ms\n", slowestKey, double(slowestKeyNs) / 1e6);
    std::printf("most lines highlighted in one pass: %d (limit %d)\n",
                view.syntaxLexer()->mostLinesInOnePass(), Ui::SyntaxLexer::linesPerPass);
    std::printf("resident at the end: %.1f MiB\n", residentMiB());
    return 0;
}
