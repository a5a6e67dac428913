// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "mainwindow.h"

#include "themepalette.h"

#include "core/documents/indentationguess.h"
#include "core/documents/textfile.h"
#include "core/git/repository.h"
#include "core/git/workspacestatus.h"
#include "core/runasync.h"
#include "core/settings/uilanguage.h"
#include "core/workspace/fileindex.h"
#include "ui/editor/editorview.h"
#include "ui/editor/findbar.h"
#include "ui/editor/syntaxlexer.h"
#include "ui/git/branchbutton.h"
#include "ui/git/changespanel.h"
#include "ui/git/diffview.h"
#include "ui/git/filetreemodel.h"
#include "ui/git/gutterupdater.h"
#include "ui/git/ignoredfileshider.h"
#include "ui/mainwindow/benchreadyprobe.h"
#include "ui/mainwindow/sessionkeeper.h"
#include "ui/quickopen/quickopen.h"
#include "ui/search/searchpanel.h"
#include "ui/settings/settingsdialog.h"
#include "ui/terminal/terminalpane.h"
#include "ui/terminal/terminaltabs.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QFileSystemWatcher>
#include <QtCore/QFutureWatcher>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtGui/QAction>
#include <QtGui/QActionGroup>
#include <QtGui/QClipboard>
#include <QtGui/QCloseEvent>
#include <QtGui/QDesktopServices>
#include <QtGui/QFontDatabase>
#include <QtGui/QFileSystemModel>
#include <QtGui/QKeySequence>
#include <QtGui/QMouseEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Baton::Ui {

using Core::runAsync;

namespace {

constexpr int maxRecentWorkspaces = 10;
constexpr int maxHistory = 50;
const QString recentWorkspacesKey = QStringLiteral("workspace/recent");
constexpr int maxRecentFiles = 50;
constexpr qint64 quickOpenRescanAfterMs = 5000;

QString recentFilesKey(const QString &folder)
{
    return QStringLiteral("workspace/recentFiles/")
           + QString::fromLatin1(
               QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha1).toHex());
}

// "Open &Folder…" → "Open Folder…", "打开文件夹(&F)…" → "打开文件夹…", "&&" → "&".
QString withoutMnemonic(QString text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\(&[^&]\\)"));
    text.remove(bracketed);
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        plain.append(text.at(i));
    }
    return plain;
}

QString eolName(QsciScintilla::EolMode mode)
{
    switch (mode) {
    case QsciScintilla::EolWindows:
        return QStringLiteral("CRLF");
    case QsciScintilla::EolMac:
        return QStringLiteral("CR");
    case QsciScintilla::EolUnix:
        break;
    }
    return QStringLiteral("LF");
}

} // namespace

MainWindow::MainWindow(KSyntaxHighlighting::Repository &syntax, Core::UiLanguage &language,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_syntax(syntax)
    , m_language(language)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/baton.svg")));
    resize(1280, 800);

    // QFileSystemModel reads folders on its own thread and fills the tree as entries arrive,
    // and follows changes on disk. Names are coloured by their git status, which is read off
    // the GUI thread once the window shows the folder.
    m_gitStatus = new Core::WorkspaceStatus(this);
    auto *treeModel = new FileTreeModel(m_gitStatus, this);
    m_model = treeModel;
    connect(m_model, &QFileSystemModel::directoryLoaded, m_gitStatus,
            &Core::WorkspaceStatus::watchFolder);
    m_model->setOption(QFileSystemModel::DontWatchForChanges, false);
    m_model->setFilter(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    m_model->setReadOnly(false); // renaming in place
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("fileTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    for (int column = 1; column < m_model->columnCount(); ++column)
        m_tree->hideColumn(column);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setDragDropMode(QAbstractItemView::NoDragDrop);
    m_tree->setVisible(false);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!m_model->isDir(index))
            openFile(m_model->filePath(index));
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);
    m_ignoredHider = new IgnoredFilesHider(m_tree, treeModel, m_gitStatus, this);

    m_findBar = new FindBar(this);
    m_gutter = new GutterUpdater(this);
    connect(this, &MainWindow::saved, m_gutter, [this](const QString &path) {
        for (EditorView *editor : editors()) {
            if (editor->filePath() == path)
                m_gutter->refresh(editor);
        }
    });
    m_groupSplitter = new QSplitter(Qt::Horizontal, this);
    m_groupSplitter->setChildrenCollapsible(false);
    m_editorArea = new QWidget(this);
    auto *areaLayout = new QVBoxLayout(m_editorArea);
    areaLayout->setContentsMargins(0, 0, 0, 0);
    areaLayout->setSpacing(0);
    areaLayout->addWidget(m_findBar);
    areaLayout->addWidget(m_groupSplitter, 1);
    createGroup();

    m_welcome = new QLabel(this);
    m_welcome->setObjectName(QStringLiteral("welcome"));
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_welcome, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link);
        if (url.isLocalFile())
            openFolder(url.toLocalFile());
    });
    m_centre = new QStackedWidget(this);
    m_centre->addWidget(m_welcome);
    m_centre->addWidget(m_editorArea);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_centre);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 1000});
    setCentralWidget(splitter);

    const auto statusButton = [this](const QString &name) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus);
        statusBar()->addPermanentWidget(button);
        return button;
    };
    m_branchButton = new BranchButton(this);
    statusBar()->addPermanentWidget(m_branchButton);
    connect(m_branchButton, &BranchButton::branchChanged, this, [this] {
        refreshGitBranch();
        m_gitStatus->rescan();
    });
    connect(m_gitStatus, &Core::WorkspaceStatus::scanned, this, &MainWindow::refreshGitBranch);
    // Folder watches miss files rewritten in place by other programs; coming back to the
    // window catches up, as other editors do.
    connect(qApp, &QGuiApplication::applicationStateChanged, m_gitStatus,
            [this](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive)
                    m_gitStatus->rescan();
            });
    m_positionLabel = new QLabel(this);
    m_positionLabel->setObjectName(QStringLiteral("cursorPosition"));
    statusBar()->addPermanentWidget(m_positionLabel);
    m_indentationButton = statusButton(QStringLiteral("indentation"));
    m_encodingButton = statusButton(QStringLiteral("encoding"));
    m_eolButton = statusButton(QStringLiteral("lineEndings"));
    m_languageButton = statusButton(QStringLiteral("language"));
    connect(m_indentationButton, &QToolButton::clicked, this, &MainWindow::showIndentationMenu);
    connect(m_eolButton, &QToolButton::clicked, this, &MainWindow::showLineEndingMenu);
    connect(m_encodingButton, &QToolButton::clicked, this, &MainWindow::showEncodingMenu);
    connect(m_languageButton, &QToolButton::clicked, this, &MainWindow::showLanguageMenu);

    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::fileChanged);

    m_fileIndex = new Core::FileIndex(this);
    m_quickOpen = new QuickOpen(*m_fileIndex, this);
    connect(m_quickOpen, &QuickOpen::fileActivated, this,
            [this](const QString &path, int line, int column) {
                openFile(path, line > 0 ? line - 1 : -1, std::max(0, column - 1));
            });
    connect(m_quickOpen, &QuickOpen::lineActivated, this, [this](int line, int column) {
        if (EditorView *editor = currentEditor()) {
            recordLocation();
            editor->goToPosition(line - 1, std::max(0, column - 1));
            editor->setFocus();
        }
    });
    connect(this, &MainWindow::fileOpened, this, &MainWindow::addRecentFile);

    // The active group is the one that last had the focus.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        if (m_settings.autoSave == Core::EditorSettings::AutoSave::OnFocusChange
            && qobject_cast<EditorView *>(old) && old != now)
            autoSave();
        for (QWidget *widget = now; widget; widget = widget->parentWidget()) {
            if (auto *group = qobject_cast<QTabWidget *>(widget);
                group && m_groups.contains(group)) {
                if (m_activeGroup != group) {
                    m_activeGroup = group;
                    m_findBar->setEditor(currentEditor());
                    updateStatus();
                }
                return;
            }
        }
    });

    m_searchDock = new QDockWidget(this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchPanel = new SearchPanel(m_searchDock);
    m_searchPanel->setEditorProvider([this] { return editors(); });
    connect(m_searchPanel, &SearchPanel::openRequested, this, &MainWindow::openMatch);
    m_searchDock->setWidget(m_searchPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_searchDock);
    m_searchDock->hide();

    createActions();
    createMenus();
    m_autoSaveTimer = new QTimer(this);
    m_autoSaveTimer->setSingleShot(true);
    connect(m_autoSaveTimer, &QTimer::timeout, this, &MainWindow::autoSave);
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive
            && m_settings.autoSave == Core::EditorSettings::AutoSave::OnFocusChange)
            autoSave();
    });
    applySettings(Core::EditorSettings::load());
    retranslate();
    m_centre->setCurrentWidget(m_welcome);

    // Hot exit. Made last, so that as a child it outlives the editors that report changes to it.
    m_sessionKeeper = new SessionKeeper(
        this, {[this] { return m_folder; }, [this] { return !editors().isEmpty(); },
               [this] { return snapshotSession(); },
               [this](const Core::Session &session,
                      const QHash<QString, Core::Result<Core::TextFileContent>> &files) {
                   return applySession(session, files);
               }});
    connect(m_sessionKeeper, &SessionKeeper::backedUp, this, &MainWindow::sessionBackedUp);
    connect(m_sessionKeeper, &SessionKeeper::restored, this, &MainWindow::sessionRestored);
}

MainWindow::~MainWindow()
{
    // The children go after this body, moving the focus as they do: the application's
    // signals must not reach a half-destroyed window.
    disconnect(qApp, nullptr, this, nullptr);
}

QAction *MainWindow::addCommand(const QString &id, const char *category, const char *text,
                                const QKeySequence &shortcut, std::function<void()> run)
{
    auto *action = new QAction(this);
    action->setObjectName(id);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    // Window-wide, so shortcuts work with the focus anywhere in the window (menus included).
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, [run = std::move(run)] { run(); });
    addAction(action);
    m_commands.append({id, action, category});
    m_commandTexts.insert(action, text);
    m_defaultShortcuts.insert(id, shortcut);
    return action;
}

QAction *MainWindow::command(const QString &id) const
{
    for (const Command &command : m_commands) {
        if (command.id == id)
            return command.action;
    }
    return nullptr;
}

