// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "terminalpane.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QProcessEnvironment>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtGui/QStyleHints>
#include <QtWidgets/QVBoxLayout>

#include <qtermwidget.h>

#include <pwd.h>
#include <unistd.h>

namespace Baton::Ui {

TerminalPane::TerminalPane(QWidget *parent)
    : QWidget(parent), m_program(userShell()), m_workingDirectory(QDir::homePath())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_terminal = new QTermWidget(0, this);
    layout->addWidget(m_terminal);
    m_terminal->setScrollBarPosition(QTermWidget::ScrollBarRight);
    m_terminal->setTerminalFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_terminal->setHistorySize(10000);
    m_terminal->setBlinkingCursor(true);
    m_terminal->setConfirmMultilinePaste(false);
    applyColorScheme();
    setFocusProxy(m_terminal);

    connect(m_terminal, &QTermWidget::receivedData, this, &TerminalPane::outputReceived);
    connect(m_terminal, &QTermWidget::finished, this, [this] {
        m_running = false;
        Q_EMIT finished();
    });
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this,
            &TerminalPane::applyColorScheme);
}

TerminalPane::~TerminalPane() = default;

QString TerminalPane::userShell()
{
    const QString fromEnvironment = qEnvironmentVariable("SHELL");
    if (!fromEnvironment.isEmpty() && QFileInfo(fromEnvironment).isExecutable())
        return fromEnvironment;
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_shell && *entry->pw_shell) {
        const QString shell = QFile::decodeName(entry->pw_shell);
        if (QFileInfo(shell).isExecutable())
            return shell;
    }
    return QStringLiteral("/bin/sh");
}

void TerminalPane::setProgram(const QString &program, const QStringList &arguments)
{
    m_program = program;
    m_arguments = arguments;
}

void TerminalPane::setWorkingDirectory(const QString &folder)
{
    m_workingDirectory = folder;
}

void TerminalPane::start()
{
    if (m_running)
        return;
    m_terminal->setShellProgram(m_program);
    m_terminal->setArgs(m_arguments);
    m_terminal->setWorkingDirectory(m_workingDirectory);
    QStringList environment = QProcessEnvironment::systemEnvironment().toStringList();
    environment.append(QStringLiteral("TERM=xterm-256color"));
    environment.append(QStringLiteral("COLORTERM=truecolor"));
    m_terminal->setEnvironment(environment);
    m_running = true;
    m_terminal->startShellProgram();
}

void TerminalPane::sendText(const QString &text)
{
    m_terminal->sendText(text);
}

void TerminalPane::applyColorScheme()
{
    const bool dark = QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
    const QString wanted = dark ? QStringLiteral("WhiteOnBlack") : QStringLiteral("BlackOnWhite");
    if (QTermWidget::availableColorSchemes().contains(wanted))
        m_terminal->setColorScheme(wanted);
}

} // namespace Baton::Ui
