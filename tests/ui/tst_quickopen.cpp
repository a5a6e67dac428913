// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "../support/testfiles.h"
#include "core/git/gitruntime.h"
#include "core/git/repository.h"
#include "core/settings/uilanguage.h"
#include "core/workspace/fileindex.h"
#include "ui/editor/editorview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/quickopen/quickopen.h"
#include "ui/quickopen/quickopenmodel.h"

#include <KSyntaxHighlighting/Repository>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QAction>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListView>
#include <QtWidgets/QTabWidget>

using namespace Baton;

class TestQuickOpen : public QObject
{
    Q_OBJECT

private:
    KSyntaxHighlighting::Repository m_syntax;
    Core::GitRuntime m_git;
    QTemporaryDir m_dir;

    // The titles (file names or command labels) listed, in order.
    static QStringList titles(Ui::QuickOpen *quickOpen)
    {
        QStringList all;
        for (const Ui::QuickOpenItem &item : quickOpen->model()->items())
            all.append(item.title);
        return all;
    }

    static const Ui::QuickOpenItem *selected(Ui::QuickOpen *quickOpen)
    {
        return quickOpen->model()->item(quickOpen->list()->currentIndex().row());
    }

    // A window on the workspace, shown, active, with the file index ready.
    std::unique_ptr<Ui::MainWindow> openWindow(Core::UiLanguage &language)
    {
        auto window = std::make_unique<Ui::MainWindow>(m_syntax, language);
        window->show();
        if (!QTest::qWaitForWindowActive(window.get()))
            return nullptr;
        QSignalSpy ready(window->fileIndex(), &Core::FileIndex::ready);
        window->openFolder(m_dir.path());
        if (!ready.wait(20000))
            return nullptr;
        return window;
    }

    static void type(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BatonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_quickopen"));
        QSettings().clear();
        QVERIFY(Core::Repository::init(m_dir.path()).ok());
        writeFile(m_dir.filePath(".gitignore"), "build/\n");
        QByteArray lines;
        for (int i = 1; i <= 10; ++i)
            lines += "line " + QByteArray::number(i) + "\n";
        writeFile(m_dir.filePath("src/main.cpp"), lines);
        writeFile(m_dir.filePath("src/ui/mainwindow.cpp"), lines);
        writeFile(m_dir.filePath("docs/someothermaywork.txt"));
        writeFile(m_dir.filePath("a/config.json"));
        writeFile(m_dir.filePath("b/config.json"));
        writeFile(m_dir.filePath("build/mainwindow.o"));
        writeFile(m_dir.filePath("README.md"));
    }

