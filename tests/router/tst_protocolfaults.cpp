// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
//
// Faults, for each protocol plugin, through the whole host path (real HTTP to a local server,
// the built plugin, the router): each gives the right error kind and the right router
// decision, with bounded memory.

#include "../support/scriptedserver.h"

#include "core/providers/presetcatalog.h"
#include "core/providers/providerhost.h"
#include "core/router/chatturn.h"
#include "core/router/routersession.h"
#include "core/secrets/apikeys.h"
#include "core/secrets/secretstore.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Baton;
using namespace Baton::Core;

struct Protocol
{
    QString protocol;
    QString plugin;
    QString fixture;
    QString contentType;
    QString authStyle;
    QByteArray rateLimitBody;
    QByteArray regionBlock; // the body (and status) a region block comes with
    int regionStatus;
};

static QList<Protocol> protocols()
{
    return {
        {"anthropic", BATON_ANTHROPIC_PLUGIN, "anthropic-text.sse", "text/event-stream",
         "x-api-key",
         R"({"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit"}})",
         R"({"type":"error","error":{"type":"permission_error","message":"Request not allowed"}})",
         403},
        {"openai", BATON_OPENAI_PLUGIN, "openai-text.sse", "text/event-stream", "bearer",
         R"({"error":{"message":"Rate limit reached for requests","type":"requests","code":"rate_limit_exceeded"}})",
         R"({"error":{"code":"unsupported_country_region_territory","message":"Country, region, or territory not supported","type":"request_forbidden"}})",
         403},
        {"ollama", BATON_OLLAMA_PLUGIN, "ollama-chat.ndjson", "application/x-ndjson", "none",
         R"({"error":"too many requests"})", R"({"error":"forbidden"})", 403},
        {"gemini", BATON_GEMINI_PLUGIN, "gemini-stream.sse", "text/event-stream", "x-goog-api-key",
         R"({"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}})",
         R"({"error":{"code":400,"message":"User location is not supported for the API use.","status":"FAILED_PRECONDITION"}})",
         400},
    };
}

