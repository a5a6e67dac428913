// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Search in files (Ctrl+Shift+F), as in VS Code's search view: a search field with match case
// (Alt+C), whole word (Alt+W) and regular expression (Alt+R) toggles, an optional replace
// field, include and exclude glob fields, a summary line, and the results as a tree grouped
// by file (path and count) with one row per matching line (line number, text, matches
// highlighted). The search runs as you type (debounced) or on Enter, through
// Core::TextSearch; a new search cancels the one running. Files open in a modified editor are
// searched in the editor's text, not on disk (untitled editors are not searched). Results are
// added as they arrive, a few hundred rows per event-loop turn, so the window stays responsive.
//
// Activating a match emits openRequested(). Replace All computes a Core::ReplacePlan on a
// worker and shows it in a ReplacePreviewDialog; on Apply, files open in an editor are changed
// through their document (one undo step, left unsaved) and the others are written on a worker.
// GUI thread only.

#include "core/search/searchquery.h"
#include "core/search/searchreplace.h"
#include "core/search/textsearch.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class QPushButton;

namespace Baton::Ui {

class EditorView;

class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    // The workspace searched; an empty folder clears the results.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    // Which search runs (tests choose; the default picks ripgrep when installed).
    void setBackend(Core::TextSearch::Backend backend) { m_backend = backend; }
    // The editors open in the window: their modified texts are searched instead of their files,
    // and Replace All changes them instead of their files.
    void setEditorProvider(std::function<QList<EditorView *>()> provider)
    {
        m_editors = std::move(provider);
    }

    // Focuses the search field, with `text` in it (selected) when not empty, and searches.
    void focusSearch(const QString &text = {});
    // Searches now with what the fields say.
    void search();
    // Shows the preview of replacing every result with the replace field's text.
    void replaceAll();

    QLineEdit *searchField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QTreeWidget *results() const { return m_tree; }
    QLabel *summary() const { return m_summary; }
    bool isSearching() const { return m_search && m_search->isRunning(); }

Q_SIGNALS:
    // A match was activated: `path` absolute, `line` 0-based, `column` and `length` in UTF-8
    // bytes as EditorView::selectRange() takes them.
    void openRequested(const QString &path, int line, int column, int length);
    // The last search finished (or failed) and every result is in the tree.
    void searchFinished();
    // Replace All was applied: files written and editors changed.
    void replaceFinished(int replacements);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void scheduleSearch();
    void addResults(const QList<Core::SearchResult> &results);
    void drainResults();
    void searchDone();
    void updateSummary();
    void activate(QTreeWidgetItem *item);
    void applyPlan(const Core::ReplacePlan &plan);
    Core::SearchQuery currentQuery() const;
    // The modified open documents, by workspace-relative path, as UTF-8.
    QHash<QString, QByteArray> unsavedTexts() const;

    QString m_folder;
    Core::TextSearch::Backend m_backend = Core::TextSearch::Backend::Automatic;
    std::function<QList<EditorView *>()> m_editors;

    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QLineEdit *m_include = nullptr;
    QLineEdit *m_exclude = nullptr;
    QToolButton *m_toggleReplace = nullptr;
    QToolButton *m_case = nullptr;
    QToolButton *m_word = nullptr;
    QToolButton *m_regex = nullptr;
    QPushButton *m_replaceAll = nullptr;
    QWidget *m_replaceRow = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_drain = nullptr;

    QPointer<Core::TextSearch> m_search;
    Core::SearchQuery m_query;               // of the results shown
    QList<Core::SearchResult> m_results;     // all results of the last search
    QList<Core::SearchResult> m_queue;       // received, not yet in the tree
    qsizetype m_queued = 0;                  // m_queue entries already added
    QHash<QString, QTreeWidgetItem *> m_fileItems;
    int m_matchCount = 0;
    bool m_finished = false;
    Core::TextSearch::Summary m_lastSummary;
    QString m_error;
    QString m_notice; // the outcome of the last Replace All
    quint64 m_replaceGeneration = 0;
};

} // namespace Baton::Ui
