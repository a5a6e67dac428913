// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Builds the assistant message of a turn from the stream events, as they arrive: text, thinking
// (with its signature, marked with the protocol/dialect that produced it so converters know
// whether it may be sent back), redacted thinking, and tool calls with their whole arguments.

#include <baton/sdk/events.h>
#include <baton/sdk/types.h>

#include <QtCore/QHash>
#include <QtCore/QString>

namespace Baton::Core {

class ReplyBuilder
{
public:
    // `origin`: "anthropic", "openai/deepseek", … (protocol, then "/dialect" when there is one).
    explicit ReplyBuilder(const QString &origin = {})
        : m_origin(origin)
    {}

    void add(const Sdk::StreamEvent &event);

    // The message so far (parts in the order their blocks started).
    Sdk::Message message() const;
    bool isEmpty() const;

    // The text of all text parts.
    QString text() const;

private:
    Sdk::ContentPart &partFor(int index, Sdk::PartKind kind);

    QString m_origin;
    QList<Sdk::ContentPart> m_parts;
    QHash<QPair<int, int>, qsizetype> m_partOfBlock; // (event index, kind) -> position
};

} // namespace Baton::Core
