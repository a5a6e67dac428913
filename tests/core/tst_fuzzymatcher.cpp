// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/workspace/filelist.h"
#include "core/workspace/fuzzymatcher.h"
#include "core/workspace/quickopenranker.h"
#include "core/workspace/quickopensearch.h"

#include <QtCore/QStandardPaths>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Baton;

// The paths in the order quick open shows them for `query`.
static QStringList ranked(const QStringList &paths, const QString &query,
                          const QStringList &recent = {})
{
    const auto files = Core::FileList::make(QStringLiteral("/w"), paths);
    QStringList order;
    for (const Core::QuickOpenMatch &match :
         Core::QuickOpenRanker::rank(*files, recent, query).matches)
        order.append(match.path);
    return order;
}

class TestFuzzyMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Each row: candidates, query, the one that must come first, the one that must come after it.
    void ranking_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("better");
        QTest::addColumn<QString>("worse");

        QTest::newRow("initials of the file name")
            << QStringList{"docs/someothermaywork.txt", "app/ui/mainwindow.cpp"} << "mw"
            << "app/ui/mainwindow.cpp"
            << "docs/someothermaywork.txt";
        QTest::newRow("camelCase humps") << QStringList{"src/mywork.h", "src/MainWindow.h"} << "mw"
                                         << "src/MainWindow.h"
                                         << "src/mywork.h";
        QTest::newRow("exact name first") << QStringList{"src/domain.cpp", "src/main.cpp.in",
                                                         "tests/main_test.cpp", "app/main.cpp"}
                                          << "main.cpp"
                                          << "app/main.cpp"
                                          << "src/main.cpp.in";
        QTest::newRow("consecutive beats scattered")
            << QStringList{"lib/flowcontrolmanager.c", "lib/platform.c"} << "form"
            << "lib/platform.c"
            << "lib/flowcontrolmanager.c";
        QTest::newRow("consecutive beats scattered inside a name")
            << QStringList{"x/aXbXcX.txt", "x/zzabc.txt"} << "abc"
            << "x/zzabc.txt"
            << "x/aXbXcX.txt";
        QTest::newRow("file name beats folder")
            << QStringList{"editor/readme.md", "docs/editor.md"} << "editor"
            << "docs/editor.md"
            << "editor/readme.md";
        QTest::newRow("slash matches across the path")
            << QStringList{"app/guide/mainwindow.cpp", "app/ui/mainwindow/mainwindow.cpp"}
            << "ui/mw"
            << "app/ui/mainwindow/mainwindow.cpp"
            << "app/guide/mainwindow.cpp";
        QTest::newRow("exact case bonus") << QStringList{"a/readme.txt", "b/README.txt"} << "README"
                                          << "b/README.txt"
                                          << "a/readme.txt";
        QTest::newRow("shorter path wins a tie")
            << QStringList{"deep/nested/folder/util.h", "src/util.h"} << "util.h"
            << "src/util.h"
            << "deep/nested/folder/util.h";
        QTest::newRow("word start after underscore")
            << QStringList{"src/stackframe.c", "src/stack_frame.c"} << "sf"
            << "src/stack_frame.c"
            << "src/stackframe.c";
        QTest::newRow("space-separated terms rank by both")
            << QStringList{"build/view.cpp", "src/ui/view.cpp", "core/view.cpp"} << "view ui"
            << "src/ui/view.cpp"
            << "build/view.cpp";
        QTest::newRow("recent file boosted among equals")
            << QStringList{"a/config.json", "b/config.json"} << "config"
            << "b/config.json"
            << "a/config.json";
    }

    void ranking()
    {
        QFETCH(QStringList, paths);
        QFETCH(QString, query);
        QFETCH(QString, better);
        QFETCH(QString, worse);
        const QStringList recent = QTest::currentDataTag()
                                           == QByteArray("recent file boosted "
                                                         "among equals")
                                       ? QStringList{better}
                                       : QStringList{};
        const QStringList order = ranked(paths, query, recent);
        QVERIFY2(order.contains(better), qPrintable(order.join(u", ")));
        QVERIFY2(order.contains(worse), qPrintable(order.join(u", ")));
        QVERIFY2(order.indexOf(better) < order.indexOf(worse), qPrintable(order.join(u", ")));
    }

    void exactNameComesFirstOfMany()
    {
        const QStringList order
            = ranked({"src/domain.cpp", "src/main.cpp.in", "mainwindow.cpp", "app/main.cpp",
                      "tests/main_test.cpp", "src/maintenance.cpp"},
                     "main.cpp");
        QCOMPARE(order.value(0), QStringLiteral("app/main.cpp"));
    }

    void withoutRecentTheOtherWins()
    {
        // The recent row above is not an accident of order: without the boost, a/ wins the tie.
        QCOMPARE(ranked({"a/config.json", "b/config.json"}, "config").value(0),
                 QStringLiteral("a/config.json"));
    }

    void nonMatchingRejected_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::newRow("out of order") << "src/main.cpp"
                                      << "niam";
        QTest::newRow("missing character") << "src/main.cpp"
                                           << "mainx";
        QTest::newRow("one term of two missing") << "src/main.cpp"
                                                 << "main zzz";
        QTest::newRow("slash term needs the folder") << "src/main.cpp"
                                                     << "ui/main";
        QTest::newRow("longer than the path") << "a.c"
                                              << "abcd";
    }

    void nonMatchingRejected()
    {
        QFETCH(QString, path);
        QFETCH(QString, query);
        const Core::FuzzyMatcher matcher(query);
        QVERIFY(!matcher.match(path));
        QVERIFY(ranked({path}, query).isEmpty());
    }

    void positions_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("positions");
        // "app/ui/MainWindow.cpp": M at 7, W at 11.
        QTest::newRow("humps") << "app/ui/MainWindow.cpp"
                               << "mw" << QList<int>{7, 11};
        QTest::newRow("prefer the name") << "main/x/main.cpp"
                                         << "main" << QList<int>{7, 8, 9, 10};
        QTest::newRow("across the path") << "app/ui/mainwindow.cpp"
                                         << "ui/m" << QList<int>{4, 5, 6, 7};
        QTest::newRow("two terms") << "src/view/editor.cpp"
                                   << "edi vi" << QList<int>{4, 5, 9, 10, 11};
        // 项目/主窗口.cpp: 主 at 3, 窗 at 4.
        // The first 'a' and 'b' would do; the word start after '_' with a run scores more.
        QTest::newRow("best alignment, not the first") << "x/axb_ab.c"
                                                       << "ab" << QList<int>{6, 7};
        QTest::newRow("Chinese") << QStringLiteral("项目/主窗口.cpp") << QStringLiteral("主窗")
                                 << QList<int>{3, 4};
        QTest::newRow("Chinese across the path")
            << QStringLiteral("项目/主窗口.cpp") << QStringLiteral("项/窗") << QList<int>{0, 2, 4};
        QTest::newRow("case-insensitive") << "Docs/README.md"
                                          << "readme" << QList<int>{5, 6, 7, 8, 9, 10};
    }

    void positions()
    {
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QList<int>, positions);
        const std::optional<Core::FuzzyMatch> match = Core::FuzzyMatcher(query).match(path);
        QVERIFY(match);
        QCOMPARE(match->positions, positions);
        // The ranker reports the same characters.
        const auto files = Core::FileList::make(QStringLiteral("/w"), {path});
        const Core::QuickOpenRanking ranking = Core::QuickOpenRanker::rank(*files, {}, query);
        QCOMPARE(ranking.matches.size(), 1);
        QCOMPARE(ranking.matches.first().positions, positions);
    }

    void emptyQueryListsRecentThenPathOrder()
    {
        const auto files
            = Core::FileList::make(QStringLiteral("/w"), {"c.txt", "a.txt", "b.txt", "d.txt"});
        const Core::QuickOpenRanking ranking = Core::QuickOpenRanker::rank(
            *files, {"d.txt", "gone.txt", "b.txt"}, QStringLiteral("  "));
        QStringList order;
        for (const Core::QuickOpenMatch &match : ranking.matches)
            order.append(match.path);
        QCOMPARE(order, QStringList({"d.txt", "b.txt", "a.txt", "c.txt"}));
        QVERIFY(ranking.matches.at(0).recent);
        QVERIFY(!ranking.matches.at(2).recent);
    }

    void limitAndNarrowing()
    {
        QStringList paths;
        for (int i = 0; i < 500; ++i)
            paths.append(QStringLiteral("src/module%1/file%2.cpp").arg(i % 20).arg(i));
        const auto files = Core::FileList::make(QStringLiteral("/w"), paths);
        const Core::QuickOpenRanking wide = Core::QuickOpenRanker::rank(*files, {}, "file", 10);
        QCOMPARE(wide.matches.size(), 10);
        QCOMPARE(wide.matchCount, 500);
        QVERIFY(wide.matched);
        QVERIFY(Core::QuickOpenRanker::narrows("file", "file1"));
        QVERIFY(!Core::QuickOpenRanker::narrows("file1", "file"));
        // Narrowing from the wider ranking gives the same answer as a full pass.
        const auto narrowed
            = Core::QuickOpenRanker::rank(*files, {}, "file12", 50, wide.matched.get());
        const auto full = Core::QuickOpenRanker::rank(*files, {}, "file12", 50);
        QCOMPARE(narrowed.matchCount, full.matchCount);
        QCOMPARE(narrowed.matches.size(), full.matches.size());
        for (int i = 0; i < full.matches.size(); ++i)
            QCOMPARE(narrowed.matches.at(i).path, full.matches.at(i).path);
        QCOMPARE(full.matches.first().path, QStringLiteral("src/module12/file12.cpp"));
    }

    void searchReportsOnlyTheLatestQuery()
    {
        QStringList paths;
        for (int i = 0; i < 30000; ++i)
            paths.append(QStringLiteral("src/part%1/module%2_view.cpp").arg(i % 97).arg(i));
        Core::QuickOpenSearch search;
        search.setFiles(Core::FileList::make(QStringLiteral("/w"), paths));
        QSignalSpy finished(&search, &Core::QuickOpenSearch::finished);
        search.search(QStringLiteral("m"));
        search.search(QStringLiteral("mo"));
        search.search(QStringLiteral("module12345"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        auto ranking = finished.at(0).at(0).value<Core::QuickOpenRanking>();
        QCOMPARE(ranking.query, QStringLiteral("module12345"));
        QCOMPARE(ranking.matches.value(0).path, QStringLiteral("src/part26/module12345_view.cpp"));
        // A longer query narrows the last one and agrees with a full pass.
        search.search(QStringLiteral("module12345 view"));
        QVERIFY(finished.wait(20000));
        ranking = finished.at(1).at(0).value<Core::QuickOpenRanking>();
        QCOMPARE(ranking.matchCount, 1);
        QVERIFY(!search.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestFuzzyMatcher)
#include "tst_fuzzymatcher.moc"
