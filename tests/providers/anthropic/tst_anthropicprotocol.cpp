// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "../decoderharness.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QLoggingCategory>
#include <QtCore/QPluginLoader>
#include <QtCore/QUrlQuery>
#include <QtTest/QtTest>

using namespace Baton;
using Sdk::ErrorKind;

namespace {

// Events in the harness's JSON-lines form; the members of each may be written in any order.
QByteArray events(std::initializer_list<const char *> lines)
{
    QByteArray out;
    for (const char *line : lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qFatal("bad expectation in the test: %s", line);
        out += document.toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

// One server-sent event, framed the way Anthropic frames them.
QByteArray sse(const QByteArray &name, const QByteArray &data)
{
    return "event: " + name + "\ndata: " + data + "\n\n";
}

QByteArray messageStart(int inputTokens = 10)
{
    return sse("message_start",
               R"({"type":"message_start","message":{"id":"msg_1","type":"message",)"
               R"("role":"assistant","content":[],"model":"m","stop_reason":null,)"
               R"("usage":{"input_tokens":)"
                   + QByteArray::number(inputTokens) + R"(,"output_tokens":1}}})");
}

QByteArray textBlock(int index, const QByteArray &text)
{
    const QByteArray i = QByteArray::number(index);
    return sse("content_block_start", R"({"type":"content_block_start","index":)" + i
                                          + R"(,"content_block":{"type":"text","text":""}})")
           + sse("content_block_delta", R"({"type":"content_block_delta","index":)" + i
                                            + R"(,"delta":{"type":"text_delta","text":")" + text
                                            + R"("}})")
           + sse("content_block_stop", R"({"type":"content_block_stop","index":)" + i + "}");
}

QByteArray messageEnd(const QByteArray &reason = "end_turn", int outputTokens = 5)
{
    return sse("message_delta", R"({"type":"message_delta","delta":{"stop_reason":")" + reason
                                    + R"(","stop_sequence":null},"usage":{"output_tokens":)"
                                    + QByteArray::number(outputTokens) + "}}")
           + sse("message_stop", R"({"type":"message_stop"})");
}

Sdk::Endpoint endpoint(const QString &dialect = {},
                       const QString &base = "https://api.anthropic.com")
{
    Sdk::Endpoint endpoint;
    endpoint.baseUrl = QUrl(base);
    endpoint.dialect = dialect;
    endpoint.authStyle = Sdk::AuthStyle::XApiKey;
    endpoint.apiKey = "sk-ant-test-key-0123456789";
    return endpoint;
}

Sdk::ContentPart text(const QString &text)
{
    Sdk::ContentPart part;
    part.kind = Sdk::PartKind::Text;
    part.text = text;
    return part;
}

Sdk::ContentPart toolCall(const QString &id, const QString &name, const QByteArray &input)
{
    Sdk::ContentPart part;
    part.kind = Sdk::PartKind::ToolCall;
    part.toolCallId = id;
    part.toolName = name;
    part.toolInput = input;
    return part;
}

Sdk::ContentPart toolResult(const QString &id, const QString &text, bool isError = false)
{
    Sdk::ContentPart part;
    part.kind = Sdk::PartKind::ToolResult;
    part.toolCallId = id;
    part.text = text;
    part.isError = isError;
    return part;
}

Sdk::ContentPart thinking(const QString &origin, const QString &text, const QByteArray &signature)
{
    Sdk::ContentPart part;
    part.kind = Sdk::PartKind::Thinking;
    part.origin = origin;
    part.text = text;
    part.signature = signature;
    return part;
}

Sdk::ContentPart redactedThinking(const QString &origin, const QByteArray &data)
{
    Sdk::ContentPart part;
    part.kind = Sdk::PartKind::Thinking;
    part.origin = origin;
    part.redacted = true;
    part.data = data;
    return part;
}

Sdk::ContentPart image(const QByteArray &data, const QString &mimeType)
{
    Sdk::ContentPart part;
    part.kind = Sdk::PartKind::Image;
    part.data = data;
    part.mimeType = mimeType;
    return part;
}

Sdk::Message message(Sdk::Role role, QList<Sdk::ContentPart> parts)
{
    return Sdk::Message{role, std::move(parts)};
}

Sdk::ChatRequest simpleRequest()
{
    Sdk::ChatRequest request;
    request.model = "claude-sonnet-4-5";
    request.messages = {message(Sdk::Role::User, {text("Hello")})};
    return request;
}

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s", qPrintable(error.errorString()));
    return document.object();
}

QJsonObject bodyOf(const Sdk::HttpRequest &http)
{
    return QJsonDocument::fromJson(http.body).object();
}

