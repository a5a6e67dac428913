// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "replybuilder.h"

namespace Baton::Core {

Sdk::ContentPart &ReplyBuilder::partFor(int index, Sdk::PartKind kind)
{
    const QPair<int, int> key{index, int(kind)};
    const auto found = m_partOfBlock.constFind(key);
    if (found != m_partOfBlock.cend())
        return m_parts[*found];
    Sdk::ContentPart part;
    part.kind = kind;
    if (kind == Sdk::PartKind::Thinking)
        part.origin = m_origin;
    m_parts.append(part);
    m_partOfBlock.insert(key, m_parts.size() - 1);
    return m_parts.last();
}

void ReplyBuilder::add(const Sdk::StreamEvent &event)
{
    switch (event.kind) {
    case Sdk::EventKind::TextDelta:
        partFor(event.index, Sdk::PartKind::Text).text += event.text;
        break;
    case Sdk::EventKind::ThinkingDelta: {
        Sdk::ContentPart &part = partFor(event.index, Sdk::PartKind::Thinking);
        part.text += event.text;
        if (!event.signature.isEmpty())
            part.signature += event.signature;
        break;
    }
    case Sdk::EventKind::RedactedThinking: {
        Sdk::ContentPart &part = partFor(event.index, Sdk::PartKind::Thinking);
        part.redacted = true;
        part.data = event.data;
        break;
    }
    case Sdk::EventKind::ToolCallStart: {
        Sdk::ContentPart &part = partFor(event.index, Sdk::PartKind::ToolCall);
        part.toolCallId = event.id;
        part.toolName = event.name;
        part.signature = event.signature; // Gemini signs function calls; sent back with them
        break;
    }
    case Sdk::EventKind::ToolCallArgsDelta:
        partFor(event.index, Sdk::PartKind::ToolCall).toolInput += event.text.toUtf8();
        break;
    case Sdk::EventKind::ToolCallEnd:
    case Sdk::EventKind::Usage:
    case Sdk::EventKind::Stop:
    case Sdk::EventKind::Error:
        break;
    }
}

Sdk::Message ReplyBuilder::message() const
{
    Sdk::Message message;
    message.role = Sdk::Role::Assistant;
    message.parts = m_parts;
    return message;
}

bool ReplyBuilder::isEmpty() const
{
    return m_parts.isEmpty();
}

QString ReplyBuilder::text() const
{
    QString text;
    for (const Sdk::ContentPart &part : m_parts) {
        if (part.kind == Sdk::PartKind::Text)
            text += part.text;
    }
    return text;
}

} // namespace Baton::Core
