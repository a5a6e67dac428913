// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "sessionstore.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSaveFile>
#include <QtCore/QSet>
#include <QtCore/QStandardPaths>

#include <algorithm>

namespace Baton::Core {

namespace {

constexpr int formatVersion = 1;
const QString sessionFileName = QStringLiteral("session.json");
const QString bufferSuffix = QStringLiteral(".buffer");

QString hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{SessionStore::tr("Could not back up unsaved work to %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    return success();
}

} // namespace

bool Session::hasUnsavedWork() const
{
    return std::any_of(buffers.cbegin(), buffers.cend(),
                       [](const SessionBuffer &buffer) { return buffer.modified; });
}

SessionStore::SessionStore(const QString &directory) : m_directory(directory) {}

QString SessionStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

QString SessionStore::folderFor(const QString &workspace) const
{
    // The folder's name cannot carry the path itself (length, separators): a hash of it,
    // with the path written inside the session for whoever looks.
    const QString name = workspace.isEmpty()
                             ? QStringLiteral("no-workspace")
                             : hashOf(QDir::cleanPath(workspace).toUtf8()).left(20);
    return QDir(m_directory).filePath(name);
}

Status SessionStore::save(const QString &workspace, const Session &session) const
{
    const QString folder = folderFor(workspace);
    if (!QDir().mkpath(folder))
        return Error{tr("Could not back up unsaved work: the folder %1 cannot be created.")
                         .arg(QDir::toNativeSeparators(folder))};
    QSet<QString> kept;
    QJsonArray buffers;
    for (const SessionBuffer &buffer : session.buffers) {
        QJsonObject entry{
            {QStringLiteral("file"), buffer.filePath},
            {QStringLiteral("untitled"), buffer.untitledName},
            {QStringLiteral("modified"), buffer.modified},
            {QStringLiteral("encoding"), buffer.encodingId},
            {QStringLiteral("eol"), buffer.eolMode},
            {QStringLiteral("group"), buffer.group},
            {QStringLiteral("current"), buffer.current},
            {QStringLiteral("line"), buffer.line},
            {QStringLiteral("column"), buffer.column},
            {QStringLiteral("top"), buffer.firstVisibleLine},
        };
        if (buffer.modified) {
            const QString hash = hashOf(buffer.text);
            const QString name = hash + bufferSuffix;
            const QString path = QDir(folder).filePath(name);
            // Named by their content: a text already there is the same text.
            if (!kept.contains(name) && !QFileInfo::exists(path)) {
                if (Status written = writeAtomically(path, buffer.text); !written.ok())
                    return written;
            }
            kept.insert(name);
            entry.insert(QStringLiteral("text"), name);
            entry.insert(QStringLiteral("sha1"), hash);
        }
        buffers.append(entry);
    }
    const QJsonObject root{
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("workspace"), workspace},
        {QStringLiteral("activeGroup"), session.activeGroup},
        {QStringLiteral("buffers"), buffers},
    };
    if (Status written = writeAtomically(QDir(folder).filePath(sessionFileName),
                                         QJsonDocument(root).toJson());
        !written.ok())
        return written;
    // Only now that the session no longer names them.
    const QStringList stale = QDir(folder).entryList({u'*' + bufferSuffix}, QDir::Files);
    for (const QString &name : stale) {
        if (!kept.contains(name))
            QFile::remove(QDir(folder).filePath(name));
    }
    return success();
}

Result<Session> SessionStore::load(const QString &workspace, QStringList *problems) const
{
    const QString folder = folderFor(workspace);
    QFile file(QDir(folder).filePath(sessionFileName));
    if (!file.exists())
        return Session{};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not read the backup of unsaved work %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{tr("The backup of unsaved work %1 is damaged: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()),
                              parseError.errorString())};
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() > formatVersion)
        return Error{tr("The backup of unsaved work %1 was written by a newer Baton.")
                         .arg(QDir::toNativeSeparators(file.fileName()))};
    Session session;
    session.activeGroup = root.value(QStringLiteral("activeGroup")).toInt();
    const QJsonArray buffers = root.value(QStringLiteral("buffers")).toArray();
    for (const QJsonValue &value : buffers) {
        const QJsonObject entry = value.toObject();
        SessionBuffer buffer;
        buffer.filePath = entry.value(QStringLiteral("file")).toString();
        buffer.untitledName = entry.value(QStringLiteral("untitled")).toString();
        buffer.modified = entry.value(QStringLiteral("modified")).toBool();
        buffer.encodingId = entry.value(QStringLiteral("encoding")).toString();
        buffer.eolMode = entry.value(QStringLiteral("eol")).toInt();
        buffer.group = qBound(0, entry.value(QStringLiteral("group")).toInt(), 1);
        buffer.current = entry.value(QStringLiteral("current")).toBool();
        buffer.line = std::max(0, entry.value(QStringLiteral("line")).toInt());
        buffer.column = std::max(0, entry.value(QStringLiteral("column")).toInt());
        buffer.firstVisibleLine = std::max(0, entry.value(QStringLiteral("top")).toInt());
        if (buffer.filePath.isEmpty() && buffer.untitledName.isEmpty())
            continue;
        if (buffer.modified) {
            const QString name = entry.value(QStringLiteral("text")).toString();
            QFile text(QDir(folder).filePath(QFileInfo(name).fileName()));
            bool intact = text.open(QIODevice::ReadOnly);
            if (intact) {
                buffer.text = text.readAll();
                intact = hashOf(buffer.text) == entry.value(QStringLiteral("sha1")).toString();
            }
            if (!intact) {
                if (problems)
                    problems->append(buffer.filePath.isEmpty() ? buffer.untitledName
                                                               : buffer.filePath);
                continue;
            }
        }
        session.buffers.append(buffer);
    }
    return session;
}

} // namespace Baton::Core
