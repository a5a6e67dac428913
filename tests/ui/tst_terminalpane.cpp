// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "ui/terminal/terminalpane.h"

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Baton::Ui;

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

    void userShellIsExecutable()
    {
        QVERIFY(QFileInfo(TerminalPane::userShell()).isExecutable());
    }
};

QTEST_MAIN(TestTerminalPane)
#include "tst_terminalpane.moc"
