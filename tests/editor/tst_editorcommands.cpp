// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
// The editing commands of the editor (comments, line operations, several cursors, folding,
// go to line) and the find bar, driven as a user would through the widgets.
#include "ui/editor/editorview.h"
#include "ui/editor/findbar.h"

#include <KSyntaxHighlighting/Repository>

#include <QtCore/QStandardPaths>
#include <QtGui/QAccessible>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QVBoxLayout>

using namespace Baton::Ui;

class TestEditorCommands : public QObject
{
    Q_OBJECT

    KSyntaxHighlighting::Repository *m_repository = nullptr;

    std::unique_ptr<EditorView> editorWith(const QString &fileName, const QByteArray &text)
    {
        auto editor = std::make_unique<EditorView>(*m_repository);
        editor->resize(600, 400);
        editor->setFileContent("/tmp/" + fileName, text);
        editor->show();
        return editor;
    }

    static int selectionStart(const EditorView &e, int i)
    {
        return int(e.SendScintilla(QsciScintillaBase::SCI_GETSELECTIONNSTART, i));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_repository = new KSyntaxHighlighting::Repository;
    }
    void cleanupTestCase() { delete m_repository; }

    void toggleCommentAddsAndRemovesLineComments()
    {
        const QByteArray original
            = "int main()\n{\n    if (x)\n        run();\n\n    return 0;\n}\n";
        auto editor = editorWith("main.cpp", original);
        editor->setSelection(2, 0, 5, 5); // "if" … "return"
        editor->toggleComment();
        QCOMPARE(editor->text().toUtf8(), QByteArray("int main()\n{\n    // if (x)\n    //     "
                                                     "run();\n\n    // return 0;\n}\n"));
        editor->toggleComment();
        QCOMPARE(editor->text().toUtf8(), original);
        // One undo step each.
        editor->toggleComment();
        editor->undo();
        QCOMPARE(editor->text().toUtf8(), original);
    }

    void toggleCommentUsesTheLanguage()
    {
        auto python = editorWith("tool.py", "x = 1\n");
        python->toggleComment();
        QCOMPARE(python->text().toUtf8(), QByteArray("# x = 1\n"));

        // HTML has only block comments.
        auto html = editorWith("page.html", "<p>hi</p>\n");
        html->toggleComment();
        QCOMPARE(html->text().toUtf8(), QByteArray("<!-- <p>hi</p> -->\n"));
        html->toggleComment();
        QCOMPARE(html->text().toUtf8(), QByteArray("<p>hi</p>\n"));
    }

    void lineOperations()
    {
        auto editor = editorWith("a.txt", "one\ntwo\nthree");
        editor->setCursorPosition(0, 1);
        editor->duplicateLines();
        QCOMPARE(editor->text(), QString("one\none\ntwo\nthree"));
        int line = -1, column = -1;
        editor->getCursorPosition(&line, &column);
        QCOMPARE(line, 1); // the cursor moved with the copy

        editor->moveLinesDown();
        QCOMPARE(editor->text(), QString("one\ntwo\none\nthree"));
        editor->moveLinesUp();
        QCOMPARE(editor->text(), QString("one\none\ntwo\nthree"));

        editor->setCursorPosition(3, 2);
        editor->deleteLines(); // the last line takes the line break before it
        QCOMPARE(editor->text(), QString("one\none\ntwo"));
        editor->setSelection(0, 1, 1, 2);
        editor->deleteLines();
        QCOMPARE(editor->text(), QString("two"));
    }

    void duplicateKeepsWindowsLineEndings()
    {
        auto editor = editorWith("a.txt", "a\r\nb\r\n");
        editor->setCursorPosition(0, 0);
        editor->duplicateLines();
        QCOMPARE(editor->text(), QString("a\r\na\r\nb\r\n"));
    }

    void selectNextOccurrenceAddsCursorsThatTypeTogether()
    {
        auto editor = editorWith("a.txt", "foo food foo\nfoo\n");
        editor->setCursorPosition(0, 1);
        editor->selectNextOccurrence(); // selects the word "foo"
        QCOMPARE(editor->selectionCount(), 1);
        QCOMPARE(editor->selectedUtf8(), QByteArray("foo"));
        editor->selectNextOccurrence(); // "food" is not a whole-word match
        QCOMPARE(editor->selectionCount(), 2);
        QCOMPARE(selectionStart(*editor, 1), 9);
        editor->selectNextOccurrence();
        QCOMPARE(editor->selectionCount(), 3);
        QCOMPARE(editor->selectedCharacters(), 9);
        editor->setFocus();
        QTest::keyClicks(editor->viewport(), "X");
        QCOMPARE(editor->text(), QString("X food X\nX\n"));
    }

