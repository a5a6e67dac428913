// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// What the router does about a provider error, in one place (STYLE: retry and failover live
// only in the router).
//
// Before the first output of a turn:
//   auth, forbidden / region-blocked, quota exhausted → skip the provider for the session and
//                                                       fail over;
//   rate-limited, overloaded, server, network, malformed stream → wait (retry-after when given,
//                                                       else exponential) and retry the same
//                                                       provider, then fail over;
//   bad request, context too long → stop: another provider would get the same request;
//   cancelled → stop.
// After output has streamed nothing is retried: the turn stops, keeping what arrived.

#include <baton/sdk/events.h>

namespace Baton::Core {

enum class RouterAction {
    Retry,        // the same provider again, after delayMs
    SkipProvider, // fail over and do not use this provider again this session
    Failover,     // fail over to the next model of the route
    Stop,         // end the turn with this error
};

struct RouterDecision
{
    RouterAction action = RouterAction::Stop;
    qint64 delayMs = 0;
};

struct RetryPolicy
{
    int maxRetries = 2;           // retries of one provider before failing over
    qint64 initialDelayMs = 1000; // first backoff without retry-after; doubles each time
    qint64 maxDelayMs = 30000;    // a longer retry-after fails over instead of waiting

    // `retriesSoFar`: retries already made on this provider in this turn.
    RouterDecision decide(const Sdk::ProviderError &error, bool outputStreamed,
                          int retriesSoFar) const;
};

} // namespace Baton::Core
