// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/storage/store.h"
#include "core/storage/usagelog.h"

#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

using namespace Baton;
using namespace Baton::Core;

class TestUsageLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAndTotalsPerCurrency()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath("baton.sqlite3"));
        QVERIFY(store.ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(UsageLog::record(
                    *store.value(),
                    {now, -1, "deepseek", "deepseek-chat", {1000, 500, 200, 0}, 6000, "CNY"})
                    .ok());
        QVERIFY(UsageLog::record(*store.value(),
                                 {now, -1, "deepseek", "deepseek-chat", {10, 5, 0, 0}, 60, "CNY"})
                    .ok());
        QVERIFY(UsageLog::record(
                    *store.value(),
                    {now, -1, "anthropic", "claude-sonnet-4-5", {100, 50, 0, 0}, 1050, "USD"})
                    .ok());
        QVERIFY(UsageLog::record(*store.value(), {now, -1, "zhipu", "glm-9", {7, 3, 0, 0}, -1, {}})
                    .ok());

        auto totals = UsageLog::totals(*store.value(), now.addSecs(-60), now.addSecs(60));
        QVERIFY2(totals.ok(), qPrintable(totals.errorMessage()));
        QCOMPARE(totals->size(), 3);
        const UsageTotal unknown = totals->at(0);
        QCOMPARE(unknown.currency, QString()); // priced nowhere: kept apart, never summed as 0
        QCOMPARE(unknown.requests, 1);
        const UsageTotal cny = totals->at(1);
        QCOMPARE(cny.currency, QStringLiteral("CNY"));
        QCOMPARE(cny.requests, 2);
        QCOMPARE(cny.inputTokens, 1210);
        QCOMPARE(cny.outputTokens, 505);
        QCOMPARE(cny.costMicros, 6060);
        QCOMPARE(totals->at(2).costMicros, 1050);

        QSqlQuery query(store.value()->database());
        QVERIFY(query.exec("SELECT cost_micros IS NULL, currency IS NULL FROM usage_events "
                           "WHERE preset = 'zhipu'"));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toBool());
        QVERIFY(query.value(1).toBool());

        auto none = UsageLog::totals(*store.value(), now.addDays(-2), now.addDays(-1));
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUsageLog)
#include "tst_usagelog.moc"
