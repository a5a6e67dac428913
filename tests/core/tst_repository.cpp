// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/git/gitruntime.h"
#include "core/git/repository.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Baton::Core;

// A real repository made with the git command line, as a user's would be.
class GitFixture
{
public:
    GitFixture()
    {
        git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
             QStringLiteral("main")});
        write(QStringLiteral("src/main.cpp"), "int main() { return 0; }\n");
        write(QStringLiteral("README.md"), "# demo\n");
        write(QStringLiteral(".gitignore"), "build/\n");
        git({QStringLiteral("add"), QStringLiteral(".")});
        git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
             QStringLiteral("first")});
    }

    QString path(const QString &relative = {}) const
    {
        return relative.isEmpty() ? m_dir.path() : m_dir.filePath(relative);
    }

    void write(const QString &relative, const QByteArray &content) const
    {
        QDir().mkpath(QFileInfo(path(relative)).absolutePath());
        QFile file(path(relative));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    QString git(const QStringList &arguments) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test"));
        environment.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("t@example.org"));
        environment.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test"));
        environment.insert(QStringLiteral("GIT_COMMITTER_EMAIL"),
                           QStringLiteral("t@example.org"));
        environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("git"), arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            qWarning() << "git" << arguments << process.readAllStandardError();
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

private:
    QTemporaryDir m_dir;
};

static const GitFileStatus *find(const QList<GitFileStatus> &list, const QString &path)
{
    for (const GitFileStatus &status : list) {
        if (status.path == path)
            return &status;
    }
    return nullptr;
}

class TestRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QFAIL("git is needed to make the test repositories (packaging/devroot/packages)");
    }

    void opensFromASubfolderAndReadsTheBranch()
    {
        GitFixture fixture;
        auto repository = Repository::open(fixture.path(QStringLiteral("src")));
        QVERIFY2(repository.ok(), qPrintable(repository.errorMessage()));
        QCOMPARE(QDir(repository->workingDirectory()).canonicalPath(),
                 QDir(fixture.path()).canonicalPath());
        auto branch = repository->currentBranch();
        QVERIFY2(branch.ok(), qPrintable(branch.errorMessage()));
        QCOMPARE(branch.value(), QStringLiteral("main"));

        fixture.git({QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("-c"),
                     QStringLiteral("feature/接力")});
        QCOMPARE(repository->currentBranch().value(), QStringLiteral("feature/接力"));
    }

    void reportsDetachedHead()
    {
        GitFixture fixture;
        const QString head = fixture.git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        fixture.git({QStringLiteral("checkout"), QStringLiteral("-q"), head});
        auto repository = Repository::open(fixture.path());
        QVERIFY(repository.ok());
        const QString branch = repository->currentBranch().value();
        QVERIFY2(branch.contains(head.left(7)), qPrintable(branch));
    }

    void listsChangesAgainstHead()
    {
        GitFixture fixture;
        fixture.write(QStringLiteral("src/main.cpp"), "int main() { return 1; }\n");
        fixture.write(QStringLiteral("notes.txt"), "new\n");
        fixture.write(QStringLiteral("staged.h"), "#pragma once\n");
        fixture.write(QStringLiteral("build/out.o"), "binary\n");
        fixture.git({QStringLiteral("add"), QStringLiteral("staged.h")});
        QVERIFY(QFile::remove(fixture.path(QStringLiteral("README.md"))));

        auto repository = Repository::open(fixture.path());
        QVERIFY(repository.ok());
        auto status = repository->status();
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        const QList<GitFileStatus> &list = status.value();

        const GitFileStatus *modified = find(list, QStringLiteral("src/main.cpp"));
        QVERIFY(modified);
        QCOMPARE(modified->state, GitFileState::Modified);
        QVERIFY(!modified->staged);
        const GitFileStatus *untracked = find(list, QStringLiteral("notes.txt"));
        QVERIFY(untracked);
        QCOMPARE(untracked->state, GitFileState::Untracked);
        const GitFileStatus *added = find(list, QStringLiteral("staged.h"));
        QVERIFY(added);
        QCOMPARE(added->state, GitFileState::Added);
        QVERIFY(added->staged);
        const GitFileStatus *deleted = find(list, QStringLiteral("README.md"));
        QVERIFY(deleted);
        QCOMPARE(deleted->state, GitFileState::Deleted);
        QVERIFY(!find(list, QStringLiteral("build/out.o")));
        QCOMPARE(list.size(), 4);

        auto withIgnored = repository->status(true);
        QVERIFY(withIgnored.ok());
        bool sawIgnored = false;
        for (const GitFileStatus &entry : withIgnored.value())
            sawIgnored = sawIgnored || entry.state == GitFileState::Ignored;
        QVERIFY(sawIgnored);
    }

    void cleanTreeHasNoChanges()
    {
        GitFixture fixture;
        auto repository = Repository::open(fixture.path());
        QVERIFY(repository.ok());
        QVERIFY(repository->status().value().isEmpty());
    }

    void initCreatesARepositoryWithAnUnbornBranch()
    {
        QTemporaryDir dir;
        auto created = Repository::init(dir.path());
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral(".git/HEAD"))));
        auto branch = created->currentBranch();
        QVERIFY2(branch.ok(), qPrintable(branch.errorMessage()));
        QVERIFY(!branch.value().isEmpty());
        QVERIFY(!branch.value().startsWith(QStringLiteral("refs/")));
    }

    void folderOutsideARepositoryIsAClearError()
    {
        QTemporaryDir dir;
        auto repository = Repository::open(dir.path());
        QVERIFY(!repository.ok());
        QVERIFY2(repository.errorMessage().contains(QDir::toNativeSeparators(dir.path())),
                 qPrintable(repository.errorMessage()));
    }

private:
    GitRuntime m_git;
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
