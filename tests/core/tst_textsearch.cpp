// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "../support/testfiles.h"
#include "core/git/gitruntime.h"
#include "core/git/repository.h"
#include "core/search/searchquery.h"
#include "core/search/textsearch.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThreadPool>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <algorithm>

using namespace Baton;
using Core::SearchQuery;
using Core::SearchResult;
using Core::TextSearch;

Q_DECLARE_METATYPE(Core::TextSearch::Backend)

// Results in a stable order (backends and threads deliver files in any order).
static void sortResults(QList<SearchResult> &results)
{
    std::sort(results.begin(), results.end(), [](const SearchResult &a, const SearchResult &b) {
        return std::tie(a.path, a.line) < std::tie(b.path, b.line);
    });
}

// "path:line:byteStart+byteLength" for every match.
static QStringList describe(const QList<SearchResult> &results)
{
    QStringList out;
    for (const SearchResult &result : results) {
        for (const SearchResult::Range &range : result.ranges)
            out << QStringLiteral("%1:%2:%3+%4")
                       .arg(result.path)
                       .arg(result.line)
                       .arg(range.byteStart)
                       .arg(range.byteLength);
    }
    out.sort();
    return out;
}

struct Run
{
    QList<SearchResult> results;
    TextSearch::Summary summary;
    QString error;
    int batches = 0;
    bool finished = false;
};

static Run search(const SearchQuery &query, const QString &folder, TextSearch::Backend backend,
                  const QHash<QString, QByteArray> &unsavedTexts = {})
{
    Run run;
    TextSearch search(query, folder, backend);
    search.setUnsavedTexts(unsavedTexts);
    QObject::connect(&search, &TextSearch::resultsFound, &search,
                     [&run](const QList<SearchResult> &batch) {
                         run.results += batch;
                         ++run.batches;
                     });
    QObject::connect(&search, &TextSearch::finished, &search,
                     [&run](const TextSearch::Summary &summary) {
                         run.summary = summary;
                         run.finished = true;
                     });
    QObject::connect(&search, &TextSearch::failed, &search,
                     [&run](const QString &message) { run.error = message; });
    search.start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(run.finished || !run.error.isEmpty(), 60000); }();
    sortResults(run.results);
    return run;
}

class TestTextSearch : public QObject
{
    Q_OBJECT

private:
    Core::GitRuntime m_git;
    QTemporaryDir m_workspace;
    bool m_haveRg = false;

