// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Runs one shell command for the Solo agent (`run_command`, and `run_tests` through
// TestCommand): `/bin/sh -c COMMAND` in the workspace folder, as a real process.
//
//  - The shell starts a session of its own (setsid), so it and everything it starts form one
//    process group: a timeout or cancel() sends SIGTERM to the whole group, then SIGKILL after
//    killGraceMs(). When the shell exits, whatever it left running in its group is killed too,
//    so nothing outlives the command (a program that makes a session of its own escapes).
//  - stdin is /dev/null and there is no controlling terminal. The environment is the user's
//    plus CI=1, GIT_TERMINAL_PROMPT=0, PAGER=cat, GIT_PAGER=cat, TERM=dumb, NO_COLOR=1 and
//    DEBIAN_FRONTEND=noninteractive (and setEnvironmentValue() additions).
//  - A timeout always: defaultTimeoutMs unless set.
//  - stdout and stderr go through one pipe, so they arrive merged in the order written.
//    Each chunk is decoded as UTF-8 (a sequence cut between chunks is joined; invalid bytes
//    become U+FFFD and are counted) and signalled with output().
//  - The raw bytes go to the log file the caller names, up to maxLogBytes (then a note).
//  - The model gets a bounded copy: the first and the last OutputLimits lines / characters,
//    with a line saying how much was cut between them (CommandResult::forModel()).
//
// One object is one run: configure, start(), then started / output… / finished exactly once
// (also when the shell cannot start). Destroying it kills the process group. Lives on a
// thread with an event loop (the GUI thread is fine: nothing here blocks). Messages for the
// model (forModel()) are English and not translated; errorString is translated.

#include "core/result.h"
#include "core/solo/secretfilter.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QString>

#include <memory>

class QProcess;
class QTimer;

namespace Baton::Core {

// How much of the output the model sees: head and tail, each bounded by lines and characters.
struct OutputLimits
{
    int headLines = 200;
    int tailLines = 200;
    int headChars = 15000;
    int tailChars = 15000;
};

struct CommandResult
{
    enum class Ending {
        Exited,        // the shell exited by itself: exitCode holds its status
        Signalled,     // the shell was killed by a signal it did not ask for: see signal
        TimedOut,      // stopped at the timeout (the whole process group)
        Cancelled,     // stopped by cancel() (the whole process group)
        FailedToStart, // the shell or the workspace folder is missing: see errorString
    };

    QString command;
    Ending ending = Ending::FailedToStart;
    int exitCode = -1;     // valid for Exited
    int signal = 0;        // for Signalled: the signal's number
    qint64 durationMs = 0; // from start() to the end
    int timeoutMs = 0;     // the timeout the run had

    qint64 outputBytes = 0; // raw bytes of output, stdout and stderr together
    qint64 outputLines = 0; // lines of output (a last line without '\n' counts)
    qint64 invalidUtf8 = 0; // byte sequences that were not UTF-8, shown as U+FFFD
    QString output;         // for the model: head, a "cut" line, tail (see OutputLimits)
    qint64 linesCut = 0;    // lines left out of `output` (0 when it holds everything)
    qint64 charsCut = 0;    // characters left out of `output`

    QString logPath;           // where the whole output was written; empty when not asked
    bool logTruncated = false; // the log stopped at maxLogBytes
    QString errorString;       // translated, for the user: why it failed to start, or log errors

    // Exited with status 0.
    bool succeeded() const { return ending == Ending::Exited && exitCode == 0; }

    // The tool result for the model: the output (values that look like keys redacted by
    // `filter`, with a notice), then a line with how it ended and how long it took.
    QString forModel(const SecretFilter &filter = {}) const;
    // One line for the model: "Exit code 1 after 3.2 s.", "Timed out after 120 s; …", …
    QString endingForModel() const;
};

// What the model asked run_command for (after checking the input).
struct CommandRequest
{
    QString command;
    int timeoutMs = 0;
};

class CommandRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 120 * 1000;
    static constexpr int defaultMaxTimeoutMs = 30 * 60 * 1000;
    static constexpr int defaultKillGraceMs = 2000;
    static constexpr qint64 defaultMaxLogBytes = 50LL * 1024 * 1024;

    explicit CommandRunner(QObject *parent = nullptr);
    ~CommandRunner() override;

    // Configure before start().
    void setWorkingDirectory(const QString &folder) { m_folder = folder; }
    void setCommand(const QString &command) { m_command = command; }
    // Milliseconds before the command is stopped; <= 0 means defaultTimeoutMs.
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    // Between SIGTERM and SIGKILL when stopping.
    void setKillGraceMs(int graceMs) { m_killGraceMs = graceMs; }
    // Writes the raw output there (created or truncated; folders made), at most `maxBytes`.
    void setLogFile(const QString &path, qint64 maxBytes = defaultMaxLogBytes);
    void setOutputLimits(const OutputLimits &limits) { m_limits = limits; }
    // Adds or replaces one variable of the command's environment.
    void setEnvironmentValue(const QString &name, const QString &value);

    QString command() const { return m_command; }
    bool isRunning() const { return m_running; }

    // Starts the command. Signals come later, from the event loop, never from inside start().
    void start();
    // Stops the whole process group (SIGTERM, SIGKILL after the grace); finished() follows
    // with Ending::Cancelled. Nothing when not running.
    void cancel();

    // The environment a command gets (the user's plus the non-interactive settings).
    static QProcessEnvironment commandEnvironment();

    // run_command's definition for the model: {name, description, input_schema}.
    static QJsonObject schema();
    // Checks run_command's input: `command` a non-empty string, `timeout_s` a positive integer
    // (default defaultTimeoutMs) no larger than `maxTimeoutMs`. Errors are for the model.
    static Result<CommandRequest> parseInput(const QJsonObject &input,
                                             int maxTimeoutMs = defaultMaxTimeoutMs);

Q_SIGNALS:
    void started();
    // A piece of output as it arrived, decoded (stdout and stderr merged, in order).
    void output(const QString &text);
    // Once per start(), the last signal.
    void finished(const Baton::Core::CommandResult &result);

private:
    void readOutput();
    void addText(const QString &text);
    void stopGroup(CommandResult::Ending why);
    void killGroup(int signal);
    void finish();
    void finishFailedToStart(const QString &error);

    QString m_folder;
    QString m_command;
    int m_timeoutMs = 0;
    int m_killGraceMs = defaultKillGraceMs;
    QString m_logPath;
    qint64 m_maxLogBytes = defaultMaxLogBytes;
    OutputLimits m_limits;
    QProcessEnvironment m_environment;

    QProcess *m_process = nullptr;
    QTimer *m_timeout = nullptr;
    QTimer *m_killTimer = nullptr;
    qint64 m_group = 0; // the shell's pid = its process group id, while it may have members
    bool m_running = false;
    bool m_finished = false;
    bool m_stopping = false;
    CommandResult m_result;
    QElapsedTimer m_clock;

    std::unique_ptr<QFile> m_log;
    qint64 m_logged = 0;
    QByteArray m_pending; // the start of a UTF-8 sequence cut at the end of a chunk
    QString m_head;
    QString m_tail;
    bool m_headFull = false;
    bool m_tailCut = false;
    qint64 m_headLineCount = 0;
    qint64 m_totalChars = 0;
    bool m_lastWasNewline = true;
};

} // namespace Baton::Core
