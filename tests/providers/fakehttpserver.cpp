// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "fakehttpserver.h"

#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

QByteArray FakeHttpServer::Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
            &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeHttpServer::url(const QString &path, const QString &scheme) const
{
    return QUrl(scheme + QLatin1String("://127.0.0.1:") + QString::number(port()) + path);
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::disconnected, this, [this] { ++m_disconnections; });
        if (m_silent)
            continue;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        onReadyRead(socket);
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer.append(socket->readAll());
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qint64 contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append(qMakePair(name, value));
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headEnd + 4 + contentLength)
            return;
        request.body = buffer.mid(headEnd + 4, contentLength);
        buffer.remove(0, headEnd + 4 + contentLength);
        m_requests.append(request);
        m_current = socket;
    }
}

bool FakeHttpServer::waitForRequests(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_requests.size() >= count; }, timeoutMs);
}

bool FakeHttpServer::waitForDisconnections(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_disconnections >= count; }, timeoutMs);
}

void FakeHttpServer::write(const QByteArray &bytes)
{
    if (!m_current)
        return;
    m_current->write(bytes);
    m_current->flush();
}

static QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

void FakeHttpServer::sendHead(int status, const Baton::Sdk::HttpHeaders &headers,
                              Framing framing, qint64 contentLength)
{
    m_framing = framing;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
                      + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    switch (framing) {
    case Framing::Chunked:
        head += "Transfer-Encoding: chunked\r\n";
        break;
    case Framing::ContentLength:
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
        break;
    case Framing::Close:
        head += "Connection: close\r\n";
        break;
    }
    write(head + "\r\n");
}

void FakeHttpServer::sendBody(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_framing == Framing::Chunked)
        write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
    else
        write(bytes);
}

void FakeHttpServer::endBody()
{
    if (m_framing == Framing::Chunked) {
        write("0\r\n\r\n");
    } else if (m_framing == Framing::Close && m_current) {
        m_current->disconnect(this); // the server's own close is not the client's
        m_current->disconnectFromHost();
    }
}

void FakeHttpServer::respond(int status, const Baton::Sdk::HttpHeaders &headers,
                             const QByteArray &body)
{
    sendHead(status, headers, Framing::ContentLength, body.size());
    sendBody(body);
}

void FakeHttpServer::cutConnection()
{
    if (!m_current)
        return;
    m_current->disconnect(this); // the server's own cut is not the client's close
    m_current->abort();
}
