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
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtGui/QCursor>
#include <QtGui/QDesktopServices>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtGui/QKeyEvent>
#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtGui/QStyleHints>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFrame>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QToolTip>
#include <QtWidgets/QVBoxLayout>

#include <qtermwidget.h>

#include <cstring>

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

namespace {

constexpr int hoverDelayMs = 40;

// What qtermwidget 2.1 sets as the title when its program ends with auto-close off.
constexpr char doneTitle[] = "This session is done. Finished";

// Draws an underline below the cells of the link under the mouse; lets every event through.
class HoverUnderline : public QWidget
{
public:
    explicit HoverUnderline(QWidget *parent) : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setAttribute(Qt::WA_TranslucentBackground);
        setFocusPolicy(Qt::NoFocus);
    }
    void setCells(const QList<QRect> &cells, const QColor &color)
    {
        m_cells = cells;
        m_color = color;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        for (const QRect &cell : std::as_const(m_cells))
            painter.fillRect(QRect(cell.left(), cell.bottom() - 1, cell.width(), 1), m_color);
    }

private:
    QList<QRect> m_cells;
    QColor m_color;
};

} // namespace

TerminalPane::TerminalPane(QWidget *parent)
    : QWidget(parent), m_program(userShell()), m_workingDirectory(QDir::homePath())
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);

    m_exitBar = new QFrame(this);
    m_exitBar->setObjectName(QStringLiteral("terminalExitBar"));
    auto *bar = new QHBoxLayout(m_exitBar);
    bar->setContentsMargins(6, 3, 6, 3);
    m_exitLabel = new QLabel(m_exitBar);
    m_exitLabel->setObjectName(QStringLiteral("terminalExitMessage"));
    m_exitLabel->setTextFormat(Qt::PlainText);
    m_restartButton = new QPushButton(m_exitBar);
    m_restartButton->setObjectName(QStringLiteral("restartTerminal"));
    m_closeButton = new QPushButton(m_exitBar);
    m_closeButton->setObjectName(QStringLiteral("closeTerminal"));
    bar->addWidget(m_exitLabel, 1);
    bar->addWidget(m_restartButton);
    bar->addWidget(m_closeButton);
    m_layout->addWidget(m_exitBar);
    m_exitBar->hide();
    connect(m_restartButton, &QPushButton::clicked, this, &TerminalPane::restart);
    connect(m_closeButton, &QPushButton::clicked, this, &TerminalPane::closeRequested);
    m_hoverTimer = new QTimer(this);
    m_hoverTimer->setSingleShot(true);
    m_hoverTimer->setInterval(hoverDelayMs);
    connect(m_hoverTimer, &QTimer::timeout, this, [this] {
        if (m_hoverCell.x() >= 0)
            hoverLinkAt(m_hoverCell.y(), m_hoverCell.x());
    });

    createTerminal();
    applyColorScheme(QGuiApplication::styleHints()->colorScheme());
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this,
            [this](Qt::ColorScheme scheme) {
                if (!m_hasTheme)
                    applyColorScheme(scheme);
            });
    retranslate();
}

