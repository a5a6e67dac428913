// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/search/textsearch.h"

#include "core/search/builtinsearch.h"
#include "core/search/ripgrepjsonparser.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFutureWatcher>
#include <QtCore/QLoggingCategory>
#include <QtCore/QProcess>
#include <QtCore/QSet>
#include <QtCore/QStandardPaths>
#include <QtCore/QTimer>

#include <atomic>

#include <unistd.h>
#include <mutex>

namespace Baton::Core {

Q_LOGGING_CATEGORY(lcSearch, "baton.search", QtInfoMsg)

// What the search's threads and the object share; it outlives the object while a worker runs.
struct TextSearch::Shared
{
    explicit Shared(int cap, const QHash<QString, QByteArray> &texts)
        : maxResults(cap)
    {
        for (auto it = texts.cbegin(); it != texts.cend(); ++it)
            replaced.insert(it.key());
    }

    // Takes in what a backend found on disk: files an unsaved text stands in for are left out.
    bool addFromDisk(QList<SearchResult> &&results)
    {
        if (!replaced.isEmpty())
            results.removeIf([this](const SearchResult &r) { return replaced.contains(r.path); });
        return add(std::move(results));
    }

    // Takes results in, up to the cap. False once the cap is passed: stop searching.
    bool add(QList<SearchResult> &&results)
    {
        const std::lock_guard lock(mutex);
        for (SearchResult &result : results) {
            const int room = maxResults - matches;
            if (room <= 0) {
                truncated = true;
                capped = true;
                return false;
            }
            if (result.ranges.size() > room) {
                result.ranges.resize(room);
                truncated = true;
            }
            matches += int(result.ranges.size());
            files.insert(result.path);
            pending.append(std::move(result));
            if (truncated) {
                capped = true;
                return false;
            }
        }
        return true;
    }

    QList<SearchResult> take()
    {
        const std::lock_guard lock(mutex);
        return std::exchange(pending, {});
    }

    Summary summary(Backend backend)
    {
        const std::lock_guard lock(mutex);
        Summary summary;
        summary.matches = matches;
        summary.files = int(files.size());
        summary.truncated = truncated;
        summary.backend = backend;
        return summary;
    }

    const int maxResults;
    QSet<QString> replaced; // paths searched in unsaved texts; read-only after construction
    std::atomic_bool cancelled = false;
    std::atomic_bool capped = false; // add() refused results: the search can stop
    std::mutex mutex;
    QList<SearchResult> pending;
    QSet<QString> files;
    int matches = 0;
    bool truncated = false;
};

static QString ripgrepMessage(const QByteArray &standardError)
{
    const QString text = QString::fromUtf8(standardError).trimmed();
    return TextSearch::tr("ripgrep failed: %1")
        .arg(text.isEmpty() ? TextSearch::tr("no reason given") : text);
}

TextSearch::TextSearch(const SearchQuery &query, const QString &folder, Backend backend,
                       QObject *parent)
    : QObject(parent)
    , m_query(query)
    , m_folder(QDir::cleanPath(folder))
    , m_backend(backend)
{}

TextSearch::~TextSearch()
{
    stop();
}

QString TextSearch::ripgrepExecutable()
{
    return QStandardPaths::findExecutable(QStringLiteral("rg"));
}

QStringList TextSearch::ripgrepArguments(const SearchQuery &query)
{
    // As BuiltinSearch: no user config, hidden files searched but never .git, .gitignore
    // respected but not .ignore/.rgignore, no transcoding, "\r\n" ends a line like "\n", one
    // line of context on each side. --engine=auto takes PCRE2 for what Rust's regex lacks
    // (look-around, back-references), as QRegularExpression accepts them.
    QStringList arguments{QStringLiteral("--json"),          QStringLiteral("--no-config"),
                          QStringLiteral("--hidden"),        QStringLiteral("--no-ignore-dot"),
                          QStringLiteral("--no-messages"),   QStringLiteral("--crlf"),
                          QStringLiteral("--encoding=none"), QStringLiteral("--engine=auto"),
                          QStringLiteral("--before-context=1"),
                          QStringLiteral("--after-context=1")};
    arguments << (query.caseSensitive ? QStringLiteral("--case-sensitive")
                                      : QStringLiteral("--ignore-case"));
    if (!query.regularExpression)
        arguments << QStringLiteral("--fixed-strings");
    if (query.wholeWord)
        arguments << QStringLiteral("--word-regexp");
    // Later globs win in ripgrep: excludes after includes, .git last.
    for (const QString &glob : query.includeGlobs) {
        for (const QString &anchored : SearchQuery::anchoredGlobs(glob))
            arguments << QStringLiteral("--glob=/") + anchored;
    }
    for (const QString &glob : query.excludeGlobs) {
        for (const QString &anchored : SearchQuery::anchoredGlobs(glob))
            arguments << QStringLiteral("--glob=!/") + anchored;
    }
    arguments << QStringLiteral("--glob=!.git") << QStringLiteral("--regexp=") + query.pattern;
    return arguments;
}

void TextSearch::start()
{
    if (m_running || m_done)
        return;
    m_running = true;
    m_shared = std::make_shared<Shared>(std::max(1, m_query.maxResults), m_unsavedTexts);
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_batchTimer = new QTimer(this);
    m_batchTimer->setInterval(batchIntervalMs);
    connect(m_batchTimer, &QTimer::timeout, this, [this] {
        if (m_process && m_shared->capped) {
            // The cap is reached: what rg would still find is not wanted.
            m_process->disconnect(this);
            m_process->kill();
            finish();
            return;
        }
        flush();
    });
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("The search took longer than %1 minutes and was stopped.").arg(timeoutMs / 60000));
    });
    Q_EMIT started();
    if (m_query.pattern.isEmpty()) {
        finish();
        return;
    }
    if (const QRegularExpression expression = m_query.expression(); !expression.isValid()) {
        fail(tr("Invalid regular expression: %1").arg(expression.errorString()));
        return;
    }
    m_batchTimer->start();
    m_timeout->start(timeoutMs);
    const QString rg = m_backend == Backend::Builtin ? QString() : ripgrepExecutable();
    if (m_backend == Backend::Ripgrep && rg.isEmpty()) {
        fail(tr("ripgrep (rg) is not installed."));
        return;
    }
    if (rg.isEmpty())
        startBuiltin();
    else
        startRipgrep(rg);
}

