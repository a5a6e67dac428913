// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// One asynchronous HTTP exchange for a provider call: the host's half of the sans-IO split.
// A plugin builds the Sdk::HttpRequest; this sends it through the caller's
// QNetworkAccessManager and hands the response body on as it arrives.
//
// Construct, connect, then start(). Everything happens on the thread the object lives in
// (the network manager's thread), driven by its event loop; nothing blocks. Only http and
// https URLs are meant: the status line is what tells a stream from an error.
//
// Every started exchange ends exactly once, with exactly one of:
//   - finished():   a 2xx response arrived whole. Before it: responseStarted() once, then
//                   bytesReceived() for each piece of the body as it came off the network.
//   - httpError():  the server answered with another status (4xx, 5xx, an unfollowed 3xx).
//                   The body is collected, not streamed, and handed over whole (or what
//                   arrived of it, when the connection broke) so that the caller can ask the
//                   plugin's IProviderProtocol::classifyError() what it means.
//   - failed():     no usable response: kind Network (refused, reset, DNS, TLS, a timeout, or
//                   a 2xx body cut off; the bytes that arrived were already delivered) or
//                   Cancelled (cancel() was called).
// No signal is emitted after that one. Destroying the object aborts the exchange silently.
//
// Redirects are not followed: a provider API does not redirect a chat call, and following
// one would send the key to a host the user did not choose. Headers (they carry keys) and
// bodies are never logged.

#include <baton/sdk/events.h>
#include <baton/sdk/types.h>

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace Baton::Core {

// How long each phase of an exchange may take, in milliseconds. Zero or negative: no limit.
struct StreamingTimeouts
{
    // From start() until the connection (TCP, proxy and TLS) is up and the request is on its
    // way. Covers DNS and a server that accepts but never completes the TLS handshake.
    int connectMs = 15000;
    // From the request being sent until the response head arrives: the model's time to
    // first token, for a streaming call.
    int firstByteMs = 120000;
    // The longest silence while the request body is uploaded or the response body streams.
    int idleMs = 60000;
};

class StreamingRequest : public QObject
{
    Q_OBJECT

public:
    // Codes set in ProviderError::code by failed(), so callers can tell causes apart without
    // parsing the translated message.
    static constexpr QLatin1StringView ConnectTimeoutCode{"connect_timeout"};
    static constexpr QLatin1StringView FirstByteTimeoutCode{"first_byte_timeout"};
    static constexpr QLatin1StringView IdleTimeoutCode{"idle_timeout"};
    static constexpr QLatin1StringView CutOffCode{"cut_off"};     // broke off mid-body
    static constexpr QLatin1StringView NetworkCode{"network"};    // anything before a response
    static constexpr QLatin1StringView CancelledCode{"cancelled"};

    // Longest error body kept for httpError(); a longer one is truncated (error bodies are
    // short JSON; this only guards against a server streaming garbage).
    static constexpr qsizetype MaxErrorBodyBytes = 1024 * 1024;

    // `network` must outlive this object (or at least the exchange); it is not owned.
    StreamingRequest(QNetworkAccessManager *network, const Sdk::HttpRequest &request,
                     const StreamingTimeouts &timeouts = {}, QObject *parent = nullptr);
    ~StreamingRequest() override;

    // Sends the request. Call once, after connecting the signals; emits nothing synchronously.
    void start();

    // Aborts the exchange at once: the connection is closed and failed() is emitted with
    // kind Cancelled before cancel() returns. Does nothing when the exchange already ended.
    // Calling it before start() ends the exchange too (start() then does nothing).
    void cancel();

    // True once the exchange ended (one of finished / httpError / failed was emitted).
    bool isDone() const { return m_state == State::Done; }

    // The response status; 0 before the response head arrived or when none did.
    int httpStatus() const { return m_httpStatus; }

    // How many body bytes of a 2xx response were delivered through bytesReceived().
    qint64 receivedByteCount() const { return m_receivedBytes; }

    const Sdk::HttpRequest &request() const { return m_request; }
    StreamingTimeouts timeouts() const { return m_timeouts; }

Q_SIGNALS:
    // A 2xx response head arrived. Emitted once, before any bytesReceived(); not emitted for
    // other statuses (see httpError). Header names may come in any case; compare them
    // case-insensitively.
    void responseStarted(int httpStatus, const Baton::Sdk::HttpHeaders &headers);
    // The next piece of a 2xx body, as it arrived (split anywhere, never empty).
    void bytesReceived(const QByteArray &chunk);
    // The whole 2xx body arrived.
    void finished();
    // The server answered with a non-2xx status; `body` is the whole body (or what arrived of
    // it, at most MaxErrorBodyBytes). Classify it with IProviderProtocol::classifyError().
    void httpError(int httpStatus, const Baton::Sdk::HttpHeaders &headers,
                   const QByteArray &body);
    // The exchange failed without a usable response; `error.kind` is Network or Cancelled,
    // `error.code` one of the codes above, `error.message` translated and free of secrets,
    // `error.httpStatus` 0 (the stream, if any, was a 2xx).
    void failed(const Baton::Sdk::ProviderError &error);

private:
    enum class State {
        Idle,    // constructed, start() not called
        Running, // the request is in flight
        Done,    // ended; no more signals
    };
    // What the exchange is waiting for, which decides the timer in charge.
    enum class Phase {
        Connecting,        // connectMs
        Sending,           // idleMs, restarted by upload progress
        AwaitingResponse,  // firstByteMs
        Receiving,         // idleMs, restarted by every body piece
    };

    void enterPhase(Phase phase);
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    bool takeResponseHead();
    void readBody();
    void fail(Sdk::ErrorKind kind, QLatin1StringView code, const QString &message);
    void releaseReply();
    QString hostName() const;

    QPointer<QNetworkAccessManager> m_network;
    Sdk::HttpRequest m_request;
    StreamingTimeouts m_timeouts;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    State m_state = State::Idle;
    Phase m_phase = Phase::Connecting;
    bool m_headSeen = false;
    int m_httpStatus = 0;
    Sdk::HttpHeaders m_headers;
    QByteArray m_errorBody;
    qint64 m_receivedBytes = 0;
};

} // namespace Baton::Core
