// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/settings/uilanguage.h"
#include "ui/editor/editorview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/terminal/terminalpane.h"
#include "ui/terminal/terminaltabs.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtGui/QStyleHints>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QToolTip>
#include <QtGui/QMouseEvent>

using namespace Baton;
using namespace Qt::StringLiterals;

namespace {

// True while `pid` runs (a zombie has ended).
bool processAlive(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && close + 2 < line.size() && line.at(close + 2) != 'Z';
}

// Collects a terminal's output.
struct Output
{
    QString text;
    explicit Output(Ui::TerminalPane *pane)
    {
        QObject::connect(pane, &Ui::TerminalPane::outputReceived, pane,
                         [this](const QString &chunk) { text += chunk; });
    }
};

// Waits until the shell in `pane` has answered a command, so that what the test types next
// comes after its prompt (typed earlier, the tty echoes it before the prompt, and the command's
// output then follows the prompt on its row).
bool shellAnswered(Ui::TerminalPane *pane)
{
    QString text;
    const QMetaObject::Connection connection = QObject::connect(
        pane, &Ui::TerminalPane::outputReceived, pane,
        [&text](const QString &chunk) { text += chunk; });
    pane->sendText(u"echo \"READY-$((40+2))\"\n"_s);
    const bool answered
        = QTest::qWaitFor([&text] { return text.contains(u"READY-42"_s); }, 20000);
    QObject::disconnect(connection);
    return answered;
}

// Whether the shell waits at its prompt: the last row with text is sh's "$ " ("# " for root).
bool atPrompt(Ui::TerminalPane *pane)
{
    const QStringList rows = pane->visibleLines();
    for (auto row = rows.crbegin(); row != rows.crend(); ++row) {
        const QString text = row->trimmed();
        if (!text.isEmpty())
            return text == u"$"_s || text == u"#"_s;
    }
    return false;
}

// Waits until the shell shows its prompt, as a user does before typing. Text sent earlier is
// echoed by the terminal at once and the prompt comes after it, on the row where the command's
// output then starts ("$ file.cpp:3: …"): rows would no longer start with the output, and a
// line meant to wrap at a given column would wrap elsewhere.
#define WAIT_FOR_PROMPT(pane)                                                                    \
    QTRY_VERIFY2_WITH_TIMEOUT(atPrompt(pane), qPrintable((pane)->visibleLines().join(u'\n')),     \
                              20000)

// The visible row of `pane` that starts with `prefix`, or -1.
int rowStartingWith(Ui::TerminalPane *pane, const QString &prefix)
{
    const QStringList rows = pane->visibleLines();
    for (int row = 0; row < rows.size(); ++row) {
        if (rows.at(row).startsWith(prefix))
            return row;
    }
    return -1;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestTerminalTabs : public QObject
{
    Q_OBJECT

    KSyntaxHighlighting::Repository m_syntax;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(qEnvironmentVariable("SHELL"), u"/bin/sh"_s);
    }

    void twoTabsRunIndependentShells()
    {
        Ui::TerminalTabs tabs;
        tabs.resize(800, 300);
        tabs.show();
        Ui::TerminalPane *first = tabs.newTerminal();
        Ui::TerminalPane *second = tabs.newTerminal();
        QCOMPARE(tabs.count(), 2);
        QCOMPARE(tabs.currentTerminal(), second);
        QCOMPARE(tabs.tabWidget()->tabText(0), u"sh 1"_s);
        QCOMPARE(tabs.tabWidget()->tabText(1), u"sh 2"_s);
        QVERIFY(first->shellProcessId() > 0);
        QVERIFY(first->shellProcessId() != second->shellProcessId());
        Output one(first);
        Output two(second);
        first->sendText(u"echo \"MARK-$((40+1))-$$\"\n"_s);
        second->sendText(u"echo \"MARK-$((40+2))-$$\"\n"_s);
        const QString firstMarker = u"MARK-41-%1"_s.arg(first->shellProcessId());
        const QString secondMarker = u"MARK-42-%1"_s.arg(second->shellProcessId());
        QTRY_VERIFY2_WITH_TIMEOUT(one.text.contains(firstMarker), qPrintable(one.text), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(two.text.contains(secondMarker), qPrintable(two.text), 20000);
        QVERIFY(!one.text.contains(u"MARK-42"_s));
        QVERIFY(!two.text.contains(u"MARK-41"_s));
    }

    void closingATabEndsItsShellAndTheLastLeavesANewTerminalButton()
    {
        Ui::TerminalTabs tabs;
        tabs.resize(800, 300);
        tabs.show();
        QSignalSpy emptied(&tabs, &Ui::TerminalTabs::lastTerminalClosed);
        Ui::TerminalPane *first = tabs.newTerminal();
        Ui::TerminalPane *second = tabs.newTerminal();
        const qint64 firstPid = first->shellProcessId();
        const qint64 secondPid = second->shellProcessId();
        QTRY_VERIFY(processAlive(firstPid) && processAlive(secondPid));

        tabs.closeTerminal(0);
        QCOMPARE(tabs.count(), 1);
        QCOMPARE(tabs.currentTerminal(), second);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(firstPid), 10000);
        QVERIFY(processAlive(secondPid));
        QCOMPARE(emptied.count(), 0);

        // The tab's own close button.
        emit tabs.tabWidget()->tabCloseRequested(0);
        QCOMPARE(tabs.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(secondPid), 10000);
        QCOMPARE(emptied.count(), 1);
        auto *button = tabs.findChild<QPushButton *>(u"emptyNewTerminalButton"_s);
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), u"New Terminal"_s);
        button->click();
        QCOMPARE(tabs.count(), 1);
        QCOMPARE(tabs.tabWidget()->tabText(0), u"sh 3"_s);
        QVERIFY(!button->isVisible());
        // And the "+" beside the tabs.
        tabs.findChild<QToolButton *>(u"newTerminalButton"_s)->click();
        QCOMPARE(tabs.count(), 2);
    }

    void aCleanExitClosesItsTabAFailureStays()
    {
        Ui::TerminalTabs tabs;
        tabs.resize(800, 300);
        tabs.show();
        QSignalSpy emptied(&tabs, &Ui::TerminalTabs::lastTerminalClosed);
        tabs.newTerminal();
        tabs.newTerminal()->sendText(u"exit\n"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tabs.count(), 1, 20000);
        QCOMPARE(tabs.tabWidget()->tabText(0), u"sh 1"_s);

        // `exit 3`: the tab stays with its output and the code, until restarted or closed.
        Ui::TerminalPane *pane = tabs.currentTerminal();
        QSignalSpy finished(pane, &Ui::TerminalPane::finished);
        WAIT_FOR_PROMPT(pane);
        Output bye(pane);
        pane->sendText(u"echo \"BYE-$((1+2))\"; exit 3\n"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(tabs.count(), 1);
        QCOMPARE(tabs.currentTerminal(), pane);
        QTRY_VERIFY(rowStartingWith(pane, u"[process exited with code 3]"_s) >= 0);
        QVERIFY(bye.text.contains(u"BYE-3"_s));
        QVERIFY(pane->visibleLines().join(u'\n').contains(u"BYE-3"_s)); // the output stays
        QCOMPARE(tabs.tabWidget()->tabToolTip(0), u"sh 1\n[process exited with code 3]"_s);
        QCOMPARE(emptied.count(), 0);

        // Enter starts the shell again in the same tab.
        QTest::keyClick(pane->terminalDisplay(), Qt::Key_Return);
        QTRY_VERIFY(pane->isRunning());
        QVERIFY(pane->shellProcessId() > 0);
        QCOMPARE(tabs.tabWidget()->tabToolTip(0), u"sh 1"_s);
        Output output(pane);
        pane->sendText(u"echo \"AGAIN-$((2+2))\"; exit 4\n"_s);
        QTRY_VERIFY_WITH_TIMEOUT(output.text.contains(u"AGAIN-4"_s), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);

        // Close on the exit bar closes the tab.
        auto *close = pane->findChild<QPushButton *>(u"closeTerminal"_s);
        QVERIFY(close);
        QTRY_VERIFY(close->isVisible());
        close->click();
        QTRY_COMPARE(emptied.count(), 1);
        QCOMPARE(tabs.count(), 0);
    }

    void aNewTerminalStartsInTheWorkspaceFolder()
    {
        QTemporaryDir dir;
        Ui::TerminalTabs tabs;
        tabs.show();
        tabs.setWorkingDirectory(dir.path());
        Ui::TerminalPane *pane = tabs.newTerminal();
        Output output(pane);
        pane->sendText(u"echo \"IN=$(pwd)\"\n"_s);
        const QString expected = u"IN="_s + QDir(dir.path()).canonicalPath();
        QTRY_VERIFY2_WITH_TIMEOUT(output.text.contains(expected), qPrintable(output.text), 20000);
    }

    void copyAndPasteWithTheKeysAndCtrlCInterrupts()
    {
        Ui::TerminalTabs tabs;
        tabs.resize(800, 300);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowActive(&tabs));
        Ui::TerminalPane *pane = tabs.newTerminal();
        QWidget *display = pane->terminalDisplay();
        QTRY_VERIFY(display->hasFocus());
        QVERIFY(shellAnswered(pane));
        Output output(pane);
        WAIT_FOR_PROMPT(pane);
        pane->sendText(u"echo \"COPY-$((6*7))-ME\"\n"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rowStartingWith(pane, u"COPY-42-ME"_s) >= 0, 20000);

        QApplication::clipboard()->clear();
        pane->selectAll();
        QVERIFY(pane->selectedText().contains(u"COPY-42-ME"_s));
        QTest::keyClick(display, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(QApplication::clipboard()->text().contains(u"COPY-42-ME"_s),
                 qPrintable(QApplication::clipboard()->text()));

        QApplication::clipboard()->setText(u"echo \"PASTED-$((2+3))\""_s);
        QTest::keyClick(display, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(output.text.contains(u"PASTED-$((2+3))"_s), 20000);
        QTest::keyClick(display, Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(output.text.contains(u"PASTED-5"_s), qPrintable(output.text),
                                  20000);

        // Ctrl+C is the shell's: it interrupts a running command.
        pane->sendText(u"sleep 60; echo \"SLEPT-$((1+1))\"\n"_s);
        // The terminal echoes the line once the shell has read it.
        QTRY_VERIFY_WITH_TIMEOUT(output.text.contains(u"sleep 60"_s), 20000);
        QTest::keyClick(display, Qt::Key_C, Qt::ControlModifier);
        pane->sendText(u"echo \"AFTER-$((3+4))\"\n"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(output.text.contains(u"AFTER-7"_s), qPrintable(output.text),
                                  20000);
        QVERIFY(!output.text.contains(u"SLEPT-2"_s));
    }

    void rightClickOffersCopyPasteSelectAllClear()
    {
        Ui::TerminalTabs tabs;
        tabs.resize(800, 300);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        Ui::TerminalPane *pane = tabs.newTerminal();
        QTest::mouseClick(pane->terminalDisplay(), Qt::RightButton, {}, QPoint(20, 20));
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = pane->findChild<QMenu *>()) && menu->isVisible());
        QStringList texts;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                texts.append(action->text());
        }
        QCOMPARE(texts, (QStringList{u"&Copy"_s, u"&Paste"_s, u"Select &All"_s, u"C&lear"_s}));
        QVERIFY(!menu->actions().first()->isEnabled()); // nothing selected yet
        menu->close();
    }

    void followsTheEditorTheme()
    {
        Ui::TerminalTabs tabs;
        tabs.show();
        tabs.setThemeRepository(&m_syntax);
        Ui::TerminalPane *pane = tabs.newTerminal();
        QTRY_VERIFY_WITH_TIMEOUT(pane->colorSchemeName().startsWith(u"Baton-"_s), 10000);
        const KSyntaxHighlighting::Theme theme
            = m_syntax.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
        const QColor background
            = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
        QFile scheme(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                     + u"/terminal-colors/"_s + pane->colorSchemeName() + u".colorscheme"_s);
        QVERIFY(scheme.open(QIODevice::ReadOnly));
        const QString expected = u"[Background]\nColor=%1,%2,%3\n"_s.arg(background.red())
                                     .arg(background.green())
                                     .arg(background.blue());
        QVERIFY(QString::fromUtf8(scheme.readAll()).contains(expected));
        // When the system turns dark, the terminal takes the dark editor theme, as the editor does.
        const QString light = pane->colorSchemeName();
        Q_EMIT QGuiApplication::styleHints()->colorSchemeChanged(Qt::ColorScheme::Dark);
        QTRY_VERIFY(pane->colorSchemeName() != light);
        QVERIFY(pane->colorSchemeName().startsWith(u"Baton-"_s));
        const QColor dark = QColor::fromRgba(
            m_syntax.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme)
                .editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
        QFile darkScheme(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                         + u"/terminal-colors/"_s + pane->colorSchemeName() + u".colorscheme"_s);
        QVERIFY(darkScheme.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(darkScheme.readAll())
                    .contains(u"[Background]\nColor=%1,%2,%3\n"_s.arg(dark.red())
                                  .arg(dark.green())
                                  .arg(dark.blue())));
        Q_EMIT QGuiApplication::styleHints()->colorSchemeChanged(Qt::ColorScheme::Light);
        QTRY_COMPARE(pane->colorSchemeName(), light);

        // A theme the user chose wins over the system scheme, until they follow the system again.
        tabs.setThemeName(u"Breeze Dark"_s);
        QTRY_VERIFY(pane->colorSchemeName() != light);
        const QColor chosen = QColor::fromRgba(
            m_syntax.theme(u"Breeze Dark"_s)
                .editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
        QFile chosenScheme(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                           + u"/terminal-colors/"_s + pane->colorSchemeName() + u".colorscheme"_s);
        QVERIFY(chosenScheme.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(chosenScheme.readAll())
                    .contains(u"[Background]\nColor=%1,%2,%3\n"_s.arg(chosen.red())
                                  .arg(chosen.green())
                                  .arg(chosen.blue())));
        Ui::TerminalPane *second = tabs.newTerminal(); // a new terminal takes it too
        QTRY_COMPARE(second->colorSchemeName(), pane->colorSchemeName());
        tabs.setThemeName(QString());
        QTRY_COMPARE(pane->colorSchemeName(), light);
    }

    void aCompilerErrorOpensTheFileAtItsLineAndColumn()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"file.cpp"_s), "one\ntwo\nthree and more\nfour four\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFolder(dir.path());
        window.showTerminal();
        Ui::TerminalPane *pane = window.terminal();
        QVERIFY(pane);
        QVERIFY(shellAnswered(pane));
        WAIT_FOR_PROMPT(pane);
        pane->sendText(u"printf '%s\\n' 'file.cpp:3:5: error: boom' 'see file.cpp:4:6'\n"_s);
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row = rowStartingWith(pane, u"file.cpp:3:5: error"_s)) >= 0,
                                 20000);

        QSignalSpy opened(&window, &Ui::MainWindow::fileOpened);
        QSignalSpy looked(pane, &Ui::TerminalPane::linkLookedUp);
        pane->activateLinkAt(row, 2);
        QVERIFY(opened.wait(10000));
        const QString path = QDir(dir.path()).canonicalPath() + u"/file.cpp"_s;
        Ui::EditorView *editor = window.currentEditor();
        QVERIFY(editor);
        QCOMPARE(QFileInfo(editor->filePath()).canonicalFilePath(), path);
        int line = -1, index = -1;
        editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 2);
        QCOMPARE(index, 4);
        QCOMPARE(looked.count(), 1);
        QCOMPARE(looked.first().first().toBool(), true);

        // Where there is no link nothing opens.
        // (Rows are looked up again before each use: the dock may still be settling its size,
        // which scrolls the screen.)
        pane->activateLinkAt(rowStartingWith(pane, u"file.cpp:3:5: error"_s), 20); // " boom"
        QTRY_COMPARE(looked.count(), 2);
        QCOMPARE(looked.last().first().toBool(), false);

        // Ctrl+click on the next line's link moves the cursor there.
        int next = rowStartingWith(pane, u"see file.cpp:4:6"_s);
        QVERIFY(next >= 0);
        const QPoint at = pane->cellRect(next, 7).center();
        QTest::mouseClick(pane->terminalDisplay(), Qt::LeftButton, Qt::ControlModifier, at);
        QTRY_COMPARE(looked.count(), 3);
        QCOMPARE(looked.last().first().toBool(), true);
        window.currentEditor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 3);
        QCOMPARE(index, 5);

        // Hovering with Ctrl held underlines the link and names it in a tooltip.
        next = rowStartingWith(pane, u"see file.cpp:4:6"_s);
        QSignalSpy hovered(pane, &Ui::TerminalPane::linkHovered);
        QWidget *display = pane->terminalDisplay();
        const QPoint over = pane->cellRect(next, 8).center();
        QMouseEvent ctrlMove(QEvent::MouseMove, over, display->mapToGlobal(over), Qt::NoButton,
                             Qt::NoButton, Qt::ControlModifier);
        QApplication::sendEvent(display, &ctrlMove);
        QVERIFY(hovered.wait(10000));
        QCOMPARE(hovered.last().first().toBool(), true);
        QCOMPARE(pane->hoveredLinkText(), u"Open %1 at line 4 (Ctrl+click)"_s.arg(path));
        // "file.cpp:4:6" from column 4 of the row: 12 cells, underlined.
        QCOMPARE(pane->hoveredLinkCells(),
                 QList<QRect>{pane->cellRect(next, 4).united(pane->cellRect(next, 15))});
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), pane->hoveredLinkText());
        // Without Ctrl the underline goes.
        QMouseEvent plainMove(QEvent::MouseMove, over, display->mapToGlobal(over), Qt::NoButton,
                              Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(display, &plainMove);
        QVERIFY(pane->hoveredLinkCells().isEmpty());
        QVERIFY(pane->hoveredLinkText().isEmpty());
        // Where there is no link nothing is underlined.
        const QPoint text = pane->cellRect(next, 1).center();
        QMouseEvent ctrlOnText(QEvent::MouseMove, text, display->mapToGlobal(text), Qt::NoButton,
                               Qt::NoButton, Qt::ControlModifier);
        QApplication::sendEvent(display, &ctrlOnText);
        QVERIFY(hovered.wait(10000));
        QCOMPARE(hovered.last().first().toBool(), false);
        QVERIFY(pane->hoveredLinkCells().isEmpty());

        // cellRect() is where qtermwidget draws the cell: a double click there selects the word.
        next = rowStartingWith(pane, u"see file.cpp:4:6"_s);
        QTest::mouseDClick(pane->terminalDisplay(), Qt::LeftButton, {},
                           pane->cellRect(next, 1).center());
        QTRY_COMPARE(pane->selectedText().trimmed(), u"see"_s);
    }

    void relativePathsFollowTheShellsFolder()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"sub/inner.cpp"_s), "a\nb\n");
        writeFile(dir.filePath(u"top.cpp"_s), "a\nb\n");
        Ui::TerminalTabs tabs;
        tabs.resize(800, 300);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        tabs.setWorkingDirectory(dir.path());
        Ui::TerminalPane *pane = tabs.newTerminal();
        QSignalSpy requested(&tabs, &Ui::TerminalTabs::openFileRequested);
        QSignalSpy looked(pane, &Ui::TerminalPane::linkLookedUp);
        WAIT_FOR_PROMPT(pane);
        // After a cd, inner.cpp is found in the shell's folder, top.cpp in the workspace.
        QVERIFY(shellAnswered(pane));
        pane->sendText(u"cd sub && echo 'inner.cpp:2'\n"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rowStartingWith(pane, u"inner.cpp:2"_s) >= 0, 20000);
        pane->activateLinkAt(rowStartingWith(pane, u"inner.cpp:2"_s), 0);
        QTRY_COMPARE(looked.count(), 1);
        QCOMPARE(requested.count(), 1);
        const QString canonical = QDir(dir.path()).canonicalPath();
        QCOMPARE(requested.at(0).at(0).toString(), canonical + u"/sub/inner.cpp"_s);
        QCOMPARE(requested.at(0).at(1).toInt(), 2);
        QCOMPARE(requested.at(0).at(2).toInt(), 0);
        WAIT_FOR_PROMPT(pane);
        pane->sendText(u"echo 'top.cpp(1,3)'\n"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rowStartingWith(pane, u"top.cpp(1,3)"_s) >= 0, 20000);
        pane->activateLinkAt(rowStartingWith(pane, u"top.cpp(1,3)"_s), 11);
        QTRY_COMPARE(looked.count(), 2);
        QCOMPARE(requested.count(), 2);
        QCOMPARE(QFileInfo(requested.at(1).at(0).toString()).canonicalFilePath(),
                 canonical + u"/top.cpp"_s);
        QCOMPARE(requested.at(1).at(1).toInt(), 1);
        QCOMPARE(requested.at(1).at(2).toInt(), 3);
    }

    void aLinkThatWrapsOntoTheNextRowStillOpens()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"wrapped_name.cpp"_s), "a\nb\nc\n");
        Ui::TerminalTabs tabs;
        tabs.resize(600, 300);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        tabs.setWorkingDirectory(dir.path());
        Ui::TerminalPane *pane = tabs.newTerminal();
        QSignalSpy requested(&tabs, &Ui::TerminalTabs::openFileRequested);
        QSignalSpy looked(pane, &Ui::TerminalPane::linkLookedUp);
        // Padding that puts the row's end in the middle of the link: the link is printed as
        // "wrapped" at the end of one row and "_name.cpp:3" at the start of the next.
        // The screen's width is known once the panel is laid out and the shell has answered.
        Output output(pane);
        WAIT_FOR_PROMPT(pane);
        pane->sendText(u"echo \"READY-$((2*4))\"\n"_s);
        QTRY_VERIFY_WITH_TIMEOUT(output.text.contains(u"READY-8"_s), 20000);
        WAIT_FOR_PROMPT(pane);
        const int columns = pane->columnCount();
        QVERIFY(columns > 20);
        pane->sendText(u"printf '%%1s%s\\n' '' 'wrapped_name.cpp:3'\n"_s.arg(columns - 7));
        QTRY_VERIFY_WITH_TIMEOUT(rowStartingWith(pane, u"_name.cpp:3"_s) >= 0, 20000);
        const int second = rowStartingWith(pane, u"_name.cpp:3"_s);
        QVERIFY(pane->visibleLines().at(second - 1).endsWith(u"wrapped"_s));
        pane->activateLinkAt(second, 2);
        QTRY_COMPARE(looked.count(), 1);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(QFileInfo(requested.at(0).at(0).toString()).fileName(), u"wrapped_name.cpp"_s);
        QCOMPARE(requested.at(0).at(1).toInt(), 3);
        // And from the first row's part.
        pane->activateLinkAt(rowStartingWith(pane, u"_name.cpp:3"_s) - 1, columns - 3);
        QTRY_COMPARE(looked.count(), 2);
        QCOMPARE(requested.count(), 2);
    }

    void ctrlChordsGoToTheShellNotToEditorCommands()
    {
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showTerminal();
        Ui::TerminalPane *pane = window.terminal();
        QTRY_VERIFY(pane->terminalDisplay()->hasFocus());
        auto *dock = window.findChild<QDockWidget *>(u"terminalDock"_s);
        QVERIFY(dock->isVisible());
        Output output(pane);
        pane->sendText(u"echo \"READY-$((1+1))\"\n"_s);
        QTRY_VERIFY_WITH_TIMEOUT(output.text.contains(u"READY-2"_s), 20000);
        // Ctrl+D is "Add Next Occurrence" in the editor; in the terminal it ends the shell.
        QTest::keyClick(pane->terminalDisplay(), Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!dock->isVisible(), 20000);
        QVERIFY(!window.terminal());

        // New Terminal (Ctrl+Shift+`) opens a tab each time.
        QAction *newTerminal = window.command(u"terminal.new"_s);
        QVERIFY(newTerminal);
        QCOMPARE(newTerminal->shortcut(), QKeySequence(u"Ctrl+Shift+`"_s));
        newTerminal->trigger();
        QVERIFY(dock->isVisible());
        newTerminal->trigger();
        QCOMPARE(window.terminals()->count(), 2);
    }
};

QTEST_MAIN(TestTerminalTabs)
#include "tst_terminaltabs.moc"
