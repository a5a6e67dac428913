// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "../support/testfiles.h"
#include "core/git/gitruntime.h"
#include "core/git/repository.h"
#include "core/settings/uilanguage.h"
#include "ui/editor/editorview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/search/replacepreviewdialog.h"
#include "ui/search/searchpanel.h"

#include <KSyntaxHighlighting/Repository>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeWidget>

using namespace Baton;

Q_DECLARE_METATYPE(Baton::Core::TextSearch::Backend)

// The file row whose text starts with `path`.
static QTreeWidgetItem *fileRow(QTreeWidget *tree, const QString &path)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(path + u' '))
            return tree->topLevelItem(i);
    }
    return nullptr;
}

class TestSearchPanel : public QObject
{
    Q_OBJECT

private:
    KSyntaxHighlighting::Repository m_syntax;
    Core::GitRuntime m_git;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BatonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_searchpanel"));
        QSettings().clear();
    }

    void searchOpenAndReplaceAll()
    {
        QTemporaryDir dir;
        QVERIFY(Core::Repository::init(dir.path()).ok());
        writeFile(dir.filePath(".gitignore"), "ignored.txt\n");
        writeFile(dir.filePath("a.txt"), "alpha\r\nneedle one\r\n");
        writeFile(dir.filePath("src/b.cpp"), "int needle = 1;\nint x = 2 * needle;\n");
        writeFile(dir.filePath("c.txt"), "nothing here\n");
        writeFile(dir.filePath("ignored.txt"), "needle\n");

        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        window.openFolder(dir.path());
        Ui::SearchPanel *panel = window.searchPanel();
        QVERIFY(panel);
        auto *dock = window.findChild<QDockWidget *>("searchDock");
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        QCOMPARE(dock->windowTitle(), QStringLiteral("Search"));

        // Ctrl+Shift+F shows the dock with the search field focused.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(dock->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), panel->searchField());

        // Typing searches (debounced); the tree groups the matches by file with counts.
        QSignalSpy finished(panel, &Ui::SearchPanel::searchFinished);
        QTest::keyClicks(panel->searchField(), "needle");
        QVERIFY(finished.wait(10000));
        QTreeWidget *tree = panel->results();
        QTRY_COMPARE(tree->topLevelItemCount(), 2);
        QTreeWidgetItem *a = fileRow(tree, "a.txt");
        QTreeWidgetItem *b = fileRow(tree, QDir::toNativeSeparators("src/b.cpp"));
        QVERIFY(a);
        QVERIFY(b);
        QCOMPARE(a->text(0), QStringLiteral("a.txt (1)"));
        QCOMPARE(b->childCount(), 2);
        QCOMPARE(b->child(1)->text(0), QStringLiteral("int x = 2 * needle;"));
        QCOMPARE(panel->summary()->text(), QStringLiteral("3 results in 2 files"));

        // Clicking a match opens the file there with the match selected.
        QSignalSpy opened(&window, &Ui::MainWindow::fileOpened);
        tree->scrollToItem(b->child(1));
        const QRect rect = tree->visualItemRect(b->child(1));
        QVERIFY(rect.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(opened.wait(10000));
        Ui::EditorView *editor = window.currentEditor();
        QVERIFY(editor);
        QCOMPARE(editor->filePath(), dir.filePath("src/b.cpp"));
        QTRY_COMPARE(editor->selectedText(), QStringLiteral("needle"));
        int line = 0;
        int index = 0;
        editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 1);

        // Replace All: a preview, then the closed file is written and the open one changed in
        // its editor only (modified, one undo step).
        panel->findChild<QToolButton *>("toggleReplace")->click();
        QVERIFY(panel->replaceField()->isVisible());
        QTest::keyClicks(panel->replaceField(), "pin");
        panel->findChild<QPushButton *>("replaceAll")->click();
        Ui::ReplacePreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = panel->findChild<Ui::ReplacePreviewDialog *>()) != nullptr);
        QTRY_VERIFY(preview->isVisible());
        QTreeWidget *previewTree = preview->tree();
        QCOMPARE(previewTree->topLevelItemCount(), 2);
        int lines = 0;
        for (int i = 0; i < previewTree->topLevelItemCount(); ++i)
            lines += previewTree->topLevelItem(i)->childCount();
        QCOMPARE(lines, 3);
        QCOMPARE(previewTree
                     ->findItems("needle one  →  pin one", Qt::MatchContains | Qt::MatchRecursive)
                     .size(),
                 1);
        QSignalSpy replaced(panel, &Ui::SearchPanel::replaceFinished);
        preview->applyButton()->click();
        QVERIFY(replaced.wait(10000));
        QCOMPARE(replaced.first().first().toInt(), 3);
        QCOMPARE(readFile(dir.filePath("a.txt")), QByteArray("alpha\r\npin one\r\n"));
        QCOMPARE(readFile(dir.filePath("src/b.cpp")),
                 QByteArray("int needle = 1;\nint x = 2 * needle;\n"));
        QCOMPARE(editor->text(), QStringLiteral("int pin = 1;\nint x = 2 * pin;\n"));
        QVERIFY(editor->isModified());
        QCOMPARE(readFile(dir.filePath("ignored.txt")), QByteArray("needle\n"));
        editor->undo();
        QCOMPARE(editor->text(), QStringLiteral("int needle = 1;\nint x = 2 * needle;\n"));

        // The search ran again, on what the user sees: the open editor (replaced, unsaved) and
        // the written file have no match left.
        QTRY_VERIFY(panel->summary()->text().contains(
            QStringLiteral("Replaced 3 occurrences in 2 files.")));
        QTRY_VERIFY(panel->summary()->text().contains(QStringLiteral("No results.")));
        QCOMPARE(tree->topLevelItemCount(), 0);
        // Undone in the editor: its matches are back in the next search.
        editor->undo();
        QCOMPARE(editor->text(), QStringLiteral("int needle = 1;\nint x = 2 * needle;\n"));
        finished.clear();
        QTest::keyClick(panel->searchField(), Qt::Key_Return);
        QVERIFY(finished.count() > 0 || finished.wait(10000));
        QTRY_COMPARE(tree->topLevelItemCount(), 1);
        QVERIFY(fileRow(tree, QDir::toNativeSeparators("src/b.cpp")));
    }

    // Search in files sees what open editors hold, not what was last saved (as VS Code does),
    // with either backend; Replace All previews and changes the unsaved text.
    void searchSeesUnsavedEditors_data()
    {
        QTest::addColumn<Core::TextSearch::Backend>("backend");
        QTest::newRow("built-in") << Core::TextSearch::Backend::Builtin;
        if (!Core::TextSearch::ripgrepExecutable().isEmpty())
            QTest::newRow("ripgrep") << Core::TextSearch::Backend::Ripgrep;
    }

    void searchSeesUnsavedEditors()
    {
        QFETCH(Core::TextSearch::Backend, backend);
        QTemporaryDir dir;
        writeFile(dir.filePath("a.txt"), "alpha\nneedle on disk\n");
        writeFile(dir.filePath("b.txt"), "beta\n");
        writeFile(dir.filePath("c.txt"), "needle closed\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFolder(dir.path());
        Ui::SearchPanel *panel = window.searchPanel();
        panel->setBackend(backend);

        // a.txt: the match is deleted in the editor, not saved.
        QSignalSpy opened(&window, &Ui::MainWindow::fileOpened);
        window.openFile(dir.filePath("a.txt"), 1);
        QVERIFY(opened.wait(10000));
        Ui::EditorView *a = window.currentEditor();
        QCOMPARE(a->filePath(), dir.filePath("a.txt"));
        a->setFocus();
        QTest::keyClick(a, Qt::Key_End, Qt::ShiftModifier);
        QTest::keyClick(a, Qt::Key_Delete);
        QCOMPARE(a->text(), QStringLiteral("alpha\n\n"));
        // b.txt: a match typed in the editor, not saved.
        opened.clear();
        window.openFile(dir.filePath("b.txt"), 0);
        QVERIFY(opened.wait(10000));
        Ui::EditorView *b = window.currentEditor();
        QCOMPARE(b->filePath(), dir.filePath("b.txt"));
        b->setFocus();
        QTest::keyClick(b, Qt::Key_End);
        QTest::keyClicks(b, " and a needle");
        QVERIFY(a->isModified());
        QVERIFY(b->isModified());

        window.showSearch();
        QSignalSpy finished(panel, &Ui::SearchPanel::searchFinished);
        panel->searchField()->setText("needle");
        QTest::keyClick(panel->searchField(), Qt::Key_Return);
        QVERIFY(finished.count() > 0 || finished.wait(10000));
        QTreeWidget *tree = panel->results();
        QTRY_COMPARE(panel->summary()->text(), QStringLiteral("2 results in 2 files"));
        QVERIFY(!fileRow(tree, "a.txt")); // deleted in the editor
        QVERIFY(fileRow(tree, "c.txt"));  // not open: from disk
        QTreeWidgetItem *bRow = fileRow(tree, "b.txt");
        QVERIFY(bRow);
        QCOMPARE(bRow->childCount(), 1);
        QCOMPARE(bRow->child(0)->text(0), QStringLiteral("beta and a needle"));

        // The match opens where the editor has it.
        window.openFile(dir.filePath("a.txt")); // already open: b.txt is no longer current
        QCOMPARE(window.currentEditor(), a);
        tree->scrollToItem(bRow->child(0));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualItemRect(bRow->child(0)).center());
        QTRY_COMPARE(window.currentEditor(), b);
        QTRY_COMPARE(b->selectedText(), QStringLiteral("needle"));
        int line = -1;
        int index = -1;
        b->getCursorPosition(&line, &index);
        QCOMPARE(line, 0);

        // Replace All: the preview shows the unsaved line; applying changes the editor only.
        panel->findChild<QToolButton *>("toggleReplace")->click();
        QTest::keyClicks(panel->replaceField(), "pin");
        panel->findChild<QPushButton *>("replaceAll")->click();
        Ui::ReplacePreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = panel->findChild<Ui::ReplacePreviewDialog *>()) != nullptr);
        QTRY_VERIFY(preview->isVisible());
        QCOMPARE(preview->tree()
                     ->findItems("beta and a needle  →  beta and a pin",
                                 Qt::MatchContains | Qt::MatchRecursive)
                     .size(),
                 1);
        QSignalSpy replaced(panel, &Ui::SearchPanel::replaceFinished);
        preview->applyButton()->click();
        QVERIFY(replaced.wait(10000));
        QCOMPARE(replaced.first().first().toInt(), 2);
        QCOMPARE(b->text(), QStringLiteral("beta and a pin\n"));
        QVERIFY(b->isModified());
        QCOMPARE(readFile(dir.filePath("b.txt")), QByteArray("beta\n"));
        QCOMPARE(readFile(dir.filePath("c.txt")), QByteArray("pin closed\n"));
        QCOMPARE(readFile(dir.filePath("a.txt")), QByteArray("alpha\nneedle on disk\n"));
        QTRY_VERIFY(panel->summary()->text().contains(QStringLiteral("No results.")));
        b->undo();
        QCOMPARE(b->text(), QStringLiteral("beta and a needle\n"));
    }

    void togglesAndErrors()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("a.txt"), "Word word wordy\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        window.openFolder(dir.path());
        Ui::SearchPanel *panel = window.searchPanel();
        window.showSearch();
        QSignalSpy finished(panel, &Ui::SearchPanel::searchFinished);
        panel->searchField()->setText("word");
        QTest::keyClick(panel->searchField(), Qt::Key_Return);
        QVERIFY(finished.count() > 0 || finished.wait(10000));
        QCOMPARE(panel->summary()->text(), QStringLiteral("3 results in 1 file"));

        finished.clear();
        QTest::keyClick(panel->searchField(), Qt::Key_C, Qt::AltModifier); // match case
        QVERIFY(finished.count() > 0 || finished.wait(10000));
        QCOMPARE(panel->summary()->text(), QStringLiteral("2 results in 1 file"));

        finished.clear();
        QTest::keyClick(panel->searchField(), Qt::Key_W, Qt::AltModifier); // whole word
        QVERIFY(finished.count() > 0 || finished.wait(10000));
        QCOMPARE(panel->summary()->text(), QStringLiteral("1 result in 1 file"));

        finished.clear();
        panel->searchField()->setText("wor(");
        QTest::keyClick(panel->searchField(), Qt::Key_R, Qt::AltModifier); // regex
        QVERIFY(finished.count() > 0 || finished.wait(10000));
        QVERIFY2(panel->summary()->text().startsWith(QStringLiteral("Invalid regular expression")),
                 qPrintable(panel->summary()->text()));
        QCOMPARE(panel->results()->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
