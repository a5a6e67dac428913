// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The git branch in the status bar ("⎇ main"): a button whose menu lists the local branches
// (the current one checked, ahead/behind its upstream when known) to switch to, then the
// remote-tracking branches ("origin/x", as of the last fetch), and "Create Branch…". Choosing a
// remote branch switches to the local branch tracking it, creating it when there is none
// (WorkingTree::checkoutRemoteBranch). Branches are listed, switched and created on the thread
// pool; a switch that would overwrite local changes is refused by git and the refusal, with the
// files, is shown. GUI thread only.

#include <QtWidgets/QToolButton>

class QMenu;

namespace Baton::Ui {

class BranchButton : public QToolButton
{
    Q_OBJECT

public:
    explicit BranchButton(QWidget *parent = nullptr);

    // The workspace folder (any folder inside the repository); empty for none. Reloads the
    // branch list.
    void setFolder(const QString &folder);
    // Shows `branch` (empty hides the button) and reloads the branch list.
    void setBranch(const QString &branch);
    QString branch() const { return m_branch; }

    // Asks for a name and creates a branch from HEAD, switching to it.
    void createBranch();
    // Switches to the local branch `name`.
    void switchTo(const QString &name);
    // Switches to a local branch tracking the remote-tracking branch `name` ("origin/x"),
    // creating it if needed.
    void switchToRemote(const QString &name);
    // Opens the branch menu.
    void showBranchMenu();

Q_SIGNALS:
    // The checked-out branch changed (switched or created).
    void branchChanged(const QString &name);
    // A switch or creation failed; `message` is translated and was shown to the user.
    void failed(const QString &message);
    // The menu's branch list was reloaded.
    void branchesLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void fillMenu();
    void showError(const QString &message);

    struct Entry
    {
        QString name;
        bool current = false;
        int ahead = 0;
        int behind = 0;
    };
    QString m_folder;
    QString m_branch;
    QList<Entry> m_branches;
    QStringList m_remoteBranches;
    QMenu *m_menu = nullptr;
    quint64 m_generation = 0;
};

} // namespace Baton::Ui
