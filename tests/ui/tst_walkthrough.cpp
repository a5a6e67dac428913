// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors

// The desktop-editing issue's "done means", tried as a new user would, in one sitting: a clone
// of a sizeable C++ tree (Baton's own sources) is opened; quick open and search in files
// navigate it; several files are edited in tabs and in a split; a command runs in the terminal;
// a change is committed through the changes panel; then the window quits with unsaved work, a
// second Baton process opens the workspace, edits more, and is killed with SIGKILL; a third
// start gets every unsaved edit back. The test functions run in order on one workspace.

#include "../support/changeslist.h"
#include "../support/gitfixture.h"
#include "../support/testfiles.h"
#include "core/documents/sessionstore.h"
#include "core/git/gitruntime.h"
#include "core/git/workspacestatus.h"
#include "core/settings/uilanguage.h"
#include "core/workspace/fileindex.h"
#include "ui/editor/editorview.h"
#include "ui/git/changespanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/quickopen/quickopen.h"
#include "ui/quickopen/quickopenmodel.h"
#include "ui/search/searchpanel.h"
#include "ui/terminal/terminalpane.h"

#include <KSyntaxHighlighting/Repository>

#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QFileSystemModel>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListView>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QTreeWidget>

#include <memory>

using namespace Baton;
using namespace Qt::StringLiterals;

static constexpr const char *organization = "BatonTest";
static constexpr const char *application = "tst_walkthrough";
static constexpr const char *childMarker = "CHILD-BACKED-UP";

// git in `folder`; a clone of the sources may take longer than the fixture's default.
static QString git(const QString &folder, const QStringList &arguments, int *exitCode = nullptr)
{
    return runGit(folder, arguments, exitCode, 120000);
}

// The unsaved text the session on disk holds for `path`, as the next start would find it.
static QByteArray backedUpText(const QString &folder, const QString &path)
{
    const Core::Result<Core::Session> session
        = Core::SessionStore(Core::SessionStore::defaultDirectory()).load(folder);
    if (!session.ok())
        return {};
    for (const Core::SessionBuffer &buffer : session.value().buffers) {
        if (buffer.filePath == path)
            return buffer.text;
    }
    return {};
}

static void useTestPaths()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QString::fromLatin1(organization));
    QCoreApplication::setApplicationName(QString::fromLatin1(application));
}

// The second Baton process: opens `folder`, which restores the session the first window left,
// appends `text` to `file`, waits until the periodic backup holds it, says so on standard
// output and carries on until it is killed.
static int runChild(const QString &folder, const QString &file, const QString &text)
{
    useTestPaths();
    KSyntaxHighlighting::Repository syntax;
    Core::GitRuntime gitRuntime;
    Core::UiLanguage language;
    Ui::MainWindow window(syntax, language);
    window.show();
    bool edited = false;
    const auto edit = [&window, &edited, folder, file, text](Ui::EditorView *editor) {
        if (edited || !editor)
            return;
        edited = true;
        editor->setCursorPosition(editor->lines() - 1, 0);
        editor->insert(text);
        auto *poll = new QTimer(&window);
        QObject::connect(poll, &QTimer::timeout, &window, [folder, file, text] {
            if (backedUpText(folder, file).contains(text.toUtf8()))
                QTextStream(stdout) << childMarker << Qt::endl;
        });
        poll->start(100);
    };
    QObject::connect(&window, &Ui::MainWindow::sessionRestored, &window, [&](int) {
        if (Ui::EditorView *open = window.editorFor(file)) {
            edit(open);
            return;
        }
        QObject::connect(&window, &Ui::MainWindow::fileOpened, &window,
                         [&](const QString &opened) {
                             if (opened == file)
                                 edit(window.editorFor(file));
                         });
        window.openFile(file);
    });
    window.openFolder(folder);
    return QApplication::exec();
}

class TestWalkthrough : public QObject
{
    Q_OBJECT

private:
    KSyntaxHighlighting::Repository m_syntax;
    Core::GitRuntime m_git;
    Core::UiLanguage m_language;
    QTemporaryDir m_home;
    QString m_clone;
    std::unique_ptr<Ui::MainWindow> m_window;

    QString path(const QString &relative) const { return m_clone + u'/' + relative; }

    static QStringList titles(Ui::QuickOpen *quickOpen)
    {
        QStringList all;
        for (const Ui::QuickOpenItem &item : quickOpen->model()->items())
            all.append(item.title + u'|' + item.detail);
        return all;
    }

