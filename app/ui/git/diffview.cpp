// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "ui/git/diffview.h"

#include "core/git/headdiff.h"
#include "ui/editor/editorview.h"
#include "ui/git/headwatch.h"

#include <KSyntaxHighlighting/Theme>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QGuiApplication>
#include <QtGui/QIcon>
#include <QtGui/QStyleHints>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QToolBar>

#include <algorithm>

namespace Baton::Ui {

using KSyntaxHighlighting::Theme;

namespace {

// Row backgrounds of the two sides (markers drawn behind the text; not in any margin).
constexpr int RemovedRowMarker = 17;
constexpr int AddedRowMarker = 18;
constexpr int PaddingRowMarker = 19;

QList<QByteArray> splitLines(const QByteArray &bytes)
{
    QByteArray text = bytes;
    text.replace("\r\n", "\n");
    if (text.isEmpty())
        return {};
    QList<QByteArray> lines = text.split('\n');
    if (text.endsWith('\n'))
        lines.removeLast();
    return lines;
}

QColor blend(const QColor &base, const QColor &over, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + over.redF() * amount),
                            float(base.greenF() * (1 - amount) + over.greenF() * amount),
                            float(base.blueF() * (1 - amount) + over.blueF() * amount));
}

void colourRows(EditorView *side)
{
    const Theme theme = side->theme();
    const QColor background = QColor::fromRgb(theme.editorColor(Theme::BackgroundColor));
    const QColor text = QColor::fromRgb(theme.textColor(Theme::Normal));
    side->setMarkerBackgroundColor(blend(background, QColor(0xf8, 0x51, 0x49), 0.22),
                                   RemovedRowMarker);
    side->setMarkerBackgroundColor(blend(background, QColor(0x2e, 0xa0, 0x43), 0.22),
                                   AddedRowMarker);
    side->setMarkerBackgroundColor(blend(background, text, 0.06), PaddingRowMarker);
}

} // namespace

// Both sides as rows, computed off the GUI thread.
struct DiffView::Layout
{
    QString error;        // git could not be read
    bool outside = false; // no committed version: not in a repository, or ignored
    QByteArray left;
    QByteArray right;
    QList<RowKind> rows;
    QList<int> leftNumbers; // 1-based line numbers, 0 on padding rows
    QList<int> rightNumbers;
    QList<int> changeRows;
    QStringList headFolders;
};

DiffView::Layout DiffView::layOut(const std::shared_ptr<Core::HeadDiff> &diff,
                                  const QString &path, const QByteArray &text)
{
    Layout layout;
    const Core::Result<Core::HeadVersion> head = diff->headVersion(path);
    if (!head.ok()) {
        layout.error = head.errorMessage();
        return layout;
    }
    if (head->state == Core::HeadVersion::State::Outside) {
        layout.outside = true;
        return layout;
    }
    layout.headFolders = head->headFolders;
    const QList<QByteArray> oldLines = splitLines(head->bytes);
    const QList<QByteArray> newLines = splitLines(text);
    const QList<Core::DiffHunk> hunks = Core::HeadDiff::hunks(head->bytes, text, 0);

    QList<QByteArray> left;
    QList<QByteArray> right;
    const auto row = [&](RowKind kind, int oldLine, int newLine) {
        layout.rows.append(kind);
        left.append(oldLine >= 0 ? oldLines.value(oldLine) : QByteArray());
        right.append(newLine >= 0 ? newLines.value(newLine) : QByteArray());
        layout.leftNumbers.append(oldLine + 1);
        layout.rightNumbers.append(newLine + 1);
    };
    int oldLine = 0;
    int newLine = 0;
    const auto same = [&](int untilNewLine) {
        for (; newLine < untilNewLine; ++newLine, ++oldLine)
            row(RowKind::Same, oldLine, newLine);
    };
    for (const Core::DiffHunk &hunk : hunks) {
        same(hunk.newStart);
        oldLine = hunk.oldStart;
        layout.changeRows.append(int(layout.rows.size()));
        const int paired = std::min(hunk.oldCount, hunk.newCount);
        for (int i = 0; i < std::max(hunk.oldCount, hunk.newCount); ++i) {
            if (i < paired)
                row(RowKind::Changed, hunk.oldStart + i, hunk.newStart + i);
            else if (i < hunk.oldCount)
                row(RowKind::Removed, hunk.oldStart + i, -1);
            else
                row(RowKind::Added, -1, hunk.newStart + i);
        }
        oldLine = hunk.oldStart + hunk.oldCount;
        newLine = hunk.newStart + hunk.newCount;
    }
    same(int(newLines.size()));
    layout.left = left.join('\n');
    layout.right = right.join('\n');
    return layout;
}

