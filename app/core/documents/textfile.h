// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Reading and writing a text file for an editor. Blocking: call from a worker thread.
// Writes are atomic (QSaveFile: a temporary file renamed over the target, so a crash never
// leaves half a file) and keep the file's permissions.

#include "core/documents/textencoding.h"
#include "core/result.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace Baton::Core {

struct TextFileContent
{
    // The text as UTF-8, what the editor holds (see TextEncoding::Decoded::utf8).
    QByteArray bytes;
    // The encoding the file was read in, and is written back in.
    TextEncoding encoding;
    // False when writing `bytes` back in `encoding` would not give the file's bytes again
    // (UTF-8 with invalid bytes, say): the editor then shows the file read-only instead of
    // silently replacing what it cannot represent.
    bool lossless = true;
};

class TextFile
{
    Q_DECLARE_TR_FUNCTIONS(Baton::Core::TextFile)

public:
    // Files above this size are refused with a message rather than loaded.
    static constexpr qint64 maxSizeBytes = 256ll * 1024 * 1024;

    // Fails for unreadable paths, folders, binary files (NUL bytes near the start, other than
    // UTF-16's) and files above maxSizeBytes, with a message for the user. The encoding is
    // detected (TextEncoding::detect) unless `encoding` names one (Reopen with Encoding).
    static Result<TextFileContent> read(const QString &path);
    static Result<TextFileContent> read(const QString &path, const TextEncoding &encoding);

    // Writes `bytes` exactly as given.
    static Status write(const QString &path, const QByteArray &bytes);
    // Writes the editor's UTF-8 text in `encoding` (with its byte-order mark); fails without
    // touching the file when a character cannot be represented in it.
    static Status write(const QString &path, const QByteArray &utf8, const TextEncoding &encoding);
};

} // namespace Baton::Core
