// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/providers/streamingrequest.h"
#include "fakehttpserver.h"

#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpServer>
#include <QtTest/QTest>

#include <memory>

using namespace Baton::Core;
using namespace Baton::Sdk;

using Framing = FakeHttpServer::Framing;

static QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

static HttpRequest httpRequest(const QUrl &url, const QByteArray &method = "POST",
                               const QByteArray &body = "{}")
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.body = body;
    if (!body.isEmpty())
        request.headers.append(
            qMakePair(QByteArray("content-type"), QByteArray("application/json")));
    return request;
}

// Delivers what is already queued (signals from Qt's HTTP thread, deferred deletes), so that
// a wrong extra signal would show up.
static void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

// Everything a StreamingRequest emits, in order.
class Recorder : public QObject
{
public:
    explicit Recorder(StreamingRequest *request)
    {
        connect(request, &StreamingRequest::responseStarted, this,
                [this](int httpStatus, const HttpHeaders &responseHeaders) {
                    events << QStringLiteral("started");
                    status = httpStatus;
                    headers = responseHeaders;
                });
        connect(request, &StreamingRequest::bytesReceived, this, [this](const QByteArray &chunk) {
            events << QStringLiteral("bytes");
            chunks << chunk;
            body += chunk;
        });
        connect(request, &StreamingRequest::finished, this,
                [this] { events << QStringLiteral("finished"); });
        connect(request, &StreamingRequest::httpError, this,
                [this](int httpStatus, const HttpHeaders &responseHeaders, const QByteArray &data) {
                    events << QStringLiteral("httpError");
                    status = httpStatus;
                    headers = responseHeaders;
                    errorBody = data;
                });
        connect(request, &StreamingRequest::failed, this, [this](const ProviderError &e) {
            events << QStringLiteral("failed");
            error = e;
        });
    }

    int terminalCount() const
    {
        return int(events.count(QStringLiteral("finished")) + events.count(QStringLiteral("failed"))
                   + events.count(QStringLiteral("httpError")));
    }
    bool waitForEnd(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return terminalCount() > 0; }, timeoutMs);
    }
    bool waitForBody(qsizetype size, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return body.size() >= size; }, timeoutMs);
    }

    QStringList events;
    int status = 0;
    HttpHeaders headers;
    QList<QByteArray> chunks;
    QByteArray body;
    QByteArray errorBody;
    ProviderError error;
};

