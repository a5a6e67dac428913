// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "ui/editor/findbar.h"

#include "core/documents/utf8columns.h"
#include "core/search/searchreplace.h"
#include "ui/editor/editorview.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QEvent>
#include <QtCore/QFutureWatcher>
#include <QtCore/QTimer>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QToolButton>

#include <algorithm>

namespace Baton::Ui {

namespace {

struct FindResult
{
    QList<FindBar::Match> matches;
    bool truncated = false;
};

// Every match of `expression` in `text` (UTF-8), line by line.
FindResult findAll(const QByteArray &text, const QRegularExpression &expression, int maxMatches)
{
    FindResult result;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        const qsizetype newline = text.indexOf('\n', lineStart);
        const qsizetype lineEnd = newline < 0 ? text.size() : newline;
        qsizetype contentEnd = lineEnd;
        if (contentEnd > lineStart && text.at(contentEnd - 1) == '\r')
            --contentEnd;
        const Core::Utf8Columns columns(
            QByteArrayView(text.constData() + lineStart, contentEnd - lineStart));
        QRegularExpressionMatchIterator it = expression.globalMatchView(columns.text());
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength() == 0)
                continue;
            const int from = columns.byteOffset(int(match.capturedStart()));
            const int to = columns.byteOffset(int(match.capturedEnd()));
            result.matches.append({int(lineStart) + from, to - from});
            if (result.matches.size() >= maxMatches) {
                result.truncated = true;
                return result;
            }
        }
        if (newline < 0)
            break;
        lineStart = newline + 1;
    }
    return result;
}

QToolButton *toggleButton(const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

QToolButton *plainButton(const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("findBar"));
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setClearButtonEnabled(true);
    m_find->setMinimumWidth(260);
    m_replace = new QLineEdit(this);
    m_replace->setObjectName(QStringLiteral("replaceField"));
    m_replace->setMinimumWidth(260);
    m_toggleReplace = plainButton(QStringLiteral("›"), this);
    m_case = toggleButton(QStringLiteral("Aa"), this);
    m_word = toggleButton(QStringLiteral("ab"), this);
    m_regex = toggleButton(QStringLiteral(".*"), this);
    m_previous = plainButton(QStringLiteral("↑"), this);
    m_next = plainButton(QStringLiteral("↓"), this);
    m_close = plainButton(QStringLiteral("✕"), this);
    m_replaceOne = plainButton(QString(), this);
    m_replaceAll = plainButton(QString(), this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setMinimumWidth(110);

    auto *findRow = new QHBoxLayout;
    findRow->setContentsMargins(0, 0, 0, 0);
    findRow->addWidget(m_toggleReplace);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_case);
    findRow->addWidget(m_word);
    findRow->addWidget(m_regex);
    findRow->addWidget(m_count);
    findRow->addWidget(m_previous);
    findRow->addWidget(m_next);
    findRow->addWidget(m_close);

    m_replaceRow = new QWidget(this);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(m_toggleReplace->sizeHint().width() + 6, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(m_replaceOne);
    replaceRow->addWidget(m_replaceAll);
    replaceRow->addStretch(0);
    m_replaceRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(2);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    connect(m_debounce, &QTimer::timeout, this, &FindBar::search);

    connect(m_find, &QLineEdit::textChanged, this, [this] {
        m_pendingStep = 2; // select the match nearest the cursor when the search is done
        scheduleSearch(80);
    });
    for (QToolButton *toggle : {m_case, m_word, m_regex}) {
        connect(toggle, &QToolButton::toggled, this, [this] { scheduleSearch(0); });
    }
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_replaceOne, &QToolButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_replaceAll, &QToolButton::clicked, this, &FindBar::replaceAll);
    connect(m_toggleReplace, &QToolButton::clicked, this, [this] {
        m_replaceRow->setVisible(!m_replaceRow->isVisible());
        m_toggleReplace->setText(m_replaceRow->isVisible() ? QStringLiteral("⌄")
                                                           : QStringLiteral("›"));
    });
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);

    retranslate();
    hide();
}

FindBar::~FindBar()
{
    // Results still running on the pool are dropped through the generation check.
    ++m_generation;
}