void MainWindow::createActions()
{
    const auto withEditor = [this](void (EditorView::*method)()) {
        return [this, method] {
            if (EditorView *editor = currentEditor())
                (editor->*method)();
        };
    };
    const auto key
        = [](const char *sequence) { return QKeySequence(QString::fromLatin1(sequence)); };

    addCommand(QStringLiteral("file.new"), QT_TR_NOOP("File"), QT_TR_NOOP("&New File"),
               QKeySequence::New, [this] { newFile(); });
    addCommand(QStringLiteral("file.openFile"), QT_TR_NOOP("File"), QT_TR_NOOP("&Open File…"),
               QKeySequence::Open, [this] { chooseFile(); });
    addCommand(QStringLiteral("file.openFolder"), QT_TR_NOOP("File"), QT_TR_NOOP("Open &Folder…"),
               key("Ctrl+K, Ctrl+O"), [this] { chooseFolder(); });
    addCommand(QStringLiteral("file.save"), QT_TR_NOOP("File"), QT_TR_NOOP("&Save"),
               QKeySequence::Save, [this] { saveCurrent(); });
    addCommand(QStringLiteral("file.saveAs"), QT_TR_NOOP("File"), QT_TR_NOOP("Save &As…"),
               key("Ctrl+Shift+S"), [this] { saveCurrentAs(); });
    addCommand(QStringLiteral("file.saveAll"), QT_TR_NOOP("File"), QT_TR_NOOP("Save A&ll"),
               key("Ctrl+Alt+S"), [this] { saveAll(); });
    addCommand(QStringLiteral("file.close"), QT_TR_NOOP("File"), QT_TR_NOOP("&Close Tab"),
               key("Ctrl+W"), [this] {
                   if (QTabWidget *group = activeGroup(); group && group->currentIndex() >= 0)
                       closeTab(group, group->currentIndex());
               });
    addCommand(QStringLiteral("file.closeAll"), QT_TR_NOOP("File"), QT_TR_NOOP("Close All Tabs"),
               key("Ctrl+K, Ctrl+W"), [this] {
                   for (QTabWidget *group : m_groups) {
                       QList<EditorView *> all;
                       for (int i = 0; i < group->count(); ++i)
                           all.append(qobject_cast<EditorView *>(group->widget(i)));
                       closeTabs(group, all);
                   }
               });
    addCommand(QStringLiteral("file.reopenClosed"), QT_TR_NOOP("File"),
               QT_TR_NOOP("&Reopen Closed Tab"), key("Ctrl+Shift+T"), [this] {
                   if (!m_closedFiles.isEmpty())
                       openFile(m_closedFiles.takeLast());
               });
    QAction *quit = addCommand(QStringLiteral("file.quit"), QT_TR_NOOP("File"), QT_TR_NOOP("&Quit"),
                               QKeySequence::Quit, [this] { close(); });
    quit->setMenuRole(QAction::QuitRole);

    addCommand(QStringLiteral("edit.undo"), QT_TR_NOOP("Edit"), QT_TR_NOOP("&Undo"), QKeySequence(),
               withEditor(&QsciScintilla::undo));
    addCommand(QStringLiteral("edit.redo"), QT_TR_NOOP("Edit"), QT_TR_NOOP("&Redo"), QKeySequence(),
               withEditor(&QsciScintilla::redo));
    addCommand(QStringLiteral("edit.find"), QT_TR_NOOP("Edit"), QT_TR_NOOP("&Find…"),
               QKeySequence::Find, [this] {
                   EditorView *editor = currentEditor();
                   m_findBar->setEditor(editor);
                   m_findBar->openFind(editor ? QString::fromUtf8(editor->selectedUtf8())
                                              : QString());
               });
    addCommand(QStringLiteral("edit.replace"), QT_TR_NOOP("Edit"), QT_TR_NOOP("&Replace…"),
               key("Ctrl+H"), [this] {
                   EditorView *editor = currentEditor();
                   m_findBar->setEditor(editor);
                   m_findBar->openReplace(editor ? QString::fromUtf8(editor->selectedUtf8())
                                                 : QString());
               });
    addCommand(QStringLiteral("edit.findNext"), QT_TR_NOOP("Edit"), QT_TR_NOOP("Find &Next"),
               key("F3"), [this] { m_findBar->findNext(); });
    addCommand(QStringLiteral("edit.findPrevious"), QT_TR_NOOP("Edit"),
               QT_TR_NOOP("Find &Previous"), key("Shift+F3"),
               [this] { m_findBar->findPrevious(); });
    addCommand(QStringLiteral("edit.toggleComment"), QT_TR_NOOP("Edit"),
               QT_TR_NOOP("Toggle &Comment"), key("Ctrl+/"),
               withEditor(&EditorView::toggleComment));
    addCommand(QStringLiteral("edit.duplicateLines"), QT_TR_NOOP("Edit"),
               QT_TR_NOOP("&Duplicate Lines"), key("Shift+Alt+Down"),
               withEditor(&EditorView::duplicateLines));
    addCommand(QStringLiteral("edit.moveLinesUp"), QT_TR_NOOP("Edit"), QT_TR_NOOP("Move Lines &Up"),
               key("Alt+Up"), withEditor(&EditorView::moveLinesUp));
    addCommand(QStringLiteral("edit.moveLinesDown"), QT_TR_NOOP("Edit"),
               QT_TR_NOOP("Move Lines Do&wn"), key("Alt+Down"),
               withEditor(&EditorView::moveLinesDown));
    addCommand(QStringLiteral("edit.deleteLines"), QT_TR_NOOP("Edit"), QT_TR_NOOP("De&lete Lines"),
               key("Ctrl+Shift+K"), withEditor(&EditorView::deleteLines));
    addCommand(QStringLiteral("edit.selectNextOccurrence"), QT_TR_NOOP("Edit"),
               QT_TR_NOOP("Add &Next Occurrence"), key("Ctrl+D"),
               withEditor(&EditorView::selectNextOccurrence));
    addCommand(QStringLiteral("edit.addCursorAbove"), QT_TR_NOOP("Edit"),
               QT_TR_NOOP("Add Cursor Above"), key("Ctrl+Alt+Up"),
               withEditor(&EditorView::addCursorAbove));
    addCommand(QStringLiteral("edit.addCursorBelow"), QT_TR_NOOP("Edit"),
               QT_TR_NOOP("Add Cursor Below"), key("Ctrl+Alt+Down"),
               withEditor(&EditorView::addCursorBelow));

    addCommand(QStringLiteral("go.quickOpen"), QT_TR_NOOP("Go"), QT_TR_NOOP("Go to &File…"),
               key("Ctrl+P"), [this] { showQuickOpen(QString()); });
    addCommand(QStringLiteral("go.line"), QT_TR_NOOP("Go"), QT_TR_NOOP("Go to &Line…"),
               key("Ctrl+G"), [this] { goToLine(); });
    addCommand(QStringLiteral("go.back"), QT_TR_NOOP("Go"), QT_TR_NOOP("&Back"), key("Alt+Left"),
               [this] { goBack(); });
    addCommand(QStringLiteral("go.forward"), QT_TR_NOOP("Go"), QT_TR_NOOP("&Forward"),
               key("Alt+Right"), [this] { goForward(); });
    addCommand(QStringLiteral("go.nextTab"), QT_TR_NOOP("Go"), QT_TR_NOOP("&Next Tab"),
               key("Ctrl+PgDown"), [this] {
                   if (QTabWidget *group = activeGroup(); group && group->count() > 0)
                       group->setCurrentIndex((group->currentIndex() + 1) % group->count());
               });
    addCommand(QStringLiteral("go.previousTab"), QT_TR_NOOP("Go"), QT_TR_NOOP("&Previous Tab"),
               key("Ctrl+PgUp"), [this] {
                   if (QTabWidget *group = activeGroup(); group && group->count() > 0)
                       group->setCurrentIndex((group->currentIndex() + group->count() - 1)
                                              % group->count());
               });

    addCommand(QStringLiteral("view.commandPalette"), QT_TR_NOOP("View"),
               QT_TR_NOOP("&Command Palette…"), key("Ctrl+Shift+P"),
               [this] { showQuickOpen(QStringLiteral(">")); });
    addCommand(QStringLiteral("view.splitRight"), QT_TR_NOOP("View"),
               QT_TR_NOOP("&Split Editor Right"), key("Ctrl+\\"), [this] { splitRight(); });
    addCommand(QStringLiteral("git.diffWithHead"), QT_TR_NOOP("View"),
               QT_TR_NOOP("&Open Changes (Diff with HEAD)"), QKeySequence(),
               [this] { openDiffWithHead(); });
    addCommand(QStringLiteral("view.terminal"), QT_TR_NOOP("View"), QT_TR_NOOP("&Terminal"),
               key("Ctrl+`"), [this] {
                   if (m_terminalDock && m_terminalDock->isVisible())
                       m_terminalDock->hide();
                   else
                       showTerminal();
               });
    addCommand(QStringLiteral("terminal.new"), QT_TR_NOOP("View"), QT_TR_NOOP("&New Terminal"),
               key("Ctrl+Shift+`"), [this] { newTerminal(); });
    addCommand(QStringLiteral("view.changes"), QT_TR_NOOP("View"), QT_TR_NOOP("Source &Control"),
               key("Ctrl+Shift+G"), [this] {
                   if (m_changesDock && m_changesDock->isVisible())
                       m_changesDock->hide();
                   else
                       showChanges();
               });
    QAction *hideIgnored = addCommand(QStringLiteral("view.hideIgnored"), QT_TR_NOOP("View"),
                                      QT_TR_NOOP("Hide &Ignored Files"), QKeySequence(), [] {});
    hideIgnored->setCheckable(true);
    hideIgnored->setChecked(QSettings().value(QStringLiteral("fileTree/hideIgnored")).toBool());
    m_ignoredHider->setEnabled(hideIgnored->isChecked());
    connect(hideIgnored, &QAction::toggled, this, [this](bool hide) {
        m_ignoredHider->setEnabled(hide);
        QSettings().setValue(QStringLiteral("fileTree/hideIgnored"), hide);
    });
    addCommand(QStringLiteral("git.switchBranch"), QT_TR_NOOP("View"),
               QT_TR_NOOP("S&witch Git Branch…"), QKeySequence(),
               [this] { m_branchButton->showBranchMenu(); });
    addCommand(QStringLiteral("git.createBranch"), QT_TR_NOOP("View"),
               QT_TR_NOOP("Create Git &Branch…"), QKeySequence(),
               [this] { m_branchButton->createBranch(); });
    addCommand(QStringLiteral("view.search"), QT_TR_NOOP("View"),
               QT_TR_NOOP("&Search in Files…"), key("Ctrl+Shift+F"), [this] { showSearch(); });
    addCommand(QStringLiteral("view.zoomIn"), QT_TR_NOOP("View"), QT_TR_NOOP("Zoom &In"),
               QKeySequence::ZoomIn, [this] {
                   if (EditorView *editor = currentEditor())
                       editor->zoomIn();
               });
    addCommand(QStringLiteral("view.zoomOut"), QT_TR_NOOP("View"), QT_TR_NOOP("Zoom &Out"),
               QKeySequence::ZoomOut, [this] {
                   if (EditorView *editor = currentEditor())
                       editor->zoomOut();
               });
    addCommand(QStringLiteral("view.zoomReset"), QT_TR_NOOP("View"), QT_TR_NOOP("Reset &Zoom"),
               key("Ctrl+0"), withEditor(&EditorView::zoomReset));
    m_wrapAction = addCommand(QStringLiteral("view.wordWrap"), QT_TR_NOOP("View"),
                              QT_TR_NOOP("&Word Wrap"), key("Alt+Z"), [this] {
                                  for (EditorView *editor : editors())
                                      editor->setWordWrap(m_wrapAction->isChecked());
                              });
    m_wrapAction->setCheckable(true);
    m_whitespaceAction
        = addCommand(QStringLiteral("view.whitespace"), QT_TR_NOOP("View"),
                     QT_TR_NOOP("Show &Whitespace"), QKeySequence(), [this] {
                         for (EditorView *editor : editors())
                             editor->setShowWhitespace(m_whitespaceAction->isChecked());
                     });
    m_whitespaceAction->setCheckable(true);
    m_eolMarkersAction
        = addCommand(QStringLiteral("view.lineEndings"), QT_TR_NOOP("View"),
                     QT_TR_NOOP("Show &Line Endings"), QKeySequence(), [this] {
                         for (EditorView *editor : editors())
                             editor->setShowLineEndings(m_eolMarkersAction->isChecked());
                     });
    m_eolMarkersAction->setCheckable(true);

    // Language names are written in their own language, so anyone can find theirs.
    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = new QAction(m_languageGroup);
    m_systemLanguageAction->setCheckable(true);
    m_systemLanguageAction->setData(QString());
    const QList<QPair<QString, QString>> languages = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("zh_TW"), QStringLiteral("繁體中文")},
    };
    for (const auto &[code, name] : languages) {
        auto *action = new QAction(name, m_languageGroup);
        action->setCheckable(true);
        action->setData(code);
    }
    const QString preference = m_language.preference();
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == preference);
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { m_language.setPreference(action->data().toString()); });

    addCommand(QStringLiteral("settings.open"), QT_TR_NOOP("Settings"),
               QT_TR_NOOP("&Preferences…"), key("Ctrl+,"), [this] { showSettings(); });

    QAction *about
        = addCommand(QStringLiteral("help.about"), QT_TR_NOOP("Help"), QT_TR_NOOP("&About Baton"),
                     QKeySequence(), [this] {
                         QMessageBox::about(this, tr("About Baton"),
                                            tr("<h3>Baton %1</h3><p>A native AI IDE: desktop "
                                               "editing, model switching from a dropdown, and "
                                               "delegated tasks on the model of your choice.</p>")
                                                .arg(QApplication::applicationVersion()));
                     });
    about->setMenuRole(QAction::AboutRole);

    // Undo and redo also live in the editor itself; their shortcuts stay the editor's.
    command(QStringLiteral("edit.undo"))->setShortcutContext(Qt::WidgetShortcut);
    command(QStringLiteral("edit.redo"))->setShortcutContext(Qt::WidgetShortcut);
}

