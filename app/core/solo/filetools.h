// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The Solo agent's file tools: read_file, list_dir, edit_file and write_file (names, inputs and
// JSON schemas are a public contract, docs/solo-tools.md). Every path goes through a
// WorkspaceGuard; file contents go through a SecretFilter before the model sees them.
//
// Stale-write guard: the tools remember what the agent last saw of each file (the text it read
// or wrote). edit_file, and write_file over an existing file, are refused when the agent has
// not read the file, or when it changed on disk since — the model is told to read it again.
// Edits to files open in the editor go through the document, not through this class (the
// engine routes them; not done here).
//
// Results and errors are text for the model, in English and not translated (Result's error
// here is a tool error the model reads). Blocking (disk, libgit2): call from a worker thread;
// one FileTools is used by one thread at a time. A GitRuntime must be alive for list_dir's
// ignore rules. Writes are atomic (TextFile::write, QSaveFile) and keep the file's encoding
// and line endings (a file with CRLF line ends gets CRLF in the new text too).

#include "core/result.h"
#include "core/solo/secretfilter.h"
#include "core/solo/workspaceguard.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <memory>

namespace Baton::Core {

class FileTools
{
public:
    static constexpr int defaultReadLines = 2000; // read_file's page when no limit is given
    static constexpr int maxLineChars = 2000;     // longer lines are cut in read_file output
    static constexpr int maxListEntries = 1000;   // list_dir stops after this many entries
    static constexpr int maxListDepth = 5;

    // `filter` decides what file content is withheld or redacted.
    explicit FileTools(const QString &workspace, const SecretFilter &filter = {});
    ~FileTools();
    FileTools(const FileTools &) = delete;
    FileTools &operator=(const FileTools &) = delete;

    const WorkspaceGuard &guard() const { return m_guard; }

    // The tools' definitions for the model: [{name, description, input_schema}].
    static QJsonArray schemas();

    // Runs the tool `name` with the model's `input`, checking the input against the schema
    // first (a missing or mistyped field is an error naming it). Unknown names are errors.
    Result<QString> call(const QString &name, const QJsonObject &input);

    // read_file: lines `offset` (1-based) to offset + limit − 1, each as "%6d\t<text>", and a
    // last line saying how to read on when the file has more. Secret files are refused,
    // key-shaped values redacted (with a notice). Binary files are refused.
    Result<QString> readFile(const QString &path, int offset = 1, int limit = defaultReadLines);

    // list_dir: the entries under `path` to `depth` levels (1 = the folder itself), sorted,
    // folders with a trailing '/', links as "name -> target" (not followed), indented two
    // spaces per level; `.git`, `.baton` and ignored paths (the workspace's git repository's
    // rules, or the checkpoint shadow repository's when there is one) are left out.
    Result<QString> listDir(const QString &path, int depth = 1);

    // edit_file: replaces `oldText` with `newText` in the file — exactly one occurrence, or
    // every one with `replaceAll`. None, or several without replaceAll, is an error that says
    // so; the file is never rewritten whole from a guess.
    Result<QString> editFile(const QString &path, const QString &oldText, const QString &newText,
                             bool replaceAll = false);

    // write_file: creates `path` (and its folders) or replaces it with `content`.
    Result<QString> writeFile(const QString &path, const QString &content);

private:
    Result<QString> checkNotStale(const WorkspacePath &path, const QByteArray &current) const;
    void remember(const WorkspacePath &path, const QByteArray &utf8);
    bool isIgnored(const QString &relative, bool folder);

    WorkspaceGuard m_guard;
    SecretFilter m_filter;
    QHash<QString, QByteArray> m_seen; // relative path → SHA-1 of the text the agent last saw
    struct Ignores;
    std::unique_ptr<Ignores> m_ignores; // opened on first use
};

} // namespace Baton::Core
