// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors

// Fuzzes one plugin's classifyError and parseModelList.
//
// Input: [dialect] [flags] [status hi] [status lo] [headers "name: value" lines] "\n\n" [body].
// flags bit 0: parseModelList instead of classifyError; bit 1: with a null error pointer;
// bit 2: the status as given (0…65535) instead of 400 + status % 200.
// Checked: nothing crashes or leaks; the raw status is kept; the kind is in range; retryAfterMs
// is -1 or more; no error text holds the key (unless the input does); a model list that sets
// an error is empty.

#include "fuzzplugin.h"

#include <algorithm>

using namespace Baton;

static Sdk::HttpHeaders parseHeaders(QByteArrayView text)
{
    Sdk::HttpHeaders headers;
    for (const QByteArrayView line : QByteArray(text.toByteArray()).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        headers.append({line.first(colon).trimmed().toByteArray(),
                        line.sliced(colon + 1).trimmed().toByteArray()});
    }
    return headers;
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
    const unsigned char flags = input.byte();
    const int rawStatus = (input.byte() << 8) | input.byte();
    const int status = (flags & 0x4) ? rawStatus : 400 + rawStatus % 200;
    const QByteArrayView rest = input.rest();
    const qsizetype split = rest.indexOf("\n\n");
    const Sdk::HttpHeaders headers = parseHeaders(split < 0 ? QByteArrayView() : rest.first(split));
    const QByteArray body = (split < 0 ? rest : rest.sliced(split + 2)).toByteArray();
    const QByteArray key = Fuzz::secretKey();

    if (flags & 0x1) {
        QString error;
        const QList<Sdk::ModelInfo> models
            = Fuzz::protocol().parseModelList(endpoint, body, (flags & 0x2) ? nullptr : &error);
        if (!error.isEmpty() && !models.isEmpty())
            Fuzz::fail("parseModelList set an error but returned models");
        return 0;
    }

    const Sdk::ProviderError error
        = Fuzz::protocol().classifyError(endpoint, status, headers, body);
    if (error.httpStatus != status)
        Fuzz::fail("classifyError did not keep the raw HTTP status");
    if (int(error.kind) < 0 || error.kind > Sdk::ErrorKind::Protocol)
        Fuzz::fail("ErrorKind out of range");
    if (error.retryAfterMs < -1)
        Fuzz::fail("retryAfterMs below -1");
    // Only a key taken from the endpoint is a leak; the body may echo it (the fuzzer learns
    // the key from this very comparison).
    const bool keyInInput = body.contains(key)
                            || std::any_of(headers.begin(), headers.end(),
                                           [&](const auto &h) { return h.second.contains(key); });
    if ((error.message.toUtf8().contains(key) || error.code.toUtf8().contains(key)) && !keyInInput)
        Fuzz::fail("an error carries the API key");
    return 0;
}