DiffView::DiffView(KSyntaxHighlighting::Repository &syntax, std::shared_ptr<Core::HeadDiff> diff,
                   QWidget *parent)
    : QWidget(parent)
    , m_syntax(syntax)
    , m_diff(std::move(diff))
    , m_typingTimer(new QTimer(this))
    , m_headWatch(new HeadWatch(this))
{
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(typingDelayMs);
    connect(m_typingTimer, &QTimer::timeout, this, &DiffView::refresh);
    connect(m_headWatch, &HeadWatch::headMayHaveMoved, this, &DiffView::refresh);
    auto *toolBar = new QToolBar(this);
    toolBar->setIconSize(QSize(16, 16));
    m_previousAction = toolBar->addAction(QIcon::fromTheme(QStringLiteral("go-up")), QString(),
                                          this, &DiffView::previousChange);
    m_previousAction->setObjectName(QStringLiteral("diff.previousChange"));
    m_previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    m_previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_nextAction = toolBar->addAction(QIcon::fromTheme(QStringLiteral("go-down")), QString(), this,
                                      &DiffView::nextChange);
    m_nextAction->setObjectName(QStringLiteral("diff.nextChange"));
    m_nextAction->setShortcut(QKeySequence(Qt::Key_F7));
    m_nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_previousAction);
    addAction(m_nextAction);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setWordWrap(true);
    toolBar->addWidget(m_summary);

    const auto side = [this](QLabel *&label) {
        auto *container = new QWidget(this);
        auto *layout = new QVBoxLayout(container);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        label = new QLabel(container);
        label->setContentsMargins(6, 2, 6, 2);
        auto *editor = new EditorView(m_syntax, container);
        editor->setReadOnly(true);
        editor->setWordWrap(false);
        editor->setMarginWidth(1, 0);
        editor->setMarginType(0, QsciScintilla::TextMarginRightJustified);
        for (const int marker : {RemovedRowMarker, AddedRowMarker, PaddingRowMarker})
            editor->markerDefine(QsciScintilla::Background, marker);
        colourRows(editor);
        layout->addWidget(label);
        layout->addWidget(editor, 1);
        return std::pair{container, editor};
    };
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    const auto [leftContainer, left] = side(m_headLabel);
    const auto [rightContainer, right] = side(m_workingLabel);
    m_left = left;
    m_right = right;
    m_left->setObjectName(QStringLiteral("diffHead"));
    m_right->setObjectName(QStringLiteral("diffWorkingTree"));
    splitter->addWidget(leftContainer);
    splitter->addWidget(rightContainer);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);

    constexpr int scrolled
        = QsciScintillaBase::SC_UPDATE_V_SCROLL | QsciScintillaBase::SC_UPDATE_H_SCROLL;
    connect(m_left, &QsciScintillaBase::SCN_UPDATEUI, this, [this](int updated) {
        if (updated & scrolled)
            syncScroll(m_left, m_right);
    });
    connect(m_right, &QsciScintillaBase::SCN_UPDATEUI, this, [this](int updated) {
        if (updated & scrolled)
            syncScroll(m_right, m_left);
    });
    // After the editors have taken the new scheme's theme (they connected first).
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        colourRows(m_left);
        colourRows(m_right);
    });
    retranslate();
}

DiffView::~DiffView() = default;

QString DiffView::title() const
{
    return tr("%1 (HEAD ↔ Working Tree)").arg(QFileInfo(m_filePath).fileName());
}

void DiffView::compare(const QString &filePath, const QByteArray &text,
                       const KSyntaxHighlighting::Definition &definition)
{
    disconnect(m_editorConnection);
    m_editor.clear();
    m_typingTimer->stop();
    m_filePath = filePath;
    m_definition = definition;
    m_text = text;
    m_loaded = false;
    m_error.clear();
    m_outside = false;
    updateSummary();
    Q_EMIT titleChanged();
    start(false);
}

