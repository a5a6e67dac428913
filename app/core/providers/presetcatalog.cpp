// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "presetcatalog.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QStandardPaths>

#include <algorithm>
#include <cmath>

namespace Baton::Core {

static bool parseAuthStyle(const QString &text, Sdk::AuthStyle *style)
{
    static const QList<QPair<QString, Sdk::AuthStyle>> styles = {
        {QStringLiteral("none"), Sdk::AuthStyle::None},
        {QStringLiteral("bearer"), Sdk::AuthStyle::Bearer},
        {QStringLiteral("x-api-key"), Sdk::AuthStyle::XApiKey},
        {QStringLiteral("x-goog-api-key"), Sdk::AuthStyle::GoogApiKey},
    };
    for (const auto &[name, value] : styles) {
        if (name == text) {
            *style = value;
            return true;
        }
    }
    return false;
}

// A price per million tokens in the JSON (a decimal number) in micro-units; -1 when absent.
static qint64 micros(const QJsonValue &value)
{
    if (!value.isDouble() || value.toDouble() < 0)
        return -1;
    return qint64(std::llround(value.toDouble() * 1'000'000.0));
}

static Result<PresetModel> parseModel(const QJsonObject &object, const PresetModel &base)
{
    PresetModel model = base;
    if (object.contains(QLatin1String("id")))
        model.id = object.value(QLatin1String("id")).toString();
    if (model.id.isEmpty())
        return Error{PresetCatalog::tr("a model has no \"id\"")};
    model.displayName = object.value(QLatin1String("displayName")).toString(model.displayName);
    if (model.displayName.isEmpty())
        model.displayName = model.id;
    model.contextWindow = object.value(QLatin1String("contextWindow")).toInt(model.contextWindow);
    model.maxOutputTokens
        = object.value(QLatin1String("maxOutputTokens")).toInt(model.maxOutputTokens);
    if (object.contains(QLatin1String("capabilities"))) {
        model.capabilities.clear();
        for (const QJsonValue &capability : object.value(QLatin1String("capabilities")).toArray())
            model.capabilities.append(capability.toString());
    }
    model.thinkingStyle
        = object.value(QLatin1String("thinkingStyle")).toString(model.thinkingStyle);
    if (object.contains(QLatin1String("price"))) {
        const QJsonObject price = object.value(QLatin1String("price")).toObject();
        model.price.currency = price.value(QLatin1String("currency")).toString();
        model.price.inputMicrosPerMTok = micros(price.value(QLatin1String("input")));
        model.price.outputMicrosPerMTok = micros(price.value(QLatin1String("output")));
        model.price.cacheReadMicrosPerMTok = micros(price.value(QLatin1String("cacheRead")));
        model.price.cacheWriteMicrosPerMTok = micros(price.value(QLatin1String("cacheWrite")));
        model.price.date = price.value(QLatin1String("date")).toString();
        model.price.source = price.value(QLatin1String("source")).toString();
        model.price.verified = price.value(QLatin1String("verified")).toBool();
        if (model.price.isKnown() && model.price.currency.isEmpty())
            return Error{PresetCatalog::tr("the price of %1 has no \"currency\"").arg(model.id)};
    }
    model.inCatalogue = true;
    return model;
}

Result<Preset> PresetCatalog::parse(const QJsonObject &object, const Preset &base)
{
    Preset preset = base;
    const auto text = [&object](const char *key, const QString &fallback) {
        return object.value(QLatin1String(key)).toString(fallback);
    };
    preset.id = text("id", preset.id);
    if (preset.id.isEmpty() || preset.id.contains(QLatin1Char('/')))
        return Error{tr("\"id\" is missing or contains '/'")};
    preset.vendor = text("vendor", preset.vendor);
    preset.displayName = text("displayName", preset.displayName);
    if (preset.displayName.isEmpty())
        preset.displayName = preset.id;
    preset.protocol = text("protocol", preset.protocol);
    if (preset.protocol.isEmpty())
        return Error{tr("preset %1 has no \"protocol\"").arg(preset.id)};
    preset.dialect = text("dialect", preset.dialect);
    if (object.contains(QLatin1String("baseUrl")))
        preset.baseUrl = QUrl(text("baseUrl", {}), QUrl::StrictMode);
    if (!preset.baseUrl.isValid()
        || (preset.baseUrl.scheme() != QLatin1String("https")
            && preset.baseUrl.scheme() != QLatin1String("http"))
        || preset.baseUrl.host().isEmpty())
        return Error{tr("preset %1 needs an http(s) \"baseUrl\"").arg(preset.id)};
    if (object.contains(QLatin1String("authStyle"))
        && !parseAuthStyle(text("authStyle", {}), &preset.authStyle))
        return Error{tr("preset %1 has an unknown \"authStyle\" (none, bearer, x-api-key, "
                        "x-goog-api-key)")
                         .arg(preset.id)};
    if (object.contains(QLatin1String("keyEnvironment"))) {
        preset.keyVariables.clear();
        for (const QJsonValue &entry : object.value(QLatin1String("keyEnvironment")).toArray()) {
            KeyVariable variable;
            variable.name = entry.toObject().value(QLatin1String("name")).toString();
            variable.authStyle = preset.authStyle;
            const QString style = entry.toObject().value(QLatin1String("authStyle")).toString();
            if (variable.name.isEmpty()
                || (!style.isEmpty() && !parseAuthStyle(style, &variable.authStyle)))
                return Error{tr("preset %1 has a malformed \"keyEnvironment\"").arg(preset.id)};
            preset.keyVariables.append(variable);
        }
    }
    preset.baseUrlVariable = text("baseUrlEnvironment", preset.baseUrlVariable);
    preset.local = object.value(QLatin1String("local")).toBool(preset.local);
    preset.listsModels = object.value(QLatin1String("listsModels")).toBool(preset.listsModels);
    preset.note = text("note", preset.note);
    for (const QJsonValue &entry : object.value(QLatin1String("models")).toArray()) {
        const QString id = entry.toObject().value(QLatin1String("id")).toString();
        qsizetype existing = -1;
        for (qsizetype i = 0; i < preset.models.size(); ++i) {
            if (preset.models[i].id == id)
                existing = i;
        }
        auto model
            = parseModel(entry.toObject(), existing >= 0 ? preset.models[existing] : PresetModel());
        if (!model.ok())
            return Error{tr("preset %1: %2").arg(preset.id, model.errorMessage())};
        if (existing >= 0)
            preset.models[existing] = model.value();
        else
            preset.models.append(model.value());
    }
    return preset;
}

PresetCatalog PresetCatalog::loadDefault()
{
    PresetCatalog catalog = load(QStringLiteral(":/presets"), userPresetDirectory());
    catalog.applyEnvironment(QProcessEnvironment::systemEnvironment());
    return catalog;
}

PresetCatalog PresetCatalog::load(const QString &builtinDirectory, const QString &userDirectory)
{
    PresetCatalog catalog;
    catalog.loadDirectory(builtinDirectory);
    if (!userDirectory.isEmpty())
        catalog.loadDirectory(userDirectory);
    std::sort(catalog.m_presets.begin(), catalog.m_presets.end(),
              [](const Preset &a, const Preset &b) { return a.id < b.id; });
    return catalog;
}

QString PresetCatalog::userPresetDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/baton/presets");
}