QByteArray header(const Sdk::HttpRequest &http, const QByteArray &name)
{
    for (const auto &[key, value] : http.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString pretty(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace

class TestAnthropicProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void metadata();

    void fixtures_data();
    void fixtures();
    void streams_data();
    void streams();
    void multiByteCharacterSplitInsideTextDelta();
    void oversizedEventIsProtocolError();
    void garbageNeverCrashes_data();
    void garbageNeverCrashes();

    void chatUrl_data();
    void chatUrl();
    void headersPerAuthStyle_data();
    void headersPerAuthStyle();
    void versionAndBetaHeaders();
    void conversationBody();
    void turnsMergeAndToolResultsComeFirst();
    void thinkingConfiguration_data();
    void thinkingConfiguration();
    void temperatureRange_data();
    void temperatureRange();
    void foreignThinkingInToolLoopTurnsThinkingOff();
    void deepseekGetsThinkingBlocksBackInToolLoop();
    void dialectsWithoutImages_data();
    void dialectsWithoutImages();
    void unsignedThinkingPerDialect_data();
    void unsignedThinkingPerDialect();

    void classifyError_data();
    void classifyError();
    void retryAfterAsHttpDate();
    void messageNeverContainsTheKey();

    void listModelsRequest_data();
    void listModelsRequest();
    void parseModelList();
    void malformedModelList_data();
    void malformedModelList();

private:
    QPluginLoader m_loader{QStringLiteral(BATON_PLUGIN_UNDER_TEST)};
    Sdk::IProviderProtocol *m_protocol = nullptr;
};

void TestAnthropicProtocol::initTestCase()
{
    // Every split of every broken stream would log its warning again.
    QLoggingCategory::setFilterRules("baton.plugin.anthropic.warning=false");
    // Not Test::loadProtocol(): its loader is never deleted, so Qt cannot unload the library
    // at exit and LeakSanitizer reports the plugin's objects. A member loader goes first.
    m_protocol = qobject_cast<Sdk::IProviderProtocol *>(m_loader.instance());
    QVERIFY2(m_protocol, qPrintable(m_loader.errorString()));
}

void TestAnthropicProtocol::metadata()
{
    const QJsonObject metaData = m_loader.metaData().value("MetaData").toObject();
    QCOMPARE(metaData.value("protocol").toString(), "anthropic");
    QCOMPARE(metaData.value("abi").toObject().value("major").toInt(), BATON_PROVIDER_ABI_MAJOR);
    QCOMPARE(metaData.value("abi").toObject().value("minor").toInt(), BATON_PROVIDER_ABI_MINOR);
    const QJsonArray dialects = metaData.value("dialects").toArray();
    for (const char *dialect : {"zhipu", "deepseek", "moonshot", "minimax", "qwen"})
        QVERIFY2(dialects.contains(QString::fromLatin1(dialect)), dialect);
}

// ---- decoding -------------------------------------------------------------------------------

void TestAnthropicProtocol::fixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("text") << "anthropic-text.sse";
    QTest::newRow("tool-use") << "anthropic-tool-use.sse";
    QTest::newRow("thinking") << "anthropic-thinking.sse";
    QTest::newRow("error-overloaded") << "anthropic-error-overloaded.sse";
    QTest::newRow("delta-examples") << "anthropic-delta-examples.sse";
}

void TestAnthropicProtocol::fixtures()
{
    QFETCH(QString, fixture);
    const QByteArray body = Test::readFixture(fixture);
    QVERIFY2(!body.isEmpty(), qPrintable(fixture));
    QList<Sdk::StreamEvent> decoded;
    QString problem;
    QVERIFY2(Test::decodesTheSameInEverySplit(*m_protocol, endpoint(), simpleRequest(), body,
                                              &decoded, &problem),
             qPrintable(problem));
    const QString golden = fixture.chopped(4); // anthropic-text.sse → anthropic-text
    QVERIFY2(Test::matchesGolden(golden, Test::toJsonLines(decoded), &problem),
             qPrintable(problem));
}

void TestAnthropicProtocol::streams_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray text = messageStart() + textBlock(0, "Hi") + messageEnd();
    const QByteArray textEvents = events({
        R"({"kind":"usage","index":0,"input":10,"output":1,"cache_read":0,"cache_write":0})",
        R"({"kind":"text","index":0,"text":"Hi"})",
        R"({"kind":"usage","index":0,"input":10,"output":5,"cache_read":0,"cache_write":0})",
        R"({"kind":"stop","index":0,"reason":"end_turn","raw":"end_turn"})",
    });

    QByteArray crlf = text;
    crlf.replace("\n", "\r\n");
    QTest::newRow("CRLF framing") << "" << crlf << textEvents;
    QByteArray cr = text;
    cr.replace("\n", "\r");
    QTest::newRow("CR framing") << "" << cr << textEvents;

    QTest::newRow("multi-line data")
        << ""
        << messageStart()
               + "event: content_block_delta\n"
                 "data: {\"type\":\"content_block_delta\",\n"
                 "data:  \"index\":0,\n"
                 "data:  \"delta\":{\"type\":\"text_delta\",\"text\":\"Hi\"}}\n\n"
               + messageEnd()
        << events({
               R"({"kind":"usage","index":0,"input":10,"output":1,"cache_read":0,"cache_write":0})",
               R"({"kind":"text","index":0,"text":"Hi"})",
               R"({"kind":"usage","index":0,"input":10,"output":5,"cache_read":0,"cache_write":0})",
               R"({"kind":"stop","index":0,"reason":"end_turn","raw":"end_turn"})",
           });

    QTest::newRow("comments, ids, retry and a byte order mark")
        << ""
        << "\xEF\xBB\xBF: keep-alive\n\n" + messageStart() + ": still here\nid: 7\nretry: 100\n"
               + textBlock(0, "Hi") + ":\n\n" + messageEnd()
        << textEvents;

    QByteArray unterminated = text;
    unterminated.chop(2);
    QTest::newRow("no final blank line") << "" << unterminated << textEvents;
    QByteArray noNewline = text;
    noNewline.chop(1);
    QTest::newRow("no final newline") << "" << noNewline << textEvents;
    QTest::newRow("data without a space after the colon")
        << "" << QByteArray(text).replace("data: ", "data:") << textEvents;

    QTest::newRow("unknown events, block types, delta types and fields")
        << ""
        << messageStart() + sse("compaction", R"({"type":"compaction","what":"ever"})")
               + sse("ping", R"({"type": "ping"})")
               + sse("content_block_start",
                     R"({"type":"content_block_start","index":0,)"
                     R"("content_block":{"type":"server_tool_use","id":"srvtoolu_1",)"
                     R"("name":"web_search","input":{}}})")
               + sse(
                   "content_block_delta",
                   R"({"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta",)"
                   R"("partial_json":"{\"query\":\"x\"}"}})")
               + sse("content_block_stop", R"({"type":"content_block_stop","index":0})")
               + sse(
                   "content_block_start",
                   R"({"type":"content_block_start","index":1,)"
                   R"("content_block":{"type":"web_search_tool_result","tool_use_id":"srvtoolu_1",)"
                   R"("content":[]}})")
               + sse("content_block_stop", R"({"type":"content_block_stop","index":1})")
               + sse("content_block_start",
                     R"({"type":"content_block_start","index":2,"content_block":{"type":"text",)"
                     R"("text":"","citations":[]},"novel":1})")
               + sse("content_block_delta",
                     R"({"type":"content_block_delta","index":2,"delta":{"type":"citations_delta",)"
                     R"("citation":{"type":"web_search_result_location"}}})")
               + sse(
                   "content_block_delta",
                   R"({"type":"content_block_delta","index":2,"delta":{"type":"compaction_delta",)"
                   R"("content":"x"}})")
               + sse("content_block_delta",
                     R"({"type":"content_block_delta","index":2,"delta":{"type":"text_delta",)"
                     R"("text":"Found","extra":true}})")
               + sse("content_block_stop", R"({"type":"content_block_stop","index":2})")
               + sse("message_delta",
                     R"({"type":"message_delta","delta":{"stop_reason":"end_turn",)"
                     R"("stop_details":null,"container":null},"usage":{"output_tokens":9,)"
                     R"("server_tool_use":{"web_search_requests":1},"service_tier":"standard",)"
                     R"("inference_geo":"us"}})")
               + sse("message_stop", R"({"type":"message_stop"})")
        << events({
               R"({"kind":"usage","index":0,"input":10,"output":1,"cache_read":0,"cache_write":0})",
               R"({"kind":"text","index":2,"text":"Found"})",
               R"({"kind":"usage","index":0,"input":10,"output":9,"cache_read":0,"cache_write":0})",
               R"({"kind":"stop","index":0,"reason":"end_turn","raw":"end_turn"})",
           });

    QTest::newRow("parallel tool calls")
        << ""
        << messageStart()
               + sse(
                   "content_block_start",
                   R"({"type":"content_block_start","index":0,"content_block":{"type":"tool_use",)"
                   R"("id":"toolu_A","name":"read_file","input":{}}})")
               + sse(
                   "content_block_delta",
                   R"({"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta",)"
                   R"("partial_json":""}})")
               + sse(
                   "content_block_delta",
                   R"({"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta",)"
                   R"("partial_json":"{\"path\": \"a.txt\"}"}})")
               + sse("content_block_stop", R"({"type":"content_block_stop","index":0})")
               + sse(
                   "content_block_start",
                   R"({"type":"content_block_start","index":1,"content_block":{"type":"tool_use",)"
                   R"("id":"toolu_B","name":"list_dir","input":{}}})")
               + sse(
                   "content_block_delta",
                   R"({"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta",)"
                   R"("partial_json":"{\"path\""}})")
               + sse(
                   "content_block_delta",
                   R"({"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta",)"
                   R"("partial_json":": \".\"}"}})")
               + sse("content_block_stop", R"({"type":"content_block_stop","index":1})")
               + messageEnd("tool_use", 40)
        << events({
               R"({"kind":"usage","index":0,"input":10,"output":1,"cache_read":0,"cache_write":0})",
               R"({"kind":"tool_call_start","index":0,"id":"toolu_A","name":"read_file"})",
               R"({"kind":"tool_call_args","index":0,"text":"{\"path\": \"a.txt\"}"})",
               R"({"kind":"tool_call_end","index":0})",
               R"({"kind":"tool_call_start","index":1,"id":"toolu_B","name":"list_dir"})",
               R"({"kind":"tool_call_args","index":1,"text":"{\"path\""})",
               R"({"kind":"tool_call_args","index":1,"text":": \".\"}"})",
               R"({"kind":"tool_call_end","index":1})",
               R"({"kind":"usage","index":0,"input":10,"output":40,"cache_read":0,)"
               R"("cache_write":0})",
               R"({"kind":"stop","index":0,"reason":"tool_use","raw":"tool_use"})",
           });

    QTest::newRow("tool input given whole in content_block_start")
        << "minimax"
        << messageStart()
               + sse(
                   "content_block_start",
                   R"({"type":"content_block_start","index":0,"content_block":{"type":"tool_use",)"
                   R"("id":"call_1","name":"read_file","input":{"path":"a.txt"}}})")
               + sse("content_block_stop", R"({"type":"content_block_stop","index":0})")
               + messageEnd("tool_use", 7)
        << events({
               R"({"kind":"usage","index":0,"input":10,"output":1,"cache_read":0,"cache_write":0})",
               R"({"kind":"tool_call_start","index":0,"id":"call_1","name":"read_file"})",
               R"({"kind":"tool_call_args","index":0,"text":"{\"path\":\"a.txt\"}"})",
               R"({"kind":"tool_call_end","index":0})",
               R"({"kind":"usage","index":0,"input":10,"output":7,"cache_read":0,"cache_write":0})",
               R"({"kind":"stop","index":0,"reason":"tool_use","raw":"tool_use"})",
           });

    QTest::newRow("redacted thinking")
        << ""
        << messageStart()
               + sse(
                   "content_block_start",
                   R"({"type":"content_block_start","index":0,)"
                   R"("content_block":{"type":"redacted_thinking",)"
                   R"("data":"EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpP"}})")
               + sse("content_block_stop", R"({"type":"content_block_stop","index":0})")
               + sse(
                   "content_block_start",
                   R"({"type":"content_block_start","index":1,"content_block":{"type":"thinking",)"
                   R"("thinking":""}})")
               + sse("content_block_delta",
                     R"({"type":"content_block_delta","index":1,"delta":{"type":"thinking_delta",)"
                     R"("thinking":"Hmm."}})")
               + sse("content_block_delta",
                     R"({"type":"content_block_delta","index":1,"delta":{"type":"signature_delta",)"
                     R"("signature":"c2lnbmF0dXJl"}})")
               + sse("content_block_stop", R"({"type":"content_block_stop","index":1})")
               + textBlock(2, "Done.") + messageEnd()
        << events({
               R"({"kind":"usage","index":0,"input":10,"output":1,"cache_read":0,"cache_write":0})",
               R"({"kind":"redacted_thinking","index":0,)"
               R"("data":"EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpP"})",
               R"({"kind":"thinking","index":1,"text":"Hmm."})",
               R"({"kind":"thinking","index":1,"text":"","signature":"c2lnbmF0dXJl"})",
               R"({"kind":"text","index":2,"text":"Done."})",
               R"({"kind":"usage","index":0,"input":10,"output":5,"cache_read":0,"cache_write":0})",
               R"({"kind":"stop","index":0,"reason":"end_turn","raw":"end_turn"})",
           });

    QTest::newRow("cache usage merged into running totals")
        << ""
        << sse("message_start",
               R"({"type":"message_start","message":{"id":"msg_2","type":"message",)"
               R"("role":"assistant","content":[],"model":"m","usage":{"input_tokens":3,)"
               R"("cache_creation_input_tokens":1200,"cache_read_input_tokens":0,)"
               R"("cache_creation":{"ephemeral_5m_input_tokens":1200},"output_tokens":2,)"
               R"("service_tier":"standard"}}})")
               + textBlock(0, "Ok")
               + sse("message_delta",
                     R"({"type":"message_delta","delta":{"stop_reason":"max_tokens",)"
                     R"("stop_sequence":null},"usage":{"input_tokens":null,)"
                     R"("cache_read_input_tokens":800,"output_tokens":64}})")
               + sse("message_stop", R"({"type":"message_stop"})")
        << events({
               R"({"kind":"usage","index":0,"input":3,"output":2,"cache_read":0,)"
               R"("cache_write":1200})",
               R"({"kind":"text","index":0,"text":"Ok"})",
               R"({"kind":"usage","index":0,"input":3,"output":64,"cache_read":800,)"
               R"("cache_write":1200})",
               R"({"kind":"stop","index":0,"reason":"max_tokens","raw":"max_tokens"})",
           });

    for (const auto &[raw, mapped] :
         {std::pair{"stop_sequence", "stop_sequence"}, std::pair{"refusal", "refusal"},
          std::pair{"pause_turn", "other"}, std::pair{"model_context_window_exceeded", "other"},
          std::pair{"sensitive", "refusal"}}) {
        const QByteArray stop = QByteArray(R"({"kind":"stop","index":0,"reason":")") + mapped
                                + R"(","raw":")" + raw + R"("})";
        QTest::addRow("stop reason %s", raw)
            << "" << messageStart() + messageEnd(raw, 2)
            << events({
                   R"({"kind":"usage","index":0,"input":10,"output":1,"cache_read":0,)"
                   R"("cache_write":0})",
                   R"({"kind":"usage","index":0,"input":10,"output":2,"cache_read":0,)"
                   R"("cache_write":0})",
                   stop.constData(),
               });
    }

    QTest::newRow("in-stream error after text")
        << ""
        << messageStart()
               + sse("content_block_start",
                     R"({"type":"content_block_start","index":0,"content_block":{"type":"text",)"
                     R"("text":""}})")
               + sse("content_block_delta",
                     R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta",)"
                     R"("text":"Partial"}})")
               + sse(
                   "error",
                   R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},)"
                   R"("request_id":"req_1"})")
               + textBlock(1, "ignored after the error") + messageEnd()
        << events({
               R"({"kind":"usage","index":0,"input":10,"output":1,"cache_read":0,"cache_write":0})",
               R"({"kind":"text","index":0,"text":"Partial"})",
               R"({"kind":"error","index":0,"error_kind":"overloaded","status":0,)"
               R"("code":"overloaded_error","message":"Overloaded"})",
           });

    QTest::newRow("in-stream api_error")
        << ""
        << messageStart()
               + sse("error", R"({"type":"error","error":{"type":"api_error",)"
                              R"("message":"Internal server error"}})")
        << events({
               R"({"kind":"usage","index":0,"input":10,"output":1,"cache_read":0,"cache_write":0})",
               R"({"kind":"error","index":0,"error_kind":"server","status":0,"code":"api_error",)"
               R"("message":"Internal server error"})",
           });

    QTest::newRow("in-stream rate limit")
        << ""
        << sse("error",
               R"({"type":"error","error":{"type":"rate_limit_error",)"
               R"("message":"Number of request tokens has exceeded your per-minute rate limit"}})")
        << events({
               R"({"kind":"error","index":0,"error_kind":"rate_limited","status":0,)"
               R"("code":"rate_limit_error",)"
               R"("message":"Number of request tokens has exceeded your per-minute rate limit"})",
           });

    QTest::newRow("in-stream MiniMax balance error")
        << "minimax"
        << sse("error", R"({"type":"error","error":{"type":"api_error",)"
                        R"j("message":"insufficient balance (1008)"},)j"
                        R"("request_id":"05997465cd2ee4bd50b24b216c911b75"})")
        << events({
               R"({"kind":"error","index":0,"error_kind":"quota_exhausted","status":0,)"
               R"j("code":"api_error","message":"insufficient balance (1008)"})j",
           });

    QTest::newRow("a 200 body that is a JSON error, not a stream")
        << "zhipu"
        << QByteArray(
               R"({"type":"error","error":{"type":"1113",)"
               R"("message":"Insufficient balance or no resource package. Please recharge."},)"
               R"("request_id":"20251009"})")
        << events({
               R"({"kind":"error","index":0,"error_kind":"quota_exhausted","status":0,)"
               R"("code":"1113",)"
               R"("message":"Insufficient balance or no resource package. Please recharge."})",
           });

    QTest::newRow("truncated inside a tool call")
        << ""
        << messageStart()
               + sse(
                   "content_block_start",
                   R"({"type":"content_block_start","index":0,"content_block":{"type":"tool_use",)"
                   R"("id":"toolu_X","name":"edit_file","input":{}}})")
               + sse(
                   "content_block_delta",
                   R"({"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta",)"
                   R"("partial_json":"{\"path\":"}})")
               + "event: content_block_delta\ndata: "
                 "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"input_json_de"
        << events({
               R"({"kind":"usage","index":0,"input":10,"output":1,"cache_read":0,"cache_write":0})",
               R"({"kind":"tool_call_start","index":0,"id":"toolu_X","name":"edit_file"})",
               R"({"kind":"tool_call_args","index":0,"text":"{\"path\":"})",
               R"({"kind":"error","index":0,"error_kind":"protocol","status":0,"code":"",)"
               R"("message":"the stream carried an event that is not a JSON object (event )"
               R"j(\"content_block_delta\")"})j",
           });

    QTest::newRow("ends after a complete event but before message_stop")
        << "" << messageStart() + textBlock(0, "Hi")
        << events({
               R"({"kind":"usage","index":0,"input":10,"output":1,"cache_read":0,"cache_write":0})",
               R"({"kind":"text","index":0,"text":"Hi"})",
               R"({"kind":"error","index":0,"error_kind":"protocol","status":0,"code":"",)"
               R"("message":"the stream ended before the message was complete"})",
           });

    QTest::newRow("message_stop without a stop reason is complete")
        << ""
        << messageStart() + textBlock(0, "Hi") + sse("message_stop", R"({"type":"message_stop"})")
        << events({
               R"({"kind":"usage","index":0,"input":10,"output":1,"cache_read":0,"cache_write":0})",
               R"({"kind":"text","index":0,"text":"Hi"})",
           });

    QTest::newRow("empty body")
        << "" << QByteArray()
        << events({
               R"({"kind":"error","index":0,"error_kind":"protocol","status":0,"code":"",)"
               R"("message":"the stream ended before the message was complete"})",
           });

    QTest::newRow("only pings")
        << "" << sse("ping", R"({"type":"ping"})") + sse("ping", R"({"type":"ping"})")
        << events({
               R"({"kind":"error","index":0,"error_kind":"protocol","status":0,"code":"",)"
               R"("message":"the stream ended before the message was complete"})",
           });

    QTest::newRow("invalid JSON stops decoding")
        << ""
        << messageStart()
               + sse("content_block_delta", R"({"type":"content_block_delta","index":0}}})")
               + textBlock(0, "never") + messageEnd()
        << events({
               R"({"kind":"usage","index":0,"input":10,"output":1,"cache_read":0,"cache_write":0})",
               R"({"kind":"error","index":0,"error_kind":"protocol","status":0,"code":"",)"
               R"("message":"the stream carried an event that is not a JSON object (event )"
               R"j(\"content_block_delta\")"})j",
           });

    QTest::newRow("data that is JSON but not an object")
        << "" << messageStart() + sse("content_block_delta", R"(["not","an","object"])")
        << events({
               R"({"kind":"usage","index":0,"input":10,"output":1,"cache_read":0,"cache_write":0})",
               R"({"kind":"error","index":0,"error_kind":"protocol","status":0,"code":"",)"
               R"("message":"the stream carried an event that is not a JSON object (event )"
               R"j(\"content_block_delta\")"})j",
           });
}