    // Runs `query` with both backends and checks that they agree; returns the built-in run.
    Run searchBoth(const SearchQuery &query, const QString &folder = {},
                   const QHash<QString, QByteArray> &unsavedTexts = {})
    {
        const QString root = folder.isEmpty() ? m_workspace.path() : folder;
        const Run builtin = search(query, root, TextSearch::Backend::Builtin, unsavedTexts);
        if (!m_haveRg)
            return builtin;
        const Run rg = search(query, root, TextSearch::Backend::Ripgrep, unsavedTexts);
        if (rg.summary.backend != TextSearch::Backend::Ripgrep && rg.error.isEmpty())
            qWarning("ripgrep run did not use ripgrep");
        [&] {
            QCOMPARE(rg.error.isEmpty(), builtin.error.isEmpty());
            QCOMPARE(describe(rg.results), describe(builtin.results));
            QCOMPARE(rg.results, builtin.results);
            QCOMPARE(rg.summary.matches, builtin.summary.matches);
            QCOMPARE(rg.summary.files, builtin.summary.files);
            QCOMPARE(rg.summary.truncated, builtin.summary.truncated);
        }();
        return builtin;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_workspace.isValid());
        m_haveRg = !TextSearch::ripgrepExecutable().isEmpty();
        const QString root = m_workspace.path();
        QVERIFY(Core::Repository::init(root).ok());
        writeFile(root + "/.gitignore", "build/\n*.log\n");
        writeFile(root + "/src/main.cpp", "int main() {\n    return foo(); // Foo\n}\n");
        writeFile(root + "/src/util.cpp", "int foo() { return 42; }\nint foobar;\n");
        writeFile(root + "/docs/notes.md", "foo bar\nFOO\n");
        writeFile(root + "/build/out.cpp", "foo in build\n");
        writeFile(root + "/app.log", "foo log\n");
        writeFile(root + "/.hidden/cfg", "x foo\n");
        writeFile(root + "/bin.dat", QByteArray("foo\0binary foo\n", 15));
        writeFile(root + "/zh.txt", "你好 foo 世界\n中文搜索\n");
        writeFile(root + "/crlf.txt", "foo\r\nbar foo\r\n");
        writeFile(root + "/latin1.txt", "caf\xe9 foo\n");
        writeFile(root + "/.git/foo.txt", "foo in .git\n");
    }

    // A stopped built-in search may still be winding down on the pool; the workspace must not
    // vanish under it (libgit2 leaks when its ignore files disappear mid-read).
    void cleanup() { QThreadPool::globalInstance()->waitForDone(); }

    void bothBackendsFindTheSame_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<bool>("wholeWord");
        QTest::addColumn<QString>("include");
        QTest::addColumn<QString>("exclude");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("literal, any case")
            << "foo" << false << false << false << "" << ""
            << QStringList{".hidden/cfg:0:2+3", "crlf.txt:0:0+3",    "crlf.txt:1:4+3",
                           "docs/notes.md:0:0+3", "docs/notes.md:1:0+3", "latin1.txt:0:5+3",
                           "src/main.cpp:1:11+3", "src/main.cpp:1:21+3", "src/util.cpp:0:4+3",
                           "src/util.cpp:1:4+3",  "zh.txt:0:7+3"};
        QTest::newRow("case-sensitive")
            << "Foo" << false << true << false << "" << "" << QStringList{"src/main.cpp:1:21+3"};
        QTest::newRow("whole word")
            << "foo" << false << true << true << "*.cpp" << ""
            << QStringList{"src/main.cpp:1:11+3", "src/util.cpp:0:4+3"};
        QTest::newRow("regex") << "fo+\\(" << true << true << false << "" << ""
                               << QStringList{"src/main.cpp:1:11+4", "src/util.cpp:0:4+4"};
        QTest::newRow("regex at the end of CRLF lines")
            << "foo$" << true << true << false << "" << ""
            << QStringList{".hidden/cfg:0:2+3", "crlf.txt:0:0+3", "crlf.txt:1:4+3",
                           "latin1.txt:0:5+3"};
        QTest::newRow("regex with a look-behind (PCRE2 in rg)")
            << "(?<=return )\\w+" << true << true << false << "" << ""
            << QStringList{"src/main.cpp:1:11+3", "src/util.cpp:0:19+2"};
        QTest::newRow("include globs")
            << "foo" << false << true << false << "*.cpp, docs/**" << ""
            << QStringList{"docs/notes.md:0:0+3", "src/main.cpp:1:11+3", "src/util.cpp:0:4+3",
                           "src/util.cpp:1:4+3"};
        QTest::newRow("exclude globs")
            << "foo" << false << true << false << "" << "src, *.md"
            << QStringList{".hidden/cfg:0:2+3", "crlf.txt:0:0+3", "crlf.txt:1:4+3",
                           "latin1.txt:0:5+3", "zh.txt:0:7+3"};
        QTest::newRow("include and exclude")
            << "foo" << false << true << false << "src/**" << "util.*"
            << QStringList{"src/main.cpp:1:11+3"};
        QTest::newRow("an include glob picks an ignored file by name")
            << "foo" << false << true << false << "*.log" << "" << QStringList{"app.log:0:0+3"};
        QTest::newRow("braces") << "foo" << false << true << false << "*.{md,txt}" << ""
                                << QStringList{"crlf.txt:0:0+3", "crlf.txt:1:4+3",
                                               "docs/notes.md:0:0+3", "latin1.txt:0:5+3",
                                               "zh.txt:0:7+3"};
        QTest::newRow("Chinese") << "搜索" << false << false << false << "" << ""
                                 << QStringList{"zh.txt:1:6+6"};
        QTest::newRow("no match") << "nothing like this" << false << false << false << "" << ""
                                  << QStringList{};
    }

    void bothBackendsFindTheSame()
    {
        if (!m_haveRg)
            qWarning("ripgrep (rg) is not installed: only the built-in backend is checked");
        QFETCH(QString, pattern);
        QFETCH(bool, regex);
        QFETCH(bool, caseSensitive);
        QFETCH(bool, wholeWord);
        QFETCH(QString, include);
        QFETCH(QString, exclude);
        QFETCH(QStringList, expected);
        SearchQuery query;
        query.pattern = pattern;
        query.regularExpression = regex;
        query.caseSensitive = caseSensitive;
        query.wholeWord = wholeWord;
        query.includeGlobs = SearchQuery::splitGlobs(include);
        query.excludeGlobs = SearchQuery::splitGlobs(exclude);
        const Run run = searchBoth(query);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(describe(run.results), expected);
        QCOMPARE(run.summary.matches, expected.size());
        QVERIFY(!run.summary.truncated);
    }

    void ripgrepRows()
    {
        if (!m_haveRg)
            QSKIP("ripgrep (rg) is not installed; the ripgrep backend cannot be compared");
        SearchQuery query;
        query.pattern = QStringLiteral("foo");
        const Run run = search(query, m_workspace.path(), TextSearch::Backend::Automatic);
        QCOMPARE(run.summary.backend, TextSearch::Backend::Ripgrep);
        QCOMPARE(run.summary.matches, 11);
    }

    void resultsCarryColumnsTextAndContext()
    {
        SearchQuery query;
        query.pattern = QStringLiteral("foo");
        query.includeGlobs = {QStringLiteral("zh.txt"), QStringLiteral("src/main.cpp"),
                              QStringLiteral("latin1.txt")};
        const Run run = searchBoth(query);
        QCOMPARE(run.results.size(), 3);
        const SearchResult &latin1 = run.results.at(0);
        QCOMPARE(latin1.path, QStringLiteral("latin1.txt"));
        QCOMPARE(latin1.text, QStringLiteral("caf\uFFFD foo"));
        QCOMPARE(latin1.ranges.first().start, 5);
        QVERIFY(latin1.before.isNull());
        QVERIFY(latin1.after.isNull());

        const SearchResult &main = run.results.at(1);
        QCOMPARE(main.line, 1);
        QCOMPARE(main.text, QStringLiteral("    return foo(); // Foo"));
        QCOMPARE(main.ranges.size(), 2);
        QCOMPARE(main.before, QStringLiteral("int main() {"));
        QCOMPARE(main.after, QStringLiteral("}"));

        const SearchResult &zh = run.results.at(2);
        QCOMPARE(zh.text, QStringLiteral("你好 foo 世界"));
        QCOMPARE(zh.ranges.first().byteStart, 7); // what the editor's columns count
        QCOMPARE(zh.ranges.first().start, 3);     // what QString counts
        QCOMPARE(zh.ranges.first().length, 3);
        QCOMPARE(zh.after, QStringLiteral("中文搜索"));
    }

    void emptyNeighbourLinesAreContext()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("e.txt"), "\nfoo\n\nfoo\n");
        SearchQuery query;
        query.pattern = QStringLiteral("foo");
        const Run builtin = search(query, dir.path(), TextSearch::Backend::Builtin);
        QCOMPARE(builtin.results.size(), 2);
        QVERIFY(!builtin.results.at(0).before.isNull());
        QVERIFY(builtin.results.at(0).before.isEmpty());
        QVERIFY(!builtin.results.at(0).after.isNull());
        QVERIFY(builtin.results.at(1).after.isNull()); // the last line
        if (!m_haveRg)
            QSKIP("ripgrep (rg) is not installed; the ripgrep backend cannot be compared");
        const Run rg = search(query, dir.path(), TextSearch::Backend::Ripgrep);
        QCOMPARE(rg.results, builtin.results);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(rg.results.at(i).before.isNull(), builtin.results.at(i).before.isNull());
            QCOMPARE(rg.results.at(i).after.isNull(), builtin.results.at(i).after.isNull());
        }
    }

    void invalidRegularExpressionFails_data()
    {
        QTest::addColumn<TextSearch::Backend>("backend");
        QTest::newRow("built-in") << TextSearch::Backend::Builtin;
        QTest::newRow("ripgrep") << TextSearch::Backend::Ripgrep;
    }

    void invalidRegularExpressionFails()
    {
        QFETCH(TextSearch::Backend, backend);
        if (backend == TextSearch::Backend::Ripgrep && !m_haveRg)
            QSKIP("ripgrep (rg) is not installed");
        SearchQuery query;
        query.pattern = QStringLiteral("foo(");
        query.regularExpression = true;
        const Run run = search(query, m_workspace.path(), backend);
        QVERIFY(!run.finished);
        QVERIFY2(run.error.startsWith(QStringLiteral("Invalid regular expression: ")),
                 qPrintable(run.error));
        QVERIFY(run.results.isEmpty());
    }

    void capTruncates_data() { invalidRegularExpressionFails_data(); }

    void capTruncates()
    {
        QFETCH(TextSearch::Backend, backend);
        if (backend == TextSearch::Backend::Ripgrep && !m_haveRg)
            QSKIP("ripgrep (rg) is not installed");
        SearchQuery query;
        query.pattern = QStringLiteral("foo");
        query.maxResults = 3;
        const Run run = search(query, m_workspace.path(), backend);
        QVERIFY(run.finished);
        QVERIFY(run.summary.truncated);
        QCOMPARE(run.summary.matches, 3);
        int ranges = 0;
        for (const SearchResult &result : run.results)
            ranges += int(result.ranges.size());
        QCOMPARE(ranges, 3);

        query.maxResults = 11; // exactly as many as there are
        const Run all = search(query, m_workspace.path(), backend);
        QVERIFY(!all.summary.truncated);
        QCOMPARE(all.summary.matches, 11);
    }

    void streamsInBatchesAndCancels_data() { invalidRegularExpressionFails_data(); }

    void streamsInBatchesAndCancels()
    {
        QFETCH(TextSearch::Backend, backend);
        if (backend == TextSearch::Backend::Ripgrep && !m_haveRg)
            QSKIP("ripgrep (rg) is not installed");
        QTemporaryDir big;
        QByteArray body;
        for (int line = 0; line < 100; ++line)
            body += "some text with needle in it and more text after the needle\n";
        for (int i = 0; i < 600; ++i)
            writeFile(big.filePath(QStringLiteral("d%1/f%2.txt").arg(i % 30).arg(i)), body);

        SearchQuery query;
        query.pattern = QStringLiteral("needle");
        query.maxResults = 1000000;
        const Run run = search(query, big.path(), backend);
        QVERIFY2(run.finished, qPrintable(run.error));
        QCOMPARE(run.summary.matches, 600 * 100 * 2);
        QCOMPARE(run.summary.files, 600);
        QCOMPARE(run.results.size(), 600 * 100);
        // Several batches, not one at the end, whenever the search lasted several intervals.
        if (run.summary.elapsedMs > 6 * TextSearch::batchIntervalMs)
            QVERIFY2(run.batches >= 2, qPrintable(QString::number(run.batches)));

        // Cancelled: nothing more arrives, and a later search still works.
        auto *cancelled = new TextSearch(query, big.path(), backend);
        QSignalSpy cancelledFinished(cancelled, &TextSearch::finished);
        QSignalSpy cancelledBatches(cancelled, &TextSearch::resultsFound);
        cancelled->start();
        cancelled->cancel();
        QVERIFY(!cancelled->isRunning());
        query.pattern = QStringLiteral("text after");
        query.includeGlobs = {QStringLiteral("d1/**")};
        const Run later = search(query, big.path(), backend);
        QCOMPARE(later.summary.files, 20);
        QCOMPARE(cancelledFinished.count(), 0);
        QCOMPARE(cancelledBatches.count(), 0);
        delete cancelled;

        // Destroyed while running: no crash, no signal to anyone.
        {
            TextSearch destroyed(query, big.path(), backend);
            destroyed.start();
        }
        QThreadPool::globalInstance()->waitForDone(); // before `big` is deleted
    }

    // An open editor's unsaved text is searched instead of its file, by both backends alike.
    void unsavedTextsStandInForTheirFiles_data()
    {
        QTest::addColumn<QString>("include");
        QTest::addColumn<QString>("exclude");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no globs") << "" << ""
                                  << QStringList{"kept.txt:0:0+3", "new.txt:1:0+3",
                                                 "src/edited.cpp:1:14+3", "src/edited.cpp:1:8+3"};
        QTest::newRow("exclude drops a text") << "" << "src"
                                              << QStringList{"kept.txt:0:0+3", "new.txt:1:0+3"};
        QTest::newRow("include picks an ignored text by name")
            << "*.log" << "" << QStringList{"app.log:0:0+3", "app.log:0:4+3"};
    }

    void unsavedTextsStandInForTheirFiles()
    {
        QFETCH(QString, include);
        QFETCH(QString, exclude);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(Core::Repository::init(root).ok());
        writeFile(root + "/.gitignore", "build/\n*.log\n");
        writeFile(root + "/kept.txt", "foo on disk\n");
        writeFile(root + "/src/edited.cpp", "int foo() { return 42; }\nint foobar;\n");
        writeFile(root + "/gone.md", "foo\nFOO\n");
        writeFile(root + "/build/out.cpp", "no match\n");
        writeFile(root + "/app.log", "nothing\n");
        writeFile(root + "/target.txt", "no match\n");
        QVERIFY(QFile::link(root + "/target.txt", root + "/link.txt"));
        const QHash<QString, QByteArray> texts{
            // a match typed in the buffer is found, the one deleted from it is not
            {"src/edited.cpp", "int bar() { return 42; }\nint x = foo + FOO;\n"},
            {"gone.md", "all matches deleted\n"},
            // a file not yet on disk (deleted, or saved under its name later), CRLF lines
            {"new.txt", "x\r\nfoo\r\n"},
            // .gitignore'd as its file is, unless an include glob names it
            {"build/out.cpp", "foo\n"},
            {"app.log", "foo foo\n"},
            // never searched: .git, a symbolic link, binary, outside the folder
            {".git/foo", "foo\n"},
            {"link.txt", "foo\n"},
            {"binary.txt", QByteArray("foo\0", 4)},
            {"../outside.txt", "foo\n"},
        };
        SearchQuery query;
        query.pattern = QStringLiteral("foo");
        query.includeGlobs = SearchQuery::splitGlobs(include);
        query.excludeGlobs = SearchQuery::splitGlobs(exclude);
        const Run run = searchBoth(query, root, texts);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(describe(run.results), expected);
        QCOMPARE(run.summary.matches, expected.size());

        // The line, its neighbours and columns come from the text, as the editor shows them.
        if (expected.contains("src/edited.cpp:1:8+3")) {
            const auto edited = std::find_if(run.results.cbegin(), run.results.cend(),
                                             [](const SearchResult &r) {
                                                 return r.path == u"src/edited.cpp";
                                             });
            QVERIFY(edited != run.results.cend());
            QCOMPARE(edited->text, QStringLiteral("int x = foo + FOO;"));
            QCOMPARE(edited->before, QStringLiteral("int bar() { return 42; }"));
            QVERIFY(edited->after.isNull());
        }
        QThreadPool::globalInstance()->waitForDone(); // before `dir` is deleted
    }

    void unsavedTextsCountTowardsTheCap_data() { invalidRegularExpressionFails_data(); }

    void unsavedTextsCountTowardsTheCap()
    {
        QFETCH(TextSearch::Backend, backend);
        if (backend == TextSearch::Backend::Ripgrep && !m_haveRg)
            QSKIP("ripgrep (rg) is not installed");
        SearchQuery query;
        query.pattern = QStringLiteral("foo");
        query.maxResults = 2;
        const QHash<QString, QByteArray> texts{{"zh.txt", "foo foo foo\n"}};
        const Run run = search(query, m_workspace.path(), backend, texts);
        QVERIFY(run.finished);
        QVERIFY(run.summary.truncated);
        QCOMPARE(describe(run.results), (QStringList{"zh.txt:0:0+3", "zh.txt:0:4+3"}));

        // The blocking form takes the texts too.
        query.maxResults = 20000;
        const QString folder = m_workspace.path();
        auto outcome = QtConcurrent::run([query, folder, backend, texts] {
                           return TextSearch::run(query, folder, backend, texts);
                       }).result();
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QList<SearchResult> results = outcome->results;
        sortResults(results);
        QCOMPARE(results, search(query, folder, backend, texts).results);
        QVERIFY(describe(results).contains("zh.txt:0:8+3"));
        QVERIFY(!describe(results).contains("zh.txt:0:7+3")); // the disk's match is gone
    }

    void blockingRunFromAWorker_data() { invalidRegularExpressionFails_data(); }

    void blockingRunFromAWorker()
    {
        QFETCH(TextSearch::Backend, backend);
        if (backend == TextSearch::Backend::Ripgrep && !m_haveRg)
            QSKIP("ripgrep (rg) is not installed");
        SearchQuery query;
        query.pattern = QStringLiteral("foo");
        const QString folder = m_workspace.path();
        auto outcome = QtConcurrent::run([query, folder, backend] {
                           return TextSearch::run(query, folder, backend);
                       }).result();
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QList<SearchResult> results = outcome->results;
        sortResults(results);
        const Run async = search(query, folder, backend);
        QCOMPARE(results, async.results);
        QCOMPARE(outcome->summary.files, async.summary.files);
    }
};

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
