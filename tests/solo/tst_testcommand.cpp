// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/solo/testcommand.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <optional>

using namespace Baton::Core;
using namespace Qt::StringLiterals;

static void writeFile(const QString &root, const QString &relative, const QByteArray &content,
                      bool executable = false)
{
    const QString path = root + u'/' + relative;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
    file.close();
    if (executable)
        QVERIFY(file.setPermissions(file.permissions() | QFile::ExeOwner));
}

static bool onPath(const char *program)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty();
}

static const char npmTest[] = "{\"scripts\": {\"test\": \"node test.js\"}}";
static const char npmPlaceholder[]
    = "{\"scripts\": {\"test\": \"echo \\\"Error: no test specified\\\" && exit 1\"}}";
static const char npmJest[] = "{\"scripts\": {\"test\": \"jest\"}}";
static const char soloJson[] = "{\"testCommand\": \"sh test.sh --fast\", \"testTimeoutS\": 42}";

using Files = QList<std::pair<QString, QByteArray>>;

class TestTestCommand : public QObject
{
    Q_OBJECT

    // Runs `command` in `folder` through CommandRunner, as run_tests does.
    static CommandResult run(const QString &folder, const TestCommand &command)
    {
        std::optional<CommandResult> result;
        CommandRunner runner;
        runner.setWorkingDirectory(folder);
        runner.setCommand(command.command);
        runner.setTimeoutMs(command.timeoutMs);
        QObject::connect(&runner, &CommandRunner::finished, &runner,
                         [&](const CommandResult &r) { result = r; });
        runner.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 300000); }();
        return result.value_or(CommandResult{});
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void detectsEachKindOfProject_data()
    {
        QTest::addColumn<Files>("files");
        QTest::addColumn<QString>("program"); // must be on PATH, else the candidate is skipped
        QTest::addColumn<TestCommand::Source>("source");
        QTest::addColumn<QString>("command");

        using S = TestCommand::Source;
        QTest::newRow("nothing") << Files{{u"README.md"_s, "hello\n"}} << QString() << S::None
                                 << QString();
        QTest::newRow("script/test") << Files{{u"script/test"_s, "#!/bin/sh\nexit 0\n"}}
                                     << QString() << S::Script << u"./script/test"_s;
        QTest::newRow("test.sh not executable")
            << Files{{u"test.sh"_s, "exit 0\n"}} << QString() << S::Script << u"sh test.sh"_s;
        QTest::newRow("make test") << Files{{u"Makefile"_s, "all:\n\techo\n\ntest: all\n\ttrue\n"}}
                                   << u"make"_s << S::Make << u"make test"_s;
        QTest::newRow("make check") << Files{{u"GNUmakefile"_s, "check:\n\ttrue\n"}} << u"make"_s
                                    << S::Make << u"make check"_s;
        QTest::newRow("make without test") << Files{{u"Makefile"_s, "test := 1\nall:\n\ttrue\n"}}
                                           << u"make"_s << S::None << QString();
        QTest::newRow("cmake's own makefile")
            << Files{{u"Makefile"_s, "# CMAKE generated file: DO NOT EDIT!\ntest:\n\tctest\n"}}
            << u"make"_s << S::None << QString();
        QTest::newRow("npm test") << Files{{u"package.json"_s, npmTest}} << u"npm"_s << S::Npm
                                  << u"npm test"_s;
        QTest::newRow("npm placeholder")
            << Files{{u"package.json"_s, npmPlaceholder}} << u"npm"_s << S::None << QString();
        QTest::newRow("cargo") << Files{{u"Cargo.toml"_s, "[package]\nname = \"x\"\n"}}
                               << u"cargo"_s << S::Cargo << u"cargo test"_s;
        QTest::newRow("go") << Files{{u"go.mod"_s, "module x\n"}} << u"go"_s << S::Go
                            << u"go test ./..."_s;
        QTest::newRow("cmake with tests")
            << Files{{u"CMakeLists.txt"_s, "project(x)\nenable_testing()\nadd_test(NAME a "
                                           "COMMAND true)\n"}}
            << u"cmake"_s << S::CMakeConfigure
            << u"cmake -S . -B .baton/build && cmake --build .baton/build && ctest --test-dir "
               ".baton/build --output-on-failure"_s;
        QTest::newRow("cmake without tests")
            << Files{{u"CMakeLists.txt"_s, "project(x)\nadd_executable(x x.c)\n"}} << u"cmake"_s
            << S::None << QString();
        QTest::newRow("someone else's build folder")
            << Files{{u"CMakeLists.txt"_s, "include(CTest)\n"},
                     {u"build/CTestTestfile.cmake"_s, "\n"},
                     {u"build/CMakeCache.txt"_s, "CMAKE_HOME_DIRECTORY:INTERNAL=/elsewhere\n"}}
            << u"cmake"_s << S::CMakeConfigure
            << u"cmake -S . -B .baton/build && cmake --build .baton/build && ctest --test-dir "
               ".baton/build --output-on-failure"_s;
        QTest::newRow("pyproject") << Files{{u"pyproject.toml"_s, "[tool.pytest.ini_options]\n"}}
                                   << u"python3"_s << S::Pytest << u"python3 -m pytest"_s;
        QTest::newRow("tests/test_*.py") << Files{{u"tests/test_calc.py"_s, "def test_a(): pass\n"}}
                                         << u"python3"_s << S::Pytest << u"python3 -m pytest"_s;
        QTest::newRow("setup.cfg without pytest")
            << Files{{u"setup.cfg"_s, "[metadata]\nname = x\n"}} << u"python3"_s << S::None
            << QString();
        QTest::newRow("makefile before package.json")
            << Files{{u"Makefile"_s, "test:\n\tnpm test\n"}, {u"package.json"_s, npmJest}}
            << u"make"_s << S::Make << u"make test"_s;
    }

    void detectsEachKindOfProject()
    {
        QFETCH(Files, files);
        QFETCH(QString, program);
        QFETCH(TestCommand::Source, source);
        QFETCH(QString, command);
        QTemporaryDir dir;
        for (const auto &[path, content] : files)
            writeFile(dir.path(), path, content, path == u"script/test");

        const TestCommand detected = TestCommand::detect(dir.path());
        if (!program.isEmpty() && !onPath(qPrintable(program))) {
            // The candidate is skipped and said so.
            QCOMPARE(detected.source, TestCommand::Source::None);
            if (source != TestCommand::Source::None)
                QVERIFY2(detected.alsoFound.join(u'\n').contains(u"is not installed"_s),
                         qPrintable(detected.alsoFound.join(u'\n')));
            return;
        }
        QCOMPARE(detected.source, source);
        QCOMPARE(detected.command, command);
        QCOMPARE(detected.isValid(), !command.isEmpty());
        QCOMPARE(detected.reason.isEmpty(), command.isEmpty());
    }

    void theUserCommandWinsThenSoloJson()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), u"test.sh"_s, "exit 0\n");
        writeFile(dir.path(), u".baton/solo.json"_s, soloJson);

        const TestCommand fromSettings = TestCommand::detect(dir.path());
        QCOMPARE(fromSettings.source, TestCommand::Source::Settings);
        QCOMPARE(fromSettings.command, u"sh test.sh --fast"_s);
        QCOMPARE(fromSettings.timeoutMs, 42000);
        QCOMPARE(fromSettings.alsoFound,
                 QStringList{u"sh test.sh (the project's test script test.sh)"_s});

        const TestCommand fromUser = TestCommand::detect(dir.path(), u"  ./check-all  "_s);
        QCOMPARE(fromUser.source, TestCommand::Source::User);
        QCOMPARE(fromUser.command, u"./check-all"_s);
        QCOMPARE(fromUser.alsoFound.size(), 2);
        QVERIFY(fromUser.alsoFound.first().startsWith(u"sh test.sh --fast ("_s));
    }

    void theNoneMessageTellsTheModelWhatToDo()
    {
        QVERIFY(TestCommand::noneForModel().contains(u"run_command"_s));
        QCOMPARE(TestCommand::schema()[u"name"_s].toString(), u"run_tests"_s);
    }

    // A real CMake project: its test fails, a fix makes it pass; the second run finds the
    // build folder the first one made and rebuilds before ctest.
    void aCMakeProjectFailsThenPassesAfterTheFix()
    {
        if (!onPath("cmake") || !onPath("ctest") || !onPath("c++"))
            QSKIP("cmake, ctest and a C++ compiler are needed");
        QTemporaryDir dir;
        writeFile(dir.path(), u"CMakeLists.txt"_s,
                  "cmake_minimum_required(VERSION 3.16)\nproject(calc CXX)\nenable_testing()\n"
                  "add_executable(calc_test calc_test.cpp calc.cpp)\n"
                  "add_test(NAME calc_test COMMAND calc_test)\n");
        writeFile(dir.path(), u"calc.cpp"_s, "int add(int a, int b) { return a - b; }\n");
        writeFile(dir.path(), u"calc_test.cpp"_s,
                  "#include <cstdio>\nint add(int, int);\nint main() {\n"
                  "    if (add(2, 3) != 5) { std::puts(\"add(2, 3) is wrong\"); return 1; }\n"
                  "    return 0;\n}\n");

        const TestCommand first = TestCommand::detect(dir.path());
        QCOMPARE(first.source, TestCommand::Source::CMakeConfigure);
        QVERIFY(first.prepare(dir.path()).ok());
        QFile ignore(dir.filePath(u".baton/.gitignore"_s));
        QVERIFY(ignore.open(QIODevice::ReadOnly));
        QCOMPARE(ignore.readAll(), QByteArray("*\n"));

        const CommandResult failed = run(dir.path(), first);
        QCOMPARE(failed.ending, CommandResult::Ending::Exited);
        QVERIFY(failed.exitCode != 0);
        const QString failedText = TestCommand::resultForModel(failed);
        QVERIFY2(failedText.startsWith(u"Tests failed.\nCommand: cmake -S . -B .baton/build"_s),
                 qPrintable(failedText));
        QVERIFY2(failedText.contains(u"add(2, 3) is wrong"_s), qPrintable(failedText));

        writeFile(dir.path(), u"calc.cpp"_s, "int add(int a, int b) { return a + b; }\n");
        const TestCommand second = TestCommand::detect(dir.path());
        QCOMPARE(second.source, TestCommand::Source::CMakeBuild);
        QCOMPARE(second.command, u"cmake --build .baton/build && ctest --test-dir .baton/build "
                                 "--output-on-failure"_s);
        const CommandResult passed = run(dir.path(), second);
        const QString passedText = TestCommand::resultForModel(passed);
        QVERIFY2(passed.succeeded(), qPrintable(passedText));
        QVERIFY(passedText.startsWith(u"Tests passed.\n"_s));
        QVERIFY(passedText.contains(u"100% tests passed"_s));
    }

    void aShellTestProjectFailsThenPasses()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), u"greet.sh"_s, "echo \"Hello, $1\"\n");
        writeFile(dir.path(), u"tests/run.sh"_s,
                  "out=$(sh greet.sh world)\n"
                  "[ \"$out\" = \"Hello, world!\" ] || { echo \"FAIL: got '$out'\"; exit 1; }\n"
                  "echo PASS\n");
        const TestCommand command = TestCommand::detect(dir.path());
        QCOMPARE(command.source, TestCommand::Source::Script);
        QCOMPARE(command.command, u"sh tests/run.sh"_s);

        const CommandResult failed = run(dir.path(), command);
        QCOMPARE(TestCommand::resultForModel(failed),
                 u"Tests failed.\nCommand: sh tests/run.sh\nFAIL: got 'Hello, world'\n"_s
                     + failed.endingForModel());
        QCOMPARE(failed.exitCode, 1);

        writeFile(dir.path(), u"greet.sh"_s, "echo \"Hello, $1!\"\n");
        const CommandResult passed = run(dir.path(), command);
        QVERIFY(passed.succeeded());
        QCOMPARE(TestCommand::resultForModel(passed),
                 u"Tests passed.\nCommand: sh tests/run.sh\nPASS\n"_s + passed.endingForModel());
    }

    void aTimeoutIsNotAPass()
    {
        CommandResult result;
        result.command = u"ctest"_s;
        result.ending = CommandResult::Ending::TimedOut;
        result.timeoutMs = 600000;
        QVERIFY(TestCommand::resultForModel(result).startsWith(u"Tests did not finish."_s));
    }
};

QTEST_GUILESS_MAIN(TestTestCommand)
#include "tst_testcommand.moc"
