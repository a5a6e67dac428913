// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/process/terminallinks.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Baton::Core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(TerminalLink)

namespace QTest {
template<>
char *toString(const TerminalLink &link)
{
    return qstrdup(qPrintable(
        u"{%1 start=%2 length=%3 %4 line=%5 col=%6}"_s
            .arg(link.kind == TerminalLink::Kind::Url ? u"url"_s : u"file"_s)
            .arg(link.start)
            .arg(link.length)
            .arg(link.target)
            .arg(link.line)
            .arg(link.column)));
}
} // namespace QTest

class TestTerminalLinks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;     // the terminal's working directory
    QTemporaryDir m_project; // the workspace folder

    static void touch(const QString &path)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x\n");
    }

    QString cwd(const QString &name) const { return QDir::cleanPath(m_dir.filePath(name)); }
    QString ws(const QString &name) const { return QDir::cleanPath(m_project.filePath(name)); }

    static TerminalLink file(int start, int length, const QString &path, int line = 0,
                             int column = 0)
    {
        return {TerminalLink::Kind::File, start, length, path, line, column};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid() && m_project.isValid());
        touch(cwd(u"main.cpp"_s));
        touch(cwd(u"src/util.h"_s));
        touch(cwd(u"my file.cpp"_s));
        touch(cwd(u"tool.py"_s));
        touch(cwd(u"文档/说明.md"_s));
        touch(cwd(u"app.js"_s));
        touch(ws(u"lib/only_in_workspace.rs"_s));
        QDir().mkpath(cwd(u"folder.d"_s));
    }

    void finds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<TerminalLink>>("expected");

        QTest::newRow("gcc error") << u"main.cpp:3:5: error: expected ';'"_s
                                   << QList{file(0, 12, cwd(u"main.cpp"_s), 3, 5)};
        QTest::newRow("path:line") << u"see main.cpp:42 for details"_s
                                   << QList{file(4, 11, cwd(u"main.cpp"_s), 42)};
        QTest::newRow("relative with folder")
            << u"  src/util.h:7:12: warning: unused"_s
            << QList{file(2, 15, cwd(u"src/util.h"_s), 7, 12)};
        QTest::newRow("dot slash") << u"./src/util.h:7"_s
                                   << QList{file(0, 14, cwd(u"src/util.h"_s), 7)};
        QTest::newRow("absolute") << (cwd(u"main.cpp"_s) + u":10:2: note: here"_s)
                                  << QList{file(0, int(cwd(u"main.cpp"_s).size()) + 5,
                                                cwd(u"main.cpp"_s), 10, 2)};
        QTest::newRow("msvc line") << u"main.cpp(12): error C2065"_s
                                   << QList{file(0, 12, cwd(u"main.cpp"_s), 12)};
        QTest::newRow("msvc line col") << u"main.cpp(12,8): error C2065"_s
                                       << QList{file(0, 14, cwd(u"main.cpp"_s), 12, 8)};
        QTest::newRow("python") << u"  File \"tool.py\", line 12, in <module>"_s
                                << QList{file(8, 17, cwd(u"tool.py"_s), 12)};
        QTest::newRow("python absolute")
            << (u"  File \""_s + cwd(u"tool.py"_s) + u"\", line 3"_s)
            << QList{file(8, int(cwd(u"tool.py"_s).size()) + 9, cwd(u"tool.py"_s), 3)};
        QTest::newRow("node stack") << u"    at run (app.js:10:5)"_s
                                    << QList{file(12, 11, cwd(u"app.js"_s), 10, 5)};
        QTest::newRow("bare path") << u"modified:   src/util.h"_s
                                   << QList{file(12, 10, cwd(u"src/util.h"_s))};
        QTest::newRow("full stop after a path") << u"Wrote main.cpp."_s
                                                << QList{file(6, 8, cwd(u"main.cpp"_s))};
        QTest::newRow("git diff prefix") << u"+++ b/src/util.h"_s
                                         << QList{file(4, 12, cwd(u"src/util.h"_s))};
        QTest::newRow("workspace fallback")
            << u"lib/only_in_workspace.rs:3:1"_s
            << QList{file(0, 28, ws(u"lib/only_in_workspace.rs"_s), 3, 1)};
        QTest::newRow("quoted with spaces") << u"error in \"my file.cpp\":3:5"_s
                                            << QList{file(9, 17, cwd(u"my file.cpp"_s), 3, 5)};
        QTest::newRow("single quoted with spaces") << u"'my file.cpp':9"_s
                                                   << QList{file(0, 15, cwd(u"my file.cpp"_s), 9)};
        QTest::newRow("spaces unquoted are not one path") << u"my file.cpp:3"_s
                                                          << QList<TerminalLink>{};
        QTest::newRow("missing file") << u"nothere.cpp:3:5: error: x"_s << QList<TerminalLink>{};
        QTest::newRow("folder is not a file") << u"folder.d:3"_s << QList<TerminalLink>{};
        QTest::newRow("chinese path") << u"文档/说明.md:4:2: 错误"_s
                                      << QList{file(0, 12, cwd(u"文档/说明.md"_s), 4, 2)};
        QTest::newRow("after chinese text") << u"错误：main.cpp:8"_s
                                            << QList{file(3, 10, cwd(u"main.cpp"_s), 8)};
        QTest::newRow("url") << u"see https://example.com/a?b=1#c for more"_s
                             << QList{TerminalLink{TerminalLink::Kind::Url, 4, 27,
                                                   u"https://example.com/a?b=1#c"_s, 0, 0}};
        QTest::newRow("url with port is not a path")
            << u"Listening on http://localhost:8080/."_s
            << QList{TerminalLink{TerminalLink::Kind::Url, 13, 22,
                                  u"http://localhost:8080/"_s, 0, 0}};
        QTest::newRow("url in parentheses")
            << u"(docs: https://en.wikipedia.org/wiki/C_(language))"_s
            << QList{TerminalLink{TerminalLink::Kind::Url, 7, 42,
                                  u"https://en.wikipedia.org/wiki/C_(language)"_s, 0, 0}};
        QTest::newRow("two links")
            << u"main.cpp:1: first defined here; app.js:2 again"_s
            << QList{file(0, 10, cwd(u"main.cpp"_s), 1), file(32, 8, cwd(u"app.js"_s), 2)};
        QTest::newRow("option value") << u"--input=main.cpp:2"_s
                                      << QList{file(8, 10, cwd(u"main.cpp"_s), 2)};
        QTest::newRow("plain words") << u"total 12 drwxr-xr-x 3.5 user"_s << QList<TerminalLink>{};
    }

    void finds()
    {
        QFETCH(QString, text);
        QFETCH(QList<TerminalLink>, expected);
        const QList<TerminalLink> links = TerminalLinks::find(text, m_dir.path(), m_project.path());
        QCOMPARE(links, expected);
        for (const TerminalLink &link : links) {
            // The span is exactly what is printed for the link.
            if (link.kind == TerminalLink::Kind::Url)
                QCOMPARE(text.mid(link.start, link.length), link.target);
        }
    }

    void withoutWorkspaceOnlyTheWorkingDirectoryCounts()
    {
        QVERIFY(TerminalLinks::find(u"lib/only_in_workspace.rs:3"_s, m_dir.path(), {}).isEmpty());
        QCOMPARE(TerminalLinks::find(u"main.cpp:3"_s, {}, m_dir.path()).size(), 1);
    }

    void linkAtAnOffset()
    {
        const auto links = TerminalLinks::find(u"x main.cpp:3 y"_s, m_dir.path(), {});
        QCOMPARE(links.size(), 1);
        QVERIFY(!TerminalLinks::linkAt(links, 1));
        QCOMPARE(TerminalLinks::linkAt(links, 2), &links.first());
        QCOMPARE(TerminalLinks::linkAt(links, 11), &links.first());
        QVERIFY(!TerminalLinks::linkAt(links, 12));
    }

    void cellsOfWideCharacters()
    {
        const QString text = u"错误：main.cpp"_s; // 3 wide characters, then ASCII
        QCOMPARE(TerminalLinks::cellCount(text), 6 + 8);
        QCOMPARE(TerminalLinks::indexAtCell(text, 0), 0);
        QCOMPARE(TerminalLinks::indexAtCell(text, 1), 0);
        QCOMPARE(TerminalLinks::indexAtCell(text, 2), 1);
        QCOMPARE(TerminalLinks::indexAtCell(text, 6), 3);
        QCOMPARE(TerminalLinks::indexAtCell(text, 7), 4);
        QCOMPARE(TerminalLinks::indexAtCell(text, 100), int(text.size()));
        QCOMPARE(TerminalLinks::cellWidth(U'a'), 1);
        QCOMPARE(TerminalLinks::cellWidth(U'接'), 2);
        QCOMPARE(TerminalLinks::cellWidth(U'Ａ'), 2);
        QCOMPARE(TerminalLinks::cellWidth(U'é'), 1);
    }
};

QTEST_GUILESS_MAIN(TestTerminalLinks)
#include "tst_terminallinks.moc"
