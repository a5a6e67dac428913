// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

#include <baton/sdk/events.h>

#include <QtCore/QString>
#include <QtCore/QStringList>

class QTextStream;

namespace Baton::Cli {

// Exit codes of the headless commands; scripts tell failures apart by them.
enum class ExitCode {
    Success = 0,
    Failure = 1,         // anything not listed below
    Usage = 2,           // bad command line, unknown preset
    Auth = 10,           // no key, or the key was refused (401)
    Forbidden = 11,      // forbidden, region-blocked (403)
    RateLimited = 12,    // rate-limited or overloaded, on every model of the route
    QuotaExhausted = 13, // balance or quota used up
    Network = 14,        // could not connect, connection cut, timeouts
    Protocol = 15,       // malformed or truncated stream
    Server = 16,         // 5xx
    BadRequest = 17,     // the vendor rejected the request (400/404/422, context too long)
    Budget = 18,         // a budget was reached (Solo)
    Cancelled = 130,     // stopped by the user
};

int exitCodeFor(Sdk::ErrorKind kind);
QString errorKindName(Sdk::ErrorKind kind);

// `baton chat …` (see ARCHITECTURE.md, "The headless contract"). Returns the exit code.
int runChatCommand(const QStringList &options, QTextStream &out, QTextStream &err);

} // namespace Baton::Cli