    void addCursorBelowTypesOnEveryLine()
    {
        auto editor = editorWith("a.txt", "ab\ncd\nef\n");
        editor->setCursorPosition(0, 1);
        editor->addCursorBelow();
        editor->addCursorBelow();
        QCOMPARE(editor->selectionCount(), 3);
        editor->setFocus();
        QTest::keyClicks(editor->viewport(), "-");
        QCOMPARE(editor->text(), QString("a-b\nc-d\ne-f\n"));
    }

    void foldsBracedBlocks()
    {
        auto editor
            = editorWith("main.cpp", "int f()\n{\n    if (x) {\n        y();\n    } else {\n"
                                     "        z();\n    }\n}\n");
        editor->recolor();
        const auto level = [&](int line) {
            return int(editor->SendScintilla(QsciScintillaBase::SCI_GETFOLDLEVEL, line));
        };
        const int header = QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
        const int base = QsciScintillaBase::SC_FOLDLEVELBASE;
        QVERIFY(!(level(0) & header));
        QVERIFY(level(1) & header); // {
        QVERIFY(level(2) & header); // if (x) {
        QVERIFY(level(4) & header); // } else {  folds like VS Code
        QCOMPARE(level(3) & 0xfff, base + 2);
        QCOMPARE(level(7) & 0xfff, base); // the closing brace of f
        // Folding the function hides its body.
        editor->SendScintilla(QsciScintillaBase::SCI_FOLDLINE, 1UL, 0L /* contract */);
        QVERIFY(!editor->SendScintilla(QsciScintillaBase::SCI_GETLINEVISIBLE, 3));
        // Going to a line inside unfolds it.
        editor->goToPosition(5, 4);
        QVERIFY(editor->SendScintilla(QsciScintillaBase::SCI_GETLINEVISIBLE, 5));
        int line = -1, column = -1;
        editor->getCursorPosition(&line, &column);
        QCOMPARE(line, 5);
        QCOMPARE(column, 4);
    }

    void highlightsTheBraceAtTheCaretAndItsMatch()
    {
        const QByteArray text = "int f(int a) { return g(a, \")\" /* ) */); }\nint x = (1;\n";
        auto editor = editorWith("main.c", text);
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        editor->recolor();
        const auto caretAt = [&](qsizetype position) {
            editor->SendScintilla(QsciScintillaBase::SCI_GOTOPOS,
                                  static_cast<unsigned long>(position));
        };
        using Braces = std::pair<long, long>;
        // After an opening brace: the closing one, skipping those in strings and comments.
        const qsizetype call = text.indexOf("g(") + 1;
        caretAt(call + 1);
        QTRY_COMPARE(editor->highlightedBraces(), Braces(call, text.indexOf(");")));
        // Before a brace (nothing before the caret): that one, here backwards from `}`.
        const qsizetype close = text.indexOf('}');
        caretAt(close);
        QTRY_COMPARE(editor->highlightedBraces(), Braces(close, text.indexOf('{')));
        // A brace without a match shows as bad; no brace, nothing.
        const qsizetype unmatched = text.indexOf("(1");
        caretAt(unmatched + 1);
        QTRY_COMPARE(editor->highlightedBraces(), Braces(unmatched, -1));
        caretAt(text.indexOf("int x"));
        QTRY_COMPARE(editor->highlightedBraces(), Braces(-1, -1));
    }

    void braceMatchingLooksOnlyAShortWayInAHugeFile()
    {
        // A match beyond the search limit is not looked for: an unmatched brace in a huge file
        // does not make every keystroke scan the rest of it.
        const QByteArray filler
            = QByteArray("aaaaaaaaaa\n").repeated(EditorView::braceSearchBytes / 11 + 10);
        const QByteArray text = "x = (b) + (" + filler + ");\n";
        auto editor = editorWith("huge.c", text);
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        using Braces = std::pair<long, long>;
        editor->SendScintilla(QsciScintillaBase::SCI_GOTOPOS, 5UL);
        QTRY_COMPARE(editor->highlightedBraces(), Braces(4, 6));
        editor->SendScintilla(QsciScintillaBase::SCI_GOTOPOS, 11UL);
        QTRY_COMPARE(editor->highlightedBraces(), Braces(-1, -1));
        editor->SendScintilla(QsciScintillaBase::SCI_GOTOPOS,
                              static_cast<unsigned long>(text.indexOf(");") + 1));
        QTRY_COMPARE(editor->highlightedBraces(), Braces(-1, -1));
    }

    void withoutAScreenReaderTheEditorCostsAccessibilityNothing()
    {
        // While no assistive technology listens, the editor's accessible interface is a plain
        // widget's: QScintilla's, which offers the text, counts the characters up to the caret
        // on every repaint. (The offscreen platform cannot turn accessibility on, so the other
        // half, QScintilla's interface for a screen reader, is not tested here.)
        QVERIFY(!QAccessible::isActive());
        auto editor = editorWith("a.c", "int x;\n");
        QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(editor.get());
        QVERIFY(interface);
        QCOMPARE(interface->role(), QAccessible::EditableText);
        QVERIFY(!interface->textInterface());
    }

