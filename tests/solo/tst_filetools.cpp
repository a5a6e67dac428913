// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "../support/gitfixture.h"
#include "../support/isolatedhome.h"
#include "../support/testfiles.h"

#include "core/git/gitruntime.h"
#include "core/solo/filetools.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QStandardPaths>
#include <QtTest/QTest>

using namespace Baton::Core;

static QString L(const char *text)
{
    return QString::fromUtf8(text);
}

class TestFileTools : public QObject
{
    Q_OBJECT

private:
    IsolatedHome m_home;
    GitRuntime m_git;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readFileNumbersLinesAndPages()
    {
        QTemporaryDir dir;
        QByteArray text;
        for (int i = 1; i <= 25; ++i)
            text += "line " + QByteArray::number(i) + '\n';
        writeFile(dir.filePath(L("a.txt")), text);
        FileTools tools(dir.path());
        auto first = tools.readFile(L("a.txt"), 1, 10);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QVERIFY(first->startsWith(L("     1\tline 1\n     2\tline 2\n")));
        QVERIFY(first->contains(L("    10\tline 10\n")));
        QVERIFY(!first->contains(L("line 11")));
        QVERIFY2(first->contains(L("lines 1–10 of 25")) && first->contains(L("offset 11")),
                 qPrintable(first.value()));
        auto last = tools.readFile(L("a.txt"), 21, 10);
        QVERIFY(last.ok());
        QVERIFY(last->startsWith(L("    21\tline 21\n")));
        QVERIFY(last->endsWith(L("    25\tline 25\n")));
        QVERIFY(!tools.readFile(L("a.txt"), 26, 10).ok());

        writeFile(dir.filePath(L("crlf.txt")), "one\r\ntwo\r\n");
        QCOMPARE(tools.readFile(L("crlf.txt")).value(), L("     1\tone\n     2\ttwo\n"));
        writeFile(dir.filePath(L("long.txt")), QByteArray(3000, 'x'));
        QVERIFY(tools.readFile(L("long.txt"))->contains(L("line cut at 2000")));
        writeFile(dir.filePath(L("blob.bin")), QByteArray("\0\1\2\3", 4));
        QVERIFY(!tools.readFile(L("blob.bin")).ok());
        QVERIFY(!tools.readFile(L("missing.txt")).ok());
        QVERIFY(!tools.readFile(L("../etc/passwd")).ok());
    }