void MainWindow::createMenus()
{
    static const char *const order[]
        = {QT_TR_NOOP("&File"), QT_TR_NOOP("&Edit"),     QT_TR_NOOP("&Go"),
           QT_TR_NOOP("&View"), QT_TR_NOOP("&Settings"), QT_TR_NOOP("&Help")};
    static const char *const categories[] = {"File", "Edit", "Go", "View", "Settings", "Help"};
    for (int i = 0; i < 6; ++i) {
        QMenu *menu = menuBar()->addMenu(QString());
        m_menus.append({menu, order[i]});
        QString previousGroup;
        for (const Command &command : std::as_const(m_commands)) {
            if (qstrcmp(command.category, categories[i]) != 0)
                continue;
            if (command.id == u"file.save" || command.id == u"file.close"
                || command.id == u"file.quit" || command.id == u"edit.find"
                || command.id == u"edit.toggleComment" || command.id == u"edit.selectNextOccurrence"
                || command.id == u"go.nextTab" || command.id == u"view.zoomIn"
                || command.id == u"view.wordWrap")
                menu->addSeparator();
            menu->addAction(command.action);
        }
        if (qstrcmp(categories[i], "Settings") == 0) {
            m_languageMenu = menu->addMenu(QString());
            m_languageMenu->addActions(m_languageGroup->actions());
        }
    }
}

void MainWindow::retranslate()
{
    for (const auto &[menu, text] : std::as_const(m_menus))
        menu->setTitle(tr(text));
    for (auto it = m_commandTexts.cbegin(); it != m_commandTexts.cend(); ++it)
        it.key()->setText(tr(it.value()));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("Follow the System"));
    if (m_terminalDock)
        m_terminalDock->setWindowTitle(tr("Terminal"));
    if (m_changesDock)
        m_changesDock->setWindowTitle(tr("Source Control"));
    m_searchDock->setWindowTitle(tr("Search"));
    setWindowTitle(m_folder.isEmpty() ? tr("Baton")
                                      : tr("%1 — Baton").arg(QDir::toNativeSeparators(m_folder)));
    m_indentationButton->setToolTip(tr("Indentation"));
    m_eolButton->setToolTip(tr("Line endings"));
    m_languageButton->setToolTip(tr("Language mode"));
    m_encodingButton->setToolTip(tr("Encoding: reopen or save with another encoding"));
    updateWelcome();
    for (EditorView *editor : editors())
        updateTabTitle(editor);
    updateStatus();
}

