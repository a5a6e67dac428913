// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "ui/search/searchpanel.h"

#include "ui/editor/editorview.h"
#include "ui/search/replacepreviewdialog.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtGui/QKeyEvent>
#include <QtGui/QPainter>
#include <QtGui/QShortcut>
#include <QtGui/QTextLayout>
#include <QtWidgets/QApplication>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

#include <QtWidgets/QStyledItemDelegate>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeWidget>

namespace Baton::Ui {

namespace {

constexpr int debounceMs = 250;
// Rows added to the tree per event-loop turn: a few milliseconds of work.
constexpr int rowsPerTurn = 300;

enum Role {
    PathRole = Qt::UserRole + 1, // absolute path (file and match rows)
    LineRole,                    // 0-based line
    ColumnRole,                  // UTF-8 byte column of the match
    LengthRole,                  // UTF-8 bytes of the match
    HighlightRole,               // QPoint(start, length) of the match in the shown text
    LineNumberRole,              // the 1-based line number shown
    CountRole,                   // matches in the file (file rows)
    RelativePathRole,            // the path shown (file rows)
};

// Paints a match row: the line number, dimmed, then the line with the match highlighted.
class MatchDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (!index.data(LineNumberRole).isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(2, 0, -2, 0);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group
            = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const QColor textColor = opt.palette.color(
            group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dim = textColor;
        dim.setAlphaF(0.55f);

        painter->save();
        painter->setClipRect(area);
        painter->setFont(opt.font);
        const QString number = index.data(LineNumberRole).toString() + u' ';
        painter->setPen(dim);
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, number);
        const int numberWidth = opt.fontMetrics.horizontalAdvance(number) + 4;

        QTextLayout layout(text, opt.font);
        QTextCharFormat match;
        QColor background(234, 92, 0); // VS Code's find-match orange
        background.setAlphaF(0.45f);
        match.setBackground(background);
        const QPoint highlight = index.data(HighlightRole).toPoint();
        if (highlight.y() > 0)
            layout.setFormats({{highlight.x(), highlight.y(), match}});
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(1e6);
        layout.endLayout();
        painter->setPen(textColor);
        const qreal top = area.top() + (area.height() - line.height()) / 2;
        layout.draw(painter, QPointF(area.left() + numberWidth, top));
        painter->restore();
    }
};

QToolButton *toggleButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

// English needs singular and plural; the translations have one form (no %n plurals here).
static QString resultsText(int count)
{
    return count == 1 ? SearchPanel::tr("1 result") : SearchPanel::tr("%1 results").arg(count);
}

static QString filesText(int count)
{
    return count == 1 ? SearchPanel::tr("1 file") : SearchPanel::tr("%1 files").arg(count);
}

static QString occurrencesText(int count)
{
    return count == 1 ? SearchPanel::tr("1 occurrence")
                      : SearchPanel::tr("%1 occurrences").arg(count);
}

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("searchPanel"));
    m_toggleReplace = new QToolButton(this);
    m_toggleReplace->setObjectName(QStringLiteral("toggleReplace"));
    m_toggleReplace->setAutoRaise(true);
    m_toggleReplace->setText(QStringLiteral("›"));
    m_toggleReplace->setFocusPolicy(Qt::NoFocus);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("searchField"));
    m_find->setClearButtonEnabled(true);
    m_case = toggleButton(QStringLiteral("Aa"), QStringLiteral("matchCase"), this);
    m_word = toggleButton(QStringLiteral("ab"), QStringLiteral("wholeWord"), this);
    m_regex = toggleButton(QStringLiteral(".*"), QStringLiteral("regularExpression"), this);
    QFont underlined = m_word->font();
    underlined.setUnderline(true);
    m_word->setFont(underlined);

    m_replace = new QLineEdit(this);
    m_replace->setObjectName(QStringLiteral("replaceField"));
    m_replaceAll = new QPushButton(this);
    m_replaceAll->setObjectName(QStringLiteral("replaceAll"));
    m_replaceAll->setFocusPolicy(Qt::TabFocus);
    m_include = new QLineEdit(this);
    m_include->setObjectName(QStringLiteral("includeGlobs"));
    m_exclude = new QLineEdit(this);
    m_exclude->setObjectName(QStringLiteral("excludeGlobs"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("searchResults"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new MatchDelegate(m_tree));
    m_tree->setTextElideMode(Qt::ElideRight);

    auto *findRow = new QHBoxLayout;
    findRow->setSpacing(2);
    findRow->addWidget(m_toggleReplace);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_case);
    findRow->addWidget(m_word);
    findRow->addWidget(m_regex);
    m_replaceRow = new QWidget(this);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(m_toggleReplace->sizeHint().width() + 2, 0, 0, 0);
    replaceRow->setSpacing(2);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(m_replaceAll);
    m_replaceRow->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);
    layout->addWidget(m_include);
    layout->addWidget(m_exclude);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::search);
    m_drain = new QTimer(this);
    m_drain->setSingleShot(true);
    m_drain->setInterval(0);
    connect(m_drain, &QTimer::timeout, this, &SearchPanel::drainResults);

    for (QLineEdit *field : {m_find, m_include, m_exclude}) {
        connect(field, &QLineEdit::textEdited, this, &SearchPanel::scheduleSearch);
        connect(field, &QLineEdit::returnPressed, this, &SearchPanel::search);
    }
    connect(m_replace, &QLineEdit::returnPressed, this, &SearchPanel::replaceAll);
    for (QToolButton *toggle : {m_case, m_word, m_regex})
        connect(toggle, &QToolButton::toggled, this, &SearchPanel::search);
    connect(m_toggleReplace, &QToolButton::clicked, this, [this] {
        m_replaceRow->setVisible(!m_replaceRow->isVisible());
        m_toggleReplace->setText(m_replaceRow->isVisible() ? QStringLiteral("⌄")
                                                           : QStringLiteral("›"));
        if (m_replaceRow->isVisible())
            m_replace->setFocus();
    });
    connect(m_replaceAll, &QPushButton::clicked, this, &SearchPanel::replaceAll);
    connect(m_tree, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    // VS Code's toggles, with the focus anywhere in the panel.
    const auto shortcut = [this](const char *keys, QToolButton *toggle) {
        auto *sc = new QShortcut(QKeySequence(QString::fromLatin1(keys)), this);
        sc->setContext(Qt::WidgetWithChildrenShortcut);
        connect(sc, &QShortcut::activated, toggle, &QToolButton::toggle);
    };
    shortcut("Alt+C", m_case);
    shortcut("Alt+W", m_word);
    shortcut("Alt+R", m_regex);
    m_find->installEventFilter(this);
    retranslate();
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::retranslate()
{
    m_find->setPlaceholderText(tr("Search"));
    m_replace->setPlaceholderText(tr("Replace"));
    m_include->setPlaceholderText(tr("Files to include (e.g. *.cpp, src/**)"));
    m_exclude->setPlaceholderText(tr("Files to exclude"));
    m_case->setToolTip(tr("Match Case (Alt+C)"));
    m_word->setToolTip(tr("Match Whole Word (Alt+W)"));
    m_regex->setToolTip(tr("Use Regular Expression (Alt+R)"));
    m_toggleReplace->setToolTip(tr("Toggle Replace"));
    m_replaceAll->setText(tr("Replace All"));
    m_replaceAll->setToolTip(tr("Replace All, after a preview"));
    updateSummary();
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field goes to the results, as in VS Code.
    if (watched == m_find && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_tree->topLevelItemCount()) {
        m_tree->setFocus();
        if (!m_tree->currentItem())
            m_tree->setCurrentItem(m_tree->topLevelItem(0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    search();
}

void SearchPanel::focusSearch(const QString &text)
{
    if (!text.isEmpty() && text != m_find->text()) {
        m_find->setText(text);
        search();
    }
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

Core::SearchQuery SearchPanel::currentQuery() const
{
    Core::SearchQuery query;
    query.pattern = m_find->text();
    query.regularExpression = m_regex->isChecked();
    query.caseSensitive = m_case->isChecked();
    query.wholeWord = m_word->isChecked();
    query.includeGlobs = Core::SearchQuery::splitGlobs(m_include->text());
    query.excludeGlobs = Core::SearchQuery::splitGlobs(m_exclude->text());
    return query;
}

void SearchPanel::scheduleSearch()
{
    m_debounce->start(debounceMs);
}

void SearchPanel::search()
{
    m_debounce->stop();
    if (m_search) {
        m_search->cancel();
        m_search->deleteLater();
    }
    m_tree->clear();
    m_fileItems.clear();
    m_results.clear();
    m_queue.clear();
    m_queued = 0;
    m_matchCount = 0;
    m_error.clear();
    m_notice.clear();
    m_lastSummary = {};
    m_query = currentQuery();
    m_finished = true;
    if (m_folder.isEmpty() || m_query.pattern.isEmpty()) {
        updateSummary();
        Q_EMIT searchFinished();
        return;
    }
    m_finished = false;
    m_search = new Core::TextSearch(m_query, m_folder, m_backend, this);
    m_search->setUnsavedTexts(unsavedTexts());
    connect(m_search, &Core::TextSearch::resultsFound, this, &SearchPanel::addResults);
    connect(m_search, &Core::TextSearch::finished, this,
            [this](const Core::TextSearch::Summary &summary) {
                m_lastSummary = summary;
                m_finished = true;
                m_search->deleteLater();
                searchDone();
            });
    connect(m_search, &Core::TextSearch::failed, this, [this](const QString &message) {
        m_error = message;
        m_finished = true;
        m_search->deleteLater();
        searchDone();
    });
    m_search->start();
    updateSummary();
}

QHash<QString, QByteArray> SearchPanel::unsavedTexts() const
{
    // What the user sees is what is searched, as in VS Code: a modified editor's text replaces
    // its file. A copy of the document's bytes (a memcpy, no disk); one per file, as split
    // views share a document. Untitled editors have no place in the workspace: not searched.
    QHash<QString, QByteArray> texts;
    if (!m_editors)
        return texts;
    const QDir folder(m_folder);
    for (EditorView *editor : m_editors()) {
        if (editor->filePath().isEmpty() || !editor->isModified())
            continue;
        const QString relative
            = QDir::fromNativeSeparators(folder.relativeFilePath(editor->filePath()));
        if (relative.isEmpty() || relative == u".." || relative.startsWith(u"../")
            || QDir::isAbsolutePath(relative) || texts.contains(relative))
            continue;
        const auto length
            = static_cast<int>(editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
        const auto *characters = reinterpret_cast<const char *>(
            editor->SendScintilla(QsciScintillaBase::SCI_GETCHARACTERPOINTER));
        texts.insert(relative, QByteArray(characters, length));
    }
    return texts;
}

void SearchPanel::addResults(const QList<Core::SearchResult> &results)
{
    m_results += results;
    m_queue += results;
    if (!m_drain->isActive())
        m_drain->start();
}

void SearchPanel::drainResults()
{
    QSet<QTreeWidgetItem *> touched;
    int rows = 0;
    const QFont bold = [this] {
        QFont font = m_tree->font();
        font.setBold(true);
        return font;
    }();
    while (m_queued < m_queue.size() && rows < rowsPerTurn) {
        const Core::SearchResult &result = m_queue.at(m_queued++);
        const QString absolute = QDir(m_folder).filePath(result.path);
        QTreeWidgetItem *&fileItem = m_fileItems[result.path];
        if (!fileItem) {
            fileItem = new QTreeWidgetItem(m_tree);
            fileItem->setData(0, PathRole, absolute);
            fileItem->setData(0, RelativePathRole, QDir::toNativeSeparators(result.path));
            fileItem->setData(0, CountRole, 0);
            fileItem->setToolTip(0, QDir::toNativeSeparators(absolute));
            fileItem->setFont(0, bold);
            fileItem->setExpanded(true);
        }
        // Shown without the leading indentation, as VS Code does.
        qsizetype lead = 0;
        while (lead < result.text.size() && result.text.at(lead).isSpace())
            ++lead;
        const QString shown = result.text.mid(lead);
        for (const Core::SearchResult::Range &range : result.ranges) {
            auto *item = new QTreeWidgetItem(fileItem);
            item->setText(0, shown);
            item->setData(0, PathRole, absolute);
            item->setData(0, LineRole, result.line);
            item->setData(0, ColumnRole, range.byteStart);
            item->setData(0, LengthRole, range.byteLength);
            item->setData(0, LineNumberRole, result.line + 1);
            const int start = range.start - result.textStart - int(lead);
            if (start >= 0 && start < shown.size())
                item->setData(0, HighlightRole,
                              QPoint(start, std::min(range.length, int(shown.size()) - start)));
            QString tip;
            if (!result.before.isNull())
                tip += result.before + u'\n';
            tip += result.text;
            if (!result.after.isNull())
                tip += u'\n' + result.after;
            item->setToolTip(0, tip);
            ++rows;
        }
        fileItem->setData(0, CountRole, fileItem->data(0, CountRole).toInt()
                                            + int(result.ranges.size()));
        m_matchCount += int(result.ranges.size());
        touched.insert(fileItem);
    }
    for (QTreeWidgetItem *fileItem : std::as_const(touched))
        fileItem->setText(0, tr("%1 (%2)")
                                 .arg(fileItem->data(0, RelativePathRole).toString())
                                 .arg(fileItem->data(0, CountRole).toInt()));
    if (m_queued < m_queue.size()) {
        m_drain->start();
    } else {
        m_queue.clear();
        m_queued = 0;
    }
    updateSummary();
    if (m_finished && m_queue.isEmpty())
        Q_EMIT searchFinished();
}

void SearchPanel::searchDone()
{
    if (m_drain->isActive() || !m_queue.isEmpty())
        return; // drainResults() finishes the job
    updateSummary();
    Q_EMIT searchFinished();
}

void SearchPanel::updateSummary()
{
    QString text;
    bool error = false;
    if (!m_error.isEmpty()) {
        text = m_error;
        error = true;
    } else if (m_query.pattern.isEmpty() || m_folder.isEmpty()) {
        text = m_folder.isEmpty() ? tr("Open a folder to search in its files.") : QString();
    } else {
        const int files = int(m_fileItems.size());
        if (!m_finished && m_matchCount == 0)
            text = tr("Searching…");
        else if (m_finished && m_matchCount == 0 && m_queue.isEmpty())
            text = tr("No results.");
        else
            text = tr("%1 in %2").arg(resultsText(m_matchCount), filesText(files));
        if (!m_finished && m_matchCount > 0)
            text += u' ' + tr("(searching…)");
        if (m_finished && m_lastSummary.truncated)
            text += u'\n'
                    + tr("Only the first %1 results are shown; narrow the search to see the rest.")
                          .arg(m_query.maxResults);
    }
    if (!m_notice.isEmpty())
        text = text.isEmpty() ? m_notice : m_notice + u'\n' + text;
    m_summary->setText(text);
    m_summary->setStyleSheet(error ? QStringLiteral("color: #e51400;") : QString());
    m_find->setStyleSheet(error ? QStringLiteral("QLineEdit { border: 1px solid #e51400; }")
                                : QString());
}

void SearchPanel::activate(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, LineRole).isValid())
        return;
    Q_EMIT openRequested(item->data(0, PathRole).toString(), item->data(0, LineRole).toInt(),
                         item->data(0, ColumnRole).toInt(), item->data(0, LengthRole).toInt());
}

void SearchPanel::replaceAll()
{
    if (!m_finished || m_results.isEmpty() || m_folder.isEmpty())
        return;
    // Open editors are replaced in, not their files: their current text is what counts.
    QHash<QString, QByteArray> open;
    if (m_editors) {
        for (EditorView *editor : m_editors()) {
            if (editor->filePath().isEmpty() || open.contains(editor->filePath()))
                continue;
            const auto length = static_cast<int>(
                editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
            const auto *characters = reinterpret_cast<const char *>(
                editor->SendScintilla(QsciScintillaBase::SCI_GETCHARACTERPOINTER));
            open.insert(editor->filePath(), QByteArray(characters, length));
        }
    }
    const quint64 generation = ++m_replaceGeneration;
    const QString replacement = m_replace->text();
    auto *watcher = new QFutureWatcher<Core::ReplacePlan>(this);
    connect(watcher, &QFutureWatcher<Core::ReplacePlan>::finished, this,
            [this, watcher, generation, replacement] {
                const Core::ReplacePlan plan = watcher->result();
                watcher->deleteLater();
                if (generation != m_replaceGeneration)
                    return;
                auto *dialog = new ReplacePreviewDialog(plan, replacement, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::accepted, this,
                        [this, dialog] { applyPlan(dialog->plan()); });
                dialog->open();
            });
    m_notice = tr("Preparing the replacement…");
    updateSummary();
    watcher->setFuture(QtConcurrent::run(
        [folder = m_folder, query = m_query, results = m_results, replacement, open] {
            return Core::SearchReplace::plan(folder, query, results, replacement, open);
        }));
}

void SearchPanel::applyPlan(const Core::ReplacePlan &plan)
{
    QStringList failures;
    int replaced = 0;
    int editorFiles = 0;
    // Open editors: through the document, one undo step each, left unsaved.
    for (const Core::ReplaceFile &file : plan.files) {
        if (!file.openInEditor || !file.error.isEmpty() || file.edits().isEmpty())
            continue;
        EditorView *editor = nullptr;
        if (m_editors) {
            for (EditorView *candidate : m_editors()) {
                if (candidate->filePath() == file.absolutePath) {
                    editor = candidate;
                    break;
                }
            }
        }
        const QString shown = QDir::toNativeSeparators(file.path);
        if (!editor) {
            failures.append(tr("%1 was closed before the replacement; nothing was replaced in it.")
                                .arg(shown));
            continue;
        }
        if (editor->isReadOnly()) {
            failures.append(tr("%1 is read-only; nothing was replaced in it.").arg(shown));
            continue;
        }
        const auto length
            = static_cast<int>(editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
        const auto *characters = reinterpret_cast<const char *>(
            editor->SendScintilla(QsciScintillaBase::SCI_GETCHARACTERPOINTER));
        if (QByteArrayView(characters, length) != QByteArrayView(file.original)) {
            failures.append(tr("%1 was edited since the preview; nothing was replaced in it.")
                                .arg(shown));
            continue;
        }
        const QList<Core::ReplaceEdit> edits = file.edits();
        editor->SendScintilla(QsciScintillaBase::SCI_BEGINUNDOACTION);
        for (auto it = edits.crbegin(); it != edits.crend(); ++it) {
            editor->SendScintilla(QsciScintillaBase::SCI_SETTARGETRANGE,
                                  static_cast<unsigned long>(it->start),
                                  static_cast<long>(it->start + it->length));
            editor->SendScintilla(QsciScintillaBase::SCI_REPLACETARGET,
                                  static_cast<unsigned long>(it->bytes.size()),
                                  it->bytes.constData());
        }
        editor->SendScintilla(QsciScintillaBase::SCI_ENDUNDOACTION);
        replaced += int(edits.size());
        ++editorFiles;
    }
    const quint64 generation = ++m_replaceGeneration;
    auto *watcher = new QFutureWatcher<Core::SearchReplace::Outcome>(this);
    connect(watcher, &QFutureWatcher<Core::SearchReplace::Outcome>::finished, this,
            [this, watcher, generation, failures, replaced, editorFiles, plan] {
                Core::SearchReplace::Outcome outcome = watcher->result();
                watcher->deleteLater();
                int total = replaced;
                for (const Core::ReplaceFile &file : plan.files) {
                    if (!file.openInEditor && outcome.written.contains(file.path))
                        total += int(file.edits().size());
                }
                QStringList messages = failures + outcome.failures;
                const int files = editorFiles + int(outcome.written.size());
                search(); // the results now describe the replaced text
                m_notice = tr("Replaced %1 in %2.")
                               .arg(occurrencesText(total), filesText(files));
                if (!messages.isEmpty())
                    m_notice += u'\n' + messages.join(u'\n');
                updateSummary();
                if (generation == m_replaceGeneration)
                    Q_EMIT replaceFinished(total);
            });
    watcher->setFuture(QtConcurrent::run([plan] { return Core::SearchReplace::apply(plan); }));
}

} // namespace Baton::Ui
