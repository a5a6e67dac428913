// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "ui/settings/settingsdialog.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QtGui/QFontDatabase>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFontComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QKeySequenceEdit>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTreeWidget>

#include <algorithm>

namespace Baton::Ui {

namespace {

constexpr int idRole = Qt::UserRole;

} // namespace

SettingsDialog::SettingsDialog(const Core::EditorSettings &settings,
                               const QString &languagePreference,
                               const KSyntaxHighlighting::Repository &syntax,
                               const QList<Command> &commands, QWidget *parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    resize(760, 560);

    auto *pages = new QTabWidget(this);
    pages->setObjectName(QStringLiteral("settingsPages"));
    pages->addTab(createAppearancePage(syntax), tr("Appearance"));
    pages->addTab(createEditingPage(), tr("Editing"));
    pages->addTab(createFilesPage(), tr("Files"));
    pages->addTab(createShortcutsPage(), tr("Keyboard Shortcuts"));

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT applied();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { Q_EMIT applied(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pages, 1);
    layout->addWidget(buttons);

    load(settings, languagePreference);
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::createAppearancePage(const KSyntaxHighlighting::Repository &syntax)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    // Language names are written in their own language, so anyone can find theirs.
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the System"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    form->addRow(tr("Interface language:"), m_language);

    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the System (light or dark)"), QString());
    QList<KSyntaxHighlighting::Theme> themes = syntax.themes();
    std::sort(themes.begin(), themes.end(), [](const auto &a, const auto &b) {
        return a.translatedName().compare(b.translatedName(), Qt::CaseInsensitive) < 0;
    });
    for (const KSyntaxHighlighting::Theme &theme : std::as_const(themes))
        m_theme->addItem(theme.translatedName(), theme.name());
    form->addRow(tr("Colour theme:"), m_theme);

    m_systemFont = new QCheckBox(tr("Use the system's fixed-width font"), page);
    m_systemFont->setObjectName(QStringLiteral("systemFont"));
    form->addRow(QString(), m_systemFont);
    m_fontFamily = new QFontComboBox(page);
    m_fontFamily->setObjectName(QStringLiteral("fontFamily"));
    m_fontFamily->setFontFilters(QFontComboBox::MonospacedFonts);
    form->addRow(tr("Editor font:"), m_fontFamily);
    m_fontSize = new QSpinBox(page);
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setRange(6, 72);
    m_fontSize->setSuffix(tr(" pt"));
    form->addRow(tr("Font size:"), m_fontSize);
    connect(m_systemFont, &QCheckBox::toggled, this, [this](bool system) {
        m_fontFamily->setEnabled(!system);
        m_fontSize->setEnabled(!system);
    });
    return page;
}

QWidget *SettingsDialog::createEditingPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_indentKind = new QComboBox(page);
    m_indentKind->setObjectName(QStringLiteral("indentKind"));
    m_indentKind->addItem(tr("Spaces"), true);
    m_indentKind->addItem(tr("Tabs"), false);
    form->addRow(tr("Indent with:"), m_indentKind);
    m_indentWidth = new QSpinBox(page);
    m_indentWidth->setObjectName(QStringLiteral("indentWidth"));
    m_indentWidth->setRange(1, 16);
    form->addRow(tr("Indentation width:"), m_indentWidth);
    m_detectIndentation
        = new QCheckBox(tr("Detect the indentation a file already uses when it opens"), page);
    m_detectIndentation->setObjectName(QStringLiteral("detectIndentation"));
    form->addRow(QString(), m_detectIndentation);
    return page;
}

QWidget *SettingsDialog::createFilesPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_autoSave = new QComboBox(page);
    m_autoSave->setObjectName(QStringLiteral("autoSave"));
    m_autoSave->addItem(tr("Off"), int(Core::EditorSettings::AutoSave::Off));
    m_autoSave->addItem(tr("After a delay"), int(Core::EditorSettings::AutoSave::AfterDelay));
    m_autoSave->addItem(tr("When the editor loses the focus"),
                        int(Core::EditorSettings::AutoSave::OnFocusChange));
    form->addRow(tr("Auto save:"), m_autoSave);
    m_autoSaveDelay = new QSpinBox(page);
    m_autoSaveDelay->setObjectName(QStringLiteral("autoSaveDelay"));
    m_autoSaveDelay->setRange(100, 600000);
    m_autoSaveDelay->setSingleStep(100);
    m_autoSaveDelay->setSuffix(tr(" ms"));
    form->addRow(tr("Auto save delay:"), m_autoSaveDelay);
    connect(m_autoSave, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateAutoSaveDelay);
    m_hotExit = new QCheckBox(
        tr("Quit without asking about unsaved changes, and restore them next time"), page);
    m_hotExit->setObjectName(QStringLiteral("hotExit"));
    form->addRow(tr("Hot exit:"), m_hotExit);
    auto *note = new QLabel(tr("Unsaved changes are backed up every few seconds either way, so "
                               "that a crash loses nothing."),
                            page);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    m_smartCommit = new QCheckBox(
        tr("When nothing is staged, commit every tracked change without asking"), page);
    m_smartCommit->setObjectName(QStringLiteral("smartCommit"));
    form->addRow(tr("Source control:"), m_smartCommit);
    return page;
}

