// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "echoprotocol.h"

using namespace Baton::Sdk;

namespace {

class EchoDecoder : public IStreamDecoder
{
public:
    QList<StreamEvent> feed(QByteArrayView bytes) override
    {
        m_pending.append(bytes);
        QList<StreamEvent> events;
        qsizetype end;
        while ((end = m_pending.indexOf('\n')) >= 0) {
            decodeLine(m_pending.left(end), events);
            m_pending.remove(0, end + 1);
        }
        return events;
    }

    QList<StreamEvent> finish() override
    {
        QList<StreamEvent> events;
        if (!m_pending.isEmpty())
            decodeLine(std::exchange(m_pending, {}), events);
        if (!m_stopped) {
            StreamEvent event;
            event.kind = EventKind::Error;
            event.error.kind = ErrorKind::Protocol;
            event.error.message = QStringLiteral("the echo stream ended without a stop line");
            events.append(event);
        }
        return events;
    }

private:
    void decodeLine(QByteArrayView line, QList<StreamEvent> &events)
    {
        if (line.endsWith('\r'))
            line.chop(1);
        StreamEvent event;
        if (line.startsWith("text: ")) {
            event.kind = EventKind::TextDelta;
            event.text = QString::fromUtf8(line.mid(6));
        } else if (line.startsWith("stop: ")) {
            event.kind = EventKind::Stop;
            event.text = QString::fromUtf8(line.mid(6));
            event.stopReason = event.text == QLatin1String("end_turn")     ? StopReason::EndTurn
                               : event.text == QLatin1String("max_tokens") ? StopReason::MaxTokens
                                                                         : StopReason::Other;
            m_stopped = true;
        } else if (line.startsWith("usage: ")) {
            // usage: <input> <output>
            const QList<QByteArray> numbers = line.mid(7).toByteArray().split(' ');
            event.kind = EventKind::Usage;
            event.usage.inputTokens = numbers.value(0).toLongLong();
            event.usage.outputTokens = numbers.value(1).toLongLong();
        } else if (line.startsWith("error: ")) {
            // An error inside the stream (like Anthropic's `event: error`), always overloaded.
            event.kind = EventKind::Error;
            event.error.kind = ErrorKind::Overloaded;
            event.error.message = QString::fromUtf8(line.mid(7));
        } else {
            return; // blank lines and comments
        }
        events.append(event);
    }

    QByteArray m_pending;
    bool m_stopped = false;
};

} // namespace

HttpRequest EchoProtocol::buildChatRequest(const Endpoint &endpoint,
                                           const ChatRequest &request) const
{
    HttpRequest http;
    http.method = "POST";
    http.url = endpoint.baseUrl;
    http.url.setPath(http.url.path() + QLatin1String("/echo"));
    http.headers.append(
        qMakePair(QByteArray("content-type"), QByteArray("text/plain; charset=utf-8")));
    if (endpoint.authStyle == AuthStyle::Bearer)
        http.headers.append(qMakePair(QByteArray("authorization"), "Bearer " + endpoint.apiKey));
    for (auto message = request.messages.crbegin(); message != request.messages.crend();
         ++message) {
        if (message->role == Role::User && !message->parts.isEmpty()) {
            http.body = message->parts.constFirst().text.toUtf8();
            break;
        }
    }
    return http;
}

std::unique_ptr<IStreamDecoder> EchoProtocol::createDecoder(const Endpoint &,
                                                            const ChatRequest &) const
{
    return std::make_unique<EchoDecoder>();
}

ProviderError EchoProtocol::classifyError(const Endpoint &, int httpStatus,
                                          const HttpHeaders &headers,
                                          const QByteArray &body) const
{
    ProviderError error;
    error.httpStatus = httpStatus;
    error.message = QString::fromUtf8(body);
    if (httpStatus == 401)
        error.kind = ErrorKind::Auth;
    else if (httpStatus == 403)
        error.kind = ErrorKind::Forbidden;
    else if (httpStatus == 429)
        error.kind = ErrorKind::RateLimited;
    else if (httpStatus >= 500)
        error.kind = ErrorKind::Server;
    else
        error.kind = ErrorKind::BadRequest;
    for (const auto &[name, value] : headers) {
        if (name.compare("retry-after", Qt::CaseInsensitive) == 0)
            error.retryAfterMs = value.toLongLong() * 1000;
    }
    return error;
}

std::optional<HttpRequest> EchoProtocol::buildListModelsRequest(const Endpoint &) const
{
    return std::nullopt;
}

QList<ModelInfo> EchoProtocol::parseModelList(const Endpoint &, const QByteArray &,
                                              QString *error) const
{
    if (error)
        *error = QStringLiteral("the echo protocol has no model list");
    return {};
}
