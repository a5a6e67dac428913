// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// A terminal running the user's shell in the workspace folder on a real PTY (qtermwidget).
// Construct, configure, then start(). Its colours follow the system's light/dark scheme.

#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtWidgets/QWidget>

class QTermWidget;

namespace Baton::Ui {

class TerminalPane : public QWidget
{
    Q_OBJECT

public:
    explicit TerminalPane(QWidget *parent = nullptr);
    ~TerminalPane() override;

    // The user's login shell ($SHELL, else the passwd entry, else /bin/sh).
    static QString userShell();

    // What to run instead of the user's shell (tests and task runners); call before start().
    void setProgram(const QString &program, const QStringList &arguments = {});
    void setWorkingDirectory(const QString &folder);
    QString workingDirectory() const { return m_workingDirectory; }

    // Starts the program on a new PTY.
    void start();
    bool isRunning() const { return m_running; }

    // Types `text` into the terminal as if the user had.
    void sendText(const QString &text);

Q_SIGNALS:
    // Output as the terminal decoded it, as it arrives.
    void outputReceived(const QString &text);
    // The program exited.
    void finished();

private:
    void applyColorScheme();

    QTermWidget *m_terminal = nullptr;
    QString m_program;
    QStringList m_arguments;
    QString m_workingDirectory;
    bool m_running = false;
};

} // namespace Baton::Ui
