// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "streamingrequest.h"

#include <QtCore/QLocale>
#include <QtCore/QLoggingCategory>
#include <QtNetwork/QHttpHeaders>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

namespace Baton::Core {

static Q_LOGGING_CATEGORY(lcProviders, "baton.providers", QtInfoMsg)

static QString durationText(int ms)
{
    if (ms < 1000 || ms % 1000 != 0)
        return StreamingRequest::tr("%1 ms").arg(ms);
    return StreamingRequest::tr("%1 s").arg(ms / 1000);
}

StreamingRequest::StreamingRequest(QNetworkAccessManager *network,
                                   const Sdk::HttpRequest &request,
                                   const StreamingTimeouts &timeouts, QObject *parent)
    : QObject(parent), m_network(network), m_request(request), m_timeouts(timeouts)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StreamingRequest::onTimeout);
}

StreamingRequest::~StreamingRequest()
{
    releaseReply();
}

QString StreamingRequest::hostName() const
{
    // Only the host: a URL may carry a key in its query (some vendors accept ?key=…).
    const QString host = m_request.url.host();
    return host.isEmpty() ? m_request.url.scheme() : host;
}

void StreamingRequest::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    if (!m_network) {
        // start() promises not to emit synchronously; the caller may still be wiring up.
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(Sdk::ErrorKind::Network, NetworkCode,
                     tr("No network access is available for the request to %1.")
                         .arg(hostName()));
            },
            Qt::QueuedConnection);
        return;
    }

    QNetworkRequest request(m_request.url);
    QHttpHeaders headers;
    for (const auto &[name, value] : m_request.headers) {
        // Not the name in the log: a plugin that got it wrong may have put `key: value` in it.
        if (!headers.append(name, value))
            qCWarning(lcProviders) << "dropped a request header with an invalid name";
    }
    request.setHeaders(headers);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Keys are sent in headers; never let Qt fill in stored credentials or cookies.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);

    QNetworkReply *reply = m_request.body.isEmpty()
                               ? m_network->sendCustomRequest(request, m_request.method)
                               : m_network->sendCustomRequest(request, m_request.method,
                                                              m_request.body);
    m_reply = reply;
    qCDebug(lcProviders) << "request" << m_request.method << hostName()
                         << m_request.url.path() << m_request.body.size() << "bytes";

    connect(reply, &QNetworkReply::socketStartedConnecting, this,
            [this] { enterPhase(Phase::Connecting); });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0 && (m_phase == Phase::Connecting || m_phase == Phase::Sending))
            enterPhase(Phase::Sending);
    });
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        if (m_phase != Phase::Receiving)
            enterPhase(Phase::AwaitingResponse);
    });
#if QT_CONFIG(ssl)
    // A finished TLS handshake also means connected; it does not depend on the HTTP version
    // reporting requestSent.
    connect(reply, &QNetworkReply::encrypted, this, [this] {
        if (m_phase == Phase::Connecting)
            enterPhase(Phase::AwaitingResponse);
    });
#endif
    connect(reply, &QNetworkReply::metaDataChanged, this, &StreamingRequest::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &StreamingRequest::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &StreamingRequest::onReplyFinished);
    // The manager deletes its replies when it goes; without this the exchange would hang.
    connect(reply, &QObject::destroyed, this, [this] {
        if (m_state == State::Running) {
            fail(Sdk::ErrorKind::Network, NetworkCode,
                 tr("The request to %1 was dropped because the network access was shut down.")
                     .arg(hostName()));
        }
    });
    enterPhase(Phase::Connecting);
}

void StreamingRequest::enterPhase(Phase phase)
{
    m_phase = phase;
    int ms = 0;
    switch (phase) {
    case Phase::Connecting:
        ms = m_timeouts.connectMs;
        break;
    case Phase::Sending:
    case Phase::Receiving:
        ms = m_timeouts.idleMs;
        break;
    case Phase::AwaitingResponse:
        ms = m_timeouts.firstByteMs;
        break;
    }
    if (ms > 0)
        m_timer.start(ms);
    else
        m_timer.stop();
}

void StreamingRequest::onTimeout()
{
    if (m_state != State::Running)
        return;
    const QString host = hostName();
    switch (m_phase) {
    case Phase::Connecting:
        fail(Sdk::ErrorKind::Network, ConnectTimeoutCode,
             tr("Could not connect to %1 within %2 (connect timeout).")
                 .arg(host, durationText(m_timeouts.connectMs)));
        return;
    case Phase::Sending:
        fail(Sdk::ErrorKind::Network, IdleTimeoutCode,
             tr("Sending the request to %1 stalled for %2 (idle timeout).")
                 .arg(host, durationText(m_timeouts.idleMs)));
        return;
    case Phase::AwaitingResponse:
        fail(Sdk::ErrorKind::Network, FirstByteTimeoutCode,
             tr("%1 did not start to answer within %2 (first-byte timeout).")
                 .arg(host, durationText(m_timeouts.firstByteMs)));
        return;
    case Phase::Receiving:
        fail(Sdk::ErrorKind::Network, IdleTimeoutCode,
             tr("%1 sent nothing for %2 and the response was abandoned (idle timeout).")
                 .arg(host, durationText(m_timeouts.idleMs)));
        return;
    }
}

