// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/router/retrypolicy.h"

#include <QtTest/QTest>

using namespace Baton;
using namespace Baton::Core;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::addColumn<bool>("streamed");
        QTest::addColumn<int>("retriesSoFar");
        QTest::addColumn<int>("action");
        QTest::addColumn<qint64>("delayMs");
        using K = Sdk::ErrorKind;
        using A = RouterAction;
        QTest::newRow("auth skips")
            << int(K::Auth) << -1ll << false << 0 << int(A::SkipProvider) << 0ll;
        QTest::newRow("forbidden skips")
            << int(K::Forbidden) << -1ll << false << 0 << int(A::SkipProvider) << 0ll;
        QTest::newRow("quota skips")
            << int(K::QuotaExhausted) << -1ll << false << 0 << int(A::SkipProvider) << 0ll;
        QTest::newRow("429 honours retry-after")
            << int(K::RateLimited) << 5000ll << false << 0 << int(A::Retry) << 5000ll;
        QTest::newRow("429 retry-after above the cap fails over")
            << int(K::RateLimited) << 600000ll << false << 0 << int(A::Failover) << 0ll;
        QTest::newRow("529 backs off")
            << int(K::Overloaded) << -1ll << false << 0 << int(A::Retry) << 1000ll;
        QTest::newRow("backoff doubles")
            << int(K::Server) << -1ll << false << 1 << int(A::Retry) << 2000ll;
        QTest::newRow("retries run out")
            << int(K::Network) << -1ll << false << 2 << int(A::Failover) << 0ll;
        QTest::newRow("malformed stream retried")
            << int(K::Protocol) << -1ll << false << 0 << int(A::Retry) << 1000ll;
        QTest::newRow("bad request stops")
            << int(K::BadRequest) << -1ll << false << 0 << int(A::Stop) << 0ll;
        QTest::newRow("context too long stops")
            << int(K::ContextTooLong) << -1ll << false << 0 << int(A::Stop) << 0ll;
        QTest::newRow("cancel stops")
            << int(K::Cancelled) << -1ll << false << 0 << int(A::Stop) << 0ll;
        QTest::newRow("after output nothing is retried")
            << int(K::Overloaded) << -1ll << true << 0 << int(A::Stop) << 0ll;
        QTest::newRow("after output no failover")
            << int(K::Forbidden) << -1ll << true << 0 << int(A::Stop) << 0ll;
    }

    void decisions()
    {
        QFETCH(int, kind);
        QFETCH(qint64, retryAfterMs);
        QFETCH(bool, streamed);
        QFETCH(int, retriesSoFar);
        QFETCH(int, action);
        QFETCH(qint64, delayMs);
        Sdk::ProviderError error;
        error.kind = Sdk::ErrorKind(kind);
        error.retryAfterMs = retryAfterMs;
        const RetryPolicy policy; // 2 retries, 1 s doubling, 30 s cap
        const RouterDecision decision = policy.decide(error, streamed, retriesSoFar);
        QCOMPARE(int(decision.action), action);
        QCOMPARE(decision.delayMs, delayMs);
    }

    void backoffIsCapped()
    {
        RetryPolicy policy;
        policy.maxRetries = 100;
        Sdk::ProviderError error;
        error.kind = Sdk::ErrorKind::Server;
        QCOMPARE(policy.decide(error, false, 50).delayMs, policy.maxDelayMs);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
