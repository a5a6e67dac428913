// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Baton's SQLite database: conversations, messages and usage events (later Solo runs).
//
// A Store is one connection, used only on the thread that opened it; open it on a worker
// thread (the GUI thread never waits on disk). The database is in WAL mode with foreign keys
// on, and its schema is brought to the latest version by numbered migrations, each in its own
// transaction. A database written by a newer Baton (a higher schema version) is refused and
// left untouched.

#include "core/result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtSql/QSqlDatabase>

#include <memory>

namespace Baton::Core {

class Store
{
    Q_DECLARE_TR_FUNCTIONS(Baton::Core::Store)

public:
    // Opens (creating it and its folder when missing) the database at `path` and migrates it.
    static Result<std::unique_ptr<Store>> open(const QString &path);

    // $XDG_DATA_HOME/baton/baton.sqlite3 (a test location in QStandardPaths' test mode).
    static QString defaultPath();

    // The schema version this Baton writes.
    static int latestSchemaVersion();

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;

    // The connection, for the repositories of each table (conversations, usage…).
    QSqlDatabase database() const;

private:
    Store(QString connectionName, QString path);
    Status migrate();

    QString m_connectionName;
    QString m_path;
};

} // namespace Baton::Core
