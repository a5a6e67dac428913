// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Paints a quick-open row: the title with its matched characters bold in the accent colour,
// the folder dimmed after it, a hint (shortcut, "recently opened") right-aligned. Rows of a
// QuickOpenModel only.

#include <QtWidgets/QStyledItemDelegate>

namespace Baton::Ui {

class QuickOpenDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Baton::Ui
