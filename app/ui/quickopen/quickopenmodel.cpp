// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "quickopenmodel.h"

#include <QtCore/QDir>

namespace Baton::Ui {

void QuickOpenModel::setItems(QList<QuickOpenItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const QuickOpenItem *QuickOpenModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int QuickOpenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant QuickOpenModel::data(const QModelIndex &index, int role) const
{
    const QuickOpenItem *entry = item(index.row());
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return entry->detail.isEmpty() ? entry->title : entry->title + u"  " + entry->detail;
    case Qt::ToolTipRole:
        return entry->path.isEmpty() ? entry->title : QDir::toNativeSeparators(entry->path);
    default:
        return {};
    }
}

Qt::ItemFlags QuickOpenModel::flags(const QModelIndex &index) const
{
    if (!item(index.row()))
        return Qt::NoItemFlags;
    // Disabled commands stay enabled rows (the view would not let the selection onto them);
    // QuickOpenItem::enabled greys them out and Enter refuses them.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace Baton::Ui
