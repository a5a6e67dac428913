// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The usage and cost of every request, kept in the Store's usage_events table. Blocking (it
// writes the database): call it where the Store lives, never on the GUI thread.

#include "core/result.h"

#include <baton/sdk/events.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

namespace Baton::Core {

class Store;

struct UsageRecord
{
    QDateTime at;
    qint64 conversationId = -1; // -1: not part of a stored conversation (e.g. `baton chat`)
    QString presetId;
    QString modelId;
    Sdk::Usage usage;
    qint64 costMicros = -1; // -1: the price is unknown
    QString currency;
};

struct UsageTotal
{
    QString currency; // empty for requests whose price is unknown
    qint64 requests = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 costMicros = 0;
};

class UsageLog
{
    Q_DECLARE_TR_FUNCTIONS(Baton::Core::UsageLog)

public:
    static Status record(Store &store, const UsageRecord &record);

    // Totals per currency of the requests in [from, to).
    static Result<QList<UsageTotal>> totals(Store &store, const QDateTime &from,
                                            const QDateTime &to);
};

} // namespace Baton::Core