class TestStreamingRequest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> network()
    {
        auto network = std::make_unique<QNetworkAccessManager>();
        network->setProxy(QNetworkProxy::NoProxy); // a developer's http_proxy must not interfere
        return network;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void deliversBodyPiecesAsTheyArrive()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        auto nam = network();
        StreamingRequest request(nam.get(), httpRequest(server.url(QStringLiteral("/v1/stream"))));
        Recorder recorder(&request);
        request.start();
        QVERIFY(recorder.events.isEmpty()); // start() never emits synchronously
        QVERIFY(server.waitForRequests());

        server.sendHead(200, {{"content-type", "text/event-stream"}, {"x-request-id", "req_1"}});
        server.sendBody("data: first\n\n");
        QVERIFY(recorder.waitForBody(13));
        QCOMPARE(recorder.events,
                 QStringList({QStringLiteral("started"), QStringLiteral("bytes")}));
        QCOMPARE(recorder.status, 200);
        QCOMPARE(headerValue(recorder.headers, "content-type"), QByteArray("text/event-stream"));
        QCOMPARE(headerValue(recorder.headers, "x-request-id"), QByteArray("req_1"));
        QCOMPARE(recorder.body, QByteArray("data: first\n\n"));
        QVERIFY(!request.isDone());

        server.sendBody("data: second\n\n");
        QVERIFY(recorder.waitForBody(27));
        QCOMPARE(recorder.terminalCount(), 0);
        QVERIFY(!request.isDone());

        server.endBody();
        QVERIFY(recorder.waitForEnd());
        settle();
        QCOMPARE(recorder.events.constLast(), QStringLiteral("finished"));
        QCOMPARE(recorder.terminalCount(), 1);
        QCOMPARE(recorder.body, QByteArray("data: first\n\ndata: second\n\n"));
        QCOMPARE(request.receivedByteCount(), recorder.body.size());
        QCOMPARE(request.httpStatus(), 200);
        QVERIFY(request.isDone());
    }

    void receivesAFixtureStreamByteExact()
    {
        QFile file(QStringLiteral(BATON_PROVIDER_FIXTURES_DIR "/anthropic-text.sse"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray fixture = file.readAll();
        QVERIFY(fixture.size() > 100);

        FakeHttpServer server;
        QVERIFY(server.listen());
        auto nam = network();
        StreamingRequest request(nam.get(),
                                 httpRequest(server.url(QStringLiteral("/v1/messages"))));
        Recorder recorder(&request);
        request.start();
        QVERIFY(server.waitForRequests());
        server.sendHead(200, {{"content-type", "text/event-stream; charset=utf-8"}});

        // Pieces of awkward sizes, each waited for, so events and lines are split anywhere.
        static const int sizes[] = {1, 7, 64, 3, 129, 17, 250, 2, 31};
        qsizetype sent = 0;
        int pieces = 0;
        for (int i = 0; sent < fixture.size(); ++i, ++pieces) {
            const QByteArray piece = fixture.mid(sent, sizes[i % std::size(sizes)]);
            server.sendBody(piece);
            sent += piece.size();
            QVERIFY(recorder.waitForBody(sent));
            QCOMPARE(recorder.terminalCount(), 0);
        }
        server.endBody();
        QVERIFY(recorder.waitForEnd());
        QCOMPARE(recorder.events.constLast(), QStringLiteral("finished"));
        QCOMPARE(recorder.body, fixture);
        QVERIFY(recorder.chunks.size() >= pieces);
    }

    void handsOverErrorResponses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<HttpHeaders>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("429 with retry-after")
            << 429 << HttpHeaders{{"retry-after", "7"}, {"content-type", "application/json"}}
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\","
                          "\"message\":\"Number of request tokens has exceeded your limit\"}}");
        QTest::newRow("401") << 401 << HttpHeaders{{"content-type", "application/json"}}
                             << QByteArray("{\"type\":\"error\",\"error\":{\"type\":"
                                           "\"authentication_error\","
                                           "\"message\":\"invalid x-api-key\"}}");
        QTest::newRow("500 plain text") << 500 << HttpHeaders{} << QByteArray("upstream exploded");
        QTest::newRow("529 overloaded")
            << 529 << HttpHeaders{{"content-type", "application/json"}}
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
                          "\"message\":\"Overloaded\"}}");
        QTest::newRow("404 empty body") << 404 << HttpHeaders{} << QByteArray();
    }

    void handsOverErrorResponses()
    {
        QFETCH(int, status);
        QFETCH(HttpHeaders, headers);
        QFETCH(QByteArray, body);

        FakeHttpServer server;
        QVERIFY(server.listen());
        auto nam = network();
        StreamingRequest request(nam.get(),
                                 httpRequest(server.url(QStringLiteral("/v1/messages"))));
        Recorder recorder(&request);
        request.start();
        QVERIFY(server.waitForRequests());
        server.respond(status, headers, body);
        QVERIFY(recorder.waitForEnd());
        settle();
        QCOMPARE(recorder.events, QStringList{QStringLiteral("httpError")});
        QCOMPARE(recorder.status, status);
        QCOMPARE(request.httpStatus(), status);
        for (const auto &[name, value] : headers)
            QCOMPARE(headerValue(recorder.headers, name), value);
        QCOMPARE(recorder.errorBody, body);
        QCOMPARE(request.receivedByteCount(), 0);
    }

    void handsOverAnErrorBodyThatWasCutOff()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        auto nam = network();
        StreamingRequest request(nam.get(),
                                 httpRequest(server.url(QStringLiteral("/v1/messages"))));
        Recorder recorder(&request);
        request.start();
        QVERIFY(server.waitForRequests());
        server.sendHead(503, {{"retry-after", "30"}}, Framing::ContentLength, 100);
        server.sendBody("{\"error\":\"overlo");
        server.cutConnection();
        QVERIFY(recorder.waitForEnd());
        QCOMPARE(recorder.events, QStringList{QStringLiteral("httpError")});
        QCOMPARE(recorder.status, 503);
        QCOMPARE(headerValue(recorder.headers, "retry-after"), QByteArray("30"));
        QCOMPARE(recorder.errorBody, QByteArray("{\"error\":\"overlo"));
    }

    void reportsAConnectionCutMidBody_data()
    {
        QTest::addColumn<Framing>("framing");
        QTest::newRow("chunked") << Framing::Chunked;
        QTest::newRow("content-length") << Framing::ContentLength;
    }

    void reportsAConnectionCutMidBody()
    {
        QFETCH(Framing, framing);
        FakeHttpServer server;
        QVERIFY(server.listen());
        auto nam = network();
        StreamingRequest request(nam.get(),
                                 httpRequest(server.url(QStringLiteral("/v1/messages"))));
        Recorder recorder(&request);
        request.start();
        QVERIFY(server.waitForRequests());
        server.sendHead(200, {{"content-type", "text/event-stream"}}, framing, 1000);
        server.sendBody("event: message_start\n");
        QVERIFY(recorder.waitForBody(21));
        server.cutConnection();
        QVERIFY(recorder.waitForEnd());
        settle();
        QCOMPARE(recorder.events, QStringList({QStringLiteral("started"), QStringLiteral("bytes"),
                                               QStringLiteral("failed")}));
        QCOMPARE(recorder.body, QByteArray("event: message_start\n"));
        QCOMPARE(recorder.error.kind, ErrorKind::Network);
        QCOMPARE(recorder.error.code, QString(StreamingRequest::CutOffCode));
        QCOMPARE(recorder.error.httpStatus, 0);
        QVERIFY2(recorder.error.message.contains(QLatin1String("127.0.0.1")),
                 qPrintable(recorder.error.message));
        QVERIFY2(recorder.error.message.contains(QLatin1String("21")),
                 qPrintable(recorder.error.message));
    }

    void reportsConnectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // a port that was free a moment ago and now has no listener
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        auto nam = network();
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/v1/messages?key=sk-secret").arg(port));
        StreamingRequest request(nam.get(), httpRequest(url));
        Recorder recorder(&request);
        request.start();
        QVERIFY(recorder.waitForEnd());
        settle();
        QCOMPARE(recorder.events, QStringList{QStringLiteral("failed")});
        QCOMPARE(recorder.error.kind, ErrorKind::Network);
        QCOMPARE(recorder.error.code, QString(StreamingRequest::NetworkCode));
        QCOMPARE(recorder.error.httpStatus, 0);
        QVERIFY2(recorder.error.message.contains(QLatin1String("127.0.0.1")),
                 qPrintable(recorder.error.message));
        QVERIFY2(!recorder.error.message.contains(QLatin1String("sk-secret")),
                 qPrintable(recorder.error.message));
    }

    void connectTimeoutFires()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend: the stalled handshake cannot be staged");
        FakeHttpServer server; // accepts TCP, never answers the TLS handshake
        server.setSilent(true);
        QVERIFY(server.listen());
        auto nam = network();
        StreamingRequest request(
            nam.get(),
            httpRequest(server.url(QStringLiteral("/v1/messages"), QStringLiteral("https"))),
            StreamingTimeouts{150, 60000, 60000});
        Recorder recorder(&request);
        request.start();
        QVERIFY(recorder.waitForEnd());
        QCOMPARE(recorder.events, QStringList{QStringLiteral("failed")});
        QCOMPARE(recorder.error.kind, ErrorKind::Network);
        QCOMPARE(recorder.error.code, QString(StreamingRequest::ConnectTimeoutCode));
        QVERIFY2(recorder.error.message.contains(QLatin1String("connect timeout"))
                     && recorder.error.message.contains(QLatin1String("150 ms")),
                 qPrintable(recorder.error.message));
        // The connection was made (it is the handshake that stalled). Qt keeps a connection that
        // is still handshaking for its own reuse, so no disconnection is asserted here.
        QVERIFY(server.connectionCount() >= 1);
    }

    void firstByteTimeoutFires()
    {
        FakeHttpServer server; // reads the request and never answers
        QVERIFY(server.listen());
        auto nam = network();
        StreamingRequest request(nam.get(),
                                 httpRequest(server.url(QStringLiteral("/v1/messages"))),
                                 StreamingTimeouts{60000, 150, 60000});
        Recorder recorder(&request);
        request.start();
        QVERIFY(server.waitForRequests());
        QVERIFY(recorder.waitForEnd());
        QCOMPARE(recorder.events, QStringList{QStringLiteral("failed")});
        QCOMPARE(recorder.error.kind, ErrorKind::Network);
        QCOMPARE(recorder.error.code, QString(StreamingRequest::FirstByteTimeoutCode));
        QVERIFY2(recorder.error.message.contains(QLatin1String("first-byte timeout"))
                     && recorder.error.message.contains(QLatin1String("150 ms")),
                 qPrintable(recorder.error.message));
        QVERIFY(server.waitForDisconnections(1));
    }

    void idleTimeoutFires()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        auto nam = network();
        StreamingRequest request(nam.get(),
                                 httpRequest(server.url(QStringLiteral("/v1/messages"))),
                                 StreamingTimeouts{60000, 60000, 150});
        Recorder recorder(&request);
        request.start();
        QVERIFY(server.waitForRequests());
        server.sendHead(200, {{"content-type", "text/event-stream"}});
        server.sendBody("event: ping\n");
        QVERIFY(recorder.waitForEnd());
        QCOMPARE(recorder.events, QStringList({QStringLiteral("started"), QStringLiteral("bytes"),
                                               QStringLiteral("failed")}));
        QCOMPARE(recorder.body, QByteArray("event: ping\n"));
        QCOMPARE(recorder.error.kind, ErrorKind::Network);
        QCOMPARE(recorder.error.code, QString(StreamingRequest::IdleTimeoutCode));
        QVERIFY2(recorder.error.message.contains(QLatin1String("idle timeout"))
                     && recorder.error.message.contains(QLatin1String("150 ms")),
                 qPrintable(recorder.error.message));
        QVERIFY(server.waitForDisconnections(1));
    }

    void cancelStopsAtOnceAndReportsOnce()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        auto nam = network();
        StreamingRequest request(nam.get(),
                                 httpRequest(server.url(QStringLiteral("/v1/messages"))));
        Recorder recorder(&request);
        request.start();
        QVERIFY(server.waitForRequests());
        server.sendHead(200, {{"content-type", "text/event-stream"}});
        server.sendBody("one\n");
        QVERIFY(recorder.waitForBody(4));

        request.cancel();
        // Reported before cancel() returned.
        QCOMPARE(recorder.events, QStringList({QStringLiteral("started"), QStringLiteral("bytes"),
                                               QStringLiteral("failed")}));
        QCOMPARE(recorder.error.kind, ErrorKind::Cancelled);
        QCOMPARE(recorder.error.code, QString(StreamingRequest::CancelledCode));
        QVERIFY(!recorder.error.message.isEmpty());
        QVERIFY(request.isDone());

        server.sendBody("two\n");
        server.endBody();
        QVERIFY(server.waitForDisconnections(1)); // the connection was really closed
        settle();
        request.cancel();
        QCOMPARE(recorder.events.size(), 3);
        QCOMPARE(recorder.body, QByteArray("one\n"));
    }

    void cancelWhileWaitingForTheResponse()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        auto nam = network();
        StreamingRequest request(nam.get(),
                                 httpRequest(server.url(QStringLiteral("/v1/messages"))));
        Recorder recorder(&request);
        request.start();
        QVERIFY(server.waitForRequests());
        request.cancel();
        QCOMPARE(recorder.events, QStringList{QStringLiteral("failed")});
        QCOMPARE(recorder.error.kind, ErrorKind::Cancelled);
        QVERIFY(server.waitForDisconnections(1));
        server.respond(200, {}, "too late");
        settle();
        QCOMPARE(recorder.events.size(), 1);
    }

    void cancelBeforeStart()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        auto nam = network();
        StreamingRequest request(nam.get(),
                                 httpRequest(server.url(QStringLiteral("/v1/messages"))));
        Recorder recorder(&request);
        request.cancel();
        QCOMPARE(recorder.events, QStringList{QStringLiteral("failed")});
        QCOMPARE(recorder.error.kind, ErrorKind::Cancelled);
        request.start();
        settle();
        QCOMPARE(recorder.events.size(), 1);
        QCOMPARE(server.connectionCount(), 0);
    }

    void cancelFromABytesReceivedSlot()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        auto nam = network();
        StreamingRequest request(nam.get(),
                                 httpRequest(server.url(QStringLiteral("/v1/messages"))));
        Recorder recorder(&request);
        connect(&request, &StreamingRequest::bytesReceived, &request, &StreamingRequest::cancel);
        request.start();
        QVERIFY(server.waitForRequests());
        server.sendHead(200, {});
        server.sendBody("stop me\n");
        QVERIFY(recorder.waitForEnd());
        QCOMPARE(recorder.events, QStringList({QStringLiteral("started"), QStringLiteral("bytes"),
                                               QStringLiteral("failed")}));
        QCOMPARE(recorder.error.kind, ErrorKind::Cancelled);
        server.sendBody("more\n");
        server.endBody();
        QVERIFY(server.waitForDisconnections(1));
        settle();
        QCOMPARE(recorder.events.size(), 3);
    }

    void destroyingAbortsTheExchange()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        auto nam = network();
        auto request = std::make_unique<StreamingRequest>(
            nam.get(), httpRequest(server.url(QStringLiteral("/v1/messages"))));
        Recorder recorder(request.get());
        request->start();
        QVERIFY(server.waitForRequests());
        server.sendHead(200, {});
        server.sendBody("partial\n");
        QVERIFY(recorder.waitForBody(8));
        request.reset();
        QVERIFY(server.waitForDisconnections(1));
        settle();
        QCOMPARE(recorder.terminalCount(), 0); // destruction is silent
    }

    void destroyingFromItsOwnSlotIsSafe()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        auto nam = network();
        auto *request = new StreamingRequest(
            nam.get(), httpRequest(server.url(QStringLiteral("/v1/messages"))), {}, this);
        QPointer<StreamingRequest> guard(request);
        int chunks = 0;
        connect(request, &StreamingRequest::bytesReceived, this, [&chunks, request] {
            ++chunks;
            delete request;
        });
        request->start();
        QVERIFY(server.waitForRequests());
        server.sendHead(200, {});
        server.sendBody("bye\n");
        QVERIFY(QTest::qWaitFor([&] { return guard.isNull(); }));
        QVERIFY(server.waitForDisconnections(1));
        settle();
        QCOMPARE(chunks, 1);
    }

    void reportsTheNetworkGoingAway()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        auto nam = network();
        StreamingRequest request(nam.get(),
                                 httpRequest(server.url(QStringLiteral("/v1/messages"))));
        Recorder recorder(&request);
        request.start();
        QVERIFY(server.waitForRequests());
        nam.reset();
        QVERIFY(recorder.waitForEnd());
        settle();
        QCOMPARE(recorder.terminalCount(), 1);
        QCOMPARE(recorder.events.constLast(), QStringLiteral("failed"));
        QCOMPARE(recorder.error.kind, ErrorKind::Network);
    }

    void sendsMethodHeadersAndBody_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<HttpHeaders>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("POST messages")
            << QByteArray("POST") << QStringLiteral("/v1/messages?beta=true")
            << HttpHeaders{{"content-type", "application/json"},
                           {"x-api-key", "sk-ant-test-0123"},
                           {"anthropic-version", "2023-06-01"}}
            << QByteArray("{\"model\":\"claude\",\"stream\":true,\"messages\":[{\"role\":\"user\","
                          "\"content\":\"你好\"}]}");
        QTest::newRow("GET models") << QByteArray("GET") << QStringLiteral("/v1/models")
                                    << HttpHeaders{{"authorization", "Bearer sk-test"}}
                                    << QByteArray();
    }

    void sendsMethodHeadersAndBody()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, target);
        QFETCH(HttpHeaders, headers);
        QFETCH(QByteArray, body);

        FakeHttpServer server;
        QVERIFY(server.listen());
        auto nam = network();
        HttpRequest http;
        http.method = method;
        http.url = server.url(target);
        http.headers = headers;
        http.body = body;
        StreamingRequest request(nam.get(), http);
        Recorder recorder(&request);
        request.start();
        QVERIFY(server.waitForRequests());
        const FakeHttpServer::Request received = server.requests().constFirst();
        QCOMPARE(received.method, method);
        QCOMPARE(received.target, target.toUtf8());
        for (const auto &[name, value] : headers)
            QCOMPARE(received.header(name), value);
        QCOMPARE(received.body, body);

        server.respond(200, {{"content-type", "application/json"}}, "{}");
        QVERIFY(recorder.waitForEnd());
        QCOMPARE(recorder.events.constLast(), QStringLiteral("finished"));
        QCOMPARE(recorder.body, QByteArray("{}"));
    }

    void doesNotFollowRedirects()
    {
        FakeHttpServer server;
        FakeHttpServer elsewhere;
        QVERIFY(server.listen());
        QVERIFY(elsewhere.listen());
        auto nam = network();
        StreamingRequest request(nam.get(),
                                 httpRequest(server.url(QStringLiteral("/v1/messages"))));
        Recorder recorder(&request);
        request.start();
        QVERIFY(server.waitForRequests());
        server.respond(302, {{"location", elsewhere.url(QStringLiteral("/steal")).toEncoded()}},
                       {});
        QVERIFY(recorder.waitForEnd());
        settle();
        QCOMPARE(recorder.events, QStringList{QStringLiteral("httpError")});
        QCOMPARE(recorder.status, 302);
        QCOMPARE(elsewhere.connectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStreamingRequest)
#include "tst_streamingrequest.moc"
