// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "historyconverter.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QHash>

namespace Baton::Core {

bool HistoryConverter::isPortableToolCallId(const QString &id)
{
    if (id.isEmpty() || id.size() > 40)
        return false;
    for (QChar c : id) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                        || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

// A stable id derived from the original, so the same call keeps the same id on every turn.
static QString portableId(const QString &id)
{
    const QByteArray hash = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("call_") + QString::fromLatin1(hash.toHex().left(24));
}

QList<Sdk::Message> HistoryConverter::prepare(const QList<Sdk::Message> &history)
{
    QList<Sdk::Message> prepared;
    prepared.reserve(history.size());
    for (const Sdk::Message &message : history) {
        Sdk::Message copy;
        copy.role = message.role;
        for (Sdk::ContentPart part : message.parts) {
            if (part.kind == Sdk::PartKind::Thinking && part.text.isEmpty()
                && part.signature.isEmpty() && part.data.isEmpty())
                continue;
            if ((part.kind == Sdk::PartKind::ToolCall || part.kind == Sdk::PartKind::ToolResult)
                && !isPortableToolCallId(part.toolCallId))
                part.toolCallId = portableId(part.toolCallId);
            copy.parts.append(part);
        }
        if (!copy.parts.isEmpty())
            prepared.append(copy);
    }
    return prepared;
}

} // namespace Baton::Core
