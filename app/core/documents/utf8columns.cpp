// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/documents/utf8columns.h"

#include <algorithm>

namespace Baton::Core {

// The length of the well-formed UTF-8 sequence at `bytes` (Unicode 15, table 3-7), with its
// code point in `codePoint`, or 0 when the first byte does not start one. Checking the second
// byte's narrower range rejects overlong forms, surrogates and values above U+10FFFF, so
// QString never sees anything it would repair differently.
static int decodeSequence(const unsigned char *bytes, qsizetype available, char32_t &codePoint)
{
    const unsigned char lead = bytes[0];
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    }
    int length = 0;
    unsigned char secondLow = 0x80;
    unsigned char secondHigh = 0xBF;
    if (lead < 0xC2) {
        return 0;
    } else if (lead < 0xE0) {
        length = 2;
        codePoint = lead & 0x1F;
    } else if (lead < 0xF0) {
        length = 3;
        codePoint = lead & 0x0F;
        if (lead == 0xE0)
            secondLow = 0xA0;
        else if (lead == 0xED)
            secondHigh = 0x9F;
    } else if (lead < 0xF5) {
        length = 4;
        codePoint = lead & 0x07;
        if (lead == 0xF0)
            secondLow = 0x90;
        else if (lead == 0xF4)
            secondHigh = 0x8F;
    } else {
        return 0;
    }
    if (available < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        const unsigned char low = i == 1 ? secondLow : 0x80;
        const unsigned char high = i == 1 ? secondHigh : 0xBF;
        if (bytes[i] < low || bytes[i] > high)
            return 0;
        codePoint = (codePoint << 6) | (bytes[i] & 0x3F);
    }
    return length;
}

Utf8Columns::Utf8Columns(QByteArrayView utf8)
    : m_byteLength(static_cast<int>(utf8.size()))
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(utf8.data());
    const qsizetype size = utf8.size();

    // Most source lines are plain ASCII; they need no table at all.
    if (std::all_of(bytes, bytes + size, [](unsigned char byte) { return byte < 0x80; })) {
        m_text = QString::fromLatin1(utf8);
        return;
    }

    // Never more UTF-16 units than bytes: 1, 2 and 3 bytes give one unit, 4 bytes give two.
    m_text.resize(size);
    QChar *out = m_text.data();
    qsizetype units = 0;
    m_byteOffsets.reserve(static_cast<size_t>(size) + 1);
    for (qsizetype at = 0; at < size;) {
        char32_t codePoint = 0;
        const int length = decodeSequence(bytes + at, size - at, codePoint);
        const int start = static_cast<int>(at);
        if (length == 0) {
            out[units++] = QChar::ReplacementCharacter;
            m_byteOffsets.push_back(start);
            ++at;
            continue;
        }
        if (QChar::requiresSurrogates(codePoint)) {
            out[units++] = QChar(QChar::highSurrogate(codePoint));
            out[units++] = QChar(QChar::lowSurrogate(codePoint));
            m_byteOffsets.push_back(start);
            m_byteOffsets.push_back(start);
        } else {
            out[units++] = QChar(static_cast<char16_t>(codePoint));
            m_byteOffsets.push_back(start);
        }
        at += length;
    }
    m_text.truncate(units);
    m_byteOffsets.push_back(m_byteLength);
}

int Utf8Columns::byteOffset(int utf16Offset) const
{
    const int clamped = std::clamp(utf16Offset, 0, static_cast<int>(m_text.size()));
    return m_byteOffsets.empty() ? clamped : m_byteOffsets[static_cast<size_t>(clamped)];
}

int Utf8Columns::utf16Offset(int byteOffset) const
{
    const int clamped = std::clamp(byteOffset, 0, m_byteLength);
    if (m_byteOffsets.empty())
        return clamped;
    // The last unit starting at or before the byte; both halves of a surrogate pair start at
    // the same byte, and the pair is addressed by its first half.
    auto unit = std::upper_bound(m_byteOffsets.begin(), m_byteOffsets.end(), clamped) - 1;
    while (unit != m_byteOffsets.begin() && *(unit - 1) == *unit)
        --unit;
    return static_cast<int>(unit - m_byteOffsets.begin());
}

} // namespace Baton::Core
