// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/solo/commandrunner.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QProcess>
#include <QtCore/QTimer>

#include <cerrno>
#include <csignal>
#include <cstring>

namespace Baton::Core {

using namespace Qt::StringLiterals;

static QString seconds(qint64 ms)
{
    return ms < 10000 ? QString::number(double(ms) / 1000.0, 'f', 1) : QString::number(ms / 1000);
}

static QString signalName(int signal)
{
    const char *abbreviation = sigabbrev_np(signal);
    return abbreviation ? u"SIG"_s + QString::fromLatin1(abbreviation) : QString::number(signal);
}

// How many bytes at the end of `bytes` start a UTF-8 sequence that the next chunk completes.
static qsizetype incompleteTail(const QByteArray &bytes)
{
    for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
        const auto byte = uchar(bytes.at(bytes.size() - back));
        if ((byte & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for the lead
        if (byte < 0xC0)
            return 0;
        const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        return length > back ? back : 0;
    }
    return 0;
}

static qsizetype newlines(QStringView text)
{
    return text.count(u'\n');
}

// --- CommandResult -----------------------------------------------------------------------

QString CommandResult::endingForModel() const
{
    const QString after = seconds(durationMs);
    switch (ending) {
    case Ending::Exited:
        return u"Exit code %1 (%2 s)."_s.arg(exitCode).arg(after);
    case Ending::Signalled:
        return u"Killed by signal %1 (%2) after %3 s."_s.arg(signal).arg(signalName(signal), after);
    case Ending::TimedOut:
        return u"Timed out after %1 s: the command and every process it started were stopped. "
               "Give it a larger timeout_s, or run something faster."_s.arg(seconds(timeoutMs));
    case Ending::Cancelled:
        return u"Cancelled by the user after %1 s: the command and every process it started "
               "were stopped."_s.arg(after);
    case Ending::FailedToStart:
        break;
    }
    return u"The command could not be started (the shell /bin/sh or the workspace folder is "
           "missing)."_s;
}

QString CommandResult::forModel(const SecretFilter &filter) const
{
    QString text;
    if (ending != Ending::FailedToStart) {
        const FilteredText filtered = filter.filterText(output);
        text = filtered.text.isEmpty() ? u"(no output)"_s : filtered.text;
        if (!text.endsWith(u'\n'))
            text += u'\n';
        if (invalidUtf8 > 0)
            text += u"(%1 byte sequence(s) of the output were not valid UTF-8; they are shown "
                    "as \uFFFD.)\n"_s.arg(invalidUtf8);
        if (!filtered.redactions.isEmpty()) {
            QStringList lines;
            for (const Redaction &redaction : filtered.redactions)
                lines.append(QString::number(redaction.line));
            lines.removeDuplicates();
            text += u"(Values that look like secrets were replaced by [REDACTED …] on output "
                    "line(s) %1.)\n"_s.arg(lines.join(u", "_s));
        }
    }
    return text + endingForModel();
}

// --- CommandRunner -----------------------------------------------------------------------

CommandRunner::CommandRunner(QObject *parent)
    : QObject(parent)
    , m_environment(commandEnvironment())
{}

CommandRunner::~CommandRunner()
{
    if (m_process) {
        m_process->disconnect(this);
        if (m_running)
            killGroup(SIGKILL);
    }
}

void CommandRunner::setLogFile(const QString &path, qint64 maxBytes)
{
    m_logPath = path;
    m_maxLogBytes = maxBytes;
}

void CommandRunner::setEnvironmentValue(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

QProcessEnvironment CommandRunner::commandEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Tools that would wait for a person (pagers, credential prompts, installers' questions,
    // progress bars for a terminal) take their non-interactive path instead.
    environment.insert(u"CI"_s, u"1"_s);
    environment.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
    environment.insert(u"PAGER"_s, u"cat"_s);
    environment.insert(u"GIT_PAGER"_s, u"cat"_s);
    environment.insert(u"TERM"_s, u"dumb"_s);
    environment.insert(u"NO_COLOR"_s, u"1"_s);
    environment.insert(u"DEBIAN_FRONTEND"_s, u"noninteractive"_s);
    return environment;
}

void CommandRunner::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_clock.start();
    m_result = {};
    m_result.command = m_command;
    m_result.timeoutMs = m_timeoutMs > 0 ? m_timeoutMs : defaultTimeoutMs;
    m_result.logPath = m_logPath;

    if (m_folder.isEmpty() || !QFileInfo(m_folder).isDir()) {
        const QString error = tr("The folder %1 does not exist.").arg(m_folder);
        QMetaObject::invokeMethod(
            this, [this, error] { finishFailedToStart(error); }, Qt::QueuedConnection);
        return;
    }

    if (!m_logPath.isEmpty()) {
        QDir().mkpath(QFileInfo(m_logPath).absolutePath());
        m_log = std::make_unique<QFile>(m_logPath);
        if (!m_log->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_result.errorString = tr("Could not write the command's log %1: %2")
                                       .arg(m_logPath, m_log->errorString());
            m_log.reset();
        }
    }

    m_process = new QProcess(this);
    m_process->setProgram(u"/bin/sh"_s);
    m_process->setArguments({u"-c"_s, m_command});
    m_process->setWorkingDirectory(m_folder);
    m_process->setProcessEnvironment(m_environment);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // A session of its own makes the shell a process-group leader without a terminal, so the
    // group can be stopped as a whole; signal dispositions and descriptors of this process
    // (an ignored SIGPIPE, sockets) must not leak into the command.
    QProcess::UnixProcessParameters parameters;
    parameters.flags = QProcess::UnixProcessFlag::CreateNewSession
                       | QProcess::UnixProcessFlag::ResetSignalHandlers
                       | QProcess::UnixProcessFlag::CloseFileDescriptors;
    m_process->setUnixProcessParameters(parameters);

    connect(m_process, &QProcess::started, this, [this] {
        m_group = m_process->processId();
        Q_EMIT started();
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &CommandRunner::readOutput);
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                if (!m_stopping) {
                    if (status == QProcess::NormalExit) {
                        m_result.ending = CommandResult::Ending::Exited;
                        m_result.exitCode = exitCode;
                    } else {
                        m_result.ending = CommandResult::Ending::Signalled;
                        m_result.signal = exitCode; // Qt reports the signal as the exit code
                    }
                }
                finish();
            });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finishFailedToStart(
                tr("Could not start /bin/sh in %1: %2").arg(m_folder, m_process->errorString()));
    });

    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this,
            [this] { stopGroup(CommandResult::Ending::TimedOut); });
    m_timeout->start(m_result.timeoutMs);
    m_process->start();
}

