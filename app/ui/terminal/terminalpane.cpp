// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "terminalpane.h"

#include "core/documents/textfile.h"
#include "core/process/terminallinks.h"

#include <KSyntaxHighlighting/Theme>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QBuffer>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QLoggingCategory>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QStandardPaths>
#include <QtCore/QUrl>
#include <QtGui/QDesktopServices>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtGui/QKeyEvent>
#include <QtGui/QMouseEvent>
#include <QtGui/QStyleHints>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMenu>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QVBoxLayout>

#include <qtermwidget.h>

#include <pwd.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTerminal, "baton.ui.terminal")

namespace Baton::Ui {

namespace {

// What qtermwidget measures its character cell with.
constexpr char cellSample[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgjijklmnopqrstuvwxyz0123456789./+@";

struct RowStart
{
    int line = 0; // index of the unwrapped line
    int cell = 0; // first cell of the row within it
};

// The terminal's text as unwrapped lines (qtermwidget joins wrapped rows when it writes them
// out), and where each screen row starts in them.
struct ScreenText
{
    QStringList lines;
    QList<RowStart> rows;
};

ScreenText readScreen(QTermWidget *terminal)
{
    ScreenText screen;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    terminal->saveHistory(&buffer);
    screen.lines = QString::fromUtf8(buffer.data()).split(u'\n');
    const int columns = qMax(1, terminal->screenColumnsCount());
    for (int line = 0; line < screen.lines.size(); ++line) {
        const int cells = Core::TerminalLinks::cellCount(screen.lines.at(line));
        const int rows = qMax(1, (cells + columns - 1) / columns);
        for (int row = 0; row < rows; ++row)
            screen.rows.append({line, row * columns});
    }
    return screen;
}

// The first row of the history shown at the top of the screen.
int firstVisibleRow(QTermWidget *terminal, QWidget *display)
{
    if (const auto *bar = display ? display->findChild<QScrollBar *>() : nullptr)
        return bar->value();
    return terminal->historyLinesCount();
}

QString rgb(const QColor &color)
{
    return QStringLiteral("%1,%2,%3").arg(color.red()).arg(color.green()).arg(color.blue());
}

// A qtermwidget (Konsole) colour scheme: the theme's background and foreground, ANSI colours
// readable on that background.
QByteArray colorSchemeFile(const QString &themeName, const QColor &background,
                           const QColor &foreground)
{
    const bool dark = background.lightness() < 128;
    // Tango for dark backgrounds; deeper tones for light ones, where Tango's yellow and cyan
    // wash out.
    static const char *const darkColors[16]
        = {"#2e3436", "#ef2929", "#8ae234", "#fce94f", "#729fcf", "#ad7fa8", "#34e2e2", "#d3d7cf",
           "#555753", "#ff6b6b", "#a6f25e", "#fff27a", "#9ec3f0", "#c9a0c4", "#6af5f5", "#eeeeec"};
    static const char *const lightColors[16]
        = {"#2e3436", "#a40000", "#2f7d0f", "#8f6b00", "#204a87", "#5c3566", "#0b6e6e", "#6e7273",
           "#555753", "#cc0000", "#4e9a06", "#b58900", "#3465a4", "#75507b", "#06989a", "#babdb6"};
    const char *const *colors = dark ? darkColors : lightColors;
    QString text;
    text += QStringLiteral("[General]\nDescription=Baton %1\nOpacity=1\n\n").arg(themeName);
    text += QStringLiteral("[Background]\nColor=%1\n\n").arg(rgb(background));
    text += QStringLiteral("[BackgroundIntense]\nColor=%1\n\n").arg(rgb(background));
    text += QStringLiteral("[Foreground]\nColor=%1\n\n").arg(rgb(foreground));
    text += QStringLiteral("[ForegroundIntense]\nBold=true\nColor=%1\n\n").arg(rgb(foreground));
    for (int i = 0; i < 8; ++i) {
        text += QStringLiteral("[Color%1]\nColor=%2\n\n").arg(i).arg(rgb(QColor(colors[i])));
        text += QStringLiteral("[Color%1Intense]\nColor=%2\n\n")
                    .arg(i)
                    .arg(rgb(QColor(colors[i + 8])));
    }
    return text.toUtf8();
}

// Chords the window keeps while the terminal has focus; every other Ctrl or Alt chord is the
// shell's (Ctrl+D, Ctrl+R, Alt+B… would otherwise run editor commands).
bool windowKeepsChord(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (key == Qt::Key_QuoteLeft || key == Qt::Key_AsciiTilde || key == Qt::Key_PageUp
        || key == Qt::Key_PageDown || key == Qt::Key_Tab || key == Qt::Key_Backtab)
        return true;
    if (modifiers == Qt::ControlModifier && key == Qt::Key_Q)
        return true;
    // Ctrl+Shift chords are the window's (as in VS Code), apart from copy and paste.
    return modifiers.testFlag(Qt::ControlModifier) && modifiers.testFlag(Qt::ShiftModifier);
}

bool isChord(const QKeyEvent *event, int key)
{
    return event->key() == key
           && (event->modifiers() & ~Qt::KeypadModifier)
                  == (Qt::ControlModifier | Qt::ShiftModifier);
}

} // namespace

TerminalPane::TerminalPane(QWidget *parent)
    : QWidget(parent), m_program(userShell()), m_workingDirectory(QDir::homePath())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_terminal = new QTermWidget(0, this);
    layout->addWidget(m_terminal);
    m_terminal->setScrollBarPosition(QTermWidget::ScrollBarRight);
    m_terminal->setTerminalFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_terminal->setHistorySize(10000);
    // No "Size: 80 x 24" box over the text each time the dock is resized.
    m_terminal->setTerminalSizeHint(false);
    m_terminal->setBlinkingCursor(true);
    m_terminal->setConfirmMultilinePaste(false);
    applyColorScheme(QGuiApplication::styleHints()->colorScheme());
    setFocusProxy(m_terminal);

