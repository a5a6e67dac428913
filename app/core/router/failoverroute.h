// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// A route: the ordered models a turn may use, the first one preferred ("deepseek/deepseek-chat,
// zhipu/glm-4.6"). The router moves along it when a provider fails before answering.

#include "core/result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QUrl>

namespace Baton::Core {

struct RouteEntry
{
    QString presetId;
    QString modelId;
    QUrl baseUrlOverride; // empty: the preset's

    QString name() const { return presetId + QLatin1Char('/') + modelId; }
    bool operator==(const RouteEntry &other) const = default;
};

class FailoverRoute
{
    Q_DECLARE_TR_FUNCTIONS(Baton::Core::FailoverRoute)

public:
    // "p/m,p/m,…" (spaces around commas allowed).
    static Result<FailoverRoute> parse(const QString &text);

    void append(const RouteEntry &entry);
    // Adds `entry` in front (the primary model), removing a later copy of it.
    void prepend(const RouteEntry &entry);

    QList<RouteEntry> entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    QString toString() const;

private:
    QList<RouteEntry> m_entries;
};

} // namespace Baton::Core