void TerminalPane::createTerminal()
{
    m_terminal = new QTermWidget(0, this);
    m_layout->insertWidget(0, m_terminal, 1);
    m_terminal->setScrollBarPosition(QTermWidget::ScrollBarRight);
    m_terminal->setTerminalFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_terminal->setHistorySize(10000);
    // No "Size: 80 x 24" box over the text each time the dock is resized.
    m_terminal->setTerminalSizeHint(false);
    m_terminal->setBlinkingCursor(true);
    m_terminal->setConfirmMultilinePaste(false);
    // The output stays when the program ends: the pane decides what happens then.
    m_terminal->setAutoClose(false);
    if (!m_colorSchemeSource.isEmpty())
        m_terminal->setColorScheme(m_colorSchemeSource);
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
    m_display->setMouseTracking(true);
    m_hoverOverlay = new HoverUnderline(m_display);
    m_hoverOverlay->hide();
    // The display asks for its context menu with this signal (not with QContextMenuEvent), and
    // only when the program in the terminal does not take the mouse (or Shift is held).
    if (!connect(m_display, SIGNAL(configureRequest(QPoint)), this,
                 SLOT(showContextMenu(QPoint))))
        qCWarning(lcTerminal) << "qtermwidget has no configureRequest signal: no context menu";

    connect(m_terminal, &QTermWidget::receivedData, this, [this](const QString &text) {
        clearHover(); // the text under the underline may have moved
        Q_EMIT outputReceived(text);
    });
    connect(m_terminal, &QTermWidget::titleChanged, this, [this] {
        const QString title = m_terminal->isTitleChanged() ? m_terminal->title() : QString();
        if (title == QLatin1String(doneTitle) || title == m_title)
            return;
        m_title = title;
        Q_EMIT titleChanged(m_title);
    });
    // qtermwidget reports any click on a URL; like other terminals, Ctrl+click opens it.
    connect(m_terminal, &QTermWidget::urlActivated, this,
            [](const QUrl &url, bool fromContextMenu) {
                if (fromContextMenu
                    || QGuiApplication::keyboardModifiers().testFlag(Qt::ControlModifier))
                    QDesktopServices::openUrl(url);
            });
}

TerminalPane::~TerminalPane()
{
    // The terminal hangs up its shell as it is destroyed; this pane is gone by then.
    disconnect(m_terminal, nullptr, this, nullptr);
    delete m_exitWatcher;
}

void TerminalPane::retranslate()
{
    m_restartButton->setText(tr("&Restart"));
    m_restartButton->setToolTip(tr("Start the program again (Enter)"));
    m_closeButton->setText(tr("&Close"));
    m_closeButton->setToolTip(tr("Close this terminal"));
    m_exitLabel->setText(exitMessage());
}

void TerminalPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
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
    m_exited = false;
    m_exit = {};
    m_exitBar->hide();
    Core::ProcessExitWatcher::prepare();
    m_terminal->startShellProgram();
    // Right away, before the event loop can let qtermwidget reap a program that ends at once.
    delete m_exitWatcher;
    m_exitWatcher = new Core::ProcessExitWatcher(m_terminal->getShellPID(), this);
    connect(m_exitWatcher, &Core::ProcessExitWatcher::exited, this, &TerminalPane::programEnded);
}

void TerminalPane::programEnded(const Core::ProcessExit &how)
{
    if (sender() != m_exitWatcher || !m_running)
        return;
    m_running = false;
    m_exited = true;
    m_exit = how;
    clearHover();
    if (!how.isSuccess()) {
        writeToScreen(QStringLiteral("\x1b[0m\r\n") + exitMessage() + QStringLiteral("\r\n"));
        m_exitLabel->setText(exitMessage());
        m_exitBar->show();
    }
    Q_EMIT finished(how);
}

QString TerminalPane::exitMessage() const
{
    if (!m_exited || m_exit.isSuccess())
        return {};
    switch (m_exit.kind) {
    case Core::ProcessExit::Kind::Exited:
        return tr("[process exited with code %1]").arg(m_exit.code);
    case Core::ProcessExit::Kind::Signaled: {
        const char *name = sigabbrev_np(m_exit.signal);
        const QString signal
            = name ? QStringLiteral("%1 (SIG%2)").arg(m_exit.signal).arg(QString::fromLatin1(name))
                   : QString::number(m_exit.signal);
        return tr("[process terminated by signal %1]").arg(signal);
    }
    case Core::ProcessExit::Kind::Unknown:
        break;
    }
    return tr("[process exited]");
}

void TerminalPane::writeToScreen(const QString &text)
{
    // qtermwidget has no public call that shows text without sending it to the program; its
    // session's slot that takes the program's output does (with the same decoding).
    const QByteArray bytes = text.toUtf8();
    for (QObject *child : m_terminal->findChildren<QObject *>()) {
        if (qstrcmp(child->metaObject()->className(), "Konsole::Session") != 0)
            continue;
        if (QMetaObject::invokeMethod(child, "onReceiveBlock", Qt::DirectConnection,
                                      Q_ARG(const char *, bytes.constData()),
                                      Q_ARG(int, int(bytes.size()))))
            return;
    }
    qCWarning(lcTerminal) << "qtermwidget has no onReceiveBlock slot: exit shown in the bar only";
}

