// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "cli/cli.h"
#include "core/git/gitruntime.h"
#include "core/settings/uilanguage.h"
#include "ui/mainwindow/benchreadyprobe.h"
#include "ui/mainwindow/mainwindow.h"

#include <KSyntaxHighlighting/Repository>

#include <QtCore/QCommandLineParser>
#include <QtCore/QFileInfo>
#include <QtGui/QIcon>
#include <QtWidgets/QApplication>

int main(int argc, char **argv)
{
    if (Baton::Cli::isHeadlessCommand(argc, argv))
        return Baton::Cli::run(argc, argv);

    Baton::Ui::BenchReadyProbe::mark("main");
    QApplication app(argc, argv);
    Baton::Ui::BenchReadyProbe::mark("application");
    QApplication::setApplicationName(QStringLiteral("baton"));
    QApplication::setApplicationDisplayName(QStringLiteral("Baton"));
    QApplication::setOrganizationName(QStringLiteral("Baton"));
    QApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("baton"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/baton.svg")));
    // File-type icons in the tree come from the desktop's icon theme; outside a desktop that
    // sets one (a bare X session, a tiling window manager) Qt only has hicolor, which has
    // none, so a common full theme fills in.
    QIcon::setFallbackThemeName(QStringLiteral("breeze"));
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor")
        QIcon::setThemeName(QStringLiteral("Adwaita"));

    // Services live here and are passed down; nothing below reaches for a global.
    Baton::Core::GitRuntime git;
    Baton::Core::UiLanguage language;
    language.apply();
    Baton::Ui::BenchReadyProbe::mark("services");
    KSyntaxHighlighting::Repository syntax;
    Baton::Ui::BenchReadyProbe::mark("repository");

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Baton, a native AI IDE. See `baton --help` for the headless commands."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QApplication::translate("main", "A folder to open as the "
                                                                 "workspace, and files to open."),
                                 QStringLiteral("[FOLDER] [FILE…]"));
    parser.process(app);

    Baton::Ui::MainWindow window(syntax, language);
    Baton::Ui::BenchReadyProbe::mark("window");
    for (const QString &path : parser.positionalArguments()) {
        const QFileInfo info(path);
        if (info.isDir())
            window.openFolder(info.absoluteFilePath());
        else
            window.openFile(info.absoluteFilePath());
    }
    // Opening a folder brings back its unsaved work; a window without one gets its own.
    if (window.folder().isEmpty())
        window.restoreSession();
    window.show();
    Baton::Ui::BenchReadyProbe::mark("shown");
    return app.exec();
}
