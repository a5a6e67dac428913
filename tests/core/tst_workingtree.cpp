// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "../support/gitfixture.h"
#include "../support/isolatedhome.h"

#include "core/git/gitruntime.h"
#include "core/git/workingtree.h"

#include <QtCore/QStandardPaths>
#include <QtTest/QTest>

using namespace Baton::Core;

static QString L(const char *text)
{
    return QString::fromUtf8(text);
}

static WorkingTree openTree(const GitFixture &fixture)
{
    auto tree = WorkingTree::open(fixture.path());
    if (!tree.ok())
        qFatal("%s", qPrintable(tree.errorMessage()));
    return std::move(tree).value();
}

static const GitChange *find(const QList<GitChange> &changes, const QString &path)
{
    for (const GitChange &change : changes) {
        if (change.path == path)
            return &change;
    }
    return nullptr;
}

class TestWorkingTree : public QObject
{
    Q_OBJECT

private:
    IsolatedHome m_home; // before GitRuntime
    GitRuntime m_git;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void statusListsStagedAndUnstagedSeparately()
    {
        GitFixture fixture;
        fixture.write(L("README.md"), "# changed\n");
        fixture.git({L("add"), L("README.md")});
        fixture.write(L("README.md"), "# changed twice\n");
        fixture.write(L("notes/new.txt"), "new\n");
        fixture.write(L("debug.log"), "ignored\n");
        fixture.write(L("build/out.o"), "ignored\n");
        WorkingTree tree = openTree(fixture);
        auto status = tree.status();
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        const GitChange *readme = find(status->changes, L("README.md"));
        QVERIFY(readme);
        QCOMPARE(readme->staged, GitFileState::Modified);
        QCOMPARE(readme->unstaged, GitFileState::Modified);
        const GitChange *added = find(status->changes, L("notes/new.txt"));
        QVERIFY(added);
        QVERIFY(!added->staged);
        QCOMPARE(added->unstaged, GitFileState::Untracked);
        QCOMPARE(added->state(), GitFileState::Untracked);
        QVERIFY(status->ignored.contains(L("debug.log")));
        QVERIFY(status->ignored.contains(L("build/")));
        QCOMPARE(status->changes.size(), 2);
    }

    void stagesAndUnstagesModifiedAndUntrackedFiles()
    {
        GitFixture fixture;
        fixture.write(L("README.md"), "# changed\n");
        fixture.write(L("new.txt"), "new\n");
        WorkingTree tree = openTree(fixture);
        const Status staged = tree.stage({L("README.md"), L("new.txt")});
        QVERIFY2(staged.ok(), qPrintable(staged.errorMessage()));
        QCOMPARE(fixture.porcelain(), QStringList({L("A  new.txt"), L("M  README.md")}));
        const Status unstaged = tree.unstage({L("README.md"), L("new.txt")});
        QVERIFY2(unstaged.ok(), qPrintable(unstaged.errorMessage()));
        QCOMPARE(fixture.porcelain(), QStringList({L(" M README.md"), L("?? new.txt")}));
        QCOMPARE(fixture.read(L("README.md")), QByteArray("# changed\n"));
    }

    void stagesADeletion()
    {
        GitFixture fixture;
        QVERIFY(fixture.remove(L("src/main.cpp")));
        WorkingTree tree = openTree(fixture);
        auto status = tree.status();
        QVERIFY(status.ok());
        QCOMPARE(find(status->changes, L("src/main.cpp"))->unstaged, GitFileState::Deleted);
        QVERIFY(tree.stage({L("src/main.cpp")}).ok());
        QCOMPARE(fixture.porcelain(), QStringList({L("D  src/main.cpp")}));
        QVERIFY(tree.unstage({L("src/main.cpp")}).ok());
        QCOMPARE(fixture.porcelain(), QStringList({L(" D src/main.cpp")}));
    }

