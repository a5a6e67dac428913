// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "ui/terminal/terminalpane.h"

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>

using namespace Baton::Ui;

// How many visible rows of `pane` read `text` (trailing blanks aside).
static int rowsReading(const TerminalPane &pane, const QString &text)
{
    int count = 0;
    for (const QString &row : pane.visibleLines()) {
        if (row.trimmed() == text)
            ++count;
    }
    return count;
}

class TestTerminalPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void runsACommandOnARealPtyInTheFolder()
    {
        QTemporaryDir dir;
        TerminalPane pane;
        pane.resize(800, 300);
        pane.show();
        QString output;
        connect(&pane, &TerminalPane::outputReceived, this,
                [&output](const QString &text) { output += text; });
        QSignalSpy finished(&pane, &TerminalPane::finished);
        pane.setWorkingDirectory(dir.path());
        // `test -t` is true only on a terminal: a pipe would print NOPTY.
        pane.setProgram(QStringLiteral("/bin/sh"),
                        {QStringLiteral("-c"),
                         QStringLiteral("if test -t 0 && test -t 1; then echo \"PTY-OK $(tty)\"; "
                                        "else echo NOPTY; fi; echo \"DIR=$(pwd)\"; "
                                        "echo \"TERM=$TERM\"")});
        pane.start();
        QVERIFY(pane.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 20000);
        QVERIFY(!pane.isRunning());
        QVERIFY2(output.contains(QStringLiteral("PTY-OK /dev/pts/")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("DIR=") + QDir(dir.path()).canonicalPath()),
                 qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("TERM=xterm-256color")), qPrintable(output));
    }

    void typedInputReachesTheShell()
    {
        TerminalPane pane;
        pane.show();
        QString output;
        connect(&pane, &TerminalPane::outputReceived, this,
                [&output](const QString &text) { output += text; });
        QSignalSpy finished(&pane, &TerminalPane::finished);
        pane.setProgram(QStringLiteral("/bin/sh"));
        pane.start();
        pane.sendText(QStringLiteral("echo $((6 * 7))-answer; exit\n"));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 20000);
        QVERIFY2(output.contains(QStringLiteral("42-answer")), qPrintable(output));
    }

    // A program that fails keeps its output, says how it ended, and can be started again.
    void aFailedProgramStaysWithItsExitCodeAndRestarts()
    {
        TerminalPane pane;
        pane.resize(800, 300);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QString output;
        connect(&pane, &TerminalPane::outputReceived, this,
                [&output](const QString &text) { output += text; });
        QSignalSpy finished(&pane, &TerminalPane::finished);
        pane.setProgram(QStringLiteral("/bin/sh"),
                        {QStringLiteral("-c"), QStringLiteral("echo \"RAN-$((1+1))\"; exit 3")});
        pane.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const auto how = finished.first().first().value<Baton::Core::ProcessExit>();
        QCOMPARE(how.kind, Baton::Core::ProcessExit::Kind::Exited);
        QCOMPARE(how.code, 3);
        QVERIFY(!pane.isRunning());
        QVERIFY(pane.hasExited());
        QCOMPARE(pane.exitMessage(), QStringLiteral("[process exited with code 3]"));
        // The output stays, with the exit line below it.
        QTRY_COMPARE(rowsReading(pane, QStringLiteral("RAN-2")), 1);
        QTRY_COMPARE(rowsReading(pane, QStringLiteral("[process exited with code 3]")), 1);
        QVERIFY(pane.terminalDisplay()->isVisible());
        // The bar says it too and offers Restart and Close.
        QVERIFY(pane.exitBar()->isVisible());
        auto *message = pane.findChild<QLabel *>(QStringLiteral("terminalExitMessage"));
        QVERIFY(message);
        QCOMPARE(message->text(), QStringLiteral("[process exited with code 3]"));
        QSignalSpy closeRequested(&pane, &TerminalPane::closeRequested);
        pane.findChild<QPushButton *>(QStringLiteral("closeTerminal"))->click();
        QCOMPARE(closeRequested.count(), 1);

        // Restart runs the program again in a fresh terminal.
        pane.findChild<QPushButton *>(QStringLiteral("restartTerminal"))->click();
        QVERIFY(pane.isRunning() || finished.count() == 2);
        QVERIFY(!pane.exitBar()->isVisible() || finished.count() == 2);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QCOMPARE(output.count(QStringLiteral("RAN-2")), 2);
        QTRY_COMPARE(rowsReading(pane, QStringLiteral("[process exited with code 3]")), 1);
        QCOMPARE(rowsReading(pane, QStringLiteral("RAN-2")), 1); // the old output went

        // So does Enter in the terminal.
        QTest::keyClick(pane.terminalDisplay(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 20000);
        QCOMPARE(output.count(QStringLiteral("RAN-2")), 3);
    }

    void aSignalIsNamed()
    {
        TerminalPane pane;
        pane.show();
        QSignalSpy finished(&pane, &TerminalPane::finished);
        pane.setProgram(QStringLiteral("/bin/sh"),
                        {QStringLiteral("-c"), QStringLiteral("kill -TERM $$")});
        pane.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const auto how = finished.first().first().value<Baton::Core::ProcessExit>();
        QCOMPARE(how.kind, Baton::Core::ProcessExit::Kind::Signaled);
        QCOMPARE(how.signal, 15);
        QCOMPARE(pane.exitMessage(), QStringLiteral("[process terminated by signal 15 (SIGTERM)]"));
        QVERIFY(pane.exitBar()->isVisible());
    }

    void aCleanExitShowsNoExitBar()
    {
        TerminalPane pane;
        pane.show();
        QSignalSpy finished(&pane, &TerminalPane::finished);
        pane.setProgram(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("true")});
        pane.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY(finished.first().first().value<Baton::Core::ProcessExit>().isSuccess());
        QVERIFY(pane.exitMessage().isEmpty());
        QVERIFY(!pane.exitBar()->isVisible());
    }

    void userShellIsExecutable()
    {
        QVERIFY(QFileInfo(TerminalPane::userShell()).isExecutable());
    }
};

QTEST_MAIN(TestTerminalPane)
#include "tst_terminalpane.moc"
