// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "../support/testfiles.h"
#include "core/git/gitruntime.h"
#include "core/settings/uilanguage.h"
#include "ui/editor/editorview.h"
#include "ui/editor/findbar.h"
#include "ui/editor/syntaxlexer.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/terminal/terminalpane.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileSystemWatcher>
#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QFileSystemModel>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeView>

#include <Qsci/qsciscintilla.h>

using namespace Baton;

static int styleAt(Ui::EditorView *editor, int line, int index)
{
    editor->SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0, -1);
    const long position = editor->positionFromLineIndex(line, index);
    return int(editor->SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, position));
}

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    KSyntaxHighlighting::Repository m_syntax;
    Core::GitRuntime m_git;

    void openAndWait(Ui::MainWindow &window, const QString &path)
    {
        QSignalSpy opened(&window, &Ui::MainWindow::fileOpened);
        window.openFile(path);
        QVERIFY(opened.wait(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BatonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void showsTheFolderAsATree()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("src/main.cpp")), "int main() {}\n");
        writeFile(dir.filePath(QStringLiteral("README.md")), "# hi\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        auto *model = qobject_cast<QFileSystemModel *>(window.fileTree()->model());
        QVERIFY(model);
        QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
        window.openFolder(dir.path());
        QVERIFY(window.windowTitle().contains(QDir::toNativeSeparators(dir.path())));
        QVERIFY(window.fileTree()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount(window.fileTree()->rootIndex()) == 2, 10000);
        QStringList names;
        for (int row = 0; row < 2; ++row)
            names << model->index(row, 0, window.fileTree()->rootIndex()).data().toString();
        names.sort();
        QCOMPARE(names, QStringList({QStringLiteral("README.md"), QStringLiteral("src")}));

        // Activating a file in the tree opens it in a tab.
        const QModelIndex readme = model->index(dir.filePath(QStringLiteral("README.md")));
        QSignalSpy opened(&window, &Ui::MainWindow::fileOpened);
        Q_EMIT window.fileTree()->activated(readme);
        QVERIFY(opened.wait(10000));
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("README.md"));
    }

    void opensCppHighlighted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hello.cpp"));
        writeFile(path, "// greeting\nint main() {\n    return 0; // done\n}\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        window.openFolder(dir.path());
        openAndWait(window, path);
        Ui::EditorView *editor = window.currentEditor();
        QVERIFY(editor);
        QCOMPARE(editor->filePath(), path);
        QCOMPARE(editor->text(),
                 QStringLiteral("// greeting\nint main() {\n    return 0; // done\n}\n"));
        QCOMPARE(editor->syntaxLexer()->definition().name(), QStringLiteral("C++"));
        const int comment = styleAt(editor, 0, 3);
        const int keyword = styleAt(editor, 2, 5);
        const int plain = styleAt(editor, 1, 10);
        QVERIFY(comment != keyword);
        QVERIFY(keyword != plain);
        QVERIFY(editor->syntaxLexer()->color(comment) != editor->syntaxLexer()->color(keyword));
        auto *languageButton = window.statusBar()->findChild<QToolButton *>("language");
        QVERIFY(languageButton);
        QCOMPARE(languageButton->text(), QStringLiteral("C++"));
        QCOMPARE(window.statusBar()->findChild<QToolButton *>("lineEndings")->text(), "LF");
        QCOMPARE(window.statusBar()->findChild<QToolButton *>("indentation")->text(), "Spaces: 4");

        // Opening the same file again switches to its tab instead of a second copy.
        window.openFile(path);
        QCOMPARE(window.tabs()->count(), 1);
    }

    void savesAtomicallyAndClearsTheDirtyMarker()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        writeFile(path, "first\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        openAndWait(window, path);
        Ui::EditorView *editor = window.currentEditor();
        editor->setCursorPosition(0, 0);
        editor->insert(QStringLiteral("接力 "));
        QVERIFY(editor->isModified());
        QVERIFY(window.tabs()->tabText(0).startsWith(QStringLiteral("●")));
        QSignalSpy saved(&window, &Ui::MainWindow::saved);
        window.saveCurrent();
        QVERIFY(saved.wait(10000));
        QCOMPARE(readFile(path), QByteArray("接力 first\n"));
        QVERIFY(!editor->isModified());
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("notes.txt"));
    }

    void refusesBinaryAndProtectsDamagedText()
    {
        QTemporaryDir dir;
        const QString binary = dir.filePath(QStringLiteral("image.png"));
        writeFile(binary, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        const QString damaged = dir.filePath(QStringLiteral("damaged.txt"));
        const QByteArray damagedBytes = "// 接力 接力 接力\n// \xe5\x8a cut\n";
        writeFile(damaged, damagedBytes);
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();

        QSignalSpy failed(&window, &Ui::MainWindow::fileOpenFailed);
        window.openFile(binary);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("binary")));
        QCOMPARE(window.tabs()->count(), 0);

        openAndWait(window, damaged);
        QVERIFY(window.currentEditor()->isReadOnly());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("UTF-8")));
        window.saveCurrent(); // read-only: nothing is written
        QCOMPARE(readFile(damaged), damagedBytes);
    }

    void editsAFileInItsOwnEncoding()
    {
        QTemporaryDir dir;
        const QString legacy = dir.filePath(QStringLiteral("legacy.txt"));
        const QByteArray gbBytes = "\xbd\xd3\xc1\xa6 GB18030\r\n"; // 接力, with CRLF
        writeFile(legacy, gbBytes);
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        openAndWait(window, legacy);
        Ui::EditorView *editor = window.currentEditor();
        QVERIFY(!editor->isReadOnly());
        QCOMPARE(editor->text(), QStringLiteral("接力 GB18030\r\n"));
        auto *encoding = window.findChild<QToolButton *>(QStringLiteral("encoding"));
        QVERIFY(encoding);
        QCOMPARE(encoding->text(), QStringLiteral("GB18030"));

        editor->setCursorPosition(0, 0);
        editor->insert(QStringLiteral("中文 "));
        QSignalSpy saved(&window, &Ui::MainWindow::saved);
        window.saveCurrent();
        QVERIFY(saved.wait(10000));
        QCOMPARE(readFile(legacy), QByteArray("\xd6\xd0\xce\xc4 ") + gbBytes);

        // A character GB18030 has no room for is refused, and the file keeps its bytes.
        const QString western = dir.filePath(QStringLiteral("western.txt"));
        writeFile(western, "caf\xe9\n");
        openAndWait(window, western);
        QCOMPARE(encoding->text(), QStringLiteral("Latin-1"));
        window.currentEditor()->insert(QStringLiteral("接"));
        QSignalSpy saveFailed(&window, &Ui::MainWindow::saveFailed);
        // The warning box that tells the user: dismissed as soon as it shows.
        QTimer dismiss;
        int warnings = 0;
        connect(&dismiss, &QTimer::timeout, &window, [&warnings] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                ++warnings;
                box->close();
            }
        });
        dismiss.start(20);
        window.saveCurrent();
        QVERIFY(saveFailed.wait(10000));
        QCOMPARE(warnings, 1);
        QVERIFY(saveFailed.first().at(1).toString().contains(QStringLiteral("Latin-1")));
        QCOMPARE(readFile(western), QByteArray("caf\xe9\n"));
        QVERIFY(window.currentEditor()->isModified());
    }

    void everyCommandHasAnIdAndTheMenusHoldThem()
    {
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        QStringList ids;
        for (const Ui::MainWindow::Command &command : window.commands()) {
            QVERIFY(!command.id.isEmpty());
            QVERIFY2(!ids.contains(command.id), qPrintable(command.id));
            ids.append(command.id);
            QVERIFY2(!command.action->text().isEmpty(), qPrintable(command.id));
        }
        QCOMPARE(window.command("file.save")->shortcut(), QKeySequence(QKeySequence::Save));
        QCOMPARE(window.command("edit.toggleComment")->shortcut(), QKeySequence("Ctrl+/"));
        QCOMPARE(window.command("view.splitRight")->shortcut(), QKeySequence("Ctrl+\\"));
        // No two commands share a shortcut.
        QHash<QString, QString> owners;
        for (const Ui::MainWindow::Command &command : window.commands()) {
            const QString keys = command.action->shortcut().toString();
            if (keys.isEmpty())
                continue;
            QVERIFY2(!owners.contains(keys),
                     qPrintable(keys + " used by " + owners.value(keys) + " and " + command.id));
            owners.insert(keys, command.id);
        }
    }

    void splitShowsTheSameDocumentTwice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("a.txt");
        writeFile(path, "one\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        window.openFolder(dir.path());
        openAndWait(window, path);
        Ui::EditorView *left = window.currentEditor();
        window.command("view.splitRight")->trigger();
        QCOMPARE(window.groups().size(), 2);
        Ui::EditorView *right = window.currentEditor();
        QVERIFY(right != left);
        QCOMPARE(right->filePath(), path);
        QCOMPARE(right->documentId(), left->documentId());
        right->insertAt("two ", 0, 0);
        QCOMPARE(left->text(), QString("two one\n"));
        QVERIFY(left->isModified());
        QVERIFY(window.groups().at(0)->tabText(0).startsWith(QStringLiteral("●")));
        // Closing one view of a modified document does not ask: the other still shows it.
        window.command("file.close")->trigger();
        QCOMPARE(window.groups().size(), 1); // the empty group went away
        QCOMPARE(window.currentEditor(), left);
        QVERIFY(left->isModified());
        // Save All writes it once.
        QSignalSpy saved(&window, &Ui::MainWindow::saved);
        window.saveAll();
        QVERIFY(saved.wait(10000));
        QCOMPARE(readFile(path), QByteArray("two one\n"));
        QVERIFY(!left->isModified());
    }

    void cleanBufferReloadsWhenTheFileChangesOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("a.txt");
        writeFile(path, "line 1\nline 2\nline 3\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        openAndWait(window, path);
        Ui::EditorView *editor = window.currentEditor();
        editor->setCursorPosition(2, 3);
        QSignalSpy changed(&window, &Ui::MainWindow::fileChangedOnDisk);
        // Another program replaces the file (write a new one and rename it over).
        writeFile(path + ".new", "line 1\nline 2 changed\nline 3\n");
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(path + ".new", path));
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.first().at(1).toBool(), true);
        QCOMPARE(editor->text(), QString("line 1\nline 2 changed\nline 3\n"));
        QVERIFY(!editor->isModified());
        int line = -1, column = -1;
        editor->getCursorPosition(&line, &column);
        QCOMPARE(line, 2); // the cursor stayed

        // The file is still followed after being replaced.
        changed.clear();
        auto *watcher = window.findChild<QFileSystemWatcher *>();
        QTRY_VERIFY(watcher->files().contains(path)); // the replaced file is watched again
        writeFile(path, "rewritten\n");
        QTRY_COMPARE_WITH_TIMEOUT(editor->text(), QString("rewritten\n"), 10000);
    }

    void newFileSavesAsAndBackForwardNavigates()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath("first.txt");
        const QString second = dir.filePath("second.txt");
        writeFile(first, "a\nb\nc\nd\n");
        writeFile(second, "x\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        openAndWait(window, first);
        window.currentEditor()->setCursorPosition(3, 0);
        openAndWait(window, second);
        QCOMPARE(window.currentEditor()->filePath(), second);
        window.goBack();
        QCOMPARE(window.currentEditor()->filePath(), first);
        int line = -1, column = -1;
        window.currentEditor()->getCursorPosition(&line, &column);
        QCOMPARE(line, 3);
        window.goForward();
        QCOMPARE(window.currentEditor()->filePath(), second);

        window.newFile();
        Ui::EditorView *untitled = window.currentEditor();
        QVERIFY(untitled->filePath().isEmpty());
        QVERIFY(window.tabs()->tabText(window.tabs()->currentIndex()).startsWith("Untitled-"));
        untitled->setText("print('hi')\n");
        const QString target = dir.filePath("script.py");
        QSignalSpy saved(&window, &Ui::MainWindow::saved);
        window.saveEditorAs(untitled, target);
        QVERIFY(saved.wait(10000));
        QCOMPARE(readFile(target), QByteArray("print('hi')\n"));
        QCOMPARE(untitled->filePath(), target);
        QCOMPARE(untitled->definition().name(), QStringLiteral("Python"));
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()),
                 QStringLiteral("script.py"));
    }

    void middleClickClosesATabAndReopenBringsItBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("a.txt");
        writeFile(path, "a\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        openAndWait(window, path);
        QTabBar *bar = window.tabs()->tabBar();
        QTest::mouseClick(bar, Qt::MiddleButton, {}, bar->tabRect(0).center());
        QCOMPARE(window.tabs()->count(), 0);
        QSignalSpy opened(&window, &Ui::MainWindow::fileOpened);
        window.command("file.reopenClosed")->trigger();
        QVERIFY(opened.wait(10000));
        QCOMPARE(window.currentEditor()->filePath(), path);
    }

    void findBarFollowsTheCurrentEditor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("a.txt");
        writeFile(path, "needle hay needle\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        openAndWait(window, path);
        window.currentEditor()->setSelection(0, 0, 0, 6);
        QSignalSpy finished(window.findBar(), &Ui::FindBar::searchFinished);
        window.command("edit.find")->trigger();
        QVERIFY(window.findBar()->isVisible());
        QVERIFY(finished.wait(20000));
        QCOMPARE(window.findBar()->matches().size(), 2); // the selection became the pattern
    }

    void welcomeListsRecentWorkspaces()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        {
            Core::UiLanguage language;
            Ui::MainWindow window(m_syntax, language);
            window.openFolder(first.path());
            window.openFolder(second.path());
        }
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        QCOMPARE(window.recentWorkspaces().mid(0, 2), QStringList({second.path(), first.path()}));
        auto *welcome = window.findChild<QLabel *>("welcome");
        QVERIFY(welcome->text().contains(QFileInfo(second.path()).fileName()));
        QSignalSpy opened(&window, &Ui::MainWindow::folderOpened);
        Q_EMIT welcome->linkActivated(QUrl::fromLocalFile(first.path()).toString());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(window.folder(), first.path());
    }

    void showsTheGitBranch()
    {
        QTemporaryDir dir;
        QProcess git;
        git.setWorkingDirectory(dir.path());
        git.start(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q"),
                                          QStringLiteral("-b"), QStringLiteral("trunk")});
        QVERIFY(git.waitForFinished(60000));
        QCOMPARE(git.exitCode(), 0);
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        QSignalSpy branch(&window, &Ui::MainWindow::gitBranchChanged);
        window.openFolder(dir.path());
        QVERIFY(branch.wait(10000));
        QCOMPARE(branch.first().at(0).toString(), QStringLiteral("trunk"));
        auto *label = window.findChild<QToolButton *>(QStringLiteral("gitBranch"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("trunk")));
    }

    void switchingLanguageRetranslatesAtOnce()
    {
        Core::UiLanguage language;
        language.setPreference(QStringLiteral("en"));
        Ui::MainWindow window(m_syntax, language);
        const QString englishFile = window.menuBar()->actions().first()->text();
        QCOMPARE(englishFile, QStringLiteral("&File"));
        language.setPreference(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents(); // LanguageChange is posted
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        language.setPreference(QStringLiteral("zh_TW"));
        QCoreApplication::processEvents();
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("檔案(&F)"));
        language.setPreference(QString());
    }

    void terminalStartsInTheWorkspace()
    {
        QTemporaryDir dir;
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        window.openFolder(dir.path());
        window.showTerminal();
        Ui::TerminalPane *terminal = window.terminal();
        QVERIFY(terminal);
        QVERIFY(terminal->isRunning());
        QString output;
        connect(terminal, &Ui::TerminalPane::outputReceived, this,
                [&output](const QString &text) { output += text; });
        terminal->sendText(QStringLiteral("echo \"IN=$(pwd)\"\n"));
        const QString expected = QStringLiteral("IN=") + QDir(dir.path()).canonicalPath();
        QTRY_VERIFY2_WITH_TIMEOUT(output.contains(expected), qPrintable(output), 20000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
