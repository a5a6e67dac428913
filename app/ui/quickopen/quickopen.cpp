// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "quickopen.h"

#include "core/workspace/fileindex.h"
#include "core/workspace/quickopenranker.h"
#include "core/workspace/quickopensearch.h"
#include "quickopendelegate.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListView>
#include <QtWidgets/QMainWindow>

using namespace Qt::StringLiterals;

namespace Baton::Ui {

namespace {

constexpr int maxWidth = 640;
constexpr int maxVisibleRows = 12;
constexpr int maxRecentCommands = 20;
const QString recentCommandsKey = u"quickOpen/recentCommands"_s;

// Splits a file's matched characters (into its relative path) between name and folder.
void splitHighlights(const QList<int> &positions, int nameStart, QList<int> *name,
                     QList<int> *folder)
{
    for (const int position : positions) {
        if (position >= nameStart)
            name->append(position - nameStart);
        else if (position < nameStart - 1)
            folder->append(position);
    }
}

} // namespace

QuickOpen::QuickOpen(Core::FileIndex &index, QWidget *parent)
    : QFrame(parent)
    , m_index(index)
{
    setObjectName(u"quickOpen"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_search = new Core::QuickOpenSearch(this);
    m_model = new QuickOpenModel(this);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"quickOpenInput"_s);
    m_edit->installEventFilter(this);
    m_list = new QListView(this);
    m_list->setObjectName(u"quickOpenList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new QuickOpenDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_status = new QLabel(this);
    m_status->setObjectName(u"quickOpenStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_list);
    layout->addWidget(m_status);

    connect(m_edit, &QLineEdit::textChanged, this, &QuickOpen::textChanged);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &clicked) {
        m_list->setCurrentIndex(clicked);
        accept();
    });
    connect(m_search, &Core::QuickOpenSearch::finished, this, &QuickOpen::showFiles);
    connect(&m_index, &Core::FileIndex::ready, this, [this] {
        m_search->setFiles(m_index.files());
        updateStatus();
    });
    m_search->setFiles(m_index.files());
    // Like VS Code: clicking or tabbing anywhere else closes it.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!isVisible() || !now || now == this || isAncestorOf(now))
            return;
        m_previousFocus = nullptr;
        hide();
    });
    if (parent)
        parent->installEventFilter(this); // follow its size
    hide();
    changeEvent(nullptr);
}

QuickOpen::~QuickOpen() = default;

void QuickOpen::setRecentFiles(const QStringList &recent)
{
    m_recentFiles = recent;
}

void QuickOpen::setCommands(const QList<Command> &commands)
{
    m_commands = commands;
}

QStringList QuickOpen::recentCommands() const
{
    return QSettings().value(recentCommandsKey).toStringList();
}

void QuickOpen::popup(const QString &text)
{
    if (!isVisible()) {
        QWidget *focus = QApplication::focusWidget();
        m_previousFocus = focus && focus != this && !isAncestorOf(focus) ? focus : nullptr;
    }
    show();
    raise();
    place();
    if (m_edit->text() == text)
        textChanged();
    else
        m_edit->setText(text);
    m_edit->setFocus(Qt::PopupFocusReason);
    m_edit->end(false);
}

void QuickOpen::dismiss()
{
    if (!isVisible())
        return;
    const QPointer<QWidget> previous = m_previousFocus;
    m_previousFocus = nullptr;
    hide();
    if (previous)
        previous->setFocus(Qt::PopupFocusReason);
}

QStringList QuickOpen::recentRelative() const
{
    const QString root = m_index.files()->root;
    QStringList relative;
    if (root.isEmpty())
        return relative;
    for (const QString &path : m_recentFiles) {
        if (path.startsWith(root + u'/'))
            relative.append(path.mid(root.size() + 1));
    }
    return relative;
}

void QuickOpen::textChanged()
{
    if (!isVisible())
        return;
    const QString text = m_edit->text();
    if (text.startsWith(u'>')) {
        m_fileMode = false;
        showCommands(text.mid(1).trimmed());
        return;
    }
    if (text.startsWith(u':')) {
        m_fileMode = false;
        showLine(text.mid(1));
        return;
    }
    m_fileMode = true;
    // "path:LINE" or "path:LINE:COL" (a ':' being typed is ignored).
    static const QRegularExpression placeSuffix(uR"(^(.*?)(?::(\d*)(?::(\d*))?)?$)"_s);
    const QRegularExpressionMatch parts = placeSuffix.match(text);
    m_line = parts.captured(2).toInt();
    m_column = parts.captured(3).toInt();
    m_fileQuery = parts.captured(1).trimmed();
    m_search->setRecent(recentRelative());
    m_search->search(m_fileQuery);
    updateStatus();
}

void QuickOpen::showFiles(const Core::QuickOpenRanking &ranking)
{
    if (!isVisible() || !m_fileMode || ranking.query != m_fileQuery)
        return;
    const QString root = m_search->files()->root;
    QList<QuickOpenItem> items;
    items.reserve(ranking.matches.size());
    for (const Core::QuickOpenMatch &match : ranking.matches) {
        QuickOpenItem item;
        const int nameStart = int(match.path.lastIndexOf(u'/') + 1);
        item.title = match.path.mid(nameStart);
        if (nameStart > 0)
            item.detail = match.path.left(nameStart - 1);
        splitHighlights(match.positions, nameStart, &item.titleHighlights, &item.detailHighlights);
        if (match.recent)
            item.hint = tr("recently opened");
        item.path = root + u'/' + match.path;
        item.line = m_line;
        item.column = m_column;
        items.append(item);
    }
    m_model->setItems(std::move(items));
    m_list->setCurrentIndex(m_model->index(0, 0));
    fitList();
    updateStatus();
}