    // qtermwidget draws text in a child widget (its focus proxy) that gets the keys and clicks.
    m_display = m_terminal->focusProxy();
    if (!m_display) {
        for (QWidget *child : m_terminal->findChildren<QWidget *>()) {
            if (qstrcmp(child->metaObject()->className(), "Konsole::TerminalDisplay") == 0)
                m_display = child;
        }
    }
    if (!m_display)
        m_display = m_terminal;
    m_display->installEventFilter(this);
    // The display asks for its context menu with this signal (not with QContextMenuEvent), and
    // only when the program in the terminal does not take the mouse (or Shift is held).
    if (!connect(m_display, SIGNAL(configureRequest(QPoint)), this,
                 SLOT(showContextMenu(QPoint))))
        qCWarning(lcTerminal) << "qtermwidget has no configureRequest signal: no context menu";

    connect(m_terminal, &QTermWidget::receivedData, this, &TerminalPane::outputReceived);
    connect(m_terminal, &QTermWidget::finished, this, [this] {
        m_running = false;
        Q_EMIT finished();
    });
    connect(m_terminal, &QTermWidget::titleChanged, this,
            [this] { Q_EMIT titleChanged(title()); });
    // qtermwidget reports any click on a URL; like other terminals, Ctrl+click opens it.
    connect(m_terminal, &QTermWidget::urlActivated, this,
            [](const QUrl &url, bool fromContextMenu) {
                if (fromContextMenu
                    || QGuiApplication::keyboardModifiers().testFlag(Qt::ControlModifier))
                    QDesktopServices::openUrl(url);
            });
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this,
            [this](Qt::ColorScheme scheme) {
                if (!m_hasTheme)
                    applyColorScheme(scheme);
            });
}

TerminalPane::~TerminalPane()
{
    // The terminal hangs up its shell as it is destroyed; this pane is gone by then.
    disconnect(m_terminal, nullptr, this, nullptr);
}

QString TerminalPane::userShell()
{
    const QString fromEnvironment = qEnvironmentVariable("SHELL");
    if (!fromEnvironment.isEmpty() && QFileInfo(fromEnvironment).isExecutable())
        return fromEnvironment;
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_shell && *entry->pw_shell) {
        const QString shell = QFile::decodeName(entry->pw_shell);
        if (QFileInfo(shell).isExecutable())
            return shell;
    }
    return QStringLiteral("/bin/sh");
}

void TerminalPane::setProgram(const QString &program, const QStringList &arguments)
{
    m_program = program;
    m_arguments = arguments;
}

void TerminalPane::setWorkingDirectory(const QString &folder)
{
    m_workingDirectory = folder;
}

