// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "failoverroute.h"

#include "core/providers/presetcatalog.h"

namespace Baton::Core {

Result<FailoverRoute> FailoverRoute::parse(const QString &text)
{
    FailoverRoute route;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        RouteEntry entry;
        if (!PresetCatalog::splitModelReference(part.trimmed(), &entry.presetId, &entry.modelId))
            return Error{tr("\"%1\" is not PRESET/MODEL").arg(part.trimmed())};
        route.append(entry);
    }
    if (route.isEmpty())
        return Error{tr("the route is empty")};
    return route;
}

void FailoverRoute::append(const RouteEntry &entry)
{
    for (const RouteEntry &existing : m_entries) {
        if (existing.presetId == entry.presetId && existing.modelId == entry.modelId)
            return;
    }
    m_entries.append(entry);
}

void FailoverRoute::prepend(const RouteEntry &entry)
{
    m_entries.removeIf([&entry](const RouteEntry &existing) {
        return existing.presetId == entry.presetId && existing.modelId == entry.modelId;
    });
    m_entries.prepend(entry);
}

QString FailoverRoute::toString() const
{
    QStringList names;
    for (const RouteEntry &entry : m_entries)
        names.append(entry.name());
    return names.join(QLatin1Char(','));
}

} // namespace Baton::Core
