// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The rows quick open shows: files (name, folder, matched characters), commands (label,
// shortcut, enabled) or a go-to-line row. Filled whole by QuickOpen; read by the view and
// QuickOpenDelegate. GUI thread only.

#include <QtCore/QAbstractListModel>
#include <QtCore/QList>
#include <QtCore/QPointer>
#include <QtCore/QString>

class QAction;

namespace Baton::Ui {

struct QuickOpenItem
{
    QString title;              // file name, command label, or go-to-line text
    QList<int> titleHighlights; // matched characters of title
    QString detail;             // folder of a file (dimmed after the title)
    QList<int> detailHighlights;
    QString hint; // right-aligned: a command's shortcut, "recently opened"
    bool enabled = true;
    QString path;             // a file: absolute path
    QString commandId;        // a command
    QPointer<QAction> action; // a command
    int line = 0;             // 1-based; 0 for none
    int column = 0;           // 1-based; 0 for none
};

class QuickOpenModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    void setItems(QList<QuickOpenItem> items);
    const QList<QuickOpenItem> &items() const { return m_items; }
    // Null for an invalid row.
    const QuickOpenItem *item(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<QuickOpenItem> m_items;
};

} // namespace Baton::Ui
