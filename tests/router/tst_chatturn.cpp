// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
//
// The router end to end on the event loop: real HTTP to scripted local servers, the test echo
// protocol plugin loaded by the host, keys from the environment.

#include "../support/scriptedserver.h"

#include "core/providers/presetcatalog.h"
#include "core/providers/providerhost.h"
#include "core/router/chatturn.h"
#include "core/router/routersession.h"
#include "core/secrets/apikeys.h"
#include "core/secrets/secretstore.h"

#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Baton;
using namespace Baton::Core;

static QJsonObject ok(const QString &body)
{
    return {{"status", 200},
            {"headers", QJsonObject{{"content-type", "text/plain"}}},
            {"body", body},
            {"chunkBytes", 3}};
}

static QJsonObject status(int code, const QString &body = "refused",
                          const QJsonObject &headers = {})
{
    return {{"status", code}, {"headers", headers}, {"body", body}};
}

struct Harness
{
    QTemporaryDir presets;
    std::unique_ptr<ScriptedServer> alpha, beta;
    PresetCatalog catalog;
    std::unique_ptr<ProviderHost> host;
    std::unique_ptr<SecretStore> keyring;
    std::unique_ptr<ApiKeys> keys;
    QNetworkAccessManager network;
    RouterSession session;
    ChatOptions options;