void TextSearch::startBuiltin()
{
    m_backend = Backend::Builtin;
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher] {
        const Status status = watcher->result();
        watcher->deleteLater();
        if (!m_running)
            return;
        if (status.ok())
            finish();
        else
            fail(status.errorMessage());
    });
    watcher->setFuture(QtConcurrent::run([shared = m_shared, query = m_query, folder = m_folder,
                                          texts = m_unsavedTexts]() -> Status {
        if (!shared->add(BuiltinSearch::searchTexts(query, folder, texts, &shared->cancelled)))
            return success();
        return BuiltinSearch::run(
            query, folder,
            [shared](QList<SearchResult> &&results) {
                return shared->addFromDisk(std::move(results));
            },
            &shared->cancelled);
    }));
}

void TextSearch::startRipgrep(const QString &executable)
{
    m_backend = Backend::Ripgrep;
    m_parser = std::make_shared<RipgrepJsonParser>();
    // The unsaved texts are searched while rg starts; rg's results are taken after them.
    m_parseChain = QtConcurrent::run(
        [shared = m_shared, query = m_query, folder = m_folder, texts = m_unsavedTexts] {
            shared->add(BuiltinSearch::searchTexts(query, folder, texts, &shared->cancelled));
        });
    m_process = new QProcess(this);
    m_process->setWorkingDirectory(m_folder);
    m_process->setProgram(executable);
    m_process->setArguments(ripgrepArguments(m_query));
    // With no path rg searches its working directory (paths come out relative, without
    // "./"), unless stdin is readable, so it gets none.
    m_process->setStandardInputFile(QProcess::nullDevice());
    // Below the GUI in the scheduler's eyes: typing stays smooth while rg takes every core.
    m_process->setChildProcessModifier([] {
        if (nice(5) == -1) {
        }
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &TextSearch::readRipgrep);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        if (m_stderr.size() < 64 * 1024)
            m_stderr += m_process->readAllStandardError();
        else
            m_process->readAllStandardError();
    });
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus) { ripgrepFinished(exitCode); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Could not run ripgrep: %1").arg(m_process->errorString()));
    });
    qCDebug(lcSearch) << "rg" << m_process->arguments();
    m_process->start(QIODevice::ReadOnly);
}

void TextSearch::readRipgrep()
{
    if (!m_running)
        return;
    const QByteArray output = m_process->readAllStandardOutput();
    if (output.isEmpty())
        return;
    m_parseChain = m_parseChain.then(QtFuture::Launch::Async,
                                     [parser = m_parser, shared = m_shared, output] {
                                         if (shared->cancelled || shared->capped)
                                             return;
                                         shared->addFromDisk(parser->feed(output));
                                     });
}

