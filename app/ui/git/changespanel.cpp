// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "changespanel.h"

#include "core/git/workspacestatus.h"
#include "ui/git/filetreemodel.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeWidget>

#include <memory>

namespace Baton::Ui {

namespace {

enum Role {
    PathRole = Qt::UserRole,   // repository-relative path
    OldPathRole,               // the path before a staged rename
    StateRole,                 // int(Core::GitFileState)
};

enum Column { NameColumn, FolderColumn, LetterColumn, DiscardColumn, ButtonColumn };

QString letterFor(Core::GitFileState state)
{
    switch (state) {
    case Core::GitFileState::Added:
        return QStringLiteral("A");
    case Core::GitFileState::Modified:
        return QStringLiteral("M");
    case Core::GitFileState::Deleted:
        return QStringLiteral("D");
    case Core::GitFileState::Renamed:
        return QStringLiteral("R");
    case Core::GitFileState::Untracked:
        return QStringLiteral("U");
    case Core::GitFileState::Conflicted:
        return QStringLiteral("C");
    case Core::GitFileState::Ignored:
        break;
    }
    return QStringLiteral("!");
}

QString stateName(Core::GitFileState state)
{
    switch (state) {
    case Core::GitFileState::Added:
        return ChangesPanel::tr("Added");
    case Core::GitFileState::Modified:
        return ChangesPanel::tr("Modified");
    case Core::GitFileState::Deleted:
        return ChangesPanel::tr("Deleted");
    case Core::GitFileState::Renamed:
        return ChangesPanel::tr("Renamed");
    case Core::GitFileState::Untracked:
        return ChangesPanel::tr("Untracked");
    case Core::GitFileState::Conflicted:
        return ChangesPanel::tr("Conflicted");
    case Core::GitFileState::Ignored:
        break;
    }
    return ChangesPanel::tr("Ignored");
}

QToolButton *rowButton(QWidget *parent, const QString &text)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

ChangesPanel::ChangesPanel(Core::WorkspaceStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_status(status)
{
    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(QStringLiteral("commitMessage"));
    m_message->setTabChangesFocus(true);
    m_message->setMaximumHeight(m_message->fontMetrics().lineSpacing() * 5);
    m_message->installEventFilter(this);
    m_commitButton = new QPushButton(this);
    m_commitButton->setObjectName(QStringLiteral("commitButton"));
    auto *commitMenu = new QMenu(this);
    commitMenu->setObjectName(QStringLiteral("commitMenu"));
    m_commitStagedAction = commitMenu->addAction(QString(), this, [this] {
        if (m_staged->childCount() > 0)
            commit();
        else
            showMessage(tr("Nothing is staged to commit."), true);
    });
    m_commitStagedAction->setObjectName(QStringLiteral("commitStaged"));
    m_commitAllAction = commitMenu->addAction(QString(), this, &ChangesPanel::commitAll);
    m_commitAllAction->setObjectName(QStringLiteral("commitAll"));
    commitMenu->addSeparator();
    m_smartCommitAction = commitMenu->addAction(QString());
    m_smartCommitAction->setObjectName(QStringLiteral("smartCommit"));
    m_smartCommitAction->setCheckable(true);
    connect(m_smartCommitAction, &QAction::triggered, this, [this](bool always) {
        m_smartCommit = always;
        Q_EMIT smartCommitChanged(always);
    });
    m_menuButton = new QToolButton(this);
    m_menuButton->setObjectName(QStringLiteral("changesMenu"));
    m_menuButton->setText(QStringLiteral("⋯"));
    m_menuButton->setAutoRaise(true);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setMenu(commitMenu);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("changesMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("changesList"));
    m_list->setColumnCount(5);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(FolderColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(LetterColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(DiscardColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ButtonColumn, QHeaderView::ResizeToContents);
    m_staged = new QTreeWidgetItem(m_list);
    m_unstaged = new QTreeWidgetItem(m_list);
    for (QTreeWidgetItem *sectionItem : {m_staged, m_unstaged}) {
        QFont font = sectionItem->font(NameColumn);
        font.setBold(true);
        sectionItem->setFont(NameColumn, font);
        sectionItem->setExpanded(true);
    }
    auto *unstageAll = rowButton(m_list, QStringLiteral("−"));
    unstageAll->setObjectName(QStringLiteral("unstageAll"));
    connect(unstageAll, &QToolButton::clicked, this, [this] { unstage(pathsOf(m_staged)); });
    m_list->setItemWidget(m_staged, ButtonColumn, unstageAll);
    auto *stageAll = rowButton(m_list, QStringLiteral("+"));
    stageAll->setObjectName(QStringLiteral("stageAll"));
    connect(stageAll, &QToolButton::clicked, this, [this] { stage(pathsOf(m_unstaged)); });
    m_list->setItemWidget(m_unstaged, ButtonColumn, stageAll);
    auto *discardAll = rowButton(m_list, QStringLiteral("↶"));
    discardAll->setObjectName(QStringLiteral("discardAll"));
    connect(discardAll, &QToolButton::clicked, this, [this] { discard(pathsOf(m_unstaged)); });
    m_list->setItemWidget(m_unstaged, DiscardColumn, discardAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_message);
    auto *commitRow = new QHBoxLayout;
    commitRow->setContentsMargins(0, 0, 0, 0);
    commitRow->addWidget(m_commitButton, 1);
    commitRow->addWidget(m_menuButton);
    layout->addLayout(commitRow);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_list, 1);

    connect(m_commitButton, &QPushButton::clicked, this, &ChangesPanel::commit);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString path = item->data(NameColumn, PathRole).toString();
        if (path.isEmpty()
            || Core::GitFileState(item->data(NameColumn, StateRole).toInt())
                   == Core::GitFileState::Deleted)
            return;
        Q_EMIT openFileRequested(m_status->repositoryRoot() + path);
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &ChangesPanel::showMenu);
    connect(m_status, &Core::WorkspaceStatus::changed, this, &ChangesPanel::scheduleRebuild);
    connect(m_status, &Core::WorkspaceStatus::scanned, this, &ChangesPanel::scheduleRebuild);
    retranslate();
    rebuild();
}

QString ChangesPanel::commitMessage() const
{
    return m_message->toPlainText();
}

void ChangesPanel::setCommitMessage(const QString &message)
{
    m_message->setPlainText(message);
}

QString ChangesPanel::message() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

bool ChangesPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Enter in the message box commits (a plain Enter starts a new line).
    if (watched == m_message && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            commit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChangesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChangesPanel::retranslate()
{
    m_message->setPlaceholderText(tr("Message (Ctrl+Enter to commit)"));
    m_commitButton->setText(tr("Commit"));
    m_commitButton->setToolTip(tr("Commit the staged changes (with none staged, offers to "
                                  "commit every change to tracked files)"));
    m_menuButton->setToolTip(tr("More Actions…"));
    m_commitStagedAction->setText(tr("Commit Staged"));
    m_commitAllAction->setText(tr("Commit All (Tracked Files)"));
    m_commitAllAction->setToolTip(tr("Stage every change to tracked files and commit; new "
                                     "files are committed only once you stage them"));
    m_smartCommitAction->setText(tr("Always Commit All When Nothing Is Staged"));
    m_staged->setText(NameColumn, tr("Staged Changes"));
    m_unstaged->setText(NameColumn, tr("Changes"));
    m_list->itemWidget(m_staged, ButtonColumn)->setToolTip(tr("Unstage All Changes"));
    m_list->itemWidget(m_unstaged, ButtonColumn)->setToolTip(tr("Stage All Changes"));
    m_list->itemWidget(m_unstaged, DiscardColumn)->setToolTip(tr("Discard All Changes…"));
    for (QTreeWidgetItem *sectionItem : {m_staged, m_unstaged}) {
        for (int i = 0; i < sectionItem->childCount(); ++i) {
            QTreeWidgetItem *child = sectionItem->child(i);
            const auto state = Core::GitFileState(child->data(NameColumn, StateRole).toInt());
            child->setToolTip(LetterColumn, stateName(state));
            if (QWidget *button = m_list->itemWidget(child, ButtonColumn))
                button->setToolTip(sectionItem == m_staged ? tr("Unstage Changes")
                                                           : tr("Stage Changes"));
            if (QWidget *button = m_list->itemWidget(child, DiscardColumn))
                button->setToolTip(tr("Discard Changes…"));
        }
    }
}

void ChangesPanel::scheduleRebuild()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, [this] {
        m_rebuildPending = false;
        rebuild();
    });
}

void ChangesPanel::rebuild()
{
    QStringList selected;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        selected.append(item->data(NameColumn, PathRole).toString()
                        + (item->parent() == m_staged ? u'S' : u'W'));
    for (QTreeWidgetItem *sectionItem : {m_staged, m_unstaged}) {
        const QList<QTreeWidgetItem *> children = sectionItem->takeChildren();
        qDeleteAll(children);
    }
    const auto add = [&](QTreeWidgetItem *sectionItem, const Core::GitChange &change,
                         Core::GitFileState state) {
        auto *item = new QTreeWidgetItem(sectionItem);
        const qsizetype slash = change.path.lastIndexOf(u'/');
        item->setText(NameColumn, change.path.mid(slash + 1));
        item->setText(FolderColumn, slash > 0 ? change.path.left(slash) : QString());
        item->setText(LetterColumn, letterFor(state));
        const QString shown = change.oldPath.isEmpty() || sectionItem != m_staged
                                  ? change.path
                                  : change.oldPath + QStringLiteral(" → ") + change.path;
        item->setToolTip(NameColumn, QDir::toNativeSeparators(shown));
        item->setToolTip(LetterColumn, stateName(state));
        item->setData(NameColumn, PathRole, change.path);
        item->setData(NameColumn, OldPathRole,
                      sectionItem == m_staged ? change.oldPath : QString());
        item->setData(NameColumn, StateRole, int(state));
        const QColor colour = FileTreeModel::colourFor(state);
        for (int column : {NameColumn, LetterColumn})
            item->setForeground(column, colour);
        item->setForeground(FolderColumn, FileTreeModel::dimmedColour());
        if (state == Core::GitFileState::Deleted) {
            QFont font = item->font(NameColumn);
            font.setStrikeOut(true);
            item->setFont(NameColumn, font);
        }
        const bool staged = sectionItem == m_staged;
        auto *button = rowButton(m_list, staged ? QStringLiteral("−") : QStringLiteral("+"));
        button->setToolTip(staged ? tr("Unstage Changes") : tr("Stage Changes"));
        connect(button, &QToolButton::clicked, this, [this, item] {
            if (item->parent() == m_staged)
                unstage(pathsOf(item));
            else
                stage(pathsOf(item));
        });
        m_list->setItemWidget(item, ButtonColumn, button);
        if (!staged) {
            auto *discardButton = rowButton(m_list, QStringLiteral("↶"));
            discardButton->setToolTip(tr("Discard Changes…"));
            connect(discardButton, &QToolButton::clicked, this,
                    [this, item] { discard(pathsOf(item)); });
            m_list->setItemWidget(item, DiscardColumn, discardButton);
        }
        if (selected.contains(change.path + (staged ? u'S' : u'W')))
            item->setSelected(true);
    };
    const QList<Core::GitChange> changes = m_status->changes();
    for (const Core::GitChange &change : changes) {
        if (change.staged)
            add(m_staged, change, *change.staged);
        if (change.unstaged)
            add(m_unstaged, change, *change.unstaged);
    }
    m_staged->setText(LetterColumn, QString::number(m_staged->childCount()));
    m_unstaged->setText(LetterColumn, QString::number(m_unstaged->childCount()));
    m_staged->setHidden(m_staged->childCount() == 0);
    const QString notRepository = tr("The workspace folder is not in a git repository.");
    if (m_status->isReady() && !m_status->isRepository() && !m_status->folder().isEmpty())
        showMessage(notRepository, false);
    else if (message() == notRepository)
        showMessage({}, false);
    updateButtons();
}

void ChangesPanel::updateButtons()
{
    const bool canCommit = m_running == 0 && m_status->isRepository()
                           && (m_staged->childCount() > 0 || m_unstaged->childCount() > 0);
    m_commitButton->setEnabled(canCommit);
    m_menuButton->setEnabled(m_running == 0 && m_status->isRepository());
    m_list->itemWidget(m_staged, ButtonColumn)->setEnabled(m_running == 0);
    m_list->itemWidget(m_unstaged, ButtonColumn)->setEnabled(m_running == 0);
    m_list->itemWidget(m_unstaged, DiscardColumn)->setEnabled(m_running == 0);
}

void ChangesPanel::showMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    QPalette palette = m_messageLabel->palette();
    palette.setColor(QPalette::WindowText,
                     error ? FileTreeModel::colourFor(Core::GitFileState::Deleted)
                           : QWidget::palette().color(QPalette::WindowText));
    m_messageLabel->setPalette(palette);
    m_messageLabel->setVisible(!text.isEmpty());
}

QTreeWidgetItem *ChangesPanel::section(bool staged) const
{
    return staged ? m_staged : m_unstaged;
}

QStringList ChangesPanel::pathsOf(QTreeWidgetItem *item) const
{
    QStringList paths;
    const auto addItem = [&paths](QTreeWidgetItem *child) {
        paths.append(child->data(NameColumn, PathRole).toString());
        const QString oldPath = child->data(NameColumn, OldPathRole).toString();
        if (!oldPath.isEmpty())
            paths.append(oldPath); // a rename is staged and unstaged as both of its paths
    };
    if (item == m_staged || item == m_unstaged) {
        for (int i = 0; i < item->childCount(); ++i)
            addItem(item->child(i));
    } else if (item) {
        addItem(item);
    }
    return paths;
}

void ChangesPanel::run(std::function<Core::Status(Core::WorkingTree &)> operation,
                       std::function<void()> succeeded)
{
    const QString root = m_status->repositoryRoot();
    if (root.isEmpty())
        return;
    ++m_running;
    updateButtons();
    showMessage({}, false);
    auto *watcher = new QFutureWatcher<Core::Status>(this);
    connect(watcher, &QFutureWatcher<Core::Status>::finished, this,
            [this, watcher, succeeded = std::move(succeeded)] {
        watcher->deleteLater();
        --m_running;
        const Core::Status result = watcher->result();
        if (!result.ok())
            showMessage(result.errorMessage(), true);
        else if (succeeded)
            succeeded();
        m_status->rescan();
        updateButtons();
        Q_EMIT operationFinished();
    });
    watcher->setFuture(
        QtConcurrent::run([root, operation = std::move(operation)]() -> Core::Status {
            auto tree = Core::WorkingTree::open(root);
            if (!tree.ok())
                return Core::Error{tree.errorMessage()};
            return operation(tree.value());
        }));
}

void ChangesPanel::stage(const QStringList &paths)
{
    if (!paths.isEmpty())
        run([paths](Core::WorkingTree &tree) { return tree.stage(paths); });
}

void ChangesPanel::unstage(const QStringList &paths)
{
    if (!paths.isEmpty())
        run([paths](Core::WorkingTree &tree) { return tree.unstage(paths); });
}

// A list of paths for a message box: the first ten, then how many more.
static QString listForBox(const QStringList &paths)
{
    QStringList shown;
    for (const QString &path : paths)
        shown.append(QDir::toNativeSeparators(path));
    const int listed = 10;
    QString list = QStringList(shown.mid(0, listed)).join(u'\n');
    if (shown.size() > listed)
        list += u'\n' + ChangesPanel::tr("…and %n more", nullptr, int(shown.size() - listed));
    return list;
}

void ChangesPanel::discard(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    const QString root = m_status->repositoryRoot();
    int untracked = 0;
    for (const QString &path : paths) {
        const std::optional<Core::GitChange> change = m_status->changeAt(root + path);
        if (change && change->unstaged == Core::GitFileState::Untracked)
            ++untracked;
    }
    QString text = tr("Discard the changes to %n file(s)? Changes to tracked files cannot be "
                      "undone.",
                      nullptr, int(paths.size()));
    if (untracked > 0)
        text += u'\n'
                + tr("%n new (untracked) file(s) will be moved to the trash.", nullptr,
                     untracked);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Discard Changes"), text,
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardConfirmation"));
    box->setInformativeText(listForBox(paths));
    QPushButton *discardButton = box->addButton(
        paths.size() == 1 ? tr("Discard") : tr("Discard %n Files", nullptr, int(paths.size())),
        QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, discardButton, paths](QAbstractButton *button) {
                if (button == discardButton)
                    runDiscard(paths, Core::UntrackedDisposal::MoveToTrash);
            });
    box->open();
}

void ChangesPanel::runDiscard(const QStringList &paths, Core::UntrackedDisposal disposal)
{
    auto notTrashed = std::make_shared<QStringList>();
    run(
        [paths, disposal, notTrashed](Core::WorkingTree &tree) -> Core::Status {
            auto discarded = tree.discard(paths, disposal);
            if (!discarded.ok())
                return Core::Error{discarded.errorMessage()};
            *notTrashed = discarded.value();
            return Core::success();
        },
        [this, notTrashed] {
            if (!notTrashed->isEmpty())
                askToDelete(*notTrashed);
        });
}

void ChangesPanel::askToDelete(const QStringList &paths)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Files"),
                                tr("%n new file(s) could not be moved to the trash (the desktop "
                                   "has none here). Delete them permanently? This cannot be "
                                   "undone.",
                                   nullptr, int(paths.size())),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(listForBox(paths));
    QPushButton *deleteButton
        = box->addButton(tr("Delete Permanently"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, deleteButton, paths](QAbstractButton *button) {
                if (button == deleteButton)
                    runDiscard(paths, Core::UntrackedDisposal::Delete);
            });
    box->open();
}

