// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The "Changes" (source control) panel: a commit message box with a Commit button
// (Ctrl+Enter) and a "⋯" menu (Commit Staged, Commit All, the smart-commit switch), and the
// lists "Staged Changes" and "Changes" with status letters and colours. Files and whole
// sections are staged and unstaged with the row buttons or the context menu; discarding asks
// first, naming the files and how many new files go to the trash; double-click opens a file.
// The lists follow a Core::WorkspaceStatus. Every git operation runs on the thread pool;
// errors are shown in the panel. GUI thread only.
//
// Smart commit (as VS Code): Commit with nothing staged but tracked files changed asks whether
// to stage all those changes and commit them (Yes / Always / Cancel); "Always" can be switched
// off in the "⋯" menu. The panel does not store the choice: it reports changes with
// smartCommitChanged() and is told the setting with setSmartCommit() (the main window keeps it
// in Core::EditorSettings, shared with the settings dialog). Untracked (new) files
// are never committed unless staged: the least surprising choice, like `git commit -a`, and
// the question says so.

#include "core/git/workingtree.h"

#include <QtCore/QStringList>
#include <QtWidgets/QWidget>

#include <functional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
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
    // Asks for confirmation (a window-modal message box, not blocking), then discards:
    // tracked files get the index's version back, untracked ones go to the trash; those the
    // trash cannot take are deleted only after a second confirmation.
    void discard(const QStringList &paths);
    // Commits the staged changes; with none staged, the smart commit above.
    void commit();
    // Stages every change to a tracked file and commits (the menu's "Commit All").
    void commitAll();

    // Smart commit's "Always": commit all tracked changes without asking when nothing is
    // staged. setSmartCommit() does not emit smartCommitChanged().
    bool smartCommit() const;
    void setSmartCommit(bool always);

    // The error (or last result) line; empty when there is none.
    QString message() const;

Q_SIGNALS:
    void openFileRequested(const QString &absolutePath);
    void committed(const QString &shortId);
    // An operation finished (successfully or not) and the lists will follow.
    void operationFinished();
    // The user changed the smart-commit choice ("Always" in the question, or the "⋯" menu).
    void smartCommitChanged(bool always);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void scheduleRebuild();
    void rebuild();
    void run(std::function<Core::Status(Core::WorkingTree &)> operation,
             std::function<void()> succeeded = {});
    void runCommit(const QString &text, Core::CommitScope scope);
    void runDiscard(const QStringList &paths, Core::UntrackedDisposal disposal);
    void askToDelete(const QStringList &paths);
    void showMenu(const QPoint &position);
    void showMessage(const QString &text, bool error);
    void updateButtons();
    QStringList pathsOf(QTreeWidgetItem *item) const;
    QTreeWidgetItem *section(bool staged) const;

    Core::WorkspaceStatus *m_status;
    QPlainTextEdit *m_message = nullptr;
    QPushButton *m_commitButton = nullptr;
    QToolButton *m_menuButton = nullptr;
    QAction *m_commitStagedAction = nullptr;
    QAction *m_commitAllAction = nullptr;
    QAction *m_smartCommitAction = nullptr;
    QLabel *m_messageLabel = nullptr;
    QTreeWidget *m_list = nullptr;
    QTreeWidgetItem *m_staged = nullptr;
    QTreeWidgetItem *m_unstaged = nullptr;
    int m_running = 0;
    bool m_rebuildPending = false;
    bool m_smartCommit = false;
};

} // namespace Baton::Ui