    void stagedRenameIsOneChange()
    {
        GitFixture fixture;
        QVERIFY(QFile::rename(fixture.path(L("README.md")), fixture.path(L("GUIDE.md"))));
        WorkingTree tree = openTree(fixture);
        QVERIFY(tree.stage({L("README.md"), L("GUIDE.md")}).ok());
        QCOMPARE(fixture.porcelain(), QStringList({L("R  README.md -> GUIDE.md")}));
        auto status = tree.status();
        QVERIFY(status.ok());
        QCOMPARE(status->changes.size(), 1);
        QCOMPARE(status->changes.first().path, L("GUIDE.md"));
        QCOMPARE(status->changes.first().oldPath, L("README.md"));
        QCOMPARE(status->changes.first().staged, GitFileState::Renamed);
        QVERIFY(tree.unstage({L("GUIDE.md"), L("README.md")}).ok());
        QCOMPARE(fixture.porcelain(), QStringList({L(" D README.md"), L("?? GUIDE.md")}));
    }

    void unbornBranchStagesUnstagesAndMakesTheFirstCommit()
    {
        GitFixture fixture(GitFixture::Start::Empty);
        fixture.write(L("a.txt"), "a\n");
        WorkingTree tree = openTree(fixture);
        auto branches = tree.branches();
        QVERIFY(branches.ok());
        QCOMPARE(branches->size(), 1);
        QCOMPARE(branches->first().name, L("main"));
        QVERIFY(branches->first().current);
        QVERIFY(tree.stage({L("a.txt")}).ok());
        QCOMPARE(fixture.porcelain(), QStringList({L("A  a.txt")}));
        QVERIFY(tree.unstage({L("a.txt")}).ok());
        QCOMPARE(fixture.porcelain(), QStringList({L("?? a.txt")}));
        QVERIFY(!tree.commit(L("nothing")).ok()); // nothing staged
        QVERIFY(tree.stage({L("a.txt")}).ok());
        auto commit = tree.commit(L("The first commit\n\nWith a body."));
        QVERIFY2(commit.ok(), qPrintable(commit.errorMessage()));
        QCOMPARE(fixture.git({L("log"), L("--format=%s|%an|%ae")}),
                 L("The first commit|Repo User|repo@example.org"));
        QVERIFY(fixture.git({L("rev-parse"), L("HEAD")}).startsWith(commit.value()));
        QVERIFY(fixture.porcelain().isEmpty());
    }

    void discardRestoresTrackedFilesAndDeletesUntrackedOnes()
    {
        GitFixture fixture;
        fixture.write(L("README.md"), "# changed\n");
        QVERIFY(fixture.remove(L("src/main.cpp")));
        fixture.write(L("scratch.txt"), "throw away\n");
        fixture.write(L("keep.txt"), "keep\n");
        fixture.write(L("debug.log"), "ignored, untouched\n");
        // A staged change modified again: discarding goes back to the staged version.
        fixture.write(L(".gitignore"), "build/\n*.log\n*.tmp\n");
        fixture.git({L("add"), L(".gitignore")});
        fixture.write(L(".gitignore"), "everything else\n");
        WorkingTree tree = openTree(fixture);
        const auto discarded
            = tree.discard({L("README.md"), L("src/main.cpp"), L("scratch.txt"), L(".gitignore")},
                           UntrackedDisposal::Delete);
        QVERIFY2(discarded.ok(), qPrintable(discarded.errorMessage()));
        QVERIFY(discarded->isEmpty());
        QCOMPARE(fixture.read(L("README.md")), QByteArray("# demo\n"));
        QCOMPARE(fixture.read(L("src/main.cpp")), QByteArray("int main() { return 0; }\n"));
        QVERIFY(!QFileInfo::exists(fixture.path(L("scratch.txt"))));
        QCOMPARE(fixture.read(L(".gitignore")), QByteArray("build/\n*.log\n*.tmp\n"));
        QCOMPARE(fixture.read(L("debug.log")), QByteArray("ignored, untouched\n"));
        QCOMPARE(fixture.porcelain(), QStringList({L("?? keep.txt"), L("M  .gitignore")}));
    }