    // Presets alpha and beta (keys in the environment) answer from the scripts; gamma has no
    // key anywhere.
    Harness(const QJsonArray &alphaScript, const QJsonArray &betaScript)
    {
        alpha = std::make_unique<ScriptedServer>(alphaScript, QString());
        beta = std::make_unique<ScriptedServer>(betaScript, QString());
        QVERIFY(alpha->listen());
        QVERIFY(beta->listen());
        const auto write = [this](const QString &id, quint16 port) {
            QFile file(presets.filePath(id + ".json"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                QJsonDocument(
                    QJsonObject{{"id", id},
                                {"protocol", "testecho"},
                                {"baseUrl", QString("http://127.0.0.1:%1").arg(port)},
                                {"keyEnvironment",
                                 QJsonArray{QJsonObject{{"name", QString(id.toUpper() + "_KEY")}}}},
                                {"models",
                                 QJsonArray{QJsonObject{{"id", "m1"},
                                                        {"contextWindow", 1000},
                                                        {"maxOutputTokens", 100},
                                                        {"price", QJsonObject{{"currency", "CNY"},
                                                                              {"input", 2.0},
                                                                              {"output", 8.0}}}}}}})
                    .toJson());
        };
        write("alpha", alpha->port());
        write("beta", beta->port());
        write("gamma", 9); // nothing listens there, and there is no key anyway
        catalog = PresetCatalog::load(presets.path(), {});
        host = std::make_unique<ProviderHost>(
            QStringList{QFileInfo(QStringLiteral(BATON_TEST_ECHO_PLUGIN)).absolutePath()});
        host->scanNow();
        keyring
            = std::make_unique<SecretStore>("baton-test-unused-" + QString::number(quintptr(this)));
        QProcessEnvironment environment;
        environment.insert("ALPHA_KEY", "sk-alpha");
        environment.insert("BETA_KEY", "sk-beta");
        keys = std::make_unique<ApiKeys>(*keyring, environment);
        keys->setKeyFileDirectory(presets.filePath("no-keys"));
        options.retry.initialDelayMs = 1;
        options.timeouts = {2000, 2000, 2000};
    }

    std::unique_ptr<ChatTurn> turn()
    {
        return std::make_unique<ChatTurn>(catalog, *host, *keys, network, session);
    }

    static QList<Sdk::Message> ask(const QString &text)
    {
        Sdk::Message message;
        message.role = Sdk::Role::User;
        message.parts.append(Sdk::ContentPart{});
        message.parts.last().text = text;
        return {message};
    }
};

static FailoverRoute route(const QString &text)
{
    return FailoverRoute::parse(text).value();
}

static QString replyText(const ChatTurn &turn)
{
    QString text;
    for (const Sdk::ContentPart &part : turn.reply().parts)
        text += part.text;
    return text;
}

class TestChatTurn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void answersFromTheFirstModel()
    {
        Harness h({ok("text: Hello\ntext:  world\nusage: 1000 500\nstop: end_turn\n")}, {});
        auto turn = h.turn();
        QSignalSpy finished(turn.get(), &ChatTurn::finished);
        QSignalSpy events(turn.get(), &ChatTurn::eventReceived);
        QSignalSpy usage(turn.get(), &ChatTurn::usageRecorded);
        QSignalSpy failover(turn.get(), &ChatTurn::failedOver);
        turn->start(route("alpha/m1,beta/m1"), {}, Harness::ask("hi"), {}, h.options);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).value<Sdk::StopReason>(), Sdk::StopReason::EndTurn);
        QCOMPARE(replyText(*turn), QStringLiteral("Hello world"));
        QCOMPARE(events.size(), 2);
        QCOMPARE(failover.size(), 0);
        QCOMPARE(usage.size(), 1);
        // 1000 × ¥2/M + 500 × ¥8/M = ¥0.006
        QCOMPARE(usage.first().at(2).toLongLong(), 6000);
        QCOMPARE(usage.first().at(3).toString(), QStringLiteral("CNY"));
        QCOMPARE(h.alpha->requests().size(), 1);
        QCOMPARE(h.alpha->requests().first().header("authorization"),
                 QByteArray("Bearer sk-alpha"));
        QCOMPARE(h.alpha->requests().first().body, QByteArray("hi"));
        QCOMPARE(h.beta->requests().size(), 0);
    }

    void forbiddenFailsOverAndIsSkippedForTheSession()
    {
        Harness h({status(403, "Request not allowed in your region")},
                  {ok("text: from beta\nstop: end_turn\n"), ok("text: again\nstop: end_turn\n")});
        auto turn = h.turn();
        QSignalSpy finished(turn.get(), &ChatTurn::finished);
        QSignalSpy failover(turn.get(), &ChatTurn::failedOver);
        turn->start(route("alpha/m1,beta/m1"), {}, Harness::ask("hi"), {}, h.options);
        QVERIFY(finished.wait(10000));
        QCOMPARE(replyText(*turn), QStringLiteral("from beta"));
        QCOMPARE(failover.size(), 1);
        QCOMPARE(failover.first().at(0).value<RouteEntry>().presetId, QStringLiteral("alpha"));
        QCOMPARE(failover.first().at(1).value<RouteEntry>().presetId, QStringLiteral("beta"));
        const auto reason = failover.first().at(2).value<Sdk::ProviderError>();
        QCOMPARE(reason.kind, Sdk::ErrorKind::Forbidden);
        QCOMPARE(reason.httpStatus, 403);
        QVERIFY(reason.message.contains("region"));
        QVERIFY(h.session.isSkipped("alpha"));

        // The next turn of the session does not ask alpha again, and says so.
        auto next = h.turn();
        QSignalSpy nextFinished(next.get(), &ChatTurn::finished);
        QSignalSpy nextFailover(next.get(), &ChatTurn::failedOver);
        next->start(route("alpha/m1,beta/m1"), {}, Harness::ask("again"), {}, h.options);
        QVERIFY(nextFinished.wait(10000));
        QCOMPARE(h.alpha->requests().size(), 1);
        QCOMPARE(nextFailover.size(), 1);
        QVERIFY(nextFailover.first().at(2).value<Sdk::ProviderError>().message.contains("earlier"));
    }

    void rateLimitIsRetriedAfterRetryAfter()
    {
        Harness h({status(429, "slow down", {{"retry-after", "0"}}),
                   ok("text: patience\nstop: end_turn\n")},
                  {});
        auto turn = h.turn();
        QSignalSpy finished(turn.get(), &ChatTurn::finished);
        QSignalSpy retrying(turn.get(), &ChatTurn::retrying);
        QSignalSpy failover(turn.get(), &ChatTurn::failedOver);
        turn->start(route("alpha/m1,beta/m1"), {}, Harness::ask("hi"), {}, h.options);
        QVERIFY(finished.wait(10000));
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.first().at(1).toLongLong(), 0);
        QCOMPARE(failover.size(), 0);
        QCOMPARE(h.alpha->requests().size(), 2);
        QCOMPARE(replyText(*turn), QStringLiteral("patience"));
    }

    void serverErrorsAreRetriedThenFailedOver()
    {
        Harness h({status(500), status(502), status(503)}, {ok("text: beta\nstop: end_turn\n")});
        auto turn = h.turn();
        QSignalSpy finished(turn.get(), &ChatTurn::finished);
        QSignalSpy retrying(turn.get(), &ChatTurn::retrying);
        QSignalSpy failover(turn.get(), &ChatTurn::failedOver);
        turn->start(route("alpha/m1,beta/m1"), {}, Harness::ask("hi"), {}, h.options);
        QVERIFY(finished.wait(10000));
        QCOMPARE(retrying.size(), 2); // maxRetries
        QCOMPARE(h.alpha->requests().size(), 3);
        QCOMPARE(failover.size(), 1);
        QCOMPARE(failover.first().at(2).value<Sdk::ProviderError>().kind, Sdk::ErrorKind::Server);
        QVERIFY(!h.session.isSkipped("alpha")); // a server error is not held against it
        QCOMPARE(replyText(*turn), QStringLiteral("beta"));
    }

    void missingKeyFailsOverWithAnAuthError()
    {
        Harness h({ok("text: alpha\nstop: end_turn\n")}, {});
        auto turn = h.turn();
        QSignalSpy finished(turn.get(), &ChatTurn::finished);
        QSignalSpy failover(turn.get(), &ChatTurn::failedOver);
        turn->start(route("gamma/m1,alpha/m1"), {}, Harness::ask("hi"), {}, h.options);
        QVERIFY(finished.wait(10000));
        QCOMPARE(failover.size(), 1);
        const auto reason = failover.first().at(2).value<Sdk::ProviderError>();
        QCOMPARE(reason.kind, Sdk::ErrorKind::Auth);
        QVERIFY2(reason.message.contains("GAMMA_KEY"), qPrintable(reason.message));
    }

    void errorAfterOutputKeepsWhatArrivedAndDoesNotFailOver()
    {
        QJsonObject cut = ok("text: partial answer\ntext: more that never comes\nstop: end_turn\n");
        cut.insert("cutAfterBytes", 21);
        Harness h({cut}, {ok("text: beta\nstop: end_turn\n")});
        auto turn = h.turn();
        QSignalSpy failed(turn.get(), &ChatTurn::failed);
        QSignalSpy failover(turn.get(), &ChatTurn::failedOver);
        turn->start(route("alpha/m1,beta/m1"), {}, Harness::ask("hi"), {}, h.options);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().at(1).toBool()); // output had streamed
        QCOMPARE(replyText(*turn), QStringLiteral("partial answer"));
        QCOMPARE(failover.size(), 0);
        QCOMPARE(h.beta->requests().size(), 0);
    }

    void inStreamErrorBeforeOutputIsRetried()
    {
        Harness h({ok("error: Overloaded\n"), ok("text: fine\nstop: end_turn\n")}, {});
        auto turn = h.turn();
        QSignalSpy finished(turn.get(), &ChatTurn::finished);
        QSignalSpy retrying(turn.get(), &ChatTurn::retrying);
        turn->start(route("alpha/m1"), {}, Harness::ask("hi"), {}, h.options);
        QVERIFY(finished.wait(10000));
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.first().at(2).value<Sdk::ProviderError>().kind,
                 Sdk::ErrorKind::Overloaded);
        QCOMPARE(replyText(*turn), QStringLiteral("fine"));
    }

    void badRequestStopsWithoutFailover()
    {
        Harness h({status(400, "model does not exist")}, {ok("text: beta\nstop: end_turn\n")});
        auto turn = h.turn();
        QSignalSpy failed(turn.get(), &ChatTurn::failed);
        turn->start(route("alpha/m1,beta/m1"), {}, Harness::ask("hi"), {}, h.options);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).value<Sdk::ProviderError>().kind, Sdk::ErrorKind::BadRequest);
        QVERIFY(!failed.first().at(1).toBool());
        QCOMPARE(h.beta->requests().size(), 0);
    }

    void everyModelFailingReportsTheLastError()
    {
        Harness h({status(401, "bad key")}, {status(403, "forbidden")});
        auto turn = h.turn();
        QSignalSpy failed(turn.get(), &ChatTurn::failed);
        QSignalSpy failover(turn.get(), &ChatTurn::failedOver);
        turn->start(route("alpha/m1,beta/m1"), {}, Harness::ask("hi"), {}, h.options);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failover.size(), 1);
        QCOMPARE(failed.first().at(0).value<Sdk::ProviderError>().kind, Sdk::ErrorKind::Forbidden);
    }

    void idleTimeoutCountsAsANetworkFailure()
    {
        QJsonObject stall = ok("text: never\nstop: end_turn\n");
        stall.insert("stallAfterBytes", 0);
        Harness h({stall}, {ok("text: beta\nstop: end_turn\n")});
        h.options.retry.maxRetries = 0;
        h.options.timeouts = {2000, 300, 300};
        auto turn = h.turn();
        QSignalSpy finished(turn.get(), &ChatTurn::finished);
        QSignalSpy failover(turn.get(), &ChatTurn::failedOver);
        turn->start(route("alpha/m1,beta/m1"), {}, Harness::ask("hi"), {}, h.options);
        QVERIFY(finished.wait(10000));
        QCOMPARE(failover.first().at(2).value<Sdk::ProviderError>().kind, Sdk::ErrorKind::Network);
        QVERIFY(failover.first().at(2).value<Sdk::ProviderError>().message.contains("timeout"));
    }

    void cancelStopsAtOnce()
    {
        QJsonObject stall = ok("text: first words\ntext: never\nstop: end_turn\n");
        stall.insert("stallAfterBytes", 18);
        Harness h({stall}, {});
        auto turn = h.turn();
        QSignalSpy failed(turn.get(), &ChatTurn::failed);
        QSignalSpy events(turn.get(), &ChatTurn::eventReceived);
        turn->start(route("alpha/m1"), {}, Harness::ask("hi"), {}, h.options);
        QVERIFY(events.wait(10000));
        turn->cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).value<Sdk::ProviderError>().kind, Sdk::ErrorKind::Cancelled);
        QCOMPARE(replyText(*turn), QStringLiteral("first words"));
        turn->cancel(); // once only
        QTest::qWait(0);
        QCOMPARE(failed.size(), 1);
    }

    void outputLimitContinuesByItself()
    {
        Harness h(
            {ok("text: part one\nstop: max_tokens\n"), ok("text: , part two\nstop: end_turn\n")},
            {});
        h.options.maxTokensContinuations = 2;
        auto turn = h.turn();
        QSignalSpy finished(turn.get(), &ChatTurn::finished);
        turn->start(route("alpha/m1"), {}, Harness::ask("write"), {}, h.options);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).value<Sdk::StopReason>(), Sdk::StopReason::EndTurn);
        QCOMPARE(replyText(*turn), QStringLiteral("part one, part two"));
        QCOMPARE(h.alpha->requests().size(), 2);
        QVERIFY(h.alpha->requests().at(1).body.startsWith("Continue"));
    }

    void outputLimitStopsWhenNotAllowedToContinue()
    {
        Harness h({ok("text: part one\nstop: max_tokens\n")}, {});
        auto turn = h.turn();
        QSignalSpy finished(turn.get(), &ChatTurn::finished);
        turn->start(route("alpha/m1"), {}, Harness::ask("write"), {}, h.options);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).value<Sdk::StopReason>(), Sdk::StopReason::MaxTokens);
        QCOMPARE(h.alpha->requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChatTurn)
#include "tst_chatturn.moc"
