// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Column mapping for one line of text between the two units an editor deals in: byte offsets
// into the line's UTF-8 bytes (what Scintilla counts) and UTF-16 offsets into the QString made
// from them (what Qt and KSyntaxHighlighting count).
//
// The bytes are decoded here rather than by QString::fromUtf8 so that the mapping is exact for
// any input: every byte that is not part of a well-formed UTF-8 sequence (stray continuation
// bytes, overlong forms, surrogates, code points above U+10FFFF, a sequence cut short by the
// end of the line) becomes exactly one U+REPLACEMENT CHARACTER, i.e. one UTF-16 unit for one
// byte. A 4-byte sequence becomes a surrogate pair (two UTF-16 units).
//
// A value type: cheap to move, immutable once built, safe to use from any thread.

#include <QtCore/QByteArrayView>
#include <QtCore/QString>

#include <vector>

namespace Baton::Core {

class Utf8Columns
{
public:
    // Decodes `utf8` (one line, normally without its line terminator). The bytes are not kept.
    explicit Utf8Columns(QByteArrayView utf8);

    // The decoded text, with one U+FFFD per invalid byte.
    const QString &text() const { return m_text; }

    // The number of bytes that were decoded.
    int byteLength() const { return m_byteLength; }

    // The byte offset where the UTF-16 unit at `utf16Offset` starts. text().size() maps to
    // byteLength(). An offset between the two halves of a surrogate pair maps to the start of
    // the pair's 4-byte sequence. Offsets outside [0, text().size()] are clamped to that range.
    int byteOffset(int utf16Offset) const;

    // The inverse: the UTF-16 offset of the character whose bytes contain `byteOffset` (the
    // first unit of a surrogate pair). byteLength() maps to text().size(). Offsets outside
    // [0, byteLength()] are clamped to that range.
    int utf16Offset(int byteOffset) const;

private:
    QString m_text;
    int m_byteLength = 0;
    // Byte offset of every UTF-16 unit plus one entry for the end; empty when every byte was
    // ASCII, in which case both kinds of offset are the same.
    std::vector<int> m_byteOffsets;
};

} // namespace Baton::Core
