// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "fileindex.h"

#include "core/runasync.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QLoggingCategory>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTimer>

#include <git2.h>

#include <memory>
#include <thread>

using namespace Qt::StringLiterals;

namespace Baton::Core {

Q_LOGGING_CATEGORY(lcFileIndex, "baton.workspace")

namespace {

struct RepositoryCloser
{
    void operator()(git_repository *repository) const { git_repository_free(repository); }
};

} // namespace

FileIndex::FileIndex(QObject *parent)
    : QObject(parent)
    , m_files(FileList::make(QString(), {}))
{}

FileIndex::~FileIndex()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
    }
}

QString FileIndex::ripgrepProgram()
{
    return QStandardPaths::findExecutable(u"rg"_s);
}

void FileIndex::setFolder(const QString &folder)
{
    ++m_generation; // drops whatever the running scan reports
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    m_files = FileList::make(m_folder, {});
    m_ready = false;
    m_scanning = false;
    m_rescan = false;
    startScan();
}

void FileIndex::refresh()
{
    if (m_folder.isEmpty())
        return;
    if (m_scanning) {
        m_rescan = true;
        return;
    }
    startScan();
}

void FileIndex::refreshIfOlderThan(qint64 maxAgeMs)
{
    if (m_folder.isEmpty() || m_scanning)
        return;
    if (m_sinceScan.isValid() && m_sinceScan.elapsed() < maxAgeMs)
        return;
    startScan();
}

void FileIndex::startScan()
{
    m_scanning = true;
    m_scanTimer.start();
    const quint64 generation = ++m_generation;
    const QString program = m_scanner == Scanner::Automatic ? ripgrepProgram() : QString();
    if (program.isEmpty())
        startWalk(generation);
    else
        startRipgrep(generation, program);
}

void FileIndex::startWalk(quint64 generation)
{
    const QString folder = m_folder;
    const int maxFiles = m_maxFiles;
    const QElapsedTimer timer = m_scanTimer;
    runAsync(
        this,
        [folder, maxFiles, timer] {
            bool truncated = false;
            QStringList paths;
            // libgit2 keeps per-thread state (the last error) that it frees when the thread
            // exits; the pool's threads live on, so the walk gets a thread of its own, joined
            // here, which leaves nothing behind.
            std::thread walker([&] { paths = walk(folder, maxFiles, &truncated); });
            walker.join();
            return FileList::make(folder, std::move(paths), truncated, timer.elapsed());
        },
        [this, generation](const std::shared_ptr<const FileList> &files) {
            finishScan(generation, files, false);
        });
}

void FileIndex::startRipgrep(quint64 generation, const QString &program)
{
    m_output.clear();
    m_lines = 0;
    m_truncated = false;
    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(program);
    process->setArguments(
        {u"--files"_s, u"--hidden"_s, u"--no-config"_s, u"--no-messages"_s, u"-g"_s, u"!.git"_s});
    process->setWorkingDirectory(m_folder);
    process->setStandardErrorFile(QProcess::nullDevice());
    process->setStandardInputFile(QProcess::nullDevice());
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process, generation] {
        if (generation != m_generation || m_truncated)
            return;
        const QByteArray chunk = process->readAllStandardOutput();
        m_output += chunk;
        m_lines += chunk.count('\n');
        if (m_lines > m_maxFiles) {
            m_truncated = true;
            process->kill(); // enough; finished() follows
        }
    });
    connect(process, &QProcess::finished, this,
            [this, process, generation](int exitCode, QProcess::ExitStatus status) {
                process->deleteLater();
                if (generation != m_generation)
                    return;
                m_process = nullptr;
                // 0: files, 1: none, 2: some folders unreadable (the rest listed).
                if (m_truncated || (status == QProcess::NormalExit && exitCode <= 2)) {
                    if (!m_truncated)
                        m_output += process->readAllStandardOutput();
                    ripgrepDone(generation);
                } else {
                    qCWarning(lcFileIndex) << "rg failed, exit" << exitCode << "- walking instead";
                    startWalk(generation);
                }
            });
    connect(process, &QProcess::errorOccurred, this,
            [this, process, generation](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart || generation != m_generation)
                    return;
                process->deleteLater();
                m_process = nullptr;
                qCWarning(lcFileIndex) << "rg did not start - walking instead";
                startWalk(generation);
            });
    // A hung rg must not leave quick open empty forever: kill it; the walk takes over.
    QTimer::singleShot(ripgrepTimeoutMs, process, [process] { process->kill(); });
    process->start();
}

