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

#include "core/documents/sessionstore.h"
#include "core/documents/textfile.h"
#include "core/settings/editorsettings.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QPointer>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtGui/QKeySequence>
#include <QtWidgets/QMainWindow>

#include <functional>
#include <optional>

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
class QTimer;
class QToolButton;
class QTreeView;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Baton::Core {
class TextEncoding;
class FileIndex;
class UiLanguage;
class WorkspaceStatus;
}

namespace Baton::Ui {

class BranchButton;
class ChangesPanel;
class DiffView;
class EditorView;
class FindBar;
class GutterUpdater;
class IgnoredFilesHider;
class QuickOpen;
class SearchPanel;
class SessionKeeper;
class TerminalPane;
class TerminalTabs;

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
    // The terminal in the current tab of the terminal panel, null before the first one.
    TerminalPane *terminal() const;
    // The terminal panel (tabs), null until the terminal is first shown.
    TerminalTabs *terminals() const { return m_terminals; }
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
    // Opens one more terminal tab in the workspace folder (the first one when there is none).
    void newTerminal();

    // Settings ▸ Preferences: the settings dialog, applied when the user presses OK or Apply.
    void showSettings();
    // Applies `settings` (fonts, theme, shortcuts, auto-save) to the window and every editor,
    // and saves them.
    void applySettings(const Core::EditorSettings &settings);
    const Core::EditorSettings &editorSettings() const { return m_settings; }
    // The shortcut a command has when the user has not changed it.
    QKeySequence defaultShortcut(const QString &id) const { return m_defaultShortcuts.value(id); }

    // The workspace's git status (tree colours, changes panel), and the changes dock.
    Core::WorkspaceStatus *gitStatus() const { return m_gitStatus; }
    void showChanges();
    ChangesPanel *changesPanel() const { return m_changesPanel; }

    // Shows the Search dock with its field focused, holding the editor's selection if any.
    void showSearch();

    QStringList recentWorkspaces() const;

    // Hot exit: the open tabs, their cursors and groups, and every unsaved buffer are backed
    // up every few seconds and on quit (SessionStore), and come back with restoreSession().
    // openFolder() restores the folder's session by itself when no editor is open; call
    // restoreSession() for a window started without a folder. sessionRestored() follows.
    void restoreSession();
    // Backs up now (off the GUI thread); sessionBackedUp() follows.
    void backupSession();
    // Opens (or refreshes) a tab comparing the current editor's file at HEAD with its buffer.
    void openDiffWithHead();
    // Quick open (Ctrl+P) with `text` in its line edit; ">" opens the command palette.
    void showQuickOpen(const QString &text);
    QuickOpen *quickOpen() const { return m_quickOpen; }
    Core::FileIndex *fileIndex() const { return m_fileIndex; }
    // Files of this workspace opened or shown in an editor, most recent first (kept per
    // workspace in QSettings).
    QStringList recentFiles() const { return m_recentFiles; }

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
    // A backup of the session was written (or failed, with the message shown).
    void sessionBackedUp(bool ok);
    // restoreSession() is done; `buffers` tabs came back.
    void sessionRestored(int buffers);

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
    void save(EditorView *editor, bool closeWhenDone, bool quiet = false);
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
    void showEncodingMenu();
    void reopenWithEncoding(EditorView *editor, const Core::TextEncoding &encoding);
    void addRecentWorkspace(const QString &folder);
    void showTreeMenu(const QPoint &position);
    // The Source Control panel, made (in its hidden dock) when first needed.
    ChangesPanel *ensureChangesPanel();
    void createInTree(const QString &parentFolder, bool folder);
    void deleteInTree(const QString &path);
    Core::Session snapshotSession() const;
    // Opens the session's tabs (hot exit restore); returns how many came back.
    int applySession(const Core::Session &session,
                     const QHash<QString, Core::Result<Core::TextFileContent>> &files);
    void applyEditorSettings(EditorView *editor);
    void applyDefaultIndentation(EditorView *editor, const QByteArray &utf8Text);
    void autoSave();
    void addRecentFile(const QString &path);
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
    GutterUpdater *m_gutter = nullptr; // git change markers of every editor
    QDockWidget *m_terminalDock = nullptr;
    TerminalTabs *m_terminals = nullptr;
    QDockWidget *m_searchDock = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    QLabel *m_positionLabel = nullptr;
    QToolButton *m_indentationButton = nullptr;
    QToolButton *m_encodingButton = nullptr;
    QToolButton *m_eolButton = nullptr;
    QToolButton *m_languageButton = nullptr;
    BranchButton *m_branchButton = nullptr;
    QString m_branch;
    Core::WorkspaceStatus *m_gitStatus = nullptr;
    IgnoredFilesHider *m_ignoredHider = nullptr;
    QDockWidget *m_changesDock = nullptr;
    ChangesPanel *m_changesPanel = nullptr;
    QHash<QString, int> m_loading; // paths being read, to avoid opening a file twice
    int m_pendingCloseSaves = 0;
    int m_untitledCount = 0;
    QFileSystemWatcher *m_watcher = nullptr;
    QList<Location> m_back;
    QList<Location> m_forward;
    QStringList m_closedFiles; // most recent last, for Reopen Closed Tab
    // Hot exit: the backups and the restore; the window keeps the final backup on quit.
    SessionKeeper *m_sessionKeeper = nullptr;
    bool m_hotExitPending = false;
    bool m_hotExitDone = false;
    bool m_finalBackupDone = false;
    Core::EditorSettings m_settings;
    // The theme whose palette the application has (empty: the system's); unset before the first.
    std::optional<QString> m_paletteTheme;
    QHash<QString, QKeySequence> m_defaultShortcuts;
    QTimer *m_autoSaveTimer = nullptr;
    // Per file, a hash of the bytes Baton last wrote, so that its own saves are not taken for
    // changes made by someone else.
    QHash<QString, QByteArray> m_savedBytes;

    QList<Command> m_commands;
    QHash<QAction *, const char *> m_commandTexts; // untranslated texts, for retranslate()
    QList<QPair<QMenu *, const char *>> m_menus;
    QMenu *m_languageMenu = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_wrapAction = nullptr;
    QAction *m_whitespaceAction = nullptr;
    QAction *m_eolMarkersAction = nullptr;

    Core::FileIndex *m_fileIndex = nullptr;
    QuickOpen *m_quickOpen = nullptr;
    QStringList m_recentFiles; // absolute paths, most recent first
};

} // namespace Baton::Ui
