// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "../support/testfiles.h"

#include "core/solo/workspaceguard.h"

#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Baton::Core;

static QString L(const char *text)
{
    return QString::fromUtf8(text);
}

class TestWorkspaceGuard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;    // canonical workspace
    QString m_outside; // canonical folder next to it

    void link(const QString &target, const QString &relative)
    {
        QVERIFY(QFile::link(target, m_root + u'/' + relative));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString base = QFileInfo(m_dir.path()).canonicalFilePath();
        m_root = base + u"/ws";
        m_outside = base + u"/outside";
        writeFile(m_root + u"/README.md", "# demo\n");
        writeFile(m_root + u"/src/main.cpp", "int main() {}\n");
        writeFile(m_root + u"/.git/config", "[core]\n");
        writeFile(m_root + u"/vendor/lib/.git/HEAD", "ref: x\n");
        writeFile(m_root + u"/.baton/shadow.git/HEAD", "ref: x\n");
        writeFile(m_outside + u"/secret.txt", "secret\n");
        QDir().mkpath(m_outside + u"/dir");
        link(m_outside + u"/secret.txt", L("secret-link"));
        link(m_outside, L("out-dir"));
        link(L("../outside/dir"), L("relative-out"));
        link(m_outside + u"/not-there.txt", L("dangling-out"));
        link(L("src/main.cpp"), L("main-link"));
        link(L("src"), L("src-link"));
        link(L("src/missing.txt"), L("dangling-in"));
        link(L(".git"), L("git-link"));
        link(L("loop-b"), L("loop-a"));
        link(L("loop-a"), L("loop-b"));
        link(L("/"), L("root-link"));
        QVERIFY(QFile::link(m_root, base + u"/ws-link"));
    }

    void resolvesInside_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("relative");
        QTest::addColumn<bool>("exists");
        QTest::newRow("file") << L("README.md") << L("README.md") << true;
        QTest::newRow("nested") << L("src/main.cpp") << L("src/main.cpp") << true;
        QTest::newRow("root") << L(".") << QString() << true;
        QTest::newRow("dot slash") << L("./src/./main.cpp") << L("src/main.cpp") << true;
        QTest::newRow("dotdot inside") << L("src/../README.md") << L("README.md") << true;
        QTest::newRow("new file") << L("notes.txt") << L("notes.txt") << false;
        QTest::newRow("new folders") << L("a/b/c.txt") << L("a/b/c.txt") << false;
        QTest::newRow("trailing slash") << L("src/") << L("src") << true;
        QTest::newRow("link to file inside") << L("main-link") << L("src/main.cpp") << true;
        QTest::newRow("through folder link") << L("src-link/main.cpp") << L("src/main.cpp")
                                             << true;
        QTest::newRow("new file in linked folder") << L("src-link/new.cpp") << L("src/new.cpp")
                                                   << false;
        QTest::newRow("dangling link inside") << L("dangling-in") << L("src/missing.txt")
                                              << false;
        QTest::newRow("dotdot after link back in") << L("out-dir/../ws/README.md")
                                                   << L("README.md") << true;
        QTest::newRow("gitignore is not .git") << L(".gitignore") << L(".gitignore") << false;
        QTest::newRow("baton elsewhere") << L("src/.baton/x") << L("src/.baton/x") << false;
    }

    void resolvesInside()
    {
        QFETCH(QString, path);
        QFETCH(QString, relative);
        QFETCH(bool, exists);
        const WorkspaceGuard guard(m_root);
        const auto resolved = guard.resolve(path);
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorMessage()));
        QCOMPARE(resolved->relative, relative);
        QCOMPARE(resolved->absolute, relative.isEmpty() ? m_root : m_root + u'/' + relative);
        QCOMPARE(resolved->exists, exists);
    }

    void absolutePathInsideIsAccepted()
    {
        const WorkspaceGuard guard(m_root);
        const auto resolved = guard.resolve(m_root + u"/src/main.cpp");
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorMessage()));
        QCOMPARE(resolved->relative, L("src/main.cpp"));
    }

    void workspaceOpenedThroughALink()
    {
        const WorkspaceGuard guard(QFileInfo(m_root).path() + u"/ws-link");
        QCOMPARE(guard.root(), m_root);
        const auto inside = guard.resolve(QFileInfo(m_root).path() + u"/ws-link/README.md");
        QVERIFY2(inside.ok(), qPrintable(inside.errorMessage()));
        QCOMPARE(inside->relative, L("README.md"));
        QVERIFY(!guard.resolve(L("../outside/secret.txt")).ok());
    }

    void refusesEscapes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason"); // a part of the message the model reads
        QTest::newRow("parent") << L("..") << L("outside the workspace");
        QTest::newRow("dotdot file") << L("../outside/secret.txt") << L("outside the workspace");
        QTest::newRow("dotdot after folder") << L("src/../../outside/secret.txt")
                                             << L("outside the workspace");
        QTest::newRow("dotdot new file") << L("../new.txt") << L("outside the workspace");
        QTest::newRow("absolute outside") << L("/etc/passwd") << L("outside the workspace");
        QTest::newRow("absolute new outside") << L("/tmp/baton-new-file")
                                              << L("outside the workspace");
        QTest::newRow("home") << L("~/.bashrc") << L("home folder");
        QTest::newRow("link to file outside") << L("secret-link") << L("symbolic link");
        QTest::newRow("link to folder outside") << L("out-dir/secret.txt") << L("symbolic link");
        QTest::newRow("new file under linked folder") << L("out-dir/new.txt")
                                                      << L("symbolic link");
        QTest::newRow("relative link out") << L("relative-out") << L("symbolic link");
        QTest::newRow("dangling link out") << L("dangling-out") << L("symbolic link");
        QTest::newRow("dotdot after link") << L("out-dir/../outside/secret.txt")
                                           << L("symbolic link");
        QTest::newRow("link then dotdot") << L("src-link/../../outside/secret.txt")
                                          << L("outside the workspace");
        QTest::newRow("link to root") << L("root-link/etc/passwd") << L("symbolic link");
        QTest::newRow("git folder") << L(".git") << L(".git folder");
        QTest::newRow("git config") << L(".git/config") << L(".git folder");
        QTest::newRow("new file in git") << L(".git/hooks/pre-commit") << L(".git folder");
        QTest::newRow("nested git") << L("vendor/lib/.git/HEAD") << L(".git folder");
        QTest::newRow("git through link") << L("git-link/config") << L(".git folder");
        QTest::newRow("git by dotdot") << L("src/../.git/config") << L(".git folder");
        QTest::newRow("baton folder") << L(".baton/shadow.git/HEAD") << L(".baton folder");
        QTest::newRow("loop") << L("loop-a") << L("too many levels");
        QTest::newRow("file as folder") << L("README.md/x") << L("not a folder");
        QTest::newRow("dotdot after missing") << L("new/../../outside") << L("does not exist");
        QTest::newRow("empty") << QString() << L("empty");
        QTest::newRow("nul") << QString(L("a") + QChar(u'\0') + L("b")) << L("NUL");
    }

    void refusesEscapes()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const WorkspaceGuard guard(m_root);
        const auto resolved = guard.resolve(path);
        QVERIFY2(!resolved.ok(), qPrintable(resolved.ok() ? resolved->absolute : QString()));
        QVERIFY2(resolved.errorMessage().contains(reason), qPrintable(resolved.errorMessage()));
    }

    void missingWorkspaceRefusesEverything()
    {
        const WorkspaceGuard guard(m_root + u"/no-such-folder");
        QVERIFY(!guard.isValid());
        QVERIFY(!guard.resolve(L("README.md")).ok());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceGuard)
#include "tst_workspaceguard.moc"