static qint64 peakResidentKiB()
{
    QFile status("/proc/self/status");
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

struct Outcome
{
    bool finished = false;
    Sdk::ProviderError error;
    bool outputStreamed = false;
    int retries = 0;
    bool skipped = false;
};

class TestProtocolFaults : public QObject
{
    Q_OBJECT

private:
    // idleMs: the idle timeout; short by default so the stall case ends quickly, long where a
    // loaded machine must not turn a slow server into a false stall.
    Outcome run(const Protocol &p, const QJsonArray &script, int maxRetries = 1, int idleMs = 400)
    {
        ScriptedServer server(script, QStringLiteral(BATON_PROVIDER_FIXTURES_DIR));
        if (!server.listen())
            return {};
        QTemporaryDir presets;
        QFile file(presets.filePath("p.json"));
        file.open(QIODevice::WriteOnly);
        file.write(QJsonDocument(
                       QJsonObject{{"id", "p"},
                                   {"protocol", p.protocol},
                                   {"baseUrl", QString("http://127.0.0.1:%1").arg(server.port())},
                                   {"authStyle", p.authStyle},
                                   {"keyEnvironment", QJsonArray{QJsonObject{{"name", "P_KEY"}}}},
                                   {"models", QJsonArray{QJsonObject{{"id", "m"},
                                                                     {"contextWindow", 1000},
                                                                     {"maxOutputTokens", 100}}}}})
                       .toJson());
        file.close();
        const PresetCatalog catalog = PresetCatalog::load(presets.path(), {});
        ProviderHost host({QFileInfo(p.plugin).absolutePath()});
        host.scanNow();
        SecretStore keyring("baton-test-unused");
        QProcessEnvironment environment;
        environment.insert("P_KEY", "sk-test");
        ApiKeys keys(keyring, environment);
        QNetworkAccessManager network;
        RouterSession session;
        ChatTurn turn(catalog, host, keys, network, session);
        ChatOptions options;
        options.retry.maxRetries = maxRetries;
        options.retry.initialDelayMs = 1;
        options.timeouts = {3000, 3000, idleMs};
        Outcome outcome;
        QSignalSpy done(&turn, &ChatTurn::failed);
        QSignalSpy finished(&turn, &ChatTurn::finished);
        QSignalSpy retrying(&turn, &ChatTurn::retrying);
        Sdk::Message ask;
        ask.role = Sdk::Role::User;
        ask.parts.append(Sdk::ContentPart{});
        ask.parts.last().text = "hi";
        turn.start(FailoverRoute::parse("p/m").value(), {}, {ask}, {}, options);
        if (!QTest::qWaitFor([&] { return done.size() + finished.size() > 0; }, 60000))
            return {};
        outcome.finished = finished.size() == 1;
        if (done.size() == 1) {
            outcome.error = done.first().at(0).value<Sdk::ProviderError>();
            outcome.outputStreamed = done.first().at(1).toBool();
        }
        outcome.retries = int(retrying.size());
        outcome.skipped = session.isSkipped("p");
        return outcome;
    }

    static QJsonObject response(int status, const QByteArray &body, const QJsonObject &headers = {})
    {
        return {{"status", status}, {"headers", headers}, {"body", QString::fromUtf8(body)}};
    }

    static QJsonObject stream(const Protocol &p)
    {
        return {{"status", 200},
                {"headers", QJsonObject{{"content-type", p.contentType}}},
                {"bodyFile", p.fixture},
                {"chunkBytes", 5}};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void faults_data()
    {
        QTest::addColumn<int>("which");
        for (int i = 0; i < protocols().size(); ++i)
            QTest::newRow(qPrintable(protocols()[i].protocol)) << i;
    }

    void faults()
    {
        QFETCH(int, which);
        const Protocol p = protocols()[which];
        const QByteArray whole = [&] {
            QFile f(QStringLiteral(BATON_PROVIDER_FIXTURES_DIR "/") + p.fixture);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();

        // The recorded stream itself is answered.
        Outcome ok = run(p, {stream(p)});
        QVERIFY2(ok.finished, qPrintable(ok.error.message));

        // 401: the provider is set aside for the session, no retry.
        Outcome auth = run(p, {response(401, "{\"error\":\"invalid api key\"}")});
        QCOMPARE(auth.error.kind, Sdk::ErrorKind::Auth);
        QCOMPARE(auth.retries, 0);
        QVERIFY(auth.skipped);

        // Region block: forbidden, set aside.
        Outcome region = run(p, {response(p.regionStatus, p.regionBlock)});
        QCOMPARE(region.error.kind, Sdk::ErrorKind::Forbidden);
        QVERIFY(region.skipped);

        // 429 with retry-after: retried after it, then answered.
        Outcome limited
            = run(p, {response(429, p.rateLimitBody, {{"retry-after", "0"}}), stream(p)});
        QVERIFY2(limited.finished, qPrintable(limited.error.message));
        QCOMPARE(limited.retries, 1);

        // 429 without retry-after: rate-limited (or quota, where the vendor says so), never
        // answered by retrying a quota.
        Outcome limitedNoHint
            = run(p, {response(429, p.rateLimitBody), response(429, p.rateLimitBody)});
        QVERIFY(limitedNoHint.error.kind == Sdk::ErrorKind::RateLimited
                || limitedNoHint.error.kind == Sdk::ErrorKind::QuotaExhausted);

        // 529 and 500: backed off and retried.
        Outcome overloaded = run(p, {response(529, "{\"error\":\"overloaded\"}"), stream(p)});
        QVERIFY2(overloaded.finished, qPrintable(overloaded.error.message));
        QCOMPARE(overloaded.retries, 1);
        Outcome server = run(p, {response(500, "Internal error"), response(500, "Internal error")});
        QCOMPARE(server.error.kind, Sdk::ErrorKind::Server);
        QCOMPARE(server.retries, 1);

        // Connection reset after output: the turn stops with what arrived, no retry.
        QJsonObject reset = stream(p);
        reset.insert("cutAfterBytes", whole.size() * 3 / 4);
        Outcome cut = run(p, {reset, stream(p)});
        QCOMPARE(cut.error.kind, Sdk::ErrorKind::Network);
        QVERIFY(cut.outputStreamed);
        QCOMPARE(cut.retries, 0);

        // A stream that ends without its end: malformed, retried before any output.
        QJsonObject truncated = stream(p);
        truncated.insert("truncateAt", whole.size() * 3 / 4);
        Outcome early = run(p, {truncated, truncated}, 0);
        QCOMPARE(early.error.kind, Sdk::ErrorKind::Protocol);

        // Garbage.
        Outcome garbage
            = run(p,
                  {QJsonObject{{"status", 200},
                               {"headers", QJsonObject{{"content-type", p.contentType}}},
                               {"body", "\x01\x02 not a stream at all {{{\n\n]]]\n"}}},
                  0);
        QCOMPARE(garbage.error.kind, Sdk::ErrorKind::Protocol);

        // A server that stops sending: the idle timeout ends it as a network failure.
        QJsonObject stall = stream(p);
        stall.insert("stallAfterBytes", 0);
        Outcome stalled = run(p, {stall}, 0);
        QCOMPARE(stalled.error.kind, Sdk::ErrorKind::Network);
    }

    void hugeResponseStaysBounded_data() { faults_data(); }

    void hugeResponseStaysBounded()
    {
        QFETCH(int, which);
        const Protocol p = protocols()[which];
        const qint64 before = peakResidentKiB();
        // 200 MB without a line end: the framer refuses a line past 16 MiB.
        Outcome huge = run(p,
                           {QJsonObject{{"status", 200},
                                        {"headers", QJsonObject{{"content-type", p.contentType}}},
                                        {"body", "data: "},
                                        {"repeat", QJsonObject{{"text", QString(4096, 'x')},
                                                               {"times", 200 * 256}}},
                                        {"chunkBytes", 256 * 1024}}},
                           0, 30000);
        QCOMPARE(huge.error.kind, Sdk::ErrorKind::Protocol);
        const qint64 grownMiB = (peakResidentKiB() - before) / 1024;
        QVERIFY2(grownMiB < 150, qPrintable(QString("peak memory grew by %1 MiB").arg(grownMiB)));
    }
};

QTEST_GUILESS_MAIN(TestProtocolFaults)
#include "tst_protocolfaults.moc"
