// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "terminaltabs.h"

#include "terminalpane.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QFileInfo>
#include <QtCore/QPointer>
#include <QtGui/QGuiApplication>
#include <QtGui/QStyleHints>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTabBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolButton>

namespace Baton::Ui {

namespace {

const char numberProperty[] = "batonTerminalNumber";

} // namespace

TerminalTabs::TerminalTabs(QWidget *parent)
    : QWidget(parent), m_workingDirectory(QDir::homePath())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("terminalTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_newButton = new QToolButton(m_tabs);
    m_newButton->setObjectName(QStringLiteral("newTerminalButton"));
    m_newButton->setText(QStringLiteral("+"));
    m_newButton->setAutoRaise(true);
    m_tabs->setCornerWidget(m_newButton, Qt::TopRightCorner);
    connect(m_newButton, &QToolButton::clicked, this, [this] { newTerminal(); });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &TerminalTabs::closeTerminal);
    m_stack->addWidget(m_tabs);

    m_empty = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    m_emptyButton = new QPushButton(m_empty);
    m_emptyButton->setObjectName(QStringLiteral("emptyNewTerminalButton"));
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyButton, 0, Qt::AlignCenter);
    emptyLayout->addStretch();
    connect(m_emptyButton, &QPushButton::clicked, this, [this] { newTerminal(); });
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);

    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this,
            [this](Qt::ColorScheme scheme) {
                for (int i = 0; i < count(); ++i)
                    applyTheme(terminal(i), scheme);
            });
    retranslate();
}

TerminalTabs::~TerminalTabs() = default;

void TerminalTabs::setWorkingDirectory(const QString &folder)
{
    m_workingDirectory = folder;
    for (int i = 0; i < count(); ++i)
        terminal(i)->setWorkspaceFolder(folder);
}

void TerminalTabs::setThemeRepository(KSyntaxHighlighting::Repository *repository)
{
    m_repository = repository;
    for (int i = 0; i < count(); ++i)
        applyTheme(terminal(i), QGuiApplication::styleHints()->colorScheme());
}

void TerminalTabs::setThemeName(const QString &name)
{
    if (name == m_themeName)
        return;
    m_themeName = name;
    for (int i = 0; i < count(); ++i)
        applyTheme(terminal(i), QGuiApplication::styleHints()->colorScheme());
}

TerminalPane *TerminalTabs::newTerminal()
{
    auto *pane = new TerminalPane(m_tabs);
    pane->setProperty(numberProperty, ++m_opened);
    pane->setWorkingDirectory(m_workingDirectory);
    pane->setWorkspaceFolder(m_workingDirectory);
    applyTheme(pane, QGuiApplication::styleHints()->colorScheme());
    connect(pane, &TerminalPane::titleChanged, this, [this, pane] { updateTitle(pane); });
    connect(pane, &TerminalPane::openFileRequested, this, &TerminalTabs::openFileRequested);
    // A shell that exits cleanly takes its tab with it, as in VS Code; one that failed stays
    // with its output until the user restarts or closes it. Deferred: the pane is inside its
    // own signal.
    const auto removeLater = [this, pane] {
        QMetaObject::invokeMethod(
            this,
            [this, exited = QPointer<TerminalPane>(pane)] {
                if (exited)
                    removeTerminal(exited);
            },
            Qt::QueuedConnection);
    };
    connect(pane, &TerminalPane::finished, this,
            [this, pane, removeLater](const Core::ProcessExit &how) {
                if (how.isSuccess())
                    removeLater();
                else
                    updateTitle(pane);
            });
    connect(pane, &TerminalPane::closeRequested, this, removeLater);
    const int index = m_tabs->addTab(pane, QString());
    updateTitle(pane);
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_tabs);
    pane->start();
    pane->setFocus();
    return pane;
}

void TerminalTabs::closeTerminal(int index)
{
    if (TerminalPane *pane = terminal(index))
        removeTerminal(pane);
}

void TerminalTabs::removeTerminal(TerminalPane *pane)
{
    const int index = m_tabs->indexOf(pane);
    if (index < 0)
        return;
    m_tabs->removeTab(index);
    // Destroying the terminal hangs up its PTY, which ends the shell.
    delete pane;
    if (m_tabs->count() == 0) {
        m_stack->setCurrentWidget(m_empty);
        Q_EMIT lastTerminalClosed();
    } else if (TerminalPane *current = currentTerminal()) {
        current->setFocus();
    }
}

int TerminalTabs::count() const
{
    return m_tabs->count();
}

TerminalPane *TerminalTabs::terminal(int index) const
{
    return qobject_cast<TerminalPane *>(m_tabs->widget(index));
}

TerminalPane *TerminalTabs::currentTerminal() const
{
    return qobject_cast<TerminalPane *>(m_tabs->currentWidget());
}

void TerminalTabs::updateTitle(TerminalPane *pane)
{
    const int index = m_tabs->indexOf(pane);
    if (index < 0)
        return;
    QString title = pane->title();
    if (title.isEmpty())
        title = tr("%1 %2", "terminal tab: the shell's name and a number, as in bash 2")
                    .arg(QFileInfo(pane->program()).fileName())
                    .arg(pane->property(numberProperty).toInt());
    m_tabs->setTabText(index, title);
    const QString exitLine = pane->exitMessage();
    m_tabs->setTabToolTip(index, exitLine.isEmpty() ? title : title + u'\n' + exitLine);
}

void TerminalTabs::applyTheme(TerminalPane *pane, Qt::ColorScheme scheme)
{
    if (!m_repository)
        return;
    if (!m_themeName.isEmpty()) {
        const KSyntaxHighlighting::Theme chosen = m_repository->theme(m_themeName);
        if (chosen.isValid()) {
            pane->setTheme(chosen);
            return;
        }
    }
    const bool dark = scheme == Qt::ColorScheme::Dark;
    pane->setTheme(m_repository->defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                   : KSyntaxHighlighting::Repository::LightTheme));
}

void TerminalTabs::retranslate()
{
    m_newButton->setToolTip(tr("New Terminal"));
    m_emptyButton->setText(tr("New Terminal"));
    for (int i = 0; i < count(); ++i)
        updateTitle(terminal(i));
}

void TerminalTabs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Baton::Ui
