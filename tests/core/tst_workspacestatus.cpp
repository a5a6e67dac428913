// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "../support/gitfixture.h"

#include "core/git/gitruntime.h"
#include "core/git/workspacestatus.h"

#include <QtCore/QStandardPaths>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Baton::Core;

static QString L(const char *text)
{
    return QString::fromUtf8(text);
}

class TestWorkspaceStatus : public QObject
{
    Q_OBJECT

private:
    GitRuntime m_git;

    static void scan(WorkspaceStatus &status, const QString &folder)
    {
        QSignalSpy scanned(&status, &WorkspaceStatus::scanned);
        status.setFolder(folder);
        QVERIFY(scanned.wait(10000));
        QVERIFY(status.isReady());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void initialScanFindsChangesAndIgnoredFiles()
    {
        GitFixture fixture;
        fixture.write(L("README.md"), "# changed\n");
        fixture.write(L("docs/new.md"), "new\n");
        fixture.write(L("build/out/app"), "ignored\n");
        fixture.write(L("src/debug.log"), "ignored\n");
        WorkspaceStatus status;
        scan(status, fixture.path());
        QVERIFY(status.isRepository());
        QCOMPARE(status.changeAt(fixture.path(L("README.md")))->state(), GitFileState::Modified);
        QCOMPARE(status.changeAt(fixture.path(L("docs/new.md")))->state(),
                 GitFileState::Untracked);
        QVERIFY(!status.changeAt(fixture.path(L("src/main.cpp"))));
        QVERIFY(status.isIgnored(fixture.path(L("build"))));
        QVERIFY(status.isIgnored(fixture.path(L("build/out/app"))));
        QVERIFY(status.isIgnored(fixture.path(L("src/debug.log"))));
        QVERIFY(!status.isIgnored(fixture.path(L("src/main.cpp"))));
        QVERIFY(!status.isIgnored(fixture.path(L("src"))));
        QVERIFY(status.containsChanges(fixture.path()));
        QVERIFY(status.containsChanges(fixture.path(L("docs"))));
        QVERIFY(!status.containsChanges(fixture.path(L("src"))));
        QVERIFY(!status.containsChanges(fixture.path(L("build"))));
        QCOMPARE(status.changes().size(), 2);
        QCOMPARE(status.changes().first().path, L("README.md"));
    }

    void anEditOnDiskIsPickedUpIncrementally()
    {
        GitFixture fixture;
        WorkspaceStatus status;
        status.setDelays(10, 10);
        scan(status, fixture.path());
        QVERIFY(status.changes().isEmpty());
        QVERIFY(!status.containsChanges(fixture.path(L("src"))));
        QSignalSpy changed(&status, &WorkspaceStatus::changed);
        QSignalSpy scanned(&status, &WorkspaceStatus::scanned);

        // A saved file, reported by the window.
        fixture.write(L("src/main.cpp"), "int main() { return 1; }\n");
        status.pathsChanged({fixture.path(L("src/main.cpp"))});
        QTRY_VERIFY_WITH_TIMEOUT(status.changeAt(fixture.path(L("src/main.cpp"))), 10000);
        QCOMPARE(status.changeAt(fixture.path(L("src/main.cpp")))->unstaged,
                 GitFileState::Modified);
        QVERIFY(status.containsChanges(fixture.path(L("src"))));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).toStringList(),
                 QStringList({fixture.path(L("src/main.cpp"))}));
        QCOMPARE(scanned.count(), 0); // no full scan for it

        // A new file in a watched folder, with nobody telling: the folder watch finds it.
        status.watchFolder(fixture.path(L("src")));
        fixture.write(L("src/extra.cpp"), "// new\n");
        QTRY_VERIFY_WITH_TIMEOUT(status.changeAt(fixture.path(L("src/extra.cpp"))), 10000);
        QCOMPARE(status.changeAt(fixture.path(L("src/extra.cpp")))->unstaged,
                 GitFileState::Untracked);

        // Reverting the edit makes the file clean again.
        fixture.write(L("src/main.cpp"), "int main() { return 0; }\n");
        status.pathsChanged({fixture.path(L("src/main.cpp"))});
        QTRY_VERIFY_WITH_TIMEOUT(!status.changeAt(fixture.path(L("src/main.cpp"))), 10000);
        QVERIFY(status.changeAt(fixture.path(L("src/extra.cpp"))));

        // Deleting the new file: the folder's change clears.
        QVERIFY(fixture.remove(L("src/extra.cpp")));
        QTRY_VERIFY_WITH_TIMEOUT(!status.containsChanges(fixture.path(L("src"))), 10000);
    }

    void aNewIgnoredFileIsReported()
    {
        GitFixture fixture;
        WorkspaceStatus status;
        status.setDelays(10, 10);
        scan(status, fixture.path());
        fixture.write(L("trace.log"), "ignored\n");
        QVERIFY(!status.isIgnored(fixture.path(L("trace.log"))));
        QSignalSpy updated(&status, &WorkspaceStatus::updated);
        status.pathsChanged({fixture.path()});
        QVERIFY(updated.wait(10000));
        QVERIFY(status.isIgnored(fixture.path(L("trace.log"))));
        QVERIFY(!status.changeAt(fixture.path(L("trace.log"))));
    }

    void indexChangesByGitRescanEverything()
    {
        GitFixture fixture;
        fixture.write(L("README.md"), "# changed\n");
        WorkspaceStatus status;
        status.setDelays(10, 10);
        scan(status, fixture.path());
        QVERIFY(!status.changeAt(fixture.path(L("README.md")))->staged);
        QSignalSpy scanned(&status, &WorkspaceStatus::scanned);
        fixture.git({L("add"), L("README.md")}); // rewrites .git/index
        QVERIFY(scanned.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(status.changeAt(fixture.path(L("README.md")))->staged,
                                  std::optional(GitFileState::Modified), 10000);
    }

    void aFolderOutsideGitHasNoStatus()
    {
        QTemporaryDir dir;
        WorkspaceStatus status;
        scan(status, dir.path());
        QVERIFY(!status.isRepository());
        QVERIFY(status.changes().isEmpty());
        QVERIFY(!status.isIgnored(dir.filePath(L("x"))));
    }

    void aSubfolderWorkspaceUsesItsRepository()
    {
        GitFixture fixture;
        fixture.write(L("src/main.cpp"), "// changed\n");
        fixture.write(L("README.md"), "# changed\n");
        WorkspaceStatus status;
        scan(status, fixture.path(L("src")));
        QVERIFY(status.isRepository());
        QCOMPARE(status.changeAt(fixture.path(L("src/main.cpp")))->state(), GitFileState::Modified);
        QVERIFY(status.containsChanges(fixture.path(L("src"))));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceStatus)
#include "tst_workspacestatus.moc"
