// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "../support/gitfixture.h"
#include "../support/isolatedhome.h"
#include "../support/testfiles.h"

#include "core/git/gitruntime.h"
#include "core/solo/checkpoints.h"

#include <QtCore/QDirIterator>
#include <QtCore/QStandardPaths>
#include <QtTest/QTest>

#include <sys/stat.h>

using namespace Baton::Core;

static QString L(const char *text)
{
    return QString::fromUtf8(text);
}

static Checkpoints openCheckpoints(const QString &workspace)
{
    auto checkpoints = Checkpoints::open(workspace);
    if (!checkpoints.ok())
        qFatal("%s", qPrintable(checkpoints.errorMessage()));
    return std::move(checkpoints).value();
}

static int snap(Checkpoints &checkpoints, const QString &run, const QString &label = {})
{
    auto result = checkpoints.snapshot(run, label);
    if (!result.ok()) {
        qWarning("%s", qPrintable(result.errorMessage()));
        return 0;
    }
    return result->checkpoint.step;
}

static mode_t permissionsOf(const QString &path)
{
    struct stat info;
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & 07777)
                                                                    : mode_t(0);
}

// Everything of the user's git state a checkpoint must not change: the index and HEAD files
// byte for byte, every ref outside refs/baton, the stash, HEAD's reflog, the status.
static QByteArray userGitState(const GitFixture &fixture)
{
    QByteArray state;
    for (const char *file : {".git/index", ".git/HEAD", ".git/logs/HEAD", ".git/packed-refs",
                             ".git/logs/refs/stash", ".git/logs/refs/heads/main"})
        state += QByteArray(file) + '\n' + readFile(fixture.path(L(file))) + '\n';
    const QString refs = fixture.git({L("for-each-ref"), L("--format=%(refname) %(objectname)")});
    for (const QString &line : refs.split(u'\n')) {
        if (!line.startsWith(u"refs/baton/"))
            state += line.toUtf8() + '\n';
    }
    state += fixture.git({L("stash"), L("list")}).toUtf8() + '\n';
    state += fixture.porcelain().join(u'\n').toUtf8();
    return state;
}

class TestCheckpoints : public QObject
{
    Q_OBJECT

private:
    IsolatedHome m_home; // before GitRuntime
    GitRuntime m_git;