    // Makes the workspace: a clone of the repository these sources came from, or, where that
    // repository cannot be reached (a worktree whose common folder is elsewhere), a repository
    // made from a copy of the same C++ tree.
    void makeClone()
    {
        m_clone = m_home.filePath(u"baton"_s);
        int exitCode = -1;
        git(m_home.path(),
            {u"clone"_s, u"-q"_s, u"--no-hardlinks"_s, QString::fromUtf8(BATON_SOURCE_DIR),
             m_clone},
            &exitCode);
        if (exitCode != 0) {
            QDir(m_clone).removeRecursively();
            const QDir source(QString::fromUtf8(BATON_SOURCE_DIR));
            for (const QString &top : {u"app"_s, u"plugins"_s, u"tests"_s, u"docs"_s}) {
                QDirIterator it(source.filePath(top), QDir::Files | QDir::Hidden,
                                QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    const QString from = it.next();
                    writeFile(path(source.relativeFilePath(from)), readFile(from));
                }
            }
            writeFile(path(u"README.md"_s), readFile(source.filePath(u"README.md"_s)));
            git(m_clone, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s});
            git(m_clone, {u"add"_s, u"."_s});
            git(m_clone, {u"commit"_s, u"-q"_s, u"-m"_s, u"sources"_s}, &exitCode);
            QCOMPARE(exitCode, 0);
        }
        git(m_clone, {u"config"_s, u"user.name"_s, u"Walk Through"_s});
        git(m_clone, {u"config"_s, u"user.email"_s, u"walk@example.org"_s});
        git(m_clone, {u"checkout"_s, u"-q"_s, u"-B"_s, u"walkthrough"_s});
    }

