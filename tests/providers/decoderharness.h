// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Test support for protocol plugins: load the built plugin, replay a recorded stream through
// its decoder in every split, and compare the events with a golden file.
//
// Golden files live in tests/providers/golden/<name>.jsonl, one event per line. Run the tests
// with BATON_UPDATE_GOLDEN=1 (tests/providers/update-golden.sh) to rewrite them after a
// deliberate change to a decoder, and review the diff.

#include <baton/sdk/iproviderprotocol.h>

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>

namespace Baton::Test {

// Loads the plugin library at `path` (a real .so built by the project) and returns its
// protocol, or nullptr with `error` set. The library stays loaded until the process exits.
Sdk::IProviderProtocol *loadProtocol(const QString &path, QString *error = nullptr);

// The bytes of tests/fixtures/providers/<name>.
QByteArray readFixture(const QString &name);

// Decodes `body` fed in pieces cut at `splits` (ascending offsets), then finish().
QList<Sdk::StreamEvent> decode(const Sdk::IProviderProtocol &protocol, const Sdk::Endpoint &endpoint,
                               const Sdk::ChatRequest &request, const QByteArray &body,
                               const QList<qsizetype> &splits = {});

// Decodes `body` whole, cut at every single offset, and one byte at a time; fails (returns
// false, with `problem` set) when any of them gives different events. `events` receives the
// events of the whole body.
bool decodesTheSameInEverySplit(const Sdk::IProviderProtocol &protocol,
                                const Sdk::Endpoint &endpoint, const Sdk::ChatRequest &request,
                                const QByteArray &body, QList<Sdk::StreamEvent> *events,
                                QString *problem);

// One JSON object per event, with the members that matter for its kind.
QByteArray toJsonLines(const QList<Sdk::StreamEvent> &events);

// Compares `actual` with golden/<name>.jsonl (or writes it under BATON_UPDATE_GOLDEN=1).
bool matchesGolden(const QString &name, const QByteArray &actual, QString *problem);

} // namespace Baton::Test
