// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors

// Fuzzes the SDK's LineSplitter and SseParser differentially.
//
// Input: [mode] [max line] [n] [n read sizes] [bytes…]. mode bit 0: SseParser instead of
// LineSplitter; bit 1: maxLineBytes = [max line] (so that overflow is reached) instead of the
// default. The bytes are fed whole and in reads of the given sizes (cycled; the rest in one
// read), each followed by finish(); both must give the same lines or events and the same
// overflow state. LineSplitter with the default limit is also checked against a plain
// reference splitter.

#include <baton/sdk/framing.h>

#include <cstdio>
#include <cstdlib>

using namespace Baton::Sdk;

[[noreturn]] static void fail(const char *what)
{
    std::fprintf(stderr, "baton-fuzz: invariant broken: %s\n", what);
    std::fflush(stderr);
    std::abort();
}

static QList<QByteArray> referenceLines(QByteArrayView bytes)
{
    QList<QByteArray> lines;
    QByteArray current;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\r' || c == '\n') {
            lines.append(std::exchange(current, QByteArray()));
            if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')
                ++i;
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        lines.append(current);
    return lines;
}

static bool operator==(const SseEvent &a, const SseEvent &b)
{
    return a.event == b.event && a.data == b.data && a.id == b.id;
}

template<typename Framer, typename Item>
static void differential(QByteArrayView bytes, const QList<qsizetype> &readSizes,
                         qsizetype maxLineBytes, QList<Item> *wholeOut)
{
    Framer whole(maxLineBytes);
    QList<Item> wholeItems = whole.feed(bytes);
    wholeItems.append(whole.finish());

    Framer split(maxLineBytes);
    QList<Item> splitItems;
    qsizetype pos = 0;
    for (qsizetype readSize : readSizes) {
        const qsizetype n = qMin(readSize, bytes.size() - pos);
        splitItems.append(split.feed(bytes.sliced(pos, n)));
        pos += n;
    }
    splitItems.append(split.feed(bytes.sliced(pos)));
    splitItems.append(split.finish());

    if (whole.overflowed() != split.overflowed())
        fail("overflow differs between whole and split input");
    if (wholeItems.size() != splitItems.size())
        fail("whole and split input give a different number of items");
    for (qsizetype i = 0; i < wholeItems.size(); ++i) {
        if (!(wholeItems.at(i) == splitItems.at(i)))
            fail("whole and split input give different items");
    }
    *wholeOut = wholeItems;
}

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    size_t pos = 0;
    auto byte = [&] { return pos < size ? data[pos++] : 0; };
    const unsigned char mode = byte();
    const unsigned char maxLine = byte();
    QList<qsizetype> readSizes;
    for (int n = byte() % 17; n > 0; --n)
        readSizes.append(byte());
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + pos, qsizetype(size - pos));
    const bool limited = mode & 0x2;
    const qsizetype maxLineBytes = limited ? qsizetype(maxLine) : 16 * 1024 * 1024;

    if (mode & 0x1) {
        QList<SseEvent> events;
        differential<SseParser>(bytes, readSizes, maxLineBytes, &events);
        for (const SseEvent &event : std::as_const(events)) {
            if (event.id.contains('\0'))
                fail("an SSE id holds a NUL");
        }
    } else {
        QList<QByteArray> lines;
        differential<LineSplitter>(bytes, readSizes, maxLineBytes, &lines);
        for (const QByteArray &line : std::as_const(lines)) {
            if (line.contains('\n') || line.contains('\r'))
                fail("a line holds a line terminator");
            if (limited && line.size() > maxLineBytes)
                fail("a line is longer than maxLineBytes");
        }
        if (!limited && lines != referenceLines(bytes))
            fail("LineSplitter disagrees with the reference splitter");
    }
    return 0;
}