void MainWindow::updateWelcome()
{
    const QString openFolder
        = command(QStringLiteral("file.openFolder"))->shortcut().toString(QKeySequence::NativeText);
    const QString quickOpen
        = command(QStringLiteral("file.openFile"))->shortcut().toString(QKeySequence::NativeText);
    QString html;
    if (m_folder.isEmpty()) {
        html = tr("<h2>Baton</h2><p>Open a folder to start: <b>File ▸ Open Folder…</b> (%1)</p>")
                   .arg(openFolder);
        const QStringList recent = recentWorkspaces();
        if (!recent.isEmpty()) {
            html += u"<h3>"_s + tr("Recent") + u"</h3><p>"_s;
            for (const QString &folder : recent) {
                html += QStringLiteral(
                            "<a href=\"%1\">%2</a> <span style=\"color:gray\">%3</span><br>")
                            .arg(QUrl::fromLocalFile(folder).toString().toHtmlEscaped(),
                                 QFileInfo(folder).fileName().toHtmlEscaped(),
                                 QDir::toNativeSeparators(folder).toHtmlEscaped());
            }
            html += u"</p>"_s;
        }
    } else {
        html = tr("<h2>%1</h2><p>Go to any file by name with <b>Go ▸ Go to File…</b> (%3), run "
                  "any command with <b>View ▸ Command Palette…</b> (%4), or open a file from "
                  "the tree on the left or with <b>File ▸ Open File…</b> (%2).</p>")
                   .arg(QFileInfo(m_folder).fileName().toHtmlEscaped(), quickOpen,
                        command(QStringLiteral("go.quickOpen"))
                            ->shortcut()
                            .toString(QKeySequence::NativeText),
                        command(QStringLiteral("view.commandPalette"))
                            ->shortcut()
                            .toString(QKeySequence::NativeText));
    }
    m_welcome->setText(html);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

QStringList MainWindow::recentWorkspaces() const
{
    QStringList recent = QSettings().value(recentWorkspacesKey).toStringList();
    recent.removeIf([](const QString &folder) { return !QFileInfo(folder).isDir(); });
    return recent;
}

void MainWindow::addRecentWorkspace(const QString &folder)
{
    QSettings settings;
    QStringList recent = settings.value(recentWorkspacesKey).toStringList();
    recent.removeAll(folder);
    recent.prepend(folder);
    while (recent.size() > maxRecentWorkspaces)
        recent.removeLast();
    settings.setValue(recentWorkspacesKey, recent);
}

void MainWindow::addRecentFile(const QString &path)
{
    if (m_folder.isEmpty() || !path.startsWith(m_folder + u'/'))
        return;
    if (!m_recentFiles.isEmpty() && m_recentFiles.first() == path)
        return;
    m_recentFiles.removeAll(path);
    m_recentFiles.prepend(path);
    while (m_recentFiles.size() > maxRecentFiles)
        m_recentFiles.removeLast();
    QSettings().setValue(recentFilesKey(m_folder), m_recentFiles);
}

void MainWindow::showQuickOpen(const QString &text)
{
    m_fileIndex->refreshIfOlderThan(quickOpenRescanAfterMs);
    QList<QuickOpen::Command> commands;
    for (const Command &command : std::as_const(m_commands)) {
        commands.append({command.id, command.action,
                         tr(command.category) + u": "_s + withoutMnemonic(command.action->text())});
    }
    m_quickOpen->setCommands(commands);
    m_quickOpen->setRecentFiles(m_recentFiles);
    m_quickOpen->popup(text);
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Open Folder"), m_folder.isEmpty() ? QDir::homePath() : m_folder);
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::chooseFile()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open File"), m_folder.isEmpty() ? QDir::homePath() : m_folder);
    for (const QString &file : files)
        openFile(file);
}

void MainWindow::openFolder(const QString &folder)
{
    const QFileInfo info(folder);
    m_folder = info.absoluteFilePath();
    const QModelIndex root = m_model->setRootPath(m_folder);
    m_tree->setRootIndex(root);
    m_tree->setVisible(true);
    if (m_terminals)
        m_terminals->setWorkingDirectory(m_folder);
    addRecentWorkspace(m_folder);
    m_recentFiles = QSettings().value(recentFilesKey(m_folder)).toStringList();
    m_fileIndex->setFolder(m_folder);
    if (m_searchDock->isVisible())
        m_searchPanel->setFolder(m_folder);
    retranslate();
    refreshGitBranch();
    m_branchButton->setFolder(m_folder);
    // Git status is not needed for the first paint: scan once the event loop has shown the tree.
    QTimer::singleShot(0, m_gitStatus, [this, folder = m_folder] {
        if (folder == m_folder)
            m_gitStatus->setFolder(folder);
    });
    Q_EMIT folderOpened(m_folder);
    if (editors().isEmpty())
        restoreSession();
}

// ---- editor groups and tabs -------------------------------------------------------------

QTabWidget *MainWindow::createGroup()
{
    auto *group = new QTabWidget(m_groupSplitter);
    group->setObjectName(m_groups.isEmpty()
                             ? QStringLiteral("editorTabs")
                             : QStringLiteral("editorTabs%1").arg(m_groups.size() + 1));
    group->setTabsClosable(true);
    group->setMovable(true);
    group->setDocumentMode(true);
    group->setElideMode(Qt::ElideMiddle);
    group->tabBar()->setContextMenuPolicy(Qt::CustomContextMenu);
    group->tabBar()->installEventFilter(this); // middle-click closes
    connect(group, &QTabWidget::tabCloseRequested, this,
            [this, group](int index) { closeTab(group, index); });
    connect(group->tabBar(), &QTabBar::tabMoved,
            this, [this] { m_sessionKeeper->markChanged(); });
    connect(group, &QTabWidget::currentChanged, this, [this, group] {
        m_sessionKeeper->markChanged();
        if (auto *shown = qobject_cast<EditorView *>(group->currentWidget()))
            addRecentFile(shown->filePath());
        if (group == activeGroup())
            m_findBar->setEditor(currentEditor());
        updateStatus();
    });
    connect(group->tabBar(), &QWidget::customContextMenuRequested, this,
            [this, group](const QPoint &position) {
                const int index = group->tabBar()->tabAt(position);
                if (index >= 0)
                    showTabMenu(group, index, group->tabBar()->mapToGlobal(position));
            });
    m_groupSplitter->addWidget(group);
    m_groups.append(group);
    if (!m_activeGroup)
        m_activeGroup = group;
    return group;
}

QTabWidget *MainWindow::activeGroup() const
{
    return m_activeGroup ? m_activeGroup.data() : m_groups.first();
}

QTabWidget *MainWindow::groupOf(EditorView *editor) const
{
    for (QTabWidget *group : m_groups) {
        if (group->indexOf(editor) >= 0)
            return group;
    }
    return nullptr;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        for (QTabWidget *group : std::as_const(m_groups)) {
            if (watched == group->tabBar() && mouse->button() == Qt::MiddleButton) {
                const int index = group->tabBar()->tabAt(mouse->position().toPoint());
                if (index >= 0)
                    closeTab(group, index);
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

EditorView *MainWindow::currentEditor() const
{
    return qobject_cast<EditorView *>(activeGroup()->currentWidget());
}

QList<EditorView *> MainWindow::editors() const
{
    QList<EditorView *> all;
    for (QTabWidget *group : m_groups) {
        for (int i = 0; i < group->count(); ++i) {
            if (auto *editor = qobject_cast<EditorView *>(group->widget(i)))
                all.append(editor);
        }
    }
    return all;
}

EditorView *MainWindow::editorFor(const QString &path) const
{
    const QString wanted = QFileInfo(path).absoluteFilePath();
    // The active group's view first.
    QList<QTabWidget *> order = m_groups;
    order.removeOne(activeGroup());
    order.prepend(activeGroup());
    for (QTabWidget *group : order) {
        for (int i = 0; i < group->count(); ++i) {
            auto *editor = qobject_cast<EditorView *>(group->widget(i));
            if (editor && !editor->filePath().isEmpty() && editor->filePath() == wanted)
                return editor;
        }
    }
    return nullptr;
}

QString MainWindow::displayName(EditorView *editor) const
{
    return editor->filePath().isEmpty() ? editor->untitledName()
                                        : QFileInfo(editor->filePath()).fileName();
}

void MainWindow::setupEditor(EditorView *editor)
{
    editor->setWordWrap(m_wrapAction->isChecked());
    editor->setShowWhitespace(m_whitespaceAction->isChecked());
    editor->setShowLineEndings(m_eolMarkersAction->isChecked());
    connect(editor, &EditorView::modificationChanged, this, [this, editor] {
        for (EditorView *view : editors()) {
            if (view == editor || view->documentId() == editor->documentId())
                updateTabTitle(view);
        }
    });
    connect(editor, &EditorView::cursorPositionChanged, this, &MainWindow::updateStatus);
    connect(editor, &EditorView::cursorPositionChanged,
            this, [this] { m_sessionKeeper->markChanged(); });
    connect(editor, &EditorView::textChanged, this, [this] {
        m_sessionKeeper->markChanged();
        if (m_settings.autoSave == Core::EditorSettings::AutoSave::AfterDelay)
            m_autoSaveTimer->start(m_settings.autoSaveDelayMs);
    });
    applyEditorSettings(editor);
    connect(editor, &EditorView::modificationChanged,
            this, [this] { m_sessionKeeper->markChanged(); });
    connect(editor, &EditorView::selectionChanged, this, &MainWindow::updateStatus);
    connect(editor, &EditorView::definitionChanged, this, &MainWindow::updateStatus);
    connect(editor, &EditorView::indentationChanged, this, &MainWindow::updateStatus);
    m_gutter->attach(editor);
}

EditorView *MainWindow::addEditor(QTabWidget *group, EditorView *editor, const QString &title)
{
    setupEditor(editor);
    const int index = group->addTab(editor, title);
    group->setTabToolTip(
        index, editor->filePath().isEmpty() ? title : QDir::toNativeSeparators(editor->filePath()));
    group->setCurrentIndex(index);
    m_activeGroup = group;
    m_centre->setCurrentWidget(m_editorArea);
    editor->setFocus();
    m_findBar->setEditor(editor);
    updateTabTitle(editor);
    updateStatus();
    return editor;
}

void MainWindow::newFile()
{
    auto *editor = new EditorView(m_syntax, activeGroup());
    editor->setUntitledName(tr("Untitled-%1").arg(++m_untitledCount));
    editor->setIndentation(!m_settings.insertSpaces, m_settings.indentWidth);
    addEditor(activeGroup(), editor, editor->untitledName());
}

void MainWindow::openFile(const QString &path, int line, int column)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (EditorView *open = editorFor(absolute)) {
        recordLocation();
        QTabWidget *group = groupOf(open);
        group->setCurrentWidget(open);
        m_activeGroup = group;
        open->setFocus();
        if (line >= 0)
            open->goToPosition(line, column);
        return;
    }
    if (m_loading.contains(absolute))
        return;
    m_loading.insert(absolute, 1);
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(absolute)));
    runAsync(
        this, [absolute] { return Core::TextFile::read(absolute); },
        [this, absolute, line, column](const Core::Result<Core::TextFileContent> &read) {
            m_loading.remove(absolute);
            statusBar()->clearMessage();
            if (!read.ok()) {
                statusBar()->showMessage(read.errorMessage(), 10000);
                Q_EMIT fileOpenFailed(absolute, read.errorMessage());
                return;
            }
            recordLocation();
            QTabWidget *group = activeGroup();
            auto *editor = new EditorView(m_syntax, group);
            editor->setFileContent(absolute, read->bytes);
            editor->setEncoding(read->encoding);
            applyDefaultIndentation(editor, read->bytes);
            editor->setModified(false);
            if (!read->lossless) {
                // Editing would replace the bytes that cannot be decoded; protect the file.
                editor->setReadOnly(true);
                statusBar()->showMessage(
                    tr("%1 is not valid %2; it is open read-only so that no byte is lost. "
                       "Reopen it with another encoding from the status bar.")
                        .arg(QFileInfo(absolute).fileName(), read->encoding.displayName()),
                    15000);
            }
            if (editor->highlightingOffForSize()) {
                statusBar()->showMessage(tr("Highlighting is off for this large file; choose its "
                                            "language from the status bar to turn it on."),
                                         15000);
            }
            addEditor(group, editor, QFileInfo(absolute).fileName());
            if (line >= 0)
                editor->goToPosition(line, column);
            BenchReadyProbe::watch(editor, absolute);
            watchFile(absolute);
            Q_EMIT fileOpened(absolute);
        });
}

void MainWindow::splitRight()
{
    EditorView *editor = currentEditor();
    if (m_groups.size() < 2)
        createGroup();
    QTabWidget *other = m_groups.at(activeGroup() == m_groups.at(0) ? 1 : 0);
    if (!editor) {
        m_activeGroup = other;
        return;
    }
    // The file already shown there: just go to it.
    for (int i = 0; i < other->count(); ++i) {
        auto *view = qobject_cast<EditorView *>(other->widget(i));
        if (view && view->documentId() == editor->documentId()) {
            other->setCurrentIndex(i);
            m_activeGroup = other;
            view->setFocus();
            return;
        }
    }
    int line = 0;
    int column = 0;
    editor->getCursorPosition(&line, &column);
    auto *view = new EditorView(m_syntax, other);
    view->shareDocumentOf(editor);
    view->setEncoding(editor->encoding());
    addEditor(other, view, displayName(editor));
    view->setCursorPosition(line, column);
}

void MainWindow::updateTabTitle(EditorView *editor)
{
    QTabWidget *group = groupOf(editor);
    if (!group)
        return;
    const int index = group->indexOf(editor);
    const QString name = displayName(editor);
    group->setTabText(index, editor->isModified() ? QStringLiteral("● ") + name : name);
}

bool MainWindow::isLastViewOfDocument(EditorView *editor) const
{
    for (EditorView *view : editors()) {
        if (view != editor && view->documentId() == editor->documentId())
            return false;
    }
    return true;
}

void MainWindow::showTabMenu(QTabWidget *group, int index, const QPoint &globalPosition)
{
    auto *editor = qobject_cast<EditorView *>(group->widget(index));
    if (!editor)
        return;
    QMenu menu(this);
    menu.addAction(tr("Close"), this,
                   [this, group, editor] { closeTab(group, group->indexOf(editor)); });
    menu.addAction(tr("Close Others"), this, [this, group, editor] {
        QList<EditorView *> others;
        for (int i = 0; i < group->count(); ++i) {
            if (group->widget(i) != editor)
                others.append(qobject_cast<EditorView *>(group->widget(i)));
        }
        closeTabs(group, others);
    });
    menu.addAction(tr("Close to the Right"), this, [this, group, editor] {
        QList<EditorView *> right;
        for (int i = group->indexOf(editor) + 1; i < group->count(); ++i)
            right.append(qobject_cast<EditorView *>(group->widget(i)));
        closeTabs(group, right);
    });
    menu.addAction(tr("Close Saved"), this, [this, group] {
        QList<EditorView *> saved;
        for (int i = 0; i < group->count(); ++i) {
            auto *view = qobject_cast<EditorView *>(group->widget(i));
            if (view && !view->isModified())
                saved.append(view);
        }
        closeTabs(group, saved);
    });
    menu.addAction(tr("Close All"), this, [this, group] {
        QList<EditorView *> all;
        for (int i = 0; i < group->count(); ++i)
            all.append(qobject_cast<EditorView *>(group->widget(i)));
        closeTabs(group, all);
    });
    if (!editor->filePath().isEmpty()) {
        menu.addSeparator();
        const QString path = editor->filePath();
        menu.addAction(tr("Copy Path"), this, [path] {
            QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(path));
        });
        if (!m_folder.isEmpty() && path.startsWith(m_folder + u'/')) {
            menu.addAction(tr("Copy Relative Path"), this, [this, path] {
                QGuiApplication::clipboard()->setText(QDir(m_folder).relativeFilePath(path));
            });
            menu.addAction(tr("Reveal in File Tree"), this, [this, path] {
                const QModelIndex item = m_model->index(path);
                m_tree->scrollTo(item);
                m_tree->setCurrentIndex(item);
            });
        }
    }
    menu.addSeparator();
    menu.addAction(tr("Split Right"), this, [this, group, editor] {
        group->setCurrentWidget(editor);
        m_activeGroup = group;
        splitRight();
    });
    menu.exec(globalPosition);
}