void ChangesPanel::commit()
{
    if (m_running > 0)
        return;
    const QString text = m_message->toPlainText();
    if (text.trimmed().isEmpty()) {
        showMessage(tr("Write a commit message first."), true);
        m_message->setFocus();
        return;
    }
    if (m_staged->childCount() > 0) {
        runCommit(text, Core::CommitScope::Staged);
        return;
    }
    int tracked = 0;
    int untracked = 0;
    for (int i = 0; i < m_unstaged->childCount(); ++i) {
        const auto state
            = Core::GitFileState(m_unstaged->child(i)->data(NameColumn, StateRole).toInt());
        if (state == Core::GitFileState::Untracked)
            ++untracked;
        else
            ++tracked;
    }
    if (tracked == 0) {
        showMessage(untracked > 0 ? tr("Nothing is staged to commit. New files are committed "
                                       "only once you stage them (+).")
                                  : tr("There are no changes to commit."),
                    true);
        return;
    }
    if (m_smartCommit) {
        runCommit(text, Core::CommitScope::AllTracked);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Commit"),
                                tr("There are no staged changes to commit. Stage the changes "
                                   "to %n tracked file(s) and commit them?",
                                   nullptr, tracked),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("smartCommitConfirmation"));
    box->setInformativeText(
        untracked > 0 ? tr("%n new (untracked) file(s) will not be included: stage them first "
                           "to commit them.",
                           nullptr, untracked)
                      : tr("New (untracked) files are never included unless you stage them."));
    QPushButton *yes = box->addButton(tr("Yes"), QMessageBox::YesRole);
    QPushButton *always = box->addButton(tr("Always"), QMessageBox::AcceptRole);
    box->setDefaultButton(yes);
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, yes, always, text](QAbstractButton *button) {
                if (button == always && !m_smartCommit) {
                    setSmartCommit(true);
                    Q_EMIT smartCommitChanged(true);
                }
                if (button == yes || button == always)
                    runCommit(text, Core::CommitScope::AllTracked);
            });
    box->open();
}

