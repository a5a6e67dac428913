// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/documents/sessionstore.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Baton::Core;

class TestSessionStore : public QObject
{
    Q_OBJECT

private:
    static QStringList bufferFiles(const QString &folder)
    {
        return QDir(folder).entryList({QStringLiteral("*.buffer")}, QDir::Files);
    }

    static Session twoGroups()
    {
        Session session;
        session.activeGroup = 1;
        SessionBuffer file;
        file.filePath = QStringLiteral("/work/project/src/main.cpp");
        file.modified = true;
        file.text = QStringLiteral("int main() { return 42; } // 接力\n").toUtf8();
        file.encodingId = QStringLiteral("gb18030");
        file.line = 3;
        file.column = 7;
        file.firstVisibleLine = 1;
        file.current = true;
        SessionBuffer clean;
        clean.filePath = QStringLiteral("/work/project/README.md");
        clean.line = 12;
        SessionBuffer untitled;
        untitled.untitledName = QStringLiteral("Untitled-2");
        untitled.modified = true;
        untitled.text = QByteArray("scratch notes\r\nwith \xff invalid byte\r\n");
        untitled.eolMode = 0;
        untitled.group = 1;
        untitled.current = true;
        session.buffers = {file, clean, untitled};
        return session;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void restoresTabsCursorsAndUnsavedTextExactly()
    {
        QTemporaryDir dir;
        SessionStore store(dir.path());
        const Session saved = twoGroups();
        QVERIFY(saved.hasUnsavedWork());
        const Status written = store.save(QStringLiteral("/work/project"), saved);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));

        // A different store object, as after a restart.
        SessionStore again(dir.path());
        QStringList problems;
        const Result<Session> loaded = again.load(QStringLiteral("/work/project"), &problems);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QVERIFY(problems.isEmpty());
        QCOMPARE(loaded->activeGroup, 1);
        QCOMPARE(loaded->buffers.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const SessionBuffer &a = saved.buffers.at(i);
            const SessionBuffer &b = loaded->buffers.at(i);
            QCOMPARE(b.filePath, a.filePath);
            QCOMPARE(b.untitledName, a.untitledName);
            QCOMPARE(b.modified, a.modified);
            QCOMPARE(b.text, a.text);
            QCOMPARE(b.encodingId, a.encodingId);
            QCOMPARE(b.group, a.group);
            QCOMPARE(b.current, a.current);
            QCOMPARE(b.line, a.line);
            QCOMPARE(b.column, a.column);
            QCOMPARE(b.firstVisibleLine, a.firstVisibleLine);
        }
        // Workspaces do not see each other's sessions.
        const Result<Session> other = again.load(QStringLiteral("/work/other"));
        QVERIFY(other.ok());
        QVERIFY(other->buffers.isEmpty());
    }

    void keepsOnlyTheTextsTheSessionNames()
    {
        QTemporaryDir dir;
        SessionStore store(dir.path());
        const QString workspace = QStringLiteral("/work/project");
        Session session = twoGroups();
        QVERIFY(store.save(workspace, session).ok());
        const QString folder = store.folderFor(workspace);
        QCOMPARE(bufferFiles(folder).size(), 2);

        // The file was saved: its text goes; the untitled buffer's stays, not rewritten.
        session.buffers[0].modified = false;
        session.buffers[0].text.clear();
        QVERIFY(store.save(workspace, session).ok());
        QCOMPARE(bufferFiles(folder).size(), 1);
        QVERIFY(!store.load(workspace)->buffers.at(0).modified);
        QCOMPARE(store.load(workspace)->buffers.at(2).text, session.buffers.at(2).text);

        // Everything saved and closed: nothing left to restore.
        QVERIFY(store.save(workspace, Session{}).ok());
        QVERIFY(bufferFiles(folder).isEmpty());
        QVERIFY(!store.load(workspace)->hasUnsavedWork());
    }

    void aDamagedBackupIsReportedNotHalfRestored()
    {
        QTemporaryDir dir;
        SessionStore store(dir.path());
        const QString workspace = QStringLiteral("/work/project");
        QVERIFY(store.save(workspace, twoGroups()).ok());
        const QString folder = store.folderFor(workspace);
        // One text file damaged on disk.
        const QString victim = QDir(folder).filePath(bufferFiles(folder).first());
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("garbage");
        file.close();
        QStringList problems;
        const Result<Session> loaded = store.load(workspace, &problems);
        QVERIFY(loaded.ok());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(loaded->buffers.size(), 2); // the damaged one dropped, the rest restored

        // A damaged session file is an error with a message, not a crash or an empty restore.
        QFile session(QDir(folder).filePath(QStringLiteral("session.json")));
        QVERIFY(session.open(QIODevice::WriteOnly | QIODevice::Truncate));
        session.write("{ not json");
        session.close();
        const Result<Session> broken = store.load(workspace);
        QVERIFY(!broken.ok());
        QVERIFY(broken.errorMessage().contains(QStringLiteral("damaged")));
    }

    void anUnwritableDirectoryFailsWithAMessage()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        SessionStore store(blocker.fileName());
        const Status written = store.save(QStringLiteral("/work/project"), twoGroups());
        QVERIFY(!written.ok());
        QVERIFY(!written.errorMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