void MainWindow::closeTabs(QTabWidget *group, const QList<EditorView *> &editors)
{
    m_sessionKeeper->markChanged();
    QList<EditorView *> modified;
    for (EditorView *editor : editors) {
        if (editor && editor->isModified() && !editor->isReadOnly() && isLastViewOfDocument(editor))
            modified.append(editor);
    }
    bool saveFirst = false;
    if (!confirmDiscard(modified, &saveFirst))
        return;
    for (EditorView *editor : editors) {
        if (!editor)
            continue;
        if (saveFirst && modified.contains(editor)) {
            closeTab(group, group->indexOf(editor)); // saves, then closes
            continue;
        }
        if (!editor->filePath().isEmpty())
            m_closedFiles.append(editor->filePath());
        group->removeTab(group->indexOf(editor));
        editor->deleteLater();
    }
    unwatchUnusedFiles();
    if (group != m_groups.first() && group->count() == 0) {
        m_groups.removeOne(group);
        group->deleteLater();
        m_activeGroup = m_groups.first();
    }
    updateStatus();
}

void MainWindow::closeTab(QTabWidget *group, int index)
{
    m_sessionKeeper->markChanged();
    auto *editor = qobject_cast<EditorView *>(group->widget(index));
    if (!editor) {
        // Another kind of tab (a diff): nothing to save.
        if (QWidget *page = group->widget(index)) {
            group->removeTab(index);
            page->deleteLater();
        }
        if (group != m_groups.first() && group->count() == 0) {
            m_groups.removeOne(group);
            group->deleteLater();
            m_activeGroup = m_groups.first();
        }
        updateStatus();
        return;
    }
    QList<EditorView *> modified;
    if (editor->isModified() && !editor->isReadOnly() && isLastViewOfDocument(editor))
        modified.append(editor);
    bool saveFirst = false;
    if (!confirmDiscard(modified, &saveFirst))
        return;
    if (saveFirst) {
        QPointer<EditorView> guard(editor);
        connect(this, &MainWindow::saved, guard, [this, guard](const QString &path) {
            if (guard && path == guard->filePath() && !guard->isModified()) {
                if (QTabWidget *owner = groupOf(guard)) {
                    owner->removeTab(owner->indexOf(guard));
                    guard->deleteLater();
                    unwatchUnusedFiles();
                }
            }
        });
        save(editor, false);
        return;
    }
    if (!editor->filePath().isEmpty())
        m_closedFiles.append(editor->filePath());
    group->removeTab(index);
    editor->deleteLater();
    unwatchUnusedFiles();
    // An empty second group goes away, as in VS Code.
    if (group != m_groups.first() && group->count() == 0) {
        m_groups.removeOne(group);
        group->deleteLater();
        m_activeGroup = m_groups.first();
    }
    if (editors().isEmpty() || (editors().size() == 1 && editors().first() == editor))
        m_findBar->setEditor(nullptr);
    updateStatus();
}

// ---- saving -------------------------------------------------------------------------------

void MainWindow::saveCurrent()
{
    if (EditorView *editor = currentEditor())
        save(editor, false);
}

void MainWindow::saveAll()
{
    QList<quintptr> documents;
    for (EditorView *editor : editors()) {
        // One save per document, also when it is shown in both groups.
        if (!editor->isModified() || editor->isReadOnly()
            || documents.contains(editor->documentId()))
            continue;
        documents.append(editor->documentId());
        save(editor, false);
    }
}

void MainWindow::saveCurrentAs()
{
    EditorView *editor = currentEditor();
    if (!editor)
        return;
    const QString suggested = editor->filePath().isEmpty()
                                  ? (m_folder.isEmpty() ? QDir::homePath() : m_folder)
                                  : editor->filePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save As"), suggested);
    if (!path.isEmpty())
        saveEditorAs(editor, path);
}

void MainWindow::saveEditorAs(EditorView *editor, const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QByteArray bytes = editor->utf8Text();
    const Core::TextEncoding encoding = editor->encoding();
    QPointer<EditorView> guard(editor);
    runAsync(
        this, [absolute, bytes, encoding] { return Core::TextFile::write(absolute, bytes, encoding); },
        [this, guard, absolute, bytes](const Core::Status &written) {
            if (!written.ok()) {
                QMessageBox::warning(this, tr("Save Failed"), written.errorMessage());
                Q_EMIT saveFailed(absolute, written.errorMessage());
                return;
            }
            if (guard) {
                for (EditorView *view : editors()) {
                    if (view->documentId() == guard->documentId()) {
                        view->setFilePath(absolute);
                        if (QTabWidget *group = groupOf(view))
                            group->setTabToolTip(group->indexOf(view),
                                                 QDir::toNativeSeparators(absolute));
                    }
                }
                if (guard->utf8Text() == bytes)
                    guard->setModified(false);
                updateTabTitle(guard);
                watchFile(absolute);
            }
            m_savedBytes.insert(absolute, QCryptographicHash::hash(bytes, QCryptographicHash::Sha1));
            statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(absolute)), 4000);
            updateStatus();
            m_gitStatus->pathsChanged({absolute});
            Q_EMIT saved(absolute);
        });
}

void MainWindow::save(EditorView *editor, bool closeWhenDone, bool quiet)
{
    if (editor->isReadOnly()) {
        if (closeWhenDone && --m_pendingCloseSaves == 0)
            close();
        return;
    }
    if (editor->filePath().isEmpty()) {
        // Untitled: ask for a name.
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Save As"),
                                           QDir(m_folder.isEmpty() ? QDir::homePath() : m_folder)
                                               .filePath(editor->untitledName()));
        if (path.isEmpty()) {
            m_pendingCloseSaves = 0;
            return;
        }
        saveEditorAs(editor, path);
        return;
    }
    const QString path = editor->filePath();
    const QByteArray bytes = editor->utf8Text();
    const Core::TextEncoding encoding = editor->encoding();
    QPointer<EditorView> guard(editor);
    runAsync(
        this, [path, bytes, encoding] { return Core::TextFile::write(path, bytes, encoding); },
        [this, guard, path, bytes, closeWhenDone, quiet](const Core::Status &written) {
            if (!written.ok()) {
                m_pendingCloseSaves = 0;
                statusBar()->showMessage(written.errorMessage(), 15000);
                // Auto-save tells in the status bar only: a box every second helps nobody.
                if (!quiet)
                    QMessageBox::warning(this, tr("Save Failed"), written.errorMessage());
                Q_EMIT saveFailed(path, written.errorMessage());
                return;
            }
            // Typing may have gone on while the file was written; only what was written is
            // clean.
            if (guard && guard->utf8Text() == bytes)
                guard->setModified(false);
            m_savedBytes.insert(path, QCryptographicHash::hash(bytes, QCryptographicHash::Sha1));
            statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
            refreshGitBranch();
            m_gitStatus->pathsChanged({path});
            Q_EMIT saved(path);
            if (closeWhenDone && --m_pendingCloseSaves == 0)
                close();
        });
}

QList<EditorView *> MainWindow::modifiedEditors() const
{
    QList<EditorView *> modified;
    QList<quintptr> documents;
    for (EditorView *editor : editors()) {
        if (editor->isModified() && !editor->isReadOnly()
            && !documents.contains(editor->documentId())) {
            documents.append(editor->documentId());
            modified.append(editor);
        }
    }
    return modified;
}

// Asks what to do with unsaved changes. Returns false when the user cancels.
bool MainWindow::confirmDiscard(const QList<EditorView *> &editors, bool *saveFirst)
{
    *saveFirst = false;
    if (editors.isEmpty())
        return true;
    QStringList names;
    for (EditorView *editor : editors)
        names.append(displayName(editor));
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Changes"),
        tr("Save the changes to %1?").arg(names.join(QStringLiteral(", "))),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    *saveFirst = answer == QMessageBox::Save;
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_pendingCloseSaves > 0) {
        event->ignore(); // saves are still being written; the last one closes the window
        return;
    }
    if (!m_hotExitDone && m_settings.hotExit) {
        // Hot exit: quitting does not ask; unsaved work is backed up and comes back next time.
        // Only when the backup cannot be written does the window ask, as before.
        event->ignore();
        if (m_hotExitPending)
            return;
        m_hotExitPending = true;
        m_sessionKeeper->stopTimer();
        m_sessionKeeper->backupThen([this](bool ok) {
            m_hotExitPending = false;
            m_hotExitDone = true;
            m_finalBackupDone = ok; // that backup, with the unsaved work, is the last one
            if (ok) {
                for (EditorView *editor : editors())
                    editor->setModified(false); // kept in the backup; nothing to ask
            }
            if (!close()) {
                m_hotExitDone = false;
                m_sessionKeeper->startTimer();
            }
        });
        return;
    }
    const QList<EditorView *> modified = modifiedEditors();
    bool saveFirst = false;
    if (!confirmDiscard(modified, &saveFirst)) {
        event->ignore();
        return;
    }
    if (saveFirst) {
        event->ignore();
        m_pendingCloseSaves = int(modified.size());
        for (EditorView *editor : modified)
            save(editor, true);
        return;
    }
    for (EditorView *editor : modified)
        editor->setModified(false); // discarded: do not ask again
    if (!m_finalBackupDone) {
        // The backup on disk must not bring back what the user just saved or discarded.
        event->ignore();
        m_sessionKeeper->stopTimer();
        m_sessionKeeper->backupThen([this](bool) {
            m_finalBackupDone = true;
            close();
        });
        return;
    }
    event->accept();
}