    void ctrlPFiltersAndEnterOpens()
    {
        Core::UiLanguage language;
        auto window = openWindow(language);
        QVERIFY(window);
        Ui::QuickOpen *quickOpen = window->quickOpen();
        QVERIFY(!quickOpen->isVisible());

        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : window.get(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(quickOpen->isVisible());
        QCOMPARE(QApplication::focusWidget(), quickOpen->lineEdit());
        // Near the top, centred.
        const QRect frame = quickOpen->geometry();
        QVERIFY(qAbs(frame.center().x() - window->width() / 2) <= 2);
        QVERIFY(frame.top() < window->height() / 4);
        // Every workspace file but the ignored one, in path order, before typing.
        QTRY_COMPARE(quickOpen->model()->rowCount(), 7);
        QVERIFY(!titles(quickOpen).contains("mainwindow.o"));

        type("mw");
        QTRY_COMPARE(titles(quickOpen).value(0), QStringLiteral("mainwindow.cpp"));
        QCOMPARE(titles(quickOpen).value(1), QStringLiteral("someothermaywork.txt"));
        QCOMPARE(titles(quickOpen).size(), 2);
        const Ui::QuickOpenItem *first = quickOpen->model()->item(0);
        QCOMPARE(first->detail, QStringLiteral("src/ui"));
        QCOMPARE(first->titleHighlights, QList<int>({0, 4}));

        // Down moves, Up wraps back to the top.
        QTest::keyClick(quickOpen->lineEdit(), Qt::Key_Down);
        QCOMPARE(selected(quickOpen)->title, QStringLiteral("someothermaywork.txt"));
        QTest::keyClick(quickOpen->lineEdit(), Qt::Key_Up);
        QCOMPARE(selected(quickOpen)->title, QStringLiteral("mainwindow.cpp"));

        QSignalSpy opened(window.get(), &Ui::MainWindow::fileOpened);
        QTest::keyClick(quickOpen->lineEdit(), Qt::Key_Return);
        QVERIFY(!quickOpen->isVisible());
        QVERIFY(opened.wait(10000));
        QCOMPARE(window->currentEditor()->filePath(), m_dir.filePath("src/ui/mainwindow.cpp"));
        QCOMPARE(window->recentFiles().value(0), m_dir.filePath("src/ui/mainwindow.cpp"));
    }

    void nameColonLineOpensAtThatLine()
    {
        Core::UiLanguage language;
        auto window = openWindow(language);
        QVERIFY(window);
        window->showQuickOpen(QString());
        type("main.cpp:3");
        QTRY_VERIFY(selected(window->quickOpen())
                    && selected(window->quickOpen())->title == QStringLiteral("main.cpp"));
        QCOMPARE(selected(window->quickOpen())->line, 3);
        QSignalSpy opened(window.get(), &Ui::MainWindow::fileOpened);
        QTest::keyClick(window->quickOpen()->lineEdit(), Qt::Key_Enter);
        QVERIFY(opened.wait(10000));
        int line = -1;
        int column = -1;
        window->currentEditor()->getCursorPosition(&line, &column);
        QCOMPARE(window->currentEditor()->filePath(), m_dir.filePath("src/main.cpp"));
        QCOMPARE(line, 2); // 0-based

        // ":N" alone goes to line N of the current editor.
        window->showQuickOpen(QString());
        type(":7");
        QTRY_COMPARE(titles(window->quickOpen()), QStringList{"Go to line 7"});
        QTest::keyClick(window->quickOpen()->lineEdit(), Qt::Key_Return);
        window->currentEditor()->getCursorPosition(&line, &column);
        QCOMPARE(line, 6);
        QCOMPARE(QApplication::focusWidget(), window->currentEditor());
    }

    void recentFileBoostedAndListedFirst()
    {
        Core::UiLanguage language;
        auto window = openWindow(language);
        QVERIFY(window);
        // Without history, a/ wins the tie between the two config.json.
        window->showQuickOpen(QStringLiteral("config"));
        QTRY_COMPARE(titles(window->quickOpen()).size(), 2);
        QCOMPARE(window->quickOpen()->model()->item(0)->detail, QStringLiteral("a"));
        QTest::keyClick(window->quickOpen()->lineEdit(), Qt::Key_Escape);

        QSignalSpy opened(window.get(), &Ui::MainWindow::fileOpened);
        window->openFile(m_dir.filePath("b/config.json"));
        QVERIFY(opened.wait(10000));
        window->showQuickOpen(QStringLiteral("config"));
        QTRY_COMPARE(window->quickOpen()->model()->item(0)->detail, QStringLiteral("b"));
        QCOMPARE(window->quickOpen()->model()->item(0)->hint, QStringLiteral("recently opened"));
        // An empty query lists the recent files first.
        window->quickOpen()->lineEdit()->clear();
        QTRY_VERIFY(window->quickOpen()->model()->rowCount() > 2);
        QCOMPARE(window->quickOpen()->model()->item(0)->path, m_dir.filePath("b/config.json"));
        // Then those opened by the tests before, most recent first.
        QCOMPARE(window->quickOpen()->model()->item(1)->path, m_dir.filePath("src/main.cpp"));
        QCOMPARE(window->quickOpen()->model()->item(2)->path,
                 m_dir.filePath("src/ui/mainwindow.cpp"));
        QVERIFY(window->quickOpen()->model()->item(2)->hint.contains("recently"));
        QVERIFY(window->quickOpen()->model()->item(3)->hint.isEmpty());
    }

    void escapeClosesAndGivesTheFocusBack()
    {
        Core::UiLanguage language;
        auto window = openWindow(language);
        QVERIFY(window);
        QSignalSpy opened(window.get(), &Ui::MainWindow::fileOpened);
        window->openFile(m_dir.filePath("README.md"));
        QVERIFY(opened.wait(10000));
        QCOMPARE(QApplication::focusWidget(), window->currentEditor());
        QTest::keyClick(window->currentEditor(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(window->quickOpen()->isVisible());
        QTest::keyClick(window->quickOpen()->lineEdit(), Qt::Key_Escape);
        QVERIFY(!window->quickOpen()->isVisible());
        QCOMPARE(QApplication::focusWidget(), window->currentEditor());

        // Moving the focus elsewhere closes it too.
        window->showQuickOpen(QString());
        QVERIFY(window->quickOpen()->isVisible());
        window->currentEditor()->setFocus();
        QVERIFY(!window->quickOpen()->isVisible());
    }

    void newFilesFoundAfterARescan()
    {
        Core::UiLanguage language;
        auto window = openWindow(language);
        QVERIFY(window);
        writeFile(m_dir.filePath("src/fresh_file.cpp"));
        QSignalSpy ready(window->fileIndex(), &Core::FileIndex::ready);
        window->fileIndex()->refresh();
        QVERIFY(ready.wait(20000));
        window->showQuickOpen(QStringLiteral("fresh"));
        QTRY_COMPARE(titles(window->quickOpen()), QStringList{"fresh_file.cpp"});
        QFile::remove(m_dir.filePath("src/fresh_file.cpp"));
    }

    void commandPaletteListsCommandsAndRunsThem()
    {
        Core::UiLanguage language;
        auto window = openWindow(language);
        QVERIFY(window);
        QSignalSpy opened(window.get(), &Ui::MainWindow::fileOpened);
        window->openFile(m_dir.filePath("README.md"));
        QVERIFY(opened.wait(10000));
        Ui::QuickOpen *quickOpen = window->quickOpen();

        QTest::keyClick(window->currentEditor(), Qt::Key_P,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(quickOpen->isVisible());
        QCOMPARE(quickOpen->lineEdit()->text(), QStringLiteral(">"));
        // Every command, with its shortcut.
        QCOMPARE(quickOpen->model()->rowCount(), window->commands().size());
        bool sawSave = false;
        for (const Ui::QuickOpenItem &item : quickOpen->model()->items()) {
            if (item.title == u"File: Save") {
                sawSave = true;
                QCOMPARE(item.hint,
                         QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
            }
        }
        QVERIFY(sawSave);
        QVERIFY(titles(quickOpen).contains("Go: Go to File…"));

        type("split");
        QTRY_COMPARE(selected(quickOpen)->title, QStringLiteral("View: Split Editor Right"));
        QCOMPARE(selected(quickOpen)->hint,
                 QKeySequence(QStringLiteral("Ctrl+\\")).toString(QKeySequence::NativeText));
        QCOMPARE(window->groups().size(), 1);
        QSignalSpy ran(quickOpen, &Ui::QuickOpen::commandActivated);
        QTest::keyClick(quickOpen->lineEdit(), Qt::Key_Return);
        QCOMPARE(ran.value(0).value(0).toString(), QStringLiteral("view.splitRight"));
        QCOMPARE(window->groups().size(), 2); // the editor was split
        QCOMPARE(window->groups().at(1)->count(), 1);

        // Recently used commands come first.
        window->showQuickOpen(QStringLiteral(">"));
        QCOMPARE(titles(quickOpen).value(0), QStringLiteral("View: Split Editor Right"));

        // A disabled command is shown disabled and does nothing.
        QAction *about = window->command("help.about");
        about->setEnabled(false);
        quickOpen->lineEdit()->setText(QStringLiteral(">about baton"));
        QCOMPARE(selected(quickOpen)->commandId, QStringLiteral("help.about"));
        QVERIFY(!selected(quickOpen)->enabled);
        QTest::keyClick(quickOpen->lineEdit(), Qt::Key_Return);
        QVERIFY(quickOpen->isVisible());
        QVERIFY(quickOpen->statusLabel()->text().contains("not available"));
        about->setEnabled(true);

        // Deleting the '>' goes back to files; typing it switches again.
        quickOpen->lineEdit()->clear();
        QTRY_VERIFY(titles(quickOpen).contains("README.md"));
        type(">zoom in");
        QCOMPARE(selected(quickOpen)->commandId, QStringLiteral("view.zoomIn"));
        QTest::keyClick(quickOpen->lineEdit(), Qt::Key_Escape);
        QVERIFY(!quickOpen->isVisible());
    }

    void paletteSpeaksTheUserInterfaceLanguage()
    {
        Core::UiLanguage language;
        auto window = openWindow(language);
        QVERIFY(window);
        language.setPreference(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents(); // LanguageChange is posted
        window->showQuickOpen(QStringLiteral(">"));
        const QStringList labels = titles(window->quickOpen());
        // Category and text translated, the "(&F)" mnemonic gone.
        QVERIFY2(labels.contains(QStringLiteral("转到: 转到文件…")), qPrintable(labels.join(u'|')));
        QVERIFY(labels.contains(QStringLiteral("查看: 命令面板…")));
        for (const QString &label : labels)
            QVERIFY2(!label.contains(u'&'), qPrintable(label));
        window->quickOpen()->lineEdit()->clear();
        // Files again, the most recent one (opened by the tests before) marked in Chinese.
        QTRY_VERIFY(!window->quickOpen()->model()->items().isEmpty()
                    && !window->quickOpen()->model()->items().first().path.isEmpty());
        QCOMPARE(window->quickOpen()->model()->items().first().hint, QStringLiteral("最近打开"));
        QVERIFY(!window->quickOpen()->lineEdit()->placeholderText().contains(u"Search"));
        window->quickOpen()->dismiss();
        language.setPreference(QString());
        QCoreApplication::processEvents();
    }

    void startPageMentionsQuickOpen()
    {
        Core::UiLanguage language;
        auto window = openWindow(language);
        QVERIFY(window);
        auto *welcome = window->findChild<QLabel *>("welcome");
        QVERIFY(welcome);
        QVERIFY2(welcome->text().contains(
                     QKeySequence(QStringLiteral("Ctrl+P")).toString(QKeySequence::NativeText)),
                 qPrintable(welcome->text()));
    }
};

QTEST_MAIN(TestQuickOpen)
#include "tst_quickopen.moc"
