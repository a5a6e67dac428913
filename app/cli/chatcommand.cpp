// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "chatcommand.h"

#include "core/providers/presetcatalog.h"
#include "core/providers/providerhost.h"
#include "core/router/chatturn.h"
#include "core/router/routersession.h"
#include "core/secrets/apikeys.h"
#include "core/secrets/secretstore.h"
#include "core/storage/store.h"
#include "core/storage/usagelog.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTextStream>
#include <QtNetwork/QNetworkAccessManager>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Baton::Cli {

int exitCodeFor(Sdk::ErrorKind kind)
{
    switch (kind) {
    case Sdk::ErrorKind::Auth:
        return int(ExitCode::Auth);
    case Sdk::ErrorKind::Forbidden:
        return int(ExitCode::Forbidden);
    case Sdk::ErrorKind::RateLimited:
    case Sdk::ErrorKind::Overloaded:
        return int(ExitCode::RateLimited);
    case Sdk::ErrorKind::QuotaExhausted:
        return int(ExitCode::QuotaExhausted);
    case Sdk::ErrorKind::Server:
        return int(ExitCode::Server);
    case Sdk::ErrorKind::Network:
        return int(ExitCode::Network);
    case Sdk::ErrorKind::Protocol:
        return int(ExitCode::Protocol);
    case Sdk::ErrorKind::BadRequest:
    case Sdk::ErrorKind::ContextTooLong:
        return int(ExitCode::BadRequest);
    case Sdk::ErrorKind::Cancelled:
        return int(ExitCode::Cancelled);
    }
    return int(ExitCode::Failure);
}

QString errorKindName(Sdk::ErrorKind kind)
{
    switch (kind) {
    case Sdk::ErrorKind::Auth:
        return QStringLiteral("auth");
    case Sdk::ErrorKind::Forbidden:
        return QStringLiteral("forbidden");
    case Sdk::ErrorKind::RateLimited:
        return QStringLiteral("rate_limited");
    case Sdk::ErrorKind::QuotaExhausted:
        return QStringLiteral("quota_exhausted");
    case Sdk::ErrorKind::Overloaded:
        return QStringLiteral("overloaded");
    case Sdk::ErrorKind::Server:
        return QStringLiteral("server");
    case Sdk::ErrorKind::Network:
        return QStringLiteral("network");
    case Sdk::ErrorKind::BadRequest:
        return QStringLiteral("bad_request");
    case Sdk::ErrorKind::ContextTooLong:
        return QStringLiteral("context_too_long");
    case Sdk::ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case Sdk::ErrorKind::Protocol:
        return QStringLiteral("protocol");
    }
    return QStringLiteral("unknown");
}

