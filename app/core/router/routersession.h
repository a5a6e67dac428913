// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// What the router remembers across the turns of a session (a window, a `baton chat` run):
// the providers that refused us (bad key, forbidden, region-blocked, out of quota) and are
// skipped until the session ends.

#include <QtCore/QHash>
#include <QtCore/QString>

namespace Baton::Core {

class RouterSession
{
public:
    void skip(const QString &presetId, const QString &reason)
    {
        m_skipped.insert(presetId, reason);
    }
    bool isSkipped(const QString &presetId) const { return m_skipped.contains(presetId); }
    QString skipReason(const QString &presetId) const { return m_skipped.value(presetId); }
    void clear() { m_skipped.clear(); }

private:
    QHash<QString, QString> m_skipped;
};

} // namespace Baton::Core