    // Files of every kind a run may touch, committed; returns nothing.
    static void populate(GitFixture &fixture)
    {
        fixture.write(L(".gitattributes"), "* text=auto\n");
        fixture.write(L("crlf.txt"), "one\r\ntwo\r\n");
        fixture.write(L("binary.dat"), QByteArray("\0\1\2\xff\r\n", 6));
        fixture.write(L("tools/run.sh"), "#!/bin/sh\necho run\n");
        QFile::setPermissions(fixture.path(L("tools/run.sh")),
                              QFile::permissions(fixture.path(L("tools/run.sh")))
                                  | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        QVERIFY(QFile::link(L("README.md"), fixture.path(L("readme-link"))));
        fixture.git({L("add"), L(".")});
        fixture.git({L("commit"), L("-q"), L("-m"), L("kinds")});
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void snapshotHoldsTheWorkingTreeAsOnDisk()
    {
        GitFixture fixture;
        populate(fixture);
        fixture.write(L("README.md"), "# staged\n");
        fixture.git({L("add"), L("README.md")});
        fixture.write(L("README.md"), "# staged, then edited\n");
        fixture.write(L("notes/new.txt"), "untracked\n");
        fixture.write(L("debug.log"), "ignored\n");
        fixture.write(L("build/out.o"), "ignored\n");
        QVERIFY(fixture.remove(L("src/main.cpp")));
        writeFile(fixture.path(L("vendor/lib/.git/HEAD")), "ref: refs/heads/main\n");
        writeFile(fixture.path(L("vendor/lib/a.c")), "nested repository\n");

        Checkpoints checkpoints = openCheckpoints(fixture.path());
        QVERIFY(!checkpoints.isShadow());
        auto result = checkpoints.snapshot(L("run-1"), L("before edit_file README.md\nmore"));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->checkpoint.step, 1);
        QCOMPARE(result->checkpoint.label, L("before edit_file README.md"));
        QVERIFY(result->unreadable.isEmpty());

        const QString ref = L("refs/baton/solo/run-1/1");
        QCOMPARE(fixture.git({L("rev-parse"), ref}), result->checkpoint.commitId);
        QStringList files = fixture.git({L("ls-tree"), L("-r"), L("--name-only"), ref})
                                .split(u'\n');
        files.sort();
        QCOMPARE(files, QStringList({L(".gitattributes"), L(".gitignore"), L("README.md"),
                                     L("binary.dat"), L("crlf.txt"), L("notes/new.txt"),
                                     L("readme-link"), L("tools/run.sh")}));
        QCOMPARE(result->files, files.size());
        // The working tree's bytes: not the index's, and no line-ending conversion.
        QCOMPARE(fixture.git({L("cat-file"), L("blob"), ref + L(":README.md")}),
                 L("# staged, then edited"));
        QProcess show;
        show.setWorkingDirectory(fixture.path());
        show.start(L("git"), {L("cat-file"), L("blob"), ref + L(":crlf.txt")});
        QVERIFY(show.waitForFinished());
        QCOMPARE(show.readAllStandardOutput(), QByteArray("one\r\ntwo\r\n"));
        const QString modes = fixture.git({L("ls-tree"), L("-r"), ref});
        QVERIFY2(modes.contains(L("100755 blob")) && modes.contains(L("tools/run.sh")),
                 qPrintable(modes));
        QVERIFY2(modes.contains(L("120000 blob")), qPrintable(modes));
        QCOMPARE(fixture.git({L("cat-file"), L("blob"), ref + L(":readme-link")}), L("README.md"));
    }

    void userGitStateIsUntouched()
    {
        GitFixture fixture;
        populate(fixture);
        fixture.write(L("README.md"), "# stashed\n");
        fixture.git({L("stash"), L("push"), L("-q")});
        fixture.write(L("README.md"), "# staged\n");
        fixture.git({L("add"), L("README.md")});
        fixture.write(L("src/main.cpp"), "int main() { return 1; }\n");
        fixture.write(L("untracked.txt"), "mine\n");
        const QByteArray before = userGitState(fixture);

        Checkpoints checkpoints = openCheckpoints(fixture.path());
        QCOMPARE(snap(checkpoints, L("r")), 1);
        fixture.write(L("src/main.cpp"), "int main() { return 2; }\n");
        fixture.write(L("created.txt"), "by the run\n");
        QCOMPARE(snap(checkpoints, L("r"), L("end")), 2);
        auto rolledBack = checkpoints.rollback(L("r"));
        QVERIFY2(rolledBack.ok(), qPrintable(rolledBack.errorMessage()));
        QCOMPARE(userGitState(fixture), before);
        QCOMPARE(fixture.read(L("src/main.cpp")), QByteArray("int main() { return 1; }\n"));
        QVERIFY(!QFileInfo::exists(fixture.path(L("created.txt"))));
        // No stray files in the repository's folder either.
        QVERIFY(!QFileInfo::exists(fixture.path(L(".git/index.lock"))));
    }

    void rollbackOfTheWholeRunRestoresExactBytesAndModes()
    {
        GitFixture fixture;
        populate(fixture);
        fixture.write(L("draft.txt"), "untracked draft\n");
        const QByteArray crlf = fixture.read(L("crlf.txt"));
        const QByteArray binary = fixture.read(L("binary.dat"));
        const mode_t scriptMode = permissionsOf(fixture.path(L("tools/run.sh")));
        const mode_t readmeMode = permissionsOf(fixture.path(L("README.md")));

        Checkpoints checkpoints = openCheckpoints(fixture.path());
        QCOMPARE(snap(checkpoints, L("r"), L("before edit")), 1);
        // What a run might do: edit, delete, create (in new folders), change modes, replace a
        // file with a link and a link with a file.
        fixture.write(L("crlf.txt"), "one\ntwo\n");
        fixture.write(L("binary.dat"), "text now\n");
        QVERIFY(fixture.remove(L("src/main.cpp")));
        QVERIFY(fixture.remove(L("draft.txt")));
        fixture.write(L("gen/deep/out.txt"), "generated\n");
        QVERIFY(QFile::setPermissions(fixture.path(L("tools/run.sh")),
                                      QFile::permissions(fixture.path(L("tools/run.sh")))
                                          & ~(QFile::ExeOwner | QFile::ExeUser | QFile::ExeGroup
                                              | QFile::ExeOther)));
        QVERIFY(QFile::setPermissions(fixture.path(L("README.md")),
                                      QFile::permissions(fixture.path(L("README.md")))
                                          | QFile::ExeOwner));
        QVERIFY(fixture.remove(L("readme-link")));
        fixture.write(L("readme-link"), "a file now\n");
        QVERIFY(fixture.remove(L(".gitattributes")));
        QVERIFY(QFile::link(L("crlf.txt"), fixture.path(L(".gitattributes"))));
        QCOMPARE(snap(checkpoints, L("r"), L("end of run")), 2);

        auto plan = checkpoints.planRollback(L("r"));
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QVERIFY(plan->conflicts.isEmpty());
        QCOMPARE(plan->changes.size(), 9);

        auto rolledBack = checkpoints.rollback(L("r"));
        QVERIFY2(rolledBack.ok(), qPrintable(rolledBack.errorMessage()));
        QCOMPARE(rolledBack->changes.size(), 9);
        QCOMPARE(rolledBack->safetyStep, 3);
        QCOMPARE(checkpoints.run(L("r"))->steps.last().label, L("after rollback to step 1"));
        QCOMPARE(fixture.read(L("crlf.txt")), crlf);
        QCOMPARE(fixture.read(L("binary.dat")), binary);
        QCOMPARE(fixture.read(L("src/main.cpp")), QByteArray("int main() { return 0; }\n"));
        QCOMPARE(fixture.read(L("draft.txt")), QByteArray("untracked draft\n"));
        QVERIFY(!QFileInfo::exists(fixture.path(L("gen/deep/out.txt"))));
        QVERIFY2(!QFileInfo::exists(fixture.path(L("gen"))), "folders the run made are removed");
        QCOMPARE(permissionsOf(fixture.path(L("tools/run.sh"))), scriptMode);
        QCOMPARE(permissionsOf(fixture.path(L("README.md"))), readmeMode);
        QVERIFY(QFileInfo(fixture.path(L("readme-link"))).isSymLink());
        QCOMPARE(QFile::symLinkTarget(fixture.path(L("readme-link"))),
                 fixture.path(L("README.md")));
        QVERIFY(!QFileInfo(fixture.path(L(".gitattributes"))).isSymLink());
        QCOMPARE(fixture.read(L(".gitattributes")), QByteArray("* text=auto\n"));
        QCOMPARE(fixture.porcelain(), QStringList{L("?? draft.txt")});
    }

    void rollbackToAStepKeepsEarlierSteps()
    {
        GitFixture fixture;
        Checkpoints checkpoints = openCheckpoints(fixture.path());
        QCOMPARE(snap(checkpoints, L("r")), 1);
        fixture.write(L("README.md"), "# step 1 changed this\n");
        QCOMPARE(snap(checkpoints, L("r")), 2);
        fixture.write(L("src/main.cpp"), "// step 2 changed this\n");
        fixture.write(L("src/extra.cpp"), "// and made this\n");
        QCOMPARE(snap(checkpoints, L("r"), L("end")), 3);

        auto rolledBack = checkpoints.rollback(L("r"), 2);
        QVERIFY2(rolledBack.ok(), qPrintable(rolledBack.errorMessage()));
        QCOMPARE(fixture.read(L("README.md")), QByteArray("# step 1 changed this\n"));
        QCOMPARE(fixture.read(L("src/main.cpp")), QByteArray("int main() { return 0; }\n"));
        QVERIFY(!QFileInfo::exists(fixture.path(L("src/extra.cpp"))));

        // The rollback itself is a step, and can be undone.
        auto undo = checkpoints.rollback(L("r"), rolledBack->safetyStep);
        QVERIFY2(undo.ok(), qPrintable(undo.errorMessage()));
        QCOMPARE(fixture.read(L("src/main.cpp")), QByteArray("// step 2 changed this\n"));
        QCOMPARE(fixture.read(L("src/extra.cpp")), QByteArray("// and made this\n"));

        QVERIFY(!checkpoints.rollback(L("r"), 99).ok());
        QVERIFY(!checkpoints.rollback(L("no-such-run")).ok());
    }

    void rollbackRefusesWhenTheUserChangedTheSameFiles()
    {
        GitFixture fixture;
        Checkpoints checkpoints = openCheckpoints(fixture.path());
        QCOMPARE(snap(checkpoints, L("r")), 1);
        fixture.write(L("README.md"), "# by the run\n");
        fixture.write(L("src/main.cpp"), "// by the run\n");
        fixture.write(L("run-made.txt"), "by the run\n");
        QCOMPARE(snap(checkpoints, L("r"), L("end")), 2);
        // Afterwards the user edits one of the run's files, deletes another, and adds their
        // own file, which is none of the run's business.
        fixture.write(L("README.md"), "# the user's edit\n");
        QVERIFY(fixture.remove(L("run-made.txt")));
        fixture.write(L("mine.txt"), "the user's own\n");

        auto plan = checkpoints.planRollback(L("r"));
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(plan->conflicts, QStringList({L("README.md")}));
        QCOMPARE(plan->changes.size(), 1);
        QCOMPARE(plan->changes.first().path, L("src/main.cpp"));

        auto refused = checkpoints.rollback(L("r"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(L("README.md")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!refused.errorMessage().contains(L("main.cpp")));
        QCOMPARE(fixture.read(L("README.md")), QByteArray("# the user's edit\n"));
        QCOMPARE(fixture.read(L("src/main.cpp")), QByteArray("// by the run\n"));
        QCOMPARE(checkpoints.run(L("r"))->steps.size(), 2); // nothing written, not even a step

        auto forced = checkpoints.rollback(L("r"), 1, Checkpoints::Conflicts::Overwrite);
        QVERIFY2(forced.ok(), qPrintable(forced.errorMessage()));
        QCOMPARE(fixture.read(L("README.md")), QByteArray("# demo\n"));
        QCOMPARE(fixture.read(L("src/main.cpp")), QByteArray("int main() { return 0; }\n"));
        QCOMPARE(fixture.read(L("mine.txt")), QByteArray("the user's own\n"));
        // The overwritten edit is kept in the safety step.
        QCOMPARE(fixture.git({L("cat-file"), L("blob"),
                              QStringLiteral("refs/baton/solo/r/%1:README.md")
                                  .arg(forced->safetyStep)}),
                 L("# the user's edit"));
    }

    void rollbackNeverWritesThroughALinkedFolder()
    {
        GitFixture fixture;
        QTemporaryDir outside;
        Checkpoints checkpoints = openCheckpoints(fixture.path());
        QCOMPARE(snap(checkpoints, L("r")), 1);
        fixture.write(L("src/main.cpp"), "// by the run\n");
        QCOMPARE(snap(checkpoints, L("r"), L("end")), 2);
        // Afterwards src/ becomes a link to a folder outside holding the same file.
        writeFile(outside.filePath(L("main.cpp")), "// by the run\n");
        QVERIFY(QDir(fixture.path(L("src"))).removeRecursively());
        QVERIFY(QFile::link(outside.path(), fixture.path(L("src"))));

        auto rolledBack = checkpoints.rollback(L("r"), 1, Checkpoints::Conflicts::Overwrite);
        QVERIFY(!rolledBack.ok());
        QVERIFY2(rolledBack.errorMessage().contains(L("src/main.cpp")),
                 qPrintable(rolledBack.errorMessage()));
        QCOMPARE(readFile(outside.filePath(L("main.cpp"))), QByteArray("// by the run\n"));
        QCOMPARE(QDir(outside.path()).entryList(QDir::Files), QStringList{L("main.cpp")});
    }

    void unchangedFilesAreNotReadAgain()
    {
        GitFixture fixture;
        for (int i = 0; i < 20; ++i)
            fixture.write(QStringLiteral("f/%1.txt").arg(i), "same\n");
        Checkpoints checkpoints = openCheckpoints(fixture.path());
        auto first = checkpoints.snapshot(L("r"), {});
        QVERIFY(first.ok());
        QCOMPARE(first->filesRead, first->files);
        // Files written within the racy window are read again; once it has passed, none are.
        QTRY_COMPARE_WITH_TIMEOUT(checkpoints.snapshot(L("r"), {})->filesRead, 0, 5000);

        fixture.write(L("f/3.txt"), "diff\n"); // same size
        auto changed = checkpoints.snapshot(L("r"), {});
        QVERIFY(changed.ok());
        QCOMPARE(changed->filesRead, 1);
        QCOMPARE(fixture.git({L("cat-file"), L("blob"),
                              QStringLiteral("refs/baton/solo/r/%1:f/3.txt")
                                  .arg(changed->checkpoint.step)}),
                 L("diff"));
    }

    void aNewProcessDoesNotReadUnchangedFilesAgain()
    {
        GitFixture fixture;
        for (int i = 0; i < 20; ++i)
            fixture.write(QStringLiteral("f/%1.txt").arg(i), "same\n");
        {
            Checkpoints first = openCheckpoints(fixture.path());
            QVERIFY(first.snapshot(L("r"), {}).ok());
            QTRY_COMPARE_WITH_TIMEOUT(first.snapshot(L("r"), {})->filesRead, 0, 5000);
        }
        {
            Checkpoints second = openCheckpoints(fixture.path()); // as the next `baton solo`
            auto result = second.snapshot(L("r"), {});
            QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
            QCOMPARE(result->filesRead, 0);
            QCOMPARE(result->files, 23);
        }
        fixture.write(L("f/7.txt"), "diff\n");
        fixture.remove(L("f/8.txt"));
        {
            Checkpoints third = openCheckpoints(fixture.path());
            auto result = third.snapshot(L("r"), {});
            QVERIFY(result.ok());
            QCOMPARE(result->filesRead, 1);
            const QString ref = QStringLiteral("refs/baton/solo/r/%1").arg(result->checkpoint.step);
            QCOMPARE(fixture.git({L("cat-file"), L("blob"), ref + L(":f/7.txt")}), L("diff"));
            QVERIFY(!fixture.git({L("ls-tree"), L("-r"), L("--name-only"), ref})
                         .contains(L("f/8.txt")));
        }
        // A damaged cache is ignored: everything is read again.
        writeFile(fixture.path(L(".git/baton/checkpoint-cache")), "not a cache");
        Checkpoints fourth = openCheckpoints(fixture.path());
        auto result = fourth.snapshot(L("r"), {});
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->filesRead, result->files);
    }

    void changedIgnoreRulesAreSeen()
    {
        GitFixture fixture; // .gitignore: build/, *.log
        fixture.write(L("notes.tmp"), "kept at first\n");
        fixture.write(L("debug.log"), "ignored at first\n");
        fixture.write(L("sub/cache.dat"), "kept at first\n");
        Checkpoints checkpoints = openCheckpoints(fixture.path());
        const auto tree = [&](int step) {
            QStringList files = fixture
                                    .git({L("ls-tree"), L("-r"), L("--name-only"),
                                          QStringLiteral("refs/baton/solo/r/%1").arg(step)})
                                    .split(u'\n');
            files.sort();
            return files;
        };
        QCOMPARE(snap(checkpoints, L("r")), 1);
        QVERIFY(tree(1).contains(L("notes.tmp")));
        QVERIFY(!tree(1).contains(L("debug.log")));
        QCOMPARE(snap(checkpoints, L("r")), 2); // decisions reused: same answer
        QCOMPARE(tree(2), tree(1));

        fixture.write(L(".gitignore"), "build/\n*.tmp\n");
        fixture.write(L("sub/.gitignore"), "*.dat\n");
        QCOMPARE(snap(checkpoints, L("r")), 3);
        QVERIFY(!tree(3).contains(L("notes.tmp")));
        QVERIFY(tree(3).contains(L("debug.log")));
        QVERIFY(!tree(3).contains(L("sub/cache.dat")));
        QVERIFY(tree(3).contains(L("sub/.gitignore")));

        fixture.write(L(".git/info/exclude"), "debug.log\n");
        QCOMPARE(snap(checkpoints, L("r")), 4);
        QVERIFY(!tree(4).contains(L("debug.log")));
    }

    void workspaceWithoutGitGetsAShadowRepository()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root + u"/main.py", "print('hi')\n");
        writeFile(root + u"/.gitignore", "*.tmp\n");
        writeFile(root + u"/cache.tmp", "ignored\n");
        Checkpoints checkpoints = openCheckpoints(root);
        QVERIFY(checkpoints.isShadow());
        QCOMPARE(snap(checkpoints, L("r")), 1);
        QVERIFY(QFileInfo::exists(root + u"/.baton/shadow.git/HEAD"));
        QVERIFY(!QFileInfo::exists(root + u"/.git"));

        writeFile(root + u"/main.py", "print('changed')\n");
        writeFile(root + u"/added.py", "new\n");
        writeFile(root + u"/cache.tmp", "ignored, changed\n");
        QCOMPARE(snap(checkpoints, L("r"), L("end")), 2);

        QProcess git;
        git.start(L("git"), {L("--git-dir=") + root + L("/.baton/shadow.git"), L("ls-tree"),
                             L("-r"), L("--name-only"), L("refs/baton/solo/r/2")});
        QVERIFY(git.waitForFinished());
        QCOMPARE(QString::fromUtf8(git.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts),
                 QStringList({L(".gitignore"), L("added.py"), L("main.py")}));

        // Opened again (another process), the run is still there.
        Checkpoints again = openCheckpoints(root);
        auto rolledBack = again.rollback(L("r"));
        QVERIFY2(rolledBack.ok(), qPrintable(rolledBack.errorMessage()));
        QCOMPARE(readFile(root + u"/main.py"), QByteArray("print('hi')\n"));
        QVERIFY(!QFileInfo::exists(root + u"/added.py"));
        QCOMPARE(readFile(root + u"/cache.tmp"), QByteArray("ignored, changed\n"));
    }

