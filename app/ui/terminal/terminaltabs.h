// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The terminal panel: several terminals in tabs, as in VS Code. "+" (or newTerminal()) opens
// one more in the workspace folder; closing a tab ends its shell; a shell that exits with
// status 0 closes its tab, one that fails keeps it with its output and the exit status until
// the user restarts it (Enter, Restart) or closes it (see TerminalPane). With no terminal left the panel shows a "New Terminal" button and emits
// lastTerminalClosed() (the main window hides its dock then). Tabs are named after the title
// the program sets, else "<shell> <n>" ("bash 1", "bash 2").
//
// Colours: with a syntax repository (setThemeRepository()) every terminal takes the editor
// theme the user chose (setThemeName()), or, with none chosen, the repository's default light
// or dark theme, following the system scheme as the editor does; without a repository,
// qtermwidget's light or dark scheme.
//
// GUI thread only. The terminals are children of the panel; the repository must outlive it.

#include <QtWidgets/QWidget>

class QStackedWidget;
class QTabWidget;
class QToolButton;
class QPushButton;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Baton::Ui {

class TerminalPane;

class TerminalTabs : public QWidget
{
    Q_OBJECT

public:
    explicit TerminalTabs(QWidget *parent = nullptr);
    ~TerminalTabs() override;

    // Where new terminals start (and relative links are looked up): the workspace folder.
    void setWorkingDirectory(const QString &folder);
    QString workingDirectory() const { return m_workingDirectory; }
    void setThemeRepository(KSyntaxHighlighting::Repository *repository);
    // The editor theme the terminals take; empty (or unknown): follow the system scheme.
    void setThemeName(const QString &name);

    // Opens a terminal in a new tab, starts its shell and makes it current.
    TerminalPane *newTerminal();
    // Ends the shell of tab `index` and removes the tab.
    void closeTerminal(int index);

    int count() const;
    TerminalPane *terminal(int index) const;
    // The terminal in the current tab, null when there is none.
    TerminalPane *currentTerminal() const;
    QTabWidget *tabWidget() const { return m_tabs; }

Q_SIGNALS:
    // A file link was activated in one of the terminals (1-based line and column, 0 if none).
    void openFileRequested(const QString &path, int line, int column);
    // The last terminal was closed or exited.
    void lastTerminalClosed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTitle(TerminalPane *pane);
    void applyTheme(TerminalPane *pane, Qt::ColorScheme scheme);
    void removeTerminal(TerminalPane *pane);

    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QToolButton *m_newButton = nullptr;
    QWidget *m_empty = nullptr;
    QPushButton *m_emptyButton = nullptr;
    KSyntaxHighlighting::Repository *m_repository = nullptr;
    QString m_themeName;
    QString m_workingDirectory;
    int m_opened = 0; // terminals opened so far, for "bash 3"
};

} // namespace Baton::Ui
