// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
//
// The Solo engine loop end to end: the scripted model served over real HTTP, through the real
// anthropic and openai plugins and the router, working on a real git repository made by the
// test; files, plan, checkpoints and what the engine sent back to the model are asserted.

#include "../support/gitfixture.h"
#include "../support/scriptedmodel.h"
#include "../support/scriptedserver.h"

#include "core/git/gitruntime.h"
#include "core/providers/presetcatalog.h"
#include "core/providers/providerhost.h"
#include "core/router/routersession.h"
#include "core/secrets/apikeys.h"
#include "core/secrets/secretstore.h"
#include "core/solo/checkpoints.h"
#include "core/solo/filetools.h"
#include "core/solo/solorun.h"

#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QStandardPaths>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Baton;
using namespace Baton::Core;
using namespace Qt::StringLiterals;
using ScriptedModel::Protocol;
using ScriptedModel::ToolCall;
using ScriptedModel::Turn;

Q_DECLARE_METATYPE(ScriptedModel::Protocol)

static const QByteArray buggy = "def add(a, b):\n    return a - b\n\n\ndef sub(a, b):\n"
                                "    return a - b\n";
static const QByteArray fixed = "def add(a, b):\n    return a + b\n\n\ndef sub(a, b):\n"
                                "    return a - b\n";

static QJsonObject forbidden(Protocol protocol)
{
    const QByteArray body
        = protocol == Protocol::Anthropic
              ? R"({"type":"error","error":{"type":"permission_error","message":"Request not allowed"}})"
              : R"({"error":{"code":"unsupported_country_region_territory","message":"Country, region, or territory not supported","type":"request_forbidden"}})";
    return {{"status"_L1, 403},
            {"headers"_L1, QJsonObject{{"content-type"_L1, "application/json"_L1}}},
            {"body"_L1, QString::fromUtf8(body)}};
}

static QJsonArray script(Protocol protocol, const QList<Turn> &turns)
{
    QJsonArray responses;
    for (const Turn &turn : turns)
        responses.append(ScriptedModel::response(protocol, turn));
    return responses;
}

static Turn calls(const QList<ToolCall> &toolCalls, const QString &text = {})
{
    Turn turn;
    turn.text = text;
    turn.toolCalls = toolCalls;
    return turn;
}

static QJsonObject planOf(const QList<std::pair<QString, QString>> &steps)
{
    QJsonArray array;
    for (const auto &[title, status] : steps)
        array.append(QJsonObject{{"title"_L1, title}, {"status"_L1, status}});
    return {{"steps"_L1, array}};
}

// Two presets, "first" and "second", speaking `protocol` to two scripted servers; keys in the
// environment; the real plugins loaded by the host.
struct Harness
{
    Protocol protocol;
    QTemporaryDir presets;
    std::unique_ptr<ScriptedServer> first, second;
    PresetCatalog catalog;
    std::unique_ptr<ProviderHost> host;
    std::unique_ptr<SecretStore> keyring;
    std::unique_ptr<ApiKeys> keys;
    QNetworkAccessManager network;
    RouterSession session;
    GitFixture repo;
    GitRuntime git;

