// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// A scriptable HTTP/1.1 server on 127.0.0.1 for tests, with fault injection.
//
// The test drives the response step by step, on the test's thread, while the client under
// test runs in the same event loop: wait for a request, send a head, send body pieces when
// it likes, end the body, cut the connection, or never answer. The wait functions spin the
// event loop until their condition holds (QTest::qWaitFor), never for a fixed time.
//
// Every response call acts on the connection of the latest complete request.

#include <baton/sdk/types.h>

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as on the request line
        Baton::Sdk::HttpHeaders headers;
        QByteArray body;

        // The first header named `name` (case-insensitive); empty when absent.
        QByteArray header(QByteArrayView name) const;
    };

    // How the body of a response is delimited.
    enum class Framing {
        Chunked,       // Transfer-Encoding: chunked; endBody() sends the last chunk
        ContentLength, // Content-Length as given to sendHead()
        Close,         // neither; endBody() closes the connection
    };

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    // Listens on 127.0.0.1, on a free port.
    bool listen();
    quint16 port() const;
    // http://127.0.0.1:<port><path> (or https://, for a server that never speaks TLS).
    QUrl url(const QString &path, const QString &scheme = QStringLiteral("http")) const;

    // Silent: accept connections but never read from or answer them.
    void setSilent(bool silent) { m_silent = silent; }

    int connectionCount() const { return m_connections; }
    int disconnectionCount() const { return m_disconnections; }
    QList<Request> requests() const { return m_requests; }

    // Spin the event loop until `count` requests (all of them) arrived / `count`
    // connections were closed by the client or cut.
    bool waitForRequests(int count = 1, int timeoutMs = 10000);
    bool waitForDisconnections(int count = 1, int timeoutMs = 10000);

    // The response to the latest request.
    void sendHead(int status, const Baton::Sdk::HttpHeaders &headers = {},
                  Framing framing = Framing::Chunked, qint64 contentLength = 0);
    void sendBody(const QByteArray &bytes);
    void endBody();
    // A whole response with Content-Length.
    void respond(int status, const Baton::Sdk::HttpHeaders &headers, const QByteArray &body);
    // Resets the connection at once (no orderly end of the body).
    void cutConnection();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void write(const QByteArray &bytes);

    QTcpServer *m_server = nullptr;
    QPointer<QTcpSocket> m_current;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    Framing m_framing = Framing::Chunked;
    bool m_silent = false;
    int m_connections = 0;
    int m_disconnections = 0;
};
