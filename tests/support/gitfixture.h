// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// A real git repository in a temporary folder, made and inspected with the git command line,
// as a user's would be. For the git tests; header only.

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

// Runs git in `folder` as the tests' own hand: commits it makes are the fixture's, and no global
// or system configuration counts ($HOME is the folder); the code under test reads the
// repository's config. Returns standard output without its trailing newlines; `exitCode`, when
// given, receives git's exit code (-1 when it did not finish in `timeoutMs`), otherwise a
// failure is logged.
inline QString runGit(const QString &folder, const QStringList &arguments, int *exitCode = nullptr,
                      int timeoutMs = 60000)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Fixture"));
    environment.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("f@example.org"));
    environment.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Fixture"));
    environment.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("f@example.org"));
    environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), folder);
    environment.remove(QStringLiteral("XDG_CONFIG_HOME"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("git"), arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (exitCode)
        *exitCode = finished ? process.exitCode() : -1;
    else if (!finished || process.exitCode() != 0)
        qWarning() << "git" << arguments << process.readAllStandardError();
    QString out = QString::fromUtf8(process.readAllStandardOutput());
    while (out.endsWith(u'\n'))
        out.chop(1);
    return out;
}

class GitFixture
{
public:
    enum class Start {
        Committed, // src/main.cpp, README.md, .gitignore ("build/", "*.log") in one commit
        Empty,     // `git init` only: an unborn branch
    };

    // `identity`: whether the repository's own config has user.name and user.email.
    explicit GitFixture(Start start = Start::Committed, bool identity = true)
    {
        git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
             QStringLiteral("main")});
        if (identity) {
            git({QStringLiteral("config"), QStringLiteral("user.name"),
                 QStringLiteral("Repo User")});
            git({QStringLiteral("config"), QStringLiteral("user.email"),
                 QStringLiteral("repo@example.org")});
        }
        if (start == Start::Empty)
            return;
        write(QStringLiteral("src/main.cpp"), "int main() { return 0; }\n");
        write(QStringLiteral("README.md"), "# demo\n");
        write(QStringLiteral(".gitignore"), "build/\n*.log\n");
        git({QStringLiteral("add"), QStringLiteral(".")});
        git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
             QStringLiteral("first")});
    }

    QString path(const QString &relative = {}) const
    {
        return relative.isEmpty() ? m_dir.path() : m_dir.filePath(relative);
    }

    void write(const QString &relative, const QByteArray &content) const
    {
        QDir().mkpath(QFileInfo(path(relative)).absolutePath());
        QFile file(path(relative));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

    QByteArray read(const QString &relative) const
    {
        QFile file(path(relative));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    bool remove(const QString &relative) const { return QFile::remove(path(relative)); }

    // Runs git in the repository; returns its standard output, trimmed at the end.
    QString git(const QStringList &arguments, int *exitCode = nullptr) const
    {
        return runGit(m_dir.path(), arguments, exitCode);
    }

    // `git status --porcelain`, every untracked file listed, as sorted lines.
    QStringList porcelain() const
    {
        const QString out = git({QStringLiteral("status"), QStringLiteral("--porcelain"),
                                 QStringLiteral("--untracked-files=all")});
        QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        lines.sort();
        return lines;
    }

    QString currentBranch() const
    {
        return git({QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"),
                    QStringLiteral("HEAD")});
    }

private:
    QTemporaryDir m_dir;
};