    Harness(Protocol which, const QJsonArray &firstScript, const QJsonArray &secondScript = {})
        : protocol(which)
    {
        first = std::make_unique<ScriptedServer>(firstScript, QString());
        second = std::make_unique<ScriptedServer>(secondScript, QString());
        QVERIFY(first->listen());
        QVERIFY(second->listen());
        const bool anthropic = which == Protocol::Anthropic;
        const auto write = [&](const QString &id, quint16 port) {
            QFile file(presets.filePath(id + ".json"_L1));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                QJsonDocument(
                    QJsonObject{
                        {"id"_L1, id},
                        {"protocol"_L1, anthropic ? "anthropic"_L1 : "openai"_L1},
                        {"baseUrl"_L1, u"http://127.0.0.1:%1"_s.arg(port)},
                        {"authStyle"_L1, anthropic ? "x-api-key"_L1 : "bearer"_L1},
                        {"keyEnvironment"_L1,
                         QJsonArray{QJsonObject{{"name"_L1, QString(id.toUpper() + "_KEY"_L1)}}}},
                        {"models"_L1, QJsonArray{QJsonObject{{"id"_L1, "m"_L1},
                                                             {"contextWindow"_L1, 100000},
                                                             {"maxOutputTokens"_L1, 4096}}}}})
                    .toJson());
        };
        write(u"first"_s, first->port());
        write(u"second"_s, second->port());
        catalog = PresetCatalog::load(presets.path(), {});
        host = std::make_unique<ProviderHost>(
            QStringList{QFileInfo(QStringLiteral(BATON_ANTHROPIC_PLUGIN)).absolutePath(),
                        QFileInfo(QStringLiteral(BATON_OPENAI_PLUGIN)).absolutePath()});
        host->scanNow();
        keyring = std::make_unique<SecretStore>("baton-test-unused-"_L1
                                                + QString::number(quintptr(this)));
        QProcessEnvironment environment;
        environment.insert(u"FIRST_KEY"_s, u"sk-first"_s);
        environment.insert(u"SECOND_KEY"_s, u"sk-second"_s);
        keys = std::make_unique<ApiKeys>(*keyring, environment);
        keys->setKeyFileDirectory(presets.filePath(u"no-keys"_s));
        repo.write(u"calc.py"_s, buggy);
        repo.git({u"add"_s, u"."_s});
        repo.git({u"commit"_s, u"-q"_s, u"-m"_s, u"calc"_s});
    }

    std::unique_ptr<SoloRun> run()
    {
        return std::make_unique<SoloRun>(catalog, *host, *keys, network, session);
    }

    SoloSetup setup(const QString &route = u"first/m"_s) const
    {
        SoloSetup setup;
        setup.workspace = repo.path();
        setup.goal = u"Fix add() in calc.py: it subtracts."_s;
        setup.route = FailoverRoute::parse(route).value();
        setup.chat.retry.initialDelayMs = 1;
        setup.chat.timeouts = {10000, 10000, 10000};
        return setup;
    }

    QList<ScriptedModel::ToolResult> resultsIn(const ScriptedServer &server, int request) const
    {
        return ScriptedModel::lastToolResults(protocol, server.requests().at(request).body);
    }
};

// The run's result once it ends (a default result, reason Finished with no run id, if not).
static SoloResult waitForEnd(QSignalSpy &finished)
{
    if (!finished.wait(30000) || finished.isEmpty())
        return {};
    return finished.first().at(0).value<SoloResult>();
}

// An Anthropic turn whose tool call arguments are cut off (not JSON), as a model that hit a
// limit mid-call sends them.
static QJsonObject brokenArguments()
{
    // (Built from JSON objects: moc misreads raw string literals holding quotes.)
    const auto event = [](const char *name, const QJsonObject &data) -> QByteArray {
        return "event: "_ba + name + "\ndata: "_ba
               + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n"_ba;
    };
    const QJsonObject usage{{"input_tokens"_L1, 10}, {"output_tokens"_L1, 1}};
    QByteArray body
        = event("message_start", {{"type"_L1, "message_start"_L1},
                                  {"message"_L1, QJsonObject{{"id"_L1, "msg_1"_L1},
                                                             {"type"_L1, "message"_L1},
                                                             {"role"_L1, "assistant"_L1},
                                                             {"model"_L1, "m"_L1},
                                                             {"content"_L1, QJsonArray()},
                                                             {"stop_reason"_L1, QJsonValue::Null},
                                                             {"usage"_L1, usage}}}});
    body += event("content_block_start",
                  {{"type"_L1, "content_block_start"_L1},
                   {"index"_L1, 0},
                   {"content_block"_L1, QJsonObject{{"type"_L1, "tool_use"_L1},
                                                    {"id"_L1, "toolu_bad"_L1},
                                                    {"name"_L1, "read_file"_L1},
                                                    {"input"_L1, QJsonObject()}}}});
    body += event("content_block_delta",
                  {{"type"_L1, "content_block_delta"_L1},
                   {"index"_L1, 0},
                   {"delta"_L1, QJsonObject{{"type"_L1, "input_json_delta"_L1},
                                            {"partial_json"_L1, "{\"path\": \"calc"_L1}}}});
    body += event("content_block_stop", {{"type"_L1, "content_block_stop"_L1}, {"index"_L1, 0}});
    body += event("message_delta", {{"type"_L1, "message_delta"_L1},
                                    {"delta"_L1, QJsonObject{{"stop_reason"_L1, "tool_use"_L1}}},
                                    {"usage"_L1, QJsonObject{{"output_tokens"_L1, 5}}}});
    body += event("message_stop", {{"type"_L1, "message_stop"_L1}});
    return {{"status"_L1, 200},
            {"headers"_L1, QJsonObject{{"content-type"_L1, "text/event-stream"_L1}}},
            {"body"_L1, QString::fromUtf8(body)}};
}

