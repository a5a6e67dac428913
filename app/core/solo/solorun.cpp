// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/solo/solorun.h"

#include "core/git/gitruntime.h"
#include "core/solo/checkpoints.h"
#include "core/solo/filetools.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFutureWatcher>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Baton::Core {

Q_LOGGING_CATEGORY(lcSoloRun, "baton.solo.run")

namespace {

// FileTools as a SoloTool.
class FileToolHandler final : public SoloTool
{
public:
    FileToolHandler(const QString &workspace, const SecretFilter &filter)
        : m_tools(workspace, filter)
    {}

    QList<Sdk::ToolDefinition> definitions() const override
    {
        QList<Sdk::ToolDefinition> result;
        for (const QJsonValue &value : FileTools::schemas()) {
            const QJsonObject schema = value.toObject();
            result.append({schema.value("name"_L1).toString(),
                           schema.value("description"_L1).toString(),
                           schema.value("input_schema"_L1).toObject()});
        }
        return result;
    }

    bool mutates(const QString &name, const QJsonObject &) const override
    {
        return name == "edit_file"_L1 || name == "write_file"_L1;
    }

    Result<QString> call(const QString &name, const QJsonObject &input) override
    {
        return m_tools.call(name, input);
    }

private:
    FileTools m_tools;
};

Sdk::ToolDefinition definitionOf(const QJsonObject &schema)
{
    return {schema.value("name"_L1).toString(), schema.value("description"_L1).toString(),
            schema.value("input_schema"_L1).toObject()};
}

std::optional<SoloPlanStep::Status> statusFromName(const QString &name)
{
    for (auto status : {SoloPlanStep::Status::Pending, SoloPlanStep::Status::InProgress,
                        SoloPlanStep::Status::Done}) {
        if (SoloRun::statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

// The first line of a label for a checkpoint before `name` with `input`.
QString labelFor(const QString &name, const QJsonObject &input)
{
    const QString path = input.value("path"_L1).toString();
    return path.isEmpty() ? name : name + u' ' + path;
}

} // namespace

// Worker-side state: used by one worker job at a time, kept alive by the job when the run is
// destroyed meanwhile.
struct SoloRun::Worker
{
    GitRuntime git;
    std::vector<std::unique_ptr<SoloTool>> tools;
    QHash<QString, SoloTool *> byName;
    std::optional<Checkpoints> checkpoints;
};

SoloRun::SoloRun(const PresetCatalog &catalog, ProviderHost &host, ApiKeys &keys,
                 QNetworkAccessManager &network, RouterSession &session, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_host(host)
    , m_keys(keys)
    , m_network(network)
    , m_session(session)
    , m_worker(std::make_shared<Worker>())
{
    m_wallTimer.setSingleShot(true);
    connect(&m_wallTimer, &QTimer::timeout, this, [this] {
        stop(SoloStopReason::TimeBudget,
             tr("Stopped: the run's time budget (%n second(s)) is used up.", nullptr,
                int(m_setup.budget.maxWallTimeMs / 1000)));
    });
}

SoloRun::~SoloRun() = default;

void SoloRun::addTool(std::unique_ptr<SoloTool> tool)
{
    if (m_started || !tool)
        return;
    m_worker->tools.push_back(std::move(tool));
}

QString SoloRun::statusName(SoloPlanStep::Status status)
{
    switch (status) {
    case SoloPlanStep::Status::Pending:
        return u"pending"_s;
    case SoloPlanStep::Status::InProgress:
        return u"in_progress"_s;
    case SoloPlanStep::Status::Done:
        return u"done"_s;
    }
    return {};
}

QString SoloRun::reasonName(SoloStopReason reason)
{
    switch (reason) {
    case SoloStopReason::Finished:
        return u"finished"_s;
    case SoloStopReason::StepBudget:
        return u"step_budget"_s;
    case SoloStopReason::TokenBudget:
        return u"token_budget"_s;
    case SoloStopReason::TimeBudget:
        return u"time_budget"_s;
    case SoloStopReason::Cancelled:
        return u"cancelled"_s;
    case SoloStopReason::ProviderError:
        return u"provider_error"_s;
    case SoloStopReason::LoopDetected:
        return u"loop_detected"_s;
    case SoloStopReason::CheckpointError:
        return u"checkpoint_error"_s;
    }
    return {};
}

QList<Sdk::ToolDefinition> SoloRun::engineTools()
{
    const QJsonObject step{
        {"type"_L1, "object"_L1},
        {"properties"_L1,
         QJsonObject{
             {"title"_L1, QJsonObject{{"type"_L1, "string"_L1}}},
             {"status"_L1,
              QJsonObject{{"type"_L1, "string"_L1},
                          {"enum"_L1, QJsonArray{"pending"_L1, "in_progress"_L1, "done"_L1}}}}}},
        {"required"_L1, QJsonArray{"title"_L1, "status"_L1}},
        {"additionalProperties"_L1, false}};
    const QJsonObject plan{
        {"name"_L1, "update_plan"_L1},
        {"description"_L1,
         "Replace the visible plan of the run with these steps, in order. Keep it current: "
         "mark a step in_progress when you start it and done when it is done."_L1},
        {"input_schema"_L1,
         QJsonObject{{"type"_L1, "object"_L1},
                     {"properties"_L1, QJsonObject{{"steps"_L1, QJsonObject{{"type"_L1, "array"_L1},
                                                                            {"items"_L1, step}}}}},
                     {"required"_L1, QJsonArray{"steps"_L1}},
                     {"additionalProperties"_L1, false}}}};
    const QJsonObject finish{
        {"name"_L1, "finish"_L1},
        {"description"_L1,
         "End the run when the goal is reached (or cannot be), with a short summary of what "
         "was changed and what is left for the user."_L1},
        {"input_schema"_L1,
         QJsonObject{
             {"type"_L1, "object"_L1},
             {"properties"_L1, QJsonObject{{"summary"_L1, QJsonObject{{"type"_L1, "string"_L1}}}}},
             {"required"_L1, QJsonArray{"summary"_L1}},
             {"additionalProperties"_L1, false}}}};
    return {definitionOf(plan), definitionOf(finish)};
}

QString SoloRun::systemPrompt(const QString &goal, const QString &workspaceOverview)
{
    // For the model only: English, not translated.
    QString prompt
        = u"You are Baton Solo, a coding agent working alone in the user's workspace. Reach "
          "the goal below with the tools, then call finish.\n"
          "Rules:\n"
          "- Paths are relative to the workspace root.\n"
          "- Read a file with read_file before editing it; edit_file replaces exact text "
          "(old_text must occur once, copied without the line-number prefix). If a file "
          "changed since you read it, read it again.\n"
          "- Keep a short plan with update_plan and keep its statuses current.\n"
          "- Tool errors are for you to fix; do not repeat a call that failed unchanged.\n"
          "- Every change is checkpointed and can be rolled back by the user.\n"
          "- When done, call finish with a summary of what changed.\n"_s;
    if (!workspaceOverview.isEmpty())
        prompt += u"\n# Workspace\n"_s + workspaceOverview + u'\n';
    prompt += u"\n# Goal\n"_s + goal + u'\n';
    return prompt;
}

void SoloRun::start(const SoloSetup &setup)
{
    if (m_started)
        return;
    m_started = true;
    m_setup = setup;
    m_system = systemPrompt(setup.goal, setup.workspaceOverview);

    auto files = std::make_unique<FileToolHandler>(setup.workspace, setup.filter);
    m_worker->tools.insert(m_worker->tools.begin(), std::move(files));
    for (const auto &tool : m_worker->tools) {
        for (const Sdk::ToolDefinition &definition : tool->definitions()) {
            if (m_worker->byName.contains(definition.name) || definition.name == "update_plan"_L1
                || definition.name == "finish"_L1)
                continue; // the first handler of a name wins; the engine's own cannot be replaced
            m_worker->byName.insert(definition.name, tool.get());
            m_tools.append(definition);
        }
    }
    m_tools.append(engineTools());

    Sdk::Message goal;
    goal.role = Sdk::Role::User;
    goal.parts.append(Sdk::ContentPart{});
    goal.parts.last().text = setup.goal;
    m_history.append(goal);

    if (setup.budget.maxWallTimeMs > 0)
        m_wallTimer.start(std::chrono::milliseconds(setup.budget.maxWallTimeMs));

    // The first checkpoint: the workspace as it was before the run.
    m_jobRunning = true;
    auto *watcher = new QFutureWatcher<Result<SnapshotResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_jobRunning = false;
        const Result<SnapshotResult> snapshot = watcher->result();
        if (!snapshot) {
            if (!m_stopping) {
                m_result.reason = SoloStopReason::CheckpointError;
                m_result.message
                    = tr("Could not take the first checkpoint: %1").arg(snapshot.errorMessage());
            }
            m_wallTimer.stop();
            m_done = true;
            Q_EMIT finished(m_result);
            return;
        }
        m_runId = snapshot->checkpoint.run;
        m_result.run = m_runId;
        Q_EMIT checkpointTaken(snapshot->checkpoint.step, snapshot->checkpoint.label);
        if (m_stopping) {
            takeFinalCheckpoint();
            return;
        }
        sendTurn();
    });
    watcher->setFuture(QtConcurrent::run(
        [worker = m_worker, workspace = setup.workspace]() -> Result<SnapshotResult> {
            Result<Checkpoints> opened = Checkpoints::open(workspace);
            if (!opened)
                return Error{opened.errorMessage()};
            worker->checkpoints.emplace(std::move(opened).value());
            return worker->checkpoints->snapshot(Checkpoints::newRunId(), u"start of run"_s);
        }));
}

void SoloRun::cancel()
{
    stop(SoloStopReason::Cancelled, tr("Stopped: the run was cancelled."));
}

void SoloRun::sendTurn()
{
    const SoloBudget &budget = m_setup.budget;
    if (budget.maxSteps > 0 && m_result.steps >= budget.maxSteps) {
        stop(SoloStopReason::StepBudget,
             tr("Stopped: the run's step budget (%n step(s)) is used up.", nullptr,
                budget.maxSteps));
        return;
    }
    ++m_result.steps;
    m_progressThisTurn = false;

    auto *turn = new ChatTurn(m_catalog, m_host, m_keys, m_network, m_session, this);
    m_turn = turn;
    connect(turn, &ChatTurn::eventReceived, this, [this](const Sdk::StreamEvent &event) {
        if (event.kind == Sdk::EventKind::TextDelta)
            Q_EMIT textDelta(event.text);
    });
    connect(turn, &ChatTurn::usageRecorded, this,
            [this](const RouteEntry &, const Sdk::Usage &used, qint64 costMicros,
                   const QString &currency) {
                m_result.usage.inputTokens += used.inputTokens;
                m_result.usage.outputTokens += used.outputTokens;
                m_result.usage.cacheReadTokens += used.cacheReadTokens;
                m_result.usage.cacheWriteTokens += used.cacheWriteTokens;
                Q_EMIT usage(used, costMicros, currency);
            });
    connect(turn, &ChatTurn::failedOver, this, &SoloRun::failedOver);
    connect(turn, &ChatTurn::finished, this, &SoloRun::onTurnFinished);
    connect(turn, &ChatTurn::failed, this,
            [this](const Sdk::ProviderError &error, bool) { onTurnFailed(error); });
    turn->start(m_setup.route, m_system, m_history, m_tools, m_setup.chat);
}

void SoloRun::onTurnFailed(const Sdk::ProviderError &error)
{
    if (m_turn)
        m_turn->deleteLater();
    m_turn.clear();
    m_result.error = error;
    stop(SoloStopReason::ProviderError,
         tr("Stopped: the model could not be reached: %1").arg(error.message));
}

void SoloRun::onTurnFinished()
{
    const Sdk::Message reply = m_turn->reply();
    m_turn->deleteLater();
    m_turn.clear();
    m_history.append(reply);

    const Sdk::Usage &used = m_result.usage;
    const qint64 tokens
        = used.inputTokens + used.outputTokens + used.cacheReadTokens + used.cacheWriteTokens;
    if (m_setup.budget.maxTokens > 0 && tokens >= m_setup.budget.maxTokens) {
        stop(SoloStopReason::TokenBudget,
             tr("Stopped: the run's token budget (%1 tokens) is used up.")
                 .arg(m_setup.budget.maxTokens));
        return;
    }

    m_pendingCalls.clear();
    m_results.clear();
    for (const Sdk::ContentPart &part : reply.parts) {
        if (part.kind == Sdk::PartKind::ToolCall)
            m_pendingCalls.append(part);
    }
    if (m_pendingCalls.isEmpty()) {
        // An answer without tools does not end a run: only finish does.
        Sdk::Message nudge;
        nudge.role = Sdk::Role::User;
        nudge.parts.append(Sdk::ContentPart{});
        nudge.parts.last().text
            = u"Continue with the tools. When the goal is reached, call finish with a summary."_s;
        m_history.append(nudge);
        afterCalls();
        return;
    }
    runNextCall();
}

SoloRun::Outcome SoloRun::runEngineTool(const QString &name, const QJsonObject &input,
                                        bool *changed)
{
    if (name == "finish"_L1) {
        const QJsonValue summary = input.value("summary"_L1);
        if (!summary.isString())
            return {u"finish needs a \"summary\" string."_s, true};
        m_finishCalled = true;
        m_summary = summary.toString();
        return {u"The run is finished."_s};
    }
    // update_plan
    const QJsonValue steps = input.value("steps"_L1);
    if (!steps.isArray())
        return {u"update_plan needs \"steps\": an array of {title, status}."_s, true};
    QList<SoloPlanStep> plan;
    for (const QJsonValue &value : steps.toArray()) {
        const QJsonObject step = value.toObject();
        const QString title = step.value("title"_L1).toString().trimmed();
        const auto status = statusFromName(step.value("status"_L1).toString());
        if (!value.isObject() || title.isEmpty() || !status) {
            return {u"Step %1 of update_plan is not {title, status} with a non-empty title and "
                    "status pending, in_progress or done; the plan is unchanged."_s.arg(plan.size()
                                                                                        + 1),
                    true};
        }
        plan.append({title, *status});
    }
    if (plan != m_plan) {
        m_plan = plan;
        *changed = true;
        Q_EMIT planChanged(m_plan);
    }
    return {u"Plan updated (%1 steps)."_s.arg(plan.size())};
}

void SoloRun::runNextCall()
{
    if (m_stopping) {
        takeFinalCheckpoint();
        return;
    }
    if (m_pendingCalls.isEmpty()) {
        Sdk::Message results;
        results.role = Sdk::Role::User;
        results.parts = m_results;
        m_history.append(results);
        afterCalls();
        return;
    }
    const Sdk::ContentPart call = m_pendingCalls.takeFirst();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        call.toolInput.trimmed().isEmpty() ? QByteArray("{}") : call.toolInput, &parseError);
    const QJsonObject input = document.object();
    const QString key
        = call.toolName + u'\n'
          + (document.isObject() ? QString::fromUtf8(document.toJson(QJsonDocument::Compact))
                                 : QString::fromUtf8(call.toolInput));
    Q_EMIT toolCallStarted(call.toolCallId, call.toolName, input);

    if (!document.isObject()) {
        callDone(call, key,
                 {u"The arguments of %1 are not a JSON object (%2); nothing was run."_s.arg(
                      call.toolName, parseError.error == QJsonParseError::NoError
                                         ? u"not an object"_s
                                         : parseError.errorString()),
                  true},
                 false, false);
        return;
    }
    if (m_finishCalled) {
        callDone(call, key, {u"Not run: the run finished before this call."_s, true}, false, false);
        return;
    }
    if (call.toolName == "update_plan"_L1 || call.toolName == "finish"_L1) {
        bool changed = false;
        const Outcome outcome = runEngineTool(call.toolName, input, &changed);
        callDone(call, key, outcome, false, changed);
        return;
    }
    SoloTool *tool = m_worker->byName.value(call.toolName);
    if (!tool) {
        QStringList names;
        for (const Sdk::ToolDefinition &definition : std::as_const(m_tools))
            names.append(definition.name);
        callDone(call, key,
                 {u"There is no tool named \"%1\". The tools are: %2."_s.arg(call.toolName,
                                                                             names.join(u", "_s)),
                  true},
                 false, false);
        return;
    }

    const bool mutating = tool->mutates(call.toolName, input);
    const bool viaEditor = m_bridge
                           && (call.toolName == "edit_file"_L1 || call.toolName == "write_file"_L1)
                           && m_bridge->handles(input.value("path"_L1).toString());
    m_jobRunning = true;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, call, key, mutating, viaEditor, input] {
                watcher->deleteLater();
                m_jobRunning = false;
                Outcome outcome = watcher->result();
                if (!outcome.checkpointError.isEmpty()) {
                    if (m_stopping) {
                        takeFinalCheckpoint();
                        return;
                    }
                    stop(SoloStopReason::CheckpointError,
                         tr("Could not take a checkpoint before %1: %2")
                             .arg(call.toolName, outcome.checkpointError));
                    return;
                }
                if (outcome.checkpointStep > 0)
                    Q_EMIT checkpointTaken(outcome.checkpointStep, outcome.checkpointLabel);
                if (viaEditor) {
                    const Result<QString> result = m_bridge->call(call.toolName, input);
                    outcome.text = result ? result.value() : result.errorMessage();
                    outcome.isError = !result;
                }
                callDone(call, key, outcome, mutating, false);
            });
    watcher->setFuture(QtConcurrent::run(
        [worker = m_worker, tool, name = call.toolName, input, mutating, viaEditor, run = m_runId] {
            Outcome outcome;
            if (mutating) {
                const Result<SnapshotResult> snapshot
                    = worker->checkpoints->snapshot(run, labelFor(name, input));
                if (!snapshot) {
                    outcome.checkpointError = snapshot.errorMessage();
                    return outcome;
                }
                outcome.checkpointStep = snapshot->checkpoint.step;
                outcome.checkpointLabel = snapshot->checkpoint.label;
            }
            if (viaEditor)
                return outcome; // the editor runs it, on the engine's thread
            const Result<QString> result = tool->call(name, input);
            outcome.text = result ? result.value() : result.errorMessage();
            outcome.isError = !result;
            return outcome;
        }));
}

