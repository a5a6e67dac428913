// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "../support/testfiles.h"
#include "core/documents/sessionstore.h"
#include "core/git/gitruntime.h"
#include "core/settings/uilanguage.h"
#include "ui/editor/editorview.h"
#include "ui/mainwindow/mainwindow.h"

#include <KSyntaxHighlighting/Repository>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QTabWidget>

#include <memory>

using namespace Baton;

class TestHotExit : public QObject
{
    Q_OBJECT

private:
    KSyntaxHighlighting::Repository m_syntax;
    Core::GitRuntime m_git;
    Core::UiLanguage m_language;

    std::unique_ptr<Ui::MainWindow> openWindow(const QString &folder, int expectedTabs)
    {
        auto window = std::make_unique<Ui::MainWindow>(m_syntax, m_language);
        window->show();
        QSignalSpy restored(window.get(), &Ui::MainWindow::sessionRestored);
        window->openFolder(folder);
        if (!restored.wait(10000))
            return nullptr;
        if (restored.first().first().toInt() != expectedTabs)
            return nullptr;
        return window;
    }

    void openAndWait(Ui::MainWindow &window, const QString &path)
    {
        QSignalSpy opened(&window, &Ui::MainWindow::fileOpened);
        window.openFile(path);
        QVERIFY(opened.wait(10000));
    }

    // The session on disk for `folder`, as the next start would find it.
    static Core::Session sessionOnDisk(const QString &folder)
    {
        const Core::Result<Core::Session> session
            = Core::SessionStore(Core::SessionStore::defaultDirectory()).load(folder);
        return session.ok() ? session.value() : Core::Session{};
    }

    static Ui::EditorView *tab(QTabWidget *group, int index)
    {
        return qobject_cast<Ui::EditorView *>(group->widget(index));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BatonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_hotexit"));
        QSettings().clear();
        QDir(Core::SessionStore::defaultDirectory()).removeRecursively();
    }

    void unsavedWorkSurvivesACrash()
    {
        QTemporaryDir dir;
        const QString main = dir.filePath(QStringLiteral("main.cpp"));
        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        writeFile(main, "int main()\n{\n    return 0;\n}\n");
        writeFile(notes, "one\ntwo\nthree\nfour\n");

        auto first = openWindow(dir.path(), 0);
        QVERIFY(first);
        openAndWait(*first, main);
        Ui::EditorView *editor = first->currentEditor();
        editor->setCursorPosition(2, 4);
        editor->insert(QStringLiteral("// 接力 unsaved\n    "));
        openAndWait(*first, notes);
        first->currentEditor()->setCursorPosition(2, 3);
        first->splitRight();
        first->newFile();
        first->currentEditor()->insert(QStringLiteral("scratch 草稿"));
        QCOMPARE(first->groups().size(), 2);

        // The periodic backup takes it all, without anyone asking for it.
        QTRY_VERIFY_WITH_TIMEOUT(sessionOnDisk(dir.path()).buffers.size() == 4
                                     && sessionOnDisk(dir.path()).buffers.at(3).text
                                            == QStringLiteral("scratch 草稿").toUtf8(),
                                 15000);

        // The process dies: no close, no save, no prompt.
        first.reset();
        QCOMPARE(readFile(main), QByteArray("int main()\n{\n    return 0;\n}\n"));

        auto second = openWindow(dir.path(), 4);
        QVERIFY(second);
        QCOMPARE(second->groups().size(), 2);
        QTabWidget *left = second->groups().at(0);
        QTabWidget *right = second->groups().at(1);
        QCOMPARE(left->count(), 2);
        QCOMPARE(right->count(), 2);

        Ui::EditorView *restoredMain = tab(left, 0);
        QCOMPARE(restoredMain->filePath(), main);
        QVERIFY(restoredMain->isModified());
        QCOMPARE(restoredMain->text(),
                 QStringLiteral("int main()\n{\n    // 接力 unsaved\n    return 0;\n}\n"));
        Ui::EditorView *restoredNotes = tab(left, 1);
        QCOMPARE(restoredNotes->filePath(), notes);
        QVERIFY(!restoredNotes->isModified());
        int line = -1;
        int column = -1;
        restoredNotes->getCursorPosition(&line, &column);
        QCOMPARE(line, 2);
        QCOMPARE(column, 3);
        QCOMPARE(left->currentWidget(), restoredNotes);

        // The split shares its document again, and the untitled buffer is back with its name.
        QCOMPARE(tab(right, 0)->documentId(), restoredNotes->documentId());
        Ui::EditorView *scratch = tab(right, 1);
        QVERIFY(scratch->filePath().isEmpty());
        QCOMPARE(scratch->untitledName(), QStringLiteral("Untitled-1"));
        QCOMPARE(scratch->text(), QStringLiteral("scratch 草稿"));
        QVERIFY(scratch->isModified());
        QCOMPARE(second->currentEditor(), scratch); // the right group was active

        // A new untitled buffer does not take a restored one's name.
        second->newFile();
        QCOMPARE(second->currentEditor()->untitledName(), QStringLiteral("Untitled-2"));
    }

