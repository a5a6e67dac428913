// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "usagelog.h"

#include "core/storage/store.h"

#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace Baton::Core {

Status UsageLog::record(Store &store, const UsageRecord &record)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO usage_events (at, conversation_id, preset, model, input_tokens, "
        "output_tokens, cache_read_tokens, cache_write_tokens, cost_micros, currency) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(
        (record.at.isValid() ? record.at : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
    query.addBindValue(record.conversationId >= 0 ? QVariant(record.conversationId)
                                                  : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(record.presetId);
    query.addBindValue(record.modelId);
    query.addBindValue(record.usage.inputTokens);
    query.addBindValue(record.usage.outputTokens);
    query.addBindValue(record.usage.cacheReadTokens);
    query.addBindValue(record.usage.cacheWriteTokens);
    const bool priced = record.costMicros >= 0;
    query.addBindValue(priced ? QVariant(record.costMicros)
                              : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(priced ? QVariant(record.currency)
                              : QVariant(QMetaType::fromType<QString>()));
    if (!query.exec())
        return Error{tr("Could not record the usage of %1/%2: %3")
                         .arg(record.presetId, record.modelId, query.lastError().text())};
    return success();
}

Result<QList<UsageTotal>> UsageLog::totals(Store &store, const QDateTime &from, const QDateTime &to)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral(
        "SELECT COALESCE(currency, ''), COUNT(*), SUM(input_tokens + cache_read_tokens + "
        "cache_write_tokens), SUM(output_tokens), COALESCE(SUM(cost_micros), 0) "
        "FROM usage_events WHERE at >= ? AND at < ? GROUP BY COALESCE(currency, '') "
        "ORDER BY 1"));
    query.addBindValue(from.toMSecsSinceEpoch());
    query.addBindValue(to.toMSecsSinceEpoch());
    if (!query.exec())
        return Error{tr("Could not read the usage: %1").arg(query.lastError().text())};
    QList<UsageTotal> totals;
    while (query.next()) {
        totals.append({query.value(0).toString(), query.value(1).toLongLong(),
                       query.value(2).toLongLong(), query.value(3).toLongLong(),
                       query.value(4).toLongLong()});
    }
    return totals;
}

} // namespace Baton::Core
