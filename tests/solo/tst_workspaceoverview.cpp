// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/git/gitruntime.h"
#include "core/git/repository.h"
#include "core/solo/workspaceoverview.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Baton::Core;
using namespace Qt::StringLiterals;

static void writeFile(const QString &root, const QString &relative, const QByteArray &content)
{
    const QString path = root + u'/' + relative;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

class TestWorkspaceOverview : public QObject
{
    Q_OBJECT

    GitRuntime m_git;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void treeSummaryCountsFoldersAndNamesTheirKinds()
    {
        const QStringList files{u"src/main.cpp"_s,   u"src/util/a.cpp"_s, u"src/util/a.h"_s,
                                u"src/net/b.cpp"_s,  u"docs/guide.md"_s,  u"README.md"_s,
                                u"CMakeLists.txt"_s, u"Makefile"_s};
        QCOMPARE(WorkspaceOverview::treeSummary(files, false, 40),
                 u"8 files (ignored files left out).\n"
                 "docs/ (1 file: .md 1)\n"
                 "src/ (4 files: .cpp 3, .h 1) — net/ util/\n"
                 "CMakeLists.txt\n"
                 "Makefile\n"
                 "README.md\n"_s);
    }

    void treeSummaryStaysWithinItsLines()
    {
        QStringList files;
        for (int folder = 0; folder < 100; ++folder) {
            for (int file = 0; file <= folder; ++file)
                files.append(u"dir%1/f%2.txt"_s.arg(folder, 3, 10, QChar(u'0')).arg(file));
        }
        for (int file = 0; file < 50; ++file)
            files.append(u"top%1.c"_s.arg(file, 2, 10, QChar(u'0')));
        const QString summary = WorkspaceOverview::treeSummary(files, true, 20);
        const QStringList lines = summary.trimmed().split(u'\n');
        QVERIFY2(lines.size() <= 20, qPrintable(summary));
        QCOMPARE(lines.first(),
                 u"The listing stopped at %1 files (ignored files left out)."_s.arg(files.size()));
        // The largest folders are named, the rest summed up, then the top-level files.
        QVERIFY(summary.contains(u"dir099/ (100 files: .txt 100)"_s));
        QVERIFY(!summary.contains(u"dir000/"_s));
        QVERIFY(summary.contains(u" more folders with "_s));
        QVERIFY(summary.contains(u"top00.c\n"_s));
        QVERIFY(summary.contains(u" more files at the top level"_s));
    }

    void buildRespectsGitignoreAndCarriesCommandsAndRules()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(Repository::init(root).ok());
        writeFile(root, u".gitignore"_s, "build/\n*.log\n");
        writeFile(root, u"src/app.c"_s, "int main(void) { return 0; }\n");
        writeFile(root, u"build/out.o"_s, "obj");
        writeFile(root, u"debug.log"_s, "log");
        writeFile(root, u"Makefile"_s, "all:\n\tcc src/app.c\ntest:\n\t./run-tests\n");
        writeFile(root, u".baton/build/CMakeCache.txt"_s, "x");
        writeFile(root, u"AGENTS.md"_s, "Use tabs in C files.\n");
        writeFile(root, u"CLAUDE.md"_s,
                  "Deploy with DEPLOY_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789AB\n");
        writeFile(root, u".baton/rules/b-style.md"_s, "Name tests after behaviour.\n");
        writeFile(root, u".baton/rules/a-commits.md"_s, "Small commits.\n");
        writeFile(root, u".baton/rules/notes.txt"_s, "not a rules file\n");

        const TestCommand tests = TestCommand::detect(root);
        const QString overview = WorkspaceOverview::build(root, tests);
        const QString canonical = QDir(root).canonicalPath();

        QVERIFY2(overview.startsWith(u"# Workspace\n\nFolder: %1\n\n"_s.arg(canonical)),
                 qPrintable(overview));
        QVERIFY2(overview.contains(u"5 files (ignored files left out).\n"
                                   "src/ (1 file: .c 1)\n"
                                   ".gitignore\nAGENTS.md\nCLAUDE.md\nMakefile\n"_s),
                 qPrintable(overview));
        QVERIFY(!overview.contains(u"build/ ("_s));
        QVERIFY(!overview.contains(u"debug.log"_s));

        if (!QStandardPaths::findExecutable(u"make"_s).isEmpty()) {
            QVERIFY2(overview.contains(u"# Build and tests\n\nTest command (run_tests runs it): "
                                       "`make test` — Makefile has a test target.\n"
                                       "Build command: `make`.\n"_s),
                     qPrintable(overview));
        }

        const qsizetype rules = overview.indexOf(u"# Project rules\n"_s);
        QVERIFY(rules > 0);
        const QString rulesText = overview.mid(rules);
        const qsizetype agents = rulesText.indexOf(u"## AGENTS.md\n\nUse tabs in C files.\n"_s);
        const qsizetype claude = rulesText.indexOf(u"## CLAUDE.md\n"_s);
        const qsizetype commits
            = rulesText.indexOf(u"## .baton/rules/a-commits.md\n\nSmall commits."_s);
        const qsizetype style = rulesText.indexOf(u"## .baton/rules/b-style.md\n"_s);
        QVERIFY(agents > 0);
        QVERIFY(claude > agents);
        QVERIFY(commits > claude);
        QVERIFY(style > commits);
        QVERIFY(!rulesText.contains(u"notes.txt"_s));
        QVERIFY(!rulesText.contains(u"ghp_abcdefghijklmnopqrstuvwxyz"_s));
        QVERIFY(rulesText.contains(u"[REDACTED"_s));
    }

    void rulesAreBoundedAndLinksOutAreNotRead()
    {
        QTemporaryDir dir;
        QTemporaryDir outside;
        writeFile(outside.path(), u"credentials"_s, "aws_secret=outside-the-workspace\n");
        QVERIFY(QFile::link(outside.filePath(u"credentials"_s), dir.filePath(u"AGENTS.md"_s)));
        writeFile(dir.path(), u"CLAUDE.md"_s, QByteArray(5000, 'x') + "\nEND-OF-RULES\n");
        writeFile(dir.path(), u".baton/rules/extra.md"_s, "Extra rule.\n");

        OverviewLimits limits;
        limits.ruleChars = 1000;
        limits.rulesChars = 1050;
        const QString rules = WorkspaceOverview::rules(dir.path(), SecretFilter{}, limits);
        QVERIFY(!rules.contains(u"outside-the-workspace"_s));
        QVERIFY(!rules.contains(u"## AGENTS.md"_s));
        QVERIFY(rules.startsWith(u"## CLAUDE.md\n\n"_s + QString(1000, u'x') + u'\n'));
        QVERIFY(!rules.contains(u"END-OF-RULES"_s));
        QVERIFY(rules.contains(u"(CLAUDE.md goes on; the rest was left out.)"_s));
        QVERIFY2(rules.contains(u"(.baton/rules/extra.md and any later rules files were left "
                                "out: the rules are too long.)"_s),
                 qPrintable(rules));
        QVERIFY(rules.size() < 1400);

        QTemporaryDir empty;
        QCOMPARE(WorkspaceOverview::rules(empty.path(), SecretFilter{}), QString());
    }

    void commandsSayWhenNothingWasFound()
    {
        TestCommand none;
        none.alsoFound = {u"cargo test (Cargo.toml: a Rust project; skipped: cargo is not "
                          "installed)"_s};
        QCOMPARE(WorkspaceOverview::commands(none),
                 u"No test command was found; run_tests will say so.\n"
                 "Also found: cargo test (Cargo.toml: a Rust project; skipped: cargo is not "
                 "installed).\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceOverview)
#include "tst_workspaceoverview.moc"
