// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/search/builtinsearch.h"

#include "core/documents/utf8columns.h"
#include "core/search/searchglobs.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QThread>

#include <git2.h>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

#include <dirent.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace Baton::Core {

namespace {

// The files to search, handed from the walk to the threads that read them.
class FileQueue
{
public:
    void push(QString path)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_paths.push_back(std::move(path));
        }
        m_ready.notify_one();
    }
    void close()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_ready.notify_all();
    }
    // False once the queue is closed and empty.
    bool pop(QString *path)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return m_closed || !m_paths.empty(); });
        if (m_paths.empty())
            return false;
        *path = std::move(m_paths.front());
        m_paths.pop_front();
        return true;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<QString> m_paths;
    bool m_closed = false;
};

// .gitignore and friends, through libgit2, for paths relative to the workspace.
class IgnoreRules
{
public:
    explicit IgnoreRules(const QString &folder)
    {
        const QByteArray native = QFile::encodeName(QDir::cleanPath(folder));
        if (git_repository_open_ext(&m_repository, native.constData(), 0, nullptr) < 0) {
            m_repository = nullptr;
            return;
        }
        const char *workdir = git_repository_workdir(m_repository);
        if (!workdir) { // bare: nothing is checked out, nothing to ignore
            git_repository_free(m_repository);
            m_repository = nullptr;
            return;
        }
        const QString root = QDir(QFile::decodeName(workdir)).canonicalPath();
        const QString canonical = QDir(folder).canonicalPath();
        if (canonical != root && canonical.startsWith(root + u'/'))
            m_prefix = QFile::encodeName(canonical.mid(root.size() + 1)) + '/';
    }
    ~IgnoreRules() { git_repository_free(m_repository); }
    IgnoreRules(const IgnoreRules &) = delete;
    IgnoreRules &operator=(const IgnoreRules &) = delete;

    bool ignored(const QByteArray &relative, bool directory) const
    {
        if (!m_repository)
            return false;
        QByteArray path = m_prefix + relative;
        if (directory)
            path += '/';
        int ignored = 0;
        if (git_ignore_path_is_ignored(&ignored, m_repository, path.constData()) < 0)
            return false;
        return ignored != 0;
    }

private:
    git_repository *m_repository = nullptr;
    QByteArray m_prefix; // the workspace inside the working tree, "sub/dir/"
};

bool isCancelled(const std::atomic_bool *cancelled, const std::atomic_bool &stopped)
{
    return stopped.load(std::memory_order_relaxed)
           || (cancelled && cancelled->load(std::memory_order_relaxed));
}

// Whether the walk takes the entry at `shown` (its native bytes `path`): exclude globs drop
// it, include globs pick it even when .gitignore would not, and with include globs a file
// must match one of them (a folder is still entered: something inside it may match).
bool inScope(const SearchGlobs &includes, const SearchGlobs &excludes, const IgnoreRules &ignore,
             const QString &shown, const QByteArray &path, bool directory)
{
    if (excludes.matches(shown))
        return false;
    if (includes.matches(shown))
        return true; // picked by name: .gitignore does not apply
    if (!directory && !includes.isEmpty())
        return false;
    return !ignore.ignored(path, directory);
}

// The bytes of the line [start, end) without a "\r" that precedes the "\n" at `end`.
QByteArrayView lineContent(const QByteArray &bytes, qsizetype start, qsizetype end)
{
    if (end < bytes.size() && end > start && bytes.at(end - 1) == '\r')
        --end;
    return QByteArrayView(bytes.constData() + start, end - start);
}

} // namespace

