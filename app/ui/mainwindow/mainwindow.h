// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Baton's main window: the workspace folder as a tree, files in highlighted editor tabs in one
// or two groups side by side, a find bar, a terminal dock, and a status bar with the cursor
// position, selection, indentation, line endings, language and git branch.
// Files are read and written, and git is asked, on worker threads; the window never waits.
//
// Every command is a QAction with a stable id (commands()), in the menus and in the window,
// so that the command palette and the shortcut settings can list and rebind them all.

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QPointer>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtWidgets/QMainWindow>

#include <functional>

class QAction;
class QActionGroup;
class QDockWidget;
class QFileSystemModel;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Baton::Core {
class UiLanguage;
}

namespace Baton::Ui {

class EditorView;
class FindBar;
class SearchPanel;
class TerminalPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // A command of the window: its stable id ("file.save"), the action, and its menu.
    struct Command
    {
        QString id;
        QAction *action = nullptr;
        const char *category = nullptr; // untranslated menu name, e.g. "File"
    };

    MainWindow(KSyntaxHighlighting::Repository &syntax, Core::UiLanguage &language,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `folder` in the tree and makes it the workspace (terminal, git branch), and puts
    // it first in the recent workspaces.
    void openFolder(const QString &folder);
    QString folder() const { return m_folder; }

    // Opens `path` in a tab of the active group (or switches to its tab); the file is read off
    // the GUI thread and fileOpened() or fileOpenFailed() follows. With line >= 0 the cursor
    // goes there (0-based line, UTF-8 byte column).
    void openFile(const QString &path, int line = -1, int column = 0);

    // A new, untitled buffer.
    void newFile();

    EditorView *currentEditor() const;
    EditorView *editorFor(const QString &path) const;
    QList<EditorView *> editors() const;
    QTreeView *fileTree() const { return m_tree; }
    // The first editor group; groups() has all of them (one, or two when split).
    QTabWidget *tabs() const { return m_groups.first(); }
    QList<QTabWidget *> groups() const { return m_groups; }
    FindBar *findBar() const { return m_findBar; }
    TerminalPane *terminal() const;
    SearchPanel *searchPanel() const { return m_searchPanel; }
    const QList<Command> &commands() const { return m_commands; }
    QAction *command(const QString &id) const;

    // Saves the current editor; saved() or saveFailed() follows. An untitled buffer asks for a
    // name first.
    void saveCurrent();
    void saveAll();
    // Writes the current editor to a path the user picks.
    void saveCurrentAs();
    // Writes `editor` to `path` (then shows that path in the tab).
    void saveEditorAs(EditorView *editor, const QString &path);

    // Opens the current file in the other group (creating it), sharing the document.
    void splitRight();

    // Navigation history (Alt+Left / Alt+Right).
    void goBack();
    void goForward();

    // Shows the terminal dock, starting a shell in the workspace folder the first time.
    void showTerminal();

    // Shows the Search dock with its field focused, holding the editor's selection if any.
    void showSearch();

    QStringList recentWorkspaces() const;

Q_SIGNALS:
    void folderOpened(const QString &folder);
    void fileOpened(const QString &path);
    void fileOpenFailed(const QString &path, const QString &message);
    void saved(const QString &path);
    void saveFailed(const QString &path, const QString &message);
    void gitBranchChanged(const QString &branch);
    // A file open in an editor changed on disk; `reloaded` when the clean buffer was reloaded,
    // false when the buffer has unsaved edits and the user was asked.
    void fileChangedOnDisk(const QString &path, bool reloaded);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Location
    {
        QString path;
        int line = 0;
        int column = 0;
    };

    QAction *addCommand(const QString &id, const char *category, const char *text,
                        const QKeySequence &shortcut, std::function<void()> run);
    void createActions();
    void createMenus();
    void retranslate();
    void updateWelcome();
    void chooseFolder();
    void chooseFile();
    QTabWidget *createGroup();
    QTabWidget *activeGroup() const;
    QTabWidget *groupOf(EditorView *editor) const;
    EditorView *addEditor(QTabWidget *group, EditorView *editor, const QString &title);
    void setupEditor(EditorView *editor);
    void closeTab(QTabWidget *group, int index);
    void closeTabs(QTabWidget *group, const QList<EditorView *> &editors);
    void showTabMenu(QTabWidget *group, int index, const QPoint &globalPosition);
    void save(EditorView *editor, bool closeWhenDone);
    void refreshGitBranch();
    void updateStatus();
    void updateTabTitle(EditorView *editor);
    bool confirmDiscard(const QList<EditorView *> &editors, bool *saveFirst);
    QList<EditorView *> modifiedEditors() const;
    bool isLastViewOfDocument(EditorView *editor) const;
    QString displayName(EditorView *editor) const;
    void goToLine();
    void recordLocation();
    void jumpTo(const Location &location);
    void watchFile(const QString &path);
    void unwatchUnusedFiles();
    void fileChanged(const QString &path);
    void showLanguageMenu();
    void showLineEndingMenu();
    void showIndentationMenu();
    void addRecentWorkspace(const QString &folder);
    void showTreeMenu(const QPoint &position);
    void createInTree(const QString &parentFolder, bool folder);
    void deleteInTree(const QString &path);
    void openMatch(const QString &path, int line, int column, int length);

    KSyntaxHighlighting::Repository &m_syntax;
    Core::UiLanguage &m_language;
    QString m_folder;
    QFileSystemModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_centre = nullptr;
    QLabel *m_welcome = nullptr;
    QWidget *m_editorArea = nullptr;
    QSplitter *m_groupSplitter = nullptr;
    QList<QTabWidget *> m_groups;
    QPointer<QTabWidget> m_activeGroup;
    FindBar *m_findBar = nullptr;
    QDockWidget *m_terminalDock = nullptr;
    QPointer<TerminalPane> m_terminal;
    QDockWidget *m_searchDock = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    QLabel *m_positionLabel = nullptr;
    QToolButton *m_indentationButton = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QToolButton *m_eolButton = nullptr;
    QToolButton *m_languageButton = nullptr;
    QLabel *m_branchLabel = nullptr;
    QString m_branch;
    QHash<QString, int> m_loading; // paths being read, to avoid opening a file twice
    int m_pendingCloseSaves = 0;
    int m_untitledCount = 0;
    QFileSystemWatcher *m_watcher = nullptr;
    QList<Location> m_back;
    QList<Location> m_forward;
    QStringList m_closedFiles; // most recent last, for Reopen Closed Tab

    QList<Command> m_commands;
    QHash<QAction *, const char *> m_commandTexts; // untranslated texts, for retranslate()
    QList<QPair<QMenu *, const char *>> m_menus;
    QMenu *m_languageMenu = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_wrapAction = nullptr;
    QAction *m_whitespaceAction = nullptr;
    QAction *m_eolMarkersAction = nullptr;
};

} // namespace Baton::Ui
