// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "store.h"

#include <QtCore/QAtomicInteger>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QStandardPaths>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

Q_LOGGING_CATEGORY(lcStore, "baton.storage")

namespace Baton::Core {

// Migration N takes the schema from version N-1 to N. Never edit a released migration: add
// the next one.
static const char *const migrations[] = {
    // 1: conversations, their messages (all content parts as JSON, committed when complete,
    //    a stream cut short stays as 'partial'), and the usage and cost of every request
    //    (cost in millionths of `currency`; NULL when the model's price is unknown).
    R"sql(
    CREATE TABLE conversations (
        id          INTEGER PRIMARY KEY,
        workspace   TEXT    NOT NULL,
        title       TEXT    NOT NULL DEFAULT '',
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
    );
    CREATE INDEX conversations_by_workspace ON conversations (workspace, updated_at);
    CREATE TABLE messages (
        id              INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        seq             INTEGER NOT NULL,
        role            TEXT    NOT NULL,
        parts           TEXT    NOT NULL,
        preset          TEXT,
        model           TEXT,
        state           TEXT    NOT NULL DEFAULT 'complete',
        created_at      INTEGER NOT NULL,
        UNIQUE (conversation_id, seq)
    );
    CREATE TABLE usage_events (
        id                 INTEGER PRIMARY KEY,
        at                 INTEGER NOT NULL,
        conversation_id    INTEGER REFERENCES conversations (id) ON DELETE SET NULL,
        preset             TEXT    NOT NULL,
        model              TEXT    NOT NULL,
        input_tokens       INTEGER NOT NULL DEFAULT 0,
        output_tokens      INTEGER NOT NULL DEFAULT 0,
        cache_read_tokens  INTEGER NOT NULL DEFAULT 0,
        cache_write_tokens INTEGER NOT NULL DEFAULT 0,
        cost_micros        INTEGER,
        currency           TEXT
    );
    CREATE INDEX usage_events_by_time ON usage_events (at);
    )sql",
};

static QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("baton-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

Store::Store(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/baton/baton.sqlite3");
}

int Store::latestSchemaVersion()
{
    return int(std::size(migrations));
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Store::schemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<std::unique_ptr<Store>> Store::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{tr("Could not create the folder %1 for Baton's database.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()))};
    std::unique_ptr<Store> store(new Store(nextConnectionName(), info.absoluteFilePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    db.setDatabaseName(store->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{tr("Could not open the database %1: %2")
                         .arg(QDir::toNativeSeparators(store->m_path), db.lastError().text())};
    const Status migrated = store->migrate();
    if (!migrated)
        return Error{migrated.errorMessage()};
    return store;
}

Status Store::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const QString where = QDir::toNativeSeparators(m_path);
    // Reading the version first also tells a file that is not a database from one that is.
    const int version = schemaVersion();
    if (version < 0) {
        query.exec(QStringLiteral("PRAGMA user_version"));
        return Error{tr("%1 is not a readable Baton database: %2")
                         .arg(where, query.lastError().text())};
    }
    if (version > latestSchemaVersion())
        return Error{tr("%1 was written by a newer Baton (schema %2; this Baton knows up to %3). "
                        "It was left untouched.")
                         .arg(where)
                         .arg(version)
                         .arg(latestSchemaVersion())};
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
        || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error{tr("Could not switch %1 to write-ahead logging: %2")
                         .arg(where, query.lastError().text())};
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));

    for (int next = version + 1; next <= latestSchemaVersion(); ++next) {
        if (!db.transaction())
            return Error{tr("Could not update the schema of %1: %2")
                             .arg(where, db.lastError().text())};
        const QStringList statements = QString::fromUtf8(migrations[next - 1])
                                           .split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                db.rollback();
                return Error{tr("Could not update the schema of %1 to version %2: %3")
                                 .arg(where)
                                 .arg(next)
                                 .arg(reason)};
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(next)) || !db.commit()) {
            const QString reason = db.lastError().text();
            db.rollback();
            return Error{tr("Could not update the schema of %1 to version %2: %3")
                             .arg(where)
                             .arg(next)
                             .arg(reason)};
        }
        qCInfo(lcStore) << "database schema now at version" << next;
    }
    return success();
}

} // namespace Baton::Core

