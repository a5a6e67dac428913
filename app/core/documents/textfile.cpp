// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "textfile.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>
#include <QtCore/QStringDecoder>

namespace Baton::Core {

Result<TextFileContent> TextFile::read(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("%1 does not exist.").arg(shown)};
    if (info.isDir())
        return Error{tr("%1 is a folder, not a file.").arg(shown)};
    if (info.size() > maxSizeBytes)
        return Error{tr("%1 is too large to open (%2 MB; the limit is %3 MB).")
                         .arg(shown)
                         .arg(info.size() / (1024 * 1024))
                         .arg(maxSizeBytes / (1024 * 1024))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not read %1: %2").arg(shown, file.errorString())};
    TextFileContent content;
    content.bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{tr("Could not read %1: %2").arg(shown, file.errorString())};
    // Binary files (images, executables, archives) carry NUL bytes early on; text never does.
    if (content.bytes.left(8192).contains('\0'))
        return Error{tr("%1 looks like a binary file; Baton opens text files only.").arg(shown)};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(content.bytes); // decoding is lazy until converted
    Q_UNUSED(decoded);
    content.validUtf8 = !decoder.hasError();
    return content;
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