    void goToPositionClamps()
    {
        auto editor = editorWith("a.txt", "short\nline\n");
        editor->goToPosition(99, 99);
        int line = -1, column = -1;
        editor->getCursorPosition(&line, &column);
        QCOMPARE(line, 2);
        QCOMPARE(column, 0);
        editor->goToPosition(0, 99);
        editor->getCursorPosition(&line, &column);
        QCOMPARE(column, 5);
    }

    void findBarCountsAndSteps()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *bar = new FindBar(&window);
        auto *editor = new EditorView(*m_repository, &window);
        editor->setFileContent("/tmp/a.txt", "Foo foo\n中文 foo food\nFOO\n");
        layout->addWidget(bar);
        layout->addWidget(editor);
        window.show();
        bar->setEditor(editor);
        QSignalSpy finished(bar, &FindBar::searchFinished);
        bar->openFind("foo");
        QVERIFY(finished.wait(20000));
        QCOMPARE(bar->matches().size(), 5); // case-insensitive, "food" included
        QCOMPARE(bar->currentMatch(), 0);   // typing selected the first match
        auto *count = bar->findChild<QLabel *>("findCount");
        QCOMPARE(count->text(), QString("1 of 5"));

        bar->setWholeWord(true);
        QVERIFY(finished.wait(20000));
        QCOMPARE(bar->matches().size(), 4);
        bar->setCaseSensitive(true);
        QVERIFY(finished.wait(20000));
        QCOMPARE(bar->matches().size(), 2);
        // Byte positions past Chinese text: "中文 " is 7 bytes.
        QCOMPARE(bar->matches().at(1).start, 8 + 7);
        editor->setCursorPosition(0, 0);
        bar->findNext();
        bar->findNext();
        QCOMPARE(editor->selectedText(), QString("foo"));
        int line = -1, column = -1;
        editor->getCursorPosition(&line, &column);
        QCOMPARE(line, 1);
        bar->findNext(); // wraps around
        QCOMPARE(bar->currentMatch(), 0);
        bar->findPrevious();
        QCOMPARE(bar->currentMatch(), 1);

        // Edits are searched again.
        editor->setCursorPosition(2, 3);
        editor->insert(" foo");
        QVERIFY(finished.wait(20000));
        QCOMPARE(bar->matches().size(), 3);
    }

    void findBarReplacesWithGroupsInOneUndoStep()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *bar = new FindBar(&window);
        auto *editor = new EditorView(*m_repository, &window);
        const QString original = "alice@example bob@test\nnone\n";
        editor->setFileContent("/tmp/a.txt", original.toUtf8());
        layout->addWidget(bar);
        layout->addWidget(editor);
        window.show();
        bar->setEditor(editor);
        QSignalSpy finished(bar, &FindBar::searchFinished);
        QSignalSpy replaced(bar, &FindBar::replaced);
        bar->setRegularExpression(true);
        bar->setReplacement("$2 at $1 ($$)");
        bar->openReplace("(\\w+)@(\\w+)");
        QVERIFY(finished.wait(20000));
        QCOMPARE(bar->matches().size(), 2);
        bar->replaceAll();
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(replaced.first().first().toInt(), 2);
        QCOMPARE(editor->text(), QString("example at alice ($) test at bob ($)\nnone\n"));
        editor->undo();
        QCOMPARE(editor->text(), original);

        // Replace one at a time.
        QVERIFY(finished.wait(20000));
        editor->setCursorPosition(0, 0);
        bar->replaceCurrent(); // selects the first match
        QCOMPARE(bar->currentMatch(), 0);
        bar->replaceCurrent();
        QCOMPARE(editor->text(), QString("example at alice ($) bob@test\nnone\n"));
    }

    void findBarReportsAnInvalidPattern()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *bar = new FindBar(&window);
        auto *editor = new EditorView(*m_repository, &window);
        editor->setFileContent("/tmp/a.txt", "text (\n");
        layout->addWidget(bar);
        layout->addWidget(editor);
        window.show();
        bar->setEditor(editor);
        QSignalSpy finished(bar, &FindBar::searchFinished);
        bar->setRegularExpression(true);
        bar->openFind("(");
        QVERIFY(finished.size() > 0 || finished.wait(20000));
        QVERIFY(!bar->errorMessage().isEmpty());
        QVERIFY(bar->matches().isEmpty());
        QCOMPARE(bar->findChild<QLabel *>("findCount")->text(), QString("Invalid pattern"));
        bar->setRegularExpression(false); // the same text as a literal is fine
        QVERIFY(finished.wait(20000));
        QVERIFY(bar->errorMessage().isEmpty());
        QCOMPARE(bar->matches().size(), 1);
    }
};

QTEST_MAIN(TestEditorCommands)
#include "tst_editorcommands.moc"