    void discardOfAFolderTakesEveryChangeBelowItAndTrashesNewFiles()
    {
        GitFixture fixture;
        fixture.write(L("src/main.cpp"), "int main() { return 1; }\n");
        fixture.write(L("src/new/helper.h"), "// new\n");
        fixture.write(L("src/trace.log"), "ignored, untouched\n");
        fixture.write(L("README.md"), "# outside the folder\n");
        // A desktop's data folder (the trash lives there; Qt does not create the folder), then
        // where the trash takes a file from this folder, if it can.
        QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
        fixture.write(L("probe.txt"), "probe\n");
        QFile probe(fixture.path(L("probe.txt")));
        const bool hasTrash = probe.moveToTrash();
        const QString trashFiles
            = hasTrash ? QFileInfo(probe.fileName()).absolutePath() : QString();
        qInfo() << "trash:" << (hasTrash ? trashFiles : QStringLiteral("none"));
        if (hasTrash)
            QFile::remove(probe.fileName());

        WorkingTree tree = openTree(fixture);
        const auto discarded = tree.discard({L("src")});
        QVERIFY2(discarded.ok(), qPrintable(discarded.errorMessage()));
        QCOMPARE(fixture.read(L("src/main.cpp")), QByteArray("int main() { return 0; }\n"));
        QCOMPARE(fixture.read(L("src/trace.log")), QByteArray("ignored, untouched\n"));
        QCOMPARE(fixture.read(L("README.md")), QByteArray("# outside the folder\n"));
        if (hasTrash) {
            QVERIFY(discarded->isEmpty());
            QVERIFY(!QFileInfo::exists(fixture.path(L("src/new/helper.h"))));
            // The new file is in the trash, recoverable, with its content.
            QDir trash(trashFiles);
            const QStringList trashed = trash.entryList({L("helper*.h")}, QDir::Files);
            QVERIFY2(!trashed.isEmpty(), qPrintable(trashFiles));
            bool found = false;
            for (const QString &name : trashed) {
                QFile file(trash.filePath(name));
                if (file.open(QIODevice::ReadOnly) && file.readAll() == "// new\n") {
                    found = true;
                    file.remove();
                }
            }
            QVERIFY(found);
            QCOMPARE(fixture.porcelain(), QStringList({L(" M README.md")}));
        } else {
            // No trash: the file stays and is reported, for the caller to ask about deleting.
            QCOMPARE(discarded.value(), QStringList({L("src/new/helper.h")}));
            QCOMPARE(fixture.read(L("src/new/helper.h")), QByteArray("// new\n"));
        }
    }

    void commitAllStagesTrackedChangesButNotNewFiles()
    {
        GitFixture fixture;
        fixture.write(L("README.md"), "# changed\n");
        QVERIFY(fixture.remove(L("src/main.cpp")));
        fixture.write(L("new.txt"), "not committed\n");
        WorkingTree tree = openTree(fixture);
        // An empty message stages nothing.
        QVERIFY(!tree.commit(L(" "), CommitScope::AllTracked).ok());
        QCOMPARE(fixture.porcelain(),
                 QStringList({L(" D src/main.cpp"), L(" M README.md"), L("?? new.txt")}));
        auto commit = tree.commit(L("Everything tracked"), CommitScope::AllTracked);
        QVERIFY2(commit.ok(), qPrintable(commit.errorMessage()));
        QCOMPARE(fixture.git({L("show"), L("--name-status"), L("--format=%s"), L("HEAD")}),
                 L("Everything tracked\n\nM\tREADME.md\nD\tsrc/main.cpp"));
        QCOMPARE(fixture.porcelain(), QStringList({L("?? new.txt")}));
        // Only new files left: nothing to commit, and they stay unstaged.
        auto nothing = tree.commit(L("More"), CommitScope::AllTracked);
        QVERIFY(!nothing.ok());
        QVERIFY2(nothing.errorMessage().contains(L("New files")),
                 qPrintable(nothing.errorMessage()));
        QCOMPARE(fixture.porcelain(), QStringList({L("?? new.txt")}));
    }

    void commitAllWithoutAnIdentityStagesNothing()
    {
        GitFixture fixture(GitFixture::Start::Committed, false);
        fixture.write(L("README.md"), "# changed\n");
        WorkingTree tree = openTree(fixture);
        auto commit = tree.commit(L("Who am I"), CommitScope::AllTracked);
        QVERIFY(!commit.ok());
        QVERIFY(commit.errorMessage().contains(L("user.email")));
        QCOMPARE(fixture.porcelain(), QStringList({L(" M README.md")}));
    }