void PresetCatalog::loadDirectory(const QString &directory)
{
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems.append({path, tr("cannot be read: %1").arg(file.errorString())});
            continue;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (!document.isObject()) {
            m_problems.append({path, error.error != QJsonParseError::NoError
                                         ? tr("is not valid JSON: %1 (at byte %2)")
                                               .arg(error.errorString())
                                               .arg(error.offset)
                                         : tr("does not hold a JSON object")});
            continue;
        }
        const QString id = document.object().value(QLatin1String("id")).toString();
        qsizetype existing = -1;
        for (qsizetype i = 0; i < m_presets.size(); ++i) {
            if (m_presets[i].id == id)
                existing = i;
        }
        auto preset = parse(document.object(), existing >= 0 ? m_presets[existing] : Preset());
        if (!preset.ok()) {
            m_problems.append({path, preset.errorMessage()});
            continue;
        }
        preset.value().origin = path;
        if (existing >= 0)
            m_presets[existing] = preset.value();
        else
            m_presets.append(preset.value());
    }
}

void PresetCatalog::applyEnvironment(const QProcessEnvironment &environment)
{
    for (Preset &preset : m_presets) {
        if (preset.baseUrlVariable.isEmpty())
            continue;
        QString value = environment.value(preset.baseUrlVariable).trimmed();
        if (value.isEmpty())
            continue;
        // OLLAMA_HOST is often "host:port" without a scheme.
        if (!value.contains(QLatin1String("://")))
            value.prepend(QLatin1String("http://"));
        const QUrl url(value, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty()) {
            QUrl cleaned = url;
            QString path = cleaned.path();
            while (path.endsWith(QLatin1Char('/')))
                path.chop(1);
            cleaned.setPath(path);
            preset.baseUrl = cleaned;
        } else {
            m_problems.append(
                {preset.baseUrlVariable,
                 tr("%1 is not a usable URL: %2").arg(preset.baseUrlVariable, value)});
        }
    }
}

Preset PresetCatalog::preset(const QString &id) const
{
    for (const Preset &preset : m_presets) {
        if (preset.id == id)
            return preset;
    }
    return {};
}

bool PresetCatalog::splitModelReference(const QString &reference, QString *preset, QString *model)
{
    const qsizetype slash = reference.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == reference.size() - 1)
        return false;
    *preset = reference.left(slash);
    *model = reference.mid(slash + 1);
    return true;
}

} // namespace Baton::Core
