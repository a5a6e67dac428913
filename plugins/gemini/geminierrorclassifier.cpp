// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "geminierrorclassifier.h"

#include <QtCore/QJsonArray>

#include <cmath>

namespace Baton::Plugin {

using namespace Qt::StringLiterals;

static bool mentions(const QString &message, QLatin1StringView words)
{
    return message.contains(words, Qt::CaseInsensitive);
}

// Google answers a request from a country where the API (or its free tier) is not offered with
// FAILED_PRECONDITION; retrying or switching keys will not help, another provider will.
static bool isRegionBlock(const QString &message)
{
    return mentions(message, "location is not supported"_L1)
           || mentions(message, "in your country"_L1) || mentions(message, "in your region"_L1);
}

qint64 GeminiErrorClassifier::durationMs(const QJsonValue &duration)
{
    if (duration.isObject()) {
        const QJsonObject o = duration.toObject();
        const double seconds = o["seconds"_L1].toVariant().toDouble();
        const double nanos = o["nanos"_L1].toDouble();
        return Sdk::clampRetryAfterMs(seconds * 1000 + nanos / 1e6);
    }
    QString text = duration.toString().trimmed();
    if (!text.endsWith(u's'))
        return -1;
    text.chop(1);
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || seconds < 0 || !std::isfinite(seconds))
        return -1;
    return Sdk::clampRetryAfterMs(seconds * 1000);
}

Sdk::ProviderError GeminiErrorClassifier::classify(int httpStatus, const QJsonObject &error)
{
    Sdk::ProviderError result;
    result.httpStatus = httpStatus;
    result.message = error["message"_L1].toString();
    const QString status = error["status"_L1].toString();
    const int code = httpStatus > 0 ? httpStatus : error["code"_L1].toInt();

    QString reason;
    bool perDayQuota = false;
    for (const QJsonValue &detail : error["details"_L1].toArray()) {
        const QString type = detail["@type"_L1].toString();
        if (type.endsWith("google.rpc.ErrorInfo"_L1)) {
            reason = detail["reason"_L1].toString();
        } else if (type.endsWith("google.rpc.RetryInfo"_L1)) {
            result.retryAfterMs = durationMs(detail["retryDelay"_L1]);
        } else if (type.endsWith("google.rpc.QuotaFailure"_L1)) {
            for (const QJsonValue &violation : detail["violations"_L1].toArray()) {
                if (violation["quotaId"_L1].toString().contains("PerDay"_L1))
                    perDayQuota = true;
            }
        }
    }
    result.code = reason.isEmpty() ? status : reason;

    const bool keyProblem = reason == "API_KEY_INVALID"_L1
                            || mentions(result.message, "API key not valid"_L1)
                            || mentions(result.message, "API key expired"_L1);
    if (status == "FAILED_PRECONDITION"_L1 || isRegionBlock(result.message)) {
        result.kind = isRegionBlock(result.message) ? Sdk::ErrorKind::Forbidden
                                                    : Sdk::ErrorKind::BadRequest;
    } else if (keyProblem || status == "UNAUTHENTICATED"_L1 || code == 401) {
        result.kind = Sdk::ErrorKind::Auth;
    } else if (status == "PERMISSION_DENIED"_L1 || code == 403) {
        result.kind = mentions(result.message, "API key"_L1) ? Sdk::ErrorKind::Auth
                                                             : Sdk::ErrorKind::Forbidden;
    } else if (status == "RESOURCE_EXHAUSTED"_L1 || code == 429) {
        result.kind = perDayQuota || mentions(result.message, "credits are depleted"_L1)
                          ? Sdk::ErrorKind::QuotaExhausted
                          : Sdk::ErrorKind::RateLimited;
    } else if (status == "UNAVAILABLE"_L1 || code == 503) {
        result.kind = Sdk::ErrorKind::Overloaded;
    } else if (status == "INVALID_ARGUMENT"_L1 || status == "NOT_FOUND"_L1
               || (code >= 400 && code < 500)) {
        // "The input token count (…) exceeds the maximum number of tokens allowed (…)."
        result.kind = mentions(result.message, "exceeds the maximum number of tokens"_L1)
                          ? Sdk::ErrorKind::ContextTooLong
                          : Sdk::ErrorKind::BadRequest;
    } else {
        result.kind = Sdk::ErrorKind::Server;
    }

    if (result.message.isEmpty())
        result.message = status.isEmpty() ? u"HTTP "_s + QString::number(code) : status;
    return result;
}

} // namespace Baton::Plugin