    void commitsTheIndexAsTheConfiguredUser()
    {
        GitFixture fixture;
        fixture.write(L("README.md"), "# staged\n");
        fixture.write(L("src/main.cpp"), "// not staged\n");
        WorkingTree tree = openTree(fixture);
        QCOMPARE(tree.commit(L("no")).errorMessage(),
                 WorkingTree::tr("Nothing is staged to commit."));
        QVERIFY(tree.stage({L("README.md")}).ok());
        QVERIFY(!tree.commit(L("   \n")).ok());
        QCOMPARE(fixture.git({L("rev-list"), L("--count"), L("HEAD")}), L("1"));
        auto commit = tree.commit(L("Update the readme"));
        QVERIFY2(commit.ok(), qPrintable(commit.errorMessage()));
        QCOMPARE(fixture.git({L("log"), L("-1"), L("--format=%s|%an <%ae>")}),
                 L("Update the readme|Repo User <repo@example.org>"));
        QCOMPARE(fixture.git({L("rev-list"), L("--count"), L("HEAD")}), L("2"));
        QCOMPARE(fixture.porcelain(), QStringList({L(" M src/main.cpp")}));
    }

    void commitWithoutAnIdentitySaysHowToSetIt()
    {
        GitFixture fixture(GitFixture::Start::Committed, false);
        fixture.write(L("README.md"), "# staged\n");
        WorkingTree tree = openTree(fixture);
        QVERIFY(tree.stage({L("README.md")}).ok());
        auto commit = tree.commit(L("Who am I"));
        QVERIFY(!commit.ok());
        QVERIFY2(commit.errorMessage().contains(L("git config --global user.name")),
                 qPrintable(commit.errorMessage()));
        QVERIFY(commit.errorMessage().contains(L("user.email")));
        QCOMPARE(fixture.git({L("rev-list"), L("--count"), L("HEAD")}), L("1"));
        QCOMPARE(fixture.porcelain(), QStringList({L("M  README.md")})); // still staged
    }

    void listsCreatesAndSwitchesBranches()
    {
        GitFixture fixture;
        WorkingTree tree = openTree(fixture);
        QVERIFY(tree.createBranch(L("feature/x"), false).ok());
        QCOMPARE(fixture.currentBranch(), L("main"));
        auto branches = tree.branches();
        QVERIFY(branches.ok());
        QCOMPARE(branches->size(), 2);
        QCOMPARE(branches->at(0).name, L("feature/x"));
        QVERIFY(!branches->at(0).current);
        QCOMPARE(branches->at(1).name, L("main"));
        QVERIFY(branches->at(1).current);

        QVERIFY(tree.checkoutBranch(L("feature/x")).ok());
        QCOMPARE(fixture.currentBranch(), L("feature/x"));
        fixture.write(L("feature.txt"), "only on the feature branch\n");
        QVERIFY(tree.stage({L("feature.txt")}).ok());
        QVERIFY(tree.commit(L("Feature")).ok());

        // A local change to a file both branches share comes along, as with git.
        fixture.write(L("README.md"), "# local edit\n");
        const Status back = tree.checkoutBranch(L("main"));
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(fixture.currentBranch(), L("main"));
        QVERIFY(!QFileInfo::exists(fixture.path(L("feature.txt"))));
        QCOMPARE(fixture.porcelain(), QStringList({L(" M README.md")}));

        QVERIFY(!tree.checkoutBranch(L("nope")).ok());
        QCOMPARE(fixture.currentBranch(), L("main"));
    }

    void refusesACheckoutThatWouldOverwriteLocalChanges()
    {
        GitFixture fixture;
        fixture.git({L("switch"), L("-q"), L("-c"), L("other")});
        fixture.write(L("README.md"), "# other\n");
        fixture.git({L("commit"), L("-q"), L("-am"), L("other readme")});
        fixture.git({L("switch"), L("-q"), L("main")});
        fixture.write(L("README.md"), "# my unsaved work\n");
        fixture.write(L("src/main.cpp"), "// also mine\n");
        WorkingTree tree = openTree(fixture);
        const Status switched = tree.checkoutBranch(L("other"));
        QVERIFY(!switched.ok());
        QVERIFY2(switched.errorMessage().contains(L("README.md")),
                 qPrintable(switched.errorMessage()));
        QVERIFY(!switched.errorMessage().contains(L("main.cpp")));
        QCOMPARE(fixture.currentBranch(), L("main"));
        QCOMPARE(fixture.read(L("README.md")), QByteArray("# my unsaved work\n"));
        QCOMPARE(fixture.read(L("src/main.cpp")), QByteArray("// also mine\n"));
        QCOMPARE(fixture.porcelain(), QStringList({L(" M README.md"), L(" M src/main.cpp")}));
    }