void TestAnthropicProtocol::streams()
{
    QFETCH(QString, dialect);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QList<Sdk::StreamEvent> decoded;
    QString problem;
    QVERIFY2(Test::decodesTheSameInEverySplit(*m_protocol, endpoint(dialect), simpleRequest(), body,
                                              &decoded, &problem),
             qPrintable(problem));
    QCOMPARE(QString::fromUtf8(Test::toJsonLines(decoded)), QString::fromUtf8(expected));
}

void TestAnthropicProtocol::multiByteCharacterSplitInsideTextDelta()
{
    // "你好, 🌍!" — three- and four-byte characters; every split point is tried, including
    // every byte inside each of them.
    const QByteArray body
        = messageStart()
          + sse("content_block_start",
                R"({"type":"content_block_start","index":0,"content_block":{"type":"text",)"
                R"("text":""}})")
          + sse("content_block_delta",
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":"
                "\"text_delta\",\"text\":\"\xE4\xBD\xA0\xE5\xA5\xBD, \xF0\x9F\x8C\x8D!\"}}")
          + sse("content_block_stop", R"({"type":"content_block_stop","index":0})") + messageEnd();
    QList<Sdk::StreamEvent> decoded;
    QString problem;
    QVERIFY2(Test::decodesTheSameInEverySplit(*m_protocol, endpoint(), simpleRequest(), body,
                                              &decoded, &problem),
             qPrintable(problem));
    QString textSeen;
    for (const Sdk::StreamEvent &event : decoded) {
        if (event.kind == Sdk::EventKind::TextDelta)
            textSeen += event.text;
    }
    QCOMPARE(textSeen, QString::fromUtf8("\xE4\xBD\xA0\xE5\xA5\xBD, \xF0\x9F\x8C\x8D!"));
    // Split inside the four-byte emoji by hand too, the way a TCP read would.
    const qsizetype emoji = body.indexOf("\xF0\x9F");
    const QList<Sdk::StreamEvent> split = Test::decode(*m_protocol, endpoint(), simpleRequest(),
                                                       body, {emoji + 1, emoji + 2, emoji + 3});
    QCOMPARE(Test::toJsonLines(split), Test::toJsonLines(decoded));
}

void TestAnthropicProtocol::oversizedEventIsProtocolError()
{
    // A line longer than the SDK parser's 16 MiB bound; fed in chunks as a network would.
    std::unique_ptr<Sdk::IStreamDecoder> decoder
        = m_protocol->createDecoder(endpoint(), simpleRequest());
    QList<Sdk::StreamEvent> decoded = decoder->feed(messageStart());
    decoded += decoder->feed("data: {\"type\":\"content_block_delta\",\"text\":\"");
    const QByteArray chunk(1024 * 1024, 'a');
    for (int i = 0; i < 17; ++i)
        decoded += decoder->feed(chunk);
    decoded += decoder->feed("\"}\n\n");
    decoded += decoder->finish();
    QCOMPARE(decoded.size(), 2);
    QCOMPARE(decoded.at(1).kind, Sdk::EventKind::Error);
    QCOMPARE(decoded.at(1).error.kind, ErrorKind::Protocol);
}

void TestAnthropicProtocol::garbageNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("body");
    QByteArray binary;
    for (int i = 0; i < 512; ++i)
        binary.append(char((i * 73 + 11) % 256));
    QTest::newRow("binary") << binary;
    QTest::newRow("binary after a good start") << messageStart() + binary;
    QTest::newRow("data lines of garbage")
        << QByteArray("data: \x01\x02\xff\xfe{{{\n\ndata: ]\n\n");
    QTest::newRow("HTML page") << QByteArray("<html><head><title>502 Bad Gateway</title></head>"
                                             "<body>nginx</body></html>\n");
    QTest::newRow("truncated UTF-8 in data")
        << QByteArray("data: {\"type\":\"x\",\"t\":\"\xE4\xBD");
    QTest::newRow("deltas with wrong shapes")
        << messageStart()
               + sse("content_block_delta",
                     R"({"type":"content_block_delta","index":"zero","delta":"text"})")
               + sse("content_block_start",
                     R"({"type":"content_block_start","index":0,"content_block":[1,2]})")
               + sse("content_block_delta",
                     R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta",)"
                     R"("text":7}})")
               + sse("content_block_stop", R"({"type":"content_block_stop","index":99})")
               + sse("message_delta", R"({"type":"message_delta","delta":null,"usage":"many"})")
               + sse("message_start", R"({"type":"message_start","message":"hi"})");
}

void TestAnthropicProtocol::garbageNeverCrashes()
{
    QFETCH(QByteArray, body);
    QList<Sdk::StreamEvent> decoded;
    QString problem;
    QVERIFY2(Test::decodesTheSameInEverySplit(*m_protocol, endpoint(), simpleRequest(), body,
                                              &decoded, &problem),
             qPrintable(problem));
    QVERIFY(!decoded.isEmpty());
    // Whatever came before, the body is reported as broken, once, at the end.
    QCOMPARE(decoded.last().kind, Sdk::EventKind::Error);
    QCOMPARE(decoded.last().error.kind, ErrorKind::Protocol);
    int errors = 0;
    for (const Sdk::StreamEvent &event : decoded)
        errors += event.kind == Sdk::EventKind::Error ? 1 : 0;
    QCOMPARE(errors, 1);
}

// ---- requests -------------------------------------------------------------------------------

