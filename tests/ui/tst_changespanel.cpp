// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "../support/changeslist.h"
#include "../support/gitfixture.h"

#include "core/git/gitruntime.h"
#include "core/git/workspacestatus.h"
#include "core/settings/editorsettings.h"
#include "core/settings/uilanguage.h"
#include "ui/git/changespanel.h"
#include "ui/git/filetreemodel.h"
#include "ui/mainwindow/mainwindow.h"

#include <KSyntaxHighlighting/Repository>

#include <QtCore/QSaveFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QFileSystemModel>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QTreeWidget>

using namespace Baton;

static QString L(const char *text)
{
    return QString::fromUtf8(text);
}

// Written as editors save: a new file renamed over the old one.
static void saveAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    QVERIFY(file.commit());
}

// The button of a message box with `role`.
static QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == role)
            return button;
    }
    return nullptr;
}

// The folder where the desktop's trash puts files taken from `folder`'s file system, found by
// trashing a probe file; empty when there is no trash.
static QString trashFilesFolder(const QString &folder)
{
    QFile probe(folder + QStringLiteral("/trash-probe.txt"));
    if (!probe.open(QIODevice::WriteOnly))
        return {};
    probe.close();
    if (!probe.moveToTrash()) {
        probe.remove();
        return {};
    }
    const QFileInfo trashed(probe.fileName());
    QFile::remove(trashed.absoluteFilePath());
    QFile::remove(trashed.absolutePath() + QStringLiteral("/../info/") + trashed.fileName()
                  + QStringLiteral(".trashinfo"));
    return trashed.absolutePath();
}

// Takes a file named like `name` with `content` out of the trash; whether it was there.
static bool takeFromTrash(const QString &trashFiles, const QString &name,
                          const QByteArray &content)
{
    const QFileInfo info(name);
    QDir trash(trashFiles);
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    const QStringList candidates
        = trash.entryList({info.completeBaseName() + u'*' + suffix}, QDir::Files);
    for (const QString &candidate : candidates) {
        QFile file(trash.filePath(candidate));
        if (file.open(QIODevice::ReadOnly) && file.readAll() == content) {
            file.remove();
            QFile::remove(trashFiles + QStringLiteral("/../info/") + candidate
                          + QStringLiteral(".trashinfo"));
            return true;
        }
    }
    return false;
}

static QAction *menuAction(QMenu *menu, const QString &objectName)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

class TestChangesPanel : public QObject
{
    Q_OBJECT

private:
    KSyntaxHighlighting::Repository m_syntax;
    Core::GitRuntime m_git;

