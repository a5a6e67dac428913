// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "textfile.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>

namespace Baton::Core {

static Result<TextFileContent> readFile(const QString &path, const TextEncoding *forced)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{TextFile::tr("%1 does not exist.").arg(shown)};
    if (info.isDir())
        return Error{TextFile::tr("%1 is a folder, not a file.").arg(shown)};
    if (info.size() > TextFile::maxSizeBytes)
        return Error{TextFile::tr("%1 is too large to open (%2 MB; the limit is %3 MB).")
                         .arg(shown)
                         .arg(info.size() / (1024 * 1024))
                         .arg(TextFile::maxSizeBytes / (1024 * 1024))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{TextFile::tr("Could not read %1: %2").arg(shown, file.errorString())};
    const QByteArray raw = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{TextFile::tr("Could not read %1: %2").arg(shown, file.errorString())};
    const TextEncoding encoding = forced ? *forced : TextEncoding::detect(raw);
    const bool utf16 = encoding.kind() == TextEncoding::Kind::Utf16LE
                       || encoding.kind() == TextEncoding::Kind::Utf16BE;
    // Binary files (images, executables, archives) carry NUL bytes early on; text never does,
    // except UTF-16's.
    if (!utf16 && raw.left(8192).contains('\0'))
        return Error{
            TextFile::tr("%1 looks like a binary file; Baton opens text files only.").arg(shown)};
    TextEncoding::Decoded decoded = encoding.decode(raw);
    TextFileContent content;
    content.bytes = std::move(decoded.utf8);
    content.encoding = encoding;
    content.lossless = decoded.lossless;
    return content;
}

Result<TextFileContent> TextFile::read(const QString &path)
{
    return readFile(path, nullptr);
}

Result<TextFileContent> TextFile::read(const QString &path, const TextEncoding &encoding)
{
    return readFile(path, &encoding);
}

Status TextFile::write(const QString &path, const QByteArray &utf8, const TextEncoding &encoding)
{
    const Result<QByteArray> bytes = encoding.encode(utf8);
    if (!bytes.ok())
        return Error{tr("Could not save %1: %2")
                         .arg(QDir::toNativeSeparators(path), bytes.errorMessage())};
    return write(path, bytes.value());
}

Status TextFile::write(const QString &path, const QByteArray &bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not save %1: %2").arg(shown, file.errorString())};
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("Could not save %1: %2").arg(shown, file.errorString())};
    return success();
}

} // namespace Baton::Core
