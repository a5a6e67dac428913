// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors

// The scripted model (tests/support/scriptedmodel.h) speaks the protocols as the real plugins
// read them: its turns decode, in every split, into the thinking, text and tool calls it was
// given with the right stop reason and usage; and what the plugins send back (tool results,
// tools, system prompt) is read out of their request bodies.

#include "../support/scriptedmodel.h"
#include "decoderharness.h"

#include <QtCore/QJsonDocument>
#include <QtTest/QTest>

using namespace Baton;
using namespace Qt::StringLiterals;
using ScriptedModel::Protocol;

Q_DECLARE_METATYPE(ScriptedModel::Protocol)

namespace {

struct Decoded
{
    QString thinking;
    QByteArray signature;
    QString text;
    QList<std::pair<QString, QString>> calls; // name, arguments
    QStringList ids;
    Sdk::StopReason stop = Sdk::StopReason::Other;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    int errors = 0;
};

Decoded collect(const QList<Sdk::StreamEvent> &events)
{
    Decoded decoded;
    QHash<int, int> callAt;
    for (const Sdk::StreamEvent &event : events) {
        switch (event.kind) {
        case Sdk::EventKind::ThinkingDelta:
            decoded.thinking += event.text;
            decoded.signature += event.signature;
            break;
        case Sdk::EventKind::TextDelta:
            decoded.text += event.text;
            break;
        case Sdk::EventKind::ToolCallStart:
            callAt.insert(event.index, int(decoded.calls.size()));
            decoded.calls.append({event.name, QString()});
            decoded.ids.append(event.id);
            break;
        case Sdk::EventKind::ToolCallArgsDelta:
            decoded.calls[callAt.value(event.index)].second += event.text;
            break;
        case Sdk::EventKind::Usage:
            decoded.inputTokens = event.usage.inputTokens;
            decoded.outputTokens = event.usage.outputTokens;
            break;
        case Sdk::EventKind::Stop:
            decoded.stop = event.stopReason;
            break;
        case Sdk::EventKind::Error:
            ++decoded.errors;
            break;
        default:
            break;
        }
    }
    return decoded;
}

Sdk::Endpoint endpointFor(Protocol protocol)
{
    Sdk::Endpoint endpoint;
    endpoint.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
    endpoint.authStyle = protocol == Protocol::Anthropic ? Sdk::AuthStyle::XApiKey
                                                         : Sdk::AuthStyle::Bearer;
    endpoint.apiKey = "test-key";
    // DeepSeek's dialect reads reasoning_content, as the scripted OpenAI stream sends thinking.
    if (protocol == Protocol::OpenAi)
        endpoint.dialect = u"deepseek"_s;
    return endpoint;
}

} // namespace

class TestScriptedModel : public QObject
{
    Q_OBJECT

private:
    Sdk::IProviderProtocol *m_anthropic = nullptr;
    Sdk::IProviderProtocol *m_openai = nullptr;

    Sdk::IProviderProtocol *protocol(Protocol which) const
    {
        return which == Protocol::Anthropic ? m_anthropic : m_openai;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_anthropic = Test::loadProtocol(QStringLiteral(BATON_ANTHROPIC_PLUGIN), &error);
        QVERIFY2(m_anthropic, qPrintable(error));
        m_openai = Test::loadProtocol(QStringLiteral(BATON_OPENAI_PLUGIN), &error);
        QVERIFY2(m_openai, qPrintable(error));
    }

    void turnsDecodeAsScripted_data()
    {
        QTest::addColumn<Protocol>("which");
        QTest::newRow("anthropic") << Protocol::Anthropic;
        QTest::newRow("openai") << Protocol::OpenAi;
    }

