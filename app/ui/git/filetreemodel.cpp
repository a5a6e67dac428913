// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "filetreemodel.h"

#include "core/git/workspacestatus.h"

#include <QtGui/QFont>
#include <QtGui/QGuiApplication>
#include <QtGui/QPalette>

namespace Baton::Ui {

static bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

FileTreeModel::FileTreeModel(Core::WorkspaceStatus *status, QObject *parent)
    : QFileSystemModel(parent)
    , m_status(status)
{
    connect(m_status, &Core::WorkspaceStatus::changed, this, &FileTreeModel::statusChanged);
}

QColor FileTreeModel::colourFor(Core::GitFileState state)
{
    // The hues VS Code uses, so that users coming from it read them at a glance; one shade for
    // light backgrounds, a lighter one for dark.
    const bool dark = darkPalette();
    switch (state) {
    case Core::GitFileState::Modified:
    case Core::GitFileState::Renamed:
        return dark ? QColor(0xe2, 0xc0, 0x8d) : QColor(0x89, 0x55, 0x03);
    case Core::GitFileState::Added:
    case Core::GitFileState::Untracked:
        return dark ? QColor(0x73, 0xc9, 0x91) : QColor(0x00, 0x7a, 0x1f);
    case Core::GitFileState::Deleted:
        return dark ? QColor(0xc7, 0x4e, 0x39) : QColor(0xad, 0x07, 0x07);
    case Core::GitFileState::Conflicted:
        return dark ? QColor(0xe4, 0x67, 0x6b) : QColor(0xad, 0x07, 0x07);
    case Core::GitFileState::Ignored:
        break;
    }
    return dimmedColour();
}

QColor FileTreeModel::dimmedColour()
{
    return darkPalette() ? QColor(0x8c, 0x8c, 0x8c) : QColor(0x8e, 0x8e, 0x90);
}

QVariant FileTreeModel::data(const QModelIndex &index, int role) const
{
    if ((role != Qt::ForegroundRole && role != Qt::FontRole) || index.column() != 0
        || !m_status->isRepository())
        return QFileSystemModel::data(index, role);
    const QString path = filePath(index);
    if (isDir(index)) {
        if (role == Qt::FontRole)
            return QFileSystemModel::data(index, role);
        if (m_status->isIgnored(path))
            return dimmedColour();
        if (m_status->containsChanges(path))
            return colourFor(Core::GitFileState::Modified);
        return QFileSystemModel::data(index, role);
    }
    const auto change = m_status->changeAt(path);
    if (role == Qt::FontRole) {
        if (change && change->state() == Core::GitFileState::Conflicted) {
            QFont font = QFileSystemModel::data(index, role).value<QFont>();
            font.setBold(true);
            return font;
        }
        return QFileSystemModel::data(index, role);
    }
    if (change)
        return colourFor(change->state());
    if (m_status->isIgnored(path))
        return dimmedColour();
    return QFileSystemModel::data(index, role);
}

void FileTreeModel::statusChanged(const QStringList &paths)
{
    const QList<int> roles = {Qt::ForegroundRole, Qt::FontRole};
    const QModelIndex root = index(rootPath());
    if (paths.isEmpty()) {
        // Everything may differ: one range over the top level repaints the whole view.
        const int rows = rowCount(root);
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0, root), index(rows - 1, 0, root), roles);
        return;
    }
    for (const QString &path : paths) {
        // The file and the folders above it (their tint may change too).
        for (QModelIndex item = index(path); item.isValid() && item != root;
             item = item.parent())
            Q_EMIT dataChanged(item, item, roles);
    }
}

} // namespace Baton::Ui
