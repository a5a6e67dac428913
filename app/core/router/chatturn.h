// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// One turn of a conversation sent along a failover route: the first model of the route is
// asked; errors before any output are retried or failed over as RetryPolicy decides (every
// failover is announced, never silent); once output has streamed, an error ends the turn with
// what arrived kept and the error reported, so the user can retry on the next model.
//
// One asynchronous operation: start() once; then events, and at the end exactly one of
// finished() or failed(). cancel() stops the HTTP request at once and reports failed() with
// kind Cancelled. Destroying the turn aborts it silently.

#include "core/conversation/replybuilder.h"
#include "core/providers/preset.h"
#include "core/providers/streamingrequest.h"
#include "core/router/failoverroute.h"
#include "core/router/retrypolicy.h"

#include <baton/sdk/events.h>
#include <baton/sdk/types.h>

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <memory>

class QNetworkAccessManager;

namespace Baton::Sdk {
class IProviderProtocol;
class IStreamDecoder;
} // namespace Baton::Sdk

namespace Baton::Core {

class ApiKeys;
class PresetCatalog;
class ProviderHost;
class RouterSession;

struct ChatOptions
{
    Sdk::ThinkingMode thinking = Sdk::ThinkingMode::Off;
    int maxOutputTokens = 0; // 0: the model's limit from the preset, else the plugin's default
    StreamingTimeouts timeouts;
    RetryPolicy retry;
    // Continue by itself when the model stops at its output limit, up to this many times.
    int maxTokensContinuations = 0;
};

class ChatTurn : public QObject
{
    Q_OBJECT

public:
    ChatTurn(const PresetCatalog &catalog, ProviderHost &host, ApiKeys &keys,
             QNetworkAccessManager &network, RouterSession &session, QObject *parent = nullptr);
    ~ChatTurn() override;

    void start(const FailoverRoute &route, const QString &system,
               const QList<Sdk::Message> &history, const QList<Sdk::ToolDefinition> &tools,
               const ChatOptions &options);
    void cancel();

    // The assistant's reply so far (all continuations together).
    Sdk::Message reply() const { return m_reply.message(); }
    // The route entry answering now (or that answered).
    RouteEntry current() const;

Q_SIGNALS:
    void attemptStarted(const Baton::Core::RouteEntry &entry, int attempt);
    // Text, thinking and tool-call events as they arrive (not usage, stop or errors).
    void eventReceived(const Baton::Sdk::StreamEvent &event);
    void retrying(const Baton::Core::RouteEntry &entry, qint64 delayMs,
                  const Baton::Sdk::ProviderError &reason);
    void failedOver(const Baton::Core::RouteEntry &from, const Baton::Core::RouteEntry &to,
                    const Baton::Sdk::ProviderError &reason);
    // After each request that reported usage. costMicros is -1 when the price is unknown.
    void usageRecorded(const Baton::Core::RouteEntry &entry, const Baton::Sdk::Usage &usage,
                       qint64 costMicros, const QString &currency);
    void finished(Baton::Sdk::StopReason reason);
    void failed(const Baton::Sdk::ProviderError &error, bool outputStreamed);

private:
    void attempt();
    void send(const Preset &preset, const QByteArray &key, Sdk::AuthStyle authStyle);
    void handleEvents(const QList<Sdk::StreamEvent> &events);
    void handleError(const Sdk::ProviderError &error);
    void completeRequest();
    void moveOn(const Sdk::ProviderError &reason);
    void recordUsage();
    void abandonRequest();
    void finish(Sdk::StopReason reason);
    void fail(const Sdk::ProviderError &error);

    const PresetCatalog &m_catalog;
    ProviderHost &m_host;
    ApiKeys &m_keys;
    QNetworkAccessManager &m_network;
    RouterSession &m_session;

    QList<RouteEntry> m_route;
    qsizetype m_position = 0;
    int m_retries = 0;
    QString m_system;
    QList<Sdk::Message> m_history;
    QList<Sdk::ToolDefinition> m_tools;
    ChatOptions m_options;

    Preset m_preset;
    Sdk::IProviderProtocol *m_protocol = nullptr;
    Sdk::Endpoint m_endpoint;
    Sdk::ChatRequest m_request;
    QPointer<StreamingRequest> m_http;
    std::unique_ptr<Sdk::IStreamDecoder> m_decoder;
    QTimer m_backoff;

    ReplyBuilder m_reply;
    ReplyBuilder m_attemptReply; // this request's part, for continuations
    bool m_outputStreamed = false;
    bool m_stopSeen = false;
    Sdk::StopReason m_stopReason = Sdk::StopReason::EndTurn;
    bool m_usageSeen = false;
    Sdk::Usage m_usage;
    int m_continuations = 0;
    bool m_done = false;
    Sdk::ProviderError m_lastError;
};

} // namespace Baton::Core
