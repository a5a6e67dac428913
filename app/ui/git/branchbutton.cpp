// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "branchbutton.h"

#include "core/git/workingtree.h"
#include "core/runasync.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QEvent>
#include <QtCore/QFutureWatcher>
#include <QtGui/QAction>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

namespace Baton::Ui {

using Core::runAsync;

BranchButton::BranchButton(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("gitBranch"));
    setAutoRaise(true);
    setFocusPolicy(Qt::NoFocus);
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
    m_menu->setObjectName(QStringLiteral("gitBranchMenu"));
    m_menu->setToolTipsVisible(true);
    connect(m_menu, &QMenu::aboutToShow, this, &BranchButton::reload);
    setVisible(false);
    fillMenu();
}

void BranchButton::setFolder(const QString &folder)
{
    m_folder = folder;
    m_branches.clear();
    reload();
}

void BranchButton::setBranch(const QString &branch)
{
    m_branch = branch;
    setText(branch.isEmpty() ? QString() : QStringLiteral("⎇ ") + branch);
    setToolTip(branch.isEmpty() ? QString() : tr("Git branch: click to switch or create one"));
    setVisible(!branch.isEmpty());
    reload();
}

void BranchButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setToolTip(m_branch.isEmpty() ? QString()
                                      : tr("Git branch: click to switch or create one"));
        fillMenu();
    }
    QToolButton::changeEvent(event);
}

void BranchButton::showBranchMenu()
{
    if (isVisible())
        showMenu();
}

void BranchButton::reload()
{
    if (m_folder.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    struct Lists
    {
        Core::Result<QList<Core::GitBranch>> local = QList<Core::GitBranch>();
        Core::Result<QList<Core::GitBranch>> remote = QList<Core::GitBranch>();
    };
    runAsync(
        this,
        [folder = m_folder]() -> Lists {
            Lists lists;
            auto tree = Core::WorkingTree::open(folder);
            if (!tree.ok()) {
                lists.local = Core::Error{tree.errorMessage()};
                return lists;
            }
            lists.local = tree->branches();
            lists.remote = tree->remoteBranches();
            return lists;
        },
        [this, generation](const Lists &lists) {
            if (generation != m_generation)
                return;
            m_branches.clear();
            m_remoteBranches.clear();
            if (lists.local.ok()) {
                for (const Core::GitBranch &branch : lists.local.value())
                    m_branches.append({branch.name, branch.current, branch.ahead, branch.behind});
            }
            if (lists.remote.ok()) {
                for (const Core::GitBranch &branch : lists.remote.value())
                    m_remoteBranches.append(branch.name);
            }
            fillMenu();
            Q_EMIT branchesLoaded();
        });
}

void BranchButton::fillMenu()
{
    m_menu->clear();
    QAction *create = m_menu->addAction(tr("Create Branch…"), this, &BranchButton::createBranch);
    create->setObjectName(QStringLiteral("createBranch"));
    if (!m_branches.isEmpty())
        m_menu->addSection(tr("Switch to Branch"));
    for (const Entry &entry : std::as_const(m_branches)) {
        QString text = entry.name;
        if (entry.ahead > 0 || entry.behind > 0)
            text += QStringLiteral("  ↑%1 ↓%2").arg(entry.ahead).arg(entry.behind);
        QAction *action = m_menu->addAction(text);
        action->setObjectName(QStringLiteral("branch:") + entry.name);
        action->setCheckable(true);
        action->setChecked(entry.current);
        if (entry.ahead > 0 || entry.behind > 0)
            action->setToolTip(tr("%1: %n commit(s) to push", nullptr, entry.ahead).arg(entry.name)
                               + u'\n' + tr("%n commit(s) to pull", nullptr, entry.behind));
        const QString name = entry.name;
        connect(action, &QAction::triggered, this, [this, action, name, current = entry.current] {
            if (current)
                action->setChecked(true); // it stays the current branch
            else
                switchTo(name);
        });
    }
    if (m_remoteBranches.isEmpty())
        return;
    m_menu->addSection(tr("Remote Branches"));
    for (const QString &name : std::as_const(m_remoteBranches)) {
        QAction *action = m_menu->addAction(name);
        action->setObjectName(QStringLiteral("remote:") + name);
        connect(action, &QAction::triggered, this, [this, name] { switchToRemote(name); });
    }
}

void BranchButton::switchTo(const QString &name)
{
    if (m_folder.isEmpty())
        return;
    runAsync(
        this,
        [folder = m_folder, name]() -> Core::Status {
            auto tree = Core::WorkingTree::open(folder);
            if (!tree.ok())
                return Core::Error{tree.errorMessage()};
            return tree.value().checkoutBranch(name);
        },
        [this, name](const Core::Status &switched) {
            if (!switched.ok()) {
                showError(switched.errorMessage());
                reload();
                return;
            }
            Q_EMIT branchChanged(name);
        });
}

void BranchButton::switchToRemote(const QString &name)
{
    if (m_folder.isEmpty())
        return;
    runAsync(
        this,
        [folder = m_folder, name]() -> Core::Result<QString> {
            auto tree = Core::WorkingTree::open(folder);
            if (!tree.ok())
                return Core::Error{tree.errorMessage()};
            return tree.value().checkoutRemoteBranch(name);
        },
        [this](const Core::Result<QString> &switched) {
            if (!switched.ok()) {
                showError(switched.errorMessage());
                reload();
                return;
            }
            Q_EMIT branchChanged(switched.value());
        });
}

void BranchButton::createBranch()
{
    if (m_folder.isEmpty())
        return;
    auto *dialog = new QInputDialog(window());
    dialog->setObjectName(QStringLiteral("createBranchDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Create Branch"));
    dialog->setLabelText(tr("Name of the new branch (created from the current commit and "
                            "checked out):"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setWindowModality(Qt::WindowModal);
    const auto validate = [dialog](const QString &name) {
        const auto boxes = dialog->findChildren<QDialogButtonBox *>();
        for (QDialogButtonBox *box : boxes) {
            if (QPushButton *ok = box->button(QDialogButtonBox::Ok))
                ok->setEnabled(Core::WorkingTree::isValidBranchName(name.trimmed()));
        }
    };
    connect(dialog, &QInputDialog::textValueChanged, dialog, validate);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString name = text.trimmed();
        if (!Core::WorkingTree::isValidBranchName(name)) {
            showError(tr("“%1” is not a valid branch name.").arg(name));
            return;
        }
        runAsync(
            this,
            [folder = m_folder, name]() -> Core::Status {
                auto tree = Core::WorkingTree::open(folder);
                if (!tree.ok())
                    return Core::Error{tree.errorMessage()};
                return tree.value().createBranch(name, true);
            },
            [this, name](const Core::Status &created) {
                if (!created.ok()) {
                    showError(created.errorMessage());
                    return;
                }
                Q_EMIT branchChanged(name);
            });
    });
    dialog->open();
    validate(dialog->textValue());
}

void BranchButton::showError(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Git"), message, QMessageBox::Ok,
                                window());
    box->setObjectName(QStringLiteral("gitBranchError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    Q_EMIT failed(message);
}

} // namespace Baton::Ui
