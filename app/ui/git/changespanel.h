// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The "Changes" (source control) panel: a commit message box with a Commit button
// (Ctrl+Enter), and the lists "Staged Changes" and "Changes" with status letters and colours.
// Files and whole sections are staged and unstaged with the row buttons or the context menu;
// discarding asks first, naming the files; double-click opens a file. The lists follow a
// Core::WorkspaceStatus. Every git operation runs on the thread pool; errors are shown in the
// panel. GUI thread only.

#include "core/git/workingtree.h"

#include <QtCore/QStringList>
#include <QtWidgets/QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Baton::Core {
class WorkspaceStatus;
}

namespace Baton::Ui {

class ChangesPanel : public QWidget
{
    Q_OBJECT

public:
    // `status` must outlive the panel.
    explicit ChangesPanel(Core::WorkspaceStatus *status, QWidget *parent = nullptr);

    // The commit message. Hook for generated commit messages (a later issue): a generator
    // fills the box with setCommitMessage(); nothing in this panel generates one.
    QString commitMessage() const;
    void setCommitMessage(const QString &message);

    // Git operations on repository-relative paths, as the buttons and menus run them.
    void stage(const QStringList &paths);
    void unstage(const QStringList &paths);
    // Asks for confirmation (a window-modal message box, not blocking), then discards.
    void discard(const QStringList &paths);
    void commit();

    // The error (or last result) line; empty when there is none.
    QString message() const;

Q_SIGNALS:
    void openFileRequested(const QString &absolutePath);
    void committed(const QString &shortId);
    // An operation finished (successfully or not) and the lists will follow.
    void operationFinished();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void scheduleRebuild();
    void rebuild();
    void run(std::function<Core::Status(Core::WorkingTree &)> operation,
             std::function<void()> succeeded = {});
    void showMenu(const QPoint &position);
    void showMessage(const QString &text, bool error);
    void updateButtons();
    QStringList pathsOf(QTreeWidgetItem *item) const;
    QTreeWidgetItem *section(bool staged) const;

    Core::WorkspaceStatus *m_status;
    QPlainTextEdit *m_message = nullptr;
    QPushButton *m_commitButton = nullptr;
    QLabel *m_messageLabel = nullptr;
    QTreeWidget *m_list = nullptr;
    QTreeWidgetItem *m_staged = nullptr;
    QTreeWidgetItem *m_unstaged = nullptr;
    int m_running = 0;
    bool m_rebuildPending = false;
};

} // namespace Baton::Ui
