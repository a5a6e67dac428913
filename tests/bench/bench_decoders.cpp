// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors

// Decoder throughput per protocol plugin (docs/benchmarks.md): a large stream built from a
// recording is fed to the plugin's decoder in 16 KiB reads, as the network would hand it over,
// and the events are dropped as they come. Prints MB/s and ns/event (median of the runs) and
// how much the peak RSS grew while decoding. Never fails on time.
//
//     bench_decoders [megabytes per stream, default 64] [runs, default 5]

#include "benchstream.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QMap>

#include <cstdio>

using namespace Baton;

static const char *kindName(Sdk::EventKind kind)
{
    switch (kind) {
    case Sdk::EventKind::TextDelta:
        return "text";
    case Sdk::EventKind::ThinkingDelta:
        return "thinking";
    case Sdk::EventKind::RedactedThinking:
        return "redacted";
    case Sdk::EventKind::ToolCallStart:
        return "toolStart";
    case Sdk::EventKind::ToolCallArgsDelta:
        return "toolArgs";
    case Sdk::EventKind::ToolCallEnd:
        return "toolEnd";
    case Sdk::EventKind::Usage:
        return "usage";
    case Sdk::EventKind::Stop:
        return "stop";
    case Sdk::EventKind::Error:
        return "ERROR";
    }
    return "?";
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype megabytes = args.size() > 1 ? args.at(1).toLongLong() : 64;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    constexpr qsizetype readBytes = 16 * 1024;

    std::printf("decoder throughput: ~%lld MB per stream, %lld-byte reads, median of %d runs\n",
                static_cast<long long>(megabytes), static_cast<long long>(readBytes), runs);
    std::printf("goal: > 100 MB/s (MB = 10^6 bytes)\n\n");
    std::printf("%-38s %9s %10s %9s %9s %10s  %s\n", "protocol/recording", "MB", "events", "MB/s",
                "ns/event", "peakΔ KiB", "event kinds (last run)");

    int problems = 0;
    for (const Bench::StreamCase &c : Bench::streamCases()) {
        QString error;
        Sdk::IProviderProtocol *protocol = Bench::protocolFor(c, &error);
        if (!protocol) {
            std::printf("%-38s cannot load %s: %s\n", qPrintable(c.label), qPrintable(c.pluginPath),
                        qPrintable(error));
            ++problems;
            continue;
        }
        qsizetype deltaFrames = 0;
        const QByteArray body = Bench::buildLargeBody(c, megabytes * 1000 * 1000, &deltaFrames);
        if (body.isEmpty()) {
            std::printf("%-38s no stream (fixture missing or without delta frames)\n",
                        qPrintable(c.label));
            ++problems;
            continue;
        }
        Sdk::Endpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        endpoint.dialect = c.dialect;
        const Sdk::ChatRequest request;

        QList<double> mbPerSecond, nsPerEvent;
        qint64 events = 0;
        qint64 peakGrowthKiB = 0;
        bool peakMeasured = true;
        QMap<int, qint64> kinds;
        for (int run = 0; run < runs; ++run) {
            // The body is already resident; the peak mark now measures the decoder alone.
            const bool peakReset = Bench::resetPeakRss();
            peakMeasured = peakMeasured && peakReset;
            const qint64 rssBefore = peakReset ? Bench::vmRssKiB() : Bench::vmHwmKiB();
            kinds.clear();
            events = 0;

            QElapsedTimer timer;
            timer.start();
            std::unique_ptr<Sdk::IStreamDecoder> decoder
                = protocol->createDecoder(endpoint, request);
            for (qsizetype at = 0; at < body.size(); at += readBytes) {
                const QList<Sdk::StreamEvent> got = decoder->feed(
                    QByteArrayView(body).sliced(at, qMin(readBytes, body.size() - at)));
                events += got.size();
                if (run == runs - 1) {
                    for (const Sdk::StreamEvent &event : got)
                        ++kinds[int(event.kind)];
                }
            }
            const QList<Sdk::StreamEvent> last = decoder->finish();
            events += last.size();
            decoder.reset();
            const qint64 ns = timer.nsecsElapsed();
            if (run == runs - 1) {
                for (const Sdk::StreamEvent &event : last)
                    ++kinds[int(event.kind)];
            }
            peakGrowthKiB = qMax(peakGrowthKiB, Bench::vmHwmKiB() - rssBefore);
            mbPerSecond.append(double(body.size()) / 1e6 / (double(ns) / 1e9));
            nsPerEvent.append(events ? double(ns) / double(events) : 0);
        }

        QByteArray kindList;
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
            kindList += QByteArray(kindName(Sdk::EventKind(it.key()))) + '='
                        + QByteArray::number(it.value()) + ' ';
        }
        const QByteArray peak = peakMeasured ? QByteArray::number(peakGrowthKiB) : "n/a";
        std::printf("%-38s %9.1f %10lld %9.1f %9.1f %10s  %s\n", qPrintable(c.label),
                    double(body.size()) / 1e6, static_cast<long long>(events),
                    Bench::median(mbPerSecond), Bench::median(nsPerEvent), peak.constData(),
                    kindList.constData());
        std::fflush(stdout);
    }
    std::printf("\npeakΔ: growth of VmHWM over VmRSS at the start of a run (reset through "
                "/proc/self/clear_refs),\nthe largest over the runs; the body itself is "
                "allocated before and not counted.\n");
    return problems ? 1 : 0;
}