    void workspaceInsideARepositoryHoldsOnlyItself()
    {
        GitFixture fixture;
        fixture.write(L("app/lib.cpp"), "lib\n");
        Checkpoints checkpoints = openCheckpoints(fixture.path(L("app")));
        QVERIFY(!checkpoints.isShadow());
        QCOMPARE(snap(checkpoints, L("r")), 1);
        QCOMPARE(fixture.git({L("ls-tree"), L("-r"), L("--name-only"), L("refs/baton/solo/r/1")}),
                 L("lib.cpp"));
        fixture.write(L("app/lib.cpp"), "changed\n");
        QCOMPARE(snap(checkpoints, L("r")), 2);
        QVERIFY(checkpoints.rollback(L("r")).ok());
        QCOMPARE(fixture.read(L("app/lib.cpp")), QByteArray("lib\n"));
    }

    void runsAreListedWithStepsAndLabels()
    {
        GitFixture fixture;
        Checkpoints checkpoints = openCheckpoints(fixture.path());
        const QString first = Checkpoints::newRunId();
        QVERIFY(Checkpoints::isValidRunId(first));
        QCOMPARE(snap(checkpoints, first, L("before write_file a.txt")), 1);
        QCOMPARE(snap(checkpoints, first, L("before run_command make")), 2);
        QCOMPARE(snap(checkpoints, L("zz-second")), 1);

        auto runs = checkpoints.runs();
        QVERIFY2(runs.ok(), qPrintable(runs.errorMessage()));
        QCOMPARE(runs->size(), 2);
        const CheckpointRun &run = runs->first().run == first ? runs->at(0) : runs->at(1);
        QCOMPARE(run.steps.size(), 2);
        QCOMPARE(run.steps.at(0).label, L("before write_file a.txt"));
        QCOMPARE(run.steps.at(1).label, L("before run_command make"));
        QCOMPARE(run.steps.at(1).step, 2);
        QVERIFY(qAbs(run.steps.at(0).time.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        const CheckpointRun &second = runs->first().run == first ? runs->at(1) : runs->at(0);
        QCOMPARE(second.steps.first().label, L("step 1"));

        QVERIFY(checkpoints.removeRun(first).ok());
        QCOMPARE(checkpoints.runs()->size(), 1);
        QVERIFY(!checkpoints.run(first).ok());
    }

    void badRunIdsAreRefused_data()
    {
        QTest::addColumn<QString>("run");
        QTest::newRow("empty") << QString();
        QTest::newRow("slash") << L("a/b");
        QTest::newRow("dotdot") << L("a..b");
        QTest::newRow("dot") << L(".hidden");
        QTest::newRow("dash") << L("-x");
        QTest::newRow("lock") << L("x.lock");
        QTest::newRow("space") << L("a b");
        QTest::newRow("long") << QString(65, u'a');
    }

    void badRunIdsAreRefused()
    {
        QFETCH(QString, run);
        GitFixture fixture;
        Checkpoints checkpoints = openCheckpoints(fixture.path());
        QVERIFY(!Checkpoints::isValidRunId(run));
        QVERIFY(!checkpoints.snapshot(run, {}).ok());
        QVERIFY(fixture.git({L("for-each-ref"), L("refs/baton")}).isEmpty());
    }

    void missingWorkspaceIsAnError()
    {
        QTemporaryDir dir;
        auto checkpoints = Checkpoints::open(dir.path() + u"/missing");
        QVERIFY(!checkpoints.ok());
        QVERIFY(checkpoints.errorMessage().contains(L("missing")));
    }
};

QTEST_GUILESS_MAIN(TestCheckpoints)
#include "tst_checkpoints.moc"
