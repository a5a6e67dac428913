// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// What the per-protocol fuzzers share: the protocol compiled into the fuzzer, its dialects, an
// endpoint and a request to decode against, and a way to report a broken invariant.
//
// Each fuzzer executable contains exactly one plugin's sources (see CMakeLists.txt); the
// plugin's moc output then exports qt_plugin_instance() as it does in the shared library.

#include <baton/sdk/iproviderprotocol.h>

#include <QtCore/QByteArrayView>
#include <QtCore/QStringList>

namespace Baton::Fuzz {

// The plugin's protocol object, made on first use and kept for the whole run.
const Sdk::IProviderProtocol &protocol();

// The standard dialect ("") followed by the dialects of the plugin's JSON metadata.
const QStringList &dialects();

// The dialect chosen by `selector` (any byte: rotates through dialects()).
QString dialectFor(unsigned char selector);

// An endpoint of `dialect` whose key is secretKey().
Sdk::Endpoint endpoint(const QString &dialect);

// A key that must never appear in an error the plugin produces.
QByteArray secretKey();

// A chat request; `flags` picks the thinking mode and whether tools are offered.
Sdk::ChatRequest chatRequest(unsigned char flags);

// Silences Qt logging (plugins warn about malformed input, which is every fuzz input), unless
// BATON_FUZZ_VERBOSE is set.
void quietLogging();

// Reports a broken invariant with the text `what` and aborts, so libFuzzer keeps the input.
[[noreturn]] void fail(const char *what);

// Reads bytes off the front of the fuzz input.
class InputReader
{
public:
    InputReader(const unsigned char *data, size_t size)
        : m_data(data)
        , m_size(size)
    {}
    unsigned char byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    QByteArrayView rest() const
    {
        return QByteArrayView(reinterpret_cast<const char *>(m_data) + m_pos,
                              qsizetype(m_size - m_pos));
    }

private:
    const unsigned char *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

} // namespace Baton::Fuzz