    void turnsDecodeAsScripted()
    {
        QFETCH(Protocol, which);
        ScriptedModel::Turn turn;
        turn.thinking = u"The test fails in add(); read it first. 先读文件。"_s;
        turn.text = u"Reading the failing function."_s;
        turn.toolCalls.append(
            {QString(), u"read_file"_s, QJsonObject{{u"path"_s, u"src/add.c"_s}}});
        turn.toolCalls.append({QString(), u"edit_file"_s,
                               QJsonObject{{u"path"_s, u"src/add.c"_s},
                                           {u"old_text"_s, u"return a - b;"_s},
                                           {u"new_text"_s, u"return a + b; // \"fixed\""_s}}});
        turn.inputTokens = 1234;
        turn.outputTokens = 56;
        const QByteArray body = ScriptedModel::stream(which, turn, 3);

        Sdk::ChatRequest request;
        request.model = u"scripted"_s;
        // Whole, and cut into pieces of a few bytes (every split would cost minutes here; the
        // plugins' own tests cut their fixtures at every offset).
        const QList<Sdk::StreamEvent> events
            = Test::decode(*protocol(which), endpointFor(which), request, body);
        QList<qsizetype> splits;
        for (qsizetype at = 7; at < body.size(); at += 7)
            splits.append(at);
        QCOMPARE(Test::toJsonLines(Test::decode(*protocol(which), endpointFor(which), request,
                                                body, splits)),
                 Test::toJsonLines(events));
        const Decoded decoded = collect(events);
        QCOMPARE(decoded.errors, 0);
        QCOMPARE(decoded.thinking, turn.thinking);
        if (which == Protocol::Anthropic)
            QVERIFY(!decoded.signature.isEmpty()); // signed, to be echoed back
        QCOMPARE(decoded.text, turn.text);
        QCOMPARE(decoded.calls.size(), 2);
        QCOMPARE(decoded.calls.at(0).first, u"read_file"_s);
        QCOMPARE(QJsonDocument::fromJson(decoded.calls.at(0).second.toUtf8()).object(),
                 turn.toolCalls.at(0).input);
        QCOMPARE(decoded.calls.at(1).first, u"edit_file"_s);
        QCOMPARE(QJsonDocument::fromJson(decoded.calls.at(1).second.toUtf8()).object(),
                 turn.toolCalls.at(1).input);
        QVERIFY(!decoded.ids.at(0).isEmpty());
        QVERIFY(decoded.ids.at(0) != decoded.ids.at(1));
        QCOMPARE(decoded.stop, Sdk::StopReason::ToolUse);
        QCOMPARE(decoded.inputTokens, 1234);
        QCOMPARE(decoded.outputTokens, 56);

        // A plain answer ends the turn; one cut by the output limit says so.
        ScriptedModel::Turn answer;
        answer.text = u"All tests pass."_s;
        Decoded plain = collect(Test::decode(*protocol(which), endpointFor(which), request,
                                             ScriptedModel::stream(which, answer)));
        QCOMPARE(plain.text, answer.text);
        QVERIFY(plain.calls.isEmpty());
        QCOMPARE(plain.stop, Sdk::StopReason::EndTurn);
        answer.maxTokens = true;
        plain = collect(Test::decode(*protocol(which), endpointFor(which), request,
                                     ScriptedModel::stream(which, answer)));
        QCOMPARE(plain.stop, Sdk::StopReason::MaxTokens);
    }

    void readsWhatTheClientSentBack_data() { turnsDecodeAsScripted_data(); }

    void readsWhatTheClientSentBack()
    {
        QFETCH(Protocol, which);
        Sdk::ChatRequest request;
        request.model = u"scripted"_s;
        request.system = u"You are Baton's Solo agent."_s;
        request.tools.append({u"read_file"_s, u"Read a file"_s,
                              QJsonObject{{u"type"_s, u"object"_s}}});
        request.tools.append({u"finish"_s, u"Finish the run"_s,
                              QJsonObject{{u"type"_s, u"object"_s}}});
        Sdk::Message user;
        Sdk::ContentPart ask;
        ask.text = u"Fix the failing test."_s;
        user.parts.append(ask);
        Sdk::Message assistant;
        assistant.role = Sdk::Role::Assistant;
        for (const QString &id : {u"id_1"_s, u"id_2"_s}) {
            Sdk::ContentPart call;
            call.kind = Sdk::PartKind::ToolCall;
            call.toolCallId = id;
            call.toolName = u"read_file"_s;
            call.toolInput = R"({"path":"a.c"})";
            assistant.parts.append(call);
        }
        Sdk::Message results;
        Sdk::ContentPart ok;
        ok.kind = Sdk::PartKind::ToolResult;
        ok.toolCallId = u"id_1"_s;
        ok.text = u"1\tint add(int a, int b);"_s;
        Sdk::ContentPart failed = ok;
        failed.toolCallId = u"id_2"_s;
        failed.text = u"no such file: b.c"_s;
        failed.isError = true;
        results.parts = {ok, failed};
        request.messages = {user, assistant, results};

        const QByteArray body
            = protocol(which)->buildChatRequest(endpointFor(which), request).body;
        const QList<ScriptedModel::ToolResult> seen
            = ScriptedModel::lastToolResults(which, body);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0).toolCallId, u"id_1"_s);
        QCOMPARE(seen.at(0).text, ok.text);
        QVERIFY(!seen.at(0).isError);
        QCOMPARE(seen.at(1).toolCallId, u"id_2"_s);
        QVERIFY(seen.at(1).text.contains(u"no such file: b.c"_s));
        QVERIFY(seen.at(1).isError);
        QCOMPARE(ScriptedModel::toolNames(which, body), QStringList({u"read_file"_s, u"finish"_s}));
        QCOMPARE(ScriptedModel::systemPrompt(which, body), request.system);
        QCOMPARE(ScriptedModel::messageCount(which, body), 2 + (which == Protocol::OpenAi ? 2 : 1));
    }
};

QTEST_GUILESS_MAIN(TestScriptedModel)
#include "tst_scriptedmodel.moc"