void TerminalPane::restart()
{
    if (m_running)
        return;
    // Deleted later: this may run inside the old display's event filter (Enter).
    QTermWidget *old = m_terminal;
    m_display->removeEventFilter(this);
    disconnect(old, nullptr, this, nullptr);
    disconnect(m_display, nullptr, this, nullptr);
    old->hide();
    old->deleteLater();
    ++m_hoverGeneration;
    m_hoverCells.clear();
    m_hoverText.clear();
    m_hoverCell = QPoint(-1, -1);
    m_title.clear();
    createTerminal();
    start();
    Q_EMIT titleChanged(m_title);
    m_terminal->setFocus();
}

qint64 TerminalPane::shellProcessId() const
{
    return m_running ? m_terminal->getShellPID() : 0;
}

QString TerminalPane::title() const
{
    return m_title;
}

void TerminalPane::sendText(const QString &text)
{
    m_terminal->sendText(text);
}

void TerminalPane::applyColorScheme(Qt::ColorScheme scheme)
{
    const bool dark = scheme == Qt::ColorScheme::Dark;
    const QString wanted = dark ? QStringLiteral("WhiteOnBlack") : QStringLiteral("BlackOnWhite");
    if (QTermWidget::availableColorSchemes().contains(wanted))
        setColorSchemeSource(wanted, wanted);
}