void FindBar::retranslate()
{
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace"));
    m_toggleReplace->setToolTip(tr("Toggle Replace"));
    m_case->setToolTip(tr("Match Case (Alt+C)"));
    m_word->setToolTip(tr("Match Whole Word (Alt+W)"));
    m_regex->setToolTip(tr("Use Regular Expression (Alt+R)"));
    m_previous->setToolTip(tr("Previous Match (Shift+Enter)"));
    m_next->setToolTip(tr("Next Match (Enter)"));
    m_close->setToolTip(tr("Close (Escape)"));
    m_replaceOne->setText(tr("Replace"));
    m_replaceOne->setToolTip(tr("Replace (Ctrl+Shift+1)"));
    m_replaceAll->setText(tr("Replace All"));
    m_replaceAll->setToolTip(tr("Replace All (Ctrl+Alt+Enter)"));
    updateCount();
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    switch (key->key()) {
    case Qt::Key_Escape:
        hide();
        if (m_editor)
            m_editor->setFocus();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (watched == m_replace && modifiers == (Qt::ControlModifier | Qt::AltModifier))
            replaceAll();
        else if (watched == m_replace && modifiers == Qt::NoModifier)
            replaceCurrent();
        else if (modifiers & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
        return true;
    case Qt::Key_C:
    case Qt::Key_W:
    case Qt::Key_R:
        if (modifiers == Qt::AltModifier) {
            QToolButton *toggle = key->key() == Qt::Key_C   ? m_case
                                  : key->key() == Qt::Key_W ? m_word
                                                            : m_regex;
            toggle->toggle();
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::hideEvent(QHideEvent *event)
{
    clearHighlights();
    ++m_generation;
    m_fresh = false;
    QWidget::hideEvent(event);
    Q_EMIT closed();
}

void FindBar::setEditor(EditorView *editor)
{
    if (editor == m_editor)
        return;
    clearHighlights();
    QObject::disconnect(m_textConnection);
    QObject::disconnect(m_selectionConnection);
    m_editor = editor;
    m_matches.clear();
    m_fresh = false;
    ++m_generation;
    if (m_editor) {
        m_textConnection = connect(m_editor, &QsciScintilla::textChanged, this, [this] {
            m_fresh = false;
            if (isVisible())
                scheduleSearch(250);
        });
        m_selectionConnection
            = connect(m_editor, &QsciScintilla::selectionChanged, this, &FindBar::updateCount);
        const bool editable = !m_editor->isReadOnly();
        m_replaceOne->setEnabled(editable);
        m_replaceAll->setEnabled(editable);
    }
    if (isVisible())
        scheduleSearch(0);
    updateCount();
}

void FindBar::openFind(const QString &text)
{
    if (!text.isEmpty() && !text.contains(u'\n'))
        m_find->setText(text);
    show();
    m_find->setFocus();
    m_find->selectAll();
    scheduleSearch(0);
}

void FindBar::openReplace(const QString &text)
{
    m_replaceRow->show();
    m_toggleReplace->setText(QStringLiteral("⌄"));
    openFind(text);
}

void FindBar::setPattern(const QString &pattern)
{
    m_find->setText(pattern);
}

void FindBar::setReplacement(const QString &replacement)
{
    m_replace->setText(replacement);
}

void FindBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}

void FindBar::setWholeWord(bool on)
{
    m_word->setChecked(on);
}

void FindBar::setRegularExpression(bool on)
{
    m_regex->setChecked(on);
}

QRegularExpression FindBar::expression() const
{
    QString pattern
        = m_regex->isChecked() ? m_find->text() : QRegularExpression::escape(m_find->text());
    if (m_word->isChecked())
        pattern = QStringLiteral("\\b(?:%1)\\b").arg(pattern);
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!m_case->isChecked())
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(pattern, options);
}

void FindBar::scheduleSearch(int delayMs)
{
    // A search still running describes an older text or pattern: its result is dropped.
    ++m_generation;
    m_fresh = false;
    m_debounce->start(delayMs);
}

void FindBar::search()
{
    const quint64 generation = ++m_generation;
    m_error.clear();
    m_find->setStyleSheet(QString());
    m_find->setToolTip(QString());
    if (!m_editor || m_find->text().isEmpty()) {
        m_matches.clear();
        m_truncated = false;
        m_fresh = true;
        m_pendingStep = 0;
        clearHighlights();
        updateCount();
        Q_EMIT searchFinished();
        return;
    }
    const QRegularExpression expression = this->expression();
    if (!expression.isValid()) {
        m_error = tr("Invalid regular expression: %1").arg(expression.errorString());
        m_find->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #e51400; }"));
        m_find->setToolTip(m_error);
        m_matches.clear();
        m_fresh = true;
        m_pendingStep = 0;
        clearHighlights();
        updateCount();
        Q_EMIT searchFinished();
        return;
    }
    // A copy of the document: the worker reads it while the user goes on typing.
    const auto length = static_cast<int>(m_editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
    const auto *characters = reinterpret_cast<const char *>(
        m_editor->SendScintilla(QsciScintillaBase::SCI_GETCHARACTERPOINTER));
    const QByteArray text(characters, length);

    auto *watcher = new QFutureWatcher<FindResult>(this);
    connect(watcher, &QFutureWatcher<FindResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the text, the pattern or the editor changed meanwhile
        const FindResult result = watcher->result();
        m_matches = result.matches;
        m_truncated = result.truncated;
        m_fresh = true;
        applyMatches();
        const int pending = std::exchange(m_pendingStep, 0);
        if (pending == 1)
            step(true);
        else if (pending == -1)
            step(false);
        else if (pending == 3)
            replaceAll();
        else if (pending == 2 && m_editor && !m_matches.isEmpty()) {
            // Typing in the find field: the first match from the start of the selection on.
            const auto from
                = int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART));
            auto it
                = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from,
                                   [](const Match &m, int position) { return m.start < position; });
            if (it == m_matches.cend())
                it = m_matches.cbegin();
            m_editor->SendScintilla(QsciScintillaBase::SCI_ENSUREVISIBLEENFORCEPOLICY,
                                    static_cast<unsigned long>(m_editor->SendScintilla(
                                        QsciScintillaBase::SCI_LINEFROMPOSITION,
                                        static_cast<unsigned long>(it->start))));
            m_editor->SendScintilla(QsciScintillaBase::SCI_SETSEL,
                                    static_cast<unsigned long>(it->start),
                                    static_cast<long>(it->start + it->length));
            m_editor->SendScintilla(QsciScintillaBase::SCI_SCROLLRANGE,
                                    static_cast<unsigned long>(it->start),
                                    static_cast<long>(it->start + it->length));
        }
        updateCount();
        Q_EMIT searchFinished();
    });
    watcher->setFuture(QtConcurrent::run(findAll, text, expression, int(maxMatches)));
    updateCount();
}

