// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors

// Host overhead from bytes received to event delivered (docs/benchmarks.md). A local server
// on its own thread streams a large recorded-style body over loopback; the host path under
// test is QNetworkAccessManager → StreamingRequest::bytesReceived → the plugin's decoder →
// a queued-free signal per event → a receiving slot, all on the main thread as in the app.
//
// Measured, per event: wall time from entering the bytesReceived slot (the piece of body has
// been read off the socket) to that event's arrival in the receiving slot. Events late in a
// large piece wait for the ones before them to be decoded; that wait is counted. Also printed:
// host CPU per event (time spent in the bytesReceived slot / events) and overall events/s.
//
// Two ways of sending: "bulk" (the server writes as fast as loopback takes it, so pieces are
// large) and "paced" (one frame per write with a pause, as a model streams tokens, so pieces
// hold about one event). Never fails on time.
//
//     bench_host [bulk megabytes per stream, default 32] [paced frames, default 2000]

#include "benchstream.h"

#include "core/providers/streamingrequest.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QSemaphore>
#include <QtCore/QThread>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <atomic>
#include <cstdio>

using namespace Baton;
using Baton::Core::StreamingRequest;

namespace {

// Serves one response per connection: `body` with a Content-Length, either in large writes
// under flow control or frame by frame with `pauseUs` between frames.
class BodyServer : public QThread
{
public:
    BodyServer(QByteArray body, QByteArray separator, bool paced, int pauseUs)
        : m_body(std::move(body))
        , m_separator(std::move(separator))
        , m_paced(paced)
        , m_pauseUs(pauseUs)
    {}

    quint16 startAndWait()
    {
        start();
        m_ready.acquire();
        return m_port.load();
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        m_port.store(server.serverPort());
        QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                serve(socket);
        });
        m_ready.release();
        exec();
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto *request = new QByteArray;
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, request] {
            delete request;
            socket->deleteLater();
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
            request->append(socket->readAll());
            const qsizetype headEnd = request->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            qsizetype contentLength = 0;
            for (const QByteArray &line : request->left(headEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    contentLength = line.mid(15).trimmed().toLongLong();
            }
            if (request->size() < headEnd + 4 + contentLength)
                return;
            request->clear();
            respond(socket);
        });
    }

    void respond(QTcpSocket *socket)
    {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: "
                      + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n");
        if (m_paced) {
            // This thread is the server's alone; blocking it models a model's token pace.
            qsizetype from = 0;
            while (from < m_body.size()) {
                qsizetype end = m_body.indexOf(m_separator, from);
                end = end < 0 ? m_body.size() : end + m_separator.size();
                socket->write(m_body.mid(from, end - from));
                socket->flush();
                socket->waitForBytesWritten(1000);
                from = end;
                QThread::usleep(m_pauseUs);
            }
            socket->disconnectFromHost();
            return;
        }
        auto position = std::make_shared<qsizetype>(0);
        auto pump = [this, socket, position] {
            constexpr qsizetype piece = 64 * 1024;
            while (*position < m_body.size() && socket->bytesToWrite() < 4 * piece) {
                const qsizetype n = qMin(piece, m_body.size() - *position);
                socket->write(m_body.constData() + *position, n);
                *position += n;
            }
            if (*position >= m_body.size() && socket->bytesToWrite() == 0)
                socket->disconnectFromHost();
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
    }

    QByteArray m_body;
    QByteArray m_separator;
    bool m_paced;
    int m_pauseUs;
    QSemaphore m_ready;
    std::atomic<quint16> m_port{0};
};

// Stands in for the router's eventReceived signal: events leave the decoding code through a
// signal, as they do in ChatTurn.
class EventSink : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void eventReceived(const Baton::Sdk::StreamEvent &event);
};

struct Result
{
    bool ok = false;
    QString problem;
    qint64 bytes = 0;
    qint64 events = 0;
    qint64 pieces = 0;
    qint64 wallNs = 0;
    qint64 slotNs = 0; // inside the bytesReceived slot: decode + delivery
    QList<double> latencyUs;
};