    void createBranchValidatesAndKeepsLocalChanges()
    {
        GitFixture fixture;
        fixture.write(L("README.md"), "# wip\n");
        WorkingTree tree = openTree(fixture);
        for (const char *bad : {"", "a..b", "-x", "has space", "end.lock", "HEAD"}) {
            QVERIFY2(!WorkingTree::isValidBranchName(L(bad)), bad);
            QVERIFY2(!tree.createBranch(L(bad), true).ok(), bad);
        }
        QVERIFY(WorkingTree::isValidBranchName(L("feature/login-page")));
        QVERIFY(!tree.createBranch(L("main"), true).ok()); // exists
        QVERIFY(tree.createBranch(L("topic"), true).ok());
        QCOMPARE(fixture.currentBranch(), L("topic"));
        QCOMPARE(fixture.porcelain(), QStringList({L(" M README.md")}));
        QCOMPARE(fixture.read(L("README.md")), QByteArray("# wip\n"));
    }

    void unbornBranchCanBeRenamedByCreatingOne()
    {
        GitFixture fixture(GitFixture::Start::Empty);
        WorkingTree tree = openTree(fixture);
        QVERIFY(!tree.createBranch(L("side"), false).ok());
        QVERIFY(tree.createBranch(L("trunk"), true).ok());
        auto branches = tree.branches();
        QVERIFY(branches.ok());
        QCOMPARE(branches->size(), 1);
        QCOMPARE(branches->first().name, L("trunk"));
    }

    void branchesReportAheadAndBehindTheirUpstream()
    {
        GitFixture fixture;
        fixture.write(L("two.txt"), "2\n");
        fixture.git({L("add"), L("two.txt")});
        fixture.git({L("commit"), L("-q"), L("-m"), L("second")});
        fixture.git({L("config"), L("remote.origin.url"), L("/nonexistent")});
        fixture.git({L("config"), L("remote.origin.fetch"),
                     L("+refs/heads/*:refs/remotes/origin/*")});
        fixture.git({L("update-ref"), L("refs/remotes/origin/main"), L("HEAD~1")});
        fixture.git({L("branch"), L("-q"), L("--set-upstream-to=origin/main")});
        WorkingTree tree = openTree(fixture);
        auto branches = tree.branches();
        QVERIFY(branches.ok());
        QCOMPARE(branches->size(), 1);
        QCOMPARE(branches->first().upstream, L("origin/main"));
        QCOMPARE(branches->first().ahead, 1);
        QCOMPARE(branches->first().behind, 0);
    }

