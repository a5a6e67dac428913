// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "workspaceguard.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QStringList>

#include <cerrno>
#include <deque>
#include <sys/stat.h>
#include <unistd.h>

namespace Baton::Core {

// Linux's own limit on links followed while resolving one path.
static constexpr int maxLinkHops = 40;

static QStringList components(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

static QString child(const QString &folder, const QString &name)
{
    return folder == u"/" ? QString(u'/' + name) : QString(folder + u'/' + name);
}

static QString readLink(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    QByteArray buffer(4096, '\0');
    const ssize_t length = ::readlink(native.constData(), buffer.data(), size_t(buffer.size()));
    if (length < 0)
        return {};
    buffer.truncate(length);
    return QFile::decodeName(buffer);
}

static bool isInside(const QString &path, const QString &root)
{
    return path == root || path.startsWith(root + u'/') || root == u"/";
}

WorkspaceGuard::WorkspaceGuard(const QString &root)
    : m_root(QFileInfo(root).canonicalFilePath())
{
    if (!m_root.isEmpty() && !QFileInfo(m_root).isDir())
        m_root.clear();
}

bool WorkspaceGuard::isProtected(const QString &relative)
{
    const QStringList parts = components(relative);
    if (!parts.isEmpty() && parts.first().compare(u".baton", Qt::CaseInsensitive) == 0)
        return true;
    for (const QString &part : parts) {
        if (part.compare(u".git", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Result<WorkspacePath> WorkspaceGuard::resolve(const QString &path) const
{
    if (!isValid())
        return Error{QStringLiteral("The workspace folder does not exist.")};
    if (path.isEmpty())
        return Error{QStringLiteral("The path is empty; use \".\" for the workspace root.")};
    if (path.contains(QChar(u'\0')))
        return Error{QStringLiteral("The path contains a NUL character.")};
    if (path == u"~" || path.startsWith(u"~/"))
        return Error{QStringLiteral("\"%1\" is in the home folder, outside the workspace; "
                                    "paths must be inside %2.")
                         .arg(path, m_root)};

    const bool absolute = path.startsWith(u'/');
    // Walk the components the way the kernel does: `current` is always a resolved, existing
    // folder; a link's target is spliced in front of what remains.
    QString current = absolute ? QStringLiteral("/") : m_root;
    std::deque<QString> pending;
    for (const QString &part : components(path))
        pending.push_back(part);
    int hops = 0;
    QString firstLink; // the first link followed, for the message
    QStringList missing;
    while (!pending.empty()) {
        const QString part = pending.front();
        pending.pop_front();
        if (part == u".")
            continue;
        if (part == u"..") {
            current = current == u"/" ? current : QFileInfo(current).path();
            continue;
        }
        const QString next = child(current, part);
        struct stat info;
        if (::lstat(QFile::encodeName(next).constData(), &info) != 0) {
            if (errno != ENOENT)
                return Error{QStringLiteral("\"%1\" cannot be examined: %2")
                                 .arg(path, QString::fromLocal8Bit(strerror(errno)))};
            missing.append(part);
            for (const QString &rest : pending)
                missing.append(rest);
            break;
        }
        if (S_ISLNK(info.st_mode)) {
            if (++hops > maxLinkHops)
                return Error{QStringLiteral("\"%1\" has too many levels of symbolic links.")
                                 .arg(path)};
            if (firstLink.isEmpty())
                firstLink = next;
            const QString target = readLink(next);
            if (target.isEmpty())
                return Error{QStringLiteral("The symbolic link \"%1\" cannot be read.").arg(next)};
            if (target.startsWith(u'/'))
                current = QStringLiteral("/");
            const QStringList targetParts = components(target);
            for (auto it = targetParts.crbegin(); it != targetParts.crend(); ++it)
                pending.push_front(*it);
            continue;
        }
        if (!S_ISDIR(info.st_mode) && !pending.empty()) {
            bool onlyDots = true;
            for (const QString &rest : pending)
                onlyDots = onlyDots && rest == u".";
            if (!onlyDots)
                return Error{QStringLiteral("\"%1\" is not a folder (in \"%2\").").arg(next, path)};
        }
        current = next;
    }

    // What does not exist yet is appended as written; ".." there cannot be resolved.
    for (const QString &part : missing) {
        if (part == u"..")
            return Error{QStringLiteral("\"%1\" uses \"..\" after a folder that does not exist.")
                             .arg(path)};
    }
    QString resolved = current;
    for (const QString &part : missing) {
        if (part == u".")
            continue;
        resolved = child(resolved, part);
    }

    if (!isInside(resolved, m_root)) {
        if (!firstLink.isEmpty())
            return Error{QStringLiteral("\"%1\" goes through the symbolic link \"%2\", which "
                                        "points outside the workspace (to %3). Only paths inside "
                                        "%4 are allowed.")
                             .arg(path, firstLink, resolved, m_root)};
        if (absolute)
            return Error{QStringLiteral("\"%1\" is outside the workspace. Only paths inside %2 "
                                        "are allowed.")
                             .arg(path, m_root)};
        return Error{QStringLiteral("\"%1\" leads outside the workspace (to %2). Only paths "
                                    "inside %3 are allowed.")
                         .arg(path, resolved, m_root)};
    }
    WorkspacePath result;
    result.absolute = resolved;
    result.relative = resolved == m_root ? QString() : resolved.mid(m_root.size() + 1);
    if (isProtected(result.relative)) {
        const bool baton = !components(result.relative)
                                .first()
                                .compare(u".baton", Qt::CaseInsensitive);
        return Error{QStringLiteral("\"%1\" is inside %2, which the agent may not read or change.")
                         .arg(path, baton ? QStringLiteral("the workspace's .baton folder")
                                          : QStringLiteral("a .git folder"))};
    }
    result.exists = missing.isEmpty();
    return result;
}

} // namespace Baton::Core