    void secretsAreWithheldOrRedacted()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(L(".env")), "DB_PASSWORD=hunter2\n");
        QString key = L("sk-");
        for (int i = 0; i < 40; ++i)
            key += QChar(u'a' + (i * 7) % 26);
        writeFile(dir.filePath(L("config.py")), (L("KEY = '") + key + L("'\n")).toUtf8());
        FileTools tools(dir.path());
        auto env = tools.readFile(L(".env"));
        QVERIFY(!env.ok());
        QVERIFY2(env.errorMessage().contains(L("withheld")), qPrintable(env.errorMessage()));
        QVERIFY(!env.errorMessage().contains(L("hunter2")));
        QVERIFY(!tools.editFile(L(".env"), L("hunter2"), L("x")).ok());
        auto config = tools.readFile(L("config.py"));
        QVERIFY(config.ok());
        QVERIFY(!config->contains(key));
        QVERIFY(config->contains(L("[REDACTED")));

        SecretFilter allowing;
        allowing.allowPath(L(".env"));
        FileTools allowed(dir.path(), allowing);
        QVERIFY(allowed.readFile(L(".env"))->contains(L("hunter2")));
    }

    void editReplacesExactlyOneMatch()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(L("main.cpp"));
        writeFile(file, "int a = 1;\nint b = 1;\nint c = 2;\n");
        FileTools tools(dir.path());
        // Not read yet: refused.
        auto unread = tools.editFile(L("main.cpp"), L("int c = 2;"), L("int c = 3;"));
        QVERIFY(!unread.ok());
        QVERIFY2(unread.errorMessage().contains(L("read")), qPrintable(unread.errorMessage()));
        QVERIFY(tools.readFile(L("main.cpp")).ok());

        auto none = tools.editFile(L("main.cpp"), L("int d = 4;"), L("x"));
        QVERIFY(!none.ok());
        QVERIFY(none.errorMessage().contains(L("not found")));
        auto several = tools.editFile(L("main.cpp"), L(" = 1;"), L(" = 5;"));
        QVERIFY(!several.ok());
        QVERIFY2(several.errorMessage().contains(L("2 times")),
                 qPrintable(several.errorMessage()));
        QCOMPARE(readFile(file), QByteArray("int a = 1;\nint b = 1;\nint c = 2;\n"));

        auto one = tools.editFile(L("main.cpp"), L("int c = 2;"), L("int c = 3;"));
        QVERIFY2(one.ok(), qPrintable(one.errorMessage()));
        QCOMPARE(readFile(file), QByteArray("int a = 1;\nint b = 1;\nint c = 3;\n"));
        // Its own edit does not make the file stale.
        auto all = tools.editFile(L("main.cpp"), L(" = 1;"), L(" = 5;"), true);
        QVERIFY2(all.ok(), qPrintable(all.errorMessage()));
        QCOMPARE(readFile(file), QByteArray("int a = 5;\nint b = 5;\nint c = 3;\n"));

        auto whitespace = tools.editFile(L("main.cpp"), L("  int c = 3;  "), L("x"));
        QVERIFY(!whitespace.ok());
        QVERIFY(whitespace.errorMessage().contains(L("whitespace")));
        QVERIFY(!tools.editFile(L("main.cpp"), L("int c = 3;"), L("int c = 3;")).ok());
        QVERIFY(!tools.editFile(L("main.cpp"), QString(), L("x")).ok());
    }

    void editKeepsCrlfAndEncoding()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(L("win.txt"));
        writeFile(file, "\xEF\xBB\xBFone\r\ntwo\r\n");
        FileTools tools(dir.path());
        QVERIFY(tools.readFile(L("win.txt")).ok());
        auto edited = tools.editFile(L("win.txt"), L("one\ntwo"), L("one\nthree"));
        QVERIFY2(edited.ok(), qPrintable(edited.errorMessage()));
        QCOMPARE(readFile(file), QByteArray("\xEF\xBB\xBFone\r\nthree\r\n"));
    }

    void staleWritesAreRefused()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(L("notes.md"));
        writeFile(file, "# notes\n");
        FileTools tools(dir.path());
        QVERIFY(tools.readFile(L("notes.md")).ok());
        writeFile(file, "# notes\nthe user typed this\n"); // changed behind the agent's back
        auto edit = tools.editFile(L("notes.md"), L("# notes"), L("# Notes"));
        QVERIFY(!edit.ok());
        QVERIFY2(edit.errorMessage().contains(L("changed on disk")),
                 qPrintable(edit.errorMessage()));
        auto write = tools.writeFile(L("notes.md"), L("replaced\n"));
        QVERIFY(!write.ok());
        QCOMPARE(readFile(file), QByteArray("# notes\nthe user typed this\n"));
        // Read again, then the edit goes through.
        QVERIFY(tools.readFile(L("notes.md")).ok());
        QVERIFY(tools.editFile(L("notes.md"), L("# notes"), L("# Notes")).ok());
        QCOMPARE(readFile(file), QByteArray("# Notes\nthe user typed this\n"));
    }

    void writeCreatesAndReplaces()
    {
        QTemporaryDir dir;
        FileTools tools(dir.path());
        auto created = tools.writeFile(L("src/new/thing.h"), L("#pragma once\n"));
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        QVERIFY(created->startsWith(L("Created")));
        QCOMPARE(readFile(dir.filePath(L("src/new/thing.h"))), QByteArray("#pragma once\n"));
        // Written by the agent: it knows the content, so it may replace it.
        QVERIFY(tools.writeFile(L("src/new/thing.h"), L("// v2\n")).ok());
        QCOMPARE(readFile(dir.filePath(L("src/new/thing.h"))), QByteArray("// v2\n"));

        writeFile(dir.filePath(L("existing.txt")), "user's\n");
        auto unread = tools.writeFile(L("existing.txt"), L("agent's\n"));
        QVERIFY(!unread.ok());
        QCOMPARE(readFile(dir.filePath(L("existing.txt"))), QByteArray("user's\n"));
        QVERIFY(!tools.writeFile(L("src"), L("x")).ok());
        QVERIFY(!tools.writeFile(L(".git/config"), L("x")).ok());
        QVERIFY(!tools.writeFile(L("/tmp/baton-escape.txt"), L("x")).ok());
        QVERIFY(!QFileInfo::exists(L("/tmp/baton-escape.txt")));
    }

    void listDirRespectsGitignore()
    {
        GitFixture fixture; // .gitignore: build/, *.log
        fixture.write(L("build/out.o"), "x");
        fixture.write(L("debug.log"), "x");
        fixture.write(L("src/util/helpers.cpp"), "x");
        QVERIFY(QFile::link(L("README.md"), fixture.path(L("readme-link"))));
        FileTools tools(fixture.path());
        auto top = tools.listDir(L("."));
        QVERIFY2(top.ok(), qPrintable(top.errorMessage()));
        QCOMPARE(top.value(), L("src/\n.gitignore\nREADME.md\nreadme-link -> ") + fixture.path()
                            + L("/README.md\n"));
        auto deep = tools.listDir(L("src"), 2);
        QVERIFY(deep.ok());
        QCOMPARE(deep.value(), L("util/\n  helpers.cpp\nmain.cpp\n"));
        QVERIFY(!tools.listDir(L("README.md")).ok());
        QVERIFY(!tools.listDir(L("."), 9).ok());
        QVERIFY(!tools.listDir(L("..")).ok());
    }

    void callChecksTheInput()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(L("a.txt")), "hello\n");
        FileTools tools(dir.path());
        const auto call = [&](const char *name, const char *json) {
            return tools.call(L(name), QJsonDocument::fromJson(json).object());
        };
        QVERIFY(call("read_file", "{\"path\": \"a.txt\"}").ok());
        QVERIFY(call("read_file", "{\"path\": \"a.txt\", \"offset\": 1, \"limit\": 5}").ok());
        auto missing = call("read_file", "{}");
        QVERIFY(!missing.ok());
        QVERIFY2(missing.errorMessage().contains(L("\"path\"")),
                 qPrintable(missing.errorMessage()));
        auto mistyped = call("read_file", "{\"path\": \"a.txt\", \"offset\": \"3\"}");
        QVERIFY(!mistyped.ok());
        QVERIFY2(mistyped.errorMessage().contains(L("integer")),
                 qPrintable(mistyped.errorMessage()));
        QVERIFY(!call("read_file", "{\"path\": \"a.txt\", \"offset\": 1.5}").ok());
        QVERIFY(!call("read_file", "{\"path\": \"a.txt\", \"colour\": \"red\"}").ok());
        QVERIFY(!call("delete_file", "{\"path\": \"a.txt\"}").ok());
        QVERIFY(call("edit_file",
                     "{\"path\": \"a.txt\", \"old_text\": \"hello\", \"new_text\": \"bye\"}")
                    .ok());
        QCOMPARE(readFile(dir.filePath(L("a.txt"))), QByteArray("bye\n"));

        const QJsonArray schemas = FileTools::schemas();
        QStringList names;
        for (const QJsonValue &schema : schemas) {
            names.append(schema[L("name")].toString());
            QCOMPARE(schema[L("input_schema")][L("type")].toString(), L("object"));
        }
        QCOMPARE(names, (QStringList{L("read_file"), L("list_dir"), L("edit_file"),
                                     L("write_file")}));
    }

    void docsHoldTheSchemas()
    {
        const QString doc = QString::fromUtf8(readFile(L(BATON_SOURCE_DIR "/docs/solo-tools.md")));
        QVERIFY(!doc.isEmpty());
        QJsonArray documented;
        qsizetype at = 0;
        const QString open = L("```json\n");
        while ((at = doc.indexOf(open, at)) >= 0) {
            at += open.size();
            const qsizetype end = doc.indexOf(L("```"), at);
            QVERIFY(end > at);
            QJsonParseError error;
            const QJsonDocument block = QJsonDocument::fromJson(doc.mid(at, end - at).toUtf8(),
                                                                &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            // The file tools' blocks; tst_solotooldocs checks the other tools'.
            const QString name = block.object()[L("name")].toString();
            if (name.endsWith(L("_file")) || name == L("list_dir"))
                documented.append(block.object());
            at = end;
        }
        QCOMPARE(documented, FileTools::schemas());
    }
};

QTEST_GUILESS_MAIN(TestFileTools)
#include "tst_filetools.moc"
