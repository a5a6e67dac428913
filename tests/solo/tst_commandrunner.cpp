// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/solo/commandrunner.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <csignal>
#include <optional>

using namespace Baton::Core;
using namespace Qt::StringLiterals;

// Whether `pid` is a live process (a zombie waiting for its reaper counts as gone).
static bool alive(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close < 0 || line.mid(close + 2, 1) != "Z";
}

static qint64 pidFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

class TestCommandRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_streamed;
    int m_finishedCount = 0;

    // Runs `runner` to its end, collecting what output() streamed.
    CommandResult run(CommandRunner &runner, int waitMs = 20000)
    {
        std::optional<CommandResult> result;
        m_streamed.clear();
        m_finishedCount = 0;
        connect(&runner, &CommandRunner::output, this,
                [this](const QString &text) { m_streamed += text; });
        connect(&runner, &CommandRunner::finished, this, [&](const CommandResult &r) {
            ++m_finishedCount;
            result = r;
        });
        runner.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), waitMs); }();
        return result.value_or(CommandResult{});
    }

    CommandResult runCommand(const QString &command, int timeoutMs = 0)
    {
        CommandRunner runner;
        runner.setWorkingDirectory(m_dir.path());
        runner.setCommand(command);
        runner.setTimeoutMs(timeoutMs);
        return run(runner);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void outputIsMergedInOrderAndStreamed()
    {
        const CommandResult result
            = runCommand(u"echo one; echo two >&2; echo three; printf 'four'"_s);
        QCOMPARE(result.ending, CommandResult::Ending::Exited);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.succeeded());
        QCOMPARE(result.output, u"one\ntwo\nthree\nfour"_s);
        QCOMPARE(m_streamed, result.output);
        QCOMPARE(m_finishedCount, 1);
        QCOMPARE(result.outputLines, 4);
        QCOMPARE(result.linesCut, 0);
        QCOMPARE(result.forModel(), u"one\ntwo\nthree\nfour\n"_s + result.endingForModel());
        QVERIFY(result.endingForModel().startsWith(u"Exit code 0 ("_s));
    }

    void exitCodesAndSignals_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<CommandResult::Ending>("ending");
        QTest::addColumn<int>("code");
        QTest::newRow("true") << u"true"_s << CommandResult::Ending::Exited << 0;
        QTest::newRow("exit 3") << u"echo x; exit 3"_s << CommandResult::Ending::Exited << 3;
        QTest::newRow("missing program")
            << u"no-such-program-baton"_s << CommandResult::Ending::Exited << 127;
        QTest::newRow("killed") << u"kill -KILL $$"_s << CommandResult::Ending::Signalled
                                << int(SIGKILL);
        QTest::newRow("aborted") << u"kill -ABRT $$"_s << CommandResult::Ending::Signalled
                                 << int(SIGABRT);
    }

    void exitCodesAndSignals()
    {
        QFETCH(QString, command);
        QFETCH(CommandResult::Ending, ending);
        QFETCH(int, code);
        const CommandResult result = runCommand(command);
        QCOMPARE(result.ending, ending);
        if (ending == CommandResult::Ending::Exited) {
            QCOMPARE(result.exitCode, code);
            QCOMPARE(result.succeeded(), code == 0);
            QVERIFY(result.endingForModel().startsWith(u"Exit code %1 ("_s.arg(code)));
            QVERIFY(result.forModel().endsWith(result.endingForModel()));
        } else {
            QCOMPARE(result.signal, code);
            QVERIFY(!result.succeeded());
            QVERIFY2(
                result.endingForModel().contains(code == SIGKILL ? u"SIGKILL"_s : u"SIGABRT"_s),
                qPrintable(result.endingForModel()));
        }
    }

    void runsInTheWorkspaceWithoutInputOrTerminal()
    {
        const CommandResult result
            = runCommand(u"pwd; echo \"$CI $GIT_TERMINAL_PROMPT $PAGER $TERM\"; cat; echo cat=$?; "
                         "tty || true"_s);
        QVERIFY(result.succeeded());
        const QStringList lines = result.output.split(u'\n');
        QCOMPARE(lines.value(0), QDir(m_dir.path()).canonicalPath());
        QCOMPARE(lines.value(1), u"1 0 cat dumb"_s);
        QCOMPARE(lines.value(2), u"cat=0"_s); // stdin is empty: cat does not wait
        QCOMPARE(lines.value(3), u"not a tty"_s);
    }

    void timeoutStopsTheWholeTreeEvenWhenItIgnoresSigterm()
    {
        // The shell, its child and the grandchild all ignore SIGTERM; only SIGKILL after the
        // grace ends them.
        const QString child = m_dir.filePath(u"child.pid"_s);
        const QString grandchild = m_dir.filePath(u"grandchild.pid"_s);
        CommandRunner runner;
        runner.setWorkingDirectory(m_dir.path());
        runner.setCommand(u"trap '' TERM; echo started; "
                          "(sleep 100 & echo $! > grandchild.pid; wait) & echo $! > child.pid; "
                          "wait"_s);
        runner.setTimeoutMs(1500);
        runner.setKillGraceMs(300);
        const CommandResult result = run(runner);
        QCOMPARE(result.ending, CommandResult::Ending::TimedOut);
        QVERIFY(!result.succeeded());
        QCOMPARE(result.output, u"started\n"_s);
        QVERIFY(result.durationMs >= 1500);
        QVERIFY2(result.durationMs < 10000, qPrintable(QString::number(result.durationMs)));
        QVERIFY(result.forModel().contains(u"Timed out after 1.5 s"_s));
        QVERIFY(pidFrom(child) > 0);
        QVERIFY(pidFrom(grandchild) > 0);
        QTRY_VERIFY(!alive(pidFrom(child)));
        QTRY_VERIFY(!alive(pidFrom(grandchild)));
    }

    void cancelStopsTheCommandAndItsChildren()
    {
        CommandRunner runner;
        runner.setWorkingDirectory(m_dir.path());
        runner.setCommand(u"sleep 100 & echo $! > sleeper.pid; echo ready; wait"_s);
        connect(&runner, &CommandRunner::output, &runner, [&runner](const QString &text) {
            if (text.contains(u"ready"_s))
                runner.cancel();
        });
        const CommandResult result = run(runner);
        QCOMPARE(result.ending, CommandResult::Ending::Cancelled);
        QVERIFY(result.durationMs < 10000);
        QVERIFY(result.forModel().contains(u"Cancelled by the user"_s));
        QTRY_VERIFY(!alive(pidFrom(m_dir.filePath(u"sleeper.pid"_s))));
    }

    void nothingOutlivesTheCommand()
    {
        const CommandResult result = runCommand(u"sleep 100 > /dev/null 2>&1 & echo $!"_s);
        QVERIFY(result.succeeded());
        const qint64 pid = result.output.trimmed().toLongLong();
        QVERIFY(pid > 0);
        QTRY_VERIFY(!alive(pid));
    }

    void destroyingTheRunnerKillsTheCommand()
    {
        qint64 pid = 0;
        {
            CommandRunner runner;
            runner.setWorkingDirectory(m_dir.path());
            runner.setCommand(u"echo $$; exec sleep 100"_s);
            connect(&runner, &CommandRunner::output, this,
                    [&pid](const QString &text) { pid = text.trimmed().toLongLong(); });
            runner.start();
            QTRY_VERIFY(pid > 0);
        }
        QTRY_VERIFY(!alive(pid));
    }

    void hugeOutputIsCutInTheMiddleAndLoggedWhole()
    {
        const QString log = m_dir.filePath(u"logs/run.log"_s);
        CommandRunner runner;
        runner.setWorkingDirectory(m_dir.path());
        runner.setCommand(u"seq 1 300000"_s);
        runner.setLogFile(log);
        const CommandResult result = run(runner, 60000);
        QVERIFY(result.succeeded());
        QCOMPARE(result.outputLines, 300000);

        QString expected;
        for (int i = 1; i <= 300000; ++i)
            expected += QString::number(i) + u'\n';
        QCOMPARE(result.outputBytes, expected.size());
        QCOMPARE(m_streamed, expected);

        const QStringList lines = result.output.split(u'\n');
        QCOMPARE(lines.first(), u"1"_s);
        QCOMPARE(lines.at(199), u"200"_s);
        QCOMPARE(lines.at(200), u"[… 299600 line(s), %1 character(s) of output cut here …]"_s.arg(
                                    result.charsCut));
        QCOMPARE(lines.at(201), u"299801"_s);
        QCOMPARE(lines.at(400), u"300000"_s);
        QCOMPARE(lines.size(), 402); // the last is empty: the output ends with a newline
        QCOMPARE(result.linesCut, 299600);
        QVERIFY(result.output.size() < 32000);

        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), expected.toUtf8());
        QVERIFY(!result.logTruncated);
    }

    void longLinesAreCutByCharacters()
    {
        OutputLimits limits;
        limits.headChars = 1000;
        limits.tailChars = 1000;
        CommandRunner runner;
        runner.setWorkingDirectory(m_dir.path());
        runner.setOutputLimits(limits);
        runner.setCommand(u"head -c 100000 /dev/zero | tr '\\0' a; echo; echo end"_s);
        const CommandResult result = run(runner);
        QVERIFY(result.succeeded());
        QCOMPARE(result.charsCut, 100000 + 1 + 4 - 1000 - 4);
        QCOMPARE(result.linesCut, 1);
        QCOMPARE(result.output, QString(1000, u'a')
                                    + u"\n[… 1 line(s), 99001 character(s) of output cut here …]"
                                      "\nend\n"_s);
    }

    void theLogStopsAtItsLimit()
    {
        const QString log = m_dir.filePath(u"small.log"_s);
        CommandRunner runner;
        runner.setWorkingDirectory(m_dir.path());
        runner.setCommand(u"seq 1 100000"_s);
        runner.setLogFile(log, 1000);
        const CommandResult result = run(runner);
        QVERIFY(result.succeeded());
        QVERIFY(result.logTruncated);
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("1\n2\n3\n"));
        QVERIFY(bytes.size() < 1100);
        QVERIFY(bytes.endsWith("size limit]\n"));
    }

    void invalidUtf8IsShownAndCounted()
    {
        // "中" split across two writes (and so, most likely, two reads), and two invalid bytes.
        const CommandResult result
            = runCommand(u"printf 'a\\377b\\n\\344'; sleep 0.2; printf '\\270\\255\\n\\300'"_s);
        QVERIFY(result.succeeded());
        QCOMPARE(result.output, u"a\uFFFDb\n中\n\uFFFD"_s);
        QCOMPARE(m_streamed, result.output);
        QCOMPARE(result.invalidUtf8, 2);
        QVERIFY(result.forModel().contains(u"2 byte sequence(s) of the output were not valid"_s));
        QCOMPARE(runCommand(u"printf '\\357\\277\\275'"_s).invalidUtf8, 0); // a real U+FFFD
    }

    void secretsInOutputAreRedactedForTheModel()
    {
        const CommandResult result = runCommand(
            u"echo ok; echo OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz0123456789"_s);
        const QString text = result.forModel(SecretFilter{});
        QVERIFY(!text.contains(u"abcdefghijklmnopqrstuvwxyz0123456789"_s));
        QVERIFY(text.contains(u"[REDACTED"_s));
        QVERIFY(text.contains(u"output line(s) 2"_s));
        QVERIFY(result.output.contains(u"abcdefghijklmnopqrstuvwxyz0123456789"_s));
    }

    void aMissingFolderFailsOnce()
    {
        CommandRunner runner;
        runner.setWorkingDirectory(m_dir.filePath(u"missing"_s));
        runner.setCommand(u"true"_s);
        bool startedSignal = false;
        connect(&runner, &CommandRunner::started, this, [&] { startedSignal = true; });
        const CommandResult result = run(runner);
        QCOMPARE(result.ending, CommandResult::Ending::FailedToStart);
        QVERIFY(!result.errorString.isEmpty());
        QVERIFY(!startedSignal);
        QCOMPARE(m_finishedCount, 1);
        QVERIFY(result.forModel().contains(u"could not be started"_s));
    }

    void parseInput_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::addColumn<int>("timeoutMs");
        QTest::newRow("default") << u"{\"command\":\"ls\"}"_s << QString() << 120000;
        QTest::newRow("timeout") << u"{\"command\":\"ls\",\"timeout_s\":5}"_s << QString() << 5000;
        QTest::newRow("max") << u"{\"command\":\"ls\",\"timeout_s\":1800}"_s << QString()
                             << 1800000;
        QTest::newRow("too long") << u"{\"command\":\"ls\",\"timeout_s\":1801}"_s
                                  << u"at most 1800"_s << 0;
        QTest::newRow("fraction") << u"{\"command\":\"ls\",\"timeout_s\":1.5}"_s
                                  << u"positive integer"_s << 0;
        QTest::newRow("zero") << u"{\"command\":\"ls\",\"timeout_s\":0}"_s << u"positive integer"_s
                              << 0;
        QTest::newRow("missing") << u"{}"_s << u"needs \"command\""_s << 0;
        QTest::newRow("blank") << u"{\"command\":\"  \"}"_s << u"is empty"_s << 0;
        QTest::newRow("unknown") << u"{\"command\":\"ls\",\"cwd\":\"/\"}"_s
                                 << u"no parameter \"cwd\""_s << 0;
    }

    void parseInput()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        QFETCH(int, timeoutMs);
        const auto request
            = CommandRunner::parseInput(QJsonDocument::fromJson(json.toUtf8()).object());
        if (error.isEmpty()) {
            QVERIFY2(request.ok(), qPrintable(request.errorMessage()));
            QCOMPARE(request->timeoutMs, timeoutMs);
            QCOMPARE(request->command, u"ls"_s);
        } else {
            QVERIFY(!request.ok());
            QVERIFY2(request.errorMessage().contains(error), qPrintable(request.errorMessage()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandRunner)
#include "tst_commandrunner.moc"
