// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "scriptedserver.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>

#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <memory>

QByteArray ScriptedServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ScriptedServer::ScriptedServer(const QJsonArray &responses, const QString &fixtureDirectory,
                               QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_responses(responses)
    , m_fixtureDirectory(fixtureDirectory)
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QObject::destroyed, this,
                    [this, socket] { m_buffers.remove(socket); });
        }
    });
}

ScriptedServer::~ScriptedServer() = default;

bool ScriptedServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 ScriptedServer::port() const
{
    return m_server->serverPort();
}

void ScriptedServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        request.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        m_requests.append(request);
        Q_EMIT requestReceived(request);
        respond(socket);
    }
}

void ScriptedServer::respond(QTcpSocket *socket)
{
    const QJsonObject script = m_next < m_responses.size()
                                   ? m_responses.at(m_next).toObject()
                                   : QJsonObject{{"status", 500}, {"body", "script exhausted"}};
    ++m_next;
    QByteArray body = script.value("body").toString().toUtf8();
    if (script.contains("bodyFile")) {
        const QString name = script.value("bodyFile").toString();
        QFile file(QDir::isAbsolutePath(name) ? name : QDir(m_fixtureDirectory).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            body = file.readAll();
        else
            body = "missing fixture " + name.toUtf8();
    }
    if (script.contains("truncateAt"))
        body.truncate(script.value("truncateAt").toInteger());
    // A huge body is produced as it is sent, never held whole: head + text × times.
    const QByteArray repeatText
        = script.value("repeat").toObject().value("text").toString().toUtf8();
    const qint64 repeatTimes = script.value("repeat").toObject().value("times").toInteger();
    const qint64 totalSize = body.size() + repeatText.size() * repeatTimes;
    const int status = script.value("status").toInt(200);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
    const QJsonObject headers = script.value("headers").toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        head += it.key().toUtf8() + ": " + it.value().toString().toUtf8() + "\r\n";
    head += "Content-Length: " + QByteArray::number(totalSize) + "\r\nConnection: close\r\n\r\n";
    socket->write(head);

    const qsizetype cutAfter = script.value("cutAfterBytes").toInteger(-1);
    const qsizetype stallAfter = script.value("stallAfterBytes").toInteger(-1);
    const qsizetype chunk = qMax<qsizetype>(1, script.value("chunkBytes").toInteger(512));
    qint64 limit = totalSize;
    if (cutAfter >= 0)
        limit = qMin(limit, cutAfter);
    if (stallAfter >= 0)
        limit = qMin(limit, stallAfter);
    // Pieces go out on later event-loop turns, so the client sees a stream, not one read.
    auto *pacer = new QTimer(socket);
    pacer->setInterval(0);
    auto position = std::make_shared<qint64>(0);
    connect(pacer, &QTimer::timeout, socket, [=] {
        if (*position < limit) {
            // Only as fast as the client reads: the server must not buffer a huge body either.
            if (socket->bytesToWrite() > 1024 * 1024)
                return;
            const qint64 size = qMin<qint64>(chunk, limit - *position);
            QByteArray piece;
            piece.reserve(size);
            for (qint64 at = *position; at < *position + size;) {
                if (at < body.size()) {
                    const qint64 n = qMin<qint64>(body.size() - at, *position + size - at);
                    piece.append(body.constData() + at, n);
                    at += n;
                } else {
                    const qint64 offset = (at - body.size()) % repeatText.size();
                    const qint64 n
                        = qMin<qint64>(repeatText.size() - offset, *position + size - at);
                    piece.append(repeatText.constData() + offset, n);
                    at += n;
                }
            }
            socket->write(piece);
            *position += size;
            return;
        }
        pacer->stop();
        if (cutAfter >= 0 && (stallAfter < 0 || cutAfter <= stallAfter))
            socket->abort();
        else if (stallAfter < 0)
            socket->disconnectFromHost();
        // else: stalled, the connection stays open and silent
    });
    pacer->start();
}