void TestAnthropicProtocol::chatUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("url");
    QTest::newRow("anthropic") << "https://api.anthropic.com"
                               << ""
                               << "https://api.anthropic.com/v1/messages";
    QTest::newRow("trailing slash") << "https://api.anthropic.com/"
                                    << ""
                                    << "https://api.anthropic.com/v1/messages";
    QTest::newRow("base ending in /v1") << "https://proxy.example.com/anthropic/v1/"
                                        << ""
                                        << "https://proxy.example.com/anthropic/v1/messages";
    QTest::newRow("deepseek") << "https://api.deepseek.com/anthropic"
                              << "deepseek"
                              << "https://api.deepseek.com/anthropic/v1/messages";
    QTest::newRow("zhipu") << "https://open.bigmodel.cn/api/anthropic"
                           << "zhipu"
                           << "https://open.bigmodel.cn/api/anthropic/v1/messages";
    QTest::newRow("kimi") << "https://api.moonshot.cn/anthropic/"
                          << "moonshot"
                          << "https://api.moonshot.cn/anthropic/v1/messages";
    QTest::newRow("minimax") << "https://api.minimaxi.com/anthropic"
                             << "minimax"
                             << "https://api.minimaxi.com/anthropic/v1/messages";
    QTest::newRow("qwen") << "https://dashscope-intl.aliyuncs.com/apps/anthropic"
                          << "qwen"
                          << "https://dashscope-intl.aliyuncs.com/apps/anthropic/v1/messages";
    QTest::newRow("local proxy with port") << "http://127.0.0.1:8082"
                                           << ""
                                           << "http://127.0.0.1:8082/v1/messages";
}

void TestAnthropicProtocol::chatUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, dialect);
    QFETCH(QString, url);
    const Sdk::HttpRequest http
        = m_protocol->buildChatRequest(endpoint(dialect, base), simpleRequest());
    QCOMPARE(http.method, QByteArray("POST"));
    QCOMPARE(http.url.toString(), url);
}

void TestAnthropicProtocol::headersPerAuthStyle_data()
{
    QTest::addColumn<int>("authStyle");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("authHeader");
    QTest::addColumn<QByteArray>("authValue");
    QTest::newRow("x-api-key") << int(Sdk::AuthStyle::XApiKey) << QByteArray("sk-ant-api03-SECRET")
                               << QByteArray("x-api-key") << QByteArray("sk-ant-api03-SECRET");
    QTest::newRow("bearer") << int(Sdk::AuthStyle::Bearer) << QByteArray("glm.SECRET.key")
                            << QByteArray("authorization") << QByteArray("Bearer glm.SECRET.key");
    QTest::newRow("none") << int(Sdk::AuthStyle::None) << QByteArray("unused-SECRET")
                          << QByteArray() << QByteArray();
    QTest::newRow("empty key") << int(Sdk::AuthStyle::Bearer) << QByteArray() << QByteArray()
                               << QByteArray();
}

void TestAnthropicProtocol::headersPerAuthStyle()
{
    QFETCH(int, authStyle);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, authHeader);
    QFETCH(QByteArray, authValue);
    Sdk::Endpoint target = endpoint();
    target.authStyle = Sdk::AuthStyle(authStyle);
    target.apiKey = key;
    Sdk::ChatRequest request = simpleRequest();
    request.messages = {message(Sdk::Role::User, {text("my key is not SECRET to you")})};

    const Sdk::HttpRequest chat = m_protocol->buildChatRequest(target, request);
    const std::optional<Sdk::HttpRequest> models = m_protocol->buildListModelsRequest(target);
    QVERIFY(models);
    for (const Sdk::HttpRequest &http : {chat, *models}) {
        int authHeaders = 0;
        for (const auto &[name, value] : http.headers) {
            const bool isAuth
                = name == "x-api-key" || name == "authorization" || name == "x-goog-api-key";
            authHeaders += isAuth ? 1 : 0;
            if (isAuth) {
                QCOMPARE(name, authHeader);
                QCOMPARE(value, authValue);
            } else if (!key.isEmpty()) {
                QVERIFY2(!value.contains(key), name.constData());
            }
        }
        QCOMPARE(authHeaders, authHeader.isEmpty() ? 0 : 1);
        if (!key.isEmpty()) {
            QVERIFY(!http.url.toString().contains(QString::fromUtf8(key)));
            QVERIFY(!http.body.contains(key));
        }
        QCOMPARE(header(http, "anthropic-version"), QByteArray("2023-06-01"));
    }
    QCOMPARE(header(chat, "content-type"), QByteArray("application/json"));
    QCOMPARE(header(chat, "accept"), QByteArray("text/event-stream"));
    QCOMPARE(header(*models, "accept"), QByteArray("application/json"));
}

void TestAnthropicProtocol::versionAndBetaHeaders()
{
    Sdk::Endpoint target = endpoint();
    target.extra
        = json(R"({"anthropic-version":"2024-01-01","anthropic-beta":"files-api-2025-04-14"})");
    const Sdk::HttpRequest http = m_protocol->buildChatRequest(target, simpleRequest());
    QCOMPARE(header(http, "anthropic-version"), QByteArray("2024-01-01"));
    QCOMPARE(header(http, "anthropic-beta"), QByteArray("files-api-2025-04-14"));
    QCOMPARE(header(m_protocol->buildChatRequest(endpoint(), simpleRequest()), "anthropic-beta"),
             QByteArray());
}

void TestAnthropicProtocol::conversationBody()
{
    Sdk::ChatRequest request;
    request.model = "claude-sonnet-4-5";
    request.system = "Be brief.";
    request.maxOutputTokens = 1024;
    request.temperature = 0.5;
    request.tools = {
        Sdk::ToolDefinition{"get_weather", "Weather for a city",
                            json(R"({"type":"object","properties":{"city":{"type":"string"}},)"
                                 R"("required":["city"]})")},
        Sdk::ToolDefinition{"get_time", QString(), QJsonObject()},
    };
    request.messages = {
        message(Sdk::Role::System, {text("Use the tools.")}),
        message(Sdk::Role::User, {text("What's the weather in Paris?"),
                                  image("\x89PNG\r\n\x1a\nfake", "image/png")}),
        message(Sdk::Role::Assistant,
                {thinking("anthropic", "Let me check.", "sig-1"), text("Checking."),
                 toolCall("toolu_1", "get_weather", R"({"city": "Paris"})")}),
        message(Sdk::Role::User, {toolResult("toolu_1", "18°C")}),
        message(Sdk::Role::Assistant,
                {thinking("openai", "foreign reasoning", "foreign-sig"),
                 thinking("anthropic/deepseek", "other dialect", "ds-sig"),
                 thinking("anthropic", "cut off before its signature", QByteArray()),
                 redactedThinking("anthropic", "RU5DUllQVEVE"), text("It is 18°C. The time?"),
                 toolCall("toolu_2", "get_time", "")}),
        message(Sdk::Role::User, {toolResult("toolu_2", "timeout", true), text("Thanks")}),
    };
    const QJsonObject body = bodyOf(m_protocol->buildChatRequest(endpoint(), request));
    const QJsonObject expected = json(R"({
        "model": "claude-sonnet-4-5",
        "max_tokens": 1024,
        "stream": true,
        "system": "Be brief.\n\nUse the tools.",
        "temperature": 0.5,
        "tools": [
            {"name": "get_weather", "description": "Weather for a city",
             "input_schema": {"type": "object", "properties": {"city": {"type": "string"}},
                              "required": ["city"]}},
            {"name": "get_time", "input_schema": {"type": "object", "properties": {}}}
        ],
        "messages": [
            {"role": "user", "content": [
                {"type": "text", "text": "What's the weather in Paris?"},
                {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                                             "data": "iVBORw0KGgpmYWtl"}}
            ]},
            {"role": "assistant", "content": [
                {"type": "thinking", "thinking": "Let me check.", "signature": "sig-1"},
                {"type": "text", "text": "Checking."},
                {"type": "tool_use", "id": "toolu_1", "name": "get_weather",
                 "input": {"city": "Paris"}}
            ]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_1", "content": "18°C",
                 "is_error": false}
            ]},
            {"role": "assistant", "content": [
                {"type": "redacted_thinking", "data": "RU5DUllQVEVE"},
                {"type": "text", "text": "It is 18°C. The time?"},
                {"type": "tool_use", "id": "toolu_2", "name": "get_time", "input": {}}
            ]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_2", "content": "timeout",
                 "is_error": true},
                {"type": "text", "text": "Thanks"}
            ]}
        ]
    })");
    QVERIFY2(body == expected, qPrintable(pretty(body)));
}

void TestAnthropicProtocol::turnsMergeAndToolResultsComeFirst()
{
    Sdk::ChatRequest request = simpleRequest();
    request.messages = {
        message(Sdk::Role::User, {text("first")}),
        message(Sdk::Role::User, {text("second"), text("   ")}),
        message(Sdk::Role::Assistant, {toolCall("t1", "run_tests", R"({"all":true})")}),
        // Text before the result in the host's message; the API wants the result first.
        message(Sdk::Role::User, {text("see below"), toolResult("t1", "ok")}),
        // An assistant message of nothing but foreign thinking leaves no turn behind…
        message(Sdk::Role::Assistant, {thinking("gemini", "x", "y")}),
        // …so this user message joins the one before.
        message(Sdk::Role::User, {text("and then?")}),
        message(Sdk::Role::Assistant, {text("a"), toolCall("t2", "broken", "{not json")}),
        message(Sdk::Role::Assistant, {toolCall("t3", "array", "[1,2]")}),
    };
    const QJsonArray messages
        = bodyOf(m_protocol->buildChatRequest(endpoint(), request)).value("messages").toArray();
    const QJsonArray expected = QJsonDocument::fromJson(R"([
        {"role": "user", "content": [{"type": "text", "text": "first"},
                                     {"type": "text", "text": "second"}]},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "t1", "name": "run_tests",
                                           "input": {"all": true}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1", "content": "ok",
                                      "is_error": false},
                                     {"type": "text", "text": "see below"},
                                     {"type": "text", "text": "and then?"}]},
        {"role": "assistant", "content": [
            {"type": "text", "text": "a"},
            {"type": "tool_use", "id": "t2", "name": "broken", "input": {}},
            {"type": "tool_use", "id": "t3", "name": "array", "input": {}}]}
    ])")
                                    .array();
    QVERIFY2(messages == expected,
             QJsonDocument(messages).toJson(QJsonDocument::Indented).constData());
}

