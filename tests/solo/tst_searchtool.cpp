// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/git/gitruntime.h"
#include "core/git/repository.h"
#include "core/solo/searchtool.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
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

class TestSearchTool : public QObject
{
    Q_OBJECT

    GitRuntime m_git;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString root = m_dir.path();
        QVERIFY(Repository::init(root).ok());
        writeFile(root, u".gitignore"_s, "build/\n");
        writeFile(root, u"src/a.cpp"_s, "int foo();\nvoid bar() { foo(); }\n");
        writeFile(root, u"src/b.h"_s, "#pragma once\nint foo2(int x);\n");
        writeFile(root, u"src/config.cpp"_s,
                  "const char *k = \"sk-proj-abcdefghijklmnopqrstuvwxyz0123456789\"; // foo\n");
        writeFile(root, u".env"_s, "foo=1\n");
        writeFile(root, u"build/gen.cpp"_s, "int foo();\n");
        writeFile(root, u".baton/build/gen.cpp"_s, "int foo();\n");
        QByteArray many;
        for (int i = 1; i <= 500; ++i)
            many += "match line " + QByteArray::number(i) + "\n";
        writeFile(root, u"data/many.txt"_s, many);
        writeFile(root, u"data/long.txt"_s,
                  QByteArray(2000, 'a') + "NEEDLE" + QByteArray(2000, 'b'));
    }

    void findsLinesAsPathLineText()
    {
        SearchTool tool(m_dir.path());
        const Result<QString> found = tool.search(u"foo\\("_s);
        QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
        QCOMPARE(found.value(), u"src/a.cpp:1: int foo();\nsrc/a.cpp:2: void bar() { foo(); }"_s);
    }

    void secretsAndIgnoredFilesAreLeftOut()
    {
        SearchTool tool(m_dir.path());
        const Result<QString> found = tool.search(u"foo"_s);
        QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
        const QString text = found.value();
        QVERIFY(!text.contains(u"build/"_s));
        QVERIFY(!text.contains(u".env:"_s));
        QVERIFY(
            text.contains(u"(1 matching line(s) in secret files such as .env were left out.)"_s));
        QVERIFY(text.contains(u"src/config.cpp:1: const char *k = \"[REDACTED"_s));
        QVERIFY(!text.contains(u"abcdefghijklmnopqrstuvwxyz0123456789"_s));
        QVERIFY(text.contains(u"src/b.h:2: int foo2(int x);"_s));
    }

    void pathAndGlobNarrowTheSearch()
    {
        SearchTool tool(m_dir.path());
        QCOMPARE(tool.search(u"foo"_s, u"src/b.h"_s).value(), u"src/b.h:2: int foo2(int x);"_s);
        QCOMPARE(tool.search(u"foo"_s, u"src"_s, u"*.h"_s).value(),
                 u"src/b.h:2: int foo2(int x);"_s);
        QCOMPARE(tool.search(u"nothing-like-this"_s, u"src"_s).value(),
                 u"No matches for /nothing-like-this/ in src."_s);
    }

    void manyMatchesAreCappedAndLongLinesCut()
    {
        SearchTool tool(m_dir.path());
        const QString many = tool.search(u"^match line"_s, u"data"_s).value();
        const QStringList lines = many.split(u'\n');
        QCOMPARE(lines.size(), SearchTool::maxLines + 1);
        QCOMPARE(lines.first(), u"data/many.txt:1: match line 1"_s);
        QCOMPARE(lines.at(SearchTool::maxLines - 1), u"data/many.txt:200: match line 200"_s);
        QCOMPARE(lines.last(), u"(500 matching lines; the first 200 are shown. Narrow the "
                               "pattern, path or glob.)"_s);

        const QString longLine = tool.search(u"NEEDLE"_s).value();
        QVERIFY2(longLine.startsWith(u"data/long.txt:1: …"_s), qPrintable(longLine));
        QVERIFY(longLine.contains(u"NEEDLE"_s));
        QVERIFY(longLine.endsWith(u"…"_s));
        QVERIFY(longLine.size() < SearchTool::maxLineChars + 40);
    }

    void refusesWhatItCannotDo_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("outside") << u"{\"pattern\":\"x\",\"path\":\"../\"}"_s << u"outside"_s;
        QTest::newRow(".git") << u"{\"pattern\":\"x\",\"path\":\".git\"}"_s << u".git"_s;
        QTest::newRow("missing") << u"{\"pattern\":\"x\",\"path\":\"nope\"}"_s
                                 << u"does not exist"_s;
        QTest::newRow("bad regex")
            << u"{\"pattern\":\"(\"}"_s << u"not a valid regular expression"_s;
        QTest::newRow("no pattern") << u"{\"path\":\"src\"}"_s << u"needs \"pattern\""_s;
        QTest::newRow("unknown") << u"{\"pattern\":\"x\",\"regex\":true}"_s
                                 << u"no parameter \"regex\""_s;
        QTest::newRow("mistyped") << u"{\"pattern\":1}"_s << u"must be a string"_s;
    }

    void refusesWhatItCannotDo()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        SearchTool tool(m_dir.path());
        const Result<QString> result = tool.call(QJsonDocument::fromJson(json.toUtf8()).object());
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(error, Qt::CaseInsensitive),
                 qPrintable(result.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestSearchTool)
#include "tst_searchtool.moc"