void TerminalPane::start()
{
    if (m_running)
        return;
    m_terminal->setShellProgram(m_program);
    m_terminal->setArgs(m_arguments);
    m_terminal->setWorkingDirectory(m_workingDirectory);
    QStringList environment = QProcessEnvironment::systemEnvironment().toStringList();
    environment.append(QStringLiteral("TERM=xterm-256color"));
    environment.append(QStringLiteral("COLORTERM=truecolor"));
    m_terminal->setEnvironment(environment);
    m_running = true;
    m_terminal->startShellProgram();
}

qint64 TerminalPane::shellProcessId() const
{
    return m_running ? m_terminal->getShellPID() : 0;
}

QString TerminalPane::title() const
{
    return m_terminal->isTitleChanged() ? m_terminal->title() : QString();
}

void TerminalPane::sendText(const QString &text)
{
    m_terminal->sendText(text);
}

void TerminalPane::applyColorScheme(Qt::ColorScheme scheme)
{
    const bool dark = scheme == Qt::ColorScheme::Dark;
    const QString wanted = dark ? QStringLiteral("WhiteOnBlack") : QStringLiteral("BlackOnWhite");
    if (QTermWidget::availableColorSchemes().contains(wanted)) {
        m_terminal->setColorScheme(wanted);
        m_colorScheme = wanted;
    }
}

void TerminalPane::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    if (!theme.isValid())
        return;
    m_hasTheme = true;
    const QColor background
        = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    const QColor foreground
        = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    const QByteArray scheme = colorSchemeFile(theme.name(), background, foreground);
    // Named after its contents: qtermwidget keeps a scheme by name once loaded.
    const QString name
        = QStringLiteral("Baton-")
          + QString::fromLatin1(
              QCryptographicHash::hash(scheme, QCryptographicHash::Sha1).toHex().left(12));
    const quint64 generation = ++m_themeGeneration;
    if (QTermWidget::availableColorSchemes().contains(name)) {
        m_terminal->setColorScheme(name);
        m_colorScheme = name;
        return;
    }
    const QString path = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                         + QStringLiteral("/terminal-colors/") + name
                         + QStringLiteral(".colorscheme");
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this,
            [this, watcher, generation, name, path] {
                const QString error = watcher->result();
                watcher->deleteLater();
                if (!error.isEmpty()) {
                    qCWarning(lcTerminal) << "terminal colours not written:" << error;
                    return;
                }
                if (generation != m_themeGeneration)
                    return;
                m_terminal->setColorScheme(path);
                m_colorScheme = name;
            });
    watcher->setFuture(QtConcurrent::run([path, scheme]() -> QString {
        QDir().mkpath(QFileInfo(path).absolutePath());
        const Core::Status written = Core::TextFile::write(path, scheme);
        return written.ok() ? QString() : written.errorMessage();
    }));
}

void TerminalPane::copy()
{
    m_terminal->copyClipboard();
}

void TerminalPane::paste()
{
    m_terminal->pasteClipboard();
}

void TerminalPane::selectAll()
{
    const int lastRow = m_terminal->historyLinesCount() + m_terminal->screenLinesCount() - 1;
    m_terminal->setSelectionStart(0, 0);
    m_terminal->setSelectionEnd(lastRow, m_terminal->screenColumnsCount() - 1);
    // The display redraws the selection with its next image.
    QMetaObject::invokeMethod(m_display, "updateImage");
}

void TerminalPane::clear()
{
    m_terminal->clear();
}

QString TerminalPane::selectedText() const
{
    return m_terminal->selectedText(true);
}

int TerminalPane::columnCount() const
{
    return m_terminal->screenColumnsCount();
}

int TerminalPane::rowCount() const
{
    return m_terminal->screenLinesCount();
}

QStringList TerminalPane::visibleLines() const
{
    const ScreenText screen = readScreen(m_terminal);
    const int columns = qMax(1, m_terminal->screenColumnsCount());
    const int first = firstVisibleRow(m_terminal, m_display);
    QStringList rows;
    for (int row = first; row < first + m_terminal->screenLinesCount(); ++row) {
        if (row >= screen.rows.size()) {
            rows.append(QString());
            continue;
        }
        const QString &line = screen.lines.at(screen.rows.at(row).line);
        const int from = Core::TerminalLinks::indexAtCell(line, screen.rows.at(row).cell);
        const int to = Core::TerminalLinks::indexAtCell(line, screen.rows.at(row).cell + columns);
        rows.append(line.mid(from, to - from));
    }
    return rows;
}

int TerminalPane::cellWidth() const
{
    const QFontMetrics metrics(m_display->font());
    const int width = qRound(double(metrics.horizontalAdvance(QLatin1String(cellSample)))
                             / double(sizeof(cellSample) - 1));
    return qMax(1, width);
}

