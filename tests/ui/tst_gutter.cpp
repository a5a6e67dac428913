// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/git/gitruntime.h"
#include "core/settings/uilanguage.h"
#include "ui/editor/editorview.h"
#include "ui/git/diffview.h"
#include "ui/git/gutterupdater.h"
#include "ui/mainwindow/mainwindow.h"

#include <KSyntaxHighlighting/Repository>

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QAction>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QTabWidget>

#include <Qsci/qsciscintilla.h>

using namespace Baton;
using Ui::EditorView;

namespace {

constexpr int changeMarkers = (1 << EditorView::AddedLineMarker)
                              | (1 << EditorView::ModifiedLineMarker)
                              | (1 << EditorView::DeletedAboveMarker)
                              | (1 << EditorView::DeletedBelowMarker);

int markersOn(EditorView *editor, int line)
{
    return int(editor->SendScintilla(QsciScintillaBase::SCI_MARKERGET,
                                     static_cast<unsigned long>(line)))
           & changeMarkers;
}

// Lines carrying any change marker, with the markers.
QList<QPair<int, int>> markedLines(EditorView *editor)
{
    QList<QPair<int, int>> marked;
    for (int line = 0; line < editor->lines(); ++line) {
        if (const int markers = markersOn(editor, line))
            marked.append({line, markers});
    }
    return marked;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void git(const QString &folder, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test"));
    environment.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("t@example.org"));
    environment.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test"));
    environment.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("t@example.org"));
    environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), folder);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("git"), arguments);
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
}

const QByteArray committed = "alpha\nbeta\ngamma\ndelta\nepsilon\n";

} // namespace

class TestGutter : public QObject
{
    Q_OBJECT

private:
    KSyntaxHighlighting::Repository m_syntax;
    Core::GitRuntime m_git;