    // A window on `fixture` whose tree has loaded the top folder and whose status is scanned.
    void open(Ui::MainWindow &window, const GitFixture &fixture, int rows)
    {
        window.show();
        auto *model = qobject_cast<QFileSystemModel *>(window.fileTree()->model());
        QVERIFY(model);
        window.openFolder(fixture.path());
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount(window.fileTree()->rootIndex()) == rows, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.gitStatus()->isReady(), 10000);
    }

    // Right-clicks `path` in the file tree; returns the menu's entries and triggers the one
    // named `choose` (if given) as a click would.
    static QStringList treeMenu(Ui::MainWindow &window, const QString &path,
                                const QString &choose = {})
    {
        QTreeView *tree = window.fileTree();
        auto *model = qobject_cast<QFileSystemModel *>(tree->model());
        const QModelIndex index = model->index(path);
        tree->expand(index.parent());
        tree->scrollTo(index);
        QStringList texts;
        // The menu runs its own loop: it is read and answered from a timer inside it.
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, &poll, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            poll.stop();
            QAction *chosen = nullptr;
            for (QAction *action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                texts.append(action->text());
                if (action->text() == choose)
                    chosen = action;
            }
            menu->close();
            if (chosen)
                chosen->trigger();
        });
        poll.start();
        Q_EMIT tree->customContextMenuRequested(tree->visualRect(index).center());
        return texts;
    }

    static QAbstractButton *destructiveButton(QMessageBox *box)
    {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                return button;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(L("BatonTest"));
        QCoreApplication::setApplicationName(L("tst_changespanel"));
        QSettings().clear();
    }

    void treeColoursFilesByStatusAndHidesIgnoredOnes()
    {
        GitFixture fixture;
        fixture.write(L("README.md"), "# changed\n");
        fixture.write(L("notes.txt"), "untracked\n");
        fixture.write(L("debug.log"), "ignored\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        // .git, .gitignore, README.md, debug.log, notes.txt, src
        open(window, fixture, 6);
        QTreeView *tree = window.fileTree();
        auto *model = qobject_cast<QFileSystemModel *>(tree->model());
        const auto colour = [&](const char *name) {
            return model->index(fixture.path(L(name))).data(Qt::ForegroundRole).value<QColor>();
        };
        QTRY_COMPARE(colour("README.md"),
                     Ui::FileTreeModel::colourFor(Core::GitFileState::Modified));
        QCOMPARE(colour("notes.txt"), Ui::FileTreeModel::colourFor(Core::GitFileState::Untracked));
        QCOMPARE(colour("debug.log"), Ui::FileTreeModel::dimmedColour());
        QVERIFY(colour("src") != Ui::FileTreeModel::colourFor(Core::GitFileState::Modified));
        QVERIFY(colour("README.md") != colour(".gitignore")); // unchanged files keep the default

        const QModelIndex log = model->index(fixture.path(L("debug.log")));
        QVERIFY(!tree->isRowHidden(log.row(), log.parent()));
        QAction *hide = window.command(L("view.hideIgnored"));
        QVERIFY(hide && hide->isCheckable());
        hide->trigger();
        QVERIFY(tree->isRowHidden(log.row(), log.parent()));
        const QModelIndex readme = model->index(fixture.path(L("README.md")));
        QVERIFY(!tree->isRowHidden(readme.row(), readme.parent()));
        // A new ignored file appearing on disk is hidden too.
        fixture.write(L("trace.log"), "ignored\n");
        QTRY_VERIFY_WITH_TIMEOUT(model->index(fixture.path(L("trace.log"))).isValid(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            tree->isRowHidden(model->index(fixture.path(L("trace.log"))).row(), log.parent()),
            10000);
        hide->trigger();
        QVERIFY(!tree->isRowHidden(log.row(), log.parent()));

        // A folder holding a change is tinted once the change appears.
        saveAtomically(fixture.path(L("src/main.cpp")), "int main() { return 2; }\n");
        window.gitStatus()->pathsChanged({fixture.path(L("src/main.cpp"))});
        QTRY_COMPARE(colour("src"), Ui::FileTreeModel::colourFor(Core::GitFileState::Modified));
    }

    void stagesCommitsAndDiscardsThroughThePanel()
    {
        GitFixture fixture;
        fixture.write(L("README.md"), "# changed\n");
        fixture.write(L("notes.txt"), "untracked\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        open(window, fixture, 5);
        window.command(L("view.changes"))->trigger();
        auto *dock = window.findChild<QDockWidget *>(L("changesDock"));
        QVERIFY(dock);
        QVERIFY(dock->isVisible());
        QCOMPARE(window.command(L("view.changes"))->shortcut(), QKeySequence(L("Ctrl+Shift+G")));
        auto *list = dock->findChild<QTreeWidget *>(L("changesList"));
        auto *commitButton = dock->findChild<QPushButton *>(L("commitButton"));
        auto *message = dock->findChild<QPlainTextEdit *>(L("commitMessage"));
        QVERIFY(list && commitButton && message);
        QTRY_COMPARE(listedChanges(list, 1), QStringList({L("README.md M"), L("notes.txt U")}));
        QVERIFY(listedChanges(list, 0).isEmpty());
        QVERIFY(commitButton->isEnabled()); // smart commit: changes, none staged

        // Stage README.md with its row button.
        auto *stage
            = qobject_cast<QToolButton *>(list->itemWidget(changeRow(list, 1, L("README.md")), 4));
        QVERIFY(stage);
        stage->click();
        QTRY_COMPARE(listedChanges(list, 0), QStringList({L("README.md M")}));
        QCOMPARE(listedChanges(list, 1), QStringList({L("notes.txt U")}));
        QCOMPARE(fixture.porcelain(), QStringList({L("?? notes.txt"), L("M  README.md")}));
        QTRY_VERIFY(commitButton->isEnabled());

        // Commit with Ctrl+Enter in the message box.
        message->setFocus();
        QTest::keyClicks(message, L("Update the readme"));
        QSignalSpy committed(window.changesPanel(), &Ui::ChangesPanel::committed);
        QTest::keyClick(message, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(committed.wait(10000));
        QCOMPARE(fixture.git({L("log"), L("-1"), L("--format=%s|%an")}),
                 L("Update the readme|Repo User"));
        QTRY_VERIFY(listedChanges(list, 0).isEmpty());
        QCOMPARE(message->toPlainText(), QString());
        QCOMPARE(listedChanges(list, 1), QStringList({L("notes.txt U")}));

        // An edit saved on disk by another program shows up; discarding it, once confirmed,
        // restores the committed text.
        saveAtomically(fixture.path(L("README.md")), "# edited elsewhere\n");
        QTRY_COMPARE_WITH_TIMEOUT(listedChanges(list, 1),
                                  QStringList({L("README.md M"), L("notes.txt U")}), 10000);
        auto *discard
            = qobject_cast<QToolButton *>(list->itemWidget(changeRow(list, 1, L("README.md")), 3));
        QVERIFY(discard);
        discard->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(L("discardConfirmation"))));
        QVERIFY(box->informativeText().contains(L("README.md")));
        QAbstractButton *confirm = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                confirm = button;
        }
        QVERIFY(confirm);
        confirm->click();
        QTRY_COMPARE(fixture.read(L("README.md")), QByteArray("# changed\n"));
        QTRY_COMPARE(listedChanges(list, 1), QStringList({L("notes.txt U")}));
        QCOMPARE(fixture.porcelain(), QStringList({L("?? notes.txt")}));

        // Cancelling the confirmation keeps the file.
        discard = qobject_cast<QToolButton *>(
            list->itemWidget(changeRow(list, 1, L("notes.txt")), 3));
        discard->click();
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(L("discardConfirmation"))));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!window.findChild<QMessageBox *>(L("discardConfirmation")));
        QCOMPARE(fixture.read(L("notes.txt")), QByteArray("untracked\n"));
    }

    void theFileTreeDiscardsTheChangesOfAFolderOrAFile()
    {
        GitFixture fixture;
        fixture.write(L("src/main.cpp"), "int main() { return 1; }\n");
        fixture.write(L("src/new.h"), "#pragma once\n");
        fixture.write(L("README.md"), "# changed outside src\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        open(window, fixture, 4); // .git, .gitignore, README.md, src
        QTRY_VERIFY_WITH_TIMEOUT(window.gitStatus()->containsChanges(fixture.path(L("src"))),
                                 10000);
        const QString discardChanges = L("Discard Changes…");

        // Unchanged files offer nothing to discard.
        QVERIFY(treeMenu(window, fixture.path(L(".gitignore"))).contains(L("Delete")));
        QVERIFY(!treeMenu(window, fixture.path(L(".gitignore"))).contains(discardChanges));

        // The folder: the panel's question, naming both files and the new one; Cancel keeps all.
        QVERIFY(treeMenu(window, fixture.path(L("src")), discardChanges).contains(discardChanges));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(L("discardConfirmation"))));
        QVERIFY2(box->text().contains(L("2 file(s)")), qPrintable(box->text()));
        QVERIFY2(box->text().contains(L("1 new (untracked) file(s) will be moved to the trash")),
                 qPrintable(box->text()));
        QVERIFY(box->informativeText().contains(L("src/main.cpp")));
        QVERIFY(box->informativeText().contains(L("src/new.h")));
        QVERIFY(!box->informativeText().contains(L("README.md")));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!window.findChild<QMessageBox *>(L("discardConfirmation")));
        QCOMPARE(fixture.porcelain(),
                 QStringList({L(" M README.md"), L(" M src/main.cpp"), L("?? src/new.h")}));

        // One file: only it goes back to the committed text.
        QVERIFY(treeMenu(window, fixture.path(L("src/main.cpp")), discardChanges)
                    .contains(discardChanges));
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(L("discardConfirmation"))));
        QVERIFY2(box->text().contains(L("1 file(s)")), qPrintable(box->text()));
        QVERIFY(!box->text().contains(L("trash")));
        destructiveButton(box)->click();
        QTRY_COMPARE(fixture.read(L("src/main.cpp")), QByteArray("int main() { return 0; }\n"));
        QTRY_COMPARE(fixture.porcelain(), QStringList({L(" M README.md"), L("?? src/new.h")}));

        // The folder again, confirmed: its new file goes (to the trash, or after the second
        // question where there is none); the change outside it stays.
        const auto stateOf = [&](const char *name) {
            const auto change = window.gitStatus()->changeAt(fixture.path(L(name)));
            return change ? int(change->state()) : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(stateOf("src/main.cpp"), -1, 20000);
        treeMenu(window, fixture.path(L("src")), discardChanges);
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(L("discardConfirmation"))));
        QVERIFY2(box->text().contains(L("1 file(s)")), qPrintable(box->text()));
        destructiveButton(box)->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            !QFileInfo::exists(fixture.path(L("src/new.h")))
                || window.findChild<QMessageBox *>(L("deleteConfirmation")),
            10000);
        if (auto *remove = window.findChild<QMessageBox *>(L("deleteConfirmation")))
            destructiveButton(remove)->click();
        QTRY_VERIFY(!QFileInfo::exists(fixture.path(L("src/new.h"))));
        QCOMPARE(fixture.porcelain(), QStringList({L(" M README.md")}));
        QCOMPARE(fixture.read(L("README.md")), QByteArray("# changed outside src\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.gitStatus()->containsChanges(fixture.path(L("src"))),
                                 10000);
        QVERIFY(!treeMenu(window, fixture.path(L("src"))).contains(discardChanges));
        // Discarding from the tree does not open the Source Control panel.
        QVERIFY(!window.findChild<QDockWidget *>(L("changesDock"))->isVisible());
    }

    void commitWithNothingStagedOffersToCommitTrackedChanges()
    {
        QSettings().remove(L("git/smartCommit"));
        GitFixture fixture;
        fixture.write(L("README.md"), "# changed\n");
        fixture.write(L("notes.txt"), "untracked\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        open(window, fixture, 5);
        window.command(L("view.changes"))->trigger();
        Ui::ChangesPanel *panel = window.changesPanel();
        auto *list = panel->findChild<QTreeWidget *>(L("changesList"));
        auto *commitButton = panel->findChild<QPushButton *>(L("commitButton"));
        auto *message = panel->findChild<QPlainTextEdit *>(L("commitMessage"));
        QTRY_COMPARE(listedChanges(list, 1), QStringList({L("README.md M"), L("notes.txt U")}));
        QTRY_VERIFY(commitButton->isEnabled());

        // No message: said so, nothing committed, no question.
        commitButton->click();
        QCOMPARE(panel->message(), L("Write a commit message first."));
        QVERIFY(!window.findChild<QMessageBox *>(L("smartCommitConfirmation")));
        QCOMPARE(fixture.git({L("rev-list"), L("--count"), L("HEAD")}), L("1"));

        // Cancel: nothing staged, nothing committed.
        QTest::keyClicks(message, L("Smart commit"));
        commitButton->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(L("smartCommitConfirmation"))));
        QVERIFY2(box->text().contains(L("1 tracked file(s)")), qPrintable(box->text()));
        QVERIFY2(
            box->informativeText().contains(L("1 new (untracked) file(s) will not be included")),
            qPrintable(box->informativeText()));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!window.findChild<QMessageBox *>(L("smartCommitConfirmation")));
        QCOMPARE(fixture.porcelain(), QStringList({L(" M README.md"), L("?? notes.txt")}));
        QCOMPARE(fixture.git({L("rev-list"), L("--count"), L("HEAD")}), L("1"));

        // Yes: the tracked change is committed, the new file is not; not remembered.
        QSignalSpy committed(panel, &Ui::ChangesPanel::committed);
        commitButton->click();
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(L("smartCommitConfirmation"))));
        buttonWithRole(box, QMessageBox::YesRole)->click();
        QVERIFY(committed.wait(10000));
        QCOMPARE(fixture.git({L("log"), L("-1"), L("--format=%s"), L("--name-only")}),
                 L("Smart commit\n\nREADME.md"));
        QCOMPARE(fixture.porcelain(), QStringList({L("?? notes.txt")}));
        QVERIFY(!Core::EditorSettings::load().smartCommit);

        // Always: committed, and the next time there is no question.
        saveAtomically(fixture.path(L("README.md")), "# again\n");
        window.gitStatus()->pathsChanged({fixture.path(L("README.md"))});
        QTRY_VERIFY_WITH_TIMEOUT(listedChanges(list, 0).isEmpty()
                                     && listedChanges(list, 1)
                                            == QStringList({L("README.md M"), L("notes.txt U")}),
                                 10000);
        QTest::keyClicks(message, L("Always"));
        commitButton->click();
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(L("smartCommitConfirmation"))));
        buttonWithRole(box, QMessageBox::AcceptRole)->click();
        QVERIFY(committed.wait(10000));
        QCOMPARE(fixture.git({L("log"), L("-1"), L("--format=%s")}), L("Always"));
        QVERIFY(Core::EditorSettings::load().smartCommit);

        saveAtomically(fixture.path(L("README.md")), "# third\n");
        window.gitStatus()->pathsChanged({fixture.path(L("README.md"))});
        QTRY_VERIFY_WITH_TIMEOUT(listedChanges(list, 0).isEmpty()
                                     && listedChanges(list, 1)
                                            == QStringList({L("README.md M"), L("notes.txt U")}),
                                 10000);
        QTest::keyClicks(message, L("Without asking"));
        commitButton->click();
        QVERIFY(!window.findChild<QMessageBox *>(L("smartCommitConfirmation")));
        QVERIFY(committed.wait(10000));
        QCOMPARE(fixture.git({L("log"), L("-1"), L("--format=%s")}), L("Without asking"));

        // The "⋯" menu shows the remembered choice and turns it off.
        auto *menuButton = panel->findChild<QToolButton *>(L("changesMenu"));
        QVERIFY(menuButton && menuButton->menu());
        QMenu *menu = menuButton->menu();
        QMetaObject::invokeMethod(menu, "aboutToShow");
        QAction *always = menuAction(menu, L("smartCommit"));
        QVERIFY(always && always->isChecked());
        always->trigger();
        QVERIFY(!Core::EditorSettings::load().smartCommit);

        // Only a new file left: nothing is committed, and the panel says how to include it.
        // (A status read while a commit ran may show its files staged for a moment.)
        QTRY_VERIFY(listedChanges(list, 0).isEmpty()
                    && listedChanges(list, 1) == QStringList({L("notes.txt U")}));
        QTest::keyClicks(message, L("Nothing"));
        commitButton->click();
        QVERIFY2(panel->message().contains(L("stage them")), qPrintable(panel->message()));
        QVERIFY(!window.findChild<QMessageBox *>(L("smartCommitConfirmation")));
        QCOMPARE(fixture.git({L("rev-list"), L("--count"), L("HEAD")}), L("4"));
    }

    void commitAllFromTheMenuTakesStagedAndTrackedChanges()
    {
        GitFixture fixture;
        fixture.write(L("README.md"), "# staged\n");
        fixture.git({L("add"), L("README.md")});
        fixture.write(L("src/main.cpp"), "int main() { return 3; }\n");
        fixture.write(L("notes.txt"), "untracked\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        open(window, fixture, 5);
        window.command(L("view.changes"))->trigger();
        Ui::ChangesPanel *panel = window.changesPanel();
        auto *list = panel->findChild<QTreeWidget *>(L("changesList"));
        QTRY_COMPARE(listedChanges(list, 0), QStringList({L("README.md M")}));
        QMenu *menu = panel->findChild<QToolButton *>(L("changesMenu"))->menu();
        QAction *commitAll = menuAction(menu, L("commitAll"));
        QVERIFY(commitAll);
        QVERIFY(commitAll->text().contains(L("Tracked")));
        // Without a message nothing happens but the reminder.
        commitAll->trigger();
        QCOMPARE(panel->message(), L("Write a commit message first."));
        panel->setCommitMessage(L("All of it"));
        QSignalSpy committed(panel, &Ui::ChangesPanel::committed);
        commitAll->trigger();
        QVERIFY(committed.wait(10000));
        QCOMPARE(fixture.git({L("log"), L("-1"), L("--format=%s"), L("--name-only")}),
                 L("All of it\n\nREADME.md\nsrc/main.cpp"));
        QCOMPARE(fixture.porcelain(), QStringList({L("?? notes.txt")}));
        QTRY_COMPARE(listedChanges(list, 1), QStringList({L("notes.txt U")}));
        QVERIFY(listedChanges(list, 0).isEmpty());
    }

    void discardAllNamesTheCountAndTrashesNewFiles()
    {
        QTemporaryDir probeDir;
        const QString trash = trashFilesFolder(probeDir.path());
        qInfo() << "trash:" << (trash.isEmpty() ? QStringLiteral("none") : trash);
        GitFixture fixture;
        fixture.write(L("README.md"), "# changed\n");
        fixture.write(L("notes.txt"), "new notes\n");
        fixture.write(L("src/extra.cpp"), "// new code\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        open(window, fixture, 5);
        window.command(L("view.changes"))->trigger();
        Ui::ChangesPanel *panel = window.changesPanel();
        auto *list = panel->findChild<QTreeWidget *>(L("changesList"));
        QTRY_COMPARE(listedChanges(list, 1),
                     QStringList({L("README.md M"), L("extra.cpp U"), L("notes.txt U")}));
        auto *discardAll = panel->findChild<QToolButton *>(L("discardAll"));
        QVERIFY(discardAll);
        discardAll->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(L("discardConfirmation"))));
        QVERIFY2(box->text().contains(L("3 file(s)")), qPrintable(box->text()));
        QVERIFY2(box->text().contains(L("2 new (untracked) file(s) will be moved to the trash")),
                 qPrintable(box->text()));
        QAbstractButton *confirm = buttonWithRole(box, QMessageBox::DestructiveRole);
        QCOMPARE(confirm->text(), L("Discard 3 Files"));
        QSignalSpy finished(panel, &Ui::ChangesPanel::operationFinished);
        confirm->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(fixture.read(L("README.md")), QByteArray("# demo\n"));
        if (trash.isEmpty()) {
            // No trash here: the new files stay until a second, explicit confirmation.
            QTRY_VERIFY((box = window.findChild<QMessageBox *>(L("deleteConfirmation"))));
            QVERIFY(QFileInfo::exists(fixture.path(L("notes.txt"))));
            QVERIFY(box->text().contains(L("2 new file(s)")));
            buttonWithRole(box, QMessageBox::DestructiveRole)->click();
            QVERIFY(finished.wait(10000));
        } else {
            QVERIFY(!window.findChild<QMessageBox *>(L("deleteConfirmation")));
            QVERIFY(takeFromTrash(trash, L("notes.txt"), "new notes\n"));
            QVERIFY(takeFromTrash(trash, L("extra.cpp"), "// new code\n"));
        }
        QVERIFY(!QFileInfo::exists(fixture.path(L("notes.txt"))));
        QVERIFY(!QFileInfo::exists(fixture.path(L("src/extra.cpp"))));
        QVERIFY(fixture.porcelain().isEmpty());
        QTRY_VERIFY(listedChanges(list, 1).isEmpty());
    }

    void branchMenuListsRemoteBranchesAndChecksThemOut()
    {
        // A bare "remote" with main and feature/x, and a clone of it with one local commit.
        GitFixture upstream;
        upstream.git({L("switch"), L("-q"), L("-c"), L("feature/x")});
        upstream.write(L("feature.txt"), "feature\n");
        upstream.git({L("add"), L("feature.txt")});
        upstream.git({L("commit"), L("-q"), L("-m"), L("feature")});
        upstream.git({L("switch"), L("-q"), L("main")});
        QTemporaryDir dir;
        const QString bare = dir.filePath(L("remote.git"));
        const QString clone = dir.filePath(L("work"));
        upstream.git({L("clone"), L("-q"), L("--bare"), upstream.path(), bare});
        upstream.git({L("clone"), L("-q"), bare, clone});
        const auto inClone = [&](const QStringList &arguments) {
            return upstream.git(QStringList({L("-C"), clone}) + arguments);
        };
        inClone({L("commit"), L("-q"), L("--allow-empty"), L("-m"), L("local")});

        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        window.openFolder(clone);
        QTRY_VERIFY_WITH_TIMEOUT(window.gitStatus()->isReady(), 10000);
        auto *button = window.findChild<QToolButton *>(L("gitBranch"));
        QTRY_VERIFY(button->text().contains(L("main")));
        QMenu *menu = button->menu();
        QTRY_VERIFY(menuAction(menu, L("remote:origin/feature/x")));
        QVERIFY(menuAction(menu, L("remote:origin/main")));
        QVERIFY(!menuAction(menu, L("remote:origin/HEAD")));
        QVERIFY(!menuAction(menu, L("branch:feature/x")));
        // Local ones first, with how far they are ahead of / behind their upstream.
        const QList<QAction *> actions = menu->actions();
        QVERIFY(actions.indexOf(menuAction(menu, L("branch:main")))
                < actions.indexOf(menuAction(menu, L("remote:origin/main"))));
        QCOMPARE(menuAction(menu, L("branch:main"))->text(), L("main  ↑1 ↓0"));

        menuAction(menu, L("remote:origin/feature/x"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(button->text().contains(L("feature/x")), 10000);
        QCOMPARE(inClone({L("rev-parse"), L("--abbrev-ref"), L("HEAD")}), L("feature/x"));
        QCOMPARE(inClone({L("rev-parse"), L("--abbrev-ref"), L("feature/x@{upstream}")}),
                 L("origin/feature/x"));
        QVERIFY(QFileInfo::exists(clone + L("/feature.txt")));
        QTRY_VERIFY(menuAction(menu, L("branch:feature/x"))
                    && menuAction(menu, L("branch:feature/x"))->isChecked());
    }

    void branchButtonSwitchesCreatesAndRefusesToOverwrite()
    {
        GitFixture fixture;
        fixture.git({L("branch"), L("other")});
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        open(window, fixture, 4);
        auto *button = window.findChild<QToolButton *>(L("gitBranch"));
        QVERIFY(button);
        QTRY_VERIFY(button->text().contains(L("main")));
        QMenu *menu = button->menu();
        QVERIFY(menu);
        QTRY_VERIFY(menuAction(menu, L("branch:other")));
        QVERIFY(menuAction(menu, L("branch:main"))->isChecked());
        QVERIFY(!menuAction(menu, L("branch:other"))->isChecked());

        QSignalSpy branchChanged(&window, &Ui::MainWindow::gitBranchChanged);
        menuAction(menu, L("branch:other"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(button->text().contains(L("other")), 10000);
        QCOMPARE(fixture.currentBranch(), L("other"));
        QTRY_VERIFY(menuAction(menu, L("branch:other"))
                    && menuAction(menu, L("branch:other"))->isChecked());

        // Create Branch… asks for a name, creates it and switches to it.
        menuAction(menu, L("createBranch"))->trigger();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QInputDialog *>(L("createBranchDialog"))));
        dialog->setTextValue(L("topic/new"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(button->text().contains(L("topic/new")), 10000);
        QCOMPARE(fixture.currentBranch(), L("topic/new"));

        // A switch that would overwrite local changes is refused and says which file.
        fixture.git({L("switch"), L("-q"), L("main")});
        fixture.write(L("README.md"), "# main moved on\n");
        fixture.git({L("commit"), L("-q"), L("-am"), L("main readme")});
        fixture.git({L("switch"), L("-q"), L("topic/new")});
        fixture.write(L("README.md"), "# my work\n");
        QTRY_VERIFY_WITH_TIMEOUT(menuAction(menu, L("branch:main")), 10000);
        menuAction(menu, L("branch:main"))->trigger();
        QMessageBox *error = nullptr;
        QTRY_VERIFY((error = window.findChild<QMessageBox *>(L("gitBranchError"))));
        QVERIFY2(error->text().contains(L("README.md")), qPrintable(error->text()));
        QCOMPARE(fixture.currentBranch(), L("topic/new"));
        QCOMPARE(fixture.read(L("README.md")), QByteArray("# my work\n"));
        error->accept();
    }
};

QTEST_MAIN(TestChangesPanel)
#include "tst_changespanel.moc"