Result runOnce(const Bench::StreamCase &c, Sdk::IProviderProtocol &protocol, const QByteArray &body,
               bool paced, int pauseUs)
{
    BodyServer server(body, c.separator, paced, pauseUs);
    const quint16 port = server.startAndWait();

    Sdk::Endpoint endpoint;
    endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    endpoint.dialect = c.dialect;
    Sdk::ChatRequest request;
    request.model = QStringLiteral("bench-model");
    Sdk::Message message;
    message.role = Sdk::Role::User;
    Sdk::ContentPart part;
    part.text = QStringLiteral("Hello");
    message.parts.append(part);
    request.messages.append(message);

    QNetworkAccessManager network;
    const Sdk::HttpRequest http = protocol.buildChatRequest(endpoint, request);
    StreamingRequest exchange(&network, http);
    std::unique_ptr<Sdk::IStreamDecoder> decoder = protocol.createDecoder(endpoint, request);
    EventSink sink;
    Result result;
    result.latencyUs.reserve(body.size() / 64);
    QElapsedTimer clock;
    qint64 pieceStartNs = 0;
    QEventLoop loop;

    QObject::connect(&sink, &EventSink::eventReceived, &sink, [&](const Sdk::StreamEvent &) {
        result.latencyUs.append(double(clock.nsecsElapsed() - pieceStartNs) / 1000.0);
        ++result.events;
    });
    QObject::connect(&exchange, &StreamingRequest::bytesReceived, &sink,
                     [&](const QByteArray &chunk) {
                         pieceStartNs = clock.nsecsElapsed();
                         ++result.pieces;
                         result.bytes += chunk.size();
                         for (const Sdk::StreamEvent &event : decoder->feed(chunk))
                             Q_EMIT sink.eventReceived(event);
                         result.slotNs += clock.nsecsElapsed() - pieceStartNs;
                     });
    QObject::connect(&exchange, &StreamingRequest::finished, &sink, [&] {
        pieceStartNs = clock.nsecsElapsed();
        for (const Sdk::StreamEvent &event : decoder->finish())
            Q_EMIT sink.eventReceived(event);
        result.slotNs += clock.nsecsElapsed() - pieceStartNs;
        result.wallNs = clock.nsecsElapsed();
        result.ok = true;
        loop.quit();
    });
    QObject::connect(&exchange, &StreamingRequest::failed, &sink,
                     [&](const Sdk::ProviderError &error) {
                         result.problem = QStringLiteral("failed: ") + error.message;
                         loop.quit();
                     });
    QObject::connect(&exchange, &StreamingRequest::httpError, &sink,
                     [&](int status, const Sdk::HttpHeaders &, const QByteArray &) {
                         result.problem = QStringLiteral("HTTP %1").arg(status);
                         loop.quit();
                     });
    clock.start();
    exchange.start();
    loop.exec();
    server.quit();
    server.wait();
    return result;
}

void print(const char *mode, const Bench::StreamCase &c, Result &r)
{
    if (!r.ok) {
        std::printf("%-6s %-38s %s\n", mode, qPrintable(c.label), qPrintable(r.problem));
        return;
    }
    std::sort(r.latencyUs.begin(), r.latencyUs.end());
    const double seconds = double(r.wallNs) / 1e9;
    std::printf("%-6s %-38s %8.1f %9lld %8.1f %8.1f %9.2f %9.1f %9.2f %11.0f %8.1f\n", mode,
                qPrintable(c.label), double(r.bytes) / 1e6, static_cast<long long>(r.events),
                double(r.bytes) / double(r.pieces) / 1024.0, double(r.events) / double(r.pieces),
                Bench::percentileOfSorted(r.latencyUs, 50),
                Bench::percentileOfSorted(r.latencyUs, 99),
                double(r.slotNs) / 1000.0 / double(r.events), double(r.events) / seconds,
                double(r.bytes) / 1e6 / seconds);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype megabytes = args.size() > 1 ? args.at(1).toLongLong() : 32;
    const qsizetype pacedFrames = args.size() > 2 ? args.at(2).toLongLong() : 2000;
    constexpr int pauseUs = 200;

    std::printf("host path: loopback HTTP → StreamingRequest → plugin decoder → signal → slot\n");
    std::printf("latency: bytesReceived slot entered → event's slot entered (goal: < 50 µs)\n");
    std::printf("bulk: ~%lld MB as fast as loopback goes; paced: ~%lld frames, one per write, "
                "%d µs apart\n\n",
                static_cast<long long>(megabytes), static_cast<long long>(pacedFrames), pauseUs);
    std::printf("%-6s %-38s %8s %9s %8s %8s %9s %9s %9s %11s %8s\n", "mode", "protocol/recording",
                "MB", "events", "KiB/read", "ev/read", "p50 µs", "p99 µs", "cpu µs/ev", "events/s",
                "MB/s");

    int problems = 0;
    for (const Bench::StreamCase &c : Bench::streamCases()) {
        QString error;
        Sdk::IProviderProtocol *protocol = Bench::protocolFor(c, &error);
        if (!protocol) {
            std::printf("%-38s cannot load: %s\n", qPrintable(c.label), qPrintable(error));
            ++problems;
            continue;
        }
        qsizetype deltaFrames = 0;
        const QByteArray bulkBody = Bench::buildLargeBody(c, megabytes * 1000 * 1000, &deltaFrames);
        const QByteArray probe = Bench::buildLargeBody(c, 1, &deltaFrames);
        const qsizetype framesPerRepeat = qMax<qsizetype>(1, deltaFrames);
        // One more repeat of the delta run: its size is the growth.
        const qsizetype repeatBytes = qMax<qsizetype>(
            1, Bench::buildLargeBody(c, probe.size() + 1, nullptr).size() - probe.size());
        const QByteArray pacedBody
            = Bench::buildLargeBody(c, pacedFrames / framesPerRepeat * repeatBytes, nullptr);
        if (bulkBody.isEmpty() || pacedBody.isEmpty()) {
            std::printf("%-38s no stream\n", qPrintable(c.label));
            ++problems;
            continue;
        }
        Result bulk = runOnce(c, *protocol, bulkBody, false, 0);
        print("bulk", c, bulk);
        Result paced = runOnce(c, *protocol, pacedBody, true, pauseUs);
        print("paced", c, paced);
        problems += !bulk.ok + !paced.ok;
    }
    std::printf("\ncpu µs/ev: time inside the bytesReceived slot (decode + delivery) / events.\n"
                "events/s and MB/s are end to end, server included; paced runs are bound by the "
                "pause.\n");
    return problems ? 1 : 0;
}

#include "bench_host.moc"
