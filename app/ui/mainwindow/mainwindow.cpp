// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "mainwindow.h"

#include "core/documents/textfile.h"
#include "core/git/repository.h"
#include "core/settings/uilanguage.h"
#include "ui/editor/editorview.h"
#include "ui/editor/syntaxlexer.h"
#include "ui/terminal/terminalpane.h"

#include <KSyntaxHighlighting/Definition>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtGui/QAction>
#include <QtGui/QActionGroup>
#include <QtGui/QCloseEvent>
#include <QtGui/QKeySequence>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QFileDialog>
#include <QtGui/QFileSystemModel>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTreeView>

namespace Baton::Ui {

// Runs `work` on the thread pool and `done` with its result on the GUI thread, while
// `context` lives.
template<typename Work, typename Done>
static void runAsync(QObject *context, Work work, Done done)
{
    using ResultType = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<ResultType>(context);
    QObject::connect(watcher, &QFutureWatcher<ResultType>::finished, context,
                     [watcher, done = std::move(done)] {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

MainWindow::MainWindow(KSyntaxHighlighting::Repository &syntax, Core::UiLanguage &language,
                       QWidget *parent)
    : QMainWindow(parent), m_syntax(syntax), m_language(language)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/baton.svg")));
    resize(1280, 800);

    // QFileSystemModel reads folders on its own thread and fills the tree as entries arrive.
    m_model = new QFileSystemModel(this);
    m_model->setOption(QFileSystemModel::DontWatchForChanges, false);
    m_model->setFilter(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("fileTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    for (int column = 1; column < m_model->columnCount(); ++column)
        m_tree->hideColumn(column);
    m_tree->setUniformRowHeights(true);
    m_tree->setVisible(false);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!m_model->isDir(index))
            openFile(m_model->filePath(index));
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateStatus();
        m_centre->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs)
                                                       : m_welcome);
    });

