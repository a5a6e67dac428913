// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// A terminal running the user's shell in the workspace folder on a real PTY (qtermwidget).
// Construct, configure, then start().
//
// Colours follow the system's light/dark scheme until setTheme() gives an editor theme; then
// the terminal takes the theme's background and foreground (a qtermwidget colour scheme is
// written to the cache folder off the GUI thread, named after its colours). The font is the
// system's fixed-width font.
//
// Keys: Ctrl+Shift+C copies the selection, Ctrl+Shift+V pastes; Ctrl+C and every other Ctrl
// or Alt chord go to the shell even when the window has a shortcut on them, except Ctrl+`,
// Ctrl+Shift+` (the terminal commands), Ctrl+Page Up/Down and Ctrl+Q. A right click (Shift+
// right click while a program uses the mouse) opens Copy, Paste, Select All and Clear.
//
// Links: Ctrl+click on a URL opens it with the desktop; Ctrl+click on a file path that exists
// (see Core::TerminalLinks for the forms understood, e.g. gcc's "a.cpp:3:5: error") emits
// openFileRequested(). Relative paths resolve against the shell's current directory
// (/proc/<pid>/cwd), then the workspace folder. Links are found off the GUI thread. With Ctrl
// held, the link under the mouse is underlined and a tooltip names it. qtermwidget 2.1 has no
// public API to add a highlight filter (TerminalDisplay::filterChain() is not installed, and
// getHotSpotAt() only knows its own URL filter), so the underline is drawn by an overlay
// widget over the cells the link covers; qtermwidget underlines URLs on hover itself.
//
// Exit: qtermwidget does not tell how its program ended, so a Core::ProcessExitWatcher learns
// it from the kernel (waitid without reaping). finished() says how. When the program failed (a
// non-zero code, a signal, or unknown), the output stays, "[process exited with code N]" (or
// "terminated by signal S") is written below it, and a bar offers Restart (or Enter) and
// Close; restart() starts the program again in a fresh terminal.
//
// GUI thread only.

#include "core/process/processexitwatcher.h"

#include <QtCore/QPoint>
#include <QtCore/QPointer>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtWidgets/QWidget>

class QLabel;
class QPushButton;
class QTermWidget;
class QTimer;
class QVBoxLayout;

namespace KSyntaxHighlighting {
class Theme;
}

namespace Baton::Ui {

class TerminalPane : public QWidget
{
    Q_OBJECT

public:
    explicit TerminalPane(QWidget *parent = nullptr);
    ~TerminalPane() override;

    // The user's login shell ($SHELL, else the passwd entry, else /bin/sh).
    static QString userShell();

    // What to run instead of the user's shell (tests and task runners); call before start().
    void setProgram(const QString &program, const QStringList &arguments = {});
    QString program() const { return m_program; }
    void setWorkingDirectory(const QString &folder);
    QString workingDirectory() const { return m_workingDirectory; }
    // Where relative link paths are looked up when the shell's folder does not have them.
    void setWorkspaceFolder(const QString &folder) { m_workspaceFolder = folder; }

    // Starts the program on a new PTY.
    void start();
    bool isRunning() const { return m_running; }
    // After the program ended: starts it again in a fresh terminal (the old output goes).
    void restart();
    // Whether the program ended, and how (meaningful once hasExited()).
    bool hasExited() const { return m_exited; }
    Core::ProcessExit exitStatus() const { return m_exit; }
    // The line written below the output when the program failed, e.g.
    // "[process exited with code 3]"; empty while it runs or after a clean exit.
    QString exitMessage() const;
    // The bar shown after a failure, with the exit message, Restart and Close.
    QWidget *exitBar() const { return m_exitBar; }
    // The shell's process id while it runs, else 0.
    qint64 shellProcessId() const;
    // The title the program set (xterm title escape), empty if it set none.
    QString title() const;

    // Types `text` into the terminal as if the user had.
    void sendText(const QString &text);

    // Colours from an editor theme (background, foreground, and ANSI colours fitted to a light
    // or dark background). Applied when the scheme file is ready, normally within milliseconds.
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    // The name of the colour scheme now shown ("Baton-…" for a theme, else qtermwidget's).
    QString colorSchemeName() const { return m_colorScheme; }

