// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Reading the Source Control dock's list (objectName "changesList") as a user sees it, for the
// UI tests. Header only.

#include <QtWidgets/QTreeWidget>

// The names listed in a section of the changes list (0: staged, 1: changes) with their
// letters ("README.md M"), sorted.
inline QStringList listedChanges(QTreeWidget *list, int section)
{
    QStringList names;
    QTreeWidgetItem *item = list->topLevelItem(section);
    for (int i = 0; item && i < item->childCount(); ++i)
        names.append(item->child(i)->text(0) + u' ' + item->child(i)->text(2));
    names.sort();
    return names;
}

// The row of `name` in a section of the changes list, or nullptr.
inline QTreeWidgetItem *changeRow(QTreeWidget *list, int section, const QString &name)
{
    QTreeWidgetItem *item = list->topLevelItem(section);
    for (int i = 0; item && i < item->childCount(); ++i) {
        if (item->child(i)->text(0) == name)
            return item->child(i);
    }
    return nullptr;
}
