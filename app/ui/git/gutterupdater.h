// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Keeps the git change markers of editors up to date against HEAD: when an editor is attached
// (opened), 250 ms after the typing stops, when refresh() is called (after a save) and when HEAD
// moves (a commit, a checkout: the git dir and the branch's ref folder are watched).
//
// Each update copies the buffer (a memcpy of Scintilla's text) and diffs it against the HEAD
// blob on the global thread pool (Core::HeadDiff); the GUI thread only copies and applies the
// markers. One update per editor runs at a time; a result for a text that has changed since
// is dropped (generation counter) and the update runs again. Buffers over maxDiffBytes get no
// markers and no diff. Untitled buffers and files outside a repository get no markers.
//
// GUI thread only. One for the window; editors are attached, not owned, and may be destroyed
// at any time.

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <memory>

class QTimer;

namespace Baton::Core {
class HeadDiff;
}

namespace Baton::Ui {

class EditorView;
class HeadWatch;

class GutterUpdater : public QObject
{
    Q_OBJECT

public:
    // Larger buffers are not diffed (no markers) so that no file makes the editor wait.
    static constexpr qsizetype maxDiffBytes = 10 * 1024 * 1024;
    // Quiet time after the last edit before the markers are updated.
    static constexpr int typingDelayMs = 250;

    explicit GutterUpdater(QObject *parent = nullptr);
    ~GutterUpdater() override;

    // Starts keeping `editor`'s markers up to date, beginning now.
    void attach(EditorView *editor);
    // Updates the markers of `editor` now (it is attached if it was not).
    void refresh(EditorView *editor);
    // Updates every attached editor.
    void refreshAll();

    // The HEAD blob cache shared by the updates (and the diff view).
    std::shared_ptr<Core::HeadDiff> headDiff() const { return m_diff; }

Q_SIGNALS:
    // The markers of `editor` were replaced by an update's result.
    void updated(Baton::Ui::EditorView *editor);

private:
    struct Tracked
    {
        QTimer *typingTimer = nullptr; // owned by the editor
        quint64 generation = 0;        // bumped by every edit
        bool running = false;
        bool again = false; // refresh asked for while running
    };
    void start(EditorView *editor);

    std::shared_ptr<Core::HeadDiff> m_diff;
    QHash<EditorView *, Tracked> m_editors;
    HeadWatch *m_headWatch = nullptr;
};

} // namespace Baton::Ui