    // Clipboard and selection, as the context menu and Ctrl+Shift+C / Ctrl+Shift+V do them.
    void copy();
    void paste();
    void selectAll();
    void clear();
    QString selectedText() const;

    // The screen's size in character cells.
    int columnCount() const;
    int rowCount() const;
    // The visible screen, one string per row (a long line that wraps takes several rows).
    QStringList visibleLines() const;
    // The rectangle of cell (row, column) of the visible screen, in the coordinates of
    // terminalDisplay().
    QRect cellRect(int row, int column) const;
    // Activates the link drawn at visible cell (row, column), as Ctrl+click does: a file emits
    // openFileRequested(), a URL opens with the desktop. Nothing happens when no link is there.
    // The link is looked up off the GUI thread; linkLookedUp() follows either way.
    void activateLinkAt(int row, int column);
    // Hovering with Ctrl held: looks for a link at visible cell (row, column) off the GUI thread
    // and underlines it, with a tooltip naming it (linkHovered() follows). A negative row
    // removes the underline.
    void hoverLinkAt(int row, int column);
    // What the hover underlines now, empty when nothing: the visible cells of the link as
    // rectangles in terminalDisplay() coordinates, and the tooltip text.
    QList<QRect> hoveredLinkCells() const { return m_hoverCells; }
    QString hoveredLinkText() const { return m_hoverText; }

    // The widget that draws the text and takes keys and mouse clicks.
    QWidget *terminalDisplay() const { return m_display; }

Q_SIGNALS:
    // Output as the terminal decoded it, as it arrives.
    void outputReceived(const QString &text);
    // The program ended (how: Core::ProcessExit).
    void finished(const Baton::Core::ProcessExit &how);
    // The user asked to close the terminal from its exit bar.
    void closeRequested();
    // The program set the title.
    void titleChanged(const QString &title);
    // A file link was activated: `line` and `column` are 1-based as printed, 0 when absent.
    void openFileRequested(const QString &path, int line, int column);
    // An activateLinkAt() or Ctrl+click finished looking; `found` when a link was there.
    void linkLookedUp(bool found);
    // A hoverLinkAt() finished looking; `found` when a link is underlined now.
    void linkHovered(bool found);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private Q_SLOTS:
    void showContextMenu(const QPoint &position);

private:
    void createTerminal();
    void setColorSchemeSource(const QString &source, const QString &name);
    void applyColorScheme(Qt::ColorScheme scheme);
    void lookUpLink(int row, int column, bool openUrls);
    void programEnded(const Core::ProcessExit &how);
    void writeToScreen(const QString &text);
    void retranslate();
    void clearHover();
    void hoverAtMouse(const QPoint &position, Qt::KeyboardModifiers modifiers);
    int cellWidth() const;
    int cellHeight() const;

    QVBoxLayout *m_layout = nullptr;
    QTermWidget *m_terminal = nullptr;
    QWidget *m_display = nullptr;
    QPointer<QWidget> m_hoverOverlay; // a child of m_display, gone with it
    QWidget *m_exitBar = nullptr;
    QLabel *m_exitLabel = nullptr;
    QPushButton *m_restartButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPointer<Core::ProcessExitWatcher> m_exitWatcher;
    Core::ProcessExit m_exit;
    QString m_title;
    QString m_colorSchemeSource; // what the terminal was given: a scheme name or a file
    QList<QRect> m_hoverCells;
    QString m_hoverText;
    QPoint m_hoverCell{-1, -1}; // the cell under the mouse with Ctrl held
    QTimer *m_hoverTimer = nullptr;
    quint64 m_hoverGeneration = 0;
    bool m_exited = false;
    QString m_program;
    QStringList m_arguments;
    QString m_workingDirectory;
    QString m_workspaceFolder;
    QString m_colorScheme;
    QPoint m_ctrlPressPosition{-1, -1};
    quint64 m_themeGeneration = 0;
    bool m_hasTheme = false;
    bool m_running = false;
};

} // namespace Baton::Ui
