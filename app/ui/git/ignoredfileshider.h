// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// "Hide Ignored Files" for the file tree: while enabled, rows of files and folders that git
// ignores are hidden in the view (the model keeps them, so every index the tree hands out
// stays a FileTreeModel index). Follows rows as they load and the status as it changes.
// A `.git` folder is hidden whether enabled or not.
// GUI thread only; the view, model and status must outlive it.

#include <QtCore/QObject>

class QModelIndex;
class QTreeView;

namespace Baton::Core {
class WorkspaceStatus;
}

namespace Baton::Ui {

class FileTreeModel;

class IgnoredFilesHider : public QObject
{
    Q_OBJECT

public:
    IgnoredFilesHider(QTreeView *view, FileTreeModel *model, Core::WorkspaceStatus *status,
                      QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

private:
    void apply(const QModelIndex &parent, int first, int last, bool recurse);
    void applyAll();

    QTreeView *m_view;
    FileTreeModel *m_model;
    Core::WorkspaceStatus *m_status;
    bool m_enabled = false;
};

} // namespace Baton::Ui
