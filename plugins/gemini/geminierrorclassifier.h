// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Turns a Gemini error (google.rpc.Status: `{"code", "message", "status", "details"}`) into the
// router's vocabulary. Used for error responses and for `error` objects inside a stream.
//
// - 400 FAILED_PRECONDITION about the user's location or country (the API is not offered
//   there, or its free tier is not) → Forbidden; other FAILED_PRECONDITION → BadRequest.
// - 400 INVALID_ARGUMENT: ErrorInfo reason API_KEY_INVALID or "API key not valid/expired" →
//   Auth; a prompt over the model's token limit → ContextTooLong; otherwise BadRequest.
// - 401 / UNAUTHENTICATED → Auth. 403 / PERMISSION_DENIED → Auth when the message is about the
//   API key (missing, leaked), otherwise Forbidden (no access, project or key suspended).
// - 429 RESOURCE_EXHAUSTED → RateLimited, or QuotaExhausted when a QuotaFailure violation is a
//   per-day quota or prepaid credit is used up (waiting a minute will not help); RetryInfo's
//   retryDelay ("37s") → retryAfterMs.
// - 503 UNAVAILABLE → Overloaded; 500 INTERNAL, 504 DEADLINE_EXCEEDED and other 5xx → Server;
//   404 NOT_FOUND and other 4xx → BadRequest.
//
// `code` is the ErrorInfo reason when there is one (e.g. "API_KEY_INVALID"), else `status`.

#include <baton/sdk/events.h>

#include <QtCore/QJsonObject>

namespace Baton::Plugin {

class GeminiErrorClassifier
{
public:
    // `httpStatus` is the response's status, or 0 for an error inside a 200 stream (then the
    // error's own `code` decides, and the result's httpStatus stays 0).
    static Sdk::ProviderError classify(int httpStatus, const QJsonObject &error);

    // A google.protobuf.Duration in JSON ("37s", "0.5s") in milliseconds; -1 when unreadable.
    static qint64 durationMs(const QJsonValue &duration);
};

} // namespace Baton::Plugin
