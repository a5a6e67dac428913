// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The vendor presets Baton knows: the built-in ones (resources/presets, compiled in as
// :/presets) and the user's own in $XDG_CONFIG_HOME/baton/presets/*.json. A user file with the
// id of a built-in preset overrides only the keys it gives (a new base URL, extra models); a new
// id adds a preset — a custom endpoint needs only "id", "protocol" and "baseUrl".
//
// Loading reads files: do it off the GUI thread. A broken file is reported in problems() and
// skipped; it never stops the others from loading.

#include "core/providers/preset.h"
#include "core/result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QString>

namespace Baton::Core {

struct PresetProblem
{
    QString file;
    QString message; // translated
};

class PresetCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Baton::Core::PresetCatalog)

public:
    // The compiled-in presets and those in userPresetDirectory(), with the environment's
    // base-URL overrides applied.
    static PresetCatalog loadDefault();

    // The presets in `builtinDirectory`, then those in `userDirectory` (may be empty).
    static PresetCatalog load(const QString &builtinDirectory, const QString &userDirectory);

    // $XDG_CONFIG_HOME/baton/presets
    static QString userPresetDirectory();

    // One preset from its JSON. Keys missing from `object` keep the value they have in `base`
    // (for overrides); "models" given replaces models of the same id and adds the others.
    static Result<Preset> parse(const QJsonObject &object, const Preset &base = {});

    // Splits "deepseek/deepseek-chat" into preset and model; the model may contain '/'
    // ("openrouter/anthropic/claude-sonnet-4.5"). False when either part is empty.
    static bool splitModelReference(const QString &reference, QString *preset, QString *model);

    // Base URLs from the environment: ANTHROPIC_BASE_URL for `anthropic`, OPENAI_BASE_URL for
    // `openai`, and so on (each preset's "baseUrlEnvironment"), as the vendors' own tools do.
    void applyEnvironment(const QProcessEnvironment &environment);

    QList<Preset> presets() const { return m_presets; }
    Preset preset(const QString &id) const; // invalid when unknown
    QList<PresetProblem> problems() const { return m_problems; }

private:
    void loadDirectory(const QString &directory);

    QList<Preset> m_presets;
    QList<PresetProblem> m_problems;
};

} // namespace Baton::Core
