// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/solo/secretfilter.h"

#include <QtCore/QStandardPaths>
#include <QtTest/QTest>

using namespace Baton::Core;

static QString L(const char *text)
{
    return QString::fromUtf8(text);
}

// Key-shaped values are put together at run time, so that secret scanners do not flag this
// file; none of them is a real key.
static QString fake(const char *prefix, int length)
{
    static const QString alphabet = L("a7Kq2Zp9Xw4Rm8Tn3Ys6Vb1Lc5Hd0Jf");
    QString value = L(prefix);
    for (int i = 0; i < length; ++i)
        value += alphabet.at((i * 7 + 3) % alphabet.size());
    return value;
}

static QString upperFake(const char *prefix, int length)
{
    static const QString alphabet = L("A7KQ2ZP9XW4RM8TN3YS6VB1LC5HD0JF");
    QString value = L(prefix);
    for (int i = 0; i < length; ++i)
        value += alphabet.at((i * 5 + 1) % alphabet.size());
    return value;
}

class TestSecretFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void secretFileNames_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("secret");
        QTest::newRow(".env") << L(".env") << true;
        QTest::newRow("nested .env") << L("services/api/.env") << true;
        QTest::newRow(".env.local") << L(".env.local") << true;
        QTest::newRow(".env.production") << L("app/.env.production") << true;
        QTest::newRow(".env.example") << L(".env.example") << false;
        QTest::newRow(".env.template") << L(".env.template") << false;
        QTest::newRow("pem") << L("certs/server.pem") << true;
        QTest::newRow("key") << L("tls/private.key") << true;
        QTest::newRow("p12") << L("signing.p12") << true;
        QTest::newRow("id_rsa") << L("deploy/id_rsa") << true;
        QTest::newRow("id_ed25519") << L("id_ed25519") << true;
        QTest::newRow("id_ecdsa_sk") << L("id_ecdsa_sk") << true;
        QTest::newRow("public half") << L("id_ed25519.pub") << false;
        QTest::newRow("id_ source") << L("src/id_generator.py") << false;
        QTest::newRow("netrc") << L(".netrc") << true;
        QTest::newRow("environment.ts") << L("src/environment.ts") << false;
        QTest::newRow("keyboard.c") << L("keyboard.c") << false;
        QTest::newRow("README") << L("README.md") << false;
        QTest::newRow("dot key") << L(".key") << false;
    }

    void secretFileNames()
    {
        QFETCH(QString, path);
        QFETCH(bool, secret);
        QCOMPARE(SecretFilter::isSecretPath(path), secret);
    }

    void secretFilesAreWithheldUnlessAllowed()
    {
        SecretFilter filter;
        const QString content = L("DATABASE_URL=postgres://localhost/app\n");
        const FilteredFile withheld = filter.filterFile(L(".env"), content);
        QVERIFY(withheld.withheld);
        QVERIFY(withheld.text.isEmpty());
        QVERIFY2(withheld.notice.contains(L(".env")) && withheld.notice.contains(L("withheld")),
                 qPrintable(withheld.notice));

        filter.allowPath(L("./.env"));
        QVERIFY(!filter.withholds(L(".env")));
        const FilteredFile allowed = filter.filterFile(L(".env"), content);
        QVERIFY(!allowed.withheld);
        QCOMPARE(allowed.text, content);
        QVERIFY(allowed.notice.isEmpty());
        QVERIFY(filter.withholds(L("other/.env"))); // only the path allowed
    }

    void keyShapedValuesAreRedacted_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kind");
        QTest::newRow("openai") << fake("sk-proj-", 40) << L("sk-");
        QTest::newRow("anthropic") << fake("sk-ant-api03-", 60) << L("sk-");
        QTest::newRow("deepseek") << fake("sk-", 32) << L("sk-");
        QTest::newRow("aws") << upperFake("AKIA", 16) << L("AWS");
        QTest::newRow("aws temporary") << upperFake("ASIA", 16) << L("AWS");
        QTest::newRow("github classic") << fake("ghp_", 36) << L("GitHub");
        QTest::newRow("github oauth") << fake("gho_", 36) << L("GitHub");
        QTest::newRow("github fine-grained") << fake("github_pat_", 60) << L("GitHub");
        QTest::newRow("slack bot") << fake("xoxb-", 40) << L("Slack");
        QTest::newRow("slack user") << fake("xoxp-1234-", 30) << L("Slack");
        QTest::newRow("google") << fake("AIza", 35) << L("Google");
    }

    void keyShapedValuesAreRedacted()
    {
        QFETCH(QString, secret);
        QFETCH(QString, kind);
        const SecretFilter filter;
        const QString text = L("line one\nclient = Client(\"") + secret + L("\")\nline three\n");
        const FilteredText filtered = filter.filterText(text);
        QVERIFY2(!filtered.text.contains(secret), qPrintable(filtered.text));
        QVERIFY(filtered.text.contains(L("[REDACTED")));
        QVERIFY(filtered.text.startsWith(L("line one\nclient = Client(\"")));
        QVERIFY(filtered.text.endsWith(L("\")\nline three\n")));
        QCOMPARE(filtered.redactions.size(), 1);
        QVERIFY2(filtered.redactions.first().kind.contains(kind),
                 qPrintable(filtered.redactions.first().kind));
        QCOMPARE(filtered.redactions.first().line, 2);
    }

    void privateKeyBlocksKeepTheLineCount()
    {
        const SecretFilter filter;
        const QString text = L("before\n-----BEGIN OPENSSH PRIVATE KEY-----\n") + fake("", 64)
                             + L("\n") + fake("", 64)
                             + L("\n-----END OPENSSH PRIVATE KEY-----\nafter\n");
        const FilteredText filtered = filter.filterText(text);
        QVERIFY(!filtered.text.contains(fake("", 64)));
        QCOMPARE(filtered.text.count(u'\n'), text.count(u'\n'));
        QVERIFY(filtered.text.startsWith(L("before\n[REDACTED private key block]")));
        QVERIFY(filtered.text.endsWith(L("\nafter\n")));
        QCOMPARE(filtered.redactions.size(), 1);
        QCOMPARE(filtered.redactions.first().line, 2);

        // A block cut off (no END line) is redacted to the end.
        const FilteredText cut
            = filter.filterText(L("-----BEGIN RSA PRIVATE KEY-----\n") + fake("", 64));
        QVERIFY(!cut.text.contains(fake("", 64)));
    }

    void secretsAssignedToKeyNames_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("redacted");
        const QString random = fake("", 32);
        QTest::newRow("env") << L("API_KEY=") + random << true;
        QTest::newRow("export") << L("export STRIPE_SECRET=") + random << true;
        QTest::newRow("quoted") << L("SESSION_TOKEN=\"") + random + L("\"") << true;
        QTest::newRow("json") << L("  \"client_secret\": \"") + random + L("\",") << true;
        QTest::newRow("yaml") << L("db_password: ") + random << true;
        QTest::newRow("camelCase") << L("const apiKey = '") + random + L("';") << true;
        QTest::newRow("bare TOKEN") << L("TOKEN=") + random << true;
        QTest::newRow("placeholder") << L("API_KEY=your-api-key-here") << false;
        QTest::newRow("short") << L("API_KEY=abc123") << false;
        QTest::newRow("variable") << L("API_KEY=${API_KEY}") << false;
        QTest::newRow("env lookup") << L("apiKey = process.env.OPENAI_API_KEY") << false;
        QTest::newRow("not a key name") << L("monkey = ") + random << false;
        QTest::newRow("upper not a key name") << L("MONKEY=") + random << false;
        QTest::newRow("ordinary value") << L("name = ") + random << false;
        QTest::newRow("words") << L("SECRET_KEY=correcthorsebatterystaple") << false;
    }

    void secretsAssignedToKeyNames()
    {
        QFETCH(QString, line);
        QFETCH(bool, redacted);
        const SecretFilter filter;
        const FilteredText filtered = filter.filterText(line);
        QCOMPARE(!filtered.redactions.isEmpty(), redacted);
        QCOMPARE(filtered.text != line, redacted);
        if (redacted) {
            // The name stays, so that the model knows the setting exists.
            const QString name = line.section(QRegularExpression(L("[=:]")), 0, 0);
            QVERIFY2(filtered.text.startsWith(name), qPrintable(filtered.text));
            QVERIFY(!filtered.text.contains(fake("", 32)));
        }
    }

    void fileReportsWhatWasRedacted()
    {
        const SecretFilter filter;
        const QString content = L("import os\nKEY = \"") + fake("sk-", 40) + L("\"\n\nAWS = \"")
                                + upperFake("AKIA", 16) + L("\"\n");
        const FilteredFile file = filter.filterFile(L("src/config.py"), content);
        QVERIFY(!file.withheld);
        QCOMPARE(file.redactions.size(), 2);
        QCOMPARE(file.redactions.at(0).line, 2);
        QCOMPARE(file.redactions.at(1).line, 4);
        QVERIFY2(file.notice.contains(L("line 2")) && file.notice.contains(L("line 4"))
                     && file.notice.contains(L("src/config.py")),
                 qPrintable(file.notice));
        QCOMPARE(file.text.count(u'\n'), content.count(u'\n'));

        SecretFilter off;
        off.setRedactValues(false);
        QCOMPARE(off.filterFile(L("src/config.py"), content).text, content);
        QVERIFY(off.filterFile(L(".env"), content).withheld); // files stay withheld

        const FilteredFile clean = filter.filterFile(L("README.md"), L("# hello\n"));
        QVERIFY(clean.redactions.isEmpty());
        QVERIFY(clean.notice.isEmpty());
        QCOMPARE(clean.text, L("# hello\n"));
    }
};

QTEST_GUILESS_MAIN(TestSecretFilter)
#include "tst_secretfilter.moc"
