// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors

// Fuzzes one plugin's stream decoder.
//
// Input: [dialect] [request flags] [n] [n read sizes] [body…]. The body is decoded twice, fed
// whole and fed in reads of the given sizes (cycled; the rest in one read), each followed by
// finish(). Checked: nothing crashes or leaks; enum values are in range; finish() reports at
// most one Protocol error; no event follows an Error; no error text holds the key (unless the
// body does); and, because IStreamDecoder::feed takes bytes "in any split", both runs give the
// same events.

#include "fuzzplugin.h"

#include <cstdio>

using namespace Baton;
using Sdk::EventKind;
using Sdk::StreamEvent;

static bool sameError(const Sdk::ProviderError &a, const Sdk::ProviderError &b)
{
    return a.kind == b.kind && a.httpStatus == b.httpStatus && a.code == b.code
           && a.message == b.message && a.retryAfterMs == b.retryAfterMs;
}

static bool sameEvent(const StreamEvent &a, const StreamEvent &b)
{
    return a.kind == b.kind && a.index == b.index && a.text == b.text && a.id == b.id
           && a.name == b.name && a.signature == b.signature && a.data == b.data
           && a.usage.inputTokens == b.usage.inputTokens
           && a.usage.outputTokens == b.usage.outputTokens
           && a.usage.cacheReadTokens == b.usage.cacheReadTokens
           && a.usage.cacheWriteTokens == b.usage.cacheWriteTokens && a.stopReason == b.stopReason
           && sameError(a.error, b.error);
}

static void dumpEvent(const char *label, int i, const StreamEvent &e)
{
    std::fprintf(stderr, "  %s[%d]: kind=%d index=%d text=%s id=%s name=%s stop=%d error=%d/%s\n",
                 label, i, int(e.kind), e.index, qPrintable(e.text.left(80)), qPrintable(e.id),
                 qPrintable(e.name), int(e.stopReason), int(e.error.kind),
                 qPrintable(e.error.message.left(80)));
}

static void checkEvents(const QList<StreamEvent> &events, qsizetype finishStart,
                        QByteArrayView body)
{
    bool errorSeen = false;
    int protocolErrorsInFinish = 0;
    const QByteArray key = Fuzz::secretKey();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const StreamEvent &e = events.at(i);
        if (errorSeen)
            Fuzz::fail("an event follows an Error event");
        if (int(e.kind) < 0 || e.kind > EventKind::Error)
            Fuzz::fail("EventKind out of range");
        if (int(e.stopReason) < 0 || e.stopReason > Sdk::StopReason::Other)
            Fuzz::fail("StopReason out of range");
        if (e.kind != EventKind::Error)
            continue;
        errorSeen = true;
        if (int(e.error.kind) < 0 || e.error.kind > Sdk::ErrorKind::Protocol)
            Fuzz::fail("ErrorKind out of range");
        // The body may echo the key (the fuzzer learns it from this very comparison); only a
        // key the plugin took from the endpoint is a leak.
        if ((e.error.message.toUtf8().contains(key) || e.error.code.toUtf8().contains(key))
            && !body.contains(key))
            Fuzz::fail("an error carries the API key");
        if (i >= finishStart && e.error.kind == Sdk::ErrorKind::Protocol
            && ++protocolErrorsInFinish > 1)
            Fuzz::fail("finish() reported more than one Protocol error");
    }
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietLogging();
    (void)Fuzz::protocol();
    (void)Fuzz::dialects();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    Fuzz::InputReader input(data, size);
    const Sdk::Endpoint endpoint = Fuzz::endpoint(Fuzz::dialectFor(input.byte()));
    const Sdk::ChatRequest request = Fuzz::chatRequest(input.byte());
    QList<qsizetype> readSizes;
    for (int n = input.byte() % 17; n > 0; --n)
        readSizes.append(input.byte());
    const QByteArrayView body = input.rest();

    // Whole.
    QList<StreamEvent> whole;
    qsizetype wholeFinishStart = 0;
    {
        const std::unique_ptr<Sdk::IStreamDecoder> decoder
            = Fuzz::protocol().createDecoder(endpoint, request);
        if (!decoder)
            Fuzz::fail("createDecoder returned null");
        whole = decoder->feed(body);
        wholeFinishStart = whole.size();
        whole.append(decoder->finish());
    }
    checkEvents(whole, wholeFinishStart, body);

    // Split.
    QList<StreamEvent> split;
    qsizetype splitFinishStart = 0;
    {
        const std::unique_ptr<Sdk::IStreamDecoder> decoder
            = Fuzz::protocol().createDecoder(endpoint, request);
        qsizetype pos = 0;
        for (qsizetype readSize : std::as_const(readSizes)) {
            const qsizetype n = qMin(readSize, body.size() - pos);
            split.append(decoder->feed(body.sliced(pos, n)));
            pos += n;
        }
        split.append(decoder->feed(body.sliced(pos)));
        splitFinishStart = split.size();
        split.append(decoder->finish());
    }
    checkEvents(split, splitFinishStart, body);

    const qsizetype common = qMin(whole.size(), split.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (!sameEvent(whole.at(i), split.at(i))) {
            dumpEvent("whole", int(i), whole.at(i));
            dumpEvent("split", int(i), split.at(i));
            Fuzz::fail("feeding in reads gives other events than feeding whole");
        }
    }
    if (whole.size() != split.size()) {
        std::fprintf(stderr, "  whole: %lld events, split: %lld events\n",
                     static_cast<long long>(whole.size()), static_cast<long long>(split.size()));
        Fuzz::fail("feeding in reads gives another number of events than feeding whole");
    }
    return 0;
}
