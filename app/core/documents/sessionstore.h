// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Hot exit: what the main window had open for a workspace — tabs, their groups, cursors, and
// the text of every buffer with unsaved changes (untitled ones included) — saved every few
// seconds and on quit, so that a crash, a `kill -9` or a quit without saving loses nothing.
//
// One folder per workspace under the store's directory: `session.json` and one `<sha1>.buffer`
// file per unsaved text (the UTF-8 bytes as the editor holds them). Every file is written
// atomically (QSaveFile), the text files before the session that names them, so whatever
// instant the process dies at, the session on disk is complete and every buffer it names is
// there. Unchanged texts are not rewritten; texts no longer named are removed.
//
// Blocking: call save() and load() from a worker thread. One SessionStore per thread at a time.

#include "core/result.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

namespace Baton::Core {

struct SessionBuffer
{
    QString filePath;     // absolute; empty for an untitled buffer
    QString untitledName; // "Untitled-1" for an untitled buffer
    bool modified = false;
    QByteArray text;      // UTF-8; held only when modified (the file has the rest)
    QString encodingId;   // TextEncoding::id()
    int eolMode = 0;      // QsciScintilla::EolMode of the buffer
    int group = 0;        // 0: the first editor group, 1: the second (split)
    bool current = false; // the tab shown in its group
    int line = 0;         // cursor, 0-based
    int column = 0;       // UTF-8 bytes
    int firstVisibleLine = 0;
};

struct Session
{
    QList<SessionBuffer> buffers; // in tab order, group by group
    int activeGroup = 0;

    bool hasUnsavedWork() const;
};

class SessionStore
{
    Q_DECLARE_TR_FUNCTIONS(Baton::Core::SessionStore)

public:
    // `directory` holds one folder per workspace (created on the first save).
    explicit SessionStore(const QString &directory);

    // The default directory: "backups" in the application's data location.
    static QString defaultDirectory();

    // Writes the session of `workspace` (an absolute folder; empty for the window without
    // one). Fails with a message naming what could not be written; the previous session then
    // stays as it was.
    Status save(const QString &workspace, const Session &session) const;

    // The session last saved for `workspace`; an empty session when there is none. A buffer
    // whose text file is missing or damaged is dropped and reported in `problems` (file paths
    // or untitled names), never half-restored.
    Result<Session> load(const QString &workspace, QStringList *problems = nullptr) const;

    // The folder that holds `workspace`'s session.
    QString folderFor(const QString &workspace) const;

private:
    QString m_directory;
};

} // namespace Baton::Core