    void quittingKeepsUnsavedWorkWithoutAsking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("todo.md"));
        writeFile(path, "# todo\n");
        auto window = openWindow(dir.path(), 0);
        QVERIFY(window);
        openAndWait(*window, path);
        window->currentEditor()->append(QStringLiteral("- ship hot exit\n"));
        QVERIFY(window->currentEditor()->isModified());

        // No dialog may come up: if one did, this test would hang in it.
        QTimer watchdog;
        bool asked = false;
        connect(&watchdog, &QTimer::timeout, this, [&asked] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                asked = true;
                modal->close();
            }
        });
        watchdog.start(20);
        window->close();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 10000);
        QVERIFY(!asked);
        QCOMPARE(readFile(path), QByteArray("# todo\n")); // not saved behind the user's back
        window.reset();

        auto again = openWindow(dir.path(), 1);
        QVERIFY(again);
        QCOMPARE(again->currentEditor()->text(), QStringLiteral("# todo\n- ship hot exit\n"));
        QVERIFY(again->currentEditor()->isModified());

        // Saved, the file leaves the backup; it still reopens, clean, next time.
        QSignalSpy saved(again.get(), &Ui::MainWindow::saved);
        again->saveCurrent();
        QVERIFY(saved.wait(10000));
        again->backupSession();
        QTRY_VERIFY_WITH_TIMEOUT(!sessionOnDisk(dir.path()).hasUnsavedWork(), 10000);
        QCOMPARE(sessionOnDisk(dir.path()).buffers.size(), 1);
        QCOMPARE(readFile(path), QByteArray("# todo\n- ship hot exit\n"));
    }

    void aFileDeletedMeanwhileKeepsItsUnsavedText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone.txt"));
        const QString clean = dir.filePath(QStringLiteral("clean.txt"));
        writeFile(path, "draft\n");
        writeFile(clean, "nothing unsaved\n");
        auto window = openWindow(dir.path(), 0);
        QVERIFY(window);
        openAndWait(*window, clean);
        openAndWait(*window, path);
        window->currentEditor()->append(QStringLiteral("more\n"));
        window->backupSession();
        QTRY_VERIFY_WITH_TIMEOUT(sessionOnDisk(dir.path()).hasUnsavedWork(), 10000);
        window.reset();
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::remove(clean));

        // The unsaved text comes back; the clean file that is gone has nothing to show.
        auto again = openWindow(dir.path(), 1);
        QVERIFY(again);
        QCOMPARE(again->currentEditor()->filePath(), path);
        QCOMPARE(again->currentEditor()->text(), QStringLiteral("draft\nmore\n"));
        QVERIFY(again->currentEditor()->isModified());
    }
};

QTEST_MAIN(TestHotExit)
#include "tst_hotexit.moc"
