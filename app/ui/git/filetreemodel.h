// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The workspace's files for the tree: a QFileSystemModel (it reads folders on its own thread
// and follows the disk) whose names are coloured by their git status, read from a
// Core::WorkspaceStatus: modified amber, added and untracked green, deleted red, conflicted
// red and bold, ignored dimmed, folders holding changes tinted. Still a QFileSystemModel, so
// filePath(), isDir() and index(path) work on the tree's indexes as before. GUI thread only.

#include "core/git/repository.h"

#include <QtGui/QColor>
#include <QtGui/QFileSystemModel>

namespace Baton::Core {
class WorkspaceStatus;
}

namespace Baton::Ui {

class FileTreeModel : public QFileSystemModel
{
    Q_OBJECT

public:
    // `status` must outlive the model.
    explicit FileTreeModel(Core::WorkspaceStatus *status, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The colour for a file in `state`, readable on the application's current palette (light
    // or dark). Shared with the changes panel.
    static QColor colourFor(Core::GitFileState state);
    // The colour of ignored files.
    static QColor dimmedColour();

private:
    void statusChanged(const QStringList &paths);

    Core::WorkspaceStatus *m_status;
};

} // namespace Baton::Ui
