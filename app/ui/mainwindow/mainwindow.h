// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Baton's main window: the workspace folder as a tree, files in highlighted editor tabs, a
// terminal dock, and a status bar with the cursor position, language and git branch.
// Files are read and written, and git is asked, on worker threads; the window never waits.

#include <QtCore/QHash>
#include <QtCore/QPointer>
#include <QtCore/QString>
#include <QtWidgets/QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QFileSystemModel;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Baton::Core {
class UiLanguage;
}

namespace Baton::Ui {

class EditorView;
class TerminalPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(KSyntaxHighlighting::Repository &syntax, Core::UiLanguage &language,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `folder` in the tree and makes it the workspace (terminal, git branch).
    void openFolder(const QString &folder);
    QString folder() const { return m_folder; }

    // Opens `path` in a tab (or switches to its tab); the file is read off the GUI thread and
    // fileOpened() or fileOpenFailed() follows.
    void openFile(const QString &path);

    EditorView *currentEditor() const;
    EditorView *editorFor(const QString &path) const;
    QTreeView *fileTree() const { return m_tree; }
    QTabWidget *tabs() const { return m_tabs; }
    TerminalPane *terminal() const;

    // Saves the current editor; saved() or saveFailed() follows.
    void saveCurrent();

    // Shows the terminal dock, starting a shell in the workspace folder the first time.
    void showTerminal();

Q_SIGNALS:
    void folderOpened(const QString &folder);
    void fileOpened(const QString &path);
    void fileOpenFailed(const QString &path, const QString &message);
    void saved(const QString &path);
    void saveFailed(const QString &path, const QString &message);
    void gitBranchChanged(const QString &branch);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void chooseFolder();
    void chooseFile();
    void closeTab(int index);
    void save(EditorView *editor, bool closeWhenDone);
    void refreshGitBranch();
    void updateStatus();
    void updateTabTitle(EditorView *editor);
    bool confirmDiscard(const QList<EditorView *> &editors, bool *saveFirst);
    QList<EditorView *> modifiedEditors() const;

    KSyntaxHighlighting::Repository &m_syntax;
    Core::UiLanguage &m_language;
    QString m_folder;
    QFileSystemModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_centre = nullptr;
    QLabel *m_welcome = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDockWidget *m_terminalDock = nullptr;
    QPointer<TerminalPane> m_terminal;
    QLabel *m_positionLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_branchLabel = nullptr;
    QString m_branch;
    QHash<QString, int> m_loading; // paths being read, to avoid opening a file twice
    int m_pendingCloseSaves = 0;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_openFileAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_terminalAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace Baton::Ui