void TerminalPane::setColorSchemeSource(const QString &source, const QString &name)
{
    m_terminal->setColorScheme(source);
    m_colorSchemeSource = source;
    m_colorScheme = name;
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
        setColorSchemeSource(name, name);
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
                setColorSchemeSource(path, name);
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

void TerminalPane::hoverLinkAt(int row, int column)
{
    const quint64 generation = ++m_hoverGeneration;
    const ScreenText screen = readScreen(m_terminal);
    const int first = firstVisibleRow(m_terminal, m_display);
    const int absoluteRow = first + row;
    const int columns = m_terminal->screenColumnsCount();
    const auto none = [this] {
        clearHover();
        Q_EMIT linkHovered(false);
    };
    if (row < 0 || column < 0 || column >= columns || absoluteRow >= screen.rows.size()) {
        none();
        return;
    }
    const RowStart start = screen.rows.at(absoluteRow);
    const QString line = screen.lines.at(start.line);
    const int index = Core::TerminalLinks::indexAtCell(line, start.cell + column);
    if (index >= line.size()) {
        none();
        return;
    }
    // The screen rows of the same line, to underline a link that wraps.
    QList<std::pair<int, int>> lineRows; // visible row, first cell
    for (int r = 0; r < screen.rows.size(); ++r) {
        if (screen.rows.at(r).line == start.line && r >= first
            && r < first + m_terminal->screenLinesCount())
            lineRows.append({r - first, screen.rows.at(r).cell});
    }
    const qint64 pid = shellProcessId();
    const QString startFolder = m_workingDirectory;
    const QString workspace = m_workspaceFolder;
    using Links = QList<Core::TerminalLink>;
    auto *watcher = new QFutureWatcher<Links>(this);
    connect(watcher, &QFutureWatcher<Links>::finished, this,
            [this, watcher, generation, index, line, lineRows, columns] {
                const Links links = watcher->result();
                watcher->deleteLater();
                if (generation != m_hoverGeneration || !m_hoverOverlay)
                    return; // the mouse moved on, Ctrl was released, or the terminal restarted
                const Core::TerminalLink *link = Core::TerminalLinks::linkAt(links, index);
                if (!link) {
                    clearHover();
                    Q_EMIT linkHovered(false);
                    return;
                }
                const int from = Core::TerminalLinks::cellCount(line.left(link->start));
                const int to
                    = Core::TerminalLinks::cellCount(line.left(link->start + link->length));
                QList<QRect> cells;
                for (const auto &[visibleRow, rowCell] : lineRows) {
                    const int begin = std::max(from, rowCell);
                    const int end = std::min(to, rowCell + columns);
                    if (begin < end)
                        cells.append(cellRect(visibleRow, begin - rowCell)
                                         .united(cellRect(visibleRow, end - 1 - rowCell)));
                }
                QString text;
                if (link->kind == Core::TerminalLink::Kind::Url)
                    text = tr("Open %1 (Ctrl+click)").arg(link->target);
                else if (link->line > 0)
                    text = tr("Open %1 at line %2 (Ctrl+click)")
                               .arg(QDir::toNativeSeparators(link->target))
                               .arg(link->line);
                else
                    text = tr("Open %1 (Ctrl+click)").arg(QDir::toNativeSeparators(link->target));
                m_hoverCells = cells;
                m_hoverText = text;
                const QColor color = m_display->palette().color(QPalette::Text);
                static_cast<HoverUnderline *>(m_hoverOverlay.data())->setCells(cells, color);
                m_hoverOverlay->setGeometry(m_display->rect());
                m_hoverOverlay->show();
                m_hoverOverlay->raise();
                m_display->setCursor(Qt::PointingHandCursor);
                QRect area;
                for (const QRect &cell : std::as_const(cells))
                    area = area.united(cell);
                if (!cells.isEmpty())
                    QToolTip::showText(m_display->mapToGlobal(cells.first().bottomLeft()), text,
                                       m_display, area);
                Q_EMIT linkHovered(true);
            });
    watcher->setFuture(QtConcurrent::run([line, pid, startFolder, workspace] {
        QString folder;
        if (pid > 0)
            folder = QFile::symLinkTarget(QStringLiteral("/proc/%1/cwd").arg(pid));
        if (folder.isEmpty())
            folder = startFolder;
        return Core::TerminalLinks::find(line, folder, workspace);
    }));
}

void TerminalPane::clearHover()
{
    m_hoverCell = QPoint(-1, -1);
    if (m_hoverCells.isEmpty() && m_hoverText.isEmpty())
        return;
    ++m_hoverGeneration;
    m_hoverCells.clear();
    m_hoverText.clear();
    if (m_hoverOverlay)
        m_hoverOverlay->hide();
    if (m_display)
        m_display->setCursor(Qt::IBeamCursor);
    QToolTip::hideText();
}

void TerminalPane::hoverAtMouse(const QPoint &position, Qt::KeyboardModifiers modifiers)
{
    if (!modifiers.testFlag(Qt::ControlModifier) || !m_display->rect().contains(position)) {
        ++m_hoverGeneration; // a lookup on its way is no longer wanted
        m_hoverTimer->stop();
        clearHover();
        return;
    }
    const int margin = m_terminal->getMargin();
    const QPoint cell((position.x() - margin) / cellWidth(),
                      (position.y() - margin) / cellHeight());
    if (cell == m_hoverCell)
        return;
    m_hoverCell = cell;
    // Still on the link underlined: nothing to look up.
    for (const QRect &rect : std::as_const(m_hoverCells)) {
        if (rect.contains(position))
            return;
    }
    // Reading the scrollback is GUI-thread work: once the mouse rests, not per cell crossed.
    m_hoverTimer->start();
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
        if (m_exited && !m_running
            && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            restart();
            return true;
        }
        if (key->key() == Qt::Key_Control)
            hoverAtMouse(m_display->mapFromGlobal(QCursor::pos()), Qt::ControlModifier);
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
    case QEvent::KeyRelease:
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Control)
            hoverAtMouse({}, {});
        break;
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        hoverAtMouse(mouse->position().toPoint(), mouse->modifiers());
        break;
    }
    case QEvent::Leave:
    case QEvent::FocusOut:
    case QEvent::Wheel:
        hoverAtMouse({}, {});
        break;
    case QEvent::Resize:
        clearHover();
        break;
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