void SoloRun::callDone(const Sdk::ContentPart &call, const QString &key, const Outcome &outcome,
                       bool mutating, bool planMoved)
{
    Sdk::ContentPart result;
    result.kind = Sdk::PartKind::ToolResult;
    result.toolCallId = call.toolCallId;
    result.toolName = call.toolName;
    result.text = outcome.text;
    result.isError = outcome.isError;
    m_results.append(result);
    Q_EMIT toolResult(call.toolCallId, outcome.text, outcome.isError);

    if (outcome.isError) {
        const int failures = ++m_failures[key];
        if (failures >= m_setup.budget.maxRepeatedFailures && !m_loopByRepeat) {
            m_loopByRepeat = true;
            m_loopCall = call.toolName;
        }
    } else {
        m_failures.remove(key);
        if (mutating || planMoved)
            m_progressThisTurn = true;
    }
    runNextCall();
}

void SoloRun::afterCalls()
{
    if (m_finishCalled) {
        m_result.summary = m_summary;
        stop(SoloStopReason::Finished, tr("Finished."));
        return;
    }
    if (m_loopByRepeat) {
        stop(SoloStopReason::LoopDetected,
             tr("Stopped: the model repeated the same failing %1 call %n time(s).", nullptr,
                m_setup.budget.maxRepeatedFailures)
                 .arg(m_loopCall));
        return;
    }
    m_stepsWithoutProgress = m_progressThisTurn ? 0 : m_stepsWithoutProgress + 1;
    const int limit = m_setup.budget.maxStepsWithoutProgress;
    if (limit > 0 && m_stepsWithoutProgress >= limit) {
        stop(SoloStopReason::LoopDetected,
             tr("Stopped: no progress (no change to the files or the plan) in %n step(s).", nullptr,
                limit));
        return;
    }
    sendTurn();
}