void TestAnthropicProtocol::thinkingConfiguration_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("maxOutputTokens");
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QByteArray>("thinking");     // "" when absent
    QTest::addColumn<QByteArray>("outputConfig"); // "" when absent
    QTest::addColumn<int>("maxTokens");
    QTest::addColumn<bool>("temperature");

    const int off = int(Sdk::ThinkingMode::Off);
    const int on = int(Sdk::ThinkingMode::On);
    const int max = int(Sdk::ThinkingMode::Max);
    QTest::newRow("off") << "" << off << 0 << QByteArray("{}") << QByteArray() << QByteArray()
                         << 8192 << true;
    QTest::newRow("off, defaultMaxTokens")
        << "" << off << 0 << QByteArray(R"({"defaultMaxTokens":4000})") << QByteArray()
        << QByteArray() << 4000 << true;
    QTest::newRow("off, maxOutputTokens wins over defaultMaxTokens")
        << "" << off << 2048 << QByteArray(R"({"defaultMaxTokens":4000})") << QByteArray()
        << QByteArray() << 2048 << true;
    QTest::newRow("on, budget (default style)")
        << "" << on << 0 << QByteArray("{}")
        << QByteArray(R"({"type":"enabled","budget_tokens":8000})") << QByteArray() << 12096
        << false;
    QTest::newRow("max, budget") << "" << max << 0 << QByteArray(R"({"thinkingStyle":"budget"})")
                                 << QByteArray(R"({"type":"enabled","budget_tokens":32000})")
                                 << QByteArray() << 36096 << false;
    QTest::newRow("on, budget under a larger max_tokens")
        << "" << on << 20000 << QByteArray("{}")
        << QByteArray(R"({"type":"enabled","budget_tokens":8000})") << QByteArray() << 20000
        << false;
    QTest::newRow("on, budget below the floor")
        << "" << on << 0 << QByteArray(R"({"thinkingBudgetTokens":500})")
        << QByteArray(R"({"type":"enabled","budget_tokens":1024})") << QByteArray() << 8192
        << false;
    QTest::newRow("on, explicit budget")
        << "" << on << 0 << QByteArray(R"({"thinkingBudgetTokens":16000})")
        << QByteArray(R"({"type":"enabled","budget_tokens":16000})") << QByteArray() << 20096
        << false;
    QTest::newRow("max, budget under the model's output limit")
        << "" << max << 0 << QByteArray(R"({"modelMaxOutputTokens":32000})")
        << QByteArray(R"({"type":"enabled","budget_tokens":27904})") << QByteArray() << 32000
        << false;
    QTest::newRow("on, output limit too small to think")
        << "" << on << 0 << QByteArray(R"({"modelMaxOutputTokens":1024})") << QByteArray()
        << QByteArray() << 1024 << true;
    QTest::newRow("on, adaptive") << "" << on << 0 << QByteArray(R"({"thinkingStyle":"adaptive"})")
                                  << QByteArray(R"({"type":"adaptive"})")
                                  << QByteArray(R"({"effort":"high"})") << 8192 << false;
    QTest::newRow("max, adaptive")
        << "" << max << 0 << QByteArray(R"({"thinkingStyle":"adaptive"})")
        << QByteArray(R"({"type":"adaptive"})") << QByteArray(R"({"effort":"max"})") << 8192
        << false;
    QTest::newRow("off, adaptive")
        << "" << off << 0 << QByteArray(R"({"thinkingStyle":"adaptive"})") << QByteArray()
        << QByteArray() << 8192 << true;
    QTest::newRow("on, none") << "" << on << 0 << QByteArray(R"({"thinkingStyle":"none"})")
                              << QByteArray() << QByteArray() << 8192 << true;
    QTest::newRow("deepseek off: disabled explicitly")
        << "deepseek" << off << 0 << QByteArray(R"({"thinkingStyle":"budget"})")
        << QByteArray(R"({"type":"disabled"})") << QByteArray() << 8192 << true;
    QTest::newRow("deepseek on: budget and effort")
        << "deepseek" << on << 0 << QByteArray(R"({"thinkingStyle":"budget"})")
        << QByteArray(R"({"type":"enabled","budget_tokens":8000})")
        << QByteArray(R"({"effort":"high"})") << 12096 << false;
    QTest::newRow("deepseek max: effort max")
        << "deepseek" << max << 0 << QByteArray("{}")
        << QByteArray(R"({"type":"enabled","budget_tokens":32000})")
        << QByteArray(R"({"effort":"max"})") << 36096 << false;
    QTest::newRow("deepseek, none")
        << "deepseek" << off << 0 << QByteArray(R"({"thinkingStyle":"none"})") << QByteArray()
        << QByteArray() << 8192 << true;
    QTest::newRow("zhipu off: disabled explicitly")
        << "zhipu" << off << 0 << QByteArray("{}") << QByteArray(R"({"type":"disabled"})")
        << QByteArray() << 8192 << true;
    QTest::newRow("zhipu on") << "zhipu" << on << 0 << QByteArray("{}")
                              << QByteArray(R"({"type":"enabled","budget_tokens":8000})")
                              << QByteArray() << 12096 << false;
    QTest::newRow("moonshot off") << "moonshot" << off << 0 << QByteArray("{}") << QByteArray()
                                  << QByteArray() << 8192 << true;
    QTest::newRow("minimax max") << "minimax" << max << 0 << QByteArray("{}")
                                 << QByteArray(R"({"type":"enabled","budget_tokens":32000})")
                                 << QByteArray() << 36096 << false;
}

void TestAnthropicProtocol::thinkingConfiguration()
{
    QFETCH(QString, dialect);
    QFETCH(int, mode);
    QFETCH(int, maxOutputTokens);
    QFETCH(QByteArray, extra);
    QFETCH(QByteArray, thinking);
    QFETCH(QByteArray, outputConfig);
    QFETCH(int, maxTokens);
    QFETCH(bool, temperature);
    Sdk::ChatRequest request = simpleRequest();
    request.thinking = Sdk::ThinkingMode(mode);
    request.maxOutputTokens = maxOutputTokens;
    request.temperature = 0.7;
    request.extra = json(extra.constData());
    const QJsonObject body = bodyOf(m_protocol->buildChatRequest(endpoint(dialect), request));
    if (thinking.isEmpty())
        QVERIFY2(!body.contains("thinking"), qPrintable(pretty(body)));
    else
        QCOMPARE(body.value("thinking").toObject(), json(thinking.constData()));
    if (outputConfig.isEmpty())
        QVERIFY2(!body.contains("output_config"), qPrintable(pretty(body)));
    else
        QCOMPARE(body.value("output_config").toObject(), json(outputConfig.constData()));
    QCOMPARE(body.value("max_tokens").toInt(), maxTokens);
    QCOMPARE(body.contains("temperature"), temperature);
    if (temperature)
        QCOMPARE(body.value("temperature").toDouble(), 0.7);
}

void TestAnthropicProtocol::temperatureRange_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<double>("given");
    QTest::addColumn<double>("sent"); // negative: not sent
    QTest::newRow("anthropic in range") << "" << 0.0 << 0.0;
    QTest::newRow("anthropic above 1") << "" << 1.5 << 1.0;
    QTest::newRow("not set") << "" << -1.0 << -1.0;
    QTest::newRow("deepseek up to 2") << "deepseek" << 1.5 << 1.5;
    QTest::newRow("deepseek above 2") << "deepseek" << 3.0 << 2.0;
    QTest::newRow("minimax excludes 0") << "minimax" << 0.0 << 0.01;
    QTest::newRow("kimi above 1") << "moonshot" << 1.2 << 1.0;
}

void TestAnthropicProtocol::temperatureRange()
{
    QFETCH(QString, dialect);
    QFETCH(double, given);
    QFETCH(double, sent);
    Sdk::ChatRequest request = simpleRequest();
    request.temperature = given;
    const QJsonObject body = bodyOf(m_protocol->buildChatRequest(endpoint(dialect), request));
    QCOMPARE(body.contains("temperature"), sent >= 0);
    if (sent >= 0)
        QCOMPARE(body.value("temperature").toDouble(), sent);
}

void TestAnthropicProtocol::foreignThinkingInToolLoopTurnsThinkingOff()
{
    // A failover from another vendor in the middle of a tool loop: the last assistant turn
    // calls a tool and its thinking cannot come along. Anthropic refuses thinking then.
    const auto loop = [](const Sdk::ContentPart &thought) {
        Sdk::ChatRequest request = simpleRequest();
        request.thinking = Sdk::ThinkingMode::On;
        request.messages = {
            message(Sdk::Role::User, {text("fix the test")}),
            message(Sdk::Role::Assistant, {thought, toolCall("call_1", "run_tests", "{}")}),
            message(Sdk::Role::User, {toolResult("call_1", "1 failed")}),
        };
        return request;
    };
    const Sdk::ContentPart foreign = thinking("openai/deepseek", "reasoning", QByteArray());
    const Sdk::ContentPart own = thinking("anthropic", "reasoning", "sig");

    QJsonObject body = bodyOf(m_protocol->buildChatRequest(endpoint(), loop(foreign)));
    QVERIFY2(!body.contains("thinking"), qPrintable(pretty(body)));
    QCOMPARE(body.value("max_tokens").toInt(), 8192);

    body = bodyOf(m_protocol->buildChatRequest(endpoint(), loop(own)));
    QCOMPARE(body.value("thinking").toObject(), json(R"({"type":"enabled","budget_tokens":8000})"));

    // A vendor whose models think by default is told not to.
    body = bodyOf(m_protocol->buildChatRequest(endpoint("zhipu"), loop(foreign)));
    QCOMPARE(body.value("thinking").toObject(), json(R"({"type":"disabled"})"));

    // Once the loop is over (the last assistant turn is plain text), thinking is back.
    Sdk::ChatRequest later = loop(foreign);
    later.messages.append(message(Sdk::Role::Assistant, {text("Fixed.")}));
    later.messages.append(message(Sdk::Role::User, {text("thanks, now the docs")}));
    body = bodyOf(m_protocol->buildChatRequest(endpoint(), later));
    QCOMPARE(body.value("thinking").toObject(), json(R"({"type":"enabled","budget_tokens":8000})"));
}

