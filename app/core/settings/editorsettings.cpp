// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "editorsettings.h"

#include <QtCore/QSettings>

#include <algorithm>

namespace Baton::Core {

namespace {

const QString fontFamilyKey = QStringLiteral("editor/fontFamily");
const QString fontSizeKey = QStringLiteral("editor/fontPointSize");
const QString themeKey = QStringLiteral("editor/theme");
const QString insertSpacesKey = QStringLiteral("editor/insertSpaces");
const QString indentWidthKey = QStringLiteral("editor/indentWidth");
const QString detectIndentationKey = QStringLiteral("editor/detectIndentation");
const QString autoSaveKey = QStringLiteral("files/autoSave");
const QString autoSaveDelayKey = QStringLiteral("files/autoSaveDelayMs");
const QString hotExitKey = QStringLiteral("files/hotExit");
const QString smartCommitKey = QStringLiteral("git/smartCommit");
const QString shortcutsGroup = QStringLiteral("shortcuts");

QString autoSaveName(EditorSettings::AutoSave mode)
{
    switch (mode) {
    case EditorSettings::AutoSave::AfterDelay:
        return QStringLiteral("afterDelay");
    case EditorSettings::AutoSave::OnFocusChange:
        return QStringLiteral("onFocusChange");
    case EditorSettings::AutoSave::Off:
        break;
    }
    return QStringLiteral("off");
}

} // namespace

EditorSettings EditorSettings::load()
{
    QSettings settings;
    EditorSettings loaded;
    loaded.fontFamily = settings.value(fontFamilyKey).toString();
    loaded.fontPointSize = std::clamp(settings.value(fontSizeKey, 0).toInt(), 0, 96);
    loaded.themeName = settings.value(themeKey).toString();
    loaded.insertSpaces = settings.value(insertSpacesKey, true).toBool();
    loaded.indentWidth = std::clamp(settings.value(indentWidthKey, 4).toInt(), 1, 16);
    loaded.detectIndentation = settings.value(detectIndentationKey, true).toBool();
    const QString autoSave = settings.value(autoSaveKey).toString();
    loaded.autoSave = autoSave == u"afterDelay"      ? AutoSave::AfterDelay
                      : autoSave == u"onFocusChange" ? AutoSave::OnFocusChange
                                                     : AutoSave::Off;
    loaded.autoSaveDelayMs = std::clamp(settings.value(autoSaveDelayKey, 1000).toInt(), 100,
                                        600000);
    loaded.hotExit = settings.value(hotExitKey, true).toBool();
    loaded.smartCommit = settings.value(smartCommitKey, false).toBool();
    settings.beginGroup(shortcutsGroup);
    for (const QString &key : settings.childKeys())
        loaded.shortcuts.insert(key, settings.value(key).toString());
    settings.endGroup();
    return loaded;
}

void EditorSettings::save() const
{
    QSettings settings;
    settings.setValue(fontFamilyKey, fontFamily);
    settings.setValue(fontSizeKey, fontPointSize);
    settings.setValue(themeKey, themeName);
    settings.setValue(insertSpacesKey, insertSpaces);
    settings.setValue(indentWidthKey, indentWidth);
    settings.setValue(detectIndentationKey, detectIndentation);
    settings.setValue(autoSaveKey, autoSaveName(autoSave));
    settings.setValue(autoSaveDelayKey, autoSaveDelayMs);
    settings.setValue(hotExitKey, hotExit);
    settings.setValue(smartCommitKey, smartCommit);
    settings.remove(shortcutsGroup);
    settings.beginGroup(shortcutsGroup);
    for (auto it = shortcuts.cbegin(); it != shortcuts.cend(); ++it)
        settings.setValue(it.key(), it.value());
    settings.endGroup();
}

} // namespace Baton::Core
