// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/secrets/secretstore.h"

#include <QtCore/QDirIterator>
#include <QtCore/QStandardPaths>
#include <QtCore/QUuid>
#include <QtTest/QTest>

#include <optional>

using namespace Baton::Core;

// Runs against the real Secret Service of the test session (packaging/test-session starts a
// private D-Bus session with GNOME Keyring).
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    SecretResult call(const std::function<void(SecretStore::Callback)> &start)
    {
        std::optional<SecretResult> result;
        int calls = 0;
        start([&](const SecretResult &r) {
            result = r;
            ++calls;
        });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return SecretResult{SecretStatus::Failed, {}, QStringLiteral("timed out")};
        QTest::qWait(0); // let a (wrong) second callback through, if there were one
        [&] { QCOMPARE(calls, 1); }();
        return *result;
    }

    SecretResult read(SecretStore &store, const QString &name)
    {
        return call([&](SecretStore::Callback done) { store.read(name, this, done); });
    }
    SecretResult write(SecretStore &store, const QString &name, const QByteArray &secret)
    {
        return call([&](SecretStore::Callback done) { store.write(name, secret, this, done); });
    }
    SecretResult remove(SecretStore &store, const QString &name)
    {
        return call([&](SecretStore::Callback done) { store.remove(name, this, done); });
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void storesReadsReplacesAndRemovesAKey()
    {
        const QString service = QStringLiteral("baton-test-")
                                + QUuid::createUuid().toString(QUuid::WithoutBraces);
        SecretStore store(service);
        const QString name = QStringLiteral("preset/deepseek");
        const QByteArray secret = "sk-test-" + QUuid::createUuid().toByteArray();

        SecretResult written = write(store, name, secret);
        QVERIFY2(written.status == SecretStatus::Ok, qPrintable(written.message));

        SecretResult got = read(store, name);
        QVERIFY2(got.status == SecretStatus::Ok, qPrintable(got.message));
        QCOMPARE(got.value, secret);

        // A second store (as after a restart) finds the same key.
        SecretStore again(service);
        QCOMPARE(read(again, name).value, secret);

        const QByteArray replaced = "sk-replaced-密钥";
        QCOMPARE(write(store, name, replaced).status, SecretStatus::Ok);
        QCOMPARE(read(store, name).value, replaced);

        QCOMPARE(remove(store, name).status, SecretStatus::Ok);
        SecretResult gone = read(store, name);
        QCOMPARE(gone.status, SecretStatus::NotFound);
        QVERIFY(gone.value.isEmpty());
        QVERIFY(!gone.message.isEmpty());
    }

    void missingKeyIsNotFound()
    {
        SecretStore store(QStringLiteral("baton-test-") + QUuid::createUuid().toString());
        QCOMPARE(read(store, QStringLiteral("never-written")).status, SecretStatus::NotFound);
    }

    void keyNeverLandsInSettingsOrDataFiles()
    {
        SecretStore store(QStringLiteral("baton-test-") + QUuid::createUuid().toString());
        const QByteArray secret = "sk-must-not-leak-" + QUuid::createUuid().toByteArray();
        QCOMPARE(write(store, QStringLiteral("k"), secret).status, SecretStatus::Ok);
        const QList<QStandardPaths::StandardLocation> locations = {
            QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
            QStandardPaths::AppDataLocation, QStandardPaths::GenericCacheLocation};
        for (QStandardPaths::StandardLocation location : locations) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly))
                    QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
            }
        }
        QCOMPARE(remove(store, QStringLiteral("k")).status, SecretStatus::Ok);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