void FindBar::applyMatches()
{
    clearHighlights();
    if (!m_editor)
        return;
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT,
                            static_cast<unsigned long>(EditorView::FindIndicator));
    for (const Match &match : std::as_const(m_matches))
        m_editor->SendScintilla(QsciScintillaBase::SCI_INDICATORFILLRANGE,
                                static_cast<unsigned long>(match.start),
                                static_cast<long>(match.length));
}

void FindBar::clearHighlights()
{
    if (!m_editor)
        return;
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT,
                            static_cast<unsigned long>(EditorView::FindIndicator));
    m_editor->SendScintilla(QsciScintillaBase::SCI_INDICATORCLEARRANGE, 0UL,
                            m_editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
}

int FindBar::currentMatch() const
{
    if (!m_editor || !m_fresh)
        return -1;
    const auto start = int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART));
    const auto end = int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONEND));
    const auto it
        = std::lower_bound(m_matches.cbegin(), m_matches.cend(), start,
                           [](const Match &m, int position) { return m.start < position; });
    if (it != m_matches.cend() && it->start == start && it->start + it->length == end)
        return int(it - m_matches.cbegin());
    return -1;
}

void FindBar::updateCount()
{
    if (!m_error.isEmpty()) {
        m_count->setText(tr("Invalid pattern"));
        return;
    }
    if (m_find->text().isEmpty() || !m_editor) {
        m_count->setText(tr("No results"));
        return;
    }
    if (!m_fresh) {
        m_count->setText(QStringLiteral("…"));
        return;
    }
    if (m_matches.isEmpty()) {
        m_count->setText(tr("No results"));
        return;
    }
    const int current = currentMatch();
    const QString total
        = m_truncated ? tr("%1+").arg(m_matches.size()) : QString::number(m_matches.size());
    m_count->setText(current < 0 ? tr("%1 results").arg(total)
                                 : tr("%1 of %2").arg(current + 1).arg(total));
}

void FindBar::findNext()
{
    step(true);
}

void FindBar::findPrevious()
{
    step(false);
}

