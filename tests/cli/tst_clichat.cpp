// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
//
// `baton chat` and `baton models` as a script would run them: the real binary, presets in a
// config directory, the test echo plugin on BATON_PLUGIN_PATH, scripted local servers.

#include "../support/scriptedserver.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

static QJsonObject ok(const QString &body)
{
    return {{"status", 200}, {"body", body}, {"chunkBytes", 4}};
}

static QJsonObject status(int code, const QString &body, const QJsonObject &headers = {})
{
    return {{"status", code}, {"headers", headers}, {"body", body}};
}

struct Run
{
    int exitCode = -1; // -1: crashed or never finished (see `what`)
    QByteArray out;
    QByteArray err;
    QByteArray what; // how the process ended, with its standard error, for failure messages

    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                objects.append(QJsonDocument::fromJson(line).object());
        }
        return objects;
    }
    QStringList types() const
    {
        QStringList names;
        for (const QJsonObject &object : lines())
            names.append(object.value("type").toString());
        return names;
    }
};

class TestCliChat : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QTemporaryDir m_data;
    std::unique_ptr<ScriptedServer> m_alpha;
    std::unique_ptr<ScriptedServer> m_beta;

    void writePreset(const QString &id, int port)
    {
        QDir().mkpath(m_config.filePath("baton/presets"));
        QFile file(m_config.filePath("baton/presets/" + id + ".json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(
                QJsonObject{
                    {"id", id},
                    {"displayName", id.toUpper()},
                    {"protocol", "testecho"},
                    {"baseUrl", QString("http://127.0.0.1:%1").arg(port)},
                    {"keyEnvironment",
                     QJsonArray{QJsonObject{{"name", QString(id.toUpper() + "_KEY")}}}},
                    {"models", QJsonArray{QJsonObject{{"id", "m1"},
                                                      {"contextWindow", 1000},
                                                      {"maxOutputTokens", 100},
                                                      {"price", QJsonObject{{"currency", "CNY"},
                                                                            {"input", 2.0},
                                                                            {"output", 8.0}}}}}}})
                .toJson());
    }

    void serve(const QJsonArray &alpha, const QJsonArray &beta = {})
    {
        m_alpha = std::make_unique<ScriptedServer>(alpha, QString());
        m_beta = std::make_unique<ScriptedServer>(beta, QString());
        QVERIFY(m_alpha->listen());
        QVERIFY(m_beta->listen());
        writePreset("alpha", m_alpha->port());
        writePreset("beta", m_beta->port());
        writePreset("dead", 9);
    }

    Run baton(const QStringList &arguments, const QByteArray &input = {},
              const QHash<QString, QString> &extraEnvironment = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("XDG_CONFIG_HOME", m_config.path());
        environment.insert("XDG_DATA_HOME", m_data.path());
        environment.insert("BATON_PLUGIN_PATH",
                           QFileInfo(QStringLiteral(BATON_TEST_ECHO_PLUGIN)).absolutePath());
        environment.insert("ALPHA_KEY", "sk-alpha-secret");
        environment.insert("BETA_KEY", "sk-beta-secret");
        environment.insert("DEAD_KEY", "sk-dead-secret");
        environment.insert("LANGUAGE", "en");
        environment.insert("LC_ALL", "C.UTF-8");
        environment.insert("ASAN_OPTIONS", "detect_leaks=0");
        for (auto it = extraEnvironment.begin(); it != extraEnvironment.end(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(BATON_BINARY_DIR "/bin/baton"), arguments);
        if (!input.isNull()) {
            process.write(input);
        }
        process.closeWriteChannel();
        // The servers live in this process: spin the event loop while baton runs. A run takes
        // well under a second, but an ASan build on a loaded machine can take tens of seconds
        // to start: wait long, and when even that is not enough, say so (a process that is
        // killed here or that crashes is told apart from one that answered -1).
        Run run;
        if (!finished.wait(180000)) {
            process.kill();
            process.waitForFinished(30000);
            run.what = "did not finish within 180 s; killed";
        } else if (process.exitStatus() == QProcess::CrashExit) {
            run.what = "crashed (" + process.errorString().toUtf8() + ")";
        } else {
            run.exitCode = process.exitCode();
            run.what = "exited with code " + QByteArray::number(run.exitCode);
        }
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        run.what = "baton " + arguments.join(u' ').toUtf8() + " " + run.what + " after "
                   + QByteArray::number(clock.elapsed()) + " ms; stderr:\n" + run.err;
        return run;
    }

private Q_SLOTS:
    void textGoesToStandardOutput()
    {
        serve({ok("text: Hello\ntext:  world\nusage: 1000 500\nstop: end_turn\n")});
        const Run run = baton({"chat", "--model", "alpha/m1", "say", "hello"});
        QVERIFY2(run.exitCode == 0, run.what.constData());
        QCOMPARE(run.out, QByteArray("Hello world\n"));
        QCOMPARE(m_alpha->requests().first().body, QByteArray("say hello"));
        QCOMPARE(m_alpha->requests().first().header("authorization"),
                 QByteArray("Bearer sk-alpha-secret"));
    }

    void streamJsonFollowsTheContract()
    {
        serve({ok("text: Hi\nusage: 1000 500\nstop: end_turn\n")});
        const Run run
            = baton({"chat", "--model", "alpha/m1", "--output-format", "stream-json", "hi"});
        QVERIFY2(run.exitCode == 0, run.what.constData());
        QCOMPARE(run.types(), QStringList({"text", "usage", "stop"}));
        const QList<QJsonObject> lines = run.lines();
        QCOMPARE(lines[0].value("text").toString(), QStringLiteral("Hi"));
        QCOMPARE(lines[1].value("input_tokens").toInt(), 1000);
        QCOMPARE(lines[1].value("output_tokens").toInt(), 500);
        QCOMPARE(lines[1].value("cost").toDouble(), 0.006);
        QCOMPARE(lines[1].value("currency").toString(), QStringLiteral("CNY"));
        QCOMPARE(lines[1].value("model").toString(), QStringLiteral("alpha/m1"));
        QCOMPARE(lines[2].value("reason").toString(), QStringLiteral("end_turn"));

        // The request is in the usage log, with its cost.
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "usage");
        db.setDatabaseName(m_data.filePath("baton/baton.sqlite3"));
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec("SELECT preset, model, input_tokens, output_tokens, cost_micros, "
                               "currency FROM usage_events ORDER BY id DESC LIMIT 1"));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("alpha"));
            QCOMPARE(query.value(1).toString(), QStringLiteral("m1"));
            QCOMPARE(query.value(2).toInt(), 1000);
            QCOMPARE(query.value(3).toInt(), 500);
            QCOMPARE(query.value(4).toLongLong(), 6000);
            QCOMPARE(query.value(5).toString(), QStringLiteral("CNY"));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase("usage");
    }

    void promptFromStandardInput()
    {
        serve({ok("text: ok\nstop: end_turn\n")});
        const Run run = baton({"chat", "--model", "alpha/m1"}, "从标准输入来的问题\n");
        QVERIFY2(run.exitCode == 0, run.what.constData());
        QCOMPARE(m_alpha->requests().first().body, QByteArray("从标准输入来的问题"));
    }

    void failoverIsVisibleAndTheAnswerArrives()
    {
        serve({status(403, "Request not allowed")}, {ok("text: from beta\nstop: end_turn\n")});
        const Run json = baton({"chat", "--model", "alpha/m1", "--route", "beta/m1",
                                "--output-format", "stream-json", "hi"});
        QVERIFY2(json.exitCode == 0, json.what.constData());
        QCOMPARE(json.types(), QStringList({"failover", "text", "stop"}));
        const QJsonObject failover = json.lines().first();
        QCOMPARE(failover.value("from").toString(), QStringLiteral("alpha/m1"));
        QCOMPARE(failover.value("to").toString(), QStringLiteral("beta/m1"));
        QCOMPARE(failover.value("kind").toString(), QStringLiteral("forbidden"));
        QCOMPARE(failover.value("status").toInt(), 403);

        serve({status(403, "Request not allowed")}, {ok("text: from beta\nstop: end_turn\n")});
        const Run text
            = baton({"chat", "--route", "alpha/m1,beta/m1", "--model", "alpha/m1", "hi"});
        QVERIFY2(text.exitCode == 0, text.what.constData());
        QCOMPARE(text.out, QByteArray("from beta\n"));
        QVERIFY2(text.err.contains("continuing on beta/m1"), text.err.constData());
    }

    void exitCodesTellFailuresApart_data()
    {
        QTest::addColumn<QJsonObject>("response");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("kind");
        QTest::newRow("auth") << status(401, "invalid key") << 10 << "auth";
        QTest::newRow("forbidden") << status(403, "region") << 11 << "forbidden";
        QTest::newRow("rate-limited")
            << status(429, "slow", QJsonObject{{"retry-after", "0"}}) << 12 << "rate_limited";
        QTest::newRow("server") << status(500, "boom") << 16 << "server";
        QTest::newRow("bad request") << status(400, "no such model") << 17 << "bad_request";
        QTest::newRow("protocol") << ok("text: cut short\n") << 15 << "protocol";
    }

    void exitCodesTellFailuresApart()
    {
        QFETCH(QJsonObject, response);
        QFETCH(int, exitCode);
        QFETCH(QString, kind);
        serve({response, response, response});
        const Run run = baton({"chat", "--model", "alpha/m1", "--retries", "0", "--output-format",
                               "stream-json", "hi"});
        QVERIFY2(run.exitCode == exitCode, run.what.constData());
        QCOMPARE(run.lines().last().value("type").toString(), QStringLiteral("error"));
        QCOMPARE(run.lines().last().value("kind").toString(), kind);
    }

    void networkFailureExitCode()
    {
        serve({});
        const Run run = baton({"chat", "--model", "dead/m1", "--retries", "0", "hi"});
        QVERIFY2(run.exitCode == 14, run.what.constData());
        QVERIFY(!run.err.isEmpty());
    }

    void baseUrlReplacesThePresetsOwn()
    {
        serve({ok("text: via override\nstop: end_turn\n")});
        const Run run = baton({"chat", "--model", "dead/m1", "--base-url",
                               QString("http://127.0.0.1:%1").arg(m_alpha->port()), "hi"});
        QVERIFY2(run.exitCode == 0, run.what.constData());
        QCOMPARE(run.out, QByteArray("via override\n"));
        QCOMPARE(m_alpha->requests().first().header("authorization"),
                 QByteArray("Bearer sk-dead-secret"));
    }

    void keysNeverReachTheOutput()
    {
        serve({status(401, "invalid")}, {ok("text: fine\nstop: end_turn\n")});
        const Run run = baton({"chat", "--route", "alpha/m1,beta/m1", "--model", "alpha/m1",
                               "--output-format", "stream-json", "hi"});
        QVERIFY2(run.exitCode == 0, run.what.constData());
        for (const QByteArray &secret :
             {QByteArray("sk-alpha-secret"), QByteArray("sk-beta-secret")}) {
            QVERIFY(!run.out.contains(secret));
            QVERIFY(!run.err.contains(secret));
        }
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no model") << QStringList{"chat", "hi"};
        QTest::newRow("unknown preset") << QStringList{"chat", "--model", "nosuch/m", "hi"};
        QTest::newRow("bad thinking")
            << QStringList{"chat", "--model", "alpha/m1", "--thinking", "lots", "hi"};
        QTest::newRow("bad route")
            << QStringList{"chat", "--model", "alpha/m1", "--route", "x", "hi"};
        QTest::newRow("unknown option") << QStringList{"chat", "--model", "alpha/m1", "--frob"};
    }

    void badCommandLines()
    {
        QFETCH(QStringList, arguments);
        serve({});
        const Run run = baton(arguments, "");
        QVERIFY2(run.exitCode == 2, run.what.constData());
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(m_alpha->requests().size(), 0);
    }

    void recordedVendorStreamsFailOverEndToEnd()
    {
        // Anthropic refuses the region; DeepSeek's Anthropic-compatible endpoint answers with a
        // recorded stream. Both go through the real anthropic plugin.
        serve({});
        ScriptedServer anthropic(
            {status(403, "{\"type\":\"error\",\"error\":{\"type\":\"permission_error\","
                         "\"message\":\"Request not allowed\"}}")},
            {});
        ScriptedServer deepseek(
            {QJsonObject{{"status", 200},
                         {"headers", QJsonObject{{"content-type", "text/event-stream"}}},
                         {"bodyFile", "anthropic-text.sse"},
                         {"chunkBytes", 7}}},
            QStringLiteral(BATON_PROVIDER_FIXTURES_DIR));
        QVERIFY(anthropic.listen());
        QVERIFY(deepseek.listen());
        QFile override(m_config.filePath("baton/presets/deepseek-anthropic.json"));
        QVERIFY(override.open(QIODevice::WriteOnly));
        override.write(QString("{\"id\": \"deepseek-anthropic\", "
                               "\"baseUrl\": \"http://127.0.0.1:%1\"}")
                           .arg(deepseek.port())
                           .toUtf8());
        override.close();
        const Run run
            = baton({"chat", "--model", "anthropic/claude-sonnet-4-5", "--route",
                     "deepseek-anthropic/deepseek-chat", "--output-format", "stream-json", "hi"},
                    {},
                    {{"ANTHROPIC_BASE_URL", QString("http://127.0.0.1:%1").arg(anthropic.port())},
                     {"ANTHROPIC_API_KEY", "sk-ant-test"},
                     {"ANTHROPIC_AUTH_TOKEN", ""},
                     {"DEEPSEEK_API_KEY", "sk-ds-test"}});
        QFile::remove(m_config.filePath("baton/presets/deepseek-anthropic.json"));
        QVERIFY2(run.exitCode == 0, run.what.constData());
        const QStringList types = run.types();
        QCOMPARE(types.first(), QStringLiteral("failover"));
        QCOMPARE(types.last(), QStringLiteral("stop"));
        QVERIFY(types.contains("usage"));
        QString text;
        for (const QJsonObject &line : run.lines()) {
            if (line.value("type") == "text")
                text += line.value("text").toString();
        }
        QCOMPARE(text, QStringLiteral("Hello!"));
        QCOMPARE(run.lines().first().value("kind").toString(), QStringLiteral("forbidden"));
        QCOMPARE(anthropic.requests().size(), 1);
        QCOMPARE(anthropic.requests().first().target, QByteArray("/v1/messages"));
        QCOMPARE(anthropic.requests().first().header("x-api-key"), QByteArray("sk-ant-test"));
        QCOMPARE(deepseek.requests().size(), 1);
        QCOMPARE(deepseek.requests().first().header("authorization"),
                 QByteArray("Bearer sk-ds-test"));
        QCOMPARE(QJsonDocument::fromJson(deepseek.requests().first().body)
                     .object()
                     .value("model")
                     .toString(),
                 QStringLiteral("deepseek-chat"));
    }

    void localServersAreDiscovered()
    {
        serve({});
        ScriptedServer llama(
            {QJsonObject{{"status", 200},
                         {"body", "{\"object\":\"list\",\"data\":[{\"id\":"
                                  "\"qwen2.5-coder-7b\",\"object\":\"model\"}]}"}}},
            {});
        QVERIFY(llama.listen());
        QFile override(m_config.filePath("baton/presets/llamacpp.json"));
        QVERIFY(override.open(QIODevice::WriteOnly));
        override.write(QString("{\"id\": \"llamacpp\", \"baseUrl\": \"http://127.0.0.1:%1/v1\"}")
                           .arg(llama.port())
                           .toUtf8());
        override.close();
        // Nothing listens on the Ollama port given: it is reported as not running.
        const Run run = baton({"models", "--json"}, {}, {{"OLLAMA_HOST", "127.0.0.1:9"}});
        QFile::remove(m_config.filePath("baton/presets/llamacpp.json"));
        QVERIFY2(run.exitCode == 0, run.what.constData());
        QJsonObject local;
        QJsonObject ollama;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out).array()) {
            if (value.toObject().value("id") == "llamacpp")
                local = value.toObject();
            if (value.toObject().value("id") == "ollama")
                ollama = value.toObject();
        }
        QVERIFY2(local.value("usable").toBool(), qPrintable(local.value("reason").toString()));
        QCOMPARE(local.value("models").toArray().first().toObject().value("id").toString(),
                 QStringLiteral("qwen2.5-coder-7b"));
        QCOMPARE(llama.requests().first().target, QByteArray("/v1/models"));
        QVERIFY(!ollama.value("usable").toBool());
        QVERIFY(!ollama.value("reason").toString().isEmpty());
    }

    void keysAreStoredInTheKeyringOrAnOwnerOnlyFile()
    {
        serve({});
        const QHash<QString, QString> noVariable{{"SILICONFLOW_API_KEY", ""}};
        const Run set = baton({"keys", "set", "siliconflow"}, "sk-sf-secret\n", noVariable);
        QVERIFY2(set.exitCode == 0, set.what.constData());
        const auto sourceOf = [](const QByteArray &list, const QByteArray &preset) {
            for (const QByteArray &line : list.split('\n')) {
                if (line.startsWith(QByteArray(preset + ' ')))
                    return line.mid(preset.size()).trimmed();
            }
            return QByteArray();
        };
        QCOMPARE(sourceOf(baton({"keys", "list"}, {}, noVariable).out, "siliconflow"),
                 QByteArray("keyring"));
        const Run models = baton({"models", "--json"}, {}, noVariable);
        QVERIFY(!models.out.contains("sk-sf-secret"));
        for (const QJsonValue &value : QJsonDocument::fromJson(models.out).array()) {
            if (value.toObject().value("id") == "siliconflow") {
                QVERIFY(value.toObject().value("usable").toBool());
                QCOMPARE(value.toObject().value("keySource").toString(), QStringLiteral("keyring"));
            }
        }
        QCOMPARE(baton({"keys", "remove", "siliconflow"}, {}, noVariable).exitCode, 0);
        QCOMPARE(sourceOf(baton({"keys", "list"}, {}, noVariable).out, "siliconflow"),
                 QByteArray("none"));

        // Only when asked, and with a warning: an owner-only file.
        const QHash<QString, QString> noQwenVariable{{"DASHSCOPE_API_KEY", ""}};
        const Run file
            = baton({"keys", "set", "qwen", "--file"}, "sk-qwen-secret\n", noQwenVariable);
        QVERIFY2(file.exitCode == 0, file.what.constData());
        QVERIFY(file.err.contains("unencrypted"));
        const QString path = m_config.filePath("baton/keys/qwen");
        QCOMPARE(QFile::permissions(path) & 0x0077, QFile::Permissions());
        QFile stored(path);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll().trimmed(), QByteArray("sk-qwen-secret"));
        QVERIFY(sourceOf(baton({"keys", "list"}, {}, noQwenVariable).out, "qwen")
                    .endsWith("keys/qwen"));
        QCOMPARE(baton({"keys", "remove", "qwen"}, {}, noQwenVariable).exitCode, 0);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(baton({"keys", "set", "nosuch"}, "x\n").exitCode, 2);
        QCOMPARE(baton({"keys", "set", "qwen"}, "").exitCode, 2);
    }

    void modelsShowsAvailability()
    {
        serve({});
        const Run run = baton({"models", "--json"});
        QVERIFY2(run.exitCode == 0, run.what.constData());
        const QJsonArray presets = QJsonDocument::fromJson(run.out).array();
        QJsonObject alpha;
        QJsonObject deepseek;
        for (const QJsonValue &value : presets) {
            if (value.toObject().value("id") == "alpha")
                alpha = value.toObject();
            if (value.toObject().value("id") == "deepseek")
                deepseek = value.toObject();
        }
        QVERIFY(alpha.value("usable").toBool());
        QCOMPARE(alpha.value("keySource").toString(), QStringLiteral("ALPHA_KEY"));
        QCOMPARE(alpha.value("models")
                     .toArray()
                     .first()
                     .toObject()
                     .value("price")
                     .toObject()
                     .value("currency")
                     .toString(),
                 QStringLiteral("CNY"));
        QVERIFY(!deepseek.isEmpty()); // the built-in catalogue is there too
        QVERIFY(!run.out.contains("sk-alpha-secret"));
    }
};

QTEST_GUILESS_MAIN(TestCliChat)
#include "tst_clichat.moc"
