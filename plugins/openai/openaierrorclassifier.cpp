// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "openaierrorclassifier.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>

#include <cmath>
#include <initializer_list>
#include <limits>
#include <optional>

namespace Baton::Plugin {

using namespace Qt::StringLiterals;

namespace {

// What a vendor said about the error, whatever the shape of the body.
struct VendorError
{
    QString message;
    QString type;
    QString code;
    int numericCode = 0; // `code` was a JSON number (OpenRouter, vLLM, SiliconFlow)
    bool recognised = false;
};

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 1e15)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number);
    }
    return {};
}

VendorError readErrorValue(const QJsonValue &value)
{
    VendorError error;
    if (value.isString()) {
        error.message = value.toString();
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        error.message = scalarText(object.value("message"_L1));
        if (error.message.isEmpty())
            error.message = scalarText(object.value("msg"_L1));
        error.type = scalarText(object.value("type"_L1));
        const QJsonValue code = object.value("code"_L1);
        error.code = scalarText(code);
        if (code.isDouble())
            error.numericCode = code.toInt();
    }
    error.recognised = !error.message.isEmpty() || !error.type.isEmpty() || !error.code.isEmpty();
    return error;
}

VendorError readBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {};
    const QJsonObject root = document.object();
    const QJsonValue error = root.value("error"_L1);
    if (!error.isUndefined() && !error.isNull()) {
        VendorError vendor = readErrorValue(error);
        if (error.isString()) {
            // {"error": "text", "code": "…"} (proxies, LM Studio)
            const VendorError outer = readErrorValue(root);
            vendor.type = outer.type;
            vendor.code = outer.code;
            vendor.numericCode = outer.numericCode;
        }
        return vendor;
    }
    // vLLM: {"object":"error","message",…}; SiliconFlow: {"code":30001,"message",…}
    return readErrorValue(root);
}

// The start of a body that is not a known error shape, for the user: an HTML page's title, or
// the text with its white space collapsed.
QString excerpt(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body.left(8192));
    static const QRegularExpression title(u"<title[^>]*>(.*?)</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch match = title.match(text); match.hasMatch()) {
        const QString caption = match.captured(1).simplified();
        if (!caption.isEmpty())
            return caption;
    }
    QString simple = text.simplified();
    constexpr qsizetype MaxChars = 300;
    if (simple.size() > MaxChars) {
        simple.truncate(MaxChars);
        if (simple.back().isHighSurrogate())
            simple.chop(1);
        simple += u'…';
    }
    return simple;
}

bool isOneOf(const QString &lowered, std::initializer_list<QLatin1StringView> candidates)
{
    if (lowered.isEmpty())
        return false;
    for (QLatin1StringView candidate : candidates) {
        if (lowered == candidate)
            return true;
    }
    return false;
}

bool containsAny(const QString &lowered, std::initializer_list<QLatin1StringView> needles)
{
    for (QLatin1StringView needle : needles) {
        if (lowered.contains(needle))
            return true;
    }
    return false;
}