    void wholeStatusOfALargeRepositoryIsGitsStatus()
    {
        // Enough tracked files in enough top-level folders that status() compares the working
        // tree on several threads, then puts the parts together.
        GitFixture fixture;
        for (int folder = 0; folder < 12; ++folder) {
            for (int file = 0; file < 450; ++file) {
                fixture.write(
                    QStringLiteral("f%1/sub%2/file%3.txt").arg(folder).arg(file % 7).arg(file),
                    QByteArray::number(folder * 1000 + file) + '\n');
            }
        }
        fixture.git({L("add"), L(".")});
        fixture.git({L("commit"), L("-q"), L("-m"), L("many")});

        fixture.write(L("f1/sub0/file0.txt"), "changed\n");
        fixture.write(L("f2/sub1/file1.txt"), "staged\n");
        fixture.git({L("add"), L("f2/sub1/file1.txt")});
        fixture.write(L("f2/sub1/file1.txt"), "staged, then changed again\n");
        QVERIFY(fixture.remove(L("f3/sub2/file2.txt")));
        QVERIFY(fixture.remove(L("README.md")));
        fixture.git({L("mv"), L("f4/sub3/file3.txt"), L("f9/moved.txt")});
        fixture.write(L("f5/new.txt"), "new\n");
        fixture.write(L("brand/new/deep.txt"), "new\n");
        fixture.write(L("f7/added.txt"), "added\n");
        fixture.git({L("add"), L("f7/added.txt")});
        fixture.git({L("rm"), L("-q"), L("--cached"), L("f8/sub4/file4.txt")});
        fixture.write(L("build/out.o"), "ignored\n");
        fixture.write(L("f6/trace.log"), "ignored\n");

        WorkingTree tree = openTree(fixture);
        auto status = tree.status();
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        QVERIFY(status->whole);
        const auto letter = [](const std::optional<GitFileState> &state) {
            if (!state)
                return u' ';
            switch (*state) {
            case GitFileState::Added: return u'A';
            case GitFileState::Deleted: return u'D';
            case GitFileState::Renamed: return u'R';
            case GitFileState::Untracked: return u'?';
            case GitFileState::Conflicted: return u'U';
            default: return u'M';
            }
        };
        QStringList ours;
        for (const GitChange &change : status->changes) {
            const QChar y = letter(change.unstaged);
            const QString path = change.oldPath.isEmpty()
                                     ? change.path
                                     : change.oldPath + L(" -> ") + change.path;
            // git prints a staged deletion of a file that is back as untracked on two lines.
            if (y == u'?')
                ours.append(L("?? ") + path);
            if (y != u'?' || change.staged)
                ours.append(QString(letter(change.staged)) + (y == u'?' ? u' ' : y) + u' ' + path);
        }
        for (const QString &ignored : std::as_const(status->ignored))
            ours.append(L("!! ") + ignored);
        ours.sort();
        // Untracked files one by one, ignored folders whole, as status() lists them.
        QStringList git = fixture.porcelain();
        const QStringList withIgnored
            = fixture.git({L("status"), L("--porcelain"), L("--ignored")}).split(u'\n');
        for (const QString &line : withIgnored) {
            if (line.startsWith(L("!! ")))
                git.append(line);
        }
        git.sort();
        QCOMPARE(ours, git);
        QVERIFY(ours.contains(L("R  f4/sub3/file3.txt -> f9/moved.txt")));
        QVERIFY(ours.contains(L("MM f2/sub1/file1.txt")));
        QVERIFY(ours.contains(L("D  f8/sub4/file4.txt")));
        QVERIFY(ours.contains(L("?? f8/sub4/file4.txt")));
    }

