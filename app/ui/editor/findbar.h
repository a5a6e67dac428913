// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Find and replace in the current file (Ctrl+F, Ctrl+H), as in VS Code: a bar above the
// editor with the pattern, case / whole word / regular expression toggles, "3 of 17", previous
// and next, and a replace row. Every match is highlighted in the editor while the bar is open.
//
// Matching runs on a worker over a copy of the text (QRegularExpression, one line at a time,
// so patterns do not span lines), and again, debounced, after each edit; results that arrive
// for an older text or pattern are dropped. At most maxMatches matches are collected. Positions
// are UTF-8 byte offsets, as Scintilla counts. Replace All is one undo step.

#include <QtCore/QList>
#include <QtCore/QPointer>
#include <QtCore/QRegularExpression>
#include <QtWidgets/QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Baton::Ui {

class EditorView;

class FindBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxMatches = 20000;

    struct Match
    {
        int start = 0;  // byte position in the document
        int length = 0; // bytes
    };

    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    // The editor the bar works on (the current tab); null clears it.
    void setEditor(EditorView *editor);

    // Shows the bar with the find field focused and `text` in it (when not empty), and searches.
    void openFind(const QString &text = {});
    // The same with the replace row shown.
    void openReplace(const QString &text = {});

    void setPattern(const QString &pattern);
    void setReplacement(const QString &replacement);
    void setCaseSensitive(bool on);
    void setWholeWord(bool on);
    void setRegularExpression(bool on);

    void findNext();
    void findPrevious();
    // Replaces the selected match (selecting the next one first when none is selected).
    void replaceCurrent();
    void replaceAll();

    // The matches of the last finished search (fresh once searchFinished() was emitted).
    const QList<Match> &matches() const { return m_matches; }
    // Index into matches() of the selected match, -1 when the selection is not a match.
    int currentMatch() const;
    // Empty unless the pattern is not a valid regular expression.
    QString errorMessage() const { return m_error; }

Q_SIGNALS:
    void searchFinished();
    void closed();
    // Replace All replaced `count` matches.
    void replaced(int count);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void scheduleSearch(int delayMs);
    void search();
    void applyMatches();
    void clearHighlights();
    void updateCount();
    void step(bool forward);
    QRegularExpression expression() const;
    QString replacementFor(const Match &match, const QRegularExpression &expression) const;

    QPointer<EditorView> m_editor;
    QMetaObject::Connection m_textConnection;
    QMetaObject::Connection m_selectionConnection;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QToolButton *m_toggleReplace = nullptr;
    QToolButton *m_case = nullptr;
    QToolButton *m_word = nullptr;
    QToolButton *m_regex = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
    QToolButton *m_replaceOne = nullptr;
    QToolButton *m_replaceAll = nullptr;
    QLabel *m_count = nullptr;
    QWidget *m_replaceRow = nullptr;
    QTimer *m_debounce = nullptr;

    QList<Match> m_matches;
    bool m_truncated = false;
    bool m_fresh = false; // m_matches describe the current text and pattern
    // What to do once the running search finishes: 1 next, -1 previous, 2 the match nearest
    // the selection, 3 replace all.
    int m_pendingStep = 0;
    quint64 m_generation = 0;
    QString m_error;
};

} // namespace Baton::Ui