bool ChangesPanel::smartCommit() const
{
    return m_smartCommit;
}

void ChangesPanel::setSmartCommit(bool always)
{
    m_smartCommit = always;
    m_smartCommitAction->setChecked(always);
}

void ChangesPanel::commitAll()
{
    if (m_running > 0)
        return;
    const QString text = m_message->toPlainText();
    if (text.trimmed().isEmpty()) {
        showMessage(tr("Write a commit message first."), true);
        m_message->setFocus();
        return;
    }
    runCommit(text, Core::CommitScope::AllTracked);
}

void ChangesPanel::runCommit(const QString &text, Core::CommitScope scope)
{
    auto id = std::make_shared<QString>();
    run(
        [text, scope, id](Core::WorkingTree &tree) -> Core::Status {
            auto committed = tree.commit(text, scope);
            if (!committed.ok())
                return Core::Error{committed.errorMessage()};
            *id = committed.value();
            return Core::success();
        },
        [this, id, text] {
            if (m_message->toPlainText() == text)
                m_message->clear();
            showMessage(tr("Committed %1.").arg(*id), false);
            Q_EMIT committed(*id);
        });
}

void ChangesPanel::showMenu(const QPoint &position)
{
    QTreeWidgetItem *item = m_list->itemAt(position);
    if (!item)
        return;
    const bool isSection = item == m_staged || item == m_unstaged;
    const bool staged = isSection ? item == m_staged : item->parent() == m_staged;
    QStringList paths;
    if (isSection) {
        paths = pathsOf(item);
    } else {
        // The selected rows of the same list, or the clicked one.
        if (!item->isSelected()) {
            m_list->clearSelection();
            item->setSelected(true);
        }
        for (QTreeWidgetItem *selected : m_list->selectedItems()) {
            if (selected->parent() == item->parent())
                paths += pathsOf(selected);
        }
    }
    if (paths.isEmpty())
        return;
    QMenu menu(this);
    if (!isSection
        && Core::GitFileState(item->data(NameColumn, StateRole).toInt())
               != Core::GitFileState::Deleted) {
        const QString path
            = m_status->repositoryRoot() + item->data(NameColumn, PathRole).toString();
        menu.addAction(tr("Open File"), this, [this, path] { Q_EMIT openFileRequested(path); });
        menu.addSeparator();
    }
    if (staged) {
        menu.addAction(isSection ? tr("Unstage All Changes") : tr("Unstage Changes"), this,
                       [this, paths] { unstage(paths); });
    } else {
        menu.addAction(isSection ? tr("Stage All Changes") : tr("Stage Changes"), this,
                       [this, paths] { stage(paths); });
        menu.addAction(isSection ? tr("Discard All Changes…") : tr("Discard Changes…"), this,
                       [this, paths] { discard(paths); });
    }
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

} // namespace Baton::Ui