// ---- files changed on disk ------------------------------------------------------------------

void MainWindow::watchFile(const QString &path)
{
    if (!m_watcher->files().contains(path))
        m_watcher->addPath(path);
}

void MainWindow::unwatchUnusedFiles()
{
    QTimer::singleShot(0, this, [this] {
        const QList<EditorView *> open = editors();
        for (const QString &path : m_watcher->files()) {
            const bool used = std::any_of(open.cbegin(), open.cend(), [&](EditorView *editor) {
                return editor->filePath() == path;
            });
            if (!used)
                m_watcher->removePath(path);
        }
    });
}

void MainWindow::fileChanged(const QString &path)
{
    // Editors and tools often replace a file (write a new one, rename it over): watch the new
    // one.
    QTimer::singleShot(100, this, [this, path] {
        if (QFileInfo::exists(path))
            watchFile(path);
    });
    runAsync(
        this, [path] { return Core::TextFile::read(path); },
        [this, path](const Core::Result<Core::TextFileContent> &read) {
            EditorView *editor = editorFor(path);
            if (!editor || !read.ok())
                return; // closed meanwhile, or deleted (the buffer keeps the text)
            if (read->bytes == editor->utf8Text())
                return; // no change
            // Our own save, with typing gone on since: the disk holds what we wrote.
            if (m_savedBytes.value(path)
                == QCryptographicHash::hash(read->bytes, QCryptographicHash::Sha1))
                return;
            if (!editor->isModified()) {
                // Clean: reload in place, keeping the cursor and the scroll position.
                int line = 0;
                int column = 0;
                editor->getCursorPosition(&line, &column);
                const int top = editor->firstVisibleLine();
                editor->setFileContent(path, read->bytes);
                editor->setEncoding(read->encoding);
                editor->setReadOnly(!read->lossless);
                editor->setFirstVisibleLine(top);
                editor->goToPosition(line, column);
                statusBar()->showMessage(
                    tr("%1 changed on disk and was reloaded.").arg(QFileInfo(path).fileName()),
                    5000);
                Q_EMIT fileChangedOnDisk(path, true);
                return;
            }
            Q_EMIT fileChangedOnDisk(path, false);
            QPointer<EditorView> guard(editor);
            const auto answer = QMessageBox::question(
                this, tr("File Changed on Disk"),
                tr("%1 was changed on disk, and you have unsaved changes to it.\n\nReload it "
                   "from disk and lose your changes, or keep your version (saving will "
                   "overwrite the file)?")
                    .arg(QDir::toNativeSeparators(path)),
                QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Ignore);
            if (answer == QMessageBox::Discard && guard) {
                guard->setFileContent(path, read->bytes);
                guard->setEncoding(read->encoding);
                guard->setReadOnly(!read->lossless);
                guard->setModified(false);
            }
        });
}

// ---- settings ---------------------------------------------------------------------------------

void MainWindow::showSettings()
{
    QList<SettingsDialog::Command> commands;
    for (const Command &command : std::as_const(m_commands)) {
        commands.append({command.id, tr(command.category),
                         tr(m_commandTexts.value(command.action)).remove(u'&'),
                         m_defaultShortcuts.value(command.id)});
    }
    auto *dialog = new SettingsDialog(m_settings, m_language.preference(), m_syntax, commands, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<SettingsDialog> guard(dialog);
    connect(dialog, &SettingsDialog::applied, this, [this, guard] {
        if (!guard)
            return;
        applySettings(guard->settings());
        if (guard->languagePreference() != m_language.preference())
            m_language.setPreference(guard->languagePreference());
        for (QAction *action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == m_language.preference());
    });
    dialog->open();
}

void MainWindow::applySettings(const Core::EditorSettings &settings)
{
    if (!(settings == m_settings)) {
        m_settings = settings;
        m_settings.save();
    }
    for (const Command &command : std::as_const(m_commands)) {
        const auto changed = m_settings.shortcuts.constFind(command.id);
        command.action->setShortcut(
            changed == m_settings.shortcuts.cend()
                ? m_defaultShortcuts.value(command.id)
                : QKeySequence::fromString(changed.value(), QKeySequence::PortableText));
    }
    // A chosen theme colours the whole window; following the system gives the system's colours.
    // Only when it changes: a new palette re-polishes every widget.
    if (m_paletteTheme != m_settings.themeName) {
        m_paletteTheme = m_settings.themeName;
        const KSyntaxHighlighting::Theme chosen = m_settings.themeName.isEmpty()
                                                      ? KSyntaxHighlighting::Theme()
                                                      : m_syntax.theme(m_settings.themeName);
        QApplication::setPalette(paletteForTheme(chosen));
    }
    if (m_terminals)
        m_terminals->setThemeName(m_settings.themeName);
    for (EditorView *editor : editors())
        applyEditorSettings(editor);
    if (m_changesPanel)
        m_changesPanel->setSmartCommit(m_settings.smartCommit);
    if (m_settings.autoSave != Core::EditorSettings::AutoSave::AfterDelay)
        m_autoSaveTimer->stop();
    updateWelcome();
}

void MainWindow::applyEditorSettings(EditorView *editor)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!m_settings.fontFamily.isEmpty())
        font.setFamily(m_settings.fontFamily);
    if (m_settings.fontPointSize > 0)
        font.setPointSize(m_settings.fontPointSize);
    editor->setEditorFont(font);
    if (m_settings.themeName.isEmpty()) {
        editor->followSystemTheme();
    } else {
        const KSyntaxHighlighting::Theme theme = m_syntax.theme(m_settings.themeName);
        if (theme.isValid())
            editor->setTheme(theme);
        else
            editor->followSystemTheme();
    }
}

void MainWindow::applyDefaultIndentation(EditorView *editor, const QByteArray &utf8Text)
{
    if (m_settings.detectIndentation) {
        if (const std::optional<Core::Indentation> found = Core::guessIndentation(utf8Text)) {
            editor->setIndentation(found->useTabs,
                                   found->useTabs ? m_settings.indentWidth : found->width);
            return;
        }
    }
    editor->setIndentation(!m_settings.insertSpaces, m_settings.indentWidth);
}

void MainWindow::autoSave()
{
    // Files only: an untitled buffer would need a name, and hot exit keeps it anyway.
    QList<quintptr> documents;
    for (EditorView *editor : editors()) {
        if (!editor->isModified() || editor->isReadOnly() || editor->filePath().isEmpty()
            || documents.contains(editor->documentId()))
            continue;
        documents.append(editor->documentId());
        save(editor, false, true);
    }
}

// ---- hot exit -----------------------------------------------------------------------------------

Core::Session MainWindow::snapshotSession() const
{
    Core::Session session;
    for (int g = 0; g < m_groups.size(); ++g) {
        QTabWidget *group = m_groups.at(g);
        if (group == activeGroup())
            session.activeGroup = g;
        for (int i = 0; i < group->count(); ++i) {
            auto *editor = qobject_cast<EditorView *>(group->widget(i));
            if (!editor)
                continue;
            Core::SessionBuffer buffer;
            buffer.filePath = editor->filePath();
            buffer.untitledName = editor->filePath().isEmpty() ? editor->untitledName() : QString();
            buffer.modified = editor->isModified() && !editor->isReadOnly();
            // An untitled buffer is kept while it has text, saved or not.
            if (buffer.filePath.isEmpty() && (buffer.modified || editor->length() > 0))
                buffer.modified = true;
            if (buffer.modified)
                buffer.text = editor->utf8Text();
            buffer.encodingId = editor->encoding().id();
            buffer.eolMode = int(editor->eolMode());
            buffer.group = g;
            buffer.current = group->currentIndex() == i;
            editor->getCursorPosition(&buffer.line, &buffer.column);
            buffer.firstVisibleLine = editor->firstVisibleLine();
            session.buffers.append(buffer);
        }
    }
    return session;
}

void MainWindow::backupSession()
{
    m_sessionKeeper->backupThen({});
}

void MainWindow::restoreSession()
{
    m_sessionKeeper->restore();
}

int MainWindow::applySession(const Core::Session &session,
                             const QHash<QString, Core::Result<Core::TextFileContent>> &files)
{
    QHash<QString, EditorView *> documents; // file path or untitled name → first view
    QHash<int, EditorView *> current;
    int restored = 0;
    for (const Core::SessionBuffer &buffer : session.buffers) {
        const QString key = buffer.filePath.isEmpty()
                                ? QStringLiteral("untitled:") + buffer.untitledName
                                : buffer.filePath;
        if (buffer.group > 0 && m_groups.size() < 2)
            createGroup();
        QTabWidget *group = m_groups.at(std::min<int>(buffer.group, m_groups.size() - 1));
        auto *editor = new EditorView(m_syntax, group);
        if (EditorView *first = documents.value(key)) {
            editor->shareDocumentOf(first);
            editor->setEncoding(first->encoding());
        } else if (buffer.modified) {
            // The file as it is on disk (nothing for an untitled buffer or a deleted file),
            // then the unsaved text as one edit: the buffer is modified, and undo goes back to
            // what is on disk.
            const auto read = files.value(buffer.filePath, Core::Error{});
            editor->setFileContent(buffer.filePath, read.ok() ? read->bytes : QByteArray());
            editor->setEolMode(QsciScintilla::EolMode(buffer.eolMode));
            editor->setEncoding(Core::TextEncoding::fromId(buffer.encodingId));
            editor->SendScintilla(QsciScintillaBase::SCI_TARGETWHOLEDOCUMENT);
            editor->SendScintilla(QsciScintillaBase::SCI_REPLACETARGET,
                                  static_cast<unsigned long>(buffer.text.size()),
                                  buffer.text.constData());
        } else {
            const auto read = files.value(buffer.filePath, Core::Error{});
            if (!read.ok()) {
                delete editor; // gone from disk meanwhile, with nothing unsaved: nothing to show
                continue;
            }
            editor->setFileContent(buffer.filePath, read->bytes);
            editor->setEncoding(read->encoding);
            editor->setReadOnly(!read->lossless);
            editor->setModified(false);
        }
        documents.insert(key, editor);
        if (buffer.filePath.isEmpty()) {
            editor->setUntitledName(buffer.untitledName);
            const QString number = buffer.untitledName.section(u'-', -1);
            m_untitledCount = std::max(m_untitledCount, number.toInt());
        } else {
            watchFile(buffer.filePath);
        }
        addEditor(group, editor, displayName(editor));
        editor->setFirstVisibleLine(buffer.firstVisibleLine);
        editor->setCursorPosition(buffer.line, buffer.column);
        if (buffer.current)
            current.insert(buffer.group, editor);
        ++restored;
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (QTabWidget *group = groupOf(it.value()))
            group->setCurrentWidget(it.value());
    }
    if (session.activeGroup < m_groups.size()) {
        m_activeGroup = m_groups.at(session.activeGroup);
        if (EditorView *editor = currentEditor())
            editor->setFocus();
    }
    m_findBar->setEditor(currentEditor());
    updateStatus();
    if (restored > 0 && session.hasUnsavedWork())
        statusBar()->showMessage(tr("Restored your unsaved changes from the last session."), 8000);
    return restored;
}