void TestAnthropicProtocol::deepseekGetsThinkingBlocksBackInToolLoop()
{
    Sdk::ChatRequest request = simpleRequest();
    request.model = "deepseek-v4-pro";
    request.thinking = Sdk::ThinkingMode::On;
    request.messages = {
        message(Sdk::Role::User, {text("fix the test")}),
        // Claude's signed thinking cannot go to DeepSeek; its turn gets an empty block instead.
        message(Sdk::Role::Assistant, {thinking("anthropic", "claude thought", "sig"),
                                       redactedThinking("anthropic/deepseek", "X"),
                                       toolCall("call_1", "run_tests", "{}")}),
        message(Sdk::Role::User, {toolResult("call_1", "1 failed")}),
        // DeepSeek's own thinking has no signature and goes back as it was.
        message(Sdk::Role::Assistant, {thinking("anthropic/deepseek", "my thought", QByteArray()),
                                       toolCall("call_2", "read_file", R"({"path":"t.cpp"})")}),
        message(Sdk::Role::User, {toolResult("call_2", "int main() {}")}),
    };
    QJsonObject body = bodyOf(m_protocol->buildChatRequest(endpoint("deepseek"), request));
    const QJsonArray expected = QJsonDocument::fromJson(R"([
        {"role": "user", "content": [{"type": "text", "text": "fix the test"}]},
        {"role": "assistant", "content": [
            {"type": "thinking", "thinking": "", "signature": ""},
            {"type": "tool_use", "id": "call_1", "name": "run_tests", "input": {}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "call_1",
                                      "content": "1 failed", "is_error": false}]},
        {"role": "assistant", "content": [
            {"type": "thinking", "thinking": "my thought", "signature": ""},
            {"type": "tool_use", "id": "call_2", "name": "read_file", "input": {"path": "t.cpp"}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "call_2",
                                      "content": "int main() {}", "is_error": false}]}
    ])")
                                    .array();
    QVERIFY2(body.value("messages").toArray() == expected, qPrintable(pretty(body)));
    QCOMPARE(body.value("thinking").toObject(), json(R"({"type":"enabled","budget_tokens":8000})"));

    // With thinking switched off nothing is added (and DeepSeek's own block still goes back).
    request.thinking = Sdk::ThinkingMode::Off;
    body = bodyOf(m_protocol->buildChatRequest(endpoint("deepseek"), request));
    const QJsonArray messages = body.value("messages").toArray();
    QCOMPARE(messages.at(1).toObject().value("content").toArray().size(), 1);
    QCOMPARE(messages.at(3).toObject().value("content").toArray().size(), 2);
    QCOMPARE(body.value("thinking").toObject(), json(R"({"type":"disabled"})"));
}

void TestAnthropicProtocol::dialectsWithoutImages_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<bool>("takesImages");
    QTest::newRow("anthropic") << "" << true;
    QTest::newRow("zhipu") << "zhipu" << true;
    QTest::newRow("moonshot") << "moonshot" << true;
    QTest::newRow("qwen") << "qwen" << true;
    QTest::newRow("deepseek") << "deepseek" << false;
    QTest::newRow("minimax") << "minimax" << false;
}

void TestAnthropicProtocol::dialectsWithoutImages()
{
    QFETCH(QString, dialect);
    QFETCH(bool, takesImages);
    Sdk::ChatRequest request = simpleRequest();
    request.messages = {message(Sdk::Role::User,
                                {text("what is this?"), image("\xFF\xD8\xFF\xE0jpeg", QString())})};
    const QJsonArray content = bodyOf(m_protocol->buildChatRequest(endpoint(dialect), request))
                                   .value("messages")
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value("content")
                                   .toArray();
    QCOMPARE(content.size(), 2);
    const QJsonObject block = content.at(1).toObject();
    if (takesImages) {
        QCOMPARE(block.value("type").toString(), "image");
        QCOMPARE(block.value("source").toObject().value("media_type").toString(), "image/jpeg");
    } else {
        QCOMPARE(block.value("type").toString(), "text");
        QVERIFY(block.value("text").toString().contains("image"));
    }
}

void TestAnthropicProtocol::unsignedThinkingPerDialect_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<bool>("keptUnsigned");
    QTest::addColumn<bool>("keptRedacted");
    QTest::newRow("anthropic") << "" << false << true;
    QTest::newRow("zhipu") << "zhipu" << false << true;
    QTest::newRow("minimax") << "minimax" << false << true;
    QTest::newRow("moonshot") << "moonshot" << true << true;
    QTest::newRow("deepseek") << "deepseek" << true << false;
}

void TestAnthropicProtocol::unsignedThinkingPerDialect()
{
    QFETCH(QString, dialect);
    QFETCH(bool, keptUnsigned);
    QFETCH(bool, keptRedacted);
    const QString origin = dialect.isEmpty() ? QString("anthropic") : "anthropic/" + dialect;
    Sdk::ChatRequest request = simpleRequest();
    request.messages = {
        message(Sdk::Role::User, {text("q")}),
        message(Sdk::Role::Assistant,
                {thinking(origin, "unsigned", QByteArray()), thinking(origin, "signed", "sig"),
                 redactedThinking(origin, "REDACTED"), text("a")}),
        message(Sdk::Role::User, {text("q2")}),
    };
    const QJsonArray content = bodyOf(m_protocol->buildChatRequest(endpoint(dialect), request))
                                   .value("messages")
                                   .toArray()
                                   .at(1)
                                   .toObject()
                                   .value("content")
                                   .toArray();
    QStringList kept;
    for (const QJsonValue &block : content) {
        const QJsonObject object = block.toObject();
        kept.append(object.value("type").toString() == "redacted_thinking"
                        ? "redacted"
                        : object.value("thinking").toString(object.value("text").toString()));
    }
    QStringList expected;
    if (keptUnsigned)
        expected.append("unsigned");
    expected.append("signed");
    if (keptRedacted)
        expected.append("redacted");
    expected.append("a");
    QCOMPARE(kept, expected);
}

// ---- errors ---------------------------------------------------------------------------------

