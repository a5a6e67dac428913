// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "../support/testfiles.h"
#include "core/git/gitruntime.h"
#include "core/settings/editorsettings.h"
#include "core/settings/uilanguage.h"
#include "ui/editor/editorview.h"
#include "ui/git/changespanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/settings/settingsdialog.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QPointer>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QAction>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QKeySequenceEdit>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QTreeWidget>

using namespace Baton;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    KSyntaxHighlighting::Repository m_syntax;
    Core::GitRuntime m_git;

    void openAndWait(Ui::MainWindow &window, const QString &path)
    {
        QSignalSpy opened(&window, &Ui::MainWindow::fileOpened);
        window.openFile(path);
        QVERIFY(opened.wait(10000));
    }

    static int fontSizeOf(Ui::EditorView *editor)
    {
        return int(editor->SendScintilla(QsciScintillaBase::SCI_STYLEGETSIZE,
                                         static_cast<unsigned long>(0)));
    }

    // The Source Control panel's "⋯" menu switch for smart commit's "Always".
    static QAction *smartCommitSwitch(Ui::MainWindow &window)
    {
        Ui::ChangesPanel *panel = window.changesPanel();
        auto *button
            = panel ? panel->findChild<QToolButton *>(QStringLiteral("changesMenu")) : nullptr;
        if (!button || !button->menu())
            return nullptr;
        const QList<QAction *> actions = button->menu()->actions();
        for (QAction *action : actions) {
            if (action->objectName() == u"smartCommit")
                return action;
        }
        return nullptr;
    }

    // Opens the settings dialog as Ctrl+, does.
    static Ui::SettingsDialog *openSettings(Ui::MainWindow &window)
    {
        window.command(QStringLiteral("settings.open"))->trigger();
        auto *dialog = window.findChild<Ui::SettingsDialog *>();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

    static void pressOk(Ui::SettingsDialog *dialog)
    {
        QPointer<Ui::SettingsDialog> guard(dialog);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!guard); // closed and deleted: the next open makes a new one
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BatonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
        QSettings().clear();
    }

    void init() { QSettings().clear(); }

    void filesKeepTheirIndentationAndNameTheirLanguage()
    {
        QTemporaryDir dir;
        const QString yaml = dir.filePath(QStringLiteral("config.yaml"));
        writeFile(yaml, "a:\n  b:\n    c: 1\n  d: 2\n");
        const QString go = dir.filePath(QStringLiteral("main.go"));
        writeFile(go, "func main() {\n\tif x {\n\t\ty()\n\t}\n}\n");
        const QString script = dir.filePath(QStringLiteral("build.txt"));
        writeFile(script, "import os\nprint(os.getcwd())\n# vim: set ft=python :\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        window.openFolder(dir.path());

        openAndWait(window, yaml);
        QVERIFY(!window.currentEditor()->indentationsUseTabs());
        QCOMPARE(window.currentEditor()->indentationWidth(), 2);
        auto *indentation = window.findChild<QToolButton *>(QStringLiteral("indentation"));
        QCOMPARE(indentation->text(), QStringLiteral("Spaces: 2"));
        openAndWait(window, go);
        QVERIFY(window.currentEditor()->indentationsUseTabs());
        openAndWait(window, script);
        QCOMPARE(window.currentEditor()->definition().name(), QStringLiteral("Python"));
        // A new buffer takes the defaults.
        window.newFile();
        QVERIFY(!window.currentEditor()->indentationsUseTabs());
        QCOMPARE(window.currentEditor()->indentationWidth(), 4);
    }

    void smartCommitIsOneSettingInThePanelAndTheDialog()
    {
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        window.command(QStringLiteral("view.changes"))->trigger();
        QAction *always = smartCommitSwitch(window);
        QVERIFY(always);
        QVERIFY(!always->isChecked());

        // Switched on in the panel: the dialog shows it the next time it opens.
        always->trigger();
        QVERIFY(always->isChecked());
        Ui::SettingsDialog *dialog = openSettings(window);
        QVERIFY(dialog);
        auto *smartCommit = dialog->findChild<QCheckBox *>(QStringLiteral("smartCommit"));
        QVERIFY(smartCommit);
        QVERIFY(smartCommit->isChecked());
        // Saving the dialog for another change keeps it on.
        auto *hotExit = dialog->findChild<QCheckBox *>(QStringLiteral("hotExit"));
        hotExit->setChecked(!hotExit->isChecked());
        pressOk(dialog);
        QVERIFY(always->isChecked());
        QVERIFY(Core::EditorSettings::load().smartCommit);

        // Switched off in the dialog: the panel's menu follows.
        dialog = openSettings(window);
        QVERIFY(dialog);
        smartCommit = dialog->findChild<QCheckBox *>(QStringLiteral("smartCommit"));
        QVERIFY(smartCommit->isChecked());
        smartCommit->setChecked(false);
        pressOk(dialog);
        QVERIFY(!always->isChecked());
        QVERIFY(!Core::EditorSettings::load().smartCommit);

        // And on again from the panel, after the dialog has been used.
        always->trigger();
        dialog = openSettings(window);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("smartCommit"))->isChecked());
        dialog->reject();
        QVERIFY(Core::EditorSettings::load().smartCommit);

        // A new window (the next start) reads the same choice.
        Ui::MainWindow next(m_syntax, language);
        next.command(QStringLiteral("view.changes"))->trigger();
        QVERIFY(smartCommitSwitch(next) && smartCommitSwitch(next)->isChecked());
    }

    void theDialogChangesTheEditorAndIsKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.md"));
        writeFile(path, "# notes\n");
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        window.openFolder(dir.path());
        openAndWait(window, path);
        Ui::EditorView *editor = window.currentEditor();

        window.command(QStringLiteral("settings.open"))->trigger();
        auto *dialog = window.findChild<Ui::SettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        dialog->findChild<QCheckBox *>(QStringLiteral("systemFont"))->setChecked(false);
        dialog->findChild<QSpinBox *>(QStringLiteral("fontSize"))->setValue(17);
        auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("theme"));
        const int dark = theme->findData(QStringLiteral("Breeze Dark"));
        QVERIFY(dark > 0);
        theme->setCurrentIndex(dark);
        dialog->findChild<QComboBox *>(QStringLiteral("indentKind"))->setCurrentIndex(1); // tabs
        auto *autoSave = dialog->findChild<QComboBox *>(QStringLiteral("autoSave"));
        autoSave->setCurrentIndex(
            autoSave->findData(int(Core::EditorSettings::AutoSave::AfterDelay)));
        auto *delay = dialog->findChild<QSpinBox *>(QStringLiteral("autoSaveDelay"));
        QVERIFY(delay->isEnabled());
        delay->setValue(300);

        // Rebinding Go to Line by typing the new keys, as a user does.
        auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("shortcutFilter"));
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
        filter->setText(QStringLiteral("go to line"));
        QTreeWidgetItem *goToLine = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (!list->topLevelItem(i)->isHidden()) {
                QVERIFY2(!goToLine, "the filter leaves one command");
                goToLine = list->topLevelItem(i);
            }
        }
        QVERIFY(goToLine);
        QCOMPARE(goToLine->text(1), QKeySequence(QStringLiteral("Ctrl+G")).toString(QKeySequence::NativeText));
        list->setCurrentItem(goToLine);
        auto *keys = dialog->findChild<QKeySequenceEdit *>(QStringLiteral("shortcutEdit"));
        QVERIFY(keys->isEnabled());
        keys->clear();
        QTest::keyClick(keys, Qt::Key_L, Qt::ControlModifier | Qt::AltModifier);
        const QKeySequence wanted(QStringLiteral("Ctrl+Alt+L"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->shortcutOf(QStringLiteral("go.line")), wanted, 5000);
        QCOMPARE(goToLine->text(1), wanted.toString(QKeySequence::NativeText));

        // Taking a shortcut another command has moves it, and says so.
        dialog->setShortcut(QStringLiteral("go.back"), QKeySequence(QStringLiteral("Ctrl+Alt+L")));
        QVERIFY(dialog->shortcutOf(QStringLiteral("go.line")).isEmpty());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("shortcutNote"))->text().isEmpty());
        dialog->setShortcut(QStringLiteral("go.back"), window.defaultShortcut(QStringLiteral("go.back")));
        dialog->setShortcut(QStringLiteral("go.line"), wanted);

        // Nothing changes before OK.
        QCOMPARE(window.command(QStringLiteral("go.line"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+G")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!dialog->isVisible());

        QCOMPARE(fontSizeOf(editor), 17);
        QCOMPARE(editor->theme().name(), QStringLiteral("Breeze Dark"));
        QCOMPARE(window.command(QStringLiteral("go.line"))->shortcut(), wanted);
        QCOMPARE(window.command(QStringLiteral("go.back"))->shortcut(),
                 window.defaultShortcut(QStringLiteral("go.back")));
        window.newFile();
        QVERIFY(window.currentEditor()->indentationsUseTabs());
        QCOMPARE(fontSizeOf(window.currentEditor()), 17);

        // Auto-save after the delay writes the file without Save being pressed.
        editor->setFocus();
        window.tabs()->setCurrentWidget(editor);
        editor->append(QStringLiteral("saved by itself\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(path), QByteArray("# notes\nsaved by itself\n"), 10000);
        QTRY_VERIFY(!editor->isModified());

        // The next window starts with all of it.
        Ui::MainWindow next(m_syntax, language);
        QCOMPARE(next.command(QStringLiteral("go.line"))->shortcut(), wanted);
        QCOMPARE(next.editorSettings().fontPointSize, 17);
        QCOMPARE(next.editorSettings().themeName, QStringLiteral("Breeze Dark"));
        QCOMPARE(next.editorSettings().autoSave, Core::EditorSettings::AutoSave::AfterDelay);
        QVERIFY(!next.editorSettings().insertSpaces);
        // Only the changed shortcut is stored.
        QCOMPARE(next.editorSettings().shortcuts.size(), 1);
    }

    void aChosenThemeColoursTheWholeWindow()
    {
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        QVERIFY(window.editorSettings().themeName.isEmpty()); // following the system
        const QColor systemWindow = window.palette().color(QPalette::Window);

        Core::EditorSettings settings = window.editorSettings();
        settings.themeName = QStringLiteral("Breeze Dark");
        window.applySettings(settings);
        const KSyntaxHighlighting::Theme dark = m_syntax.theme(QStringLiteral("Breeze Dark"));
        const QColor background = QColor::fromRgba(
            dark.editorColor(KSyntaxHighlighting::Theme::EditorColorRole::BackgroundColor));
        const QColor text = QColor::fromRgba(dark.textColor(KSyntaxHighlighting::Theme::Normal));
        // The tree, the frame and the status bar take the theme's colours, not only the editor.
        QTRY_COMPARE(window.fileTree()->palette().color(QPalette::Base), background);
        QCOMPARE(window.fileTree()->palette().color(QPalette::Text), text);
        QVERIFY(window.palette().color(QPalette::Window).lightnessF() < 0.5);
        QCOMPARE(window.statusBar()->palette().color(QPalette::WindowText), text);

        // Following the system again gives the system's colours back.
        settings.themeName.clear();
        window.applySettings(settings);
        QTRY_COMPARE(window.palette().color(QPalette::Window), systemWindow);
        QTRY_VERIFY2(window.fileTree()->palette().color(QPalette::Base) != background,
                     qPrintable(window.fileTree()->palette().color(QPalette::Base).name() + u' '
                                + QApplication::palette().color(QPalette::Base).name() + u' '
                                + QApplication::palette(window.fileTree()).color(QPalette::Base).name()));
    }

    void cancelChangesNothing()
    {
        Core::UiLanguage language;
        Ui::MainWindow window(m_syntax, language);
        window.show();
        window.showSettings();
        auto *dialog = window.findChild<Ui::SettingsDialog *>();
        QVERIFY(dialog);
        dialog->setShortcut(QStringLiteral("file.save"), QKeySequence(QStringLiteral("F2")));
        dialog->findChild<QCheckBox *>(QStringLiteral("hotExit"))->setChecked(false);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(window.command(QStringLiteral("file.save"))->shortcut(), QKeySequence::Save);
        QVERIFY(window.editorSettings().hotExit);
        QVERIFY(Core::EditorSettings::load().shortcuts.isEmpty());
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