// ---- navigation -------------------------------------------------------------------------------

void MainWindow::recordLocation()
{
    EditorView *editor = currentEditor();
    if (!editor || editor->filePath().isEmpty())
        return;
    int line = 0;
    int column = 0;
    editor->getCursorPosition(&line, &column);
    const Location here{editor->filePath(), line, column};
    if (!m_back.isEmpty() && m_back.last().path == here.path && m_back.last().line == here.line)
        return;
    m_back.append(here);
    if (m_back.size() > maxHistory)
        m_back.removeFirst();
    m_forward.clear();
}

void MainWindow::jumpTo(const Location &location)
{
    if (EditorView *editor = editorFor(location.path)) {
        QTabWidget *group = groupOf(editor);
        group->setCurrentWidget(editor);
        m_activeGroup = group;
        editor->goToPosition(location.line, location.column);
        editor->setFocus();
    } else {
        openFile(location.path, location.line, location.column);
    }
}

void MainWindow::goBack()
{
    if (m_back.isEmpty())
        return;
    EditorView *editor = currentEditor();
    if (editor && !editor->filePath().isEmpty()) {
        int line = 0;
        int column = 0;
        editor->getCursorPosition(&line, &column);
        m_forward.append({editor->filePath(), line, column});
    }
    const Location target = m_back.takeLast();
    jumpTo(target);
}

void MainWindow::goForward()
{
    if (m_forward.isEmpty())
        return;
    EditorView *editor = currentEditor();
    if (editor && !editor->filePath().isEmpty()) {
        int line = 0;
        int column = 0;
        editor->getCursorPosition(&line, &column);
        m_back.append({editor->filePath(), line, column});
    }
    jumpTo(m_forward.takeLast());
}

void MainWindow::goToLine()
{
    EditorView *editor = currentEditor();
    if (!editor)
        return;
    int line = 0;
    int column = 0;
    editor->getCursorPosition(&line, &column);
    bool ok = false;
    const QString answer = QInputDialog::getText(
        this, tr("Go to Line"),
        tr("Line (1–%1), optionally followed by :column").arg(editor->lines()), QLineEdit::Normal,
        QString::number(line + 1), &ok);
    if (!ok)
        return;
    const QStringList parts = answer.trimmed().split(u':');
    bool lineOk = false;
    const int wanted = parts.value(0).toInt(&lineOk);
    if (!lineOk) {
        statusBar()->showMessage(tr("“%1” is not a line number.").arg(answer), 5000);
        return;
    }
    recordLocation();
    const int wantedColumn = parts.size() > 1 ? std::max(0, parts.at(1).toInt() - 1) : 0;
    editor->goToPosition(wanted - 1, wantedColumn);
    editor->setFocus();
}

// ---- status bar ---------------------------------------------------------------------------------

void MainWindow::updateStatus()
{
    EditorView *editor = currentEditor();
    const bool anyTab = std::any_of(m_groups.cbegin(), m_groups.cend(),
                                    [](QTabWidget *group) { return group->count() > 0; });
    m_centre->setCurrentWidget(!anyTab ? static_cast<QWidget *>(m_welcome) : m_editorArea);
    const bool hasEditor = editor != nullptr;
    m_indentationButton->setVisible(hasEditor);
    m_encodingButton->setVisible(hasEditor);
    m_eolButton->setVisible(hasEditor);
    m_languageButton->setVisible(hasEditor);
    if (!editor) {
        m_positionLabel->clear();
        return;
    }
    int line = 0;
    int column = 0;
    editor->getCursorPosition(&line, &column);
    QString position = tr("Ln %1, Col %2").arg(line + 1).arg(column + 1);
    const int selected = editor->selectedCharacters();
    const int selections = editor->selectionCount();
    if (selections > 1)
        position += u"  "_s + tr("%n selections", nullptr, selections);
    if (selected > 0)
        position += u"  "_s + tr("(%n selected)", nullptr, selected);
    m_positionLabel->setText(position);
    m_indentationButton->setText(editor->indentationsUseTabs()
                                     ? tr("Tab Size: %1").arg(editor->tabWidth())
                                     : tr("Spaces: %1").arg(editor->indentationWidth()));
    m_encodingButton->setText(editor->encoding().displayName());
    m_eolButton->setText(eolName(editor->eolMode()));
    const KSyntaxHighlighting::Definition definition = editor->definition();
    m_languageButton->setText(definition.isValid() ? definition.translatedName()
                                                   : tr("Plain Text"));
}

void MainWindow::showLanguageMenu()
{
    EditorView *editor = currentEditor();
    if (!editor)
        return;
    QMenu menu(this);
    menu.addAction(tr("Plain Text"), this,
                   [editor] { editor->setDefinition(KSyntaxHighlighting::Definition()); });
    QHash<QString, QMenu *> sections;
    QList<KSyntaxHighlighting::Definition> definitions = m_syntax.definitions();
    std::sort(definitions.begin(), definitions.end(), [](const auto &a, const auto &b) {
        return a.translatedName().compare(b.translatedName(), Qt::CaseInsensitive) < 0;
    });
    for (const KSyntaxHighlighting::Definition &definition : std::as_const(definitions)) {
        if (definition.isHidden())
            continue;
        QMenu *&section = sections[definition.translatedSection()];
        if (!section)
            section = menu.addMenu(definition.translatedSection());
        QAction *action
            = section->addAction(definition.translatedName(), this,
                                 [editor, definition] { editor->setDefinition(definition); });
        action->setCheckable(true);
        action->setChecked(definition == editor->definition());
    }
    menu.exec(m_languageButton->mapToGlobal(QPoint(0, 0)) - QPoint(0, menu.sizeHint().height()));
}

void MainWindow::showLineEndingMenu()
{
    EditorView *editor = currentEditor();
    if (!editor || editor->isReadOnly())
        return;
    QMenu menu(this);
    const QList<QPair<QsciScintilla::EolMode, QString>> modes = {
        {QsciScintilla::EolUnix, tr("LF (Linux, macOS)")},
        {QsciScintilla::EolWindows, tr("CRLF (Windows)")},
        {QsciScintilla::EolMac, tr("CR (classic Mac OS)")},
    };
    for (const auto &[mode, name] : modes) {
        QAction *action = menu.addAction(name, this, [this, editor, mode] {
            editor->setEolMode(mode);
            editor->convertEols(mode); // one undo step; marks the buffer modified
            updateStatus();
        });
        action->setCheckable(true);
        action->setChecked(editor->eolMode() == mode);
    }
    menu.exec(m_eolButton->mapToGlobal(QPoint(0, 0)) - QPoint(0, menu.sizeHint().height()));
}

void MainWindow::showIndentationMenu()
{
    EditorView *editor = currentEditor();
    if (!editor)
        return;
    QMenu menu(this);
    for (const bool tabs : {false, true}) {
        for (const int width : {2, 4, 8}) {
            const QString name
                = tabs ? tr("Tabs, width %1").arg(width) : tr("Spaces: %1").arg(width);
            QAction *action = menu.addAction(
                name, this, [editor, tabs, width] { editor->setIndentation(tabs, width); });
            action->setCheckable(true);
            action->setChecked(editor->indentationsUseTabs() == tabs
                               && editor->indentationWidth() == width);
        }
        menu.addSeparator();
    }
    menu.exec(m_indentationButton->mapToGlobal(QPoint(0, 0)) - QPoint(0, menu.sizeHint().height()));
}

void MainWindow::showEncodingMenu()
{
    EditorView *editor = currentEditor();
    if (!editor)
        return;
    QMenu menu(this);
    QMenu *reopen = menu.addMenu(tr("Reopen with Encoding"));
    reopen->setEnabled(!editor->filePath().isEmpty());
    QMenu *saveWith = menu.addMenu(tr("Save with Encoding"));
    saveWith->setEnabled(!editor->isReadOnly() || editor->filePath().isEmpty());
    QPointer<EditorView> guard(editor);
    for (const Core::TextEncoding &encoding : Core::TextEncoding::choices()) {
        QAction *again = reopen->addAction(encoding.displayName(), this, [this, guard, encoding] {
            if (guard)
                reopenWithEncoding(guard, encoding);
        });
        again->setCheckable(true);
        again->setChecked(editor->encoding() == encoding);
        QAction *as = saveWith->addAction(encoding.displayName(), this, [this, guard, encoding] {
            if (!guard)
                return;
            for (EditorView *view : editors()) {
                if (view->documentId() == guard->documentId())
                    view->setEncoding(encoding);
            }
            updateStatus();
            save(guard, false);
        });
        as->setCheckable(true);
        as->setChecked(editor->encoding() == encoding);
    }
    menu.exec(m_encodingButton->mapToGlobal(QPoint(0, 0)) - QPoint(0, menu.sizeHint().height()));
}

