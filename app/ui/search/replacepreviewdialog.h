// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The preview of Replace All: every file of a ReplacePlan with its changed lines, old → new,
// each with a check box (a file's box ticks or unticks all its lines), and the files that are
// refused with the reason. Apply accepts the dialog; plan() then has the user's choices in
// ReplaceFile::enabled and ReplaceLine::enabled. Show it with open(), never exec().

#include "core/search/searchreplace.h"

#include <QtWidgets/QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Baton::Ui {

class ReplacePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReplacePreviewDialog(const Core::ReplacePlan &plan, const QString &replacement,
                         QWidget *parent = nullptr);

    // The plan with the boxes as the user left them.
    Core::ReplacePlan plan() const;

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *applyButton() const { return m_apply; }

private:
    void updateCount();

    Core::ReplacePlan m_plan;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace Baton::Ui
