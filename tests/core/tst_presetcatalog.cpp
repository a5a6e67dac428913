// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "../support/testfiles.h"
#include "core/providers/presetcatalog.h"

#include <QtCore/QFile>
#include <QtCore/QSet>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Baton::Core;

class TestPresetCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void builtInCatalogueIsCompleteAndClean()
    {
        const PresetCatalog catalog = PresetCatalog::load(":/presets", {});
        QStringList problems;
        for (const PresetProblem &problem : catalog.problems())
            problems << problem.file + ": " + problem.message;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        // The names `baton chat --model` documents.
        for (const char *id :
             {"anthropic", "openai", "deepseek", "zhipu", "moonshot", "qwen", "doubao", "minimax",
              "openrouter", "siliconflow", "gemini", "ollama"}) {
            QVERIFY2(catalog.preset(QString::fromLatin1(id)).isValid(), id);
        }
        const QSet<QString> protocols{"anthropic", "openai", "ollama", "gemini"};
        for (const Preset &preset : catalog.presets()) {
            QVERIFY2(protocols.contains(preset.protocol), qPrintable(preset.id));
            QVERIFY2(preset.baseUrl.isValid(), qPrintable(preset.id));
            QVERIFY2(preset.local || !preset.models.isEmpty(), qPrintable(preset.id));
            QVERIFY2(preset.local || !preset.keyVariables.isEmpty(), qPrintable(preset.id));
            for (const PresetModel &model : preset.models) {
                QVERIFY2(model.contextWindow > 0, qPrintable(preset.id + '/' + model.id));
                QVERIFY2(model.maxOutputTokens > 0, qPrintable(preset.id + '/' + model.id));
                if (model.price.isKnown()) {
                    QVERIFY2(model.price.currency == "USD" || model.price.currency == "CNY",
                             qPrintable(model.id));
                    QVERIFY2(!model.price.date.isEmpty() && !model.price.source.isEmpty(),
                             qPrintable(model.id));
                }
            }
        }
        const Preset anthropic = catalog.preset("anthropic");
        QCOMPARE(anthropic.protocol, QStringLiteral("anthropic"));
        QCOMPARE(anthropic.authStyle, Baton::Sdk::AuthStyle::XApiKey);
        QCOMPARE(anthropic.keyVariables.first().name, QStringLiteral("ANTHROPIC_AUTH_TOKEN"));
        QCOMPARE(anthropic.keyVariables.first().authStyle, Baton::Sdk::AuthStyle::Bearer);
        QCOMPARE(catalog.preset("deepseek").dialect, QStringLiteral("deepseek"));
        QVERIFY(catalog.preset("ollama").local);
    }

    void userFilesOverrideAndAdd()
    {
        QTemporaryDir user;
        writeFile(user.filePath("deepseek.json"),
                  "{\"id\": \"deepseek\", \"baseUrl\": \"https://proxy.example.com/ds\","
                  "\"models\": [{\"id\": \"deepseek-chat\", \"contextWindow\": 64000},"
                  "{\"id\": \"deepseek-coder-next\", \"contextWindow\": 32000,"
                  "\"maxOutputTokens\": 4096}]}");
        writeFile(user.filePath("lab.json"), "{\"id\": \"lab\", \"protocol\": \"openai\", "
                                             "\"baseUrl\": \"http://10.0.0.5:8000/v1\"}");
        const PresetCatalog builtin = PresetCatalog::load(":/presets", {});
        const PresetCatalog catalog = PresetCatalog::load(":/presets", user.path());
        QVERIFY(catalog.problems().isEmpty());

        const Preset deepseek = catalog.preset("deepseek");
        QCOMPARE(deepseek.baseUrl, QUrl("https://proxy.example.com/ds"));
        QCOMPARE(deepseek.protocol, QStringLiteral("openai")); // kept from the built-in
        QCOMPARE(deepseek.origin, user.filePath("deepseek.json"));
        QCOMPARE(deepseek.models.size(), builtin.preset("deepseek").models.size() + 1);
        QCOMPARE(deepseek.model("deepseek-chat").contextWindow, 64000);
        // The rest of an overridden model stays as the catalogue had it.
        QCOMPARE(deepseek.model("deepseek-chat").price.outputMicrosPerMTok,
                 builtin.preset("deepseek").model("deepseek-chat").price.outputMicrosPerMTok);
        QCOMPARE(deepseek.model("deepseek-coder-next").maxOutputTokens, 4096);

        const Preset lab = catalog.preset("lab");
        QVERIFY(lab.isValid());
        QCOMPARE(lab.authStyle, Baton::Sdk::AuthStyle::Bearer);
        QVERIFY(lab.models.isEmpty());
    }

    void brokenFilesAreReportedAndSkipped()
    {
        QTemporaryDir user;
        writeFile(user.filePath("a-bad-json.json"), "{ not json");
        writeFile(user.filePath("b-no-protocol.json"),
                  "{\"id\": \"x\", \"baseUrl\": \"https://x.io\"}");
        writeFile(user.filePath("c-bad-url.json"),
                  "{\"id\": \"y\", \"protocol\": \"openai\", \"baseUrl\": \"ftp://y\"}");
        writeFile(user.filePath("d-bad-auth.json"),
                  "{\"id\": \"z\", \"protocol\": \"openai\", \"baseUrl\": \"https://z.io\","
                  "\"authStyle\": \"basic\"}");
        writeFile(user.filePath("e-good.json"),
                  "{\"id\": \"good\", \"protocol\": \"anthropic\", \"baseUrl\": \"https://g.io\"}");
        const PresetCatalog catalog = PresetCatalog::load(":/presets", user.path());
        QCOMPARE(catalog.problems().size(), 4);
        QVERIFY(catalog.problems().at(0).message.contains("JSON"));
        QVERIFY(catalog.problems().at(1).message.contains("protocol"));
        QVERIFY(catalog.problems().at(2).message.contains("baseUrl"));
        QVERIFY(catalog.problems().at(3).message.contains("authStyle"));
        QVERIFY(catalog.preset("good").isValid());
        QVERIFY(catalog.preset("anthropic").isValid());
    }

    void environmentOverridesBaseUrls()
    {
        PresetCatalog catalog = PresetCatalog::load(":/presets", {});
        QProcessEnvironment environment;
        environment.insert("ANTHROPIC_BASE_URL", "https://open.bigmodel.cn/api/anthropic/");
        environment.insert("OPENAI_BASE_URL", "http://127.0.0.1:9999/v1");
        environment.insert("OLLAMA_HOST", "127.0.0.1:11500");
        catalog.applyEnvironment(environment);
        QCOMPARE(catalog.preset("anthropic").baseUrl,
                 QUrl("https://open.bigmodel.cn/api/anthropic"));
        QCOMPARE(catalog.preset("openai").baseUrl, QUrl("http://127.0.0.1:9999/v1"));
        QCOMPARE(catalog.preset("ollama").baseUrl, QUrl("http://127.0.0.1:11500"));
        QCOMPARE(catalog.preset("deepseek").baseUrl, QUrl("https://api.deepseek.com"));
    }

    void unknownModelsAreSentAsGiven()
    {
        const PresetCatalog catalog = PresetCatalog::load(":/presets", {});
        const PresetModel model = catalog.preset("zhipu").model("glm-9-future");
        QCOMPARE(model.id, QStringLiteral("glm-9-future"));
        QVERIFY(!model.inCatalogue);
        QVERIFY(!model.price.isKnown());
        QCOMPARE(model.price.costMicros({1000, 1000, 0, 0}), -1);
    }

    void costFromPrices()
    {
        Price price;
        price.currency = "USD";
        price.inputMicrosPerMTok = 280'000;  // $0.28
        price.outputMicrosPerMTok = 420'000; // $0.42
        price.cacheReadMicrosPerMTok = 28'000;
        QCOMPARE(price.costMicros({1'000'000, 1'000'000, 0, 0}), 700'000);
        QCOMPARE(price.costMicros({0, 0, 1'000'000, 0}), 28'000);
        // Cache writes without their own price cost as input.
        QCOMPARE(price.costMicros({0, 0, 0, 1'000'000}), 280'000);
        QCOMPARE(price.costMicros({1234, 567, 0, 0}), 584); // 345.52 + 238.14 micro-dollars
    }

    void modelReferences_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("model");
        QTest::newRow("simple") << "deepseek/deepseek-chat" << true << "deepseek"
                                << "deepseek-chat";
        QTest::newRow("nested") << "openrouter/anthropic/claude-sonnet-4.5" << true << "openrouter"
                                << "anthropic/claude-sonnet-4.5";
        QTest::newRow("no model") << "deepseek/" << false << ""
                                  << "";
        QTest::newRow("no preset") << "/x" << false << ""
                                   << "";
        QTest::newRow("no slash") << "deepseek" << false << ""
                                  << "";
    }

    void modelReferences()
    {
        QFETCH(QString, reference);
        QFETCH(bool, ok);
        QString preset;
        QString model;
        QCOMPARE(PresetCatalog::splitModelReference(reference, &preset, &model), ok);
        if (ok) {
            QTEST(preset, "preset");
            QTEST(model, "model");
        }
    }
};

QTEST_GUILESS_MAIN(TestPresetCatalog)
#include "tst_presetcatalog.moc"
