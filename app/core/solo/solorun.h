// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// One Solo run: a goal worked on by a model through the Solo tools until it calls `finish` or a
// budget, a loop, the user or the provider stops it. The Solo pane and `baton solo` drive it.
//
// The loop: a checkpoint of the workspace first (Checkpoints, run id from newRunId()); then
// turns through ChatTurn along the route (retries and failover are the router's): the system
// prompt (tool contract + goal + the workspace overview hook), the history and the tools. Each
// reply's tool calls run one after the other — a checkpoint before each mutating one — and
// their results go back as one user message of ToolResult parts; the loop goes on until the
// run ends. When the run ends, however it ends, one more checkpoint is taken (the rule of
// checkpoints.h: rollback treats changes after the last snapshot as someone else's).
//
// Tools: FileTools' read_file, list_dir, edit_file, write_file; the engine's own update_plan
// and finish; and any SoloTool added with addTool() before start() (run_command, run_tests,
// search plug in here). Unknown tools, arguments that are not a JSON object and tool failures
// are tool errors the model sees (English, for the model; not translated).
//
// Threads: one asynchronous object on the thread that made it (the GUI thread is fine); disk
// and git work (tools, checkpoints) runs on a worker (QtConcurrent), one job at a time, and
// comes back by signal. start() once; at the end exactly one finished(). cancel() stops it
// (the final checkpoint is still taken). Destroying a running SoloRun abandons it silently
// (a tool job in flight completes on its worker; no final checkpoint). The services passed to
// the constructor must outlive the run.

#include "core/result.h"
#include "core/router/chatturn.h"
#include "core/router/failoverroute.h"
#include "core/solo/commandpolicy.h"
#include "core/solo/secretfilter.h"

#include <baton/sdk/events.h>
#include <baton/sdk/types.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QString>
#include <QtCore/QTimer>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace Baton::Core {

class ApiKeys;
class PresetCatalog;
class ProviderHost;
class RouterSession;

// One line of the plan the model keeps with update_plan.
struct SoloPlanStep
{
    enum class Status {
        Pending,    // "pending"
        InProgress, // "in_progress"
        Done,       // "done"
    };
    QString title;
    Status status = Status::Pending;
    bool operator==(const SoloPlanStep &other) const = default;
};

// Why a run ended.
enum class SoloStopReason {
    Finished,        // the model called finish; SoloResult::summary holds its summary
    StepBudget,      // SoloBudget::maxSteps model turns were used
    TokenBudget,     // SoloBudget::maxTokens (input + output, all turns) was reached
    TimeBudget,      // SoloBudget::maxWallTimeMs passed
    Cancelled,       // cancel() was called
    ProviderError,   // the route failed (after the router's retries and failover)
    LoopDetected,    // the same failing call repeated, or no progress over N turns
    CheckpointError, // a checkpoint could not be taken (nothing is run without one)
};

struct SoloBudget
{
    int maxSteps = 50;           // model turns; 0: no limit
    qint64 maxTokens = 0;        // input + output tokens over all turns (cache included); 0: none
    qint64 maxWallTimeMs = 0;    // 0: no limit
    int maxRepeatedFailures = 3; // the same call (name + arguments) failing this often
    int maxStepsWithoutProgress = 8; // turns with no successful mutating tool and no plan change
};

// What start() needs besides the services.
struct SoloSetup
{
    QString workspace; // an existing folder
    QString goal;
    FailoverRoute route;
    ApprovalPolicy policy
        = ApprovalPolicy::Ask; // kept for command tools (not used by file tools yet)
    SoloBudget budget;
    ChatOptions chat;    // thinking, output limit, timeouts, retry
    SecretFilter filter; // what file content is withheld from the model
    // The workspace overview (tree summary, build and test commands, project rules) appended
    // to the system prompt; empty: none.
    QString workspaceOverview;
};

// How a run ended.
struct SoloResult
{
    QString run; // the checkpoint run id (refs/baton/solo/<run>/<step>)
    SoloStopReason reason = SoloStopReason::Finished;
    QString summary;          // finish's summary (Finished only)
    QString message;          // translated, for the user: why it stopped
    int steps = 0;            // model turns used
    Sdk::Usage usage;         // all turns together
    Sdk::ProviderError error; // ProviderError only
};

// A tool the engine offers the model besides its own (a plug-in point: run_command,
// run_tests, search). One handler may serve several names.
class SoloTool
{
public:
    virtual ~SoloTool() = default;
    // The tools' definitions for the model. Called once, by start(), on the engine's thread.
    virtual QList<Sdk::ToolDefinition> definitions() const = 0;
    // Whether this call changes the workspace (a checkpoint is taken before it runs). Called
    // on the engine's thread, before call(); must not block.
    virtual bool mutates(const QString &name, const QJsonObject &input) const = 0;
    // Runs the call on the engine's worker thread (one call at a time, never the GUI thread).
    // The text goes to the model; an error is a tool error the model sees.
    virtual Result<QString> call(const QString &name, const QJsonObject &input) = 0;
};