// Reads the status and headers once they are there. Returns false when the exchange ended
// inside a slot connected to responseStarted().
bool StreamingRequest::takeResponseHead()
{
    if (m_headSeen || !m_reply)
        return true;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return true;
    m_headSeen = true;
    m_httpStatus = status.toInt();
    m_headers = m_reply->rawHeaderPairs();
    qCDebug(lcProviders) << "response" << m_httpStatus << "from" << hostName();
    enterPhase(Phase::Receiving);
    if (m_httpStatus >= 200 && m_httpStatus < 300) {
        const QPointer<StreamingRequest> self(this);
        Q_EMIT responseStarted(m_httpStatus, m_headers);
        return self && m_state == State::Running;
    }
    return true;
}

void StreamingRequest::onMetaDataChanged()
{
    if (m_state == State::Running)
        takeResponseHead();
}

void StreamingRequest::onReadyRead()
{
    if (m_state != State::Running)
        return;
    enterPhase(Phase::Receiving);
    if (takeResponseHead())
        readBody();
}

// Passes on (2xx) or collects (any other status) what the reply has buffered.
void StreamingRequest::readBody()
{
    if (!m_reply || !m_headSeen)
        return;
    const QByteArray chunk = m_reply->readAll();
    if (chunk.isEmpty())
        return;
    if (m_httpStatus >= 200 && m_httpStatus < 300) {
        m_receivedBytes += chunk.size();
        Q_EMIT bytesReceived(chunk);
        return;
    }
    const qsizetype room = MaxErrorBodyBytes - m_errorBody.size();
    if (room > 0)
        m_errorBody.append(chunk.left(room));
}

void StreamingRequest::onReplyFinished()
{
    if (m_state != State::Running || !m_reply)
        return;
    const QPointer<StreamingRequest> self(this);
    if (!takeResponseHead())
        return;
    readBody();
    if (!self || m_state != State::Running || !m_reply)
        return;

    const QNetworkReply::NetworkError error = m_reply->error();
    if (m_headSeen && (m_httpStatus < 200 || m_httpStatus >= 300)) {
        const int status = m_httpStatus;
        const Sdk::HttpHeaders headers = m_headers;
        const QByteArray body = m_errorBody;
        releaseReply();
        m_state = State::Done;
        Q_EMIT httpError(status, headers, body);
        return;
    }
    if (error == QNetworkReply::NoError && m_headSeen) {
        qCDebug(lcProviders) << "response from" << hostName() << "complete," << m_receivedBytes
                             << "bytes";
        releaseReply();
        m_state = State::Done;
        Q_EMIT finished();
        return;
    }

    // Qt's message names the URL for some errors; the URL may carry a key, so keep the host.
    QString reason = m_reply->errorString();
    if (!m_request.url.isEmpty()) {
        reason.replace(m_request.url.toString(), hostName());
        reason.replace(m_request.url.toString(QUrl::FullyEncoded), hostName());
    }
    if (m_headSeen) {
        fail(Sdk::ErrorKind::Network, CutOffCode,
             tr("The connection to %1 broke off after %2 bytes of the response: %3")
                 .arg(hostName(), QLocale().toString(m_receivedBytes), reason));
        return;
    }
    fail(Sdk::ErrorKind::Network, NetworkCode,
         tr("Could not reach %1: %2").arg(hostName(), reason));
}

void StreamingRequest::cancel()
{
    if (m_state == State::Done)
        return;
    fail(Sdk::ErrorKind::Cancelled, CancelledCode, tr("The request was cancelled."));
}

void StreamingRequest::fail(Sdk::ErrorKind kind, QLatin1StringView code, const QString &message)
{
    if (m_state == State::Done)
        return;
    releaseReply();
    m_state = State::Done;
    qCDebug(lcProviders) << "request to" << hostName() << "ended:" << code;
    Sdk::ProviderError error;
    error.kind = kind;
    error.code = code;
    error.message = message;
    Q_EMIT failed(error);
}

// Detaches from the reply first, so that aborting it cannot call back into this object.
void StreamingRequest::releaseReply()
{
    m_timer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    // Not `delete`: we may be inside one of the reply's own signals.
    reply->deleteLater();
}

} // namespace Baton::Core
