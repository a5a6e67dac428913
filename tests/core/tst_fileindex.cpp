// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "../support/testfiles.h"
#include "core/git/gitruntime.h"
#include "core/git/repository.h"
#include "core/workspace/fileindex.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSet>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Baton;

class TestFileIndex : public QObject
{
    Q_OBJECT

private:
    Core::GitRuntime m_git;

    // The files found in `folder` by `scanner`, after the scan is ready.
    static QSet<QString> scan(const QString &folder, Core::FileIndex::Scanner scanner,
                              bool *usedRipgrep = nullptr, int maxFiles = 0,
                              bool *truncated = nullptr)
    {
        Core::FileIndex index;
        index.setScanner(scanner);
        if (maxFiles > 0)
            index.setMaxFiles(maxFiles);
        QSignalSpy ready(&index, &Core::FileIndex::ready);
        index.setFolder(folder);
        if (!ready.wait(20000))
            return {QStringLiteral("<no ready() signal>")};
        if (usedRipgrep)
            *usedRipgrep = index.lastScanUsedRipgrep();
        if (truncated)
            *truncated = index.files()->truncated;
        return QSet<QString>(index.files()->paths.cbegin(), index.files()->paths.cend());
    }

    // A git repository with ignored files, a hidden folder, and symlinks in and out.
    static void makeRepository(const QString &root, const QString &outside)
    {
        QVERIFY(Core::Repository::init(root).ok());
        writeFile(root + "/.gitignore", "build/\n*.log\n");
        writeFile(root + "/README.md");
        writeFile(root + "/src/main.cpp");
        writeFile(root + "/src/ui/主窗口.cpp");
        writeFile(root + "/.config/settings.json");
        writeFile(root + "/build/out.o");
        writeFile(root + "/debug.log");
        writeFile(root + "/src/trace.log");
        writeFile(outside + "/secret.txt");
        QVERIFY(QFile::link(outside, root + "/outside"));
        QVERIFY(QFile::link(root + "/src/main.cpp", root + "/main-link.cpp"));
    }

    static QSet<QString> expectedInRepository()
    {
        return {".gitignore", "README.md", "src/main.cpp", QStringLiteral("src/ui/主窗口.cpp"),
                ".config/settings.json"};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!Core::FileIndex::ripgrepProgram().isEmpty(), "rg must be on PATH");
    }

    void ignoredFilesAndGitLeftOut_data()
    {
        QTest::addColumn<Core::FileIndex::Scanner>("scanner");
        QTest::newRow("ripgrep") << Core::FileIndex::Scanner::Automatic;
        QTest::newRow("built-in") << Core::FileIndex::Scanner::BuiltIn;
    }

    void ignoredFilesAndGitLeftOut()
    {
        QFETCH(Core::FileIndex::Scanner, scanner);
        QTemporaryDir dir;
        QTemporaryDir outside;
        makeRepository(dir.path(), outside.path());
        bool usedRipgrep = false;
        const QSet<QString> files = scan(dir.path(), scanner, &usedRipgrep);
        QCOMPARE(files, expectedInRepository());
        QCOMPARE(usedRipgrep, scanner == Core::FileIndex::Scanner::Automatic);
    }

    void bothScannersAgreeOnASubfolderOfARepository()
    {
        QTemporaryDir dir;
        QTemporaryDir outside;
        makeRepository(dir.path(), outside.path());
        writeFile(dir.path() + "/src/ui/.gitignore", "generated/\n");
        writeFile(dir.path() + "/src/ui/generated/moc.cpp");
        writeFile(dir.path() + "/src/ui/view.cpp");
        const QString folder = dir.path() + "/src";
        const QSet<QString> expected{"main.cpp", QStringLiteral("ui/主窗口.cpp"), "ui/view.cpp",
                                     "ui/.gitignore"};
        QCOMPARE(scan(folder, Core::FileIndex::Scanner::BuiltIn), expected);
        QCOMPARE(scan(folder, Core::FileIndex::Scanner::Automatic), expected);
    }

    void outsideARepositoryOnlyGitIsSkipped()
    {
        QTemporaryDir dir;
        writeFile(dir.path() + "/.gitignore", "*.log\n");
        writeFile(dir.path() + "/debug.log");
        writeFile(dir.path() + "/a/b.txt");
        const QSet<QString> expected{".gitignore", "debug.log", "a/b.txt"};
        QCOMPARE(scan(dir.path(), Core::FileIndex::Scanner::BuiltIn), expected);
        QCOMPARE(scan(dir.path(), Core::FileIndex::Scanner::Automatic), expected);
    }

    void refreshPicksUpNewFilesAndKeepsTheOldMeanwhile_data() { ignoredFilesAndGitLeftOut_data(); }

    void refreshPicksUpNewFilesAndKeepsTheOldMeanwhile()
    {
        QFETCH(Core::FileIndex::Scanner, scanner);
        QTemporaryDir dir;
        writeFile(dir.path() + "/first.txt");
        Core::FileIndex index;
        index.setScanner(scanner);
        QSignalSpy ready(&index, &Core::FileIndex::ready);
        index.setFolder(dir.path());
        QVERIFY(ready.wait(20000));
        QVERIFY(index.isReady());
        QCOMPARE(index.files()->paths, QStringList{"first.txt"});

        writeFile(dir.path() + "/later/second.txt");
        index.refreshIfOlderThan(60000); // scanned just now: nothing to do
        QVERIFY(!index.isScanning());
        index.refresh();
        QVERIFY(index.isScanning());
        QCOMPARE(index.files()->paths, QStringList{"first.txt"}); // still usable meanwhile
        QVERIFY(ready.wait(20000));
        QCOMPARE(index.files()->paths, QStringList({"first.txt", "later/second.txt"}));
        QCOMPARE(index.files()->root, dir.path());
    }

    void stopsAtTheFileLimit_data() { ignoredFilesAndGitLeftOut_data(); }

    void stopsAtTheFileLimit()
    {
        QFETCH(Core::FileIndex::Scanner, scanner);
        QTemporaryDir dir;
        for (int i = 0; i < 20; ++i)
            writeFile(dir.path() + QStringLiteral("/f%1.txt").arg(i));
        bool truncated = false;
        QCOMPARE(scan(dir.path(), scanner, nullptr, 5, &truncated).size(), 5);
        QVERIFY(truncated);
        QCOMPARE(scan(dir.path(), scanner, nullptr, 20, &truncated).size(), 20);
        QVERIFY(!truncated);
    }

    void changingFolderDropsTheOldScan()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        writeFile(first.path() + "/one.txt");
        writeFile(second.path() + "/two.txt");
        Core::FileIndex index;
        QSignalSpy ready(&index, &Core::FileIndex::ready);
        index.setFolder(first.path());
        index.setFolder(second.path()); // before the first scan reports
        QVERIFY(ready.wait(20000));
        QCOMPARE(index.files()->paths, QStringList{"two.txt"});
        index.refresh();
        QVERIFY(ready.wait(20000));
        QCOMPARE(index.files()->paths, QStringList{"two.txt"});
        QCOMPARE(index.files()->root, second.path());
    }
};

QTEST_GUILESS_MAIN(TestFileIndex)
#include "tst_fileindex.moc"
