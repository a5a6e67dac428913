// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Turns an OpenAI-compatible vendor's error — a non-2xx response, or an `error` object inside a
// 200 stream — into the router's vocabulary (Sdk::ErrorKind), keeping the vendor's code and
// message for the user.
//
// Body shapes understood: OpenAI `{"error":{"message","type","param","code"}}` (DeepSeek, Kimi,
// DashScope compatible mode, Ark, llama.cpp use it too); OpenRouter's numeric `error.code`;
// Zhipu's numeric-string business codes; `{"error":"text"}`; top-level
// `{"object":"error","message","type","code"}` (vLLM) and `{"code","message"}` (SiliconFlow).
// Anything else is quoted as an excerpt. A message never contains the endpoint's key: vendors
// that echo it have it replaced with "***".
//
// Stateless; every function may be called from any thread.

#include <baton/sdk/events.h>

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QDateTime>
#include <QtCore/QJsonValue>

namespace Baton::Plugin {

class OpenAiErrorClassifier
{
public:
    // A non-2xx response with `httpStatus`, `headers` and (what arrived of) `body`.
    static Sdk::ProviderError classifyResponse(int httpStatus, const Sdk::HttpHeaders &headers,
                                               const QByteArray &body, const QByteArray &apiKey);

    // The value of the `error` key of a chunk in a 200 stream (httpStatus stays 0; an
    // OpenRouter-style numeric code that is an HTTP status is used to classify it).
    static Sdk::ProviderError classifyStreamError(const QJsonValue &error,
                                                  const QByteArray &apiKey);

    // How long the vendor asks us to wait, in milliseconds, or -1: `retry-after-ms`, else
    // `retry-after` (seconds or an HTTP date, measured from `now`), else the
    // `x-ratelimit-reset-requests` / `x-ratelimit-reset-tokens` durations ("6s", "12ms",
    // "1m30s"): the one whose `x-ratelimit-remaining-*` is 0, else the requests one.
    static qint64 retryAfterMs(const Sdk::HttpHeaders &headers, const QDateTime &now);

    // A Go-style duration ("1h2m3.5s", "6s", "12ms", "250us"; a bare number is seconds) in
    // milliseconds, rounded up; -1 when it is not one.
    static qint64 parseDurationMs(QByteArrayView text);
};

} // namespace Baton::Plugin