// `status` is the HTTP status, or 0 for an error inside a 200 stream.
Sdk::ErrorKind classify(int status, const VendorError &vendor)
{
    const QString code = vendor.code.toLower();
    const QString type = vendor.type.toLower();
    const QString message = vendor.message.toLower();
    const auto codeOrType = [&](std::initializer_list<QLatin1StringView> candidates) {
        return isOneOf(code, candidates) || isOneOf(type, candidates);
    };

    // Balance or plan used up: failing over is the only cure, so this is checked before the
    // status (Zhipu says it with 429, DashScope with 400, Ark with 403). Codes from
    // providers.md §2.3, §3 and §7; Zhipu's 1304/1308/1310 (daily and plan usage caps), Ark's
    // AccountOverdueError/QuotaExceeded and SiliconFlow's 30001 are third-party reports.
    if (status == 402
        || codeOrType({"insufficient_quota"_L1, "exceeded_current_quota_error"_L1, "arrearage"_L1,
                       "1113"_L1, "1304"_L1, "1308"_L1, "1310"_L1, "accountoverdueerror"_L1,
                       "quotaexceeded"_L1, "insufficient_user_quota"_L1, "insufficient_balance"_L1,
                       "billing_hard_limit_reached"_L1, "billing_not_active"_L1, "30001"_L1})
        || containsAny(message, {"exceeded your current quota"_L1, "insufficient balance"_L1,
                                 "insufficient credits"_L1, "balance is insufficient"_L1,
                                 "in arrears"_L1, "余额不足"_L1, "欠费"_L1}))
        return Sdk::ErrorKind::QuotaExhausted;

    // Region blocks and locked accounts, whatever status they come with (Zhipu: 429).
    if (codeOrType({"unsupported_country_region_territory"_L1, "request_forbidden"_L1,
                    "permission_denied_error"_L1, "accessdenied"_L1, "1110"_L1, "1111"_L1,
                    "1112"_L1, "1121"_L1})
        || message.contains("country, region, or territory not supported"_L1))
        return Sdk::ErrorKind::Forbidden;

    if (status == 401
        || codeOrType({"invalid_api_key"_L1, "invalid_authentication_error"_L1,
                       "authentication_error"_L1, "authenticationerror"_L1, "invalidapikey"_L1,
                       "1000"_L1, "1001"_L1, "1002"_L1, "1003"_L1, "1004"_L1}))
        return Sdk::ErrorKind::Auth;

    if (status == 403)
        return Sdk::ErrorKind::Forbidden;

    if (status != 429 && status < 500
        && (codeOrType({"context_length_exceeded"_L1, "exceed_context_size_error"_L1,
                        "model_context_window_exceeded"_L1, "1261"_L1})
            || containsAny(message, {"maximum context length"_L1, "context length exceeded"_L1,
                                     "exceeds the available context size"_L1,
                                     "exceeded model token limit"_L1, "range of input length"_L1,
                                     "prompt is too long"_L1, "context window"_L1})))
        return Sdk::ErrorKind::ContextTooLong;

    const bool transient = status == 0 || status == 429 || status >= 500;
    if (status == 503 || status == 529
        || codeOrType({"engine_overloaded_error"_L1, "overloaded_error"_L1, "serveroverloaded"_L1,
                       "server_overloaded"_L1, "overloaded"_L1})
        || (transient && message.contains("overloaded"_L1)))
        return Sdk::ErrorKind::Overloaded;

    if (status == 429
        || codeOrType({"rate_limit_exceeded"_L1, "rate_limit_reached_error"_L1,
                       "rate_limit_error"_L1, "1302"_L1, "1303"_L1, "1305"_L1})
        || code.startsWith("throttling"_L1) || code.startsWith("ratelimitexceeded"_L1))
        return Sdk::ErrorKind::RateLimited;

    if (status == 408 || status >= 500)
        return Sdk::ErrorKind::Server;
    if (status >= 300)
        return Sdk::ErrorKind::BadRequest;

    // Inside a stream, without a status to go by.
    if (codeOrType({"invalid_request_error"_L1, "invalid_parameter_error"_L1, "model_not_found"_L1,
                    "1210"_L1, "1211"_L1, "1214"_L1, "1301"_L1, "datainspectionfailed"_L1,
                    "data_inspection_failed"_L1}))
        return Sdk::ErrorKind::BadRequest;
    return Sdk::ErrorKind::Server;
}

QString redacted(QString text, const QByteArray &apiKey)
{
    // Short "keys" (a local server's placeholder) would blank out ordinary words.
    if (apiKey.size() >= 8)
        text.replace(QString::fromUtf8(apiKey), u"***"_s);
    return text;
}

Sdk::ProviderError makeError(int classifyStatus, int httpStatus, const VendorError &vendor,
                             const QByteArray &apiKey)
{
    Sdk::ProviderError error;
    error.kind = classify(classifyStatus, vendor);
    error.httpStatus = httpStatus;
    error.code = redacted(vendor.code.isEmpty() ? vendor.type : vendor.code, apiKey);
    error.message = redacted(vendor.message, apiKey);
    if (error.message.isEmpty())
        error.message = error.code;
    return error;
}

} // namespace

Sdk::ProviderError OpenAiErrorClassifier::classifyResponse(int httpStatus,
                                                           const Sdk::HttpHeaders &headers,
                                                           const QByteArray &body,
                                                           const QByteArray &apiKey)
{
    const VendorError vendor = readBody(body);
    Sdk::ProviderError error = makeError(httpStatus, httpStatus, vendor, apiKey);
    if (!vendor.recognised) {
        error.message = redacted(excerpt(body), apiKey);
        if (error.message.isEmpty())
            error.message = QStringLiteral("HTTP %1 with an empty body").arg(httpStatus);
    }
    error.retryAfterMs = retryAfterMs(headers, QDateTime::currentDateTimeUtc());
    return error;
}

