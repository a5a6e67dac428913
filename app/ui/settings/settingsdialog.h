// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The settings dialog (Settings ▸ Preferences…, Ctrl+,): appearance (interface language, colour
// theme, editor font), editing (default indentation, detection), files (auto-save, hot exit,
// smart commit) and every command's keyboard shortcut, listed, filtered and rebound.
//
// The dialog edits a copy: nothing changes until Apply or OK, which emit applied() with the
// edited values in settings() and languagePreference(); the main window applies and saves
// them. A shortcut taken by another command is moved: the other command loses it, and the
// dialog says so. Open it with QDialog::open() (no nested event loop). GUI thread only.

#include "core/settings/editorsettings.h"

#include <QtCore/QList>
#include <QtGui/QKeySequence>
#include <QtWidgets/QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Baton::Ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // A command as the shortcut list shows it.
    struct Command
    {
        QString id;       // "file.save"
        QString category; // translated menu name, "File"
        QString text;     // translated, without the & of the menu mnemonic
        QKeySequence defaultShortcut;
    };

    SettingsDialog(const Core::EditorSettings &settings, const QString &languagePreference,
                   const KSyntaxHighlighting::Repository &syntax, const QList<Command> &commands,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The values as edited.
    Core::EditorSettings settings() const;
    QString languagePreference() const;

    // The shortcut a command has with the edits so far.
    QKeySequence shortcutOf(const QString &commandId) const;
    // Gives `commandId` the shortcut `sequence` (empty: none), as the shortcut editor does;
    // another command holding it loses it.
    void setShortcut(const QString &commandId, const QKeySequence &sequence);

Q_SIGNALS:
    // Apply or OK was pressed.
    void applied();

private:
    QWidget *createAppearancePage(const KSyntaxHighlighting::Repository &syntax);
    QWidget *createEditingPage();
    QWidget *createFilesPage();
    QWidget *createShortcutsPage();
    void load(const Core::EditorSettings &settings, const QString &languagePreference);
    void filterShortcuts(const QString &text);
    void showSelectedShortcut();
    void refreshShortcutRow(QTreeWidgetItem *item);
    QTreeWidgetItem *itemFor(const QString &commandId) const;
    void updateAutoSaveDelay();

    QList<Command> m_commands;
    Core::EditorSettings m_settings; // as loaded; the widgets hold the edits
    QHash<QString, QKeySequence> m_shortcuts; // every command's shortcut with the edits

    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_systemFont = nullptr;
    QFontComboBox *m_fontFamily = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QComboBox *m_indentKind = nullptr;
    QSpinBox *m_indentWidth = nullptr;
    QCheckBox *m_detectIndentation = nullptr;
    QComboBox *m_autoSave = nullptr;
    QSpinBox *m_autoSaveDelay = nullptr;
    QCheckBox *m_hotExit = nullptr;
    QCheckBox *m_smartCommit = nullptr;
    QLineEdit *m_shortcutFilter = nullptr;
    QTreeWidget *m_shortcutList = nullptr;
    QKeySequenceEdit *m_shortcutEdit = nullptr;
    QLabel *m_shortcutNote = nullptr;
    bool m_showingShortcut = false;
};

} // namespace Baton::Ui
