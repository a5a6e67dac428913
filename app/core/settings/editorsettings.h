// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The editor preferences a user sets in the settings dialog: font, colour theme, default
// indentation, auto-save, hot exit, smart commit and keyboard shortcuts. Kept in QSettings under
// `editor/…`, `files/…`, `git/…` and `shortcuts/<command id>`; preferences only (no keys, no
// paths). The main window holds the one copy in use: other widgets that change a preference
// (the Source Control panel's smart-commit switch) hand the change to it instead of writing
// QSettings themselves, so the dialog always opens with what is in force.
//
// Value type; load() and save() touch QSettings (its in-memory cache; written to disk later by
// QSettings itself), on the thread that owns the application.

#include <QtCore/QHash>
#include <QtCore/QString>

namespace Baton::Core {

struct EditorSettings
{
    enum class AutoSave {
        Off,           // only explicit saves
        AfterDelay,    // files with changes are saved autoSaveDelayMs after the last edit
        OnFocusChange, // files with changes are saved when the window loses the focus
    };

    QString fontFamily;    // empty: the system's fixed-width font
    int fontPointSize = 0; // 0: the size of the system's fixed-width font
    QString themeName;     // a KSyntaxHighlighting theme name; empty: follow the system scheme
    bool insertSpaces = true;
    int indentWidth = 4;          // 1 to 16
    bool detectIndentation = true; // follow what an opened file already uses
    AutoSave autoSave = AutoSave::Off;
    int autoSaveDelayMs = 1000; // 100 to 600,000
    bool hotExit = true;        // quit without asking; unsaved work comes back next time
    // Commit with nothing staged commits every tracked change without asking (`git/smartCommit`).
    bool smartCommit = false;
    // Shortcuts the user changed: command id → key sequence in QKeySequence::PortableText;
    // an empty text removes the command's shortcut. Commands not listed keep their default.
    QHash<QString, QString> shortcuts;

    static EditorSettings load();
    void save() const;

    bool operator==(const EditorSettings &) const = default;
};

} // namespace Baton::Core
