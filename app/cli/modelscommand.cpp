// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "modelscommand.h"

#include "core/providers/modelavailability.h"
#include "core/providers/presetcatalog.h"
#include "core/providers/providerhost.h"
#include "core/secrets/apikeys.h"
#include "core/secrets/secretstore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QEventLoop>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTextStream>
#include <QtNetwork/QNetworkAccessManager>

namespace Baton::Cli {

static double units(qint64 micros)
{
    return double(micros) / 1'000'000.0;
}

static QJsonValue priceJson(const Core::Price &price)
{
    if (!price.isKnown())
        return QJsonValue::Null;
    QJsonObject object{{QStringLiteral("currency"), price.currency},
                       {QStringLiteral("input"), units(price.inputMicrosPerMTok)},
                       {QStringLiteral("output"), units(price.outputMicrosPerMTok)},
                       {QStringLiteral("date"), price.date},
                       {QStringLiteral("source"), price.source},
                       {QStringLiteral("verified"), price.verified}};
    if (price.cacheReadMicrosPerMTok >= 0)
        object.insert(QStringLiteral("cacheRead"), units(price.cacheReadMicrosPerMTok));
    if (price.cacheWriteMicrosPerMTok >= 0)
        object.insert(QStringLiteral("cacheWrite"), units(price.cacheWriteMicrosPerMTok));
    return object;
}

static QJsonArray toJson(const QList<Core::PresetAvailability> &presets)
{
    QJsonArray array;
    for (const Core::PresetAvailability &entry : presets) {
        QJsonArray models;
        for (const Core::PresetModel &model : entry.models) {
            models.append(QJsonObject{
                {QStringLiteral("id"), model.id},
                {QStringLiteral("displayName"), model.displayName},
                {QStringLiteral("contextWindow"), model.contextWindow},
                {QStringLiteral("maxOutputTokens"), model.maxOutputTokens},
                {QStringLiteral("capabilities"), QJsonArray::fromStringList(model.capabilities)},
                {QStringLiteral("inCatalogue"), model.inCatalogue},
                {QStringLiteral("price"), priceJson(model.price)},
            });
        }
        array.append(QJsonObject{
            {QStringLiteral("id"), entry.preset.id},
            {QStringLiteral("displayName"), entry.preset.displayName},
            {QStringLiteral("vendor"), entry.preset.vendor},
            {QStringLiteral("protocol"), entry.preset.protocol},
            {QStringLiteral("dialect"), entry.preset.dialect},
            {QStringLiteral("baseUrl"), entry.preset.baseUrl.toString(QUrl::RemoveUserInfo)},
            {QStringLiteral("local"), entry.preset.local},
            {QStringLiteral("usable"), entry.usable},
            {QStringLiteral("keySource"), entry.keySource},
            {QStringLiteral("reason"), entry.reason},
            {QStringLiteral("keyringProblem"), entry.keyringProblem},
            {QStringLiteral("models"), models},
        });
    }
    return array;
}

// "200K", "1M", "128,000" → short token counts for a table.
static QString tokens(int count)
{
    if (count <= 0)
        return QStringLiteral("?");
    if (count >= 1'000'000 && count % 1'000'000 < 50'000)
        return QStringLiteral("%1M").arg(count / 1'000'000);
    if (count >= 1000)
        return QStringLiteral("%1K").arg(count / 1000);
    return QString::number(count);
}

static QString priceText(const Core::Price &price)
{
    if (!price.isKnown())
        return QCoreApplication::translate("Baton::Cli", "price unknown");
    const QString symbol = price.currency == QLatin1String("CNY")   ? QStringLiteral("¥")
                           : price.currency == QLatin1String("USD") ? QStringLiteral("$")
                                                                    : price.currency + u' ';
    return QCoreApplication::translate("Baton::Cli", "%1%2 in / %1%3 out per MTok")
        .arg(symbol)
        .arg(units(price.inputMicrosPerMTok), 0, 'f', 2)
        .arg(units(price.outputMicrosPerMTok), 0, 'f', 2);
}

static void printText(const QList<Core::PresetAvailability> &presets, QTextStream &out)
{
    qsizetype idWidth = 0;
    for (const Core::PresetAvailability &entry : presets)
        idWidth = qMax(idWidth, entry.preset.id.size());
    for (const Core::PresetAvailability &entry : presets) {
        out << entry.preset.id.leftJustified(idWidth) << "  "
            << (entry.usable ? QStringLiteral("✓ ") : QStringLiteral("✗ "))
            << entry.preset.displayName << " — " << entry.reason << '\n';
        qsizetype modelWidth = 0;
        for (const Core::PresetModel &model : entry.models)
            modelWidth = qMax(modelWidth, model.id.size());
        for (const Core::PresetModel &model : entry.models) {
            out << "    " << model.id.leftJustified(modelWidth) << "  "
                << QCoreApplication::translate("Baton::Cli", "%1 context, %2 output")
                       .arg(tokens(model.contextWindow), tokens(model.maxOutputTokens))
                << "  " << priceText(model.price) << '\n';
        }
    }
}

int runModelsCommand(const QStringList &options, QTextStream &out, QTextStream &err)
{
    bool json = false;
    for (const QString &option : options) {
        if (option == QLatin1String("--json")) {
            json = true;
        } else {
            err << QCoreApplication::translate("Baton::Cli", "baton models: unknown option %1")
                       .arg(option)
                << '\n';
            return 2;
        }
    }
    const Core::PresetCatalog catalog = Core::PresetCatalog::loadDefault();
    for (const Core::PresetProblem &problem : catalog.problems())
        err << QCoreApplication::translate("Baton::Cli", "preset file %1 skipped: %2")
                   .arg(problem.file, problem.message)
            << '\n';

    Core::ProviderHost host(Core::ProviderHost::defaultSearchDirs());
    host.scanNow();
    Core::SecretStore keyring(QStringLiteral("baton"));
    Core::ApiKeys keys(keyring, QProcessEnvironment::systemEnvironment());
    QNetworkAccessManager network;
    Core::ModelAvailability availability(catalog.presets(), keys, host, network);
    QList<Core::PresetAvailability> result;
    QEventLoop loop;
    QObject::connect(&availability, &Core::ModelAvailability::finished, &loop,
                     [&](const QList<Core::PresetAvailability> &presets) {
                         result = presets;
                         loop.quit();
                     });
    availability.start();
    if (result.isEmpty() && !catalog.presets().isEmpty())
        loop.exec();

    QStringList keyringProblems;
    for (const Core::PresetAvailability &entry : result) {
        if (!entry.keyringProblem.isEmpty() && !keyringProblems.contains(entry.keyringProblem))
            keyringProblems.append(entry.keyringProblem);
    }
    for (const QString &problem : keyringProblems)
        err << QCoreApplication::translate("Baton::Cli", "Keyring: %1").arg(problem) << '\n';

    if (json)
        out << QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented);
    else
        printText(result, out);
    return 0;
}

} // namespace Baton::Cli