void FileIndex::ripgrepDone(quint64 generation)
{
    const QByteArray output = std::exchange(m_output, QByteArray());
    const bool truncated = m_truncated;
    const QString folder = m_folder;
    const int maxFiles = m_maxFiles;
    const QElapsedTimer timer = m_scanTimer;
    runAsync(
        this,
        [output, truncated, folder, maxFiles, timer] {
            QStringList paths;
            paths.reserve(std::min<qsizetype>(maxFiles, output.count('\n') + 1));
            qsizetype start = 0;
            while (start < output.size() && paths.size() < maxFiles) {
                qsizetype end = output.indexOf('\n', start);
                const bool complete = end >= 0;
                if (!complete) {
                    if (truncated)
                        break; // cut off mid-line by the kill
                    end = output.size();
                }
                QByteArrayView line(output.constData() + start, end - start);
                if (line.endsWith('\r'))
                    line.chop(1);
                if (line.startsWith("./"))
                    line = line.sliced(2);
                if (!line.isEmpty())
                    paths.append(QString::fromUtf8(line));
                start = end + 1;
            }
            return FileList::make(folder, std::move(paths), truncated, timer.elapsed());
        },
        [this, generation](const std::shared_ptr<const FileList> &files) {
            finishScan(generation, files, true);
        });
}

void FileIndex::finishScan(quint64 generation, std::shared_ptr<const FileList> files, bool ripgrep)
{
    if (generation != m_generation)
        return;
    m_files = std::move(files);
    m_ready = true;
    m_scanning = false;
    m_lastUsedRipgrep = ripgrep;
    m_sinceScan.start();
    Q_EMIT ready();
    if (m_rescan) {
        m_rescan = false;
        startScan();
    }
}

QStringList FileIndex::walk(const QString &folder, int maxFiles, bool *truncated)
{
    *truncated = false;
    QStringList files;
    const QString root = QFileInfo(folder).canonicalFilePath();
    if (root.isEmpty())
        return files;

    std::unique_ptr<git_repository, RepositoryCloser> repository;
    QByteArray prefix; // root relative to the working directory, with a trailing '/'
    // Ask libgit2 only when there is a .git above: a failed open leaves per-thread error state
    // behind on this pool thread, and most folders outside a repository would pay for it.
    bool inRepository = false;
    for (QDir up(root);;) {
        if (QFileInfo::exists(up.filePath(u".git"_s))) {
            inRepository = true;
            break;
        }
        if (!up.cdUp())
            break;
    }
    if (inRepository) {
        git_repository *opened = nullptr;
        if (git_repository_open_ext(&opened, QFile::encodeName(root).constData(), 0, nullptr)
            == 0) {
            repository.reset(opened);
            const char *workdir = git_repository_workdir(opened);
            const QString top
                = workdir ? QFileInfo(QFile::decodeName(workdir)).canonicalFilePath() : QString();
            const QString relative = top.isEmpty() ? QString() : QDir(top).relativeFilePath(root);
            if (top.isEmpty() || relative.startsWith(u".."_s))
                repository.reset(); // bare, or not above the folder after all
            else if (relative != u"."_s)
                prefix = QFile::encodeName(relative) + '/';
        }
    }
    const auto ignored = [&](const QString &relative, bool isDir) {
        if (!repository)
            return false;
        QByteArray path = prefix + QFile::encodeName(relative);
        if (isDir)
            path += '/';
        int result = 0;
        if (git_ignore_path_is_ignored(&result, repository.get(), path.constData()) != 0)
            return false; // unknown: list it rather than hide it
        return result == 1;
    };

    QStringList pending{QString()};
    while (!pending.isEmpty()) {
        const QString dir = pending.takeLast();
        QDirIterator it(dir.isEmpty() ? root : root + u'/' + dir,
                        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        while (it.hasNext()) {
            const QFileInfo info = it.nextFileInfo();
            if (info.isSymLink())
                continue; // never followed, so nothing outside the folder gets in
            const QString name = info.fileName();
            if (name == u".git")
                continue;
            const QString relative = dir.isEmpty() ? name : dir + u'/' + name;
            if (info.isDir()) {
                if (!ignored(relative, true))
                    pending.append(relative);
                continue;
            }
            if (!info.isFile() || ignored(relative, false))
                continue;
            if (files.size() >= maxFiles) {
                *truncated = true;
                return files;
            }
            files.append(relative);
        }
    }
    return files;
}

} // namespace Baton::Core
