// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// A side-by-side diff of a file as committed at HEAD (left) and a text (right, usually the
// editor's buffer, unsaved edits included): two read-only editors highlighted with the file's
// definition, removed lines on a red background on the left, added lines on a green one on the
// right, and blank padding rows opposite them so that unchanged lines stay side by side. The
// two sides scroll together. Line numbers are those of each version.
//
// compare() reads git and diffs on the global thread pool; ready() follows on the GUI thread.
// follow() keeps the view up to date with an editor: typingDelayMs after the last edit and
// when HEAD moves (a commit, a checkout: the folders HeadVersion names are watched), the
// comparison runs again with the buffer's text, keeping the scroll position and the cursor
// (while the view is hidden, behind another tab, once when it shows again). One comparison
// runs at a time; a result for an older text is dropped. GUI thread only. The
// syntax repository must outlive the view; a followed editor may be destroyed at any time
// (the view then keeps its last comparison).

#include <KSyntaxHighlighting/Definition>

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QPointer>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtWidgets/QWidget>

#include <memory>

class QAction;
class QLabel;
class QTimer;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Baton::Core {
class HeadDiff;
}

namespace Baton::Ui {

class EditorView;
class HeadWatch;

class DiffView : public QWidget
{
    Q_OBJECT

public:
    // How a row of the two sides differs.
    enum class RowKind {
        Same,    // the same line on both sides
        Removed, // a committed line (left) with padding or an added line opposite
        Added,   // a new line (right) with padding or a removed line opposite
        Changed, // a removed line (left) opposite an added one (right)
    };

    // Quiet time after the last edit of a followed editor before the comparison runs again.
    static constexpr int typingDelayMs = 250;

    DiffView(KSyntaxHighlighting::Repository &syntax, std::shared_ptr<Core::HeadDiff> diff,
             QWidget *parent = nullptr);
    ~DiffView() override;

    // Compares the HEAD version of `filePath` with `text`, highlighted with `definition` (the
    // editor's; invalid: chosen by the file name). Replaces an earlier comparison and stops
    // following an editor; shows the first change.
    void compare(const QString &filePath, const QByteArray &text,
                 const KSyntaxHighlighting::Definition &definition);
    // Compares the HEAD version of `editor`'s file with its buffer now, and again whenever the
    // buffer or HEAD changes (see above). Replaces an earlier comparison.
    void follow(EditorView *editor);
    // The editor followed; null when none (or it was closed).
    EditorView *followedEditor() const { return m_editor.data(); }
    // Runs the comparison again now, with the followed editor's current text (or the text
    // last given to compare()), keeping the scroll position.
    void refresh();
    QString filePath() const { return m_filePath; }

    // "name (HEAD ↔ Working Tree)", translated.
    QString title() const;

    EditorView *headSide() const { return m_left; }
    EditorView *workingSide() const { return m_right; }
    // Kinds of the rows shown (both sides have the same rows); empty before ready().
    QList<RowKind> rows() const { return m_rows; }
    // The number of changed blocks, and the one last navigated to (-1 before any).
    int changeCount() const { return int(m_changeRows.size()); }
    int currentChange() const { return m_currentChange; }

    // Moves both sides to the next (previous) changed block after (before) the cursor,
    // wrapping around.
    void nextChange();
    void previousChange();

Q_SIGNALS:
    // A comparison is shown (or its failure message).
    void ready();
    // The title changed (the language did).
    void titleChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Layout;
    static Layout layOut(const std::shared_ptr<Core::HeadDiff> &diff, const QString &path,
                         const QByteArray &text);
    void start(bool keepPosition);
    void display(const Layout &layout, bool keepPosition);
    void goToChange(int index);
    void retranslate();
    void syncScroll(EditorView *from, EditorView *to);
    void updateSummary();

    KSyntaxHighlighting::Repository &m_syntax;
    std::shared_ptr<Core::HeadDiff> m_diff;
    QString m_filePath;
    KSyntaxHighlighting::Definition m_definition;
    QByteArray m_text;               // compared last
    QPointer<EditorView> m_editor;   // followed
    QMetaObject::Connection m_editorConnection;
    QTimer *m_typingTimer = nullptr;
    HeadWatch *m_headWatch = nullptr;
    quint64 m_generation = 0;
    int m_jobs = 0;           // comparisons running
    bool m_again = false;     // refresh() asked for while one ran
    bool m_keepAgain = false; // ...and whether it keeps the position
    bool m_stale = false;     // a refresh was skipped while hidden
    EditorView *m_left = nullptr;
    EditorView *m_right = nullptr;
    QLabel *m_headLabel = nullptr;
    QLabel *m_workingLabel = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QList<RowKind> m_rows;
    QList<int> m_changeRows; // first row of each changed block
    int m_currentChange = -1;
    QString m_error;        // git could not be read
    bool m_outside = false; // nothing committed to compare with
    bool m_loaded = false;
    bool m_syncing = false;
};

} // namespace Baton::Ui