    void remoteBranchesAreListedAndCheckedOutAsTrackingBranches()
    {
        // A "remote" (a bare repository) with main and feature/x, and a clone of it.
        GitFixture upstream;
        upstream.git({L("switch"), L("-q"), L("-c"), L("feature/x")});
        upstream.write(L("feature.txt"), "feature\n");
        upstream.write(L("README.md"), "# feature readme\n");
        upstream.git({L("add"), L(".")});
        upstream.git({L("commit"), L("-q"), L("-m"), L("feature")});
        upstream.git({L("switch"), L("-q"), L("main")});
        QTemporaryDir dir;
        const QString bare = dir.filePath(L("remote.git"));
        const QString clone = dir.filePath(L("work"));
        upstream.git({L("clone"), L("-q"), L("--bare"), upstream.path(), bare});
        upstream.git({L("clone"), L("-q"), bare, clone});
        const auto inClone = [&](const QStringList &arguments) {
            return upstream.git(QStringList({L("-C"), clone}) + arguments);
        };

        auto opened = WorkingTree::open(clone);
        QVERIFY(opened.ok());
        WorkingTree tree = std::move(opened).value();
        auto remotes = tree.remoteBranches();
        QVERIFY2(remotes.ok(), qPrintable(remotes.errorMessage()));
        QStringList names;
        for (const GitBranch &branch : remotes.value())
            names.append(branch.name);
        QCOMPARE(names, QStringList({L("origin/feature/x"), L("origin/main")})); // no origin/HEAD
        auto locals = tree.branches();
        QVERIFY(locals.ok());
        QCOMPARE(locals->size(), 1);

        // Local changes in the way: refused, naming the file, and no branch is left behind.
        QFile readme(clone + L("/README.md"));
        QVERIFY(readme.open(QIODevice::WriteOnly));
        readme.write("# my work\n");
        readme.close();
        auto refused = tree.checkoutRemoteBranch(L("origin/feature/x"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(L("README.md")),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(inClone({L("branch"), L("--list"), L("feature/x")}), QString());
        QCOMPARE(inClone({L("rev-parse"), L("--abbrev-ref"), L("HEAD")}), L("main"));
        inClone({L("checkout"), L("-q"), L("--"), L("README.md")});

        auto switched = tree.checkoutRemoteBranch(L("origin/feature/x"));
        QVERIFY2(switched.ok(), qPrintable(switched.errorMessage()));
        QCOMPARE(switched.value(), L("feature/x"));
        QCOMPARE(inClone({L("rev-parse"), L("--abbrev-ref"), L("HEAD")}), L("feature/x"));
        QCOMPARE(inClone({L("rev-parse"), L("--abbrev-ref"), L("feature/x@{upstream}")}),
                 L("origin/feature/x"));
        QVERIFY(QFileInfo::exists(clone + L("/feature.txt")));
        QVERIFY(inClone({L("status"), L("--porcelain")}).isEmpty());

        // Chosen again from main: the existing tracking branch is switched to.
        QVERIFY(tree.checkoutBranch(L("main")).ok());
        auto again = tree.checkoutRemoteBranch(L("origin/feature/x"));
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE(inClone({L("rev-parse"), L("--abbrev-ref"), L("HEAD")}), L("feature/x"));

        // A local branch of the same name that tracks nothing is not taken over.
        QVERIFY(tree.checkoutBranch(L("main")).ok());
        inClone({L("branch"), L("-q"), L("--unset-upstream"), L("feature/x")});
        auto clash = tree.checkoutRemoteBranch(L("origin/feature/x"));
        QVERIFY(!clash.ok());
        QVERIFY2(clash.errorMessage().contains(L("already exists")),
                 qPrintable(clash.errorMessage()));
        QCOMPARE(inClone({L("rev-parse"), L("--abbrev-ref"), L("HEAD")}), L("main"));
        QVERIFY(!tree.checkoutRemoteBranch(L("origin/nope")).ok());
    }

    void statusOfAFolderLooksOnlyThere()
    {
        GitFixture fixture;
        fixture.write(L("README.md"), "# changed at the top\n");
        fixture.write(L("src/main.cpp"), "// changed in src\n");
        fixture.write(L("src/new/deep.txt"), "untracked folder\n");
        fixture.write(L("src/build.log"), "ignored\n");
        fixture.write(L("src/lib/util.cpp"), "tracked below\n");
        fixture.git({L("add"), L("src/lib/util.cpp")});
        fixture.git({L("commit"), L("-q"), L("-m"), L("lib")});
        fixture.write(L("src/lib/util.cpp"), "changed below\n");
        WorkingTree tree = openTree(fixture);
        auto status = tree.statusOf({L("src")});
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        QVERIFY(!status->whole);
        QVERIFY(find(status->changes, L("src/main.cpp")));
        QVERIFY(find(status->changes, L("src/new/deep.txt")));
        QVERIFY(!find(status->changes, L("README.md")));
        QVERIFY(!find(status->changes, L("src/lib/util.cpp"))); // its own folder's business
        QVERIFY(status->ignored.contains(L("src/build.log")));
        QVERIFY(status->scopeFiles.contains(L("src/main.cpp")));
        QVERIFY(status->scopeFolders.contains(L("src/new")));
        QVERIFY(!status->scopeFolders.contains(L("src/lib")));

        // A deleted file is found through the index; a file alone is looked at alone.
        QVERIFY(fixture.remove(L("src/main.cpp")));
        status = tree.statusOf({L("src"), L("README.md")});
        QVERIFY(status.ok());
        QCOMPARE(find(status->changes, L("src/main.cpp"))->unstaged, GitFileState::Deleted);
        QCOMPARE(find(status->changes, L("README.md"))->unstaged, GitFileState::Modified);
        QVERIFY(tree.statusOf({})->changes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkingTree)
#include "tst_workingtree.moc"
