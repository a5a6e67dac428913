// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "retrypolicy.h"

#include <algorithm>

namespace Baton::Core {

RouterDecision RetryPolicy::decide(const Sdk::ProviderError &error, bool outputStreamed,
                                   int retriesSoFar) const
{
    if (outputStreamed)
        return {RouterAction::Stop, 0};
    switch (error.kind) {
    case Sdk::ErrorKind::Auth:
    case Sdk::ErrorKind::Forbidden:
    case Sdk::ErrorKind::QuotaExhausted:
        return {RouterAction::SkipProvider, 0};
    case Sdk::ErrorKind::RateLimited:
    case Sdk::ErrorKind::Overloaded:
    case Sdk::ErrorKind::Server:
    case Sdk::ErrorKind::Network:
    case Sdk::ErrorKind::Protocol: {
        if (retriesSoFar >= maxRetries)
            return {RouterAction::Failover, 0};
        if (error.retryAfterMs >= 0) {
            // Waiting minutes for one vendor is worse than moving to the next.
            if (error.retryAfterMs > maxDelayMs)
                return {RouterAction::Failover, 0};
            return {RouterAction::Retry, error.retryAfterMs};
        }
        const qint64 delay = initialDelayMs << std::min(retriesSoFar, 20);
        return {RouterAction::Retry, std::min(delay, maxDelayMs)};
    }
    case Sdk::ErrorKind::BadRequest:
    case Sdk::ErrorKind::ContextTooLong:
    case Sdk::ErrorKind::Cancelled:
        break;
    }
    return {RouterAction::Stop, 0};
}

} // namespace Baton::Core