int TerminalPane::cellHeight() const
{
    return qMax(1, QFontMetrics(m_display->font()).height());
}

QRect TerminalPane::cellRect(int row, int column) const
{
    const int margin = m_terminal->getMargin();
    return {margin + column * cellWidth(), margin + row * cellHeight(), cellWidth(), cellHeight()};
}

void TerminalPane::activateLinkAt(int row, int column)
{
    lookUpLink(row, column, true);
}

void TerminalPane::lookUpLink(int row, int column, bool openUrls)
{
    const ScreenText screen = readScreen(m_terminal);
    const int absoluteRow = firstVisibleRow(m_terminal, m_display) + row;
    const int columns = m_terminal->screenColumnsCount();
    if (row < 0 || column < 0 || column >= columns || absoluteRow >= screen.rows.size()) {
        Q_EMIT linkLookedUp(false);
        return;
    }
    const RowStart start = screen.rows.at(absoluteRow);
    const QString line = screen.lines.at(start.line);
    const int index = Core::TerminalLinks::indexAtCell(line, start.cell + column);
    if (index >= line.size()) {
        Q_EMIT linkLookedUp(false);
        return;
    }
    const qint64 pid = shellProcessId();
    const QString startFolder = m_workingDirectory;
    const QString workspace = m_workspaceFolder;
    using Links = QList<Core::TerminalLink>;
    auto *watcher = new QFutureWatcher<Links>(this);
    connect(watcher, &QFutureWatcher<Links>::finished, this,
            [this, watcher, index, openUrls] {
                const Links links = watcher->result();
                watcher->deleteLater();
                const Core::TerminalLink *link = Core::TerminalLinks::linkAt(links, index);
                if (link && link->kind == Core::TerminalLink::Kind::File)
                    Q_EMIT openFileRequested(link->target, link->line, link->column);
                else if (link && openUrls)
                    QDesktopServices::openUrl(QUrl(link->target));
                Q_EMIT linkLookedUp(link != nullptr);
            });
    watcher->setFuture(QtConcurrent::run([line, pid, startFolder, workspace] {
        // The shell's folder now (after any cd), read from /proc on Linux.
        QString folder;
        if (pid > 0)
            folder = QFile::symLinkTarget(QStringLiteral("/proc/%1/cwd").arg(pid));
        if (folder.isEmpty())
            folder = startFolder;
        return Core::TerminalLinks::find(line, folder, workspace);
    }));
}

bool TerminalPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_display)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool chord = key->modifiers() & (Qt::ControlModifier | Qt::AltModifier);
        if (isChord(key, Qt::Key_C) || isChord(key, Qt::Key_V)
            || (chord && !windowKeepsChord(key))) {
            key->accept();
            return true;
        }
        break;
    }
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isChord(key, Qt::Key_C)) {
            copy();
            return true;
        }
        if (isChord(key, Qt::Key_V)) {
            paste();
            return true;
        }
        break;
    }
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        m_ctrlPressPosition = mouse->button() == Qt::LeftButton
                                      && mouse->modifiers().testFlag(Qt::ControlModifier)
                                  ? mouse->position().toPoint()
                                  : QPoint(-1, -1);
        break;
    }
    case QEvent::MouseButtonRelease: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint position = mouse->position().toPoint();
        if (mouse->button() == Qt::LeftButton && m_ctrlPressPosition.x() >= 0
            && (position - m_ctrlPressPosition).manhattanLength()
                   < QApplication::startDragDistance()) {
            const int margin = m_terminal->getMargin();
            // qtermwidget opens URLs itself (urlActivated); files are looked up here.
            lookUpLink((position.y() - margin) / cellHeight(),
                       (position.x() - margin) / cellWidth(), false);
        }
        m_ctrlPressPosition = QPoint(-1, -1);
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void TerminalPane::showContextMenu(const QPoint &position)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *copyAction = menu->addAction(tr("&Copy"), this, &TerminalPane::copy);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAction->setEnabled(!selectedText().isEmpty());
    QAction *pasteAction = menu->addAction(tr("&Paste"), this, &TerminalPane::paste);
    pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    menu->addAction(tr("Select &All"), this, &TerminalPane::selectAll);
    menu->addSeparator();
    menu->addAction(tr("C&lear"), this, &TerminalPane::clear);
    menu->popup(m_display->mapToGlobal(position));
}

} // namespace Baton::Ui
