// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
//
// The main window as a person sees it, in the light and dark themes and in Chinese: a workspace
// with a C++ file open, the tree, the status bar and the terminal dock. The test checks what the
// picture shows (the editor's paper and keywords in the theme's colours, translated menus and
// status bar); with BATON_SCREENSHOT_DIR set it also writes the pictures there as PNG files.
#include "core/git/gitruntime.h"
#include "core/settings/editorsettings.h"
#include "core/settings/uilanguage.h"
#include "ui/editor/editorview.h"
#include "ui/mainwindow/mainwindow.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QFileSystemModel>
#include <QtGui/QImage>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTreeView>

using namespace Baton;

static const char cppSource[] = R"(// SPDX-License-Identifier: GPL-3.0-or-later
#include <string>
#include <vector>

namespace baton {

/* A relay: every runner hands the baton on. */
struct Runner
{
    std::string name;
    int laps = 0;
};

int totalLaps(const std::vector<Runner> &team)
{
    int total = 0;
    for (const Runner &runner : team)
        total += runner.laps; // 接力
    return total;
}

} // namespace baton
)";

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    KSyntaxHighlighting::Repository m_syntax;
    Core::GitRuntime m_git;
    QTemporaryDir m_workspace;

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    // The window on the workspace with relay.cpp open, laid out at a typical size.
    void openWindow(Ui::MainWindow &window)
    {
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFolder(m_workspace.path());
        QSignalSpy opened(&window, &Ui::MainWindow::fileOpened);
        window.openFile(m_workspace.filePath(QStringLiteral("src/relay.cpp")), 16, 8);
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(window.fileTree()->model()->rowCount(window.fileTree()->rootIndex())
                                     >= 3,
                                 10000);
        window.fileTree()->expandAll();
        QTest::qWait(0);
    }

    static QColor colourAt(const QImage &image, const QPoint &point)
    {
        return image.pixelColor(point);
    }

    void save(const QImage &image, const QString &name)
    {
        const QString dir = qEnvironmentVariable("BATON_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(image.save(QDir(dir).filePath(name)));
    }

    // The picture of the window shows the editor's paper in the theme's background colour,
    // and the keyword "return" in the theme's keyword colour.
    void checkEditorLooks(Ui::MainWindow &window, const QImage &image,
                          const KSyntaxHighlighting::Theme &theme)
    {
        Ui::EditorView *editor = window.currentEditor();
        QVERIFY(editor);
        const QColor paper = QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
        // A point right of the text, in the middle of the editor's viewport.
        const QPoint inViewport = editor->viewport()->mapTo(
            &window, QPoint(editor->viewport()->width() - 20, editor->viewport()->height() / 2));
        QCOMPARE(colourAt(image, inViewport), paper);
        // Some pixel of "return" has the keyword's colour.
        const QColor keyword = QColor::fromRgb(
            theme.textColor(KSyntaxHighlighting::Theme::ControlFlow));
        const int position = int(editor->text().toUtf8().indexOf("return total"));
        QVERIFY(position > 0);
        const long x = editor->SendScintilla(QsciScintillaBase::SCI_POINTXFROMPOSITION, 0UL,
                                             static_cast<long>(position));
        const long y = editor->SendScintilla(QsciScintillaBase::SCI_POINTYFROMPOSITION, 0UL,
                                             static_cast<long>(position));
        const int lineHeight = int(editor->SendScintilla(QsciScintillaBase::SCI_TEXTHEIGHT, 0UL));
        bool found = false;
        for (int dx = 0; dx < 40 && !found; ++dx) {
            for (int dy = 0; dy < lineHeight && !found; ++dy) {
                const QPoint at = editor->viewport()->mapTo(&window, QPoint(int(x) + dx, int(y) + dy));
                found = colourAt(image, at) == keyword;
            }
        }
        QVERIFY2(found, "the keyword is drawn in the theme's colour");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BatonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots"));
        QSettings().clear();
        QVERIFY(m_workspace.isValid());
        writeFile(m_workspace.filePath(QStringLiteral("src/relay.cpp")), cppSource);
        writeFile(m_workspace.filePath(QStringLiteral("src/relay.h")), "#pragma once\n");
        writeFile(m_workspace.filePath(QStringLiteral("CMakeLists.txt")),
                  "cmake_minimum_required(VERSION 3.25)\nproject(relay CXX)\n");
        writeFile(m_workspace.filePath(QStringLiteral("README.md")), "# Relay\n");
        writeFile(m_workspace.filePath(QStringLiteral(".gitignore")), "build/\n");
        QProcess git;
        git.setWorkingDirectory(m_workspace.path());
        git.start(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q"),
                                          QStringLiteral("-b"), QStringLiteral("main")});
        QVERIFY(git.waitForFinished(60000));
    }

    void lightAndDark_data()
    {
        QTest::addColumn<QString>("themeName");
        QTest::addColumn<QString>("file");
        QTest::newRow("light") << QStringLiteral("Breeze Light") << QStringLiteral("main-light.png");
        QTest::newRow("dark") << QStringLiteral("Breeze Dark") << QStringLiteral("main-dark.png");
    }

    void lightAndDark()
    {
        QFETCH(QString, themeName);
        QFETCH(QString, file);
        Core::EditorSettings settings;
        settings.themeName = themeName;
        settings.save();
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        openWindow(window);
        const KSyntaxHighlighting::Theme theme = m_syntax.theme(themeName);
        QVERIFY(theme.isValid());
        QCOMPARE(window.currentEditor()->theme().name(), themeName);
        const QImage image = window.grab().toImage();
        checkEditorLooks(window, image, theme);
        save(image, file);
    }

    void chinese()
    {
        Core::EditorSettings().save();
        Core::UiLanguage language;
        language.setPreference(QStringLiteral("zh_CN"));
        Ui::MainWindow window(m_syntax, language);
        openWindow(window);
        window.showTerminal();
        // The terminal opens at a useful height, not squeezed under the editor.
        auto *dock = window.findChild<QWidget *>(QStringLiteral("terminalDock"));
        QVERIFY(dock);
        QTRY_VERIFY(dock->height() >= window.height() / 4);
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QVERIFY2(menus.contains(QStringLiteral("文件(&F)")), qPrintable(menus.join(u',')));
        QVERIFY(window.statusBar()->findChild<QWidget *>(QStringLiteral("cursorPosition")));
        // The repository's own folder is not in the tree; the project's files are.
        auto *model = qobject_cast<QFileSystemModel *>(window.fileTree()->model());
        QVERIFY(model);
        const QModelIndex git = model->index(m_workspace.filePath(QStringLiteral(".git")));
        QVERIFY(git.isValid());
        QTRY_VERIFY(window.fileTree()->isRowHidden(git.row(), git.parent()));
        const QModelIndex readme = model->index(m_workspace.filePath(QStringLiteral("README.md")));
        QVERIFY(!window.fileTree()->isRowHidden(readme.row(), readme.parent()));
        const QImage image = window.grab().toImage();
        save(image, QStringLiteral("main-zh_CN.png"));
        language.setPreference(QString());
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