// The hook through which edits reach files open in an editor (the GUI implements it):
// edit_file and write_file on a path it handles go to it, on the engine's thread, instead of
// to the disk — so the edit is undoable and unsaved user edits are never overwritten. The
// stale-write rule is the document's then. Not set: every edit goes to the disk.
class SoloEditorBridge
{
public:
    virtual ~SoloEditorBridge() = default;
    // Whether `relativePath` (workspace-relative, '/'-separated) is open in an editor.
    virtual bool handles(const QString &relativePath) const = 0;
    // edit_file / write_file with the model's input; the text or error goes to the model.
    virtual Result<QString> call(const QString &name, const QJsonObject &input) = 0;
};

class SoloRun : public QObject
{
    Q_OBJECT

public:
    SoloRun(const PresetCatalog &catalog, ProviderHost &host, ApiKeys &keys,
            QNetworkAccessManager &network, RouterSession &session, QObject *parent = nullptr);
    ~SoloRun() override;

    // Before start(): more tools, and the editor hook (not owned; must outlive the run).
    void addTool(std::unique_ptr<SoloTool> tool);
    void setEditorBridge(SoloEditorBridge *bridge) { m_bridge = bridge; }

    void start(const SoloSetup &setup);
    void cancel();

    // The run id (set once the first checkpoint is taken), the plan as it stands, the
    // conversation so far.
    QString runId() const { return m_runId; }
    QList<SoloPlanStep> plan() const { return m_plan; }
    QList<Sdk::Message> history() const { return m_history; }
    bool isRunning() const { return m_started && !m_done; }

    // The definitions of update_plan and finish (docs/solo-tools.md).
    static QList<Sdk::ToolDefinition> engineTools();
    // The system prompt for `goal` (English: only the model reads it).
    static QString systemPrompt(const QString &goal, const QString &workspaceOverview);

    static QString statusName(SoloPlanStep::Status status);
    static QString reasonName(SoloStopReason reason); // "finished", "step_budget", …

Q_SIGNALS:
    void planChanged(const QList<Baton::Core::SoloPlanStep> &steps);
    void toolCallStarted(const QString &id, const QString &name, const QJsonObject &input);
    void toolResult(const QString &id, const QString &text, bool isError);
    void checkpointTaken(int step, const QString &label);
    void textDelta(const QString &text);
    // After each model request that reported usage; costMicros −1 when the price is unknown.
    void usage(const Baton::Sdk::Usage &usage, qint64 costMicros, const QString &currency);
    void failedOver(const Baton::Core::RouteEntry &from, const Baton::Core::RouteEntry &to,
                    const Baton::Sdk::ProviderError &reason);
    void finished(const Baton::Core::SoloResult &result);

public:
    struct Worker; // the worker-side state (defined in solorun.cpp)

private:
    struct Outcome
    {
        Outcome() = default;
        Outcome(const QString &resultText, bool error = false)
            : text(resultText)
            , isError(error)
        {}
        QString text;
        bool isError = false;
        int checkpointStep = 0; // a checkpoint taken before the call; 0: none
        QString checkpointLabel;
        QString checkpointError; // the checkpoint failed: nothing was run
    };

    void sendTurn();
    void onTurnFinished();
    void onTurnFailed(const Sdk::ProviderError &error);
    void runNextCall();
    void callDone(const Sdk::ContentPart &call, const QString &key, const Outcome &outcome,
                  bool mutating, bool planMoved);
    void afterCalls();
    Outcome runEngineTool(const QString &name, const QJsonObject &input, bool *changed);
    void stop(SoloStopReason reason, const QString &message);
    void takeFinalCheckpoint();

    const PresetCatalog &m_catalog;
    ProviderHost &m_host;
    ApiKeys &m_keys;
    QNetworkAccessManager &m_network;
    RouterSession &m_session;

    std::shared_ptr<Worker> m_worker;
    SoloEditorBridge *m_bridge = nullptr;
    SoloSetup m_setup;
    QString m_system;
    QList<Sdk::ToolDefinition> m_tools;
    QString m_runId;
    QList<SoloPlanStep> m_plan;
    QList<Sdk::Message> m_history;
    QPointer<ChatTurn> m_turn;
    QTimer m_wallTimer;

    QList<Sdk::ContentPart> m_pendingCalls; // this turn's tool calls not run yet
    QList<Sdk::ContentPart> m_results;      // this turn's tool results so far
    bool m_jobRunning = false;
    bool m_progressThisTurn = false;
    bool m_finishCalled = false;
    QString m_summary;
    QHash<QString, int> m_failures; // name + arguments → failures so far
    bool m_loopByRepeat = false;
    QString m_loopCall;
    int m_stepsWithoutProgress = 0;

    bool m_started = false;
    bool m_stopping = false;
    bool m_finalCheckpoint = false;
    bool m_done = false;
    SoloResult m_result;
};

} // namespace Baton::Core

Q_DECLARE_METATYPE(Baton::Core::SoloPlanStep)
Q_DECLARE_METATYPE(Baton::Core::SoloResult)
