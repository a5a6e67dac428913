// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "ui/git/gutterupdater.h"

#include "core/git/headdiff.h"
#include "ui/editor/editorview.h"
#include "ui/git/headwatch.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFutureWatcher>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>

namespace Baton::Ui {

Q_LOGGING_CATEGORY(lcGutter, "baton.ui.gutter")

namespace {

struct GutterResult
{
    QList<Core::LineChange> changes;
    QStringList headFolders;
    QString error;
};

GutterResult computeChanges(const std::shared_ptr<Core::HeadDiff> &diff, const QString &path,
                            const QByteArray &buffer)
{
    GutterResult result;
    const Core::Result<Core::HeadVersion> head = diff->headVersion(path);
    if (!head.ok()) {
        result.error = head.errorMessage();
        return result;
    }
    result.headFolders = head->headFolders;
    if (head->state != Core::HeadVersion::State::Outside)
        result.changes = Core::HeadDiff::lineChanges(head->bytes, buffer);
    return result;
}

} // namespace

GutterUpdater::GutterUpdater(QObject *parent)
    : QObject(parent)
    , m_diff(std::make_shared<Core::HeadDiff>())
    , m_headWatch(new HeadWatch(this))
{
    connect(m_headWatch, &HeadWatch::headMayHaveMoved, this, &GutterUpdater::refreshAll);
}

GutterUpdater::~GutterUpdater() = default;

void GutterUpdater::attach(EditorView *editor)
{
    if (m_editors.contains(editor)) {
        refresh(editor);
        return;
    }
    Tracked tracked;
    tracked.typingTimer = new QTimer(editor);
    tracked.typingTimer->setSingleShot(true);
    tracked.typingTimer->setInterval(typingDelayMs);
    m_editors.insert(editor, tracked);
    connect(tracked.typingTimer, &QTimer::timeout, this, [this, editor] { start(editor); });
    connect(editor, &QsciScintilla::textChanged, this, [this, editor] {
        auto it = m_editors.find(editor);
        if (it == m_editors.end())
            return;
        ++it->generation;
        it->typingTimer->start();
    });
    connect(editor, &QObject::destroyed, this, [this, editor] { m_editors.remove(editor); });
    start(editor);
}

void GutterUpdater::refresh(EditorView *editor)
{
    if (!m_editors.contains(editor)) {
        attach(editor);
        return;
    }
    start(editor);
}

void GutterUpdater::refreshAll()
{
    const QList<EditorView *> editors = m_editors.keys();
    for (EditorView *editor : editors)
        start(editor);
}

void GutterUpdater::start(EditorView *editor)
{
    auto it = m_editors.find(editor);
    if (it == m_editors.end())
        return;
    if (it->running) {
        it->again = true;
        return;
    }
    const QString path = editor->filePath();
    const long length = editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    if (path.isEmpty() || length > maxDiffBytes) {
        editor->setLineChanges({});
        return;
    }
    // Scintilla's text without its gap: one copy, no UTF-16 round trip.
    const auto *characters = static_cast<const char *>(
        editor->SendScintillaPtrResult(QsciScintillaBase::SCI_GETCHARACTERPOINTER));
    const QByteArray buffer(characters, qsizetype(length));
    it->running = true;
    it->again = false;
    const quint64 generation = it->generation;

    auto *watcher = new QFutureWatcher<GutterResult>(editor);
    const QPointer<EditorView> guard(editor);
    connect(watcher, &QFutureWatcher<GutterResult>::finished, editor,
            [this, guard, watcher, generation, path] {
                watcher->deleteLater();
                EditorView *view = guard.data();
                auto tracked = m_editors.find(view);
                if (!view || tracked == m_editors.end())
                    return;
                tracked->running = false;
                const GutterResult result = watcher->result();
                const bool current = tracked->generation == generation
                                     && view->filePath() == path;
                if (current) {
                    if (!result.error.isEmpty())
                        qCWarning(lcGutter) << result.error;
                    view->setLineChanges(result.changes);
                    m_headWatch->watch(result.headFolders);
                    Q_EMIT updated(view);
                }
                // A newer text waits for its typing timer unless a refresh was asked for.
                if (tracked->again || (!current && !tracked->typingTimer->isActive()))
                    start(view);
            });
    watcher->setFuture(QtConcurrent::run(
        [diff = m_diff, path, buffer] { return computeChanges(diff, path, buffer); }));
}

} // namespace Baton::Ui
