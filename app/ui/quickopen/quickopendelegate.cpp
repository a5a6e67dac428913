// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "quickopendelegate.h"

#include "quickopenmodel.h"

#include <QtGui/QPainter>
#include <QtWidgets/QApplication>

namespace Baton::Ui {

namespace {

constexpr int horizontalPadding = 8;
constexpr int verticalPadding = 3;

// Draws `text` from `x` on the baseline `y`, highlighted characters in `bold`/`accent`; stops
// at `right`, eliding the rest. Returns where it ended.
int drawRuns(QPainter *painter, const QString &text, const QList<int> &highlights, int x, int y,
             int right, const QFont &plain, const QFont &bold, const QColor &colour,
             const QColor &accent)
{
    const QFontMetrics plainMetrics(plain);
    const QFontMetrics boldMetrics(bold);
    qsizetype start = 0;
    while (start < text.size()) {
        const bool lit = highlights.contains(int(start));
        qsizetype end = start + 1;
        while (end < text.size() && highlights.contains(int(end)) == lit)
            ++end;
        const QString run = text.mid(start, end - start);
        const QFontMetrics &metrics = lit ? boldMetrics : plainMetrics;
        const int width = metrics.horizontalAdvance(run);
        painter->setFont(lit ? bold : plain);
        painter->setPen(lit ? accent : colour);
        if (x + width > right) {
            painter->drawText(x, y, metrics.elidedText(run, Qt::ElideRight, right - x));
            return right;
        }
        painter->drawText(x, y, run);
        x += width;
        start = end;
    }
    return x;
}

} // namespace

void QuickOpenDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const auto *model = qobject_cast<const QuickOpenModel *>(index.model());
    const QuickOpenItem *item = model ? model->item(index.row()) : nullptr;
    if (!item) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = item->enabled ? QPalette::Active : QPalette::Disabled;
    const QColor colour
        = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = colour;
    dim.setAlphaF(0.6f);
    const QColor accent = selected ? colour : option.palette.color(group, QPalette::Link);
    QFont plain = option.font;
    QFont bold = plain;
    bold.setBold(true);
    const QFontMetrics metrics(plain);

    const QRect rect = option.rect.adjusted(horizontalPadding, 0, -horizontalPadding, 0);
    const int baseline = rect.top() + (rect.height() - metrics.height()) / 2 + metrics.ascent();
    int right = rect.right();
    if (!item->hint.isEmpty()) {
        const int hintWidth = metrics.horizontalAdvance(item->hint);
        painter->setFont(plain);
        painter->setPen(dim);
        painter->drawText(rect.right() - hintWidth, baseline, item->hint);
        right -= hintWidth + 2 * horizontalPadding;
    }
    int x = drawRuns(painter, item->title, item->titleHighlights, rect.left(), baseline, right,
                     plain, bold, colour, accent);
    if (!item->detail.isEmpty() && x + horizontalPadding < right) {
        QFont small = plain;
        if (plain.pointSizeF() > 0)
            small.setPointSizeF(plain.pointSizeF() * 0.9);
        QFont smallBold = small;
        smallBold.setBold(true);
        drawRuns(painter, item->detail, item->detailHighlights, x + horizontalPadding, baseline,
                 right, small, smallBold, dim, accent);
    }
    painter->restore();
}

QSize QuickOpenDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    Q_UNUSED(index);
    const QFontMetrics metrics(option.font);
    return {metrics.averageCharWidth() * 40, metrics.height() + 2 * verticalPadding};
}

} // namespace Baton::Ui