void MainWindow::reopenWithEncoding(EditorView *editor, const Core::TextEncoding &encoding)
{
    if (editor->filePath().isEmpty())
        return;
    if (editor->isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Reopen with Encoding"),
            tr("%1 has unsaved changes. Reopening it from disk loses them.")
                .arg(displayName(editor)),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    const QString path = editor->filePath();
    QPointer<EditorView> guard(editor);
    runAsync(
        this, [path, encoding] { return Core::TextFile::read(path, encoding); },
        [this, guard, path](const Core::Result<Core::TextFileContent> &read) {
            if (!guard)
                return;
            if (!read.ok()) {
                statusBar()->showMessage(read.errorMessage(), 10000);
                return;
            }
            int line = 0;
            int column = 0;
            guard->getCursorPosition(&line, &column);
            guard->setReadOnly(false);
            guard->setFileContent(path, read->bytes);
            for (EditorView *view : editors()) {
                if (view->documentId() == guard->documentId())
                    view->setEncoding(read->encoding);
            }
            guard->setModified(false);
            guard->setReadOnly(!read->lossless);
            guard->goToPosition(line, column);
            statusBar()->showMessage(
                read->lossless
                    ? tr("Reopened %1 as %2.")
                          .arg(QFileInfo(path).fileName(), read->encoding.displayName())
                    : tr("%1 is not valid %2; it is open read-only so that no byte is lost.")
                          .arg(QFileInfo(path).fileName(), read->encoding.displayName()),
                10000);
            updateStatus();
        });
}

// ---- file tree --------------------------------------------------------------------------------

void MainWindow::showTreeMenu(const QPoint &position)
{
    if (m_folder.isEmpty())
        return;
    const QModelIndex index = m_tree->indexAt(position);
    const QString path = index.isValid() ? m_model->filePath(index) : m_folder;
    const bool isDir = !index.isValid() || m_model->isDir(index);
    const QString folder = isDir ? path : QFileInfo(path).absolutePath();
    QMenu menu(this);
    menu.addAction(tr("New File…"), this, [this, folder] { createInTree(folder, false); });
    menu.addAction(tr("New Folder…"), this, [this, folder] { createInTree(folder, true); });
    if (index.isValid()) {
        menu.addSeparator();
        if (!isDir)
            menu.addAction(tr("Open"), this, [this, path] { openFile(path); });
        menu.addAction(tr("Rename"), this, [this, index] { m_tree->edit(index); });
        menu.addAction(tr("Delete"), this, [this, path] { deleteInTree(path); });
        // What the changes panel would discard there: files with changes not staged (new
        // files included). Named one by one, so what was confirmed is what is discarded.
        QStringList discardable;
        for (const Core::GitChange &change : m_gitStatus->changesAt(path)) {
            if (change.unstaged)
                discardable.append(change.path);
        }
        if (!discardable.isEmpty()) {
            menu.addAction(tr("Discard Changes…"), this, [this, discardable] {
                ensureChangesPanel()->discard(discardable);
            });
        }
        menu.addSeparator();
        menu.addAction(tr("Copy Path"), this, [path] {
            QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(path));
        });
        menu.addAction(tr("Copy Relative Path"), this, [this, path] {
            QGuiApplication::clipboard()->setText(QDir(m_folder).relativeFilePath(path));
        });
    }
    menu.addAction(tr("Reveal in File Manager"), this,
                   [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void MainWindow::createInTree(const QString &parentFolder, bool folder)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, folder ? tr("New Folder") : tr("New File"),
                                               tr("Name (may include sub-folders):"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    const QString path = QDir::cleanPath(QDir(parentFolder).filePath(name));
    if (!path.startsWith(m_folder + u'/')) {
        QMessageBox::warning(this, tr("Not Created"),
                             tr("“%1” is outside the workspace.").arg(name));
        return;
    }
    runAsync(
        this,
        [path, folder]() -> QString {
            if (QFileInfo::exists(path))
                return MainWindow::tr("“%1” already exists.").arg(QDir::toNativeSeparators(path));
            if (folder)
                return QDir().mkpath(path) ? QString()
                                           : MainWindow::tr("The folder “%1” could not be created.")
                                                 .arg(QDir::toNativeSeparators(path));
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            if (!file.open(QIODevice::NewOnly))
                return MainWindow::tr("“%1” could not be created: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString());
            return {};
        },
        [this, path, folder](const QString &error) {
            if (!error.isEmpty()) {
                QMessageBox::warning(this, tr("Not Created"), error);
                return;
            }
            if (!folder)
                openFile(path);
        });
}

void MainWindow::deleteInTree(const QString &path)
{
    const auto answer = QMessageBox::question(
        this, tr("Delete"),
        tr("Move “%1” to the trash?")
            .arg(QDir::toNativeSeparators(QDir(m_folder).relativeFilePath(path))),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    runAsync(
        this,
        [path]() -> QString {
            if (QFile::moveToTrash(path))
                return {};
            return MainWindow::tr("“%1” could not be moved to the trash (there may be none on "
                                  "this system); it was not deleted.")
                .arg(QDir::toNativeSeparators(path));
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Not Deleted"), error);
        });
}

TerminalPane *MainWindow::terminal() const
{
    return m_terminals ? m_terminals->currentTerminal() : nullptr;
}

void MainWindow::showTerminal()
{
    const bool first = !m_terminalDock;
    if (!m_terminalDock) {
        m_terminalDock = new QDockWidget(tr("Terminal"), this);
        m_terminalDock->setObjectName(QStringLiteral("terminalDock"));
        addDockWidget(Qt::BottomDockWidgetArea, m_terminalDock);
        m_terminals = new TerminalTabs(m_terminalDock);
        m_terminals->setThemeName(m_settings.themeName);
        m_terminals->setThemeRepository(&m_syntax);
        m_terminals->setWorkingDirectory(m_folder.isEmpty() ? QDir::homePath() : m_folder);
        connect(m_terminals, &TerminalTabs::lastTerminalClosed, m_terminalDock, &QWidget::hide);
        connect(m_terminals, &TerminalTabs::openFileRequested, this,
                [this](const QString &path, int line, int column) {
                    openFile(path, line > 0 ? line - 1 : -1, column > 0 ? column - 1 : 0);
                });
        m_terminalDock->setWidget(m_terminals);
    }
    if (m_terminals->count() == 0)
        m_terminals->newTerminal();
    m_terminalDock->show();
    // A third of the window, as VS Code opens its panel; the user's size is kept after.
    if (first)
        resizeDocks({m_terminalDock}, {std::max(160, height() / 3)}, Qt::Vertical);
    if (TerminalPane *current = m_terminals->currentTerminal())
        current->setFocus();
}

void MainWindow::newTerminal()
{
    const bool hadOne = m_terminals && m_terminals->count() > 0;
    showTerminal();
    if (hadOne)
        m_terminals->newTerminal();
}

void MainWindow::showChanges()
{
    ensureChangesPanel();
    m_changesDock->show();
    m_changesDock->raise();
}

ChangesPanel *MainWindow::ensureChangesPanel()
{
    if (!m_changesDock) {
        m_changesDock = new QDockWidget(tr("Source Control"), this);
        m_changesDock->setObjectName(QStringLiteral("changesDock"));
        m_changesPanel = new ChangesPanel(m_gitStatus, m_changesDock);
        connect(m_changesPanel, &ChangesPanel::openFileRequested, this,
                [this](const QString &path) { openFile(path); });
        // The window's settings are the one copy of the choice, so the dialog shows it.
        m_changesPanel->setSmartCommit(m_settings.smartCommit);
        connect(m_changesPanel, &ChangesPanel::smartCommitChanged, this, [this](bool always) {
            Core::EditorSettings changed = m_settings;
            changed.smartCommit = always;
            applySettings(changed);
        });
        m_changesDock->setWidget(m_changesPanel);
        addDockWidget(Qt::LeftDockWidgetArea, m_changesDock);
        m_changesDock->hide(); // until asked for; its questions show without it
    }
    return m_changesPanel;
}

void MainWindow::showSearch()
{
    m_searchPanel->setFolder(m_folder);
    m_searchDock->show();
    m_searchDock->raise();
    QString selection;
    if (EditorView *editor = currentEditor()) {
        selection = QString::fromUtf8(editor->selectedUtf8());
        if (selection.contains(u'\n'))
            selection.clear(); // a search is one line
    }
    m_searchPanel->focusSearch(selection);
}

void MainWindow::openMatch(const QString &path, int line, int column, int length)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (EditorView *open = editorFor(absolute)) {
        openFile(absolute, line, column);
        open->selectRange(line, column, length);
        return;
    }
    // Select the match once the file is read; forget it if the file cannot be opened.
    auto *pending = new QObject(this);
    connect(this, &MainWindow::fileOpened, pending,
            [this, pending, absolute, line, column, length](const QString &opened) {
                if (opened != absolute)
                    return;
                if (EditorView *editor = editorFor(absolute))
                    editor->selectRange(line, column, length);
                pending->deleteLater();
            });
    connect(this, &MainWindow::fileOpenFailed, pending, [pending, absolute](const QString &failed) {
        if (failed == absolute)
            pending->deleteLater();
    });
    openFile(absolute, line, column);
}

void MainWindow::refreshGitBranch()
{
    if (m_folder.isEmpty())
        return;
    const QString folder = m_folder;
    runAsync(
        this,
        [folder]() -> QString {
            auto repository = Core::Repository::open(folder);
            if (!repository.ok())
                return {};
            auto branch = repository->currentBranch();
            return branch.ok() ? branch.value() : QString();
        },
        [this, folder](const QString &branch) {
            if (folder != m_folder)
                return;
            m_branch = branch;
            m_branchButton->setBranch(branch);
            Q_EMIT gitBranchChanged(branch);
        });
}

// ---- git ---------------------------------------------------------------------------------

void MainWindow::openDiffWithHead()
{
    EditorView *editor = currentEditor();
    if (!editor || editor->filePath().isEmpty()) {
        statusBar()->showMessage(tr("Open a saved file to compare it with HEAD."), 6000);
        return;
    }
    const QString path = editor->filePath();
    QTabWidget *group = activeGroup();
    DiffView *view = nullptr;
    for (int i = 0; i < group->count() && !view; ++i) {
        auto *open = qobject_cast<DiffView *>(group->widget(i));
        if (open && open->filePath() == path)
            view = open;
    }
    if (!view) {
        view = new DiffView(m_syntax, m_gutter->headDiff(), group);
        const int index = group->addTab(view, QString());
        group->setTabToolTip(index, QDir::toNativeSeparators(path));
        connect(view, &DiffView::titleChanged, this, [group, view] {
            const int at = group->indexOf(view);
            if (at >= 0)
                group->setTabText(at, view->title());
        });
    }
    view->follow(editor); // follows the buffer as it is typed, and HEAD
    group->setCurrentWidget(view);
    m_activeGroup = group;
    view->setFocus();
}

} // namespace Baton::Ui
