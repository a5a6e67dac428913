// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The character encoding of a text file, as the editor detects it, shows it in the status bar
// and writes it back on save. The editor always holds UTF-8; a file in another encoding is
// decoded when read and encoded again when written, so its bytes on disk keep their encoding
// (and a byte-order mark keeps being written when the file had one).
//
// Detection, in order: a byte-order mark (UTF-8, UTF-16 LE/BE); valid UTF-8 (ASCII included);
// UTF-16 without a mark when every other byte of mostly-ASCII text is NUL; GB18030 when the
// bytes decode without error into text that is mostly Chinese; otherwise Latin-1, which maps
// every byte to a character and back.
//
// Thread-safe value type; no I/O.

#include "core/result.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

namespace Baton::Core {

class TextEncoding
{
    Q_DECLARE_TR_FUNCTIONS(Baton::Core::TextEncoding)

public:
    enum class Kind {
        Utf8,    // UTF-8 (also plain ASCII)
        Utf16LE, // UTF-16, little-endian
        Utf16BE, // UTF-16, big-endian
        Gb18030, // GB18030 (a superset of GBK and GB2312), for Chinese files
        Latin1,  // ISO-8859-1: one byte per character, every byte valid
    };

    // UTF-8 without a byte-order mark: the default for new files.
    TextEncoding() = default;
    TextEncoding(Kind kind, bool byteOrderMark) : m_kind(kind), m_bom(byteOrderMark) {}

    Kind kind() const { return m_kind; }
    // The file starts (and is written) with a byte-order mark.
    bool hasByteOrderMark() const { return m_bom; }

    // What the status bar shows: "UTF-8", "UTF-8 with BOM", "UTF-16 LE", "GB18030", "Latin-1".
    QString displayName() const;
    // A stable name for settings and backups ("utf-8", "utf-8-bom", "utf-16le", "gb18030",
    // "latin-1"); fromId() reads it back (UTF-8 for anything unknown).
    QString id() const;
    static TextEncoding fromId(const QString &id);

    // Every encoding a user can reopen or save a file with, in menu order.
    static QList<TextEncoding> choices();

    // The encoding a file's bytes are most likely in (see the header comment).
    static TextEncoding detect(const QByteArray &fileBytes);

    struct Decoded
    {
        // The text as UTF-8, without the byte-order mark. For UTF-8 files whose bytes are not
        // valid UTF-8, the bytes exactly as they are (the editor shows replacement characters
        // for the invalid ones).
        QByteArray utf8;
        // True when encode(utf8) gives back exactly the file's bytes; false when saving would
        // change bytes the user did not edit (the editor then opens the file read-only).
        bool lossless = true;
    };
    // Decodes a file's bytes. A byte-order mark at the start is dropped when this encoding
    // has one.
    Decoded decode(const QByteArray &fileBytes) const;

    // The bytes to write for the editor's UTF-8 text, with the byte-order mark when there is
    // one. Fails, naming the first character that cannot be written, when the text holds
    // characters this encoding cannot represent (an emoji in a Latin-1 file): nothing is
    // replaced silently.
    Result<QByteArray> encode(const QByteArray &utf8) const;

    friend bool operator==(const TextEncoding &a, const TextEncoding &b)
    {
        return a.m_kind == b.m_kind && a.m_bom == b.m_bom;
    }

private:
    Kind m_kind = Kind::Utf8;
    bool m_bom = false;
};

} // namespace Baton::Core