private Q_SLOTS:
    void initTestCase()
    {
        useTestPaths();
        QSettings().clear();
        QDir(Core::SessionStore::defaultDirectory()).removeRecursively();
        makeClone();
        // Sizeable: hundreds of C++ files.
        int sources = 0;
        QDirIterator it(m_clone, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++sources;
        }
        QVERIFY2(sources > 200, qPrintable(QString::number(sources)));
    }

    void opensTheProject()
    {
        m_window = std::make_unique<Ui::MainWindow>(m_syntax, m_language);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy indexed(m_window->fileIndex(), &Core::FileIndex::ready);
        QSignalSpy branch(m_window.get(), &Ui::MainWindow::gitBranchChanged);
        m_window->openFolder(m_clone);
        QVERIFY(indexed.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->gitStatus()->isReady(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!branch.isEmpty(), 20000);
        QCOMPARE(branch.last().first().toString(), u"walkthrough"_s);

        // The tree lists the top folders (and never the repository's .git).
        auto *model = qobject_cast<QFileSystemModel *>(m_window->fileTree()->model());
        QVERIFY(model);
        QTRY_VERIFY_WITH_TIMEOUT(model->index(path(u"app"_s)).isValid(), 20000);
        QTRY_VERIFY(model->rowCount(m_window->fileTree()->rootIndex()) >= 4);
        QVERIFY(!model->index(path(u".git"_s)).isValid()
                || m_window->fileTree()->isRowHidden(model->index(path(u".git"_s)).row(),
                                                     m_window->fileTree()->rootIndex()));
    }

    void quickOpenFindsAFileByItsInitials()
    {
        Ui::QuickOpen *quickOpen = m_window->quickOpen();
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(quickOpen->isVisible());
        QTest::keyClicks(quickOpen->lineEdit(), u"chatturncpp"_s);
        QTRY_COMPARE(titles(quickOpen).value(0), u"chatturn.cpp|app/core/router"_s);

        QSignalSpy opened(m_window.get(), &Ui::MainWindow::fileOpened);
        QTest::keyClick(quickOpen->lineEdit(), Qt::Key_Return);
        QVERIFY(opened.wait(10000));
        QVERIFY(!quickOpen->isVisible());
        QCOMPARE(m_window->currentEditor()->filePath(), path(u"app/core/router/chatturn.cpp"_s));
        QVERIFY(m_window->currentEditor()->text().contains(u"ChatTurn::"_s));
    }

    void searchInFilesJumpsToADeclaration()
    {
        Ui::SearchPanel *panel = m_window->searchPanel();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::focusWidget(), panel->searchField());
        QSignalSpy finished(panel, &Ui::SearchPanel::searchFinished);
        QTest::keyClicks(panel->searchField(), u"class ChatTurn : public"_s);
        QVERIFY(finished.wait(30000));

        QTreeWidget *tree = panel->results();
        QTreeWidgetItem *header = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() >= 1, 10000);
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0).startsWith(u"app/core/router/chatturn.h "_s))
                header = tree->topLevelItem(i);
        }
        QVERIFY(header);
        QCOMPARE(header->childCount(), 1);
        const int expectedLine
            = int(readFile(path(u"app/core/router/chatturn.h"_s))
                      .left(readFile(path(u"app/core/router/chatturn.h"_s))
                                .indexOf("class ChatTurn : public"))
                      .count('\n'));

        QSignalSpy opened(m_window.get(), &Ui::MainWindow::fileOpened);
        tree->expandItem(header);
        tree->scrollToItem(header->child(0));
        const QRect rect = tree->visualItemRect(header->child(0));
        QVERIFY(rect.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(opened.wait(10000));
        Ui::EditorView *editor = m_window->currentEditor();
        QCOMPARE(editor->filePath(), path(u"app/core/router/chatturn.h"_s));
        QTRY_COMPARE(editor->selectedText(), u"class ChatTurn : public"_s);
        int line = -1;
        int column = -1;
        editor->getCursorPosition(&line, &column);
        QCOMPARE(line, expectedLine);
        // Back returns to where the user was before the jump.
        m_window->goBack();
        QTRY_COMPARE(m_window->currentEditor()->filePath(),
                     path(u"app/core/router/chatturn.cpp"_s));
    }

    void editsSeveralFilesInTabsAndASplit()
    {
        // chatturn.h: an unsaved edit that is never saved (hot exit brings it back at the end).
        m_window->openFile(path(u"app/core/router/chatturn.h"_s));
        QTRY_COMPARE(m_window->currentEditor()->filePath(), path(u"app/core/router/chatturn.h"_s));
        Ui::EditorView *header = m_window->currentEditor();
        header->setCursorPosition(0, 0);
        header->insert(u"// walkthrough: unsaved note 走查\n"_s);
        QVERIFY(header->isModified());
        QTabWidget *left = m_window->groups().at(0);
        QVERIFY(left->tabText(left->indexOf(header)).startsWith(u"● "_s));

        // README.md: edited in the left group, then in a split on the right that shares it.
        QSignalSpy opened(m_window.get(), &Ui::MainWindow::fileOpened);
        m_window->openFile(path(u"README.md"_s));
        QVERIFY(opened.wait(10000));
        Ui::EditorView *readme = m_window->currentEditor();
        readme->setCursorPosition(0, 0);
        readme->insert(u"Walked through.\n\n"_s);
        m_window->splitRight();
        QCOMPARE(m_window->groups().size(), 2);
        Ui::EditorView *readmeRight = m_window->currentEditor();
        QVERIFY(readmeRight != readme);
        QCOMPARE(readmeRight->documentId(), readme->documentId());
        readmeRight->setCursorPosition(readmeRight->lines() - 1, 0);
        readmeRight->insert(u"\nEdited in the split.\n"_s);
        QVERIFY(readme->text().endsWith(u"\nEdited in the split.\n"_s));

        // A third file opened in the right group.
        m_window->openFile(path(u"app/core/result.h"_s));
        QVERIFY(opened.wait(10000));
        QCOMPARE(m_window->groups().at(1)->count(), 2);
        QVERIFY(left->count() >= 3);

        // Ctrl+S saves README.md once, for both of its views; the tab's dirty marker goes.
        m_window->groups().at(1)->setCurrentWidget(readmeRight);
        readmeRight->setFocus();
        QSignalSpy saved(m_window.get(), &Ui::MainWindow::saved);
        QTest::keyClick(readmeRight, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().first().toString(), path(u"README.md"_s));
        const QByteArray onDisk = readFile(path(u"README.md"_s));
        QVERIFY(onDisk.startsWith("Walked through.\n\n"));
        QVERIFY(onDisk.endsWith("\nEdited in the split.\n"));
        QVERIFY(!readme->isModified());
        QVERIFY(!left->tabText(left->indexOf(readme)).startsWith(u"● "_s));
        QVERIFY(header->isModified()); // the other file is still unsaved
    }

    void runsACommandInTheTerminal()
    {
        m_window->showTerminal();
        Ui::TerminalPane *terminal = m_window->terminal();
        QVERIFY(terminal);
        QTRY_VERIFY(terminal->isVisible());
        // The shell runs in the workspace: a file it writes lands there.
        terminal->sendText(u"printf 'built %s\\n' \"$((6*7))\" > terminal-output.txt\n"_s);
        QTRY_COMPARE_WITH_TIMEOUT(readFile(path(u"terminal-output.txt"_s)),
                                  QByteArray("built 42\n"), 20000);
    }

    void commitsThroughTheChangesPanel()
    {
        m_window->command(u"view.changes"_s)->trigger();
        auto *dock = m_window->findChild<QDockWidget *>(u"changesDock"_s);
        QVERIFY(dock && dock->isVisible());
        auto *list = dock->findChild<QTreeWidget *>(u"changesList"_s);
        auto *commitButton = dock->findChild<QPushButton *>(u"commitButton"_s);
        auto *message = dock->findChild<QPlainTextEdit *>(u"commitMessage"_s);
        QVERIFY(list && commitButton && message);
        // The saved README and the terminal's file; not the unsaved header.
        QTRY_COMPARE_WITH_TIMEOUT(listedChanges(list, 1),
                                  QStringList({u"README.md M"_s, u"terminal-output.txt U"_s}),
                                  20000);

        QTreeWidgetItem *readme = changeRow(list, 1, u"README.md"_s);
        QVERIFY(readme);
        auto *stage = qobject_cast<QToolButton *>(list->itemWidget(readme, 4));
        QVERIFY(stage);
        stage->click();
        QTRY_COMPARE(listedChanges(list, 0), QStringList({u"README.md M"_s}));
        QTRY_VERIFY(commitButton->isEnabled());

        message->setFocus();
        QTest::keyClicks(message, u"Walk through the editor"_s);
        QSignalSpy committed(m_window->changesPanel(), &Ui::ChangesPanel::committed);
        QTest::keyClick(message, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(committed.wait(20000));
        QCOMPARE(git(m_clone, {u"log"_s, u"-1"_s, u"--format=%s|%an"_s}),
                 u"Walk through the editor|Walk Through"_s);
        QCOMPARE(git(m_clone, {u"show"_s, u"--name-only"_s, u"--format="_s, u"HEAD"_s}),
                 u"README.md"_s);
        QTRY_VERIFY(listedChanges(list, 0).isEmpty());
        QCOMPARE(listedChanges(list, 1), QStringList({u"terminal-output.txt U"_s}));
    }

    void unsavedWorkSurvivesQuitAndKill()
    {
        const QString header = path(u"app/core/router/chatturn.h"_s);
        const QString result = path(u"app/core/result.h"_s);
        const QByteArray headerOnDisk = readFile(header);
        const QByteArray resultOnDisk = readFile(result);

        // Quit: hot exit keeps the unsaved header without asking.
        m_window->close();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 20000);
        m_window.reset();
        QVERIFY(backedUpText(m_clone, header).startsWith("// walkthrough: unsaved note 走查\n"));

        // A second Baton process restores it, edits result.h and is killed with SIGKILL.
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {u"--child"_s, m_clone, result, u"// typed before the crash 崩溃前\n"_s});
        QVERIFY(child.waitForStarted(20000));
        QByteArray output;
        while (!output.contains(childMarker) && child.state() == QProcess::Running) {
            if (child.waitForReadyRead(60000))
                output += child.readAllStandardOutput();
            else
                break;
        }
        QVERIFY2(output.contains(childMarker), output.constData());
        child.kill(); // SIGKILL: no close, no save, no last backup
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(readFile(header), headerOnDisk);
        QCOMPARE(readFile(result), resultOnDisk);

        // The next start has both unsaved edits, modified, with the files on disk untouched.
        m_window = std::make_unique<Ui::MainWindow>(m_syntax, m_language);
        m_window->show();
        QSignalSpy restored(m_window.get(), &Ui::MainWindow::sessionRestored);
        m_window->openFolder(m_clone);
        QVERIFY(restored.wait(30000));
        Ui::EditorView *headerView = m_window->editorFor(header);
        Ui::EditorView *resultView = m_window->editorFor(result);
        QVERIFY(headerView && resultView);
        QVERIFY(headerView->isModified());
        QVERIFY(resultView->isModified());
        QCOMPARE(headerView->text().toUtf8(),
                 "// walkthrough: unsaved note 走查\n" + headerOnDisk);
        QVERIFY(resultView->text().toUtf8().endsWith("// typed before the crash 崩溃前\n"));
        QCOMPARE(resultView->text().toUtf8().size(),
                 resultOnDisk.size() + QByteArray("// typed before the crash 崩溃前\n").size());
        QCOMPARE(m_window->groups().size(), 2); // the split came back too
        m_window->close();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 20000);
        m_window.reset();
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], "--child") == 0) {
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                        QString::fromUtf8(argv[4]));
    }
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestWalkthrough test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_walkthrough.moc"