Sdk::ProviderError OpenAiErrorClassifier::classifyStreamError(const QJsonValue &value,
                                                              const QByteArray &apiKey)
{
    const VendorError vendor = readErrorValue(value);
    // OpenRouter puts the HTTP status the error would have had into `code`.
    const int status
        = vendor.numericCode >= 400 && vendor.numericCode <= 599 ? vendor.numericCode : 0;
    Sdk::ProviderError error = makeError(status, 0, vendor, apiKey);
    if (error.message.isEmpty())
        error.message = QStringLiteral("the stream reported an error without a message");
    return error;
}

qint64 OpenAiErrorClassifier::parseDurationMs(QByteArrayView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return -1;
    double totalMs = 0;
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype numberStart = at;
        while (at < text.size() && ((text[at] >= '0' && text[at] <= '9') || text[at] == '.'))
            ++at;
        if (at == numberStart)
            return -1;
        bool ok = false;
        const double number = text.sliced(numberStart, at - numberStart).toDouble(&ok);
        if (!ok)
            return -1;
        const qsizetype unitStart = at;
        while (at < text.size() && !(text[at] >= '0' && text[at] <= '9') && text[at] != '.')
            ++at;
        const QByteArrayView unit = text.sliced(unitStart, at - unitStart);
        double factorMs = 0;
        if (unit.isEmpty() || unit == "s")
            factorMs = 1000;
        else if (unit == "ms")
            factorMs = 1;
        else if (unit == "m")
            factorMs = 60 * 1000;
        else if (unit == "h")
            factorMs = 3600 * 1000;
        else if (unit == "us" || unit == "\xC2\xB5s")
            factorMs = 0.001;
        else if (unit == "ns")
            factorMs = 0.000001;
        else
            return -1;
        if (unit.isEmpty() && at < text.size())
            return -1; // a bare number must be the whole text
        totalMs += number * factorMs;
    }
    if (!std::isfinite(totalMs))
        return -1;
    return Sdk::clampRetryAfterMs(totalMs);
}

qint64 OpenAiErrorClassifier::retryAfterMs(const Sdk::HttpHeaders &headers, const QDateTime &now)
{
    const auto header = [&](QByteArrayView name) -> std::optional<QByteArray> {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value.trimmed();
        }
        return std::nullopt;
    };

    if (const auto ms = header("retry-after-ms")) {
        bool ok = false;
        const double value = ms->toDouble(&ok);
        if (ok && value >= 0 && std::isfinite(value))
            return Sdk::clampRetryAfterMs(value);
    }
    if (const auto after = header("retry-after")) {
        bool ok = false;
        const double seconds = after->toDouble(&ok);
        if (ok && seconds >= 0 && std::isfinite(seconds))
            return Sdk::clampRetryAfterMs(seconds * 1000);
        // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
        const QString text = QString::fromLatin1(*after);
        QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
        if (!when.isValid()) {
            QString trimmed = text;
            if (trimmed.endsWith(" GMT"_L1))
                trimmed.chop(4);
            when = QLocale::c().toDateTime(trimmed, u"ddd, dd MMM yyyy HH:mm:ss"_s);
            when.setTimeZone(QTimeZone::UTC);
        }
        if (when.isValid())
            return std::max<qint64>(0, now.msecsTo(when));
    }

    const auto reset = [&](QByteArrayView name) -> qint64 {
        const auto value = header(name);
        return value ? parseDurationMs(*value) : -1;
    };
    const auto exhausted = [&](QByteArrayView name) {
        const auto value = header(name);
        return value && *value == "0";
    };
    const qint64 requests = reset("x-ratelimit-reset-requests");
    const qint64 tokens = reset("x-ratelimit-reset-tokens");
    qint64 wait = -1;
    if (exhausted("x-ratelimit-remaining-requests"))
        wait = std::max(wait, requests);
    if (exhausted("x-ratelimit-remaining-tokens"))
        wait = std::max(wait, tokens);
    if (wait < 0)
        wait = requests >= 0 ? requests : tokens;
    return wait;
}

} // namespace Baton::Plugin