void TestAnthropicProtocol::classifyError_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter"); // the header's value; empty: absent
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("retryAfterMs");

    const auto row = [](const char *name, const QString &dialect, int status,
                        const QByteArray &retryAfter, const QByteArray &body, ErrorKind kind,
                        const QString &code, const QString &message, qint64 retryAfterMs = -1) {
        QTest::newRow(name) << dialect << status << retryAfter << body << int(kind) << code
                            << message << retryAfterMs;
    };

    // Anthropic (platform.claude.com/docs/en/api/errors and providers.md §1.4, §7).
    row("anthropic 401", "", 401, {},
        R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},)"
        R"("request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"})",
        ErrorKind::Auth, "authentication_error", "invalid x-api-key");
    row("anthropic 403 permission", "", 403, {},
        R"({"type":"error","error":{"type":"permission_error",)"
        R"("message":"Your API key does not have permission to use the specified resource."}})",
        ErrorKind::Forbidden, "permission_error",
        "Your API key does not have permission to use the specified resource.");
    row("anthropic 403 region", "", 403, {},
        R"({"error":{"type":"forbidden","message":"Request not allowed"}})", ErrorKind::Forbidden,
        "forbidden", "Request not allowed");
    row("region refusal sent as 400", "", 400, {},
        R"({"error":{"code":"unsupported_country_region_territory","message":"Country, region,)"
        R"( or territory not supported","type":"request_forbidden"}})",
        ErrorKind::Forbidden, "unsupported_country_region_territory",
        "Country, region, or territory not supported");
    row("anthropic 402 billing", "", 402, {},
        R"({"type":"error","error":{"type":"billing_error",)"
        R"("message":"Your account has a billing issue."}})",
        ErrorKind::QuotaExhausted, "billing_error", "Your account has a billing issue.");
    row("anthropic 429 rate limit", "", 429, "30",
        R"({"type":"error","error":{"type":"rate_limit_error",)"
        R"("message":"This request would exceed the rate limit for your organization of 50,)"
        R"(000 input tokens per minute."}})",
        ErrorKind::RateLimited, "rate_limit_error",
        "This request would exceed the rate limit for your organization of 50,000 input tokens per "
        "minute.",
        30000);
    row("anthropic 429 fractional retry-after", "", 429, "1.5",
        R"({"type":"error","error":{"type":"rate_limit_error","message":"Rate limited"}})",
        ErrorKind::RateLimited, "rate_limit_error", "Rate limited", 1500);
    row("anthropic 429 spend cap (no retry-after)", "", 429, {},
        R"({"type":"error","error":{"type":"rate_limit_error",)"
        R"("message":"You have reached your monthly spend limit.",)"
        R"("details":{"error_code":"enforced_spend_limit_reached"}}})",
        ErrorKind::QuotaExhausted, "enforced_spend_limit_reached",
        "You have reached your monthly spend limit.");
    row("anthropic 400 credit balance", "", 400, {},
        R"({"type":"error","error":{"type":"invalid_request_error",)"
        R"("message":"Your credit balance is too low to access the Anthropic API. Please go to )"
        R"(Plans & Billing to upgrade or purchase credits."},)"
        R"("request_id":"req_011Cbr53dad6tQFhL2qejsTR"})",
        ErrorKind::QuotaExhausted, "invalid_request_error",
        "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing "
        "to upgrade or purchase credits.");
    row("anthropic 400 user-set usage limit", "", 400, {},
        R"({"type":"error","error":{"type":"invalid_request_error",)"
        R"("message":"You have reached your specified API usage limits. You will regain access )"
        R"(on 2026-12-01 at 00:00 UTC."}})",
        ErrorKind::QuotaExhausted, "invalid_request_error",
        "You have reached your specified API usage limits. You will regain access on 2026-12-01 at "
        "00:00 UTC.");
    row("anthropic 529", "", 529, "10",
        R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})",
        ErrorKind::Overloaded, "overloaded_error", "Overloaded", 10000);
    row("anthropic prompt too long", "", 400, {},
        R"({"type":"error","error":{"type":"invalid_request_error",)"
        R"("message":"prompt is too long: 208310 tokens > 200000 maximum"}})",
        ErrorKind::ContextTooLong, "invalid_request_error",
        "prompt is too long: 208310 tokens > 200000 maximum");
    row("anthropic context limit", "", 400, {},
        R"({"type":"error","error":{"type":"invalid_request_error",)"
        R"("message":"input length and `max_tokens` exceed context limit: 188240 + 21333 > 200000,)"
        R"( decrease input length or `max_tokens` and try again"}})",
        ErrorKind::ContextTooLong, "invalid_request_error",
        "input length and `max_tokens` exceed context limit: 188240 + 21333 > 200000, decrease "
        "input length or `max_tokens` and try again");
    row("anthropic 400 thinking modified", "", 400, {},
        R"({"type":"error","error":{"type":"invalid_request_error",)"
        R"("message":"messages.1.content.0: `thinking` or `redacted_thinking` blocks in the )"
        R"(latest assistant message cannot be modified."}})",
        ErrorKind::BadRequest, "invalid_request_error",
        "messages.1.content.0: `thinking` or `redacted_thinking` blocks in the latest assistant "
        "message cannot be modified.");
    row("anthropic 404", "", 404, {},
        R"({"type":"error","error":{"type":"not_found_error","message":"model: claude-none"}})",
        ErrorKind::BadRequest, "not_found_error", "model: claude-none");
    row("413 from Cloudflare", "", 413, {},
        "<html>\r\n<head><title>413 Request Entity Too "
        "Large</title></head>\r\n<body>\r\n<center><h1>413 Request Entity Too "
        "Large</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n",
        ErrorKind::BadRequest, "", "413 Request Entity Too Large");
    row("422", "", 422, {},
        R"({"error":{"message":"Invalid Parameters","type":"invalid_request_error"}})",
        ErrorKind::BadRequest, "invalid_request_error", "Invalid Parameters");
    row("anthropic 500", "", 500, {},
        R"({"type":"error","error":{"type":"api_error","message":"Internal server error"}})",
        ErrorKind::Server, "api_error", "Internal server error");
    row("anthropic 504", "", 504, {},
        R"({"type":"error","error":{"type":"timeout_error","message":"Request timed out"}})",
        ErrorKind::Server, "timeout_error", "Request timed out");
    row("408", "", 408, {}, "", ErrorKind::Server, "", "HTTP 408");
    row("502 without a body", "", 502, {}, "", ErrorKind::Server, "", "HTTP 502");
    row("403 Cloudflare block page", "moonshot", 403, {},
        "<!DOCTYPE html>\n<html class=\"no-js\"><head><title>Attention Required! | "
        "Cloudflare</title>"
        "<script>var x = '<title>no</title>';</script></head><body><h1>Sorry, you have been "
        "blocked</h1></body></html>",
        ErrorKind::Forbidden, "", "Attention Required! | Cloudflare");
    row("520 page without a title", "", 520, {},
        "<html><body><style>p{}</style><p>Web server is returning an   unknown "
        "error</p></body></html>",
        ErrorKind::Server, "", "Web server is returning an unknown error");
    row("plain-text body", "", 503, "5",
        "upstream connect error or disconnect/reset before headers", ErrorKind::Server, "",
        "upstream connect error or disconnect/reset before headers", 5000);

    // Zhipu (docs.bigmodel.cn/cn/api/api-code; bodies as Claude Code users reported them).
    row("zhipu 1113 Anthropic shape", "zhipu", 429, {},
        R"({"type":"error","error":{"type":"1113",)"
        R"("message":"Insufficient balance or no resource package. Please recharge."},)"
        R"("request_id":"202510091744123546de24396949b8"})",
        ErrorKind::QuotaExhausted, "1113",
        "Insufficient balance or no resource package. Please recharge.");
    row("zhipu 1113 OpenAI shape", "zhipu", 429, {},
        R"({"error":{"code":"1113","message":"余额不足或无可用资源包,请充值。"}})",
        ErrorKind::QuotaExhausted, "1113", "余额不足或无可用资源包,请充值。");
    row("zhipu 1113 seen through a custom endpoint", "", 429, {},
        R"({"type":"error","error":{"type":"1113","message":"余额不足或无可用资源包,请充值。"}})",
        ErrorKind::QuotaExhausted, "1113", "余额不足或无可用资源包,请充值。");
    row("zhipu 1302 concurrency", "zhipu", 429, {},
        R"({"type":"error","error":{"type":"1302","message":"您当前使用该 API 的并发数过高，请降低并发，)"
        R"(或联系客服增加限额。"}})",
        ErrorKind::RateLimited, "1302",
        "您当前使用该 API 的并发数过高，请降低并发，或联系客服增加限额。");
    row("zhipu 1308 plan usage cap", "zhipu", 429, {},
        R"({"type":"error","error":{"type":"1308",)"
        R"("message":"已达到 5 小时 的使用上限。您的限额将在 2026-11-22 18:00:00 重置。"}})",
        ErrorKind::QuotaExhausted, "1308",
        "已达到 5 小时 的使用上限。您的限额将在 2026-11-22 18:00:00 重置。");
    row("zhipu 1309 plan expired", "zhipu", 403, {},
        R"({"type":"error","error":{"type":"1309","message":"您的 GLM Coding Plan 套餐已到期，暂无法使用"}})",
        ErrorKind::QuotaExhausted, "1309", "您的 GLM Coding Plan 套餐已到期，暂无法使用");
    row("zhipu 1312 model busy", "zhipu", 429, {},
        R"({"type":"error","error":{"type":"1312","message":"该模型当前访问量过大，请您稍后再试"}})",
        ErrorKind::Overloaded, "1312", "该模型当前访问量过大，请您稍后再试");
    row("zhipu 1261 prompt too long", "zhipu", 400, {},
        R"({"type":"error","error":{"type":"1261","message":"Prompt 超长"}})",
        ErrorKind::ContextTooLong, "1261", "Prompt 超长");
    row("zhipu 1301 content filter", "zhipu", 400, {},
        R"({"type":"error","error":{"type":"1301",)"
        R"("message":"系统检测到输入或生成内容可能包含不安全或敏感内容，请您避免输入易产生敏感内容的提示语，感谢您的配合。"}})",
        ErrorKind::BadRequest, "1301",
        "系统检测到输入或生成内容可能包含不安全或敏感内容，请您避免输入易产生敏感内容的提示语，感谢"
        "您的配合。");
    row("zhipu 1002 bad token", "zhipu", 401, {},
        R"({"type":"error","error":{"type":"1002",)"
        R"("message":"Authentication Token非法，请确认Authentication Token正确传递。"}})",
        ErrorKind::Auth, "1002", "Authentication Token非法，请确认Authentication Token正确传递。");
    row("zhipu 1211 unknown model", "zhipu", 400, {},
        R"({"type":"error","error":{"type":"1211","message":"模型不存在，请检查模型代码。"}})",
        ErrorKind::BadRequest, "1211", "模型不存在，请检查模型代码。");
    row("zhipu 1311 model not in plan", "zhipu", 429, {},
        R"({"type":"error","error":{"type":"1311","message":"当前订阅套餐暂未开放GLM-5权限"}})",
        ErrorKind::Forbidden, "1311", "当前订阅套餐暂未开放GLM-5权限");

    // DeepSeek (api-docs.deepseek.com/quick_start/error_codes; OpenAI-shaped bodies).
    row("deepseek 402", "deepseek", 402, {},
        R"({"error":{"message":"Insufficient Balance","type":"unknown_error","param":null,)"
        R"("code":"invalid_request_error"}})",
        ErrorKind::QuotaExhausted, "invalid_request_error", "Insufficient Balance");
    row("deepseek 401", "deepseek", 401, {},
        R"({"error":{"message":"Authentication Fails, Your api key: ****abcd is invalid",)"
        R"("type":"authentication_error","param":null,"code":"invalid_request_error"}})",
        ErrorKind::Auth, "invalid_request_error",
        "Authentication Fails, Your api key: ****abcd is invalid");
    row("deepseek 503 overloaded", "deepseek", 503, {},
        R"({"error":{"message":"Server overloaded, please try again later.","type":"server_error",)"
        R"("param":null,"code":"server_error"}})",
        ErrorKind::Overloaded, "server_error", "Server overloaded, please try again later.");
    row("deepseek 429", "deepseek", 429, {},
        R"({"error":{"message":"Rate Limit Reached","type":"rate_limit_error","param":null,)"
        R"("code":"rate_limit_error"}})",
        ErrorKind::RateLimited, "rate_limit_error", "Rate Limit Reached");
    row("deepseek context length", "deepseek", 400, {},
        R"({"error":{"message":"This model's maximum context length is 131072 tokens. However,)"
        R"( you requested 140321 tokens (132129 in the messages,)"
        R"( 8192 in the completion). Please reduce the length of the messages or completion.",)"
        R"("type":"invalid_request_error","param":null,"code":"invalid_request_error"}})",
        ErrorKind::ContextTooLong, "invalid_request_error",
        "This model's maximum context length is 131072 tokens. However, you requested 140321 "
        "tokens (132129 in the messages, 8192 in the completion). Please reduce the length of the "
        "messages or completion.");
    row("deepseek thinking not passed back", "deepseek", 400, {},
        R"({"error":{"message":"The content[].thinking in the thinking mode must be passed back )"
        R"(to the API.",)"
        R"("type":"invalid_request_error","param":null,"code":"invalid_request_error"}})",
        ErrorKind::BadRequest, "invalid_request_error",
        "The content[].thinking in the thinking mode must be passed back to the API.");

    // Kimi (bodies from MoonshotAI issue trackers).
    row("kimi 429 suspended for balance", "moonshot", 429, {},
        R"({"error":{"message":"Your account org-abe22bdc <ak-fbfjz5ago7> is suspended due to )"
        R"(insufficient balance,)"
        R"( please recharge your account or check your plan and billing details",)"
        R"("type":"exceeded_current_quota_error"}})",
        ErrorKind::QuotaExhausted, "exceeded_current_quota_error",
        "Your account org-abe22bdc <ak-fbfjz5ago7> is suspended due to insufficient balance, "
        "please recharge your account or check your plan and billing details");
    row("kimi 403 quota", "moonshot", 403, {},
        R"({"error":{"message":"Your account xx is not active,)"
        R"( organization xx exceeded current quota, please check your plan and billing details",)"
        R"("type":"exceeded_current_quota_error"}})",
        ErrorKind::QuotaExhausted, "exceeded_current_quota_error",
        "Your account xx is not active, organization xx exceeded current quota, please check your "
        "plan and billing details");
    row("kimi 429 engine overloaded", "moonshot", 429, {},
        R"({"error":{"message":"The engine is currently overloaded, please try again later",)"
        R"("type":"engine_overloaded_error"}})",
        ErrorKind::Overloaded, "engine_overloaded_error",
        "The engine is currently overloaded, please try again later");
    row("kimi 429 rate limit", "moonshot", 429, "3",
        R"({"error":{"message":"We're receiving too many requests at the moment. Please wait a )"
        R"(moment and try again.",)"
        R"("type":"rate_limit_reached_error"}})",
        ErrorKind::RateLimited, "rate_limit_reached_error",
        "We're receiving too many requests at the moment. Please wait a moment and try again.",
        3000);
    row("kimi 401", "moonshot", 401, {},
        R"({"error":{"message":"Invalid Authentication","type":"invalid_authentication_error"}})",
        ErrorKind::Auth, "invalid_authentication_error", "Invalid Authentication");
    row("kimi 400 too many tools", "moonshot", 400, {},
        R"({"error":{"type":"invalid_request_error",)"
        R"("message":"a max of 128 tools can be supported"},"type":"error"})",
        ErrorKind::BadRequest, "invalid_request_error", "a max of 128 tools can be supported");
    row("kimi token limit", "moonshot", 400, {},
        R"({"error":{"message":"Invalid request: Your request exceeded model token limit: 262144",)"
        R"("type":"invalid_request_error"}})",
        ErrorKind::ContextTooLong, "invalid_request_error",
        "Invalid request: Your request exceeded model token limit: 262144");

    // MiniMax (platform.minimax.io error codes; the code rides in the message).
    row("minimax 500 insufficient balance", "minimax", 500, {},
        R"j({"type":"error","error":{"type":"api_error","message":"insufficient balance (1008)"},)j"
        R"("request_id":"05997465cd2ee4bd50b24b216c911b75"})",
        ErrorKind::QuotaExhausted, "api_error", "insufficient balance (1008)");
    row("minimax rate limit", "minimax", 429, {},
        R"({"type":"error","error":{"type":"rate_limit_error",)"
        R"j("message":"rate limit exceeded (1002)"}})j",
        ErrorKind::RateLimited, "rate_limit_error", "rate limit exceeded (1002)");
    row("minimax invalid key", "minimax", 401, {},
        R"({"type":"error","error":{"type":"authentication_error",)"
        R"j("message":"invalid api key (2049)"}})j",
        ErrorKind::Auth, "authentication_error", "invalid api key (2049)");
    row("minimax plan usage limit", "minimax", 429, {},
        R"({"type":"error","error":{"type":"rate_limit_error",)"
        R"j("message":"usage limit exceeded (2056)"}})j",
        ErrorKind::QuotaExhausted, "rate_limit_error", "usage limit exceeded (2056)");
    row("minimax native base_resp", "minimax", 400, {},
        R"({"base_resp":{"status_code":1008,"status_msg":"insufficient balance"}})",
        ErrorKind::QuotaExhausted, "1008", "insufficient balance");
    row("minimax sensitive input", "minimax", 400, {},
        R"({"type":"error","error":{"type":"invalid_request_error",)"
        R"j("message":"input new_sensitive (1026)"}})j",
        ErrorKind::BadRequest, "invalid_request_error", "input new_sensitive (1026)");

    // Qwen / DashScope (named codes, providers.md §3.4).
    row("qwen arrearage", "qwen", 400, {},
        R"({"error":{"message":"Access denied,)"
        R"( please make sure your account is in good standing.","type":"Arrearage",)"
        R"("code":"Arrearage"}})",
        ErrorKind::QuotaExhausted, "Arrearage",
        "Access denied, please make sure your account is in good standing.");
    row("qwen throttling", "qwen", 429, {},
        R"({"error":{"message":"Requests rate limit exceeded, please try again later.",)"
        R"("type":"Throttling.RateQuota","code":"Throttling.RateQuota"}})",
        ErrorKind::RateLimited, "Throttling.RateQuota",
        "Requests rate limit exceeded, please try again later.");
    row("qwen invalid key", "qwen", 401, {},
        R"({"error":{"message":"Invalid API-key provided.","type":"InvalidApiKey",)"
        R"("code":"InvalidApiKey"}})",
        ErrorKind::Auth, "InvalidApiKey", "Invalid API-key provided.");

    // Other shapes.
    row("error as a string", "", 400, {}, R"({"error":"model is required"})", ErrorKind::BadRequest,
        "", "model is required");
}