void CommandRunner::cancel()
{
    if (m_running)
        stopGroup(CommandResult::Ending::Cancelled);
}

void CommandRunner::stopGroup(CommandResult::Ending why)
{
    if (m_stopping || !m_running)
        return;
    m_stopping = true;
    m_result.ending = why;
    m_timeout->stop();
    if (m_group <= 0) {
        // Not started yet: the kill request makes QProcess report the end.
        m_process->kill();
        return;
    }
    killGroup(SIGTERM);
    m_killTimer = new QTimer(this);
    m_killTimer->setSingleShot(true);
    connect(m_killTimer, &QTimer::timeout, this, [this] { killGroup(SIGKILL); });
    m_killTimer->start(m_killGraceMs);
}

void CommandRunner::killGroup(int signal)
{
    if (m_group > 0)
        ::kill(-pid_t(m_group), signal);
}

void CommandRunner::readOutput()
{
    QByteArray bytes = m_process->readAllStandardOutput();
    if (bytes.isEmpty())
        return;
    m_result.outputBytes += bytes.size();
    if (m_log) {
        const qint64 room = m_maxLogBytes - m_logged;
        if (room > 0) {
            const qint64 written
                = m_log->write(bytes.constData(), qMin<qint64>(room, bytes.size()));
            m_logged += qMax<qint64>(written, 0);
        }
        if (bytes.size() > room && !m_result.logTruncated) {
            m_result.logTruncated = true;
            m_log->write(QByteArrayLiteral("\n[Baton: the log stops here, at its size limit]\n"));
        }
    }

    if (!m_pending.isEmpty())
        bytes.prepend(m_pending);
    const qsizetype keep = incompleteTail(bytes);
    m_pending = bytes.right(keep);
    bytes.chop(keep);
    const QString text = QString::fromUtf8(bytes);
    // Replacement characters that were not in the bytes themselves stand for invalid input.
    m_result.invalidUtf8
        += text.count(QChar::ReplacementCharacter) - bytes.count(QByteArrayView("\xEF\xBF\xBD"));
    addText(text);
    if (!text.isEmpty())
        Q_EMIT output(text);
}

void CommandRunner::addText(const QString &text)
{
    if (text.isEmpty())
        return;
    m_totalChars += text.size();
    m_result.outputLines += newlines(text);
    m_lastWasNewline = text.back() == u'\n';

    qsizetype taken = 0;
    if (!m_headFull) {
        const qsizetype room = m_limits.headChars - m_head.size();
        qsizetype lastNewline = -1;
        for (qsizetype i = 0; i < text.size() && i < room; ++i) {
            if (text.at(i) != u'\n')
                continue;
            lastNewline = i;
            if (++m_headLineCount >= m_limits.headLines) {
                m_headFull = true;
                taken = i + 1;
                break;
            }
        }
        if (!m_headFull) {
            if (text.size() <= room) {
                taken = text.size();
            } else {
                m_headFull = true;
                // End the head on a line's end; a single enormous line is cut where it must be.
                taken = lastNewline >= 0 ? lastNewline + 1 : (m_head.isEmpty() ? room : 0);
            }
        }
        m_head += QStringView(text).first(taken);
    }
    if (taken == text.size())
        return;
    m_tail += QStringView(text).sliced(taken);
    if (m_tail.size() > 2 * qsizetype(m_limits.tailChars) + 4096) {
        m_tail = m_tail.right(m_limits.tailChars);
        m_tailCut = true;
    }
}

