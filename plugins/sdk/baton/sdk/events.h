// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// What a protocol plugin reports while decoding a response, and how it classifies errors.

#include "types.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>

#include <cmath>

namespace Baton::Sdk {

// The router's vocabulary for failures. Plugins classify once, at the boundary; the router
// decides what to do (see ARCHITECTURE.md, "Router").
enum class ErrorKind {
    Auth,           // key missing, wrong or revoked (401): skip this provider
    Forbidden,      // no permission, region-blocked, account suspended (403): skip
    RateLimited,    // 429, quota per minute: back off, honour retryAfterMs, then fail over
    QuotaExhausted, // balance or monthly quota used up (402, some 429s): skip this provider
    Overloaded,     // the vendor is overloaded (529, 503 "overloaded"): back off, fail over
    Server,         // 5xx: back off, fail over
    Network,        // connection refused / reset / TLS / DNS / timeout (set by the host)
    BadRequest,     // 400/404/422: the request itself is wrong; no failover helps
    ContextTooLong, // the prompt exceeds the model's context window
    Cancelled,      // the user stopped it (set by the host)
    Protocol,       // the stream was malformed or cut off mid-event
};

struct ProviderError
{
    ErrorKind kind = ErrorKind::Server;
    int httpStatus = 0;     // 0 when the error arrived inside a 200 stream or had no response
    QString code;           // vendor's own code or type, e.g. "overloaded_error"; may be empty
    QString message;        // vendor's message, for the user; never contains the key
    qint64 retryAfterMs = -1; // from retry-after or the body; -1: not given
};

// The longest wait a classifier reports: a larger retry-after is clamped to a week (the router
// caps its own back-off far lower and fails over instead).
inline constexpr qint64 MaxRetryAfterMs = 7LL * 24 * 3600 * 1000;

// A retry-after in milliseconds, as parsed from a header or body: -1 when negative or not a
// number, rounded up, clamped to MaxRetryAfterMs (so a hostile value never overflows).
inline qint64 clampRetryAfterMs(double ms)
{
    if (!(ms >= 0) || !std::isfinite(ms))
        return -1;
    if (ms >= double(MaxRetryAfterMs))
        return MaxRetryAfterMs;
    return qint64(std::ceil(ms));
}

// Why the model stopped.
enum class StopReason {
    EndTurn,   // finished its answer
    MaxTokens, // hit the output limit (the router may continue automatically)
    ToolUse,   // wants tool results
    StopSequence, // a stop sequence matched
    Refusal,   // declined (safety / content filter)
    Other,     // anything else the vendor reports; the raw reason is in StreamEvent::text
};

struct Usage
{
    qint64 inputTokens = 0;      // prompt tokens not read from or written to a cache
    qint64 outputTokens = 0;     // including thinking tokens
    qint64 cacheReadTokens = 0;  // prompt tokens served from the vendor's cache
    qint64 cacheWriteTokens = 0; // prompt tokens written to the vendor's cache
};

// One decoded happening in a response stream. Which members are meaningful depends on `kind`.
enum class EventKind {
    TextDelta,          // `index`, `text`
    ThinkingDelta,      // `index`, `text`; `signature` when the vendor signs the block
    RedactedThinking,   // `index`, `data` (opaque, must be echoed back verbatim)
    ToolCallStart,      // `index`, `id`, `name`
    ToolCallArgsDelta,  // `index`, `text` (a fragment of the JSON arguments)
    ToolCallEnd,        // `index`
    Usage,              // `usage` (cumulative for the request so far; the last one wins)
    Stop,               // `stopReason`; `text` holds the vendor's raw reason
    Error,              // `error`: an error reported inside the stream
};

struct StreamEvent
{
    EventKind kind = EventKind::TextDelta;
    int index = 0; // which content block or tool call; stable within one response
    QString text;
    QString id;
    QString name;
    QByteArray signature;
    QByteArray data;
    Sdk::Usage usage;
    StopReason stopReason = StopReason::EndTurn;
    ProviderError error;
};

} // namespace Baton::Sdk
