// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Reading and writing a text file for an editor. Blocking: call from a worker thread.
// Writes are atomic (QSaveFile: a temporary file renamed over the target, so a crash never
// leaves half a file) and keep the file's permissions.

#include "core/result.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace Baton::Core {

struct TextFileContent
{
    QByteArray bytes;
    // False when the bytes are not valid UTF-8 (the editor then shows the file read-only
    // instead of silently replacing the invalid bytes).
    bool validUtf8 = true;
};

class TextFile
{
    Q_DECLARE_TR_FUNCTIONS(Baton::Core::TextFile)

public:
    // Files above this size are refused with a message rather than loaded.
    static constexpr qint64 maxSizeBytes = 256ll * 1024 * 1024;

    // Fails for unreadable paths, folders, binary files (NUL bytes near the start) and files
    // above maxSizeBytes, with a message for the user.
    static Result<TextFileContent> read(const QString &path);

    static Status write(const QString &path, const QByteArray &bytes);
};

} // namespace Baton::Core