QWidget *SettingsDialog::createShortcutsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_shortcutFilter = new QLineEdit(page);
    m_shortcutFilter->setObjectName(QStringLiteral("shortcutFilter"));
    m_shortcutFilter->setPlaceholderText(tr("Type to search commands or shortcuts"));
    m_shortcutFilter->setClearButtonEnabled(true);
    layout->addWidget(m_shortcutFilter);

    m_shortcutList = new QTreeWidget(page);
    m_shortcutList->setObjectName(QStringLiteral("shortcutList"));
    m_shortcutList->setRootIsDecorated(false);
    m_shortcutList->setUniformRowHeights(true);
    m_shortcutList->setHeaderLabels({tr("Command"), tr("Shortcut"), tr("Category")});
    m_shortcutList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_shortcutList->header()->setStretchLastSection(false);
    for (const Command &command : std::as_const(m_commands)) {
        auto *item = new QTreeWidgetItem(m_shortcutList);
        item->setData(0, idRole, command.id);
        item->setText(0, command.text);
        item->setToolTip(0, command.id);
        item->setText(2, command.category);
    }
    m_shortcutList->sortItems(2, Qt::AscendingOrder);
    layout->addWidget(m_shortcutList, 1);

    auto *editRow = new QHBoxLayout;
    editRow->addWidget(new QLabel(tr("Shortcut:"), page));
    m_shortcutEdit = new QKeySequenceEdit(page);
    m_shortcutEdit->setObjectName(QStringLiteral("shortcutEdit"));
    m_shortcutEdit->setEnabled(false);
    editRow->addWidget(m_shortcutEdit, 1);
    auto *remove = new QPushButton(tr("Remove"), page);
    remove->setObjectName(QStringLiteral("removeShortcut"));
    auto *reset = new QPushButton(tr("Reset to Default"), page);
    reset->setObjectName(QStringLiteral("resetShortcut"));
    editRow->addWidget(remove);
    editRow->addWidget(reset);
    layout->addLayout(editRow);
    m_shortcutNote = new QLabel(page);
    m_shortcutNote->setObjectName(QStringLiteral("shortcutNote"));
    m_shortcutNote->setWordWrap(true);
    layout->addWidget(m_shortcutNote);

    connect(m_shortcutFilter, &QLineEdit::textChanged, this, &SettingsDialog::filterShortcuts);
    connect(m_shortcutList, &QTreeWidget::currentItemChanged, this,
            &SettingsDialog::showSelectedShortcut);
    connect(m_shortcutEdit, &QKeySequenceEdit::editingFinished, this, [this] {
        if (m_showingShortcut)
            return;
        if (QTreeWidgetItem *item = m_shortcutList->currentItem()) {
            // One chord is what users bind; the edit allows up to four.
            const QKeySequence typed = m_shortcutEdit->keySequence();
            setShortcut(item->data(0, idRole).toString(),
                        typed.isEmpty() ? QKeySequence() : QKeySequence(typed[0]));
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_shortcutList->currentItem())
            setShortcut(item->data(0, idRole).toString(), QKeySequence());
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_shortcutList->currentItem();
        if (!item)
            return;
        const QString id = item->data(0, idRole).toString();
        for (const Command &command : std::as_const(m_commands)) {
            if (command.id == id)
                setShortcut(id, command.defaultShortcut);
        }
    });
    return page;
}

void SettingsDialog::load(const Core::EditorSettings &settings, const QString &languagePreference)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(languagePreference)));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.themeName)));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_systemFont->setChecked(settings.fontFamily.isEmpty());
    m_fontFamily->setCurrentFont(QFont(settings.fontFamily.isEmpty() ? fixed.family()
                                                                     : settings.fontFamily));
    m_fontSize->setValue(settings.fontPointSize > 0 ? settings.fontPointSize
                                                    : std::max(6, fixed.pointSize()));
    m_fontFamily->setEnabled(!m_systemFont->isChecked());
    m_fontSize->setEnabled(!m_systemFont->isChecked());
    m_indentKind->setCurrentIndex(settings.insertSpaces ? 0 : 1);
    m_indentWidth->setValue(settings.indentWidth);
    m_detectIndentation->setChecked(settings.detectIndentation);
    m_autoSave->setCurrentIndex(std::max(0, m_autoSave->findData(int(settings.autoSave))));
    m_autoSaveDelay->setValue(settings.autoSaveDelayMs);
    m_hotExit->setChecked(settings.hotExit);
    m_smartCommit->setChecked(settings.smartCommit);
    updateAutoSaveDelay();

    for (const Command &command : std::as_const(m_commands)) {
        const auto changed = settings.shortcuts.constFind(command.id);
        m_shortcuts.insert(command.id, changed == settings.shortcuts.cend()
                                           ? command.defaultShortcut
                                           : QKeySequence::fromString(
                                                 changed.value(), QKeySequence::PortableText));
    }
    for (int i = 0; i < m_shortcutList->topLevelItemCount(); ++i)
        refreshShortcutRow(m_shortcutList->topLevelItem(i));
}