void CommandRunner::finishFailedToStart(const QString &error)
{
    if (m_finished)
        return;
    m_result.ending = CommandResult::Ending::FailedToStart;
    m_result.errorString = error;
    finish();
}

void CommandRunner::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    if (m_process)
        readOutput();
    // Whatever the shell left running in its group goes with it.
    killGroup(SIGKILL);
    m_group = 0;
    if (m_timeout)
        m_timeout->stop();
    if (m_killTimer)
        m_killTimer->stop();

    if (!m_pending.isEmpty()) {
        const QString text = QString::fromUtf8(m_pending);
        m_result.invalidUtf8 += text.count(QChar::ReplacementCharacter);
        m_pending.clear();
        addText(text);
        Q_EMIT output(text);
    }
    if (!m_lastWasNewline)
        ++m_result.outputLines;

    // The tail keeps the last lines only, starting on a line's beginning.
    QString tail = m_tail.right(m_limits.tailChars);
    qsizetype start = 0;
    if (tail.size() < m_tail.size() || m_tailCut) {
        const qsizetype newline = tail.indexOf(u'\n');
        if (newline >= 0 && newline + 1 < tail.size())
            start = newline + 1;
    }
    qsizetype count = 0;
    for (qsizetype i = tail.size() - 2; i >= start; --i) {
        if (tail.at(i) == u'\n' && ++count >= m_limits.tailLines) {
            start = i + 1;
            break;
        }
    }
    tail = tail.sliced(start);

    m_result.charsCut = m_totalChars - m_head.size() - tail.size();
    if (m_result.charsCut > 0) {
        m_result.linesCut = qMax<qint64>(0, m_result.outputLines - newlines(m_head) - newlines(tail)
                                                - (m_lastWasNewline ? 0 : 1));
        QString cut = m_head;
        if (!cut.isEmpty() && !cut.endsWith(u'\n'))
            cut += u'\n';
        cut += u"[… %1 line(s), %2 character(s) of output cut here …]\n"_s.arg(m_result.linesCut)
                   .arg(m_result.charsCut);
        m_result.output = cut + tail;
    } else {
        m_result.output = m_head + tail;
    }
    m_head.clear();
    m_tail.clear();

    if (m_log) {
        if (!m_log->flush() && m_result.errorString.isEmpty())
            m_result.errorString = tr("Could not write the command's log %1: %2")
                                       .arg(m_logPath, m_log->errorString());
        m_log.reset();
    }
    m_result.durationMs = m_clock.elapsed();
    Q_EMIT finished(m_result);
}

// --- The tool's input ----------------------------------------------------------------------

QJsonObject CommandRunner::schema()
{
    const auto property = [](const char *type, const char *description) {
        return QJsonObject{{u"type"_s, QString::fromLatin1(type)},
                           {u"description"_s, QString::fromUtf8(description)}};
    };
    return QJsonObject{
        {u"name"_s, u"run_command"_s},
        {u"description"_s,
         u"Run a shell command (/bin/sh -c) in the workspace folder and get its output "
         "(stdout and stderr together; long output is cut in the middle) and exit code. No "
         "terminal and no input: use non-interactive flags. Processes it leaves running are "
         "stopped when it ends."_s},
        {u"input_schema"_s,
         QJsonObject{{u"type"_s, u"object"_s},
                     {u"properties"_s,
                      QJsonObject{{u"command"_s, property("string", "The shell command to run.")},
                                  {u"timeout_s"_s,
                                   property("integer", "Seconds before the command is stopped "
                                                       "(default 120).")}}},
                     {u"required"_s, QJsonArray{u"command"_s}},
                     {u"additionalProperties"_s, false}}}};
}

Result<CommandRequest> CommandRunner::parseInput(const QJsonObject &input, int maxTimeoutMs)
{
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (it.key() != u"command" && it.key() != u"timeout_s")
            return Error{u"run_command has no parameter \"%1\"."_s.arg(it.key())};
    }
    const QJsonValue command = input.value(u"command"_s);
    if (!command.isString())
        return Error{u"run_command needs \"command\", a string."_s};
    if (command.toString().trimmed().isEmpty())
        return Error{u"run_command: \"command\" is empty."_s};
    CommandRequest request{command.toString(), defaultTimeoutMs};
    if (input.contains(u"timeout_s"_s)) {
        const QJsonValue timeout = input.value(u"timeout_s"_s);
        const double value = timeout.toDouble(-1);
        if (!timeout.isDouble() || value != double(qint64(value)) || value <= 0)
            return Error{u"run_command: \"timeout_s\" must be a positive integer."_s};
        if (value * 1000 > maxTimeoutMs)
            return Error{
                u"run_command: \"timeout_s\" can be at most %1."_s.arg(maxTimeoutMs / 1000)};
        request.timeoutMs = int(value * 1000);
    }
    return request;
}

} // namespace Baton::Core
