// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "benchstream.h"

#include "decoderharness.h"

#include <QtCore/QFile>
#include <QtCore/QHash>

#include <algorithm>
#include <cmath>

namespace Baton::Bench {

QList<StreamCase> streamCases()
{
    const QByteArray sse = "\n\n";
    const QByteArray ndjson = "\n";
    return {
        {"anthropic/anthropic-text.sse",
         BATON_ANTHROPIC_PLUGIN,
         "anthropic-text.sse",
         {},
         sse,
         "\"text_delta\""},
        {"anthropic/anthropic-thinking.sse",
         BATON_ANTHROPIC_PLUGIN,
         "anthropic-thinking.sse",
         {},
         sse,
         "\"thinking_delta\""},
        {"anthropic/anthropic-tool-use.sse",
         BATON_ANTHROPIC_PLUGIN,
         "anthropic-tool-use.sse",
         {},
         sse,
         "\"text_delta\""},
        {"openai/openai-usage.sse",
         BATON_OPENAI_PLUGIN,
         "openai-usage.sse",
         {},
         sse,
         "\"finish_reason\":null"},
        {"openai(deepseek)/deepseek-chat.sse", BATON_OPENAI_PLUGIN, "deepseek-chat.sse", "deepseek",
         sse, "\"finish_reason\": null"},
        {"ollama/ollama-chat.ndjson",
         BATON_OLLAMA_PLUGIN,
         "ollama-chat.ndjson",
         {},
         ndjson,
         "\"done\":false"},
        {"gemini/gemini-stream.sse",
         BATON_GEMINI_PLUGIN,
         "gemini-stream.sse",
         {},
         sse,
         "\"text\":"},
    };
}

QByteArray buildLargeBody(const StreamCase &c, qsizetype targetBytes, qsizetype *deltaFrames)
{
    const QByteArray recording = Test::readFixture(c.fixture);
    if (deltaFrames)
        *deltaFrames = 0;
    if (recording.isEmpty())
        return {};

    // Frames keep their separator, so that head + middle × n + tail is byte-for-byte the
    // recording's framing.
    QList<QByteArrayView> frames;
    qsizetype from = 0;
    while (from < recording.size()) {
        qsizetype end = recording.indexOf(c.separator, from);
        end = end < 0 ? recording.size() : end + c.separator.size();
        frames.append(QByteArrayView(recording).sliced(from, end - from));
        from = end;
    }
    qsizetype first = 0;
    while (first < frames.size() && !frames.at(first).contains(c.marker))
        ++first;
    qsizetype last = first;
    while (last < frames.size() && frames.at(last).contains(c.marker))
        ++last;
    if (first == last)
        return {};

    QByteArray head, middle, tail;
    for (qsizetype i = 0; i < first; ++i)
        head += frames.at(i);
    for (qsizetype i = first; i < last; ++i)
        middle += frames.at(i);
    for (qsizetype i = last; i < frames.size(); ++i)
        tail += frames.at(i);
    // A recording may end without its last separator; the repeated run must not.
    if (!middle.endsWith(c.separator))
        middle += c.separator;

    QByteArray body;
    body.reserve(targetBytes + middle.size() + head.size() + tail.size());
    body += head;
    qsizetype repeats = 0;
    while (body.size() < targetBytes) {
        body += middle;
        ++repeats;
    }
    body += tail;
    if (deltaFrames)
        *deltaFrames = repeats * (last - first);
    return body;
}

Sdk::IProviderProtocol *protocolFor(const StreamCase &c, QString *error)
{
    static QHash<QString, Sdk::IProviderProtocol *> loaded;
    if (Sdk::IProviderProtocol *protocol = loaded.value(c.pluginPath))
        return protocol;
    Sdk::IProviderProtocol *protocol = Test::loadProtocol(c.pluginPath, error);
    if (protocol)
        loaded.insert(c.pluginPath, protocol);
    return protocol;
}

static qint64 statusValueKiB(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // /proc files report size 0; read line by line.
    while (!status.atEnd()) {
        const QByteArray line = status.readLine();
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

qint64 vmHwmKiB()
{
    return statusValueKiB("VmHWM:");
}

qint64 vmRssKiB()
{
    return statusValueKiB("VmRSS:");
}

bool resetPeakRss()
{
    // "5" resets the peak RSS mark (Documentation/filesystems/proc.rst, clear_refs).
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

double median(QList<double> &values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double percentileOfSorted(const QList<double> &values, double p)
{
    if (values.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

} // namespace Baton::Bench