void TextSearch::ripgrepFinished(int exitCode)
{
    if (!m_running)
        return;
    readRipgrep();
    // Once every piece is decoded; not at all when this object is gone by then.
    m_parseChain.then(this, [this, exitCode] { ripgrepDecoded(exitCode); });
}

void TextSearch::ripgrepDecoded(int exitCode)
{
    if (!m_running)
        return;
    // 0: matches, 1: none, 2: an error; with --no-messages an error that still produced the
    // final summary concerns single files (rg skipped them), as the built-in search does.
    if (exitCode == 2 && !m_parser->finished())
        fail(ripgrepMessage(m_stderr));
    else if (exitCode > 2 || exitCode < 0)
        fail(ripgrepMessage(m_stderr));
    else
        finish();
}

void TextSearch::flush()
{
    QList<SearchResult> batch = m_shared->take();
    if (!batch.isEmpty())
        Q_EMIT resultsFound(batch);
}

void TextSearch::finish()
{
    flush();
    Summary summary = m_shared->summary(m_backend);
    summary.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    stop();
    m_done = true;
    Q_EMIT finished(summary);
}

void TextSearch::fail(const QString &message)
{
    stop();
    m_done = true;
    Q_EMIT failed(message);
}

void TextSearch::cancel()
{
    stop();
    m_done = true;
}

void TextSearch::stop()
{
    m_running = false;
    if (m_shared)
        m_shared->cancelled = true;
    if (m_batchTimer)
        m_batchTimer->stop();
    if (m_timeout)
        m_timeout->stop();
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning)
            m_process->kill();
    }
}

Result<TextSearch::Outcome> TextSearch::run(const SearchQuery &query, const QString &folder,
                                            Backend backend,
                                            const QHash<QString, QByteArray> &unsavedTexts)
{
    QElapsedTimer clock;
    clock.start();
    if (const QRegularExpression expression = query.expression(); !expression.isValid())
        return Error{tr("Invalid regular expression: %1").arg(expression.errorString())};
    Shared shared(std::max(1, query.maxResults), unsavedTexts);
    Outcome outcome;
    const QString rg = backend == Backend::Builtin ? QString() : ripgrepExecutable();
    if (backend == Backend::Ripgrep && rg.isEmpty())
        return Error{tr("ripgrep (rg) is not installed.")};
    if (query.pattern.isEmpty()) {
        outcome.summary.backend = rg.isEmpty() ? Backend::Builtin : Backend::Ripgrep;
        return outcome;
    }
    bool capped = !shared.add(BuiltinSearch::searchTexts(query, folder, unsavedTexts));
    if (capped) {
        outcome.summary = shared.summary(rg.isEmpty() ? Backend::Builtin : Backend::Ripgrep);
    } else if (rg.isEmpty()) {
        const Status status = BuiltinSearch::run(query, QDir::cleanPath(folder),
                                                 [&shared](QList<SearchResult> &&results) {
                                                     return shared.addFromDisk(std::move(results));
                                                 });
        if (!status.ok())
            return Error{status.errorMessage()};
        outcome.summary = shared.summary(Backend::Builtin);
    } else {
        // Blocking waits are fine here: this runs on a worker thread, never the GUI thread.
        QProcess process;
        process.setWorkingDirectory(QDir::cleanPath(folder));
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(rg, ripgrepArguments(query), QIODevice::ReadOnly);
        if (!process.waitForStarted(timeoutMs))
            return Error{tr("Could not run ripgrep: %1").arg(process.errorString())};
        RipgrepJsonParser parser;
        while (!capped && process.state() != QProcess::NotRunning
               && clock.elapsed() < timeoutMs) {
            process.waitForReadyRead(100);
            if (!shared.addFromDisk(parser.feed(process.readAllStandardOutput())))
                capped = true;
        }
        if (capped || process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(1000);
            if (!capped)
                return Error{tr("The search took longer than %1 minutes and was stopped.")
                                    .arg(timeoutMs / 60000)};
        } else {
            if (!shared.addFromDisk(parser.feed(process.readAllStandardOutput())))
                capped = true;
            if (!capped && process.exitCode() >= 2 && !parser.finished())
                return Error{ripgrepMessage(process.readAllStandardError())};
        }
        outcome.summary = shared.summary(Backend::Ripgrep);
    }
    outcome.results = shared.take();
    outcome.summary.elapsedMs = clock.elapsed();
    return outcome;
}

} // namespace Baton::Core