    m_welcome = new QLabel(this);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_centre = new QStackedWidget(this);
    m_centre->addWidget(m_welcome);
    m_centre->addWidget(m_tabs);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_centre);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 1000});
    setCentralWidget(splitter);

    m_positionLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_branchLabel = new QLabel(this);
    m_branchLabel->setObjectName(QStringLiteral("gitBranch"));
    statusBar()->addPermanentWidget(m_branchLabel);
    statusBar()->addPermanentWidget(m_languageLabel);
    statusBar()->addPermanentWidget(m_positionLabel);

    createActions();
    createMenus();
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openFolderAction = new QAction(this);
    m_openFolderAction->setShortcut(QKeySequence(tr("Ctrl+K, Ctrl+O")));
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::chooseFolder);

    m_openFileAction = new QAction(this);
    m_openFileAction->setShortcut(QKeySequence::Open);
    connect(m_openFileAction, &QAction::triggered, this, &MainWindow::chooseFile);

    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveCurrent);

    m_closeTabAction = new QAction(this);
    m_closeTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeTabAction, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() >= 0)
            closeTab(m_tabs->currentIndex());
    });

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_terminalAction = new QAction(this);
    m_terminalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_QuoteLeft));
    connect(m_terminalAction, &QAction::triggered, this, [this] {
        if (m_terminalDock && m_terminalDock->isVisible())
            m_terminalDock->hide();
        else
            showTerminal();
    });

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
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        m_language.setPreference(action->data().toString());
    });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Baton"),
                           tr("<h3>Baton %1</h3><p>A native AI IDE: desktop editing, model "
                              "switching from a dropdown, and delegated tasks on the model "
                              "of your choice.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openFolderAction);
    m_fileMenu->addAction(m_openFileAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_closeTabAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_terminalAction);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openFolderAction->setText(tr("Open &Folder…"));
    m_openFileAction->setText(tr("&Open File…"));
    m_saveAction->setText(tr("&Save"));
    m_closeTabAction->setText(tr("&Close Tab"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_terminalAction->setText(tr("&Terminal"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("Follow the System"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Baton"));
    m_welcome->setText(
        m_folder.isEmpty()
            ? tr("<h2>Baton</h2><p>Open a folder to start: <b>File ▸ Open Folder…</b> (%1)</p>")
                  .arg(m_openFolderAction->shortcut().toString(QKeySequence::NativeText))
            : tr("<h2>%1</h2><p>Open a file from the tree on the left, or with <b>File ▸ Open "
                 "File…</b> (%2).</p>")
                  .arg(QFileInfo(m_folder).fileName().toHtmlEscaped(),
                       m_openFileAction->shortcut().toString(QKeySequence::NativeText)));
    if (m_terminalDock)
        m_terminalDock->setWindowTitle(tr("Terminal"));
    setWindowTitle(m_folder.isEmpty()
                       ? tr("Baton")
                       : tr("%1 — Baton").arg(QDir::toNativeSeparators(m_folder)));
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
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
    if (m_terminal && !m_terminal->isRunning())
        m_terminal->setWorkingDirectory(m_folder);
    retranslate();
    refreshGitBranch();
    Q_EMIT folderOpened(m_folder);
}

EditorView *MainWindow::currentEditor() const
{
    return qobject_cast<EditorView *>(m_tabs->currentWidget());
}

EditorView *MainWindow::editorFor(const QString &path) const
{
    const QString wanted = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *editor = qobject_cast<EditorView *>(m_tabs->widget(i));
        if (editor && editor->filePath() == wanted)
            return editor;
    }
    return nullptr;
}

void MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (EditorView *open = editorFor(absolute)) {
        m_tabs->setCurrentWidget(open);
        open->setFocus();
        return;
    }
    if (m_loading.contains(absolute))
        return;
    m_loading.insert(absolute, 1);
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(absolute)));
    runAsync(
        this, [absolute] { return Core::TextFile::read(absolute); },
        [this, absolute](const Core::Result<Core::TextFileContent> &read) {
            m_loading.remove(absolute);
            statusBar()->clearMessage();
            if (!read.ok()) {
                statusBar()->showMessage(read.errorMessage(), 10000);
                Q_EMIT fileOpenFailed(absolute, read.errorMessage());
                return;
            }
            auto *editor = new EditorView(m_syntax, m_tabs);
            editor->setFileContent(absolute, read->bytes);
            editor->setModified(false);
            if (!read->validUtf8) {
                // Editing would replace the invalid bytes; protect the file until the
                // encoding support of the full editor can keep them.
                editor->setReadOnly(true);
                statusBar()->showMessage(
                    tr("%1 is not valid UTF-8; it is open read-only so that no byte is lost.")
                        .arg(QFileInfo(absolute).fileName()),
                    15000);
            }
            connect(editor, &EditorView::modificationChanged, this,
                    [this, editor] { updateTabTitle(editor); });
            connect(editor, &EditorView::cursorPositionChanged, this, &MainWindow::updateStatus);
            const int index = m_tabs->addTab(editor, QFileInfo(absolute).fileName());
            m_tabs->setTabToolTip(index, QDir::toNativeSeparators(absolute));
            m_tabs->setCurrentIndex(index);
            editor->setFocus();
            updateStatus();
            Q_EMIT fileOpened(absolute);
        });
}

void MainWindow::updateTabTitle(EditorView *editor)
{
    const int index = m_tabs->indexOf(editor);
    if (index < 0)
        return;
    const QString name = QFileInfo(editor->filePath()).fileName();
    m_tabs->setTabText(index, editor->isModified() ? QStringLiteral("● ") + name : name);
}

void MainWindow::saveCurrent()
{
    if (EditorView *editor = currentEditor())
        save(editor, false);
}

void MainWindow::save(EditorView *editor, bool closeWhenDone)
{
    if (editor->isReadOnly()) {
        if (closeWhenDone && --m_pendingCloseSaves == 0)
            close();
        return;
    }
    const QString path = editor->filePath();
    const QByteArray bytes = editor->text().toUtf8();
    QPointer<EditorView> guard(editor);
    runAsync(
        this, [path, bytes] { return Core::TextFile::write(path, bytes); },
        [this, guard, path, bytes, closeWhenDone](const Core::Status &written) {
            if (!written.ok()) {
                m_pendingCloseSaves = 0;
                statusBar()->showMessage(written.errorMessage(), 15000);
                QMessageBox::warning(this, tr("Save Failed"), written.errorMessage());
                Q_EMIT saveFailed(path, written.errorMessage());
                return;
            }
            // Typing may have gone on while the file was written; only what was written is
            // clean.
            if (guard && guard->text().toUtf8() == bytes)
                guard->setModified(false);
            statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
            refreshGitBranch();
            Q_EMIT saved(path);
            if (closeWhenDone && --m_pendingCloseSaves == 0)
                close();
        });
}

QList<EditorView *> MainWindow::modifiedEditors() const
{
    QList<EditorView *> modified;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *editor = qobject_cast<EditorView *>(m_tabs->widget(i));
        if (editor && editor->isModified() && !editor->isReadOnly())
            modified.append(editor);
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
        names.append(QFileInfo(editor->filePath()).fileName());
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Changes"),
        tr("Save the changes to %1?").arg(names.join(QStringLiteral(", "))),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    *saveFirst = answer == QMessageBox::Save;
    return true;
}

void MainWindow::closeTab(int index)
{
    auto *editor = qobject_cast<EditorView *>(m_tabs->widget(index));
    if (!editor)
        return;
    QList<EditorView *> modified;
    if (editor->isModified() && !editor->isReadOnly())
        modified.append(editor);
    bool saveFirst = false;
    if (!confirmDiscard(modified, &saveFirst))
        return;
    if (saveFirst) {
        QPointer<EditorView> guard(editor);
        connect(this, &MainWindow::saved, guard, [this, guard](const QString &path) {
            if (guard && path == guard->filePath() && !guard->isModified()) {
                m_tabs->removeTab(m_tabs->indexOf(guard));
                guard->deleteLater();
            }
        });
        save(editor, false);
        return;
    }
    m_tabs->removeTab(index);
    editor->deleteLater();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_pendingCloseSaves > 0) {
        event->ignore(); // saves are still being written; the last one closes the window
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
    event->accept();
}

TerminalPane *MainWindow::terminal() const
{
    return m_terminal;
}

void MainWindow::showTerminal()
{
    if (!m_terminalDock) {
        m_terminalDock = new QDockWidget(tr("Terminal"), this);
        m_terminalDock->setObjectName(QStringLiteral("terminalDock"));
        addDockWidget(Qt::BottomDockWidgetArea, m_terminalDock);
    }
    if (!m_terminal) {
        m_terminal = new TerminalPane(m_terminalDock);
        m_terminal->setWorkingDirectory(m_folder.isEmpty() ? QDir::homePath() : m_folder);
        connect(m_terminal, &TerminalPane::finished, this, [this] {
            // The shell exited: the next Terminal command starts a fresh one.
            m_terminalDock->hide();
            m_terminal->deleteLater();
        });
        m_terminalDock->setWidget(m_terminal);
        m_terminal->start();
    }
    m_terminalDock->show();
    m_terminal->setFocus();
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
            m_branchLabel->setText(branch.isEmpty() ? QString()
                                                    : QStringLiteral("⎇ ") + branch);
            m_branchLabel->setToolTip(branch.isEmpty() ? QString() : tr("Git branch"));
            Q_EMIT gitBranchChanged(branch);
        });
}

void MainWindow::updateStatus()
{
    EditorView *editor = currentEditor();
    if (!editor) {
        m_positionLabel->clear();
        m_languageLabel->clear();
        return;
    }
    int line = 0;
    int column = 0;
    editor->getCursorPosition(&line, &column);
    m_positionLabel->setText(tr("Ln %1, Col %2").arg(line + 1).arg(column + 1));
    const KSyntaxHighlighting::Definition definition = editor->syntaxLexer()->definition();
    m_languageLabel->setText(definition.isValid() ? definition.translatedName()
                                                  : tr("Plain Text"));
}

} // namespace Baton::Ui
