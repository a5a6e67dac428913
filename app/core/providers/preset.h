// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// A vendor preset: where a vendor's API is, which protocol plugin and dialect speak it, how the
// key is presented, and the models with their limits and prices. Presets are data
// (resources/presets/*.json, overridable in the user's config directory); PresetCatalog loads
// them. Cheap value types.

#include <baton/sdk/events.h>
#include <baton/sdk/types.h>

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

namespace Baton::Core {

// Prices per million tokens, in millionths of the currency unit (1 USD = 1,000,000).
struct Price
{
    QString currency;               // "USD", "CNY"
    qint64 inputMicrosPerMTok = -1; // -1: unknown
    qint64 outputMicrosPerMTok = -1;
    qint64 cacheReadMicrosPerMTok = -1; // -1: charged as input
    qint64 cacheWriteMicrosPerMTok = -1;
    QString date;   // when the price was read
    QString source; // where from
    bool verified = false;

    bool isKnown() const { return inputMicrosPerMTok >= 0 && outputMicrosPerMTok >= 0; }

    // What `usage` costs, in millionths of `currency`; -1 when the price is unknown.
    qint64 costMicros(const Sdk::Usage &usage) const;
};

struct PresetModel
{
    QString id;               // sent to the vendor as is
    QString displayName;      // for people; the id when the preset gives none
    int contextWindow = 0;    // tokens; 0: unknown
    int maxOutputTokens = 0;  // tokens; 0: unknown
    QStringList capabilities; // "tools", "vision", "thinking"
    QString thinkingStyle;    // passed to the plugin as ChatRequest.extra["thinkingStyle"]
    Price price;
    bool inCatalogue = true; // false: a model id the catalogue does not know, sent as given
};

// An environment variable that may hold the preset's key, and how that key is presented.
struct KeyVariable
{
    QString name;
    Sdk::AuthStyle authStyle = Sdk::AuthStyle::Bearer;
};

struct Preset
{
    QString id; // "deepseek"; what `--model deepseek/…` names
    QString vendor;
    QString displayName;
    QString protocol; // the plugin's "protocol" metadata
    QString dialect;
    QUrl baseUrl;
    Sdk::AuthStyle authStyle = Sdk::AuthStyle::Bearer;
    QList<KeyVariable> keyVariables;
    QString baseUrlVariable;  // an environment variable overriding baseUrl, if any
    bool local = false;       // a server on this machine, found by probing
    bool listsModels = false; // the vendor answers a model-listing request
    QString note;
    QList<PresetModel> models;
    QString origin; // the file it came from (the last one, when a user file overrides)

    bool isValid() const { return !id.isEmpty(); }

    // The catalogue's model `id`, or an uncatalogued model with that id and an unknown price.
    PresetModel model(const QString &id) const;
};

} // namespace Baton::Core
