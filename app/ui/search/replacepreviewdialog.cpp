// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "ui/search/replacepreviewdialog.h"

#include <QtCore/QDir>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeWidget>

namespace Baton::Ui {

namespace {
constexpr int FileRole = Qt::UserRole + 1; // index into the plan's files
constexpr int LineRole = Qt::UserRole + 2; // index into the file's lines
} // namespace

ReplacePreviewDialog::ReplacePreviewDialog(const Core::ReplacePlan &plan,
                                           const QString &replacement, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("replacePreview"));
    setWindowTitle(tr("Replace All"));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    heading->setText(tr("Replace with “%1”:").arg(replacement));
    layout->addWidget(heading);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("replacePreviewTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree, 1);
    m_count = new QLabel(this);
    layout->addWidget(m_count);
    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyReplace"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (int f = 0; f < m_plan.files.size(); ++f) {
        const Core::ReplaceFile &file = m_plan.files.at(f);
        auto *fileItem = new QTreeWidgetItem(m_tree);
        fileItem->setData(0, FileRole, f);
        fileItem->setData(0, LineRole, -1);
        if (!file.error.isEmpty()) {
            fileItem->setText(0, tr("%1 — not replaced: %2")
                                     .arg(QDir::toNativeSeparators(file.path), file.error));
            fileItem->setFlags(Qt::ItemIsEnabled);
            fileItem->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            continue;
        }
        fileItem->setText(0, file.openInEditor
                                 ? tr("%1 (open in an editor: changed there, not saved)")
                                       .arg(QDir::toNativeSeparators(file.path))
                                 : QDir::toNativeSeparators(file.path));
        fileItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        for (int l = 0; l < file.lines.size(); ++l) {
            const Core::ReplaceLine &line = file.lines.at(l);
            auto *lineItem = new QTreeWidgetItem(fileItem);
            lineItem->setData(0, FileRole, f);
            lineItem->setData(0, LineRole, l);
            lineItem->setText(0, tr("%1: %2  →  %3")
                                     .arg(line.line + 1)
                                     .arg(line.oldText.trimmed(), line.newText.trimmed()));
            lineItem->setToolTip(0, line.oldText + u'\n' + line.newText);
            lineItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            lineItem->setCheckState(0, line.enabled && file.enabled ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_tree->expandAll();
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] { updateCount(); });
    updateCount();
}

Core::ReplacePlan ReplacePreviewDialog::plan() const
{
    Core::ReplacePlan plan = m_plan;
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        const QTreeWidgetItem *fileItem = m_tree->topLevelItem(top);
        Core::ReplaceFile &file = plan.files[fileItem->data(0, FileRole).toInt()];
        bool any = false;
        for (int child = 0; child < fileItem->childCount(); ++child) {
            const QTreeWidgetItem *lineItem = fileItem->child(child);
            const bool on = lineItem->checkState(0) == Qt::Checked;
            file.lines[lineItem->data(0, LineRole).toInt()].enabled = on;
            any = any || on;
        }
        file.enabled = any;
    }
    return plan;
}

void ReplacePreviewDialog::updateCount()
{
    const int count = plan().replacements();
    m_count->setText(count == 1 ? tr("1 replacement") : tr("%1 replacements").arg(count));
    m_apply->setEnabled(count > 0);
}

} // namespace Baton::Ui