void QuickOpen::showCommands(const QString &query)
{
    QStringList labels;
    QHash<QString, qsizetype> byLabel;
    for (qsizetype i = 0; i < m_commands.size(); ++i) {
        const Command &command = m_commands.at(i);
        if (!command.action || !command.action->isVisible() || byLabel.contains(command.label))
            continue;
        labels.append(command.label);
        byLabel.insert(command.label, i);
    }
    QStringList recent;
    for (const QString &id : recentCommands()) {
        for (const Command &command : std::as_const(m_commands)) {
            if (command.id == id)
                recent.append(command.label);
        }
    }
    const auto list = Core::FileList::make(QString(), labels);
    const Core::QuickOpenRanking ranking
        = Core::QuickOpenRanker::rank(*list, recent, query, int(labels.size()));
    QList<QuickOpenItem> items;
    for (const Core::QuickOpenMatch &match : ranking.matches) {
        const Command &command = m_commands.at(byLabel.value(match.path));
        QuickOpenItem item;
        item.title = command.label;
        item.titleHighlights = match.positions;
        item.hint = command.action->shortcut().toString(QKeySequence::NativeText);
        item.enabled = command.action->isEnabled();
        item.commandId = command.id;
        item.action = command.action;
        items.append(item);
    }
    m_model->setItems(std::move(items));
    m_list->setCurrentIndex(m_model->index(0, 0));
    fitList();
    updateStatus();
}

void QuickOpen::showLine(const QString &text)
{
    static const QRegularExpression lineColumn(uR"(^\s*(\d*)\s*(?::(\d*))?\s*$)"_s);
    const QRegularExpressionMatch parts = lineColumn.match(text);
    m_line = parts.hasMatch() ? parts.captured(1).toInt() : 0;
    m_column = parts.hasMatch() ? parts.captured(2).toInt() : 0;
    QuickOpenItem item;
    if (m_line > 0) {
        item.title = m_column > 0 ? tr("Go to line %1, column %2").arg(m_line).arg(m_column)
                                  : tr("Go to line %1").arg(m_line);
        item.line = m_line;
        item.column = m_column;
    } else {
        item.title = tr("Type a line number to go to, optionally :column");
        item.enabled = false;
    }
    m_model->setItems({item});
    m_list->setCurrentIndex(m_model->index(0, 0));
    fitList();
    updateStatus();
}

void QuickOpen::accept()
{
    const QuickOpenItem *current = m_model->item(m_list->currentIndex().row());
    if (!current)
        return;
    const QuickOpenItem item = *current; // the model may change below
    if (!item.enabled) {
        if (!item.commandId.isEmpty()) {
            m_status->setText(tr("“%1” is not available now.").arg(item.title));
            m_status->show();
            adjustSize();
        }
        return;
    }
    if (!item.commandId.isEmpty()) {
        QStringList recent = recentCommands();
        recent.removeAll(item.commandId);
        recent.prepend(item.commandId);
        while (recent.size() > maxRecentCommands)
            recent.removeLast();
        QSettings().setValue(recentCommandsKey, recent);
        dismiss();
        if (item.action)
            item.action->trigger();
        Q_EMIT commandActivated(item.commandId);
        return;
    }
    if (!item.path.isEmpty()) {
        dismiss();
        Q_EMIT fileActivated(item.path, item.line, item.column);
        return;
    }
    if (item.line > 0) {
        dismiss();
        Q_EMIT lineActivated(item.line, item.column);
    }
}

void QuickOpen::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = m_list->currentIndex().row();
    int next = row + delta;
    if (delta == 1 || delta == -1)
        next = (next + rows) % rows; // arrows wrap around, as in VS Code
    else
        next = std::clamp(next, 0, rows - 1);
    m_list->setCurrentIndex(m_model->index(next, 0));
}

bool QuickOpen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int page = std::max(1, m_list->height() / std::max(1, m_list->sizeHintForRow(0)) - 1);
        switch (key->key()) {
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_PageUp:
            moveSelection(-page);
            return true;
        case Qt::Key_PageDown:
            moveSelection(page);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            accept();
            return true;
        case Qt::Key_Escape:
            dismiss();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void QuickOpen::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_edit->setPlaceholderText(
            tr("Search files by name (add :line to go to a line), > for commands, : for a line"));
        if (event && isVisible())
            textChanged();
    }
    if (event)
        QFrame::changeEvent(event);
}

void QuickOpen::place()
{
    QWidget *parent = parentWidget();
    if (!parent)
        return;
    int top = 0;
    if (auto *window = qobject_cast<QMainWindow *>(parent); window && window->centralWidget())
        top = window->centralWidget()->geometry().top();
    const int width = std::max(200, std::min(maxWidth, parent->width() - 32));
    setFixedWidth(width);
    move((parent->width() - width) / 2, top + 4);
    fitList();
}

void QuickOpen::fitList()
{
    const int rows = std::min(m_model->rowCount(), maxVisibleRows);
    m_list->setVisible(rows > 0);
    if (rows > 0)
        m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth());
    adjustSize();
}

void QuickOpen::updateStatus()
{
    QString message;
    if (m_fileMode) {
        if (m_index.folder().isEmpty())
            message = tr("Open a folder to search its files.");
        else if (!m_index.isReady())
            message = tr("Indexing files…");
        else if (m_model->rowCount() == 0 && !m_search->isBusy())
            message = tr("No matching files.");
        else if (m_index.files()->truncated)
            message = tr("Only the first %n files of this folder are searched.", nullptr,
                         int(m_index.files()->size()));
    } else if (m_model->rowCount() == 0) {
        message = tr("No matching commands.");
    }
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
    adjustSize();
}

} // namespace Baton::Ui