void FindBar::step(bool forward)
{
    if (!m_editor)
        return;
    if (!isVisible())
        show();
    if (!m_fresh) {
        m_pendingStep = forward ? 1 : -1;
        if (!m_debounce->isActive())
            search();
        return;
    }
    if (m_matches.isEmpty())
        return;
    const auto start = int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART));
    const auto end = int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONEND));
    qsizetype index = 0;
    if (forward) {
        const auto it
            = std::lower_bound(m_matches.cbegin(), m_matches.cend(), end,
                               [](const Match &m, int position) { return m.start < position; });
        index = it == m_matches.cend() ? 0 : it - m_matches.cbegin();
    } else {
        const auto it
            = std::lower_bound(m_matches.cbegin(), m_matches.cend(), start,
                               [](const Match &m, int position) { return m.start < position; });
        index = it == m_matches.cbegin() ? m_matches.size() - 1 : (it - m_matches.cbegin()) - 1;
    }
    const Match &match = m_matches.at(index);
    const auto line = static_cast<unsigned long>(m_editor->SendScintilla(
        QsciScintillaBase::SCI_LINEFROMPOSITION, static_cast<unsigned long>(match.start)));
    m_editor->SendScintilla(QsciScintillaBase::SCI_ENSUREVISIBLEENFORCEPOLICY, line);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSEL, static_cast<unsigned long>(match.start),
                            static_cast<long>(match.start + match.length));
    m_editor->SendScintilla(QsciScintillaBase::SCI_SCROLLRANGE,
                            static_cast<unsigned long>(match.start),
                            static_cast<long>(match.start + match.length));
    updateCount();
}

QString FindBar::replacementFor(const Match &match, const QRegularExpression &expression) const
{
    if (!m_regex->isChecked())
        return m_replace->text();
    // The match again, on its line, to get its groups.
    const auto line = static_cast<unsigned long>(m_editor->SendScintilla(
        QsciScintillaBase::SCI_LINEFROMPOSITION, static_cast<unsigned long>(match.start)));
    const auto lineStart
        = int(m_editor->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line));
    const auto lineEnd
        = int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETLINEENDPOSITION, line));
    QByteArray bytes(lineEnd - lineStart + 1, Qt::Uninitialized);
    m_editor->SendScintilla(QsciScintillaBase::SCI_GETTEXTRANGE, static_cast<long>(lineStart),
                            static_cast<long>(lineEnd), bytes.data());
    bytes.chop(1);
    const Core::Utf8Columns columns(bytes);
    const QRegularExpressionMatch again = expression.matchView(
        columns.text(), columns.utf16Offset(match.start - lineStart),
        QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    return again.hasMatch() ? Core::SearchReplace::expandTemplate(m_replace->text(), again) : m_replace->text();
}

void FindBar::replaceCurrent()
{
    if (!m_editor || m_editor->isReadOnly())
        return;
    if (!m_fresh) {
        m_pendingStep = 1;
        if (!m_debounce->isActive())
            search();
        return;
    }
    const int current = currentMatch();
    if (current < 0) {
        step(true);
        return;
    }
    const Match match = m_matches.at(current);
    const QByteArray replacement = replacementFor(match, expression()).toUtf8();
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETTARGETRANGE,
                            static_cast<unsigned long>(match.start),
                            static_cast<long>(match.start + match.length));
    m_editor->SendScintilla(QsciScintillaBase::SCI_REPLACETARGET,
                            static_cast<unsigned long>(replacement.size()),
                            replacement.constData());
    // On to the next match once the text has been searched again.
    const int after = match.start + int(replacement.size());
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSEL, static_cast<unsigned long>(after),
                            static_cast<long>(after));
    m_pendingStep = 1;
    m_debounce->stop();
    search();
}

void FindBar::replaceAll()
{
    if (!m_editor || m_editor->isReadOnly())
        return;
    if (!m_fresh) {
        // Search now, then replace what it found.
        m_debounce->stop();
        search();
        m_pendingStep = 3;
        return;
    }
    if (m_matches.isEmpty())
        return;
    const QRegularExpression expression = this->expression();
    const qsizetype count = m_matches.size();
    m_editor->SendScintilla(QsciScintillaBase::SCI_BEGINUNDOACTION);
    // From the end, so that earlier positions stay valid.
    for (auto it = m_matches.crbegin(); it != m_matches.crend(); ++it) {
        const QByteArray replacement = replacementFor(*it, expression).toUtf8();
        m_editor->SendScintilla(QsciScintillaBase::SCI_SETTARGETRANGE,
                                static_cast<unsigned long>(it->start),
                                static_cast<long>(it->start + it->length));
        m_editor->SendScintilla(QsciScintillaBase::SCI_REPLACETARGET,
                                static_cast<unsigned long>(replacement.size()),
                                replacement.constData());
    }
    m_editor->SendScintilla(QsciScintillaBase::SCI_ENDUNDOACTION);
    m_debounce->stop();
    search();
    Q_EMIT replaced(int(count));
}

} // namespace Baton::Ui
