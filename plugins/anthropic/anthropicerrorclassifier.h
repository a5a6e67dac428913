// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Turns an Anthropic-style error — a non-2xx response, or an `error` event inside a stream —
// into the router's vocabulary (Sdk::ErrorKind), keeping the vendor's code and message.
//
// Bodies understood (all vendors reach this plugin through their Anthropic endpoints, but
// several answer errors in their OpenAI shape or their own):
//   {"type":"error","error":{"type":T,"message":M,"details":{"error_code":C}}}   Anthropic
//   {"error":{"type":T,"code":C,"message":M}}                                    OpenAI shape
//   {"error":"M"}, {"code":C,"message":M}, {"base_resp":{"status_code":C,"status_msg":M}}
// and anything else (an HTML page from a proxy or Cloudflare) as text.
//
// The result: `code` is the most specific code given (details.error_code, then error.code, then
// error.type); `message` is the vendor's message, or a short excerpt of a non-JSON body, never
// longer than 1000 characters and never containing the endpoint's key; `retryAfterMs` comes
// from a retry-after-ms or retry-after header (seconds or an HTTP date), -1 when absent.
//
// Kinds, first match wins:
//   1. the dialect's own numeric or named codes (Zhipu 1xxx, MiniMax 1xxx/2xxx, DashScope names)
//   2. QuotaExhausted: billing_error, enforced_spend_limit_reached, insufficient_quota,
//      exceeded_current_quota_error, Arrearage, HTTP 402, or a message about balance, credit,
//      spend limits or recharging ("余额不足", "Insufficient Balance", …), whatever the status
//   3. ContextTooLong: a 4xx (or in-stream) message about the prompt or context being too long
//   4. Overloaded: HTTP 529, overloaded_error / engine_overloaded_error, a 503 saying overloaded
//   5. Forbidden: a region refusal ("Request not allowed", unsupported country…) below 500
//   6. by status: 401 Auth, 403 Forbidden, 429 RateLimited, 408/409/5xx Server, other 4xx
//      BadRequest; in a stream (status 0) by error.type, unknown types Server.
//
// Cheap to copy; no state beyond the dialect and the key to redact.

#include "anthropicdialect.h"

#include <baton/sdk/events.h>

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>

namespace Baton::Plugin {

class AnthropicErrorClassifier
{
public:
    // `apiKey` is only used to keep it out of messages; it may be empty.
    AnthropicErrorClassifier(AnthropicDialect dialect, QByteArray apiKey);

    // A non-2xx HTTP response; `body` is whatever arrived of it.
    Sdk::ProviderError classifyResponse(int httpStatus, const Sdk::HttpHeaders &headers,
                                        const QByteArray &body) const;

    // The JSON of an `error` event inside a 200 stream (httpStatus stays 0).
    Sdk::ProviderError classifyStreamError(const QJsonObject &event) const;

private:
    Sdk::ProviderError classify(int httpStatus, const QJsonObject &json,
                                const QByteArray &raw) const;

    AnthropicDialect m_dialect;
    QByteArray m_apiKey;
};

} // namespace Baton::Plugin
