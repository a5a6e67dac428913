// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/storage/store.h"

#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

using namespace Baton::Core;

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsMigratedDatabaseInWalMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/folder/baton.sqlite3"));
        auto store = Store::open(path);
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        QVERIFY(QFile::exists(path));
        QCOMPARE(store.value()->schemaVersion(), Store::latestSchemaVersion());
        QSqlQuery query(store.value()->database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        const QStringList tables = store.value()->database().tables();
        QVERIFY(tables.contains(QStringLiteral("conversations")));
        QVERIFY(tables.contains(QStringLiteral("messages")));
        QVERIFY(tables.contains(QStringLiteral("usage_events")));
    }

    void dataSurvivesReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("baton.sqlite3"));
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            QSqlQuery query(store.value()->database());
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO conversations (workspace, title, created_at, updated_at) "
                "VALUES ('/w', '接力 test', 1, 2)")));
        }
        auto reopened = Store::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
        QSqlQuery query(reopened.value()->database());
        QVERIFY(query.exec(QStringLiteral("SELECT title FROM conversations")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("接力 test"));
    }

    void deletingConversationDeletesItsMessages()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("b.sqlite3")));
        QVERIFY(store.ok());
        QSqlQuery query(store.value()->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO conversations (id, workspace, created_at, "
                                          "updated_at) VALUES (7, '/w', 1, 1)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO messages (conversation_id, seq, role, "
                                          "parts, created_at) VALUES (7, 0, 'user', '[]', 1)")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM conversations WHERE id = 7")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM messages")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void refusesDatabaseFromNewerBaton()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite3"));
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            QSqlQuery query(store.value()->database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1")
                                   .arg(Store::latestSchemaVersion() + 5)));
        }
        auto refused = Store::open(path);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("newer Baton")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(refused.errorMessage().contains(
            QString::number(Store::latestSchemaVersion() + 5)));
    }

    void reportsFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite3"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        auto store = Store::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.errorMessage().contains(QStringLiteral("garbage.sqlite3")),
                 qPrintable(store.errorMessage()));
        // The user's file is left as it was.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray(4096, 'x'));
    }

    void reportsUnwritableLocation()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto store = Store::open(blocker + QStringLiteral("/sub/baton.sqlite3"));
        QVERIFY(!store.ok());
        QVERIFY(!store.errorMessage().isEmpty());
    }

    void defaultPathIsInTheDataDirectory()
    {
        QVERIFY(Store::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
        QVERIFY(Store::defaultPath().endsWith(QStringLiteral("/baton/baton.sqlite3")));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
