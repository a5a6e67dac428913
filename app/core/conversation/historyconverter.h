// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Makes a provider-neutral history safe to send to another vendor, before the protocol plugin
// converts it to its wire format (plugins drop what their protocol cannot take; this does
// what holds for every vendor):
// - tool-call ids that some vendor would reject (Anthropic accepts [A-Za-z0-9_-], OpenAI-style
//   vendors limit the length) are replaced by stable safe ids, the same in the call and its
//   result;
// - thinking parts without text, signature or data are dropped;
// - messages left without parts are dropped.

#include <baton/sdk/types.h>

#include <QtCore/QList>

namespace Baton::Core {

class HistoryConverter
{
public:
    static QList<Sdk::Message> prepare(const QList<Sdk::Message> &history);

    // True when every vendor accepts `id` as a tool-call id.
    static bool isPortableToolCallId(const QString &id);
};

} // namespace Baton::Core