void SoloRun::stop(SoloStopReason reason, const QString &message)
{
    if (!m_started || m_stopping || m_done)
        return;
    m_stopping = true;
    m_wallTimer.stop();
    m_result.reason = reason;
    m_result.message = message;
    if (m_turn) {
        // Destroying the turn aborts its request silently; later, as we may be inside one of
        // its signals (a slot that cancels on a text delta).
        m_turn->disconnect(this);
        m_turn->deleteLater();
        m_turn.clear();
    }
    qCDebug(lcSoloRun) << "run" << m_runId << "stops:" << reasonName(reason);
    if (m_jobRunning)
        return; // the job's end takes the final checkpoint
    takeFinalCheckpoint();
}

void SoloRun::takeFinalCheckpoint()
{
    if (m_done || m_finalCheckpoint)
        return;
    m_finalCheckpoint = true;
    if (m_runId.isEmpty() || !m_worker->checkpoints) {
        m_done = true;
        Q_EMIT finished(m_result);
        return;
    }
    m_jobRunning = true;
    auto *watcher = new QFutureWatcher<Result<SnapshotResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_jobRunning = false;
        const Result<SnapshotResult> snapshot = watcher->result();
        if (snapshot)
            Q_EMIT checkpointTaken(snapshot->checkpoint.step, snapshot->checkpoint.label);
        else
            qCWarning(lcSoloRun) << "final checkpoint failed:" << snapshot.errorMessage();
        m_done = true;
        Q_EMIT finished(m_result);
    });
    watcher->setFuture(QtConcurrent::run([worker = m_worker, run = m_runId,
                                          label = u"end of run: "_s + reasonName(m_result.reason)] {
        return worker->checkpoints->snapshot(run, label);
    }));
}

} // namespace Baton::Core