void SettingsDialog::updateAutoSaveDelay()
{
    m_autoSaveDelay->setEnabled(m_autoSave->currentData().toInt()
                                == int(Core::EditorSettings::AutoSave::AfterDelay));
}

Core::EditorSettings SettingsDialog::settings() const
{
    Core::EditorSettings edited = m_settings;
    edited.themeName = m_theme->currentData().toString();
    edited.fontFamily = m_systemFont->isChecked() ? QString() : m_fontFamily->currentFont().family();
    edited.fontPointSize = m_systemFont->isChecked() ? 0 : m_fontSize->value();
    edited.insertSpaces = m_indentKind->currentData().toBool();
    edited.indentWidth = m_indentWidth->value();
    edited.detectIndentation = m_detectIndentation->isChecked();
    edited.autoSave = Core::EditorSettings::AutoSave(m_autoSave->currentData().toInt());
    edited.autoSaveDelayMs = m_autoSaveDelay->value();
    edited.hotExit = m_hotExit->isChecked();
    edited.smartCommit = m_smartCommit->isChecked();
    // Only what differs from the defaults is kept, so later default changes reach the user.
    edited.shortcuts.clear();
    for (const Command &command : std::as_const(m_commands)) {
        const QKeySequence shortcut = m_shortcuts.value(command.id);
        if (shortcut != command.defaultShortcut)
            edited.shortcuts.insert(command.id, shortcut.toString(QKeySequence::PortableText));
    }
    return edited;
}

QString SettingsDialog::languagePreference() const
{
    return m_language->currentData().toString();
}

QKeySequence SettingsDialog::shortcutOf(const QString &commandId) const
{
    return m_shortcuts.value(commandId);
}

void SettingsDialog::setShortcut(const QString &commandId, const QKeySequence &sequence)
{
    if (!m_shortcuts.contains(commandId))
        return;
    QStringList moved;
    if (!sequence.isEmpty()) {
        for (auto it = m_shortcuts.begin(); it != m_shortcuts.end(); ++it) {
            if (it.key() != commandId && it.value() == sequence) {
                it.value() = QKeySequence();
                if (QTreeWidgetItem *other = itemFor(it.key())) {
                    moved.append(other->text(0));
                    refreshShortcutRow(other);
                }
            }
        }
    }
    m_shortcuts.insert(commandId, sequence);
    if (QTreeWidgetItem *item = itemFor(commandId)) {
        refreshShortcutRow(item);
        if (m_shortcutList->currentItem() == item) {
            m_showingShortcut = true;
            m_shortcutEdit->setKeySequence(sequence);
            m_showingShortcut = false;
        }
    }
    m_shortcutNote->setText(
        moved.isEmpty()
            ? QString()
            : tr("%1 was also bound to “%2” and no longer is.")
                  .arg(sequence.toString(QKeySequence::NativeText), moved.join(QStringLiteral("”, “"))));
}

QTreeWidgetItem *SettingsDialog::itemFor(const QString &commandId) const
{
    for (int i = 0; i < m_shortcutList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_shortcutList->topLevelItem(i);
        if (item->data(0, idRole).toString() == commandId)
            return item;
    }
    return nullptr;
}

void SettingsDialog::refreshShortcutRow(QTreeWidgetItem *item)
{
    const QString id = item->data(0, idRole).toString();
    const QKeySequence shortcut = m_shortcuts.value(id);
    item->setText(1, shortcut.toString(QKeySequence::NativeText));
    QFont font = item->font(1);
    bool changed = false;
    for (const Command &command : std::as_const(m_commands)) {
        if (command.id == id)
            changed = shortcut != command.defaultShortcut;
    }
    font.setBold(changed); // what the user changed stands out
    item->setFont(1, font);
}

void SettingsDialog::filterShortcuts(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int i = 0; i < m_shortcutList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_shortcutList->topLevelItem(i);
        const bool match = wanted.isEmpty() || item->text(0).contains(wanted, Qt::CaseInsensitive)
                           || item->text(1).contains(wanted, Qt::CaseInsensitive)
                           || item->text(2).contains(wanted, Qt::CaseInsensitive)
                           || item->data(0, idRole).toString().contains(wanted,
                                                                        Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void SettingsDialog::showSelectedShortcut()
{
    QTreeWidgetItem *item = m_shortcutList->currentItem();
    m_shortcutEdit->setEnabled(item != nullptr);
    m_showingShortcut = true;
    m_shortcutEdit->setKeySequence(item ? m_shortcuts.value(item->data(0, idRole).toString())
                                        : QKeySequence());
    m_showingShortcut = false;
    m_shortcutNote->clear();
}

} // namespace Baton::Ui