QList<SearchResult> BuiltinSearch::searchBytes(const QString &path, const QByteArray &bytes,
                                               const QRegularExpression &lineExpression)
{
    QList<SearchResult> results;
    // One pass of the expression over the whole file finds the lines worth matching one by
    // one: a match on a line is never later than the first whole-text match from that line's
    // start, so no line is missed. (*ANYCRLF) lets '$' match before "\r\n" as on a line.
    const QRegularExpression whole(QLatin1String("(*ANYCRLF)") + lineExpression.pattern(),
                                   lineExpression.patternOptions()
                                       | QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(bytes);
    qsizetype lineStart16 = 0;
    qsizetype lineStart = 0;
    int line = 0;
    while (lineStart16 <= text.size()) {
        const QRegularExpressionMatch candidate = whole.match(text, lineStart16);
        if (!candidate.hasMatch())
            break;
        const qsizetype at = candidate.capturedStart();
        // "\n" is one unit in both encodings, so lines can be counted in step.
        for (;;) {
            const qsizetype newline16 = text.indexOf(u'\n', lineStart16);
            if (newline16 < 0 || newline16 >= at)
                break;
            lineStart16 = newline16 + 1;
            lineStart = bytes.indexOf('\n', lineStart) + 1;
            ++line;
        }
        const qsizetype newline = bytes.indexOf('\n', lineStart);
        const qsizetype lineEnd = newline < 0 ? bytes.size() : newline;
        const QByteArrayView content = lineContent(bytes, lineStart, lineEnd);
        const Utf8Columns columns(content);
        QList<std::pair<int, int>> ranges;
        QRegularExpressionMatchIterator it = lineExpression.globalMatchView(columns.text());
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength() > 0)
                ranges.append({columns.byteOffset(int(match.capturedStart())),
                               columns.byteOffset(int(match.capturedEnd()))});
        }
        if (!ranges.isEmpty()) {
            QByteArrayView before;
            if (lineStart > 0) {
                const qsizetype previous
                    = lineStart >= 2 ? bytes.lastIndexOf('\n', lineStart - 2) + 1 : 0;
                before = lineContent(bytes, previous, lineStart - 1);
                if (before.isNull())
                    before = QByteArrayView("", 0);
            }
            QByteArrayView after;
            if (newline >= 0 && newline + 1 < bytes.size()) {
                const qsizetype next = bytes.indexOf('\n', newline + 1);
                after = lineContent(bytes, newline + 1, next < 0 ? bytes.size() : next);
            }
            results.append(SearchResult::fromLine(path, line, content, ranges, before, after));
        }
        if (newline < 0)
            break;
        const qsizetype newline16 = text.indexOf(u'\n', lineStart16);
        if (newline16 < 0)
            break;
        lineStart16 = newline16 + 1;
        lineStart = newline + 1;
        ++line;
    }
    return results;
}

QList<SearchResult> BuiltinSearch::searchTexts(const SearchQuery &query, const QString &folder,
                                               const QHash<QString, QByteArray> &texts,
                                               const std::atomic_bool *cancelled)
{
    QList<SearchResult> results;
    if (texts.isEmpty())
        return results;
    const QRegularExpression expression = query.expression();
    if (!expression.isValid())
        return results;
    const QString root = QDir::cleanPath(folder);
    const QByteArray nativeRoot = QFile::encodeName(root);
    const SearchGlobs includes(query.includeGlobs);
    const SearchGlobs excludes(query.excludeGlobs);
    const IgnoreRules ignore(root);
    QStringList paths = texts.keys();
    paths.sort();
    for (const QString &relative : std::as_const(paths)) {
        if (cancelled && cancelled->load(std::memory_order_relaxed))
            break;
        if (relative.isEmpty() || QDir::isAbsolutePath(relative))
            continue;
        const QStringList parts = relative.split(u'/');
        bool searched = true;
        for (qsizetype i = 0; i < parts.size() && searched; ++i) {
            const QString &name = parts.at(i);
            if (name.isEmpty() || name == u"." || name == u".." || name == u".git") {
                searched = false;
                break;
            }
            const bool directory = i + 1 < parts.size();
            const QString shown = parts.first(i + 1).join(u'/');
            const QByteArray path = QFile::encodeName(shown);
            // As the walk sees it: folders entered, regular files read, links never followed.
            struct stat info;
            const QByteArray full = nativeRoot + '/' + path;
            if (lstat(full.constData(), &info) == 0
                && !(directory ? S_ISDIR(info.st_mode) : S_ISREG(info.st_mode))) {
                searched = false;
                break;
            }
            searched = inScope(includes, excludes, ignore, shown, path, directory);
        }
        if (!searched)
            continue;
        const QByteArray &text = texts.value(relative);
        if (std::memchr(text.constData(), 0, size_t(text.size())))
            continue; // binary, as a file with a NUL byte
        results += searchBytes(relative, text, expression);
    }
    return results;
}

