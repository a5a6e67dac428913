// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Search in files: one search of a workspace folder as one asynchronous operation.
//
//     auto *search = new TextSearch(query, folder, TextSearch::Backend::Automatic, parent);
//     connect(search, &TextSearch::resultsFound, …);   // batches, as they are found
//     connect(search, &TextSearch::finished, …);       // once, with the summary
//     connect(search, &TextSearch::failed, …);         // or once, with a message
//     search->start();
//
// Two backends give the same results (SearchResult::operator==, in any order): ripgrep run as
// a process (`rg --json`, found on PATH) and BuiltinSearch on the thread pool. Automatic picks
// ripgrep when it is installed. The GUI thread never waits: rg's output is decoded as it
// arrives (RipgrepJsonParser, on a worker), and results reach resultsFound() in batches at most every
// batchIntervalMs. At most query.maxResults matches are reported; the summary says when more
// were found. Deleting the object or cancel() stops the search; no signal follows.
//
// Unsaved texts: setUnsavedTexts() hands the search what open editors hold for files they have
// modified (relative path → UTF-8 text). Those files are searched in that text instead of on
// disk, by either backend alike: the disk's results for their paths are dropped and the texts
// are matched off the GUI thread with BuiltinSearch::searchTexts() (same rules, globs,
// .gitignore and cap as the files).
//
// GUI-thread object (any thread with an event loop). For a worker without one, run() does the
// same search blocking. A GitRuntime must be alive (.gitignore is read with libgit2).

#include "core/result.h"
#include "core/search/searchquery.h"
#include "core/search/searchresult.h"

#include <QtCore/QFuture>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <memory>

class QProcess;
class QTimer;

namespace Baton::Core {

class RipgrepJsonParser;

class TextSearch : public QObject
{
    Q_OBJECT

public:
    enum class Backend {
        Automatic, // ripgrep when found on PATH, else built-in
        Ripgrep,   // ripgrep; fails when it is not installed
        Builtin,   // BuiltinSearch, never a process
    };

    struct Summary
    {
        int matches = 0;        // matches reported (at most maxResults)
        int files = 0;          // files with at least one reported match
        bool truncated = false; // there were more than maxResults matches
        Backend backend = Backend::Builtin; // the one that ran
        qint64 elapsedMs = 0;
    };

    struct Outcome
    {
        QList<SearchResult> results;
        Summary summary;
    };

    static constexpr int batchIntervalMs = 50;
    // A search that has not finished after this long is stopped and fails.
    static constexpr int timeoutMs = 10 * 60 * 1000;

    TextSearch(const SearchQuery &query, const QString &folder, Backend backend,
               QObject *parent = nullptr);
    ~TextSearch() override;

    // Texts that stand in for files of the folder: relative path ('/'-separated) → UTF-8
    // text, normally the open editors' modified documents. Call before start().
    void setUnsavedTexts(const QHash<QString, QByteArray> &texts) { m_unsavedTexts = texts; }

    // Starts the search (once). started() follows at once.
    void start();
    // Stops the search; nothing is emitted after.
    void cancel();
    bool isRunning() const { return m_running; }

    // The ripgrep executable found on PATH, empty when it is not installed.
    static QString ripgrepExecutable();
    // The arguments TextSearch gives rg for `query` (run in the workspace folder).
    static QStringList ripgrepArguments(const SearchQuery &query);

    // The same search, blocking: for worker threads only (the Solo agent's search tool).
    static Result<Outcome> run(const SearchQuery &query, const QString &folder,
                               Backend backend = Backend::Automatic,
                               const QHash<QString, QByteArray> &unsavedTexts = {});

Q_SIGNALS:
    void started();
    void resultsFound(const QList<Baton::Core::SearchResult> &results);
    void finished(const Baton::Core::TextSearch::Summary &summary);
    void failed(const QString &message);

private:
    struct Shared;

    void startRipgrep(const QString &executable);
    void startBuiltin();
    void readRipgrep();
    void ripgrepFinished(int exitCode);
    void ripgrepDecoded(int exitCode);
    void flush();
    void finish();
    void fail(const QString &message);
    void stop();

    SearchQuery m_query;
    QString m_folder;
    QHash<QString, QByteArray> m_unsavedTexts;
    Backend m_backend;
    std::shared_ptr<Shared> m_shared;
    QProcess *m_process = nullptr;
    // Decoding rg's JSON runs on the thread pool, one piece after the other (a chain of
    // continuations), so the GUI thread only reads the pipe.
    std::shared_ptr<RipgrepJsonParser> m_parser;
    QFuture<void> m_parseChain;
    QByteArray m_stderr;
    QTimer *m_batchTimer = nullptr;
    QTimer *m_timeout = nullptr;
    qint64 m_startedMs = 0;
    bool m_running = false;
    bool m_done = false;
};

} // namespace Baton::Core