static QString stopName(Sdk::StopReason reason)
{
    switch (reason) {
    case Sdk::StopReason::EndTurn:
        return QStringLiteral("end_turn");
    case Sdk::StopReason::MaxTokens:
        return QStringLiteral("max_tokens");
    case Sdk::StopReason::ToolUse:
        return QStringLiteral("tool_use");
    case Sdk::StopReason::StopSequence:
        return QStringLiteral("stop_sequence");
    case Sdk::StopReason::Refusal:
        return QStringLiteral("refusal");
    case Sdk::StopReason::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

static void printUsage(QTextStream &err)
{
    err << QCoreApplication::translate(
        "Baton::Cli",
        "Usage: baton chat --model PRESET/MODEL [--route P/M,P/M,…] [--base-url URL]\n"
        "                  [--thinking off|on|max] [--max-tokens N] [--continue-limit N]\n"
        "                  [--retries N]\n"
        "                  [--system TEXT] [--output-format text|stream-json] [PROMPT]\n"
        "The prompt is read from standard input when PROMPT is absent.\n");
}

struct ChatArguments
{
    Core::FailoverRoute route;
    QString prompt;
    QString system;
    Core::ChatOptions options;
    bool streamJson = false;
};

// Parses the options; returns false with `problem` set on bad input.
static bool parseArguments(const QStringList &args, ChatArguments *parsed, QString *problem)
{
    QString model;
    QString routeText;
    QString baseUrl;
    QStringList prompt;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const auto value = [&](QString *target) {
            if (i + 1 >= args.size()) {
                *problem = QCoreApplication::translate("Baton::Cli", "%1 needs a value").arg(arg);
                return false;
            }
            *target = args[++i];
            return true;
        };
        QString text;
        if (arg == QLatin1String("--model")) {
            if (!value(&model))
                return false;
        } else if (arg == QLatin1String("--route")) {
            if (!value(&routeText))
                return false;
        } else if (arg == QLatin1String("--base-url")) {
            if (!value(&baseUrl))
                return false;
        } else if (arg == QLatin1String("--system")) {
            if (!value(&parsed->system))
                return false;
        } else if (arg == QLatin1String("--thinking")) {
            if (!value(&text))
                return false;
            if (text == QLatin1String("off"))
                parsed->options.thinking = Sdk::ThinkingMode::Off;
            else if (text == QLatin1String("on"))
                parsed->options.thinking = Sdk::ThinkingMode::On;
            else if (text == QLatin1String("max"))
                parsed->options.thinking = Sdk::ThinkingMode::Max;
            else {
                *problem
                    = QCoreApplication::translate("Baton::Cli", "--thinking takes off, on or max");
                return false;
            }
        } else if (arg == QLatin1String("--max-tokens") || arg == QLatin1String("--continue-limit")
                   || arg == QLatin1String("--retries")) {
            if (!value(&text))
                return false;
            bool ok = false;
            const int number = text.toInt(&ok);
            if (!ok || number < 0) {
                *problem
                    = QCoreApplication::translate("Baton::Cli", "%1 takes a whole number").arg(arg);
                return false;
            }
            if (arg == QLatin1String("--max-tokens"))
                parsed->options.maxOutputTokens = number;
            else if (arg == QLatin1String("--retries"))
                parsed->options.retry.maxRetries = number;
            else
                parsed->options.maxTokensContinuations = number;
        } else if (arg == QLatin1String("--output-format")) {
            if (!value(&text))
                return false;
            if (text != QLatin1String("text") && text != QLatin1String("stream-json")) {
                *problem = QCoreApplication::translate("Baton::Cli",
                                                       "--output-format takes text or stream-json");
                return false;
            }
            parsed->streamJson = text == QLatin1String("stream-json");
        } else if (arg.startsWith(QLatin1String("--"))) {
            *problem = QCoreApplication::translate("Baton::Cli", "unknown option %1").arg(arg);
            return false;
        } else {
            prompt.append(arg);
        }
    }
    if (!routeText.isEmpty()) {
        auto route = Core::FailoverRoute::parse(routeText);
        if (!route.ok()) {
            *problem = route.errorMessage();
            return false;
        }
        parsed->route = route.value();
    }
    if (!model.isEmpty()) {
        Core::RouteEntry primary;
        if (!Core::PresetCatalog::splitModelReference(model, &primary.presetId, &primary.modelId)) {
            *problem = QCoreApplication::translate(
                "Baton::Cli", "--model takes PRESET/MODEL, e.g. deepseek/deepseek-chat");
            return false;
        }
        if (!baseUrl.isEmpty()) {
            primary.baseUrlOverride = QUrl(baseUrl, QUrl::StrictMode);
            if (!primary.baseUrlOverride.isValid() || primary.baseUrlOverride.host().isEmpty()) {
                *problem
                    = QCoreApplication::translate("Baton::Cli", "--base-url takes an http(s) URL");
                return false;
            }
        }
        parsed->route.prepend(primary);
    } else if (!baseUrl.isEmpty()) {
        *problem = QCoreApplication::translate("Baton::Cli",
                                               "--base-url applies to --model, which is missing");
        return false;
    }
    if (parsed->route.isEmpty()) {
        *problem = QCoreApplication::translate("Baton::Cli", "--model is required");
        return false;
    }
    parsed->prompt = prompt.join(QLatin1Char(' '));
    return true;
}

// One JSON object per line, flushed at once so a reader sees it as it happens.
static void emitJson(QTextStream &out, const QJsonObject &object)
{
    out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
}

int runChatCommand(const QStringList &options, QTextStream &out, QTextStream &err)
{
    if (options.contains(QLatin1String("--help")) || options.contains(QLatin1String("-h"))) {
        printUsage(out);
        return int(ExitCode::Success);
    }
    ChatArguments arguments;
    QString problem;
    if (!parseArguments(options, &arguments, &problem)) {
        err << QCoreApplication::translate("Baton::Cli", "baton chat: %1").arg(problem) << '\n';
        printUsage(err);
        return int(ExitCode::Usage);
    }
    if (arguments.prompt.isEmpty()) {
        if (isatty(STDIN_FILENO)) {
            err << QCoreApplication::translate("Baton::Cli",
                                               "baton chat: give a prompt, or pipe one in")
                << '\n';
            return int(ExitCode::Usage);
        }
        QFile input;
        if (input.open(stdin, QIODevice::ReadOnly))
            arguments.prompt = QString::fromUtf8(input.readAll()).trimmed();
        if (arguments.prompt.isEmpty()) {
            err << QCoreApplication::translate("Baton::Cli", "baton chat: the prompt is empty")
                << '\n';
            return int(ExitCode::Usage);
        }
    }

    const Core::PresetCatalog catalog = Core::PresetCatalog::loadDefault();
    for (const Core::PresetProblem &preset : catalog.problems())
        err << QCoreApplication::translate("Baton::Cli", "preset file %1 skipped: %2")
                   .arg(preset.file, preset.message)
            << '\n';
    for (const Core::RouteEntry &entry : arguments.route.entries()) {
        if (!catalog.preset(entry.presetId).isValid()) {
            err << QCoreApplication::translate(
                       "Baton::Cli", "baton chat: there is no preset named %1 (see `baton models`)")
                       .arg(entry.presetId)
                << '\n';
            return int(ExitCode::Usage);
        }
    }

    Core::ProviderHost host(Core::ProviderHost::defaultSearchDirs());
    host.scanNow();
    Core::SecretStore keyring(QStringLiteral("baton"));
    Core::ApiKeys keys(keyring, QProcessEnvironment::systemEnvironment());
    QNetworkAccessManager network;
    Core::RouterSession session;
    Core::ChatTurn turn(catalog, host, keys, network, session);

    QList<Sdk::Message> history;
    Sdk::Message question;
    question.role = Sdk::Role::User;
    question.parts.append(Sdk::ContentPart{});
    question.parts.last().text = arguments.prompt;
    history.append(question);

    const bool json = arguments.streamJson;
    struct ToolCall
    {
        QString id;
        QString name;
        QString input;
    };
    QHash<int, ToolCall> toolCalls;
    int exitCode = 0;
    bool endedWithNewline = true;
    QEventLoop loop;
    QObject::connect(
        &turn, &Core::ChatTurn::eventReceived, &loop, [&](const Sdk::StreamEvent &event) {
            switch (event.kind) {
            case Sdk::EventKind::TextDelta:
                if (json) {
                    emitJson(out, {{u"type"_s, u"text"_s}, {u"text"_s, event.text}});
                } else {
                    out << event.text;
                    out.flush();
                    endedWithNewline = event.text.endsWith(QLatin1Char('\n'));
                }
                break;
            case Sdk::EventKind::ThinkingDelta:
                if (json && !event.text.isEmpty())
                    emitJson(out, {{u"type"_s, u"thinking"_s}, {u"text"_s, event.text}});
                break;
            case Sdk::EventKind::ToolCallStart:
                toolCalls[event.index] = {event.id, event.name, {}};
                break;
            case Sdk::EventKind::ToolCallArgsDelta:
                toolCalls[event.index].input += event.text;
                break;
            case Sdk::EventKind::ToolCallEnd: {
                const ToolCall call = toolCalls.take(event.index);
                const QJsonDocument input = QJsonDocument::fromJson(call.input.toUtf8());
                if (json) {
                    emitJson(out, {{u"type"_s, u"tool_call"_s},
                                   {u"id"_s, call.id},
                                   {u"name"_s, call.name},
                                   {u"input"_s, input.isObject() ? QJsonValue(input.object())
                                                                 : QJsonValue(call.input)}});
                } else {
                    err << QCoreApplication::translate(
                               "Baton::Cli", "baton: the model asked for the tool %1 (tools run "
                                             "in `baton solo`)")
                               .arg(call.name)
                        << '\n';
                }
                break;
            }
            default:
                break;
            }
        });
    QObject::connect(&turn, &Core::ChatTurn::failedOver, &loop,
                     [&](const Core::RouteEntry &from, const Core::RouteEntry &to,
                         const Sdk::ProviderError &reason) {
                         if (json) {
                             emitJson(out, {{u"type"_s, u"failover"_s},
                                            {u"from"_s, from.name()},
                                            {u"to"_s, to.name()},
                                            {u"reason"_s, reason.message},
                                            {u"kind"_s, errorKindName(reason.kind)},
                                            {u"status"_s, reason.httpStatus}});
                         } else {
                             err << QCoreApplication::translate(
                                        "Baton::Cli", "baton: %1 failed (%2); continuing on %3")
                                        .arg(from.name(), reason.message, to.name())
                                 << '\n';
                         }
                     });
    QObject::connect(
        &turn, &Core::ChatTurn::retrying, &loop,
        [&](const Core::RouteEntry &entry, qint64 delayMs, const Sdk::ProviderError &reason) {
            if (json) {
                emitJson(out, {{u"type"_s, u"retry"_s},
                               {u"model"_s, entry.name()},
                               {u"delay_ms"_s, delayMs},
                               {u"reason"_s, reason.message},
                               {u"kind"_s, errorKindName(reason.kind)},
                               {u"status"_s, reason.httpStatus}});
            } else {
                err << QCoreApplication::translate("Baton::Cli",
                                                   "baton: %1 failed (%2); trying again in %3 s")
                           .arg(entry.name(), reason.message)
                           .arg(double(delayMs) / 1000.0, 0, 'f', 1)
                    << '\n';
            }
        });
    // Every request's usage and cost goes into the usage log, as the window's requests do.
    std::unique_ptr<Core::Store> store;
    bool storeFailed = false;
    const auto recordUsage = [&](const Core::UsageRecord &record) {
        if (!store && !storeFailed) {
            auto opened = Core::Store::open(Core::Store::defaultPath());
            if (opened.ok()) {
                store = std::move(opened).value();
            } else {
                storeFailed = true;
                err << QCoreApplication::translate("Baton::Cli", "baton: usage is not recorded: %1")
                           .arg(opened.errorMessage())
                    << '\n';
            }
        }
        if (store) {
            const Core::Status recorded = Core::UsageLog::record(*store, record);
            if (!recorded.ok())
                err << QCoreApplication::translate("Baton::Cli", "baton: %1")
                           .arg(recorded.errorMessage())
                    << '\n';
        }
    };
    QObject::connect(&turn, &Core::ChatTurn::usageRecorded, &loop,
                     [&](const Core::RouteEntry &entry, const Sdk::Usage &usage, qint64 costMicros,
                         const QString &currency) {
                         recordUsage({QDateTime::currentDateTimeUtc(), -1, entry.presetId,
                                      entry.modelId, usage, costMicros, currency});
                         if (!json)
                             return;
                         QJsonObject object{{u"type"_s, u"usage"_s},
                                            {u"model"_s, entry.name()},
                                            {u"input_tokens"_s, usage.inputTokens},
                                            {u"output_tokens"_s, usage.outputTokens},
                                            {u"cache_read_tokens"_s, usage.cacheReadTokens},
                                            {u"cache_write_tokens"_s, usage.cacheWriteTokens}};
                         if (costMicros >= 0) {
                             object.insert(u"cost"_s, double(costMicros) / 1'000'000.0);
                             object.insert(u"currency"_s, currency);
                         } else {
                             object.insert(u"cost"_s, QJsonValue::Null);
                         }
                         emitJson(out, object);
                     });
    QObject::connect(&turn, &Core::ChatTurn::finished, &loop, [&](Sdk::StopReason reason) {
        if (json)
            emitJson(out, {{u"type"_s, u"stop"_s}, {u"reason"_s, stopName(reason)}});
        else if (!endedWithNewline)
            out << '\n';
        exitCode = 0;
        loop.quit();
    });
    QObject::connect(
        &turn, &Core::ChatTurn::failed, &loop,
        [&](const Sdk::ProviderError &error, bool outputStreamed) {
            if (json) {
                emitJson(out, {{u"type"_s, u"error"_s},
                               {u"kind"_s, errorKindName(error.kind)},
                               {u"status"_s, error.httpStatus},
                               {u"message"_s, error.message},
                               {u"partial"_s, outputStreamed}});
            } else {
                if (!endedWithNewline)
                    out << '\n';
                out.flush();
                err << QCoreApplication::translate("Baton::Cli", "baton: %1").arg(error.message)
                    << '\n';
                if (outputStreamed)
                    err << QCoreApplication::translate("Baton::Cli",
                                                       "baton: the answer above is incomplete")
                        << '\n';
            }
            exitCode = exitCodeFor(error.kind);
            loop.quit();
        });
    turn.start(arguments.route, arguments.system, history, {}, arguments.options);
    loop.exec();
    out.flush();
    return exitCode;
}

} // namespace Baton::Cli
