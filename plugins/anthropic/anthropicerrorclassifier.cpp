// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "anthropicerrorclassifier.h"

#include "anthropiclogging.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonValue>
#include <QtCore/QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <optional>

namespace Baton::Plugin {

using Sdk::ErrorKind;

namespace {

constexpr qsizetype MaxMessageChars = 1000;
constexpr qsizetype MaxExcerptChars = 200;

struct ErrorFields
{
    QString type;       // error.type (Anthropic: "overloaded_error"; Zhipu puts "1113" here)
    QString code;       // error.code (OpenAI shape), a top-level code, base_resp.status_code
    QString detailCode; // error.details.error_code (Anthropic spend limits)
    QString message;
};

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

ErrorFields fieldsOf(const QJsonObject &root)
{
    ErrorFields fields;
    const QJsonValue error = root.value(QLatin1String("error"));
    if (error.isObject()) {
        const QJsonObject object = error.toObject();
        fields.type = scalarText(object.value(QLatin1String("type")));
        fields.code = scalarText(object.value(QLatin1String("code")));
        fields.message = scalarText(object.value(QLatin1String("message")));
        fields.detailCode = scalarText(
            object.value(QLatin1String("details")).toObject().value(QLatin1String("error_code")));
    } else if (error.isString()) {
        fields.message = error.toString();
    }
    // Flat shapes: {"code":…,"message":…} and MiniMax's native {"base_resp":{…}}.
    if (fields.code.isEmpty())
        fields.code = scalarText(root.value(QLatin1String("code")));
    if (fields.message.isEmpty())
        fields.message = scalarText(root.value(QLatin1String("message")));
    const QJsonObject baseResp = root.value(QLatin1String("base_resp")).toObject();
    if (!baseResp.isEmpty()) {
        const QString status = scalarText(baseResp.value(QLatin1String("status_code")));
        if (fields.code.isEmpty() && status != QLatin1String("0"))
            fields.code = status;
        if (fields.message.isEmpty())
            fields.message = scalarText(baseResp.value(QLatin1String("status_msg")));
    }
    if (fields.type.isEmpty()) {
        const QString type = scalarText(root.value(QLatin1String("type")));
        if (type != QLatin1String("error"))
            fields.type = type;
    }
    return fields;
}

// A proxy's or CDN's page (Cloudflare's "Attention Required!") says most in its title.
QString excerptOf(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(64 * 1024));
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression scripts(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    const QRegularExpressionMatch match = title.match(text);
    if (match.hasMatch() && !match.captured(1).trimmed().isEmpty()) {
        text = match.captured(1);
    } else {
        text.remove(scripts);
        text.replace(tags, QStringLiteral(" "));
    }
    text = text.simplified();
    if (text.size() > MaxExcerptChars)
        text = text.left(MaxExcerptChars) + QChar(0x2026);
    return text;
}

bool containsAny(const QString &text, std::initializer_list<QStringView> needles)
{
    for (QStringView needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isAnyOf(const QString &code, std::initializer_list<QStringView> names)
{
    for (QStringView name : names) {
        if (code.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

struct CodeKind
{
    int code;
    ErrorKind kind;
};

// docs.bigmodel.cn/cn/api/api-code (business codes; the HTTP status alone misleads: 1113,
// "balance used up", arrives as 429).
constexpr CodeKind ZhipuCodes[] = {
    // authentication failed, token missing, invalid or expired, two-factor login required
    {1000, ErrorKind::Auth},
    {1001, ErrorKind::Auth},
    {1002, ErrorKind::Auth},
    {1003, ErrorKind::Auth},
    {1004, ErrorKind::Auth},
    {1005, ErrorKind::Auth},
    // account inactive, missing, locked, locked for violations; no access to the API or to
    // the model in this plan
    {1110, ErrorKind::Forbidden},
    {1111, ErrorKind::Forbidden},
    {1112, ErrorKind::Forbidden},
    {1121, ErrorKind::Forbidden},
    {1220, ErrorKind::Forbidden},
    {1311, ErrorKind::Forbidden},
    // in arrears; daily call limit; plan cap until a reset time; plan expired; fair-use
    // restriction lifted only on request
    {1113, ErrorKind::QuotaExhausted},
    {1304, ErrorKind::QuotaExhausted},
    {1308, ErrorKind::QuotaExhausted},
    {1309, ErrorKind::QuotaExhausted},
    {1310, ErrorKind::QuotaExhausted},
    {1313, ErrorKind::QuotaExhausted},
    // concurrency, frequency
    {1302, ErrorKind::RateLimited},
    {1303, ErrorKind::RateLimited},
    // traffic limit, model busy
    {1305, ErrorKind::Overloaded},
    {1312, ErrorKind::Overloaded},
    // prompt too long
    {1261, ErrorKind::ContextTooLong},
    // bad parameters, unknown model, unsupported method, API gone; content safety (1301): the
    // same request would be refused again
    {1210, ErrorKind::BadRequest},
    {1211, ErrorKind::BadRequest},
    {1212, ErrorKind::BadRequest},
    {1213, ErrorKind::BadRequest},
    {1214, ErrorKind::BadRequest},
    {1215, ErrorKind::BadRequest},
    {1221, ErrorKind::BadRequest},
    {1222, ErrorKind::BadRequest},
    {1301, ErrorKind::BadRequest},
    // internal errors
    {500, ErrorKind::Server},
    {1120, ErrorKind::Server},
    {1200, ErrorKind::Server},
    {1230, ErrorKind::Server},
    {1234, ErrorKind::Server},
};

// platform.minimax.io/docs/api-reference/errorcode; on the Anthropic endpoint the code rides at
// the end of the message: {"type":"api_error","message":"insufficient balance (1008)"}.
constexpr CodeKind MinimaxCodes[] = {
    // not authorized, invalid API key
    {1004, ErrorKind::Auth},
    {2049, ErrorKind::Auth},
    // insufficient balance, plan usage limit
    {1008, ErrorKind::QuotaExhausted},
    {2056, ErrorKind::QuotaExhausted},
    // requests, tokens, connections per minute; growth rate
    {1002, ErrorKind::RateLimited},
    {1039, ErrorKind::RateLimited},
    {1041, ErrorKind::RateLimited},
    {2045, ErrorKind::RateLimited},
    // sensitive input, sensitive output, invalid parameters
    {1026, ErrorKind::BadRequest},
    {1027, ErrorKind::BadRequest},
    {2013, ErrorKind::BadRequest},
    // unknown error, timeout, internal error
    {1000, ErrorKind::Server},
    {1001, ErrorKind::Server},
    {1024, ErrorKind::Server},
};

template<std::size_t N>
std::optional<ErrorKind> kindOfCode(const CodeKind (&table)[N], const QString &code)
{
    bool ok = false;
    const int number = code.toInt(&ok);
    if (!ok)
        return std::nullopt;
    for (const CodeKind &entry : table) {
        if (entry.code == number)
            return entry.kind;
    }
    return std::nullopt;
}

std::optional<ErrorKind> zhipuKind(const QString &code)
{
    return kindOfCode(ZhipuCodes, code);
}

std::optional<ErrorKind> minimaxKind(const QString &code)
{
    return kindOfCode(MinimaxCodes, code);
}

// DashScope's named codes (providers.md §3.4).
std::optional<ErrorKind> qwenKind(const QString &code)
{
    if (code == QLatin1String("Arrearage"))
        return ErrorKind::QuotaExhausted;
    if (code == QLatin1String("InvalidApiKey"))
        return ErrorKind::Auth;
    if (code.startsWith(QLatin1String("Throttling")))
        return ErrorKind::RateLimited;
    if (code.startsWith(QLatin1String("AccessDenied")))
        return ErrorKind::Forbidden;
    if (code == QLatin1String("DataInspectionFailed"))
        return ErrorKind::BadRequest;
    return std::nullopt;
}

std::optional<ErrorKind> dialectKind(const QString &dialect, const ErrorFields &fields)
{
    for (const QString &code : {fields.code, fields.type}) {
        if (code.isEmpty())
            continue;
        std::optional<ErrorKind> kind;
        if (dialect == QLatin1String("zhipu"))
            kind = zhipuKind(code);
        else if (dialect == QLatin1String("minimax"))
            kind = minimaxKind(code);
        else if (dialect == QLatin1String("qwen"))
            kind = qwenKind(code);
        if (kind)
            return kind;
    }
    if (dialect == QLatin1String("minimax")) {
        static const QRegularExpression trailingCode(QStringLiteral("\\((\\d{4})\\)\\s*$"));
        const QRegularExpressionMatch match = trailingCode.match(fields.message);
        if (match.hasMatch())
            return minimaxKind(match.captured(1));
    }
    return std::nullopt;
}

bool meansQuota(const QString &code)
{
    return isAnyOf(code, {u"billing_error", u"enforced_spend_limit_reached", u"insufficient_quota",
                          u"exceeded_current_quota_error", u"Arrearage", u"insufficient_balance",
                          u"insufficient_funds", u"payment_required"});
}

bool saysQuota(const QString &message)
{
    return containsAny(message,
                       {u"insufficient balance", u"insufficient_balance", u"insufficient funds",
                        u"insufficient account balance", u"credit balance is too low",
                        u"exceeded your current quota", u"exceeded current quota", u"spend limit",
                        u"api usage limits", u"usage limit exceeded", u"no resource package",
                        u"please recharge", u"余额不足", u"欠费", u"充值"});
}

bool saysContextTooLong(const QString &message)
{
    return containsAny(message,
                       {u"prompt is too long", u"prompt too long", u"context length",
                        u"context_length", u"context window", u"context limit", u"maximum context",
                        u"exceeded model token limit", u"too many input tokens",
                        u"input is too long", u"超长", u"上下文长度", u"超出最大长度"});
}

bool meansOverloaded(const QString &code)
{
    return isAnyOf(code, {u"overloaded_error", u"engine_overloaded_error", u"server_overloaded"});
}

bool saysRegionRefused(const QString &message)
{
    return containsAny(message, {u"request not allowed", u"unsupported_country_region_territory",
                                 u"country, region, or territory not supported",
                                 u"not available in your region", u"user location is not supported",
                                 u"unsupported region"});
}

// In a 200 stream only the type tells what happened.
ErrorKind kindOfStreamType(const QString &type)
{
    if (isAnyOf(type,
                {u"authentication_error", u"invalid_authentication_error", u"invalid_api_key"}))
        return ErrorKind::Auth;
    if (isAnyOf(type, {u"permission_error", u"permission_denied_error"}))
        return ErrorKind::Forbidden;
    if (isAnyOf(type, {u"rate_limit_error", u"rate_limit_reached_error"}))
        return ErrorKind::RateLimited;
    if (isAnyOf(type, {u"invalid_request_error", u"not_found_error", u"request_too_large"}))
        return ErrorKind::BadRequest;
    return ErrorKind::Server; // api_error, timeout_error, and whatever comes next
}

ErrorKind kindOfStatus(int status)
{
    switch (status) {
    case 401:
        return ErrorKind::Auth;
    case 402:
        return ErrorKind::QuotaExhausted;
    case 403:
        return ErrorKind::Forbidden;
    case 429:
        return ErrorKind::RateLimited;
    case 408: // request timeout and conflict: the Anthropic SDKs retry both
    case 409:
        return ErrorKind::Server;
    default:
        break;
    }
    if (status >= 400 && status < 500)
        return ErrorKind::BadRequest;
    return ErrorKind::Server;
}

qint64 retryAfterMsOf(const Sdk::HttpHeaders &headers)
{
    QByteArray afterMs;
    QByteArray after;
    for (const auto &[name, value] : headers) {
        if (name.compare("retry-after-ms", Qt::CaseInsensitive) == 0)
            afterMs = value.trimmed();
        else if (name.compare("retry-after", Qt::CaseInsensitive) == 0)
            after = value.trimmed();
    }
    bool ok = false;
    if (!afterMs.isEmpty()) {
        const double ms = afterMs.toDouble(&ok);
        if (ok && std::isfinite(ms) && ms >= 0)
            return Sdk::clampRetryAfterMs(ms);
    }
    if (after.isEmpty())
        return -1;
    const double seconds = after.toDouble(&ok);
    if (ok)
        return Sdk::clampRetryAfterMs(seconds * 1000);
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT" (Qt's RFC 2822 parser wants a numeric zone).
    QString date = QString::fromLatin1(after);
    if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when);
    return std::clamp<qint64>(ms, 0, Sdk::MaxRetryAfterMs);
}

} // namespace

AnthropicErrorClassifier::AnthropicErrorClassifier(AnthropicDialect dialect, QByteArray apiKey)
    : m_dialect(std::move(dialect))
    , m_apiKey(std::move(apiKey))
{}

Sdk::ProviderError AnthropicErrorClassifier::classifyResponse(int httpStatus,
                                                              const Sdk::HttpHeaders &headers,
                                                              const QByteArray &body) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body.trimmed(), &parseError);
    Sdk::ProviderError error = classify(httpStatus, document.object(), body);
    error.retryAfterMs = retryAfterMsOf(headers);
    qCDebug(lcAnthropic) << "HTTP" << httpStatus << "classified as" << int(error.kind) << "code"
                         << error.code;
    return error;
}

Sdk::ProviderError AnthropicErrorClassifier::classifyStreamError(const QJsonObject &event) const
{
    return classify(0, event, QByteArray());
}

Sdk::ProviderError AnthropicErrorClassifier::classify(int httpStatus, const QJsonObject &json,
                                                      const QByteArray &raw) const
{
    const ErrorFields fields = fieldsOf(json);
    Sdk::ProviderError error;
    error.httpStatus = httpStatus;
    for (const QString &code : {fields.detailCode, fields.code, fields.type}) {
        if (!code.isEmpty()) {
            error.code = code;
            break;
        }
    }
    error.message = fields.message;
    if (error.message.isEmpty() && json.isEmpty())
        error.message = excerptOf(raw);
    if (error.message.isEmpty()) {
        error.message = httpStatus ? QStringLiteral("HTTP %1").arg(httpStatus)
                                   : QStringLiteral("the stream reported an error");
    }

    const bool clientError = httpStatus == 0 || (httpStatus >= 400 && httpStatus < 500);
    const bool contextStatus = httpStatus == 0
                               || (clientError && httpStatus != 401 && httpStatus != 402
                                   && httpStatus != 403 && httpStatus != 429);
    const QList<QString> codes{fields.type, fields.code, fields.detailCode};
    const auto anyCode = [&codes](bool (*test)(const QString &)) {
        for (const QString &code : codes) {
            if (!code.isEmpty() && test(code))
                return true;
        }
        return false;
    };

    if (const std::optional<ErrorKind> kind = dialectKind(m_dialect.name, fields))
        error.kind = *kind;
    else if (anyCode(meansQuota) || httpStatus == 402 || saysQuota(error.message))
        error.kind = ErrorKind::QuotaExhausted;
    else if (contextStatus && saysContextTooLong(error.message))
        error.kind = ErrorKind::ContextTooLong;
    else if (httpStatus == 529 || anyCode(meansOverloaded)
             || ((httpStatus == 0 || httpStatus == 429 || httpStatus >= 500)
                 && error.message.contains(QLatin1String("overload"), Qt::CaseInsensitive)))
        error.kind = ErrorKind::Overloaded;
    else if (clientError && saysRegionRefused(error.message))
        error.kind = ErrorKind::Forbidden;
    else
        error.kind = httpStatus == 0 ? kindOfStreamType(fields.type) : kindOfStatus(httpStatus);

    // Some vendors echo the key they were given ("Incorrect API key provided: sk-…").
    if (m_apiKey.size() >= 8)
        error.message.replace(QString::fromUtf8(m_apiKey), QStringLiteral("[redacted]"));
    if (error.message.size() > MaxMessageChars)
        error.message = error.message.left(MaxMessageChars) + QChar(0x2026);
    return error;
}

} // namespace Baton::Plugin
