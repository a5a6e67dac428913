// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Large, valid provider streams for the benchmarks, made from the recorded fixtures in
// tests/fixtures/providers: the head of a recording (up to its first delta frame) once, its run
// of delta frames repeated until the body reaches the wanted size, then the rest (stop, usage,
// end) once. The result is one well-formed response with many events in it.

#include <baton/sdk/iproviderprotocol.h>

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>

namespace Baton::Bench {

// One benchmark case: a plugin and a recording of its protocol.
struct StreamCase
{
    QString label;        // "anthropic/anthropic-text.sse"
    QString pluginPath;   // the built plugin library
    QString fixture;      // file name in tests/fixtures/providers
    QString dialect;      // Endpoint::dialect for the decoder
    QByteArray separator; // between frames: "\n\n" for SSE, "\n" for NDJSON
    QByteArray marker;    // a frame holding this is a delta frame (repeated)
};

// The cases of the benchmark list, one or more per protocol.
QList<StreamCase> streamCases();

// The large body for `c`, at least `targetBytes` long; `deltaFrames` receives how many delta
// frames were repeated. Empty when the fixture is missing or has no delta frame.
QByteArray buildLargeBody(const StreamCase &c, qsizetype targetBytes, qsizetype *deltaFrames);

// The plugin's protocol (loaded once per path and kept), or nullptr with `error` set.
Sdk::IProviderProtocol *protocolFor(const StreamCase &c, QString *error);

// Linux /proc/self/status values, in KiB (0 elsewhere).
qint64 vmHwmKiB();
qint64 vmRssKiB();
// Resets the peak-RSS mark (VmHWM) to the current RSS; false when the kernel does not allow it.
bool resetPeakRss();

// Median of `values` (sorted in place); 0 for none.
double median(QList<double> &values);
// The p-th percentile (0..100) of `values` sorted ascending, nearest rank.
double percentileOfSorted(const QList<double> &values, double p);

} // namespace Baton::Bench
