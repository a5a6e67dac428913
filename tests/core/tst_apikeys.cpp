// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/providers/presetcatalog.h"
#include "core/secrets/apikeys.h"

#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUuid>
#include <QtTest/QTest>

#include <optional>

using namespace Baton::Core;

// Runs against the real Secret Service of the test session (packaging/test-session).
class TestApiKeys : public QObject
{
    Q_OBJECT

private:
    PresetCatalog m_catalog = PresetCatalog::load(":/presets", {});

    std::pair<ApiKey, QString> find(ApiKeys &keys, const Preset &preset)
    {
        std::optional<std::pair<ApiKey, QString>> result;
        keys.find(preset, this, [&](const ApiKey &key, const QString &problem) {
            result = {key, problem};
        });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return {ApiKey{}, "timed out"};
        return *result;
    }

    SecretStatus writeKeyring(SecretStore &store, const QString &name, const QByteArray &secret)
    {
        std::optional<SecretStatus> status;
        store.write(name, secret, this, [&](const SecretResult &r) { status = r.status; });
        (void)QTest::qWaitFor([&] { return status.has_value(); }, 20000);
        return status.value_or(SecretStatus::Failed);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void environmentFollowsClaudeCodeConventions()
    {
        const Preset anthropic = m_catalog.preset("anthropic");
        QProcessEnvironment environment;
        environment.insert("ANTHROPIC_API_KEY", "sk-ant-x");
        ApiKey key = ApiKeys::fromEnvironment(anthropic, environment);
        QCOMPARE(key.secret, QByteArray("sk-ant-x"));
        QCOMPARE(key.authStyle, Baton::Sdk::AuthStyle::XApiKey);
        QCOMPARE(key.source, QStringLiteral("ANTHROPIC_API_KEY"));

        environment.insert("ANTHROPIC_AUTH_TOKEN", "glm-token");
        key = ApiKeys::fromEnvironment(anthropic, environment);
        QCOMPARE(key.secret, QByteArray("glm-token"));
        QCOMPARE(key.authStyle, Baton::Sdk::AuthStyle::Bearer);

        QProcessEnvironment deepseek;
        deepseek.insert("DEEPSEEK_API_KEY", "  sk-ds  \n");
        QCOMPARE(ApiKeys::fromEnvironment(m_catalog.preset("deepseek"), deepseek).secret,
                 QByteArray("sk-ds"));
        QVERIFY(!ApiKeys::fromEnvironment(m_catalog.preset("openai"), deepseek).isValid());
    }

    void keyringThenKeyFile()
    {
        const QString service = "baton-test-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
        SecretStore keyring(service);
        QTemporaryDir files;
        ApiKeys keys(keyring, QProcessEnvironment());
        keys.setKeyFileDirectory(files.path());
        const Preset moonshot = m_catalog.preset("moonshot");

        auto [none, noProblem] = find(keys, moonshot);
        QVERIFY(!none.isValid());
        QVERIFY2(noProblem.isEmpty(), qPrintable(noProblem));

        QVERIFY(ApiKeys::writeKeyFile(files.path(), "moonshot", "sk-file").ok());
        QCOMPARE(QFile::permissions(files.filePath("moonshot")) & 0x0077, QFile::Permissions());
        auto [fromFile, fileProblem] = find(keys, moonshot);
        QCOMPARE(fromFile.secret, QByteArray("sk-file"));
        QVERIFY(fromFile.source.contains("moonshot"));

        QCOMPARE(writeKeyring(keyring, ApiKeys::keyringName("moonshot"), "sk-keyring"),
                 SecretStatus::Ok);
        auto [fromKeyring, keyringProblem] = find(keys, moonshot);
        QCOMPARE(fromKeyring.secret, QByteArray("sk-keyring"));
        QCOMPARE(fromKeyring.authStyle, Baton::Sdk::AuthStyle::Bearer);

        // The environment wins over both.
        QProcessEnvironment environment;
        environment.insert("MOONSHOT_API_KEY", "sk-env");
        ApiKeys withEnvironment(keyring, environment);
        QCOMPARE(find(withEnvironment, moonshot).first.secret, QByteArray("sk-env"));
    }

    void keyFileReadableByOthersIsRefused()
    {
        QTemporaryDir files;
        QVERIFY(ApiKeys::writeKeyFile(files.path(), "qwen", "sk-q").ok());
        QVERIFY(QFile::setPermissions(files.filePath("qwen"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        const Result<ApiKey> read = ApiKeys::readKeyFile(files.path(), m_catalog.preset("qwen"));
        QVERIFY(!read.ok());
        QVERIFY(read.errorMessage().contains("chmod 600"));
    }

    void localServersNeedNoKey()
    {
        SecretStore keyring("baton-test-unused");
        ApiKeys keys(keyring, QProcessEnvironment());
        auto [key, problem] = find(keys, m_catalog.preset("ollama"));
        QVERIFY(!key.isValid());
        QVERIFY(problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiKeys)
#include "tst_apikeys.moc"
