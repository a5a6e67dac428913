// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "ignoredfileshider.h"

#include "core/git/workspacestatus.h"
#include "ui/git/filetreemodel.h"

#include <QtWidgets/QTreeView>

namespace Baton::Ui {

IgnoredFilesHider::IgnoredFilesHider(QTreeView *view, FileTreeModel *model,
                                     Core::WorkspaceStatus *status, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_model(model)
    , m_status(status)
{
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parentIndex, int first, int last) {
                apply(parentIndex, first, last, false);
            });
    connect(m_status, &Core::WorkspaceStatus::changed, this, [this] {
        if (m_enabled)
            applyAll();
    });
}

void IgnoredFilesHider::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    applyAll();
}

void IgnoredFilesHider::applyAll()
{
    const QModelIndex root = m_view->rootIndex();
    const int rows = m_model->rowCount(root);
    if (rows > 0)
        apply(root, 0, rows - 1, true);
}

void IgnoredFilesHider::apply(const QModelIndex &parentIndex, int first, int last, bool recurse)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex item = m_model->index(row, 0, parentIndex);
        // The repository's own folder is never shown, as in VS Code.
        const bool gitFolder = m_model->fileName(item) == u".git" && m_model->isDir(item);
        const bool hidden
            = gitFolder || (m_enabled && m_status->isIgnored(m_model->filePath(item)));
        if (m_view->isRowHidden(row, parentIndex) != hidden)
            m_view->setRowHidden(row, parentIndex, hidden);
        // Only what is loaded (rowCount does not make the model read a folder).
        if (recurse && !hidden && m_model->isDir(item)) {
            const int rows = m_model->rowCount(item);
            if (rows > 0)
                apply(item, 0, rows - 1, true);
        }
    }
}

} // namespace Baton::Ui