void DiffView::follow(EditorView *editor)
{
    if (!editor)
        return;
    const bool sameEditor = m_editor == editor && m_filePath == editor->filePath();
    disconnect(m_editorConnection);
    m_editor = editor;
    m_editorConnection
        = connect(editor, &QsciScintilla::textChanged, m_typingTimer, qOverload<>(&QTimer::start));
    if (sameEditor) {
        refresh();
        return;
    }
    m_typingTimer->stop();
    m_filePath = editor->filePath();
    m_definition = editor->definition();
    m_loaded = false;
    m_error.clear();
    m_outside = false;
    updateSummary();
    Q_EMIT titleChanged();
    start(false);
}

void DiffView::refresh()
{
    if (m_filePath.isEmpty())
        return;
    // Laying out both sides costs the GUI thread; a hidden view catches up when shown.
    if (!isVisible() && m_loaded) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (m_jobs > 0) {
        m_again = true;
        m_keepAgain = m_keepAgain || m_loaded;
        return;
    }
    if (m_editor) {
        // After Save As the buffer is another file: compare that one from the top.
        if (m_editor->filePath() != m_filePath && !m_editor->filePath().isEmpty()) {
            follow(m_editor.data());
            return;
        }
        m_definition = m_editor->definition();
    }
    start(m_loaded);
}

void DiffView::start(bool keepPosition)
{
    const QString filePath = m_filePath;
    // Kept for a refresh after the editor is closed (HEAD moving then compares the last text).
    if (m_editor)
        m_text = m_editor->utf8Text();
    const QByteArray text = m_text;
    const quint64 generation = ++m_generation;
    ++m_jobs;
    m_again = false;
    m_keepAgain = false;
    auto *watcher = new QFutureWatcher<Layout>(this);
    connect(watcher, &QFutureWatcher<Layout>::finished, this,
            [this, watcher, generation, keepPosition] {
                watcher->deleteLater();
                --m_jobs;
                if (generation == m_generation)
                    display(watcher->result(), keepPosition);
                if (m_again && m_jobs == 0)
                    start(m_keepAgain || m_loaded);
            });
    watcher->setFuture(QtConcurrent::run(
        [diff = m_diff, filePath, text] { return layOut(diff, filePath, text); }));
}

void DiffView::display(const Layout &layout, bool keepPosition)
{
    // Where the user was, to come back to it over the new rows.
    const long firstLine = m_right->SendScintilla(QsciScintillaBase::SCI_GETFIRSTVISIBLELINE);
    const long xOffset = m_right->SendScintilla(QsciScintillaBase::SCI_GETXOFFSET);
    int cursorLine = 0;
    int cursorColumn = 0;
    m_right->getCursorPosition(&cursorLine, &cursorColumn);
    m_headWatch->watch(layout.headFolders);
    m_loaded = true;
    m_error = layout.error;
    m_outside = layout.outside;
    m_rows = layout.rows;
    m_changeRows = layout.changeRows;
    m_currentChange = keepPosition && !m_changeRows.isEmpty()
                          ? std::min(m_currentChange, int(m_changeRows.size()) - 1)
                          : -1;
    const struct
    {
        EditorView *editor;
        const QByteArray &text;
        const QList<int> &numbers;
    } sides[] = {{m_left, layout.left, layout.leftNumbers},
                 {m_right, layout.right, layout.rightNumbers}};
    for (const auto &side : sides) {
        EditorView *editor = side.editor;
        editor->markerDeleteAll();
        editor->setFileContent(m_filePath, side.text);
        if (m_definition.isValid())
            editor->setDefinition(m_definition);
        editor->SendScintilla(QsciScintillaBase::SCI_MARGINTEXTCLEARALL);
        for (qsizetype row = 0; row < side.numbers.size(); ++row) {
            const auto line = static_cast<unsigned long>(row);
            const int number = side.numbers.at(row);
            if (number > 0) {
                const QByteArray label = QByteArray::number(number);
                editor->SendScintilla(QsciScintillaBase::SCI_MARGINSETTEXT, line,
                                      label.constData());
                editor->SendScintilla(QsciScintillaBase::SCI_MARGINSETSTYLE, line,
                                      long(QsciScintillaBase::STYLE_LINENUMBER));
            }
        }
    }
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const auto line = static_cast<int>(row);
        switch (m_rows.at(row)) {
        case RowKind::Same:
            break;
        case RowKind::Removed:
            m_left->markerAdd(line, RemovedRowMarker);
            m_right->markerAdd(line, PaddingRowMarker);
            break;
        case RowKind::Added:
            m_left->markerAdd(line, PaddingRowMarker);
            m_right->markerAdd(line, AddedRowMarker);
            break;
        case RowKind::Changed:
            m_left->markerAdd(line, RemovedRowMarker);
            m_right->markerAdd(line, AddedRowMarker);
            break;
        }
    }
    if (keepPosition) {
        m_syncing = true;
        for (EditorView *side : {m_left, m_right}) {
            side->setCursorPosition(std::min(cursorLine, side->lines() - 1), 0);
            side->SendScintilla(QsciScintillaBase::SCI_SETFIRSTVISIBLELINE,
                                static_cast<unsigned long>(firstLine));
            side->SendScintilla(QsciScintillaBase::SCI_SETXOFFSET,
                                static_cast<unsigned long>(xOffset));
        }
        m_syncing = false;
        updateSummary();
    } else {
        updateSummary();
        if (!m_changeRows.isEmpty())
            goToChange(0);
    }
    Q_EMIT ready();
}

