// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The list of every file in a workspace folder, for quick open. Ignored files are left out:
// with ripgrep on PATH, `rg --files --hidden -g '!.git'` (it honours .gitignore, .ignore and
// git's excludes, and is the fastest); otherwise a built-in walk that asks libgit2 whether a path
// is ignored when the folder is in a git repository, and skips only .git folders when it is not.
// Symbolic links are never followed (nor listed), so nothing outside the folder gets in.
//
// Lives on the GUI thread and never blocks it: rg is a QProcess driven by signals, the walk and
// the sorting run on a worker. files() keeps the previous list until a new scan is ready().
// Needs a live GitRuntime for the built-in walk.

#include "filelist.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QString>

#include <memory>

class QProcess;
class QTimer;

namespace Baton::Core {

class FileIndex : public QObject
{
    Q_OBJECT

public:
    enum class Scanner {
        Automatic, // ripgrep when it is on PATH, else the built-in walk
        BuiltIn,   // always the built-in walk
    };
    static constexpr int defaultMaxFiles = 500000;
    static constexpr int ripgrepTimeoutMs = 120000; // then the built-in walk takes over

    explicit FileIndex(QObject *parent = nullptr);
    ~FileIndex() override;

    void setScanner(Scanner scanner) { m_scanner = scanner; }
    Scanner scanner() const { return m_scanner; }
    // Scans stop after this many files (FileList::truncated).
    void setMaxFiles(int maxFiles) { m_maxFiles = maxFiles; }

    // Makes `folder` the indexed folder: forgets the old list and starts a scan.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }

    // Scans the folder again; files() stays the current list until the new one is ready().
    // During a scan, another one follows it.
    void refresh();
    // refresh() unless a scan runs or the last one finished less than `maxAgeMs` ago.
    void refreshIfOlderThan(qint64 maxAgeMs);

    bool isScanning() const { return m_scanning; }
    // A list for folder() has been made (possibly from an earlier scan).
    bool isReady() const { return m_ready; }
    // Never null; empty before the first scan.
    std::shared_ptr<const FileList> files() const { return m_files; }
    // How the last finished scan was made: true for ripgrep.
    bool lastScanUsedRipgrep() const { return m_lastUsedRipgrep; }

    // The built-in walk, blocking: for worker threads and benchmarks. Paths relative to
    // `folder`, unsorted; `truncated` set when it stopped at `maxFiles`. Uses libgit2, which
    // leaves per-thread state until the calling thread exits.
    static QStringList walk(const QString &folder, int maxFiles, bool *truncated);
    // rg on PATH, or empty.
    static QString ripgrepProgram();

Q_SIGNALS:
    // files() is a new list for folder().
    void ready();

private:
    void startScan();
    void startWalk(quint64 generation);
    void startRipgrep(quint64 generation, const QString &program);
    void ripgrepDone(quint64 generation);
    void finishScan(quint64 generation, std::shared_ptr<const FileList> files, bool ripgrep);

    Scanner m_scanner = Scanner::Automatic;
    int m_maxFiles = defaultMaxFiles;
    QString m_folder;
    std::shared_ptr<const FileList> m_files;
    quint64 m_generation = 0;
    bool m_scanning = false;
    bool m_rescan = false;
    bool m_ready = false;
    bool m_lastUsedRipgrep = false;
    QElapsedTimer m_sinceScan; // since the last scan finished
    QElapsedTimer m_scanTimer; // the running scan
    QPointer<QProcess> m_process;
    QTimer *m_timeout = nullptr;
    QByteArray m_output;
    qsizetype m_lines = 0;
    bool m_truncated = false;
};

} // namespace Baton::Core