    // A repository with src/notes.txt committed.
    void makeRepository(const QTemporaryDir &dir)
    {
        git(dir.path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                         QStringLiteral("main")});
        writeFile(dir.filePath(QStringLiteral("src/notes.txt")), committed);
        git(dir.path(), {QStringLiteral("add"), QStringLiteral(".")});
        git(dir.path(),
            {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
             QStringLiteral("first")});
    }

    EditorView *open(Ui::MainWindow &window, const QString &path, QSignalSpy &updated)
    {
        QSignalSpy opened(&window, &Ui::MainWindow::fileOpened);
        window.openFile(path);
        if (!opened.wait(10000))
            return nullptr;
        // The first update of this editor after opening has been applied.
        EditorView *editor = window.currentEditor();
        const auto applied = [&] {
            for (const QList<QVariant> &arguments : std::as_const(updated)) {
                if (arguments.value(0).value<EditorView *>() == editor)
                    return true;
            }
            return false;
        };
        QElapsedTimer timer;
        timer.start();
        while (!applied() && timer.elapsed() < 30000) // pool work: slow under ASan and load
            updated.wait(1000);
        return applied() ? editor : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BatonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gutter"));
        QSettings().clear();
    }

    void markersFollowTyping()
    {
        QTemporaryDir dir;
        makeRepository(dir);
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        window.openFolder(dir.path());
        auto *updater = window.findChild<Ui::GutterUpdater *>();
        QVERIFY(updater);
        QSignalSpy updated(updater, &Ui::GutterUpdater::updated);
        const QString path = dir.filePath(QStringLiteral("src/notes.txt"));
        EditorView *editor = open(window, path, updated);
        QVERIFY(editor);

        // Committed and unchanged: no markers.
        QCOMPARE(markedLines(editor), (QList<QPair<int, int>>()));

        // A new line typed after "beta": an added bar on it, nowhere else.
        editor->setFocus();
        editor->setCursorPosition(1, 4);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("new line"));
        QCOMPARE(editor->text(2), QStringLiteral("new line\n"));
        QTRY_COMPARE_WITH_TIMEOUT(markedLines(editor),
                                  (QList<QPair<int, int>>{{2, 1 << EditorView::AddedLineMarker}}),
                                  10000);

        // Changing "delta" (now line 4): a modified bar.
        editor->setSelection(4, 0, 4, 5);
        QTest::keyClicks(editor, QStringLiteral("DELTA"));
        QTRY_COMPARE_WITH_TIMEOUT(
            markedLines(editor),
            (QList<QPair<int, int>>{{2, 1 << EditorView::AddedLineMarker},
                                    {4, 1 << EditorView::ModifiedLineMarker}}),
            10000);

        // Deleting "alpha": the deletion marker sits on the boundary above the new first line.
        editor->setCursorPosition(0, 0);
        window.command(QStringLiteral("edit.deleteLines"))->trigger();
        QCOMPARE(editor->text(0), QStringLiteral("beta\n"));
        const QList<QPair<int, int>> edited{{0, 1 << EditorView::DeletedAboveMarker},
                                            {1, 1 << EditorView::AddedLineMarker},
                                            {3, 1 << EditorView::ModifiedLineMarker}};
        QTRY_COMPARE_WITH_TIMEOUT(markedLines(editor), edited, 10000);

        // Undoing everything returns to HEAD's text: no markers.
        while (editor->isUndoAvailable())
            editor->undo();
        QCOMPARE(editor->text().toUtf8(), committed);
        QTRY_COMPARE_WITH_TIMEOUT(markedLines(editor), (QList<QPair<int, int>>()), 10000);

        // Redoing brings them back.
        while (editor->isRedoAvailable())
            editor->redo();
        QTRY_COMPARE_WITH_TIMEOUT(markedLines(editor), edited, 10000);

        // Saving changes nothing against HEAD: after the update that follows, the markers are
        // the same.
        QSignalSpy saved(&window, &Ui::MainWindow::saved);
        const qsizetype before = updated.size();
        window.saveCurrent();
        QVERIFY(saved.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(updated.size() > before, 10000);
        QCOMPARE(markedLines(editor), edited);
    }

    // Markers move with their lines as the text is edited; a new list replaces whatever is
    // shown, for a few markers and for a whole file of them.
    void setLineChangesReplacesMovedMarkers()
    {
        using Kind = Core::LineChange::Kind;
        for (const int lineCount : {6, 5000}) {
            EditorView editor(m_syntax);
            QByteArray text;
            for (int i = 0; i < lineCount; ++i)
                text += "line " + QByteArray::number(i) + '\n';
            editor.setFileContent(QStringLiteral("/nowhere/file.txt"), text);
            const bool whole = lineCount > 100;
            editor.setLineChanges({{Kind::Added, whole ? 0 : 2, whole ? lineCount : 1},
                                   {Kind::Deleted, 4, 0}});
            QTRY_VERIFY(!editor.lineChangesPending());
            QCOMPARE(markersOn(&editor, 2), 1 << EditorView::AddedLineMarker);
            QCOMPARE(markersOn(&editor, 3), (whole ? 1 << EditorView::AddedLineMarker : 0)
                                                | 1 << EditorView::DeletedBelowMarker);
            QCOMPARE(markersOn(&editor, 4), (whole ? 1 << EditorView::AddedLineMarker : 0)
                                                | 1 << EditorView::DeletedAboveMarker);
            // Deleting line 2 merges its marker into a neighbour; two lines typed above move
            // the rest down.
            editor.setSelection(2, 0, 3, 0);
            editor.removeSelectedText();
            editor.setCursorPosition(0, 0);
            editor.insert(QStringLiteral("a\nb\n"));
            editor.setLineChanges({{Kind::Modified, 1, 1}});
            QTRY_VERIFY(!editor.lineChangesPending());
            for (int line = 0; line < editor.lines(); ++line)
                QCOMPARE(markersOn(&editor, line),
                         line == 1 ? 1 << EditorView::ModifiedLineMarker : 0);
            editor.setLineChanges({});
            QVERIFY(!editor.lineChangesPending());
            QCOMPARE(markedLines(&editor), (QList<QPair<int, int>>()));
        }
    }

    void deletionAtTheEndAndUntrackedFiles()
    {
        QTemporaryDir dir;
        makeRepository(dir);
        writeFile(dir.filePath(QStringLiteral("src/new.txt")), "one\ntwo\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        window.openFolder(dir.path());
        auto *updater = window.findChild<Ui::GutterUpdater *>();
        QSignalSpy updated(updater, &Ui::GutterUpdater::updated);

        // An untracked file: every line is added.
        EditorView *fresh = open(window, dir.filePath(QStringLiteral("src/new.txt")), updated);
        QVERIFY(fresh);
        QCOMPARE(markedLines(fresh),
                 (QList<QPair<int, int>>{{0, 1 << EditorView::AddedLineMarker},
                                         {1, 1 << EditorView::AddedLineMarker}}));

        updated.clear();
        EditorView *editor = open(window, dir.filePath(QStringLiteral("src/notes.txt")), updated);
        QVERIFY(editor);
        QCOMPARE(markedLines(editor), (QList<QPair<int, int>>()));
        // Removing the last line "epsilon": the triangle's halves below "delta" and above the
        // empty last line.
        editor->setCursorPosition(4, 0);
        window.command(QStringLiteral("edit.deleteLines"))->trigger();
        QCOMPARE(editor->text().toUtf8(), QByteArray("alpha\nbeta\ngamma\ndelta\n"));
        QTRY_COMPARE_WITH_TIMEOUT(
            markedLines(editor),
            (QList<QPair<int, int>>{{3, 1 << EditorView::DeletedBelowMarker},
                                    {4, 1 << EditorView::DeletedAboveMarker}}),
            10000);
    }

    void markersFollowACommit()
    {
        QTemporaryDir dir;
        makeRepository(dir);
        const QString path = dir.filePath(QStringLiteral("src/notes.txt"));
        writeFile(path, QByteArray(committed).replace("gamma", "GAMMA"));
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        window.openFolder(dir.path());
        QSignalSpy updated(window.findChild<Ui::GutterUpdater *>(), &Ui::GutterUpdater::updated);
        EditorView *editor = open(window, path, updated);
        QVERIFY(editor);
        QCOMPARE(markedLines(editor),
                 (QList<QPair<int, int>>{{2, 1 << EditorView::ModifiedLineMarker}}));
        // Committed from outside (a terminal): HEAD moves and the marker goes.
        git(dir.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"),
                         QStringLiteral("second")});
        QTRY_COMPARE_WITH_TIMEOUT(markedLines(editor), (QList<QPair<int, int>>()), 10000);
    }

    void noMarkersOutsideARepository()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.txt"));
        writeFile(path, "one\ntwo\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        window.openFolder(dir.path());
        QSignalSpy updated(window.findChild<Ui::GutterUpdater *>(), &Ui::GutterUpdater::updated);
        EditorView *editor = open(window, path, updated);
        QVERIFY(editor);
        editor->setCursorPosition(0, 0);
        QTest::keyClicks(editor, QStringLiteral("edited "));
        updated.clear();
        QVERIFY(updated.wait(10000));
        QCOMPARE(markedLines(editor), (QList<QPair<int, int>>()));
    }

    void largeFileGetsItsMarker()
    {
        // 100,000 lines (about 3.5 MB): the diff runs on a worker and the marker arrives.
        QTemporaryDir dir;
        makeRepository(dir);
        QByteArray big;
        for (int i = 0; i < 100000; ++i)
            big += "line number " + QByteArray::number(i) + " of a large file\n";
        const QString path = dir.filePath(QStringLiteral("big.txt"));
        writeFile(path, big);
        git(dir.path(), {QStringLiteral("add"), QStringLiteral(".")});
        git(dir.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                         QStringLiteral("big")});
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        window.openFolder(dir.path());
        QSignalSpy updated(window.findChild<Ui::GutterUpdater *>(), &Ui::GutterUpdater::updated);
        EditorView *editor = open(window, path, updated);
        QVERIFY(editor);
        QCOMPARE(markedLines(editor), (QList<QPair<int, int>>()));
        editor->setCursorPosition(50000, 0);
        QTest::keyClicks(editor, QStringLiteral("x"));
        QTRY_COMPARE_WITH_TIMEOUT(markersOn(editor, 50000), 1 << EditorView::ModifiedLineMarker,
                                  20000);
    }

    void diffWithHeadShowsOldAndNewLines()
    {
        QTemporaryDir dir;
        makeRepository(dir);
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        window.openFolder(dir.path());
        QSignalSpy updated(window.findChild<Ui::GutterUpdater *>(), &Ui::GutterUpdater::updated);
        EditorView *editor = open(window, dir.filePath(QStringLiteral("src/notes.txt")), updated);
        QVERIFY(editor);
        // Unsaved edits: "beta" changed, a line added after "delta", "epsilon" kept.
        editor->setSelection(1, 0, 1, 4);
        editor->replaceSelectedText(QStringLiteral("BETA"));
        editor->setCursorPosition(3, 5);
        editor->insert(QStringLiteral("\n中文行"));

        QAction *command = window.command(QStringLiteral("git.diffWithHead"));
        QVERIFY(command);
        QVERIFY(command->text().contains(QStringLiteral("Diff with HEAD")));
        command->trigger();
        auto *view = qobject_cast<Ui::DiffView *>(window.tabs()->currentWidget());
        QVERIFY(view);
        QSignalSpy ready(view, &Ui::DiffView::ready);
        QVERIFY(ready.wait(10000));
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()),
                 QStringLiteral("notes.txt (HEAD ↔ Working Tree)"));

        // Rows: alpha | BETA for beta | gamma | delta | padding opposite 中文行 | epsilon.
        using Row = Ui::DiffView::RowKind;
        QCOMPARE(view->rows(), (QList<Row>{Row::Same, Row::Changed, Row::Same, Row::Same,
                                           Row::Added, Row::Same}));
        QCOMPARE(view->headSide()->text(1), QStringLiteral("beta\n"));
        QCOMPARE(view->workingSide()->text(1), QStringLiteral("BETA\n"));
        QCOMPARE(view->headSide()->text(4), QStringLiteral("\n"));
        QCOMPARE(view->workingSide()->text(4), QStringLiteral("中文行\n"));
        QCOMPARE(view->headSide()->text(5), QStringLiteral("epsilon"));
        QVERIFY(view->headSide()->isReadOnly());
        QVERIFY(view->workingSide()->isReadOnly());
        // Line numbers are each version's: "epsilon" is line 5 at HEAD and 6 in the buffer.
        const auto marginText = [](EditorView *side, int row) {
            QByteArray text(16, '\0');
            const long length = side->SendScintilla(QsciScintillaBase::SCI_MARGINGETTEXT,
                                                    static_cast<unsigned long>(row), text.data());
            return text.left(length);
        };
        QCOMPARE(marginText(view->headSide(), 5), QByteArray("5"));
        QCOMPARE(marginText(view->workingSide(), 5), QByteArray("6"));
        QCOMPARE(marginText(view->headSide(), 4), QByteArray());

        // Navigation: the first change is shown, next goes to the second, and wraps.
        QCOMPARE(view->changeCount(), 2);
        QCOMPARE(view->currentChange(), 0);
        view->nextChange();
        QCOMPARE(view->currentChange(), 1);
        int line = 0;
        int column = 0;
        view->workingSide()->getCursorPosition(&line, &column);
        QCOMPARE(line, 4);
        view->nextChange();
        QCOMPARE(view->currentChange(), 0);
        view->previousChange();
        QCOMPARE(view->currentChange(), 1);
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("diffSummary"))->text(),
                 QStringLiteral("Change 2 of 2"));

        // The diff tab closes like any other.
        QCOMPARE(window.tabs()->count(), 2);
        Q_EMIT window.tabs()->tabCloseRequested(window.tabs()->indexOf(view));
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.currentEditor(), editor);
    }

    void diffFollowsTypingAndHeadKeepingTheScroll()
    {
        QTemporaryDir dir;
        makeRepository(dir);
        QByteArray lines;
        for (int i = 0; i < 300; ++i)
            lines += "line " + QByteArray::number(i) + '\n';
        const QString path = dir.filePath(QStringLiteral("src/long.txt"));
        writeFile(path, lines);
        git(dir.path(), {QStringLiteral("add"), QStringLiteral(".")});
        git(dir.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                         QStringLiteral("long")});
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        window.openFolder(dir.path());
        QSignalSpy updated(window.findChild<Ui::GutterUpdater *>(), &Ui::GutterUpdater::updated);
        EditorView *editor = open(window, path, updated);
        QVERIFY(editor);
        window.command(QStringLiteral("git.diffWithHead"))->trigger();
        auto *view = qobject_cast<Ui::DiffView *>(window.tabs()->currentWidget());
        QVERIFY(view);
        QSignalSpy ready(view, &Ui::DiffView::ready);
        QVERIFY(ready.wait(10000));
        QCOMPARE(view->followedEditor(), editor);
        QCOMPARE(view->changeCount(), 0);
        auto *summary = view->findChild<QLabel *>(QStringLiteral("diffSummary"));
        QCOMPARE(summary->text(), QStringLiteral("No changes against HEAD"));

        // The user scrolls the diff to the middle, then types in the editor, twice quickly.
        const auto firstVisible = [](EditorView *side) {
            return int(side->SendScintilla(QsciScintillaBase::SCI_GETFIRSTVISIBLELINE));
        };
        view->workingSide()->SendScintilla(QsciScintillaBase::SCI_SETFIRSTVISIBLELINE, 150UL);
        QTRY_COMPARE(firstVisible(view->headSide()), 150); // in step (on the next repaint)
        editor->setCursorPosition(200, 0);
        QTest::keyClicks(editor, QStringLiteral("ab"));
        editor->setCursorPosition(10, 0);
        QTest::keyClicks(editor, QStringLiteral("cd"));
        // ~250 ms after the last key the diff shows the buffer as it is now.
        QTRY_COMPARE_WITH_TIMEOUT(view->changeCount(), 2, 10000);
        QCOMPARE(view->workingSide()->text(200), QStringLiteral("abline 200\n"));
        QCOMPARE(view->workingSide()->text(10), QStringLiteral("cdline 10\n"));
        QCOMPARE(view->headSide()->text(200), QStringLiteral("line 200\n"));
        using Row = Ui::DiffView::RowKind;
        QCOMPARE(view->rows().at(200), Row::Changed);
        QCOMPARE(view->rows().at(199), Row::Same);
        // Where the user was looking stays put, on both sides.
        QCOMPARE(firstVisible(view->workingSide()), 150);
        QCOMPARE(firstVisible(view->headSide()), 150);

        // Undoing one edit: the diff follows again.
        editor->undo();
        QTRY_COMPARE_WITH_TIMEOUT(view->changeCount(), 1, 10000);
        QCOMPARE(view->workingSide()->text(10), QStringLiteral("line 10\n"));

        // Typing with the diff behind the editor's tab: the diff is current when shown again.
        window.tabs()->setCurrentWidget(editor);
        QVERIFY(!view->isVisible());
        editor->setCursorPosition(20, 0);
        QTest::keyClicks(editor, QStringLiteral("z"));
        window.tabs()->setCurrentWidget(view);
        QTRY_COMPARE_WITH_TIMEOUT(view->changeCount(), 2, 10000);
        QCOMPARE(view->workingSide()->text(20), QStringLiteral("zline 20\n"));
        editor->undo();
        QTRY_COMPARE_WITH_TIMEOUT(view->changeCount(), 1, 10000);
        view->workingSide()->SendScintilla(QsciScintillaBase::SCI_SETFIRSTVISIBLELINE, 150UL);

        // HEAD moves: the buffer saved and committed outside leaves nothing to show.
        QSignalSpy saved(&window, &Ui::MainWindow::saved);
        window.saveAll();
        QVERIFY(saved.wait(10000));
        QCOMPARE(view->changeCount(), 1);
        git(dir.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"),
                         QStringLiteral("edit")});
        QTRY_COMPARE_WITH_TIMEOUT(view->changeCount(), 0, 10000);
        QCOMPARE(summary->text(), QStringLiteral("No changes against HEAD"));
        QCOMPARE(firstVisible(view->workingSide()), 150);

        // Closing the editor leaves the last comparison in place.
        const int editorTab = window.tabs()->indexOf(editor);
        QVERIFY(editorTab >= 0);
        Q_EMIT window.tabs()->tabCloseRequested(editorTab);
        QTRY_VERIFY(!view->followedEditor());
        QCOMPARE(view->workingSide()->text(200), QStringLiteral("abline 200\n"));
        // ...which HEAD moving compares again: the last text against the new commit.
        QByteArray moved = lines;
        moved.replace("line 200\n", "abline 200\n");
        moved.replace("line 0\n", "LINE 0\n");
        writeFile(path, moved);
        git(dir.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"),
                         QStringLiteral("moved")});
        QTRY_COMPARE_WITH_TIMEOUT(view->changeCount(), 1, 10000);
        QCOMPARE(view->rows().at(0), Row::Changed);
        QCOMPARE(view->headSide()->text(0), QStringLiteral("LINE 0\n"));
        QCOMPARE(view->workingSide()->text(0), QStringLiteral("line 0\n"));
        QCOMPARE(view->workingSide()->text(200), QStringLiteral("abline 200\n"));
    }

    void diffOutsideARepositorySaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.txt"));
        writeFile(path, "one\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        window.openFolder(dir.path());
        QSignalSpy updated(window.findChild<Ui::GutterUpdater *>(), &Ui::GutterUpdater::updated);
        QVERIFY(open(window, path, updated));
        window.command(QStringLiteral("git.diffWithHead"))->trigger();
        auto *view = qobject_cast<Ui::DiffView *>(window.tabs()->currentWidget());
        QVERIFY(view);
        QSignalSpy ready(view, &Ui::DiffView::ready);
        QVERIFY(ready.wait(10000));
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("diffSummary"))
                    ->text()
                    .contains(QStringLiteral("not in a git repository")));
        QCOMPARE(view->changeCount(), 0);
    }
};

QTEST_MAIN(TestGutter)
#include "tst_gutter.moc"