void DiffView::nextChange()
{
    if (m_changeRows.isEmpty())
        return;
    int line = 0;
    int column = 0;
    m_right->getCursorPosition(&line, &column);
    const auto after = std::upper_bound(m_changeRows.cbegin(), m_changeRows.cend(), line);
    goToChange(after == m_changeRows.cend() ? 0 : int(after - m_changeRows.cbegin()));
}

void DiffView::previousChange()
{
    if (m_changeRows.isEmpty())
        return;
    int line = 0;
    int column = 0;
    m_right->getCursorPosition(&line, &column);
    const auto before = std::lower_bound(m_changeRows.cbegin(), m_changeRows.cend(), line);
    goToChange(before == m_changeRows.cbegin() ? int(m_changeRows.size()) - 1
                                               : int(before - m_changeRows.cbegin()) - 1);
}

void DiffView::goToChange(int index)
{
    m_currentChange = index;
    const int row = m_changeRows.at(index);
    m_right->goToPosition(row);
    m_left->goToPosition(row);
    syncScroll(m_right, m_left);
    updateSummary();
}

void DiffView::syncScroll(EditorView *from, EditorView *to)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const long first = from->SendScintilla(QsciScintillaBase::SCI_GETFIRSTVISIBLELINE);
    if (to->SendScintilla(QsciScintillaBase::SCI_GETFIRSTVISIBLELINE) != first)
        to->SendScintilla(QsciScintillaBase::SCI_SETFIRSTVISIBLELINE,
                          static_cast<unsigned long>(first));
    const long offset = from->SendScintilla(QsciScintillaBase::SCI_GETXOFFSET);
    if (to->SendScintilla(QsciScintillaBase::SCI_GETXOFFSET) != offset)
        to->SendScintilla(QsciScintillaBase::SCI_SETXOFFSET, static_cast<unsigned long>(offset));
    m_syncing = false;
}

void DiffView::updateSummary()
{
    QString text;
    if (!m_error.isEmpty())
        text = m_error;
    else if (m_outside)
        text = tr("%1 is not in a git repository, or git ignores it: there is no committed "
                  "version to compare with.")
                   .arg(QDir::toNativeSeparators(m_filePath));
    else if (!m_loaded)
        text = tr("Comparing…");
    else if (m_changeRows.isEmpty())
        text = tr("No changes against HEAD");
    else
        text = tr("Change %1 of %2").arg(std::max(m_currentChange, 0) + 1).arg(m_changeRows.size());
    m_summary->setText(text);
    m_previousAction->setEnabled(!m_changeRows.isEmpty());
    m_nextAction->setEnabled(!m_changeRows.isEmpty());
}

void DiffView::retranslate()
{
    m_previousAction->setText(tr("Previous Change"));
    m_previousAction->setToolTip(tr("Previous Change (Shift+F7)"));
    m_nextAction->setText(tr("Next Change"));
    m_nextAction->setToolTip(tr("Next Change (F7)"));
    m_headLabel->setText(tr("HEAD"));
    m_workingLabel->setText(tr("Working Tree"));
    updateSummary();
}

void DiffView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DiffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT titleChanged();
    }
    QWidget::changeEvent(event);
}

} // namespace Baton::Ui
