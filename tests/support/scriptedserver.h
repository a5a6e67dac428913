// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// A fake provider server that answers from a script, for router, chat and CLI tests: each
// request, whatever its path, gets the next scripted response. A response may stream a
// recorded fixture in small pieces, cut the connection after some bytes, or stall (send
// nothing more) to trigger idle timeouts. Requests are recorded.
//
// Script (JSON): {"responses": [{"status": 200, "headers": {"content-type": "…"},
//                 "body": "…" | "bodyFile": "anthropic-text.sse", "chunkBytes": 64,
//                 "cutAfterBytes": 300, "stallAfterBytes": 300, "truncateAt": 120,
//                 "repeat": {"text": "…", "times": 1000000}}, …]}
// truncateAt sends a shorter body as if it were whole (a stream that ends early); repeat
// appends text × times, produced while sending (a huge response without holding it).
// bodyFile names a file in tests/fixtures/providers (or an absolute path). Requests past the
// end of the script get a 500.

#include <QtCore/QByteArray>
#include <QtCore/QJsonArray>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPair>
#include <QtCore/QPointer>

class QTcpServer;
class QTcpSocket;

class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    explicit ScriptedServer(const QJsonArray &responses, const QString &fixtureDirectory,
                            QObject *parent = nullptr);
    ~ScriptedServer() override;

    bool listen(quint16 port = 0);
    quint16 port() const;
    QList<Request> requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived(const ScriptedServer::Request &request);

private:
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QJsonArray m_responses;
    QString m_fixtureDirectory;
    int m_next = 0;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