void TestAnthropicProtocol::classifyError()
{
    QFETCH(QString, dialect);
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(qint64, retryAfterMs);
    Sdk::HttpHeaders headers{{"Content-Type", "application/json"}, {"request-id", "req_1"}};
    if (!retryAfter.isEmpty())
        headers.append({"Retry-After", retryAfter});
    const Sdk::ProviderError error
        = m_protocol->classifyError(endpoint(dialect), status, headers, body);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
    QCOMPARE(error.retryAfterMs, retryAfterMs);
}

void TestAnthropicProtocol::retryAfterAsHttpDate()
{
    const QByteArray body
        = R"({"type":"error","error":{"type":"rate_limit_error","message":"Rate limited"}})";
    const auto httpDate = [](const QDateTime &when) {
        return QLocale::c().toString(when.toUTC(), "ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
    };
    const QDateTime inTwoMinutes = QDateTime::currentDateTimeUtc().addSecs(120);
    Sdk::ProviderError error = m_protocol->classifyError(
        endpoint(), 429, {{"retry-after", httpDate(inTwoMinutes)}}, body);
    QCOMPARE(error.kind, ErrorKind::RateLimited);
    // Whole seconds on the wire, and the clock moves while the test runs.
    QVERIFY2(error.retryAfterMs > 100'000 && error.retryAfterMs <= 120'000,
             qPrintable(QString::number(error.retryAfterMs)));

    error = m_protocol->classifyError(
        endpoint(), 529, {{"Retry-After", httpDate(QDateTime::currentDateTimeUtc().addSecs(-60))}},
        body);
    QCOMPARE(error.retryAfterMs, qint64(0));

    error = m_protocol->classifyError(endpoint(), 429, {{"retry-after", "soon"}}, body);
    QCOMPARE(error.retryAfterMs, qint64(-1));

    error = m_protocol->classifyError(endpoint(), 429,
                                      {{"retry-after", "30"}, {"retry-after-ms", "1234.5"}}, body);
    QCOMPARE(error.retryAfterMs, qint64(1235)); // rounded up: a retry never comes early
}

void TestAnthropicProtocol::messageNeverContainsTheKey()
{
    Sdk::Endpoint target = endpoint();
    target.apiKey = "sk-live-0123456789abcdef";
    const Sdk::ProviderError error = m_protocol->classifyError(
        target, 401, {},
        R"({"error":{"message":"Incorrect API key provided: sk-live-0123456789abcdef.",)"
        R"("type":"invalid_request_error","code":"invalid_api_key"}})");
    QCOMPARE(error.kind, ErrorKind::Auth);
    QVERIFY(!error.message.contains("sk-live-0123456789abcdef"));
    QCOMPARE(error.message, "Incorrect API key provided: [redacted].");

    // Very long messages are cut.
    const QByteArray longBody = R"({"error":{"message":")" + QByteArray(5000, 'x') + R"("}})";
    QVERIFY(m_protocol->classifyError(endpoint(), 400, {}, longBody).message.size() <= 1001);
}

// ---- models ---------------------------------------------------------------------------------

void TestAnthropicProtocol::listModelsRequest_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("url"); // empty: no models call
    QTest::newRow("anthropic") << ""
                               << "https://api.anthropic.com"
                               << "https://api.anthropic.com/v1/models?limit=1000";
    QTest::newRow("minimax") << "minimax"
                             << "https://api.minimax.io/anthropic/"
                             << "https://api.minimax.io/anthropic/v1/models?limit=1000";
    QTest::newRow("zhipu") << "zhipu"
                           << "https://open.bigmodel.cn/api/anthropic"
                           << "";
    QTest::newRow("deepseek") << "deepseek"
                              << "https://api.deepseek.com/anthropic"
                              << "";
    QTest::newRow("moonshot") << "moonshot"
                              << "https://api.moonshot.cn/anthropic"
                              << "";
    QTest::newRow("qwen") << "qwen"
                          << "https://dashscope.aliyuncs.com/apps/anthropic"
                          << "";
}

void TestAnthropicProtocol::listModelsRequest()
{
    QFETCH(QString, dialect);
    QFETCH(QString, base);
    QFETCH(QString, url);
    const std::optional<Sdk::HttpRequest> http
        = m_protocol->buildListModelsRequest(endpoint(dialect, base));
    QCOMPARE(bool(http), !url.isEmpty());
    if (!http)
        return;
    QCOMPARE(http->method, QByteArray("GET"));
    QCOMPARE(http->url.toString(), url);
    QCOMPARE(header(*http, "x-api-key"), QByteArray("sk-ant-test-key-0123456789"));
    QVERIFY(http->body.isEmpty());
}

void TestAnthropicProtocol::parseModelList()
{
    const QByteArray body = R"({
        "data": [
            {"type": "model", "id": "claude-sonnet-4-5-20250929",
             "display_name": "Claude Sonnet 4.5", "created_at": "2025-09-29T00:00:00Z",
             "capabilities": {"thinking": true}},
            {"type": "model", "id": "claude-haiku-4-5-20251001", "display_name": "Claude Haiku 4.5",
             "created_at": "2025-10-01T00:00:00Z"},
            {"type": "model", "display_name": "no id, skipped"},
            "not an object",
            {"type": "model", "id": "MiniMax-M2.7"}
        ],
        "has_more": false, "first_id": "claude-sonnet-4-5-20250929", "last_id": "MiniMax-M2.7"
    })";
    QString error;
    const QList<Sdk::ModelInfo> models = m_protocol->parseModelList(endpoint(), body, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(models.size(), 3);
    QCOMPARE(models.at(0).id, "claude-sonnet-4-5-20250929");
    QCOMPARE(models.at(0).displayName, "Claude Sonnet 4.5");
    QCOMPARE(models.at(1).id, "claude-haiku-4-5-20251001");
    QCOMPARE(models.at(1).displayName, "Claude Haiku 4.5");
    QCOMPARE(models.at(2).id, "MiniMax-M2.7");
    QCOMPARE(models.at(2).displayName, QString());
    QCOMPARE(models.at(0).contextWindow, 0);

    QCOMPARE(m_protocol->parseModelList(endpoint(), R"({"data":[]})", &error).size(), 0);
    QVERIFY(error.isEmpty());
    // A null error pointer is allowed.
    QCOMPARE(m_protocol->parseModelList(endpoint(), "nonsense", nullptr).size(), 0);
}

void TestAnthropicProtocol::malformedModelList_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("<html>502</html>");
    QTest::newRow("an array") << QByteArray(R"([{"id":"x"}])");
    QTest::newRow("no data") << QByteArray(R"({"models":[{"id":"x"}]})");
    QTest::newRow("data not an array") << QByteArray(R"({"data":{"id":"x"}})");
    QTest::newRow("an error body")
        << QByteArray(R"({"type":"error","error":{"type":"authentication_error",)"
                      R"("message":"invalid x-api-key"}})");
    QTest::newRow("truncated") << QByteArray(R"({"data":[{"id":"claude-)");
}

void TestAnthropicProtocol::malformedModelList()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(m_protocol->parseModelList(endpoint(), body, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestAnthropicProtocol)
#include "tst_anthropicprotocol.moc"