// An editor with calc.py open: edits to it are recorded, not written.
class FakeEditor : public SoloEditorBridge
{
public:
    QList<std::pair<QString, QJsonObject>> calls;
    bool handles(const QString &relativePath) const override
    {
        return relativePath == "calc.py"_L1;
    }
    Result<QString> call(const QString &name, const QJsonObject &input) override
    {
        calls.append({name, input});
        return u"Edited in the open editor (undoable)."_s;
    }
};

class TestSoloRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void protocols_data()
    {
        QTest::addColumn<Protocol>("which");
        QTest::newRow("anthropic") << Protocol::Anthropic;
        QTest::newRow("openai") << Protocol::OpenAi;
    }

    void fixesABugAndCanBeRolledBack_data() { protocols_data(); }

    void fixesABugAndCanBeRolledBack()
    {
        QFETCH(Protocol, which);
        const QJsonObject editInput{{"path"_L1, "calc.py"_L1},
                                    {"old_text"_L1, "def add(a, b):\n    return a - b"_L1},
                                    {"new_text"_L1, "def add(a, b):\n    return a + b"_L1}};
        Harness h(
            which,
            script(
                which,
                {calls({{{},
                         u"update_plan"_s,
                         planOf({{u"Read calc.py"_s, u"in_progress"_s},
                                 {u"Fix add()"_s, u"pending"_s}})},
                        {{}, u"read_file"_s, {{"path"_L1, "calc.py"_L1}}},
                        {{}, u"launch_rockets"_s, {}}},
                       u"Let me look."_s),
                 calls({{{}, u"edit_file"_s, editInput},
                        {{},
                         u"update_plan"_s,
                         planOf({{u"Read calc.py"_s, u"done"_s}, {u"Fix add()"_s, u"done"_s}})}}),
                 calls({{{}, u"finish"_s, {{"summary"_L1, "add() now adds."_L1}}}})}));
        auto run = h.run();
        QSignalSpy finished(run.get(), &SoloRun::finished);
        QSignalSpy plan(run.get(), &SoloRun::planChanged);
        QSignalSpy checkpoints(run.get(), &SoloRun::checkpointTaken);
        QSignalSpy started(run.get(), &SoloRun::toolCallStarted);
        QSignalSpy results(run.get(), &SoloRun::toolResult);
        QSignalSpy text(run.get(), &SoloRun::textDelta);
        QSignalSpy usage(run.get(), &SoloRun::usage);
        run->start(h.setup());
        const SoloResult result = waitForEnd(finished);

        QCOMPARE(result.reason, SoloStopReason::Finished);
        QCOMPARE(result.summary, u"add() now adds."_s);
        QCOMPARE(result.steps, 3);
        QCOMPARE(result.usage.inputTokens, 3000);
        QCOMPARE(usage.size(), 3);
        QCOMPARE(h.repo.read(u"calc.py"_s), fixed);
        QString streamed;
        for (const QList<QVariant> &delta : text)
            streamed += delta.at(0).toString();
        QCOMPARE(streamed, u"Let me look."_s);

        // The plan as the model set it, twice.
        QCOMPARE(plan.size(), 2);
        const auto last = plan.last().at(0).value<QList<SoloPlanStep>>();
        QCOMPARE(last.size(), 2);
        QCOMPARE(last.at(1).title, u"Fix add()"_s);
        QCOMPARE(last.at(1).status, SoloPlanStep::Status::Done);
        QCOMPARE(run->plan(), last);

        // Every call announced with its input, and answered.
        QCOMPARE(started.size(), 6);
        QCOMPARE(started.at(3).at(1).toString(), u"edit_file"_s);
        QCOMPARE(started.at(3).at(2).toJsonObject(), editInput);
        QCOMPARE(results.size(), 6);

        // What the engine sent: the goal and the tools, then the results.
        const QList<ScriptedServer::Request> requests = h.first->requests();
        QCOMPARE(requests.size(), 3);
        QVERIFY(ScriptedModel::systemPrompt(which, requests.at(0).body)
                    .contains(u"Fix add() in calc.py"_s));
        const QStringList tools = ScriptedModel::toolNames(which, requests.at(0).body);
        for (const QString &name : {u"read_file"_s, u"list_dir"_s, u"edit_file"_s, u"write_file"_s,
                                    u"update_plan"_s, u"finish"_s})
            QVERIFY2(tools.contains(name), qPrintable(name));
        const auto afterRead = h.resultsIn(*h.first, 1);
        QCOMPARE(afterRead.size(), 3);
        QVERIFY(!afterRead.at(0).isError);
        QVERIFY(!afterRead.at(1).isError);
        QVERIFY2(
            afterRead.at(1).text.startsWith(u"     1\tdef add(a, b):\n     2\t    return a - b"_s),
            qPrintable(afterRead.at(1).text));
        QVERIFY(afterRead.at(2).isError);
        QVERIFY(afterRead.at(2).text.contains(u"launch_rockets"_s));
        QVERIFY(afterRead.at(2).text.contains(u"edit_file"_s)); // names the real tools
        const auto afterEdit = h.resultsIn(*h.first, 2);
        QCOMPARE(afterEdit.size(), 2);
        QVERIFY2(!afterEdit.at(0).isError, qPrintable(afterEdit.at(0).text));
        QVERIFY(!afterEdit.at(1).isError);

        // Checkpoints: the start, before the edit, the end; refs under refs/baton/solo/<run>/.
        QVERIFY(Checkpoints::isValidRunId(run->runId()));
        QCOMPARE(result.run, run->runId());
        QCOMPARE(checkpoints.size(), 3);
        QCOMPARE(checkpoints.at(0).at(0).toInt(), 1);
        QCOMPARE(checkpoints.at(1).at(0).toInt(), 2);
        QCOMPARE(checkpoints.at(1).at(1).toString(), u"edit_file calc.py"_s);
        QCOMPARE(checkpoints.at(2).at(0).toInt(), 3);
        const QString refs = h.repo.git({u"for-each-ref"_s, u"--format=%(refname)"_s,
                                         u"refs/baton/solo/"_s + run->runId() + u'/'});
        QCOMPARE(refs.split(u'\n'), QStringList({u"refs/baton/solo/%1/1"_s.arg(run->runId()),
                                                 u"refs/baton/solo/%1/2"_s.arg(run->runId()),
                                                 u"refs/baton/solo/%1/3"_s.arg(run->runId())}));
        QCOMPARE(h.repo.git({u"show"_s, u"refs/baton/solo/%1/2:calc.py"_s.arg(run->runId())})
                     + u'\n',
                 QString::fromUtf8(buggy));

        // Rolling the run back restores the exact bytes.
        Result<Checkpoints> opened = Checkpoints::open(h.repo.path());
        QVERIFY(opened);
        const Result<RollbackOutcome> rolledBack = opened.value().rollback(run->runId());
        QVERIFY2(rolledBack, qPrintable(rolledBack.errorMessage()));
        QCOMPARE(h.repo.read(u"calc.py"_s), buggy);
    }

    void staleEditReachesTheModel_data() { protocols_data(); }

    void staleEditReachesTheModel()
    {
        QFETCH(Protocol, which);
        const QByteArray theirs = "def add(a, b):\n    return b - a  # someone else\n";
        Harness h(which,
                  script(which, {calls({{{}, u"read_file"_s, {{"path"_L1, "calc.py"_L1}}}}),
                                 calls({{{},
                                         u"edit_file"_s,
                                         {{"path"_L1, "calc.py"_L1},
                                          {"old_text"_L1, "return a - b"_L1},
                                          {"new_text"_L1, "return a + b"_L1},
                                          {"replace_all"_L1, true}}}}),
                                 calls({{{}, u"finish"_s, {{"summary"_L1, "gave up"_L1}}}})}));
        // Someone changes the file after the engine read it, before the model's edit arrives.
        QObject::connect(h.first.get(), &ScriptedServer::requestReceived, h.first.get(), [&] {
            if (h.first->requests().size() == 2)
                h.repo.write(u"calc.py"_s, theirs);
        });
        auto run = h.run();
        QSignalSpy finished(run.get(), &SoloRun::finished);
        run->start(h.setup());
        const SoloResult result = waitForEnd(finished);
        QCOMPARE(result.reason, SoloStopReason::Finished);
        QCOMPARE(h.first->requests().size(), 3);
        const auto answer = h.resultsIn(*h.first, 2);
        QCOMPARE(answer.size(), 1);
        QVERIFY(answer.at(0).isError);
        QVERIFY2(answer.at(0).text.contains(u"read_file"_s), qPrintable(answer.at(0).text));
        QCOMPARE(h.repo.read(u"calc.py"_s), theirs);
    }

    void repeatedFailingCallStopsAsALoop_data() { protocols_data(); }

    void repeatedFailingCallStopsAsALoop()
    {
        QFETCH(Protocol, which);
        const Turn again = calls({{{}, u"read_file"_s, {{"path"_L1, "missing.py"_L1}}}});
        Harness h(which, script(which, {again, again, again, again, again}));
        auto run = h.run();
        QSignalSpy finished(run.get(), &SoloRun::finished);
        QSignalSpy checkpoints(run.get(), &SoloRun::checkpointTaken);
        QSignalSpy results(run.get(), &SoloRun::toolResult);
        run->start(h.setup());
        const SoloResult result = waitForEnd(finished);
        QCOMPARE(result.reason, SoloStopReason::LoopDetected);
        QVERIFY(result.message.contains(u"read_file"_s));
        QCOMPARE(h.first->requests().size(), 3);
        QCOMPARE(results.size(), 3);
        QVERIFY(results.last().at(2).toBool());
        // The first and the final checkpoint, even though the run did not finish.
        QCOMPARE(checkpoints.size(), 2);
        QVERIFY(checkpoints.last().at(1).toString().contains(u"loop_detected"_s));
    }

    void noProgressStopsAsALoop()
    {
        const Turn look = calls({{{}, u"list_dir"_s, {{"path"_L1, "."_L1}}}});
        Harness h(Protocol::Anthropic, script(Protocol::Anthropic, {look, look, look, look}));
        auto run = h.run();
        QSignalSpy finished(run.get(), &SoloRun::finished);
        SoloSetup setup = h.setup();
        setup.budget.maxStepsWithoutProgress = 2;
        run->start(setup);
        const SoloResult result = waitForEnd(finished);
        QCOMPARE(result.reason, SoloStopReason::LoopDetected);
        QCOMPARE(h.first->requests().size(), 2);
    }

    void budgetsStopTheRun_data()
    {
        QTest::addColumn<Protocol>("which");
        QTest::addColumn<int>("maxSteps");
        QTest::addColumn<qint64>("maxTokens");
        QTest::addColumn<SoloStopReason>("reason");
        QTest::addColumn<int>("requests");
        QTest::newRow("anthropic steps")
            << Protocol::Anthropic << 2 << qint64(0) << SoloStopReason::StepBudget << 2;
        QTest::newRow("openai steps")
            << Protocol::OpenAi << 2 << qint64(0) << SoloStopReason::StepBudget << 2;
        // Each turn costs 1000 input + 50 output tokens.
        QTest::newRow("anthropic tokens")
            << Protocol::Anthropic << 0 << qint64(3000) << SoloStopReason::TokenBudget << 3;
    }

    void budgetsStopTheRun()
    {
        QFETCH(Protocol, which);
        QFETCH(int, maxSteps);
        QFETCH(qint64, maxTokens);
        QFETCH(SoloStopReason, reason);
        QFETCH(int, requests);
        QList<Turn> turns;
        for (int i = 0; i < 6; ++i) {
            // Progress each turn (a plan change), so only the budget can stop it.
            turns.append(
                calls({{{}, u"update_plan"_s, planOf({{u"Step %1"_s.arg(i), u"in_progress"_s}})}}));
        }
        Harness h(which, script(which, turns));
        auto run = h.run();
        QSignalSpy finished(run.get(), &SoloRun::finished);
        QSignalSpy plan(run.get(), &SoloRun::planChanged);
        SoloSetup setup = h.setup();
        setup.budget.maxSteps = maxSteps;
        setup.budget.maxTokens = maxTokens;
        run->start(setup);
        const SoloResult result = waitForEnd(finished);
        QCOMPARE(result.reason, reason);
        QCOMPARE(result.steps, requests);
        QCOMPARE(h.first->requests().size(), requests);
        QVERIFY(!result.message.isEmpty());
        // A token stop comes before the last turn's tools run.
        QCOMPARE(plan.size(), reason == SoloStopReason::TokenBudget ? requests - 1 : requests);
    }

    void cancelStopsAtOnceAndStillCheckpoints()
    {
        Turn slow = calls({{{}, u"list_dir"_s, {{"path"_L1, "."_L1}}}});
        Harness h(Protocol::Anthropic, script(Protocol::Anthropic, {slow, slow, slow}));
        auto run = h.run();
        QSignalSpy finished(run.get(), &SoloRun::finished);
        QSignalSpy checkpoints(run.get(), &SoloRun::checkpointTaken);
        QSignalSpy results(run.get(), &SoloRun::toolResult);
        connect(run.get(), &SoloRun::toolResult, run.get(), [&] { run->cancel(); });
        run->start(h.setup());
        const SoloResult result = waitForEnd(finished);
        QCOMPARE(result.reason, SoloStopReason::Cancelled);
        QCOMPARE(h.first->requests().size(), 1);
        QCOMPARE(results.size(), 1);
        QCOMPARE(checkpoints.size(), 2);
        QCOMPARE(finished.size(), 1);
    }

    void forbiddenFailsOverAndTheRunGoesOn_data() { protocols_data(); }

    void forbiddenFailsOverAndTheRunGoesOn()
    {
        QFETCH(Protocol, which);
        Harness h(
            which, QJsonArray{forbidden(which)},
            script(which, {calls({{{}, u"read_file"_s, {{"path"_L1, "calc.py"_L1}}}}),
                           calls({{{},
                                   u"edit_file"_s,
                                   {{"path"_L1, "calc.py"_L1},
                                    {"old_text"_L1, "def add(a, b):\n    return a - b"_L1},
                                    {"new_text"_L1, "def add(a, b):\n    return a + b"_L1}}}}),
                           calls({{{}, u"finish"_s, {{"summary"_L1, "fixed"_L1}}}})}));
        auto run = h.run();
        QSignalSpy finished(run.get(), &SoloRun::finished);
        QSignalSpy failover(run.get(), &SoloRun::failedOver);
        run->start(h.setup(u"first/m,second/m"_s));
        const SoloResult result = waitForEnd(finished);
        QCOMPARE(result.reason, SoloStopReason::Finished);
        // The router announces the skip on every turn of the run; the first says why.
        QCOMPARE(failover.size(), 3);
        QCOMPARE(failover.first().at(0).value<RouteEntry>().presetId, u"first"_s);
        QCOMPARE(failover.first().at(1).value<RouteEntry>().presetId, u"second"_s);
        QCOMPARE(failover.first().at(2).value<Sdk::ProviderError>().kind,
                 Sdk::ErrorKind::Forbidden);
        QCOMPARE(h.first->requests().size(), 1);
        QCOMPARE(h.second->requests().size(), 3);
        QCOMPARE(h.repo.read(u"calc.py"_s), fixed);
    }

    void providerErrorStopsTheRun()
    {
        Harness h(Protocol::OpenAi, QJsonArray{forbidden(Protocol::OpenAi)});
        auto run = h.run();
        QSignalSpy finished(run.get(), &SoloRun::finished);
        QSignalSpy checkpoints(run.get(), &SoloRun::checkpointTaken);
        run->start(h.setup());
        const SoloResult result = waitForEnd(finished);
        QCOMPARE(result.reason, SoloStopReason::ProviderError);
        QCOMPARE(result.error.kind, Sdk::ErrorKind::Forbidden);
        QCOMPARE(checkpoints.size(), 2);
        QCOMPARE(h.repo.read(u"calc.py"_s), buggy);
    }

    void wallTimeStopsAStalledRun()
    {
        QJsonObject stalled = ScriptedModel::response(
            Protocol::Anthropic, calls({{{}, u"list_dir"_s, {{"path"_L1, "."_L1}}}}));
        stalled.insert("stallAfterBytes"_L1, 10);
        Harness h(Protocol::Anthropic, QJsonArray{stalled});
        auto run = h.run();
        QSignalSpy finished(run.get(), &SoloRun::finished);
        QSignalSpy checkpoints(run.get(), &SoloRun::checkpointTaken);
        SoloSetup setup = h.setup();
        setup.budget.maxWallTimeMs = 300;
        run->start(setup);
        const SoloResult result = waitForEnd(finished);
        QCOMPARE(result.reason, SoloStopReason::TimeBudget);
        QCOMPARE(checkpoints.size(), 2);
        QCOMPARE(finished.size(), 1);
    }

    void editsOfOpenFilesGoThroughTheEditor()
    {
        const QJsonObject editInput{{"path"_L1, "calc.py"_L1},
                                    {"old_text"_L1, "return a - b"_L1},
                                    {"new_text"_L1, "return a + b"_L1}};
        Harness h(
            Protocol::OpenAi,
            script(Protocol::OpenAi, {calls({{{}, u"edit_file"_s, editInput}}),
                                      calls({{{}, u"finish"_s, {{"summary"_L1, "done"_L1}}}})}));
        FakeEditor editor;
        auto run = h.run();
        run->setEditorBridge(&editor);
        QSignalSpy finished(run.get(), &SoloRun::finished);
        QSignalSpy checkpoints(run.get(), &SoloRun::checkpointTaken);
        run->start(h.setup());
        const SoloResult result = waitForEnd(finished);
        QCOMPARE(result.reason, SoloStopReason::Finished);
        QCOMPARE(editor.calls.size(), 1);
        QCOMPARE(editor.calls.first().first, u"edit_file"_s);
        QCOMPARE(editor.calls.first().second, editInput);
        QCOMPARE(h.repo.read(u"calc.py"_s), buggy); // the disk is the editor's business
        QCOMPARE(checkpoints.size(), 3);            // still checkpointed before the edit
        const auto answer = h.resultsIn(*h.first, 1);
        QCOMPARE(answer.size(), 1);
        QCOMPARE(answer.first().text, u"Edited in the open editor (undoable)."_s);
    }

    void brokenArgumentsAreAToolError()
    {
        QJsonArray responses{brokenArguments()};
        responses.append(ScriptedModel::response(
            Protocol::Anthropic, calls({{{}, u"finish"_s, {{"summary"_L1, "ok"_L1}}}})));
        Harness h(Protocol::Anthropic, responses);
        auto run = h.run();
        QSignalSpy finished(run.get(), &SoloRun::finished);
        run->start(h.setup());
        const SoloResult result = waitForEnd(finished);
        QCOMPARE(result.reason, SoloStopReason::Finished);
        const auto answer = h.resultsIn(*h.first, 1);
        QCOMPARE(answer.size(), 1);
        QCOMPARE(answer.first().toolCallId, u"toolu_bad"_s);
        QVERIFY(answer.first().isError);
        QVERIFY2(answer.first().text.contains(u"not a JSON object"_s),
                 qPrintable(answer.first().text));
    }
};

QTEST_GUILESS_MAIN(TestSoloRun)
#include "tst_solorun.moc"