Status BuiltinSearch::run(const SearchQuery &query, const QString &folder, const Sink &sink,
                          const std::atomic_bool *cancelled)
{
    const QRegularExpression expression = query.expression();
    if (!expression.isValid())
        return Error{tr("Invalid regular expression: %1").arg(expression.errorString())};
    const QString root = QDir::cleanPath(folder);
    const QByteArray nativeRoot = QFile::encodeName(root);
    if (!QFileInfo(root).isDir())
        return Error{tr("%1 is not a folder.").arg(QDir::toNativeSeparators(root))};
    const SearchGlobs includes(query.includeGlobs);
    const SearchGlobs excludes(query.excludeGlobs);

    FileQueue queue;
    std::atomic_bool stopped = false;
    std::mutex sinkMutex;
    const auto work = [&] {
        // Below the GUI thread in priority (on Linux, nice is per thread), so that the window
        // stays responsive while every core searches.
        if (setpriority(PRIO_PROCESS, 0, 5) != 0) {
        }
        // Each thread matches with its own copy of the expression.
        const QRegularExpression lineExpression(expression.pattern(),
                                                expression.patternOptions());
        QString relative;
        while (queue.pop(&relative)) {
            if (isCancelled(cancelled, stopped))
                continue; // drain the queue so that the walk never blocks
            QFile file(root + u'/' + relative);
            if (!file.open(QIODevice::ReadOnly))
                continue; // unreadable, as rg: skipped
            const QByteArray bytes = file.readAll();
            if (std::memchr(bytes.constData(), 0, size_t(bytes.size())))
                continue; // binary
            QList<SearchResult> results = searchBytes(relative, bytes, lineExpression);
            if (results.isEmpty())
                continue;
            const std::lock_guard lock(sinkMutex);
            if (!isCancelled(cancelled, stopped) && !sink(std::move(results)))
                stopped = true;
        }
    };
    const int threads = std::max(1, QThread::idealThreadCount());
    std::vector<std::thread> workers;
    workers.reserve(size_t(threads));
    for (int i = 0; i < threads; ++i)
        workers.emplace_back(work);

    {
        const IgnoreRules ignore(root);
        std::vector<QByteArray> folders{QByteArray()};
        while (!folders.empty() && !isCancelled(cancelled, stopped)) {
            const QByteArray relative = std::move(folders.back());
            folders.pop_back();
            const QByteArray absolute
                = relative.isEmpty() ? nativeRoot : nativeRoot + '/' + relative;
            DIR *dir = opendir(absolute.constData());
            if (!dir)
                continue;
            while (const dirent *entry = readdir(dir)) {
                const char *name = entry->d_name;
                if (!std::strcmp(name, ".") || !std::strcmp(name, "..")
                    || !std::strcmp(name, ".git"))
                    continue;
                const QByteArray path = relative.isEmpty() ? QByteArray(name)
                                                           : relative + '/' + name;
                unsigned char type = entry->d_type;
                if (type == DT_UNKNOWN) {
                    struct stat info;
                    const QByteArray full = nativeRoot + '/' + path;
                    if (lstat(full.constData(), &info) != 0)
                        continue;
                    type = S_ISDIR(info.st_mode) ? DT_DIR : S_ISREG(info.st_mode) ? DT_REG : DT_LNK;
                }
                if (type != DT_DIR && type != DT_REG)
                    continue; // links are not followed; devices, sockets, pipes are not text
                const QString shown = QFile::decodeName(path);
                const bool directory = type == DT_DIR;
                if (!inScope(includes, excludes, ignore, shown, path, directory))
                    continue;
                if (directory)
                    folders.push_back(path);
                else
                    queue.push(shown);
            }
            closedir(dir);
        }
    }
    queue.close();
    for (std::thread &worker : workers)
        worker.join();
    return success();
}

} // namespace Baton::Core
