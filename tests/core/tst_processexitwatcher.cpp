// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/process/processexitwatcher.h"

#include <QtCore/QProcess>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <csignal>

using Baton::Core::ProcessExit;
using Baton::Core::ProcessExitWatcher;

Q_DECLARE_METATYPE(ProcessExit::Kind)

class TestProcessExitWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // forkfd installs its SIGCHLD handler when Qt first starts a child without pidfds; the
    // watcher's handler can only go in front of it after that. In Baton that first child is an
    // rg search or an earlier shell; here one is started first for the same reason, and the
    // handler put in place before the children below start (as TerminalPane::start() does).
    void initTestCase()
    {
        QProcess first;
        first.setChildProcessModifier([] {});
        first.start(QStringLiteral("/bin/true"));
        QVERIFY(first.waitForFinished(20000));
        ProcessExitWatcher::prepare();
    }

    // The status comes through although QProcess reaps the child itself, with or without a
    // child-process modifier (which makes Qt fork without pidfds and reap from SIGCHLD), and
    // also for a program that ends at once.
    void reportsHowAChildEnded_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("modifier");
        QTest::addColumn<ProcessExit::Kind>("kind");
        QTest::addColumn<int>("value");
        QTest::newRow("exit 0") << "exit 0" << false << ProcessExit::Kind::Exited << 0;
        QTest::newRow("exit 7") << "exit 7" << false << ProcessExit::Kind::Exited << 7;
        QTest::newRow("exit 7, forked") << "exit 7" << true << ProcessExit::Kind::Exited << 7;
        QTest::newRow("after a while, forked")
            << "sleep 0.3; exit 42" << true << ProcessExit::Kind::Exited << 42;
        QTest::newRow("SIGTERM, forked")
            << "kill -TERM $$" << true << ProcessExit::Kind::Signaled << SIGTERM;
        QTest::newRow("SIGKILL") << "kill -KILL $$" << false << ProcessExit::Kind::Signaled
                                 << SIGKILL;
    }

    void reportsHowAChildEnded()
    {
        QFETCH(QString, script);
        QFETCH(bool, modifier);
        QFETCH(ProcessExit::Kind, kind);
        QFETCH(int, value);
        QProcess process;
        if (modifier)
            process.setChildProcessModifier([] {});
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        QVERIFY(process.waitForStarted());
        ProcessExitWatcher watcher(process.processId());
        QSignalSpy exited(&watcher, &ProcessExitWatcher::exited);
        QTRY_COMPARE_WITH_TIMEOUT(exited.count(), 1, 20000);
        const auto how = exited.first().first().value<ProcessExit>();
        QCOMPARE(how.kind, kind);
        QCOMPARE(kind == ProcessExit::Kind::Exited ? how.code : how.signal, value);
        QCOMPARE(how.isSuccess(), kind == ProcessExit::Kind::Exited && value == 0);
        // QProcess still collected it, with the same status.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        if (kind == ProcessExit::Kind::Exited)
            QCOMPARE(process.exitCode(), value);
        else
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    }

    void noProcessIsUnknown()
    {
        ProcessExitWatcher watcher(0);
        QSignalSpy exited(&watcher, &ProcessExitWatcher::exited);
        QVERIFY(exited.wait(10000));
        QCOMPARE(exited.first().first().value<ProcessExit>().kind, ProcessExit::Kind::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestProcessExitWatcher)
#include "tst_processexitwatcher.moc"
