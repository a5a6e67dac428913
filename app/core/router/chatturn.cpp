// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "chatturn.h"

#include "core/conversation/historyconverter.h"
#include "core/providers/presetcatalog.h"
#include "core/providers/providerhost.h"
#include "core/router/routersession.h"
#include "core/secrets/apikeys.h"

#include <baton/sdk/iproviderprotocol.h>

#include <QtCore/QLoggingCategory>

Q_LOGGING_CATEGORY(lcRouter, "baton.router")

namespace Baton::Core {

static Sdk::ProviderError routerError(Sdk::ErrorKind kind, const QString &message)
{
    Sdk::ProviderError error;
    error.kind = kind;
    error.message = message;
    return error;
}

static QString originOf(const Preset &preset)
{
    return preset.dialect.isEmpty() ? preset.protocol
                                    : preset.protocol + QLatin1Char('/') + preset.dialect;
}

ChatTurn::ChatTurn(const PresetCatalog &catalog, ProviderHost &host, ApiKeys &keys,
                   QNetworkAccessManager &network, RouterSession &session, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_host(host)
    , m_keys(keys)
    , m_network(network)
    , m_session(session)
{
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &ChatTurn::attempt);
}

ChatTurn::~ChatTurn()
{
    abandonRequest();
}

RouteEntry ChatTurn::current() const
{
    return m_route.value(m_position);
}

void ChatTurn::start(const FailoverRoute &route, const QString &system,
                     const QList<Sdk::Message> &history, const QList<Sdk::ToolDefinition> &tools,
                     const ChatOptions &options)
{
    m_route = route.entries();
    m_position = 0;
    m_retries = 0;
    m_system = system;
    m_history = history;
    m_tools = tools;
    m_options = options;
    m_lastError = routerError(Sdk::ErrorKind::BadRequest, tr("The route is empty."));
    // Later, on the event loop: start() never reports synchronously.
    QTimer::singleShot(0, this, &ChatTurn::attempt);
}

void ChatTurn::cancel()
{
    if (m_done)
        return;
    m_backoff.stop();
    abandonRequest();
    recordUsage();
    fail(routerError(Sdk::ErrorKind::Cancelled, tr("Stopped.")));
}

void ChatTurn::attempt()
{
    if (m_done)
        return;
    if (m_position >= m_route.size()) {
        fail(m_lastError);
        return;
    }
    const RouteEntry entry = m_route.at(m_position);
    if (m_session.isSkipped(entry.presetId)) {
        moveOn(routerError(Sdk::ErrorKind::Forbidden,
                           tr("%1 was set aside earlier in this session: %2")
                               .arg(entry.presetId, m_session.skipReason(entry.presetId))));
        return;
    }
    const Preset preset = m_catalog.preset(entry.presetId);
    if (!preset.isValid()) {
        moveOn(routerError(Sdk::ErrorKind::BadRequest,
                           tr("There is no preset named %1.").arg(entry.presetId)));
        return;
    }
    QString loadError;
    m_protocol = m_host.protocol(preset.protocol, &loadError);
    if (!m_protocol) {
        moveOn(routerError(Sdk::ErrorKind::BadRequest, loadError));
        return;
    }
    m_keys.find(preset, this, [this, preset, entry](const ApiKey &key, const QString &problem) {
        if (m_done || current() != entry)
            return;
        if (!key.isValid() && preset.authStyle != Sdk::AuthStyle::None) {
            QStringList variables;
            for (const KeyVariable &variable : preset.keyVariables)
                variables.append(variable.name);
            QString message
                = tr("No API key for %1: set %2 or store one in the keyring.")
                      .arg(preset.displayName,
                           variables.isEmpty() ? tr("one") : variables.join(tr(" or ")));
            if (!problem.isEmpty())
                message += QLatin1Char(' ') + problem;
            Sdk::ProviderError error = routerError(Sdk::ErrorKind::Auth, message);
            m_lastError = error;
            m_session.skip(entry.presetId, message);
            moveOn(error);
            return;
        }
        send(preset, key.secret, key.isValid() ? key.authStyle : preset.authStyle);
    });
}

void ChatTurn::send(const Preset &preset, const QByteArray &key, Sdk::AuthStyle authStyle)
{
    const RouteEntry entry = current();
    m_preset = preset;
    m_endpoint = {};
    m_endpoint.baseUrl = entry.baseUrlOverride.isEmpty() ? preset.baseUrl : entry.baseUrlOverride;
    m_endpoint.dialect = preset.dialect;
    m_endpoint.authStyle = key.isEmpty() ? Sdk::AuthStyle::None : authStyle;
    m_endpoint.apiKey = key;

    const PresetModel model = preset.model(entry.modelId);
    m_request = {};
    m_request.model = entry.modelId;
    m_request.system = m_system;
    m_request.messages = HistoryConverter::prepare(m_history);
    m_request.tools = m_tools;
    m_request.maxOutputTokens = m_options.maxOutputTokens;
    m_request.thinking = m_options.thinking;
    if (!model.thinkingStyle.isEmpty())
        m_request.extra.insert(QStringLiteral("thinkingStyle"), model.thinkingStyle);
    if (model.maxOutputTokens > 0)
        m_request.extra.insert(QStringLiteral("modelMaxOutputTokens"), model.maxOutputTokens);

    m_stopSeen = false;
    m_stopReason = Sdk::StopReason::EndTurn;
    m_usageSeen = false;
    m_usage = {};
    m_attemptReply = ReplyBuilder(originOf(preset));
    if (m_reply.isEmpty())
        m_reply = ReplyBuilder(originOf(preset));

    const Sdk::HttpRequest http = m_protocol->buildChatRequest(m_endpoint, m_request);
    m_http = new StreamingRequest(&m_network, http, m_options.timeouts, this);
    connect(m_http, &StreamingRequest::responseStarted, this,
            [this] { m_decoder = m_protocol->createDecoder(m_endpoint, m_request); });
    connect(m_http, &StreamingRequest::bytesReceived, this, [this](const QByteArray &chunk) {
        if (m_decoder)
            handleEvents(m_decoder->feed(chunk));
    });
    connect(m_http, &StreamingRequest::finished, this, [this] {
        if (m_decoder)
            handleEvents(m_decoder->finish());
        if (m_http)
            completeRequest();
    });
    connect(m_http, &StreamingRequest::httpError, this,
            [this](int status, const Sdk::HttpHeaders &headers, const QByteArray &body) {
                const Sdk::ProviderError error
                    = m_protocol->classifyError(m_endpoint, status, headers, body);
                abandonRequest();
                handleError(error);
            });
    connect(m_http, &StreamingRequest::failed, this, [this](const Sdk::ProviderError &error) {
        abandonRequest();
        handleError(error);
    });
    qCDebug(lcRouter) << "asking" << entry.name() << "attempt" << m_retries + 1;
    Q_EMIT attemptStarted(entry, m_retries + 1);
    if (m_http)
        m_http->start();
}

void ChatTurn::handleEvents(const QList<Sdk::StreamEvent> &events)
{
    for (const Sdk::StreamEvent &event : events) {
        if (!m_http || m_done)
            return;
        switch (event.kind) {
        case Sdk::EventKind::Usage:
            m_usage = event.usage;
            m_usageSeen = true;
            break;
        case Sdk::EventKind::Stop:
            m_stopSeen = true;
            m_stopReason = event.stopReason;
            break;
        case Sdk::EventKind::Error:
            abandonRequest();
            handleError(event.error);
            return;
        default:
            m_outputStreamed = true;
            m_reply.add(event);
            m_attemptReply.add(event);
            Q_EMIT eventReceived(event);
            break;
        }
    }
}

void ChatTurn::completeRequest()
{
    abandonRequest();
    recordUsage();
    if (m_done)
        return;
    if (!m_stopSeen) {
        handleError(routerError(
            Sdk::ErrorKind::Protocol,
            tr("%1 ended the answer without saying it was complete.").arg(current().name())));
        return;
    }
    if (m_stopReason == Sdk::StopReason::MaxTokens
        && m_continuations < m_options.maxTokensContinuations) {
        ++m_continuations;
        m_history.append(m_attemptReply.message());
        Sdk::Message more;
        more.role = Sdk::Role::User;
        more.parts.append(Sdk::ContentPart{});
        more.parts.last().text
            = QStringLiteral("Continue exactly where you stopped, without repeating anything.");
        m_history.append(more);
        qCDebug(lcRouter) << "continuing after the output limit" << m_continuations;
        m_retries = 0;
        attempt();
        return;
    }
    finish(m_stopReason);
}

void ChatTurn::handleError(const Sdk::ProviderError &error)
{
    recordUsage();
    if (m_done)
        return;
    m_lastError = error;
    if (error.kind == Sdk::ErrorKind::Cancelled) {
        fail(error);
        return;
    }
    const RouteEntry entry = current();
    const RouterDecision decision = m_options.retry.decide(error, m_outputStreamed, m_retries);
    switch (decision.action) {
    case RouterAction::Retry:
        ++m_retries;
        qCDebug(lcRouter) << entry.name() << "retry in" << decision.delayMs << "ms";
        Q_EMIT retrying(entry, decision.delayMs, error);
        if (!m_done)
            m_backoff.start(int(qMin<qint64>(decision.delayMs, INT_MAX)));
        return;
    case RouterAction::SkipProvider:
        m_session.skip(entry.presetId, error.message);
        moveOn(error);
        return;
    case RouterAction::Failover:
        moveOn(error);
        return;
    case RouterAction::Stop:
        fail(error);
        return;
    }
}

void ChatTurn::moveOn(const Sdk::ProviderError &reason)
{
    if (m_done)
        return;
    m_lastError = reason;
    m_retries = 0;
    const RouteEntry from = current();
    ++m_position;
    if (m_position >= m_route.size()) {
        fail(reason);
        return;
    }
    qCInfo(lcRouter) << "failing over from" << from.name() << "to" << current().name();
    Q_EMIT failedOver(from, current(), reason);
    attempt();
}

void ChatTurn::recordUsage()
{
    if (!m_usageSeen)
        return;
    m_usageSeen = false;
    const RouteEntry entry = current();
    const PresetModel model = m_catalog.preset(entry.presetId).model(entry.modelId);
    Q_EMIT usageRecorded(entry, m_usage, model.price.costMicros(m_usage), model.price.currency);
    m_usage = {};
}

void ChatTurn::abandonRequest()
{
    m_decoder.reset();
    if (!m_http)
        return;
    StreamingRequest *http = m_http;
    m_http = nullptr;
    disconnect(http, nullptr, this, nullptr);
    http->cancel(); // the HTTP request stops now, not when the object goes
    http->deleteLater();
}

void ChatTurn::finish(Sdk::StopReason reason)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(reason);
}

void ChatTurn::fail(const Sdk::ProviderError &error)
{
    if (m_done)
        return;
    m_done = true;
    qCInfo(lcRouter) << "turn failed:" << int(error.kind) << error.httpStatus;
    Q_EMIT failed(error, m_outputStreamed);
}

} // namespace Baton::Core
