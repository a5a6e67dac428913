// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "../support/testfiles.h"
#include "core/git/gitruntime.h"
#include "core/search/searchreplace.h"
#include "core/search/textsearch.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Baton;
using Core::ReplacePlan;
using Core::SearchQuery;
using Core::SearchReplace;
using Core::SearchResult;
using Core::TextSearch;

static QList<SearchResult> find(const SearchQuery &query, const QString &folder)
{
    auto outcome = TextSearch::run(query, folder, TextSearch::Backend::Builtin);
    return outcome.ok() ? outcome->results : QList<SearchResult>();
}

class TestSearchReplace : public QObject
{
    Q_OBJECT

private:
    Core::GitRuntime m_git;

    static SearchQuery callQuery()
    {
        SearchQuery query;
        query.pattern = QStringLiteral("foo\\((\\d+)\\)");
        query.regularExpression = true;
        query.caseSensitive = true;
        return query;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void replacesGroupsAndKeepsOtherBytes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.txt"));
        writeFile(path,
                  "let x = foo(1);\r\nkeep\xff bytes \xe4\xbd\xa0\xe5\xa5\xbd\r\nlet y = foo(22); "
                  "foo(3)\n");
        writeFile(dir.filePath(QStringLiteral("b/c.txt")), "foo(7)");
        const SearchQuery query = callQuery();
        const QList<SearchResult> results = find(query, dir.path());
        QCOMPARE(results.size(), 3);

        const ReplacePlan plan
            = SearchReplace::plan(dir.path(), query, results, QStringLiteral("bar($1, $&)$$"));
        QCOMPARE(plan.files.size(), 2);
        QCOMPARE(plan.replacements(), 4);
        const Core::ReplaceFile &a = plan.files.at(0);
        QCOMPARE(a.path, QStringLiteral("a.txt"));
        QVERIFY(a.error.isEmpty());
        QCOMPARE(a.lines.size(), 2);
        QCOMPARE(a.lines.at(0).line, 0);
        QCOMPARE(a.lines.at(0).oldText, QStringLiteral("let x = foo(1);"));
        QCOMPARE(a.lines.at(0).newText, QStringLiteral("let x = bar(1, foo(1))$;"));
        QCOMPARE(a.lines.at(1).line, 2);
        QCOMPARE(a.lines.at(1).newText,
                 QStringLiteral("let y = bar(22, foo(22))$; bar(3, foo(3))$"));

        const SearchReplace::Outcome outcome = SearchReplace::apply(plan);
        QVERIFY2(outcome.failures.isEmpty(), qPrintable(outcome.failures.join(u'\n')));
        QCOMPARE(outcome.written.size(), 2);
        QCOMPARE(readFile(path), QByteArray("let x = bar(1, foo(1))$;\r\nkeep\xff bytes "
                                            "\xe4\xbd\xa0\xe5\xa5\xbd\r\nlet y = bar(22, foo(22))$; "
                                            "bar(3, foo(3))$\n"));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("b/c.txt"))), QByteArray("bar(7, foo(7))$"));
    }

    void filesInOtherEncodingsAreLeftAlone()
    {
        QTemporaryDir dir;
        // GB18030: 接力 foo(1)
        const QString gb = dir.filePath(QStringLiteral("gb.txt"));
        writeFile(gb, "\xbd\xd3\xc1\xa6 foo(1)\n");
        // Latin-1: café foo(2)
        const QString latin = dir.filePath(QStringLiteral("latin.txt"));
        writeFile(latin, "caf\xe9 foo(2)\n");
        const QString utf8 = dir.filePath(QStringLiteral("utf8.txt"));
        writeFile(utf8, "接力 foo(3)\n");
        const SearchQuery query = callQuery();
        const QList<SearchResult> results = find(query, dir.path());
        QCOMPARE(results.size(), 3);

        // The search reads bytes as UTF-8: in the other encodings a replacement would write
        // UTF-8 bytes into them, so those files are refused, with the reason, and untouched.
        const ReplacePlan plan
            = SearchReplace::plan(dir.path(), query, results, QStringLiteral("中($1)"));
        QStringList refused;
        for (const Core::ReplaceFile &file : plan.files) {
            if (!file.error.isEmpty())
                refused.append(file.error);
        }
        QCOMPARE(refused.size(), 2);
        QVERIFY(refused.join(u' ').contains(QStringLiteral("GB18030")));
        QVERIFY(refused.join(u' ').contains(QStringLiteral("Latin-1")));
        const SearchReplace::Outcome outcome = SearchReplace::apply(plan);
        QCOMPARE(outcome.written, QStringList{QStringLiteral("utf8.txt")});
        QCOMPARE(readFile(gb), QByteArray("\xbd\xd3\xc1\xa6 foo(1)\n"));
        QCOMPARE(readFile(latin), QByteArray("caf\xe9 foo(2)\n"));
        QCOMPARE(readFile(utf8), QByteArray("接力 中(3)\n"));
    }

    void literalReplacementAndUntickedLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.txt"));
        writeFile(path, "名字 = 1\n名字 = 2\n名字 = 3\n");
        SearchQuery query;
        query.pattern = QStringLiteral("名字");
        const QList<SearchResult> results = find(query, dir.path());
        ReplacePlan plan = SearchReplace::plan(dir.path(), query, results, QStringLiteral("$1名"));
        QCOMPARE(plan.files.size(), 1);
        QCOMPARE(plan.files.at(0).lines.size(), 3);
        QCOMPARE(plan.files.at(0).lines.at(1).newText, QStringLiteral("$1名 = 2"));
        plan.files[0].lines[1].enabled = false;
        QCOMPARE(plan.replacements(), 2);
        QVERIFY(SearchReplace::apply(plan).failures.isEmpty());
        QCOMPARE(readFile(path), QByteArray("$1名 = 1\n名字 = 2\n$1名 = 3\n"));
    }

    void refusesStaleFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.txt"));
        writeFile(path, "foo(1)\nfoo(2)\n");
        const SearchQuery query = callQuery();
        const QList<SearchResult> results = find(query, dir.path());
        QCOMPARE(results.size(), 2);

        // Changed between the search and the preview: refused in the plan.
        writeFile(path, "foo(1)\nbar(2)\n");
        const ReplacePlan stale = SearchReplace::plan(dir.path(), query, results, "x");
        QCOMPARE(stale.files.size(), 1);
        QVERIFY(stale.files.at(0).error.contains(QStringLiteral("changed since the search")));
        QCOMPARE(stale.replacements(), 0);
        const SearchReplace::Outcome refused = SearchReplace::apply(stale);
        QCOMPARE(refused.failures.size(), 1);
        QCOMPARE(readFile(path), QByteArray("foo(1)\nbar(2)\n"));

        // Changed between the preview and Apply: refused when applying.
        writeFile(path, "foo(1)\nfoo(2)\n");
        const ReplacePlan plan = SearchReplace::plan(dir.path(), query, results, "x");
        QCOMPARE(plan.replacements(), 2);
        writeFile(path, "foo(1)\nfoo(2)\nnew line\n");
        const SearchReplace::Outcome outcome = SearchReplace::apply(plan);
        QVERIFY(outcome.written.isEmpty());
        QCOMPARE(outcome.failures.size(), 1);
        QVERIFY(outcome.failures.at(0).contains(
            QStringLiteral("changed on disk since the preview")));
        QCOMPARE(readFile(path), QByteArray("foo(1)\nfoo(2)\nnew line\n"));
    }

    void openDocumentsAreLeftToTheEditor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("o.txt"));
        writeFile(path, "foo(1)\n");
        const SearchQuery query = callQuery();
        const QList<SearchResult> results = find(query, dir.path());
        const ReplacePlan plan = SearchReplace::plan(dir.path(), query, results, "y",
                                                     {{path, QByteArray("foo(1)\nunsaved\n")}});
        QCOMPARE(plan.files.size(), 1);
        QVERIFY(plan.files.at(0).openInEditor);
        QCOMPARE(plan.files.at(0).replacedBytes(), QByteArray("y\nunsaved\n"));
        const SearchReplace::Outcome outcome = SearchReplace::apply(plan);
        QVERIFY(outcome.written.isEmpty());
        QCOMPARE(readFile(path), QByteArray("foo(1)\n"));
    }

    void nothingOutsideTheWorkspace()
    {
        QTemporaryDir outer;
        writeFile(outer.filePath(QStringLiteral("secret.txt")), "foo(1)\n");
        const QString workspace = outer.filePath(QStringLiteral("ws"));
        QVERIFY(QDir().mkpath(workspace));
        QVERIFY(QFile::link(outer.filePath(QStringLiteral("secret.txt")),
                            workspace + QStringLiteral("/link.txt")));
        const SearchQuery query = callQuery();
        QList<SearchResult> results;
        for (const char *path : {"../secret.txt", "link.txt"}) {
            SearchResult result = SearchResult::fromLine(QString::fromLatin1(path), 0, "foo(1)",
                                                         {{0, 6}}, {}, {});
            results.append(result);
        }
        const ReplacePlan plan = SearchReplace::plan(workspace, query, results, "x");
        QCOMPARE(plan.files.size(), 2);
        for (const Core::ReplaceFile &file : plan.files)
            QVERIFY(file.error.contains(QStringLiteral("not inside the workspace")));
        QCOMPARE(SearchReplace::apply(plan).written.size(), 0);
        QCOMPARE(readFile(outer.filePath(QStringLiteral("secret.txt"))), QByteArray("foo(1)\n"));
    }
};

QTEST_GUILESS_MAIN(TestSearchReplace)
#include "tst_searchreplace.moc"
