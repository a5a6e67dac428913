// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "decoderharness.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QPluginLoader>
#include <QtCore/QTimeZone>
#include <QtTest/QtTest>

using namespace Baton;
using namespace Baton::Sdk;

// The test class comes before everything else: moc does not understand raw string
// literals and may lose its way in the JSON below.
class TestOpenAiProtocol : public QObject
{
    Q_OBJECT

private:
    // Held for the whole run and never unloaded, so that the plugin stays loaded.
    // (Test::loadProtocol() leaks its loader on purpose, which LeakSanitizer reports.)
    QPluginLoader m_loader;
    IProviderProtocol *m_protocol = nullptr;

    void checkStream(const QString &dialect, const QByteArray &body,
                     const QByteArray &expectedEvents);

private Q_SLOTS:
    void initTestCase();
    void metadata();
    void fixtures_data();
    void fixtures();
    void streams_data();
    void streams();
    void lineTooLong();
    void streamErrorNeverQuotesTheKey();
    void chatUrl_data();
    void chatUrl();
    void headers();
    void dialectBody_data();
    void dialectBody();
    void temperatureAndTools();
    void toolRoundTrip();
    void assistantOnlyCallingTools();
    void systemFirstAndMerged();
    void consecutiveMessagesMerged();
    void images();
    void reasoningEcho_data();
    void reasoningEcho();
    void classifyError_data();
    void classifyError();
    void retryAfterHttpDate();
    void errorNeverQuotesTheKey();
    void listModelsRequest_data();
    void listModelsRequest();
    void parseModelList_data();
    void parseModelList();
};

namespace {

Endpoint makeEndpoint(const QString &dialect,
                      const QString &baseUrl = QStringLiteral("https://api.example.com/v1"))
{
    Endpoint endpoint;
    endpoint.baseUrl = QUrl(baseUrl);
    endpoint.dialect = dialect;
    endpoint.apiKey = "sk-test-key-0123456789";
    return endpoint;
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "bad JSON in the test itself:" << error.errorString() << json;
    return document.object();
}

QJsonArray parseArray(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).array();
}

// `data: <payload>` events, each ended by a blank line.
QByteArray sse(const QList<QByteArray> &payloads)
{
    QByteArray out;
    for (const QByteArray &payload : payloads)
        out += "data: " + payload + "\n\n";
    return out;
}

// A chunk whose only choice has `delta` and `finish` ("null" for none), as the vendors send.
QByteArray chunk(const QByteArray &delta, const QByteArray &finish = "null",
                 const QByteArray &id = "chatcmpl-t")
{
    return R"({"id":")" + id + R"(","object":"chat.completion.chunk","created":1,"model":"m",)"
           + R"("choices":[{"index":0,"delta":)" + delta + R"(,"finish_reason":)" + finish + "}]}";
}

// The Protocol error a body gets when it ends before the model finished.
const QByteArray TruncatedError
    = R"x({"kind":"error","index":0,"error_kind":"protocol","status":0,"code":"truncated",)x"
      R"x("message":"the stream ended before the model finished (no finish_reason and no )x"
      R"x([DONE])"})x";

// Quotes and apostrophes inside JSON strings are written \" and ' in this file's raw
// string literals: moc misreads \" and ' inside raw string literals and then finds no test
// class. The JSON means the same.

// The expected events, written as JSON objects in any key order, the way toJsonLines writes
// them (QJsonObject sorts keys).
QByteArray expected(const QList<QByteArray> &events)
{
    QByteArray out;
    for (const QByteArray &event : events)
        out += QJsonDocument(parseObject(event)).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

// SOURCES.md: openai-chunks-*.jsonl hold one chunk object per line; the documented framing
// for `stream: true` is `data: <json>\n\n` per chunk and a final `data: [DONE]\n\n`.
QByteArray frameJsonLines(const QByteArray &file)
{
    QList<QByteArray> payloads;
    for (const QByteArray &line : file.split('\n')) {
        if (!line.trimmed().isEmpty())
            payloads.append(line.trimmed());
    }
    payloads.append("[DONE]");
    return sse(payloads);
}

// SOURCES.md: openai-tool-call-deltas.txt is the function-calling guide's printout of
// `chunk.choices[0].delta.tool_calls` per chunk (an array, or `null` for the last chunk). Each
// array goes into a chunk's delta as is, nulls included; the last chunk (`null`) carries
// `"finish_reason": "tool_calls"`, which the guide does not print but the API sends there.
QByteArray frameToolCallDeltas(const QByteArray &file)
{
    QList<QByteArray> payloads;
    for (const QByteArray &rawLine : file.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        if (line == "null")
            payloads.append(chunk(R"({"tool_calls":null})", R"("tool_calls")"));
        else
            payloads.append(chunk(R"({"tool_calls":)" + line + "}"));
    }
    payloads.append("[DONE]");
    return sse(payloads);
}

QByteArray headerValue(const HttpRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

int headerCount(const HttpRequest &request, const QByteArray &name)
{
    int count = 0;
    for (const auto &[key, value] : request.headers)
        count += key.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return count;
}

HttpHeaders parseHeaders(const QString &text)
{
    HttpHeaders headers;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        headers.append(
            {line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toLatin1()});
    }
    return headers;
}

ContentPart textPart(const QString &text)
{
    ContentPart part;
    part.kind = PartKind::Text;
    part.text = text;
    return part;
}

ContentPart thinkingPart(const QString &text, const QString &origin)
{
    ContentPart part;
    part.kind = PartKind::Thinking;
    part.text = text;
    part.origin = origin;
    return part;
}

ContentPart toolCallPart(const QString &id, const QString &name, const QByteArray &input)
{
    ContentPart part;
    part.kind = PartKind::ToolCall;
    part.toolCallId = id;
    part.toolName = name;
    part.toolInput = input;
    return part;
}

ContentPart toolResultPart(const QString &id, const QString &text, bool isError = false)
{
    ContentPart part;
    part.kind = PartKind::ToolResult;
    part.toolCallId = id;
    part.text = text;
    part.isError = isError;
    return part;
}

ContentPart imagePart(const QByteArray &data, const QString &mimeType)
{
    ContentPart part;
    part.kind = PartKind::Image;
    part.data = data;
    part.mimeType = mimeType;
    return part;
}

Message message(Role role, const QList<ContentPart> &parts)
{
    Message out;
    out.role = role;
    out.parts = parts;
    return out;
}

// A DeepSeek-style agent conversation: a turn with two tool calls, then two plain turns, the
// last one answered with reasoning from another vendor. `origin` stamps the Thinking parts
// the model produced.
QList<Message> toolLoopConversation(const QString &origin)
{
    return {
        message(Role::User, {textPart("Weather in Tokyo tomorrow?")}),
        message(Role::Assistant,
                {thinkingPart("need the date", origin), toolCallPart("c1", "get_date", "{}")}),
        message(Role::User, {toolResultPart("c1", "2026-06-13")}),
        message(Role::Assistant, {thinkingPart("now the weather", origin),
                                  toolCallPart("c2", "get_weather", R"({"city":"Tokyo"})")}),
        message(Role::User, {toolResultPart("c2", "Rainy, 15C")}),
        message(Role::Assistant,
                {thinkingPart("rain means umbrella", origin), textPart("Bring an umbrella.")}),
        message(Role::User, {textPart("And the day after?")}),
        message(Role::Assistant, {thinkingPart("plain thought", origin), textPart("Same.")}),
        message(Role::User, {textPart("Thanks")}),
        message(Role::Assistant,
                {thinkingPart("claude thought", "anthropic"), textPart("You're welcome.")}),
    };
}

// A failover in the middle of a tool loop: the tool call came from another protocol.
QList<Message> failoverConversation(const QString &origin)
{
    return {
        message(Role::User, {textPart("List the files")}),
        message(Role::Assistant, {thinkingPart("claude thought", "anthropic"),
                                  toolCallPart("toolu_1", "list_dir", R"({"path":"."})")}),
        message(Role::User, {toolResultPart("toolu_1", "a.txt")}),
        message(Role::Assistant, {thinkingPart("one file", origin), textPart("One file: a.txt")}),
    };
}

QJsonObject bodyOf(const HttpRequest &request)
{
    return parseObject(request.body);
}

QJsonArray assistantReasoning(const QJsonObject &body)
{
    QJsonArray out;
    for (const QJsonValue &value : body.value("messages").toArray()) {
        const QJsonObject message = value.toObject();
        if (message.value("role").toString() != "assistant")
            continue;
        out.append(message.contains("reasoning_content") ? message.value("reasoning_content")
                                                         : QJsonValue());
    }
    return out;
}

} // namespace

void TestOpenAiProtocol::checkStream(const QString &dialect, const QByteArray &body,
                                     const QByteArray &expectedEvents)
{
    QList<StreamEvent> events;
    QString problem;
    QVERIFY2(Test::decodesTheSameInEverySplit(*m_protocol, makeEndpoint(dialect), {}, body, &events,
                                              &problem),
             qPrintable(problem));
    QCOMPARE(QString::fromUtf8(Test::toJsonLines(events)), QString::fromUtf8(expectedEvents));
}

void TestOpenAiProtocol::initTestCase()
{
    m_loader.setFileName(QStringLiteral(BATON_PLUGIN_UNDER_TEST));
    m_protocol = qobject_cast<IProviderProtocol *>(m_loader.instance());
    QVERIFY2(m_protocol, qPrintable(m_loader.errorString()));
}

void TestOpenAiProtocol::metadata()
{
    const QJsonObject meta = m_loader.metaData().value("MetaData").toObject();
    QCOMPARE(meta.value("protocol").toString(), "openai");
    QCOMPARE(meta.value("abi").toObject().value("major").toInt(), 1);
    QCOMPARE(meta.value("abi").toObject().value("minor").toInt(), 0);
    QVERIFY(!meta.value("displayName").toString().isEmpty());
    const QJsonArray dialects = meta.value("dialects").toArray();
    for (const char *dialect :
         {"deepseek", "zhipu", "moonshot", "qwen", "doubao", "openrouter", "siliconflow", "local"})
        QVERIFY2(dialects.contains(QJsonValue(QString::fromLatin1(dialect))), dialect);
}

void TestOpenAiProtocol::fixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("golden");
    QTest::newRow("openai-text") << "openai-text.sse"
                                 << ""
                                 << "openai-text";
    QTest::newRow("openai-usage") << "openai-usage.sse"
                                  << ""
                                  << "openai-usage";
    QTest::newRow("openai-chunks-apiref") << "openai-chunks-apiref.jsonl"
                                          << ""
                                          << "openai-chunks-apiref";
    QTest::newRow("openai-chunks-obfuscation") << "openai-chunks-obfuscation.jsonl"
                                               << ""
                                               << "openai-chunks-obfuscation";
    QTest::newRow("openai-tool-call-deltas") << "openai-tool-call-deltas.txt"
                                             << ""
                                             << "openai-tool-call-deltas";
    QTest::newRow("deepseek-chat") << "deepseek-chat.sse"
                                   << "deepseek"
                                   << "deepseek-chat";
}

void TestOpenAiProtocol::fixtures()
{
    QFETCH(QString, fixture);
    QFETCH(QString, dialect);
    QFETCH(QString, golden);
    QByteArray body = Test::readFixture(fixture);
    QVERIFY2(!body.isEmpty(), qPrintable(fixture));
    if (fixture.endsWith(".jsonl"))
        body = frameJsonLines(body);
    else if (fixture.endsWith(".txt"))
        body = frameToolCallDeltas(body);
    QList<StreamEvent> events;
    QString problem;
    QVERIFY2(Test::decodesTheSameInEverySplit(*m_protocol, makeEndpoint(dialect), {}, body, &events,
                                              &problem),
             qPrintable(problem));
    for (const StreamEvent &event : events)
        QVERIFY2(event.kind != EventKind::Error, qPrintable(event.error.message));
    QVERIFY2(Test::matchesGolden(golden, Test::toJsonLines(events), &problem), qPrintable(problem));
}

void TestOpenAiProtocol::streams_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("events");

    QTest::newRow("deepseek reasoning_content then content")
        << "deepseek"
        << sse({chunk(R"({"role":"assistant","content":null,"reasoning_content":""})"),
                chunk(R"({"content":null,"reasoning_content":"9.11 or 9.8"})"),
                chunk(R"({"content":null,"reasoning_content":": compare tenths."})"),
                chunk(R"({"content":"9.8","reasoning_content":null})"),
                R"({"id":"chatcmpl-t","choices":[{"index":0,"delta":{"content":" is larger."},)"
                R"("finish_reason":"stop"}],"usage":{"prompt_tokens":20,"completion_tokens":50,)"
                R"("total_tokens":70,"prompt_tokens_details":{"cached_tokens":16},)"
                R"("completion_tokens_details":{"reasoning_tokens":40},)"
                R"("prompt_cache_hit_tokens":16,"prompt_cache_miss_tokens":4}})",
                "[DONE]"})
        << expected({R"({"kind":"thinking","index":1,"text":"9.11 or 9.8"})",
                     R"({"kind":"thinking","index":1,"text":": compare tenths."})",
                     R"({"kind":"text","index":0,"text":"9.8"})",
                     R"({"kind":"text","index":0,"text":" is larger."})",
                     R"({"kind":"stop","index":0,"reason":"end_turn","raw":"stop"})",
                     R"({"kind":"usage","index":0,"input":4,"output":50,"cache_read":16,)"
                     R"("cache_write":0})"});

    QTest::newRow("openrouter reasoning and keep-alive comments")
        << "openrouter"
        << (": OPENROUTER PROCESSING\n\n: OPENROUTER PROCESSING\n\n"
            + sse({R"({"id":"gen-1","provider":"DeepInfra","model":"deepseek/deepseek-r1",)"
                   R"("object":"chat.completion.chunk","created":1,"choices":[{"index":0,)"
                   R"("delta":{"role":"assistant","content":"","reasoning":"Think",)"
                   R"("reasoning_details":[{"type":"reasoning.text","text":"Think"}]},)"
                   R"("finish_reason":null,"native_finish_reason":null}]})"})
            + ": OPENROUTER PROCESSING\n\n"
            + sse({chunk(R"({"role":"assistant","content":"Answer","reasoning":null})"),
                   chunk(R"({"role":"assistant","content":""})", R"("stop")"),
                   R"({"id":"gen-1","choices":[],"usage":{"prompt_tokens":10,)"
                   R"("completion_tokens":5,"total_tokens":15,"prompt_tokens_details":)"
                   R"({"cached_tokens":2,"cache_write_tokens":3}}})",
                   "[DONE]"}))
        << expected({R"({"kind":"thinking","index":1,"text":"Think"})",
                     R"({"kind":"text","index":0,"text":"Answer"})",
                     R"({"kind":"stop","index":0,"reason":"end_turn","raw":"stop"})",
                     R"({"kind":"usage","index":0,"input":5,"output":5,"cache_read":2,)"
                     R"("cache_write":3})"});

    QTest::newRow("reasoning_content wins over a duplicate reasoning field")
        << "local"
        << sse({chunk(R"({"reasoning_content":"once","reasoning":"once"})"),
                chunk(R"({})", R"("stop")"), "[DONE]"})
        << expected({R"({"kind":"thinking","index":1,"text":"once"})",
                     R"({"kind":"stop","index":0,"reason":"end_turn","raw":"stop"})"});

    QTest::newRow("openrouter error chunk mid-stream")
        << "openrouter"
        << sse({chunk(R"({"content":"Partial"})"),
                R"({"id":"gen-2","object":"chat.completion.chunk","created":1,"model":"x",)"
                R"("provider":"OpenAI","error":{"code":"server_error","message":)"
                R"("Provider disconnected unexpectedly"},"choices":[{"index":0,"delta":)"
                R"({"content":""},"finish_reason":"error"}]})",
                "[DONE]"})
        << expected({R"({"kind":"text","index":0,"text":"Partial"})",
                     R"({"kind":"error","index":0,"error_kind":"server","status":0,)"
                     R"("code":"server_error","message":"Provider disconnected unexpectedly"})"});

    QTest::newRow("openrouter error chunk with an HTTP status as code")
        << "openrouter"
        << sse({R"({"id":"gen-3","error":{"code":429,"message":"Rate limit exceeded"},)"
                R"("choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}]})"})
        << expected({R"({"kind":"error","index":0,"error_kind":"rate_limited","status":0,)"
                     R"("code":"429","message":"Rate limit exceeded"})"});

    QTest::newRow("openai-shaped error object instead of a chunk")
        << ""
        << sse({R"({"error":{"message":"The server had an error while processing your )"
                R"(request.","type":"server_error","param":null,"code":null}})"})
        << expected({R"({"kind":"error","index":0,"error_kind":"server","status":0,)"
                     R"("code":"server_error","message":"The server had an error while )"
                     R"(processing your request."})"});

    QTest::newRow("parallel tool calls, interleaved fragments")
        << ""
        << sse({chunk(R"({"role":"assistant","content":null,"tool_calls":[{"index":0,)"
                      R"("id":"call_a","type":"function","function":{"name":"read_file",)"
                      R"("arguments":""}}]})"),
                chunk(R"({"tool_calls":[{"index":1,"id":"call_b","type":"function",)"
                      R"("function":{"name":"list_dir","arguments":""}}]})"),
                chunk(R"({"tool_calls":[{"index":0,"function":{"arguments":"{\"path\":"}}]})"),
                chunk(R"({"tool_calls":[{"index":1,"function":{"arguments":"{\"path\":\".\"}"}},)"
                      R"({"index":0,"function":{"arguments":"\"a.txt\""}}]})"),
                chunk(R"({"tool_calls":[{"index":0,"function":{"arguments":"}"}}]})"),
                chunk(R"({})", R"("tool_calls")"),
                R"({"id":"chatcmpl-t","choices":[],"usage":{"prompt_tokens":100,)"
                R"("completion_tokens":30,"total_tokens":130,"prompt_tokens_details":)"
                R"({"cached_tokens":64,"audio_tokens":0}}})",
                "[DONE]"})
        << expected({R"({"kind":"tool_call_start","index":2,"id":"call_a","name":"read_file"})",
                     R"({"kind":"tool_call_start","index":3,"id":"call_b","name":"list_dir"})",
                     R"({"kind":"tool_call_args","index":2,"text":"{\"path\":"})",
                     R"({"kind":"tool_call_args","index":3,"text":"{\"path\":\".\"}"})",
                     R"({"kind":"tool_call_args","index":2,"text":"\"a.txt\""})",
                     R"({"kind":"tool_call_args","index":2,"text":"}"})",
                     R"({"kind":"tool_call_end","index":2})",
                     R"({"kind":"tool_call_end","index":3})",
                     R"({"kind":"stop","index":0,"reason":"tool_use","raw":"tool_calls"})",
                     R"({"kind":"usage","index":0,"input":36,"output":30,"cache_read":64,)"
                     R"("cache_write":0})"});

    QTest::newRow("vendor reusing index 0 with new ids")
        << "local"
        << sse({chunk(R"({"tool_calls":[{"index":0,"id":"call_1","type":"function",)"
                      R"("function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]})"),
                chunk(R"({"tool_calls":[{"index":0,"id":"call_2","type":"function",)"
                      R"("function":{"name":"get_weather","arguments":"{\"city\":\"Rome\"}"}}]})"),
                chunk(R"({})", R"("tool_calls")"), "[DONE]"})
        << expected({R"({"kind":"tool_call_start","index":2,"id":"call_1","name":"get_weather"})",
                     R"({"kind":"tool_call_args","index":2,"text":"{\"city\":\"Paris\"}"})",
                     R"({"kind":"tool_call_start","index":3,"id":"call_2","name":"get_weather"})",
                     R"({"kind":"tool_call_args","index":3,"text":"{\"city\":\"Rome\"}"})",
                     R"({"kind":"tool_call_end","index":2})",
                     R"({"kind":"tool_call_end","index":3})",
                     R"({"kind":"stop","index":0,"reason":"tool_use","raw":"tool_calls"})"});

    QTest::newRow("vendor repeating the id on every fragment")
        << "zhipu"
        << sse({chunk(R"({"role":"assistant","tool_calls":[{"id":"call_-87","index":0,)"
                      R"("type":"function","function":{"name":"get_weather",)"
                      R"("arguments":"{\"ci"}}]})"),
                chunk(R"({"tool_calls":[{"id":"call_-87","index":0,"type":"function",)"
                      R"("function":{"arguments":"ty\":\"北京\"}"}}]})"),
                chunk(R"({"role":"assistant","content":""})", R"("tool_calls")"), "[DONE]"})
        << expected({R"({"kind":"tool_call_start","index":2,"id":"call_-87","name":"get_weather"})",
                     R"({"kind":"tool_call_args","index":2,"text":"{\"ci"})",
                     R"({"kind":"tool_call_args","index":2,"text":"ty\":\"北京\"}"})",
                     R"({"kind":"tool_call_end","index":2})",
                     R"({"kind":"stop","index":0,"reason":"tool_use","raw":"tool_calls"})"});

    QTest::newRow("tool call named after its first arguments")
        << "local"
        << sse({chunk(
                    R"({"tool_calls":[{"index":0,"id":"c1","function":{"arguments":"{\"a\""}}]})"),
                chunk(R"({"tool_calls":[{"index":0,"function":{"name":"f","arguments":":1}"}}]})"),
                chunk(R"({})", R"("tool_calls")")})
        << expected({R"({"kind":"tool_call_start","index":2,"id":"c1","name":"f"})",
                     R"({"kind":"tool_call_args","index":2,"text":"{\"a\""})",
                     R"({"kind":"tool_call_args","index":2,"text":":1}"})",
                     R"({"kind":"tool_call_end","index":2})",
                     R"({"kind":"stop","index":0,"reason":"tool_use","raw":"tool_calls"})"});

    QTest::newRow("tool call without an id, finish_reason stop")
        << "local"
        << sse({chunk(R"({"tool_calls":[{"index":0,"function":{"name":"run_tests",)"
                      R"("arguments":{"filter":"unit"}}}]})",
                      "null", "chatcmpl-77"),
                chunk(R"({})", R"("stop")", "chatcmpl-77"), "[DONE]"})
        << expected({R"({"kind":"tool_call_start","index":2,"id":"chatcmpl-77_call_0",)"
                     R"("name":"run_tests"})",
                     R"({"kind":"tool_call_args","index":2,"text":"{\"filter\":\"unit\"}"})",
                     R"({"kind":"tool_call_end","index":2})",
                     R"({"kind":"stop","index":0,"reason":"tool_use","raw":"stop"})"});

    QTest::newRow("CRLF framing")
        << ""
        << QByteArray("data: " + chunk(R"({"content":"Hi"})") + "\r\n\r\n"
                      + "data: " + chunk(R"({})", R"("stop")") + "\r\n\r\ndata: [DONE]\r\n\r\n")
        << expected({R"({"kind":"text","index":0,"text":"Hi"})",
                     R"({"kind":"stop","index":0,"reason":"end_turn","raw":"stop"})"});

    QTest::newRow("data lines without a space, CR framing")
        << "qwen"
        << QByteArray("data:" + chunk(R"({"content":"Hi"})")
                      + "\r\rdata:" + chunk(R"({})", R"("stop")") + "\r\rdata:[DONE]\r\r")
        << expected({R"({"kind":"text","index":0,"text":"Hi"})",
                     R"({"kind":"stop","index":0,"reason":"end_turn","raw":"stop"})"});

    QTest::newRow("finish_reason without [DONE] is complete")
        << "deepseek" << sse({chunk(R"({"content":"Done."})"), chunk(R"({})", R"("stop")")})
        << expected({R"({"kind":"text","index":0,"text":"Done."})",
                     R"({"kind":"stop","index":0,"reason":"end_turn","raw":"stop"})"});

    QTest::newRow("last event without its blank line")
        << "" << QByteArray("data: " + chunk(R"({"content":"Hi"})", R"("stop")"))
        << expected({R"({"kind":"text","index":0,"text":"Hi"})",
                     R"({"kind":"stop","index":0,"reason":"end_turn","raw":"stop"})"});

    QTest::newRow("[DONE] without finish_reason")
        << "local" << sse({chunk(R"({"content":"Hi"})"), "[DONE]"})
        << expected({R"({"kind":"text","index":0,"text":"Hi"})",
                     R"({"kind":"stop","index":0,"reason":"end_turn","raw":""})"});

    QTest::newRow("neither finish_reason nor [DONE]")
        << ""
        << sse({chunk(R"({"content":"Hal"})"),
                chunk(R"({"tool_calls":[{"index":0,"id":"c1","function":{"name":"f",)"
                      R"("arguments":"{\"x\":"}}]})")})
        << expected({R"({"kind":"text","index":0,"text":"Hal"})",
                     R"({"kind":"tool_call_start","index":2,"id":"c1","name":"f"})",
                     R"({"kind":"tool_call_args","index":2,"text":"{\"x\":"})", TruncatedError});

    QTest::newRow("empty body") << "" << QByteArray() << expected({TruncatedError});

    QTest::newRow("data that is not JSON")
        << "" << sse({chunk(R"({"content":"Hi"})"), "{not json", chunk(R"({"content":"never"})")})
        << expected({R"({"kind":"text","index":0,"text":"Hi"})",
                     R"({"kind":"error","index":0,"error_kind":"protocol","status":0,)"
                     R"("code":"invalid_json","message":"the stream sent data that is not )"
                     R"(a JSON object: {not json"})"});

    QTest::newRow("data that is JSON but not an object")
        << "" << sse({"[1,2]"})
        << expected({R"({"kind":"error","index":0,"error_kind":"protocol","status":0,)"
                     R"("code":"invalid_json","message":"the stream sent data that is not )"
                     R"(a JSON object: [1,2]"})"});

    QTest::newRow("an HTML page instead of a stream")
        << ""
        << QByteArray("<html>\n<head><title>502 Bad Gateway</title></head>\n<body>nginx"
                      "</body>\n</html>\n")
        << expected({TruncatedError});

    QTest::newRow("UTF-8 split inside content")
        << "qwen"
        << sse({chunk(R"({"content":"你好，世界 🌍"})"), chunk(R"({"content":"ü€𝄞"})"),
                chunk(R"({})", R"("stop")"), "[DONE]"})
        << expected({R"({"kind":"text","index":0,"text":"你好，世界 🌍"})",
                     R"({"kind":"text","index":0,"text":"ü€𝄞"})",
                     R"({"kind":"stop","index":0,"reason":"end_turn","raw":"stop"})"});

    QTest::newRow("kimi usage inside the choice")
        << "moonshot"
        << sse({chunk(R"({"role":"assistant","content":""})"),
                chunk(R"({"reasoning_content":"plan"})"), chunk(R"({"content":"pong"})"),
                R"({"id":"cmpl-1","object":"chat.completion.chunk","created":1,"model":)"
                R"("kimi-k2.6","choices":[{"index":0,"delta":{},"finish_reason":"stop",)"
                R"("usage":{"prompt_tokens":19,"completion_tokens":13,"total_tokens":32,)"
                R"("cached_tokens":10}}]})",
                "[DONE]"})
        << expected({R"({"kind":"thinking","index":1,"text":"plan"})",
                     R"({"kind":"text","index":0,"text":"pong"})",
                     R"({"kind":"stop","index":0,"reason":"end_turn","raw":"stop"})",
                     R"({"kind":"usage","index":0,"input":9,"output":13,"cache_read":10,)"
                     R"("cache_write":0})"});

    QTest::newRow("usage on every chunk, repeats dropped")
        << "siliconflow"
        << sse({R"({"id":"s","choices":[{"index":0,"delta":{"content":"a"},"finish_reason":null}],)"
                R"("usage":{"prompt_tokens":5,"completion_tokens":1,"total_tokens":6}})",
                R"({"id":"s","choices":[{"index":0,"delta":{"content":"b"},"finish_reason":null}],)"
                R"("usage":{"prompt_tokens":5,"completion_tokens":1,"total_tokens":6}})",
                R"({"id":"s","choices":[{"index":0,"delta":{"content":""},)"
                R"("finish_reason":"stop"}],)"
                R"("usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}})",
                "[DONE]"})
        << expected(
               {R"({"kind":"text","index":0,"text":"a"})",
                R"({"kind":"usage","index":0,"input":5,"output":1,"cache_read":0,"cache_write":0})",
                R"({"kind":"text","index":0,"text":"b"})",
                R"({"kind":"stop","index":0,"reason":"end_turn","raw":"stop"})",
                R"({"kind":"usage","index":0,"input":5,"output":2,"cache_read":0,)"
                R"("cache_write":0})"});

    QTest::newRow("length")
        << "" << sse({chunk(R"({"content":"a"})", R"("length")")})
        << expected({R"({"kind":"text","index":0,"text":"a"})",
                     R"({"kind":"stop","index":0,"reason":"max_tokens","raw":"length"})"});
    QTest::newRow("content_filter")
        << "" << sse({chunk(R"({})", R"("content_filter")")})
        << expected({R"({"kind":"stop","index":0,"reason":"refusal","raw":"content_filter"})"});
    QTest::newRow("zhipu sensitive")
        << "zhipu" << sse({chunk(R"({})", R"("sensitive")")})
        << expected({R"({"kind":"stop","index":0,"reason":"refusal","raw":"sensitive"})"});
    QTest::newRow("deepseek insufficient_system_resource")
        << "deepseek" << sse({chunk(R"({})", R"("insufficient_system_resource")")})
        << expected({R"({"kind":"stop","index":0,"reason":"other",)"
                     R"("raw":"insufficient_system_resource"})"});
    QTest::newRow("refusal delta")
        << ""
        << sse({chunk(R"({"role":"assistant","content":null,"refusal":"I can't help."})"),
                chunk(R"({})", R"("stop")"), "[DONE]"})
        << expected({R"({"kind":"text","index":0,"text":"I can't help."})",
                     R"({"kind":"stop","index":0,"reason":"refusal","raw":"stop"})"});

    QTest::newRow("finish_reason repeated, other choices and bytes after [DONE] ignored")
        << ""
        << sse({R"({"id":"x","choices":[{"index":1,"delta":{"content":"other"},)"
                R"("finish_reason":null},)"
                R"({"index":0,"delta":{"content":"mine"},"finish_reason":null}]})",
                chunk(R"({})", R"("stop")"), chunk(R"({})", R"("length")"), "[DONE]",
                "{garbage after the end"})
        << expected({R"({"kind":"text","index":0,"text":"mine"})",
                     R"({"kind":"stop","index":0,"reason":"end_turn","raw":"stop"})"});
}

void TestOpenAiProtocol::streams()
{
    QFETCH(QString, dialect);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, events);
    checkStream(dialect, body, events);
}

void TestOpenAiProtocol::lineTooLong()
{
    // Past the SSE parser's 16 MiB bound: an error, not unbounded memory.
    QByteArray body = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"";
    body += QByteArray(17 * 1024 * 1024, 'a');
    const QList<StreamEvent> events
        = Test::decode(*m_protocol, makeEndpoint(""), {}, body, {body.size() / 2});
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, EventKind::Error);
    QCOMPARE(events[0].error.kind, ErrorKind::Protocol);
    QCOMPARE(events[0].error.code, "line_too_long");
}

void TestOpenAiProtocol::streamErrorNeverQuotesTheKey()
{
    Endpoint endpoint = makeEndpoint("");
    const QByteArray body = sse({R"({"error":{"message":"bad key sk-test-key-0123456789",)"
                                 R"("type":"invalid_request_error","code":"invalid_api_key"}})"});
    const QList<StreamEvent> events = Test::decode(*m_protocol, endpoint, {}, body);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].error.kind, ErrorKind::Auth);
    QVERIFY(!events[0].error.message.contains("sk-test-key-0123456789"));
    QCOMPARE(events[0].error.message, "bad key ***");
}

void TestOpenAiProtocol::chatUrl_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("url");
    QTest::newRow("openai") << "https://api.openai.com/v1"
                            << "https://api.openai.com/v1/chat/completions";
    QTest::newRow("openai, trailing slash") << "https://api.openai.com/v1/"
                                            << "https://api.openai.com/v1/chat/completions";
    QTest::newRow("deepseek") << "https://api.deepseek.com"
                              << "https://api.deepseek.com/chat/completions";
    QTest::newRow("deepseek, slash") << "https://api.deepseek.com/"
                                     << "https://api.deepseek.com/chat/completions";
    QTest::newRow("zhipu") << "https://open.bigmodel.cn/api/paas/v4/"
                           << "https://open.bigmodel.cn/api/paas/v4/chat/completions";
    QTest::newRow("zhipu coding") << "https://open.bigmodel.cn/api/coding/paas/v4"
                                  << "https://open.bigmodel.cn/api/coding/paas/v4/chat/completions";
    QTest::newRow("moonshot") << "https://api.moonshot.cn/v1"
                              << "https://api.moonshot.cn/v1/chat/completions";
    QTest::newRow("qwen") << "https://dashscope.aliyuncs.com/compatible-mode/v1"
                          << "https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions";
    QTest::newRow("doubao") << "https://ark.cn-beijing.volces.com/api/v3"
                            << "https://ark.cn-beijing.volces.com/api/v3/chat/completions";
    QTest::newRow("openrouter") << "https://openrouter.ai/api/v1"
                                << "https://openrouter.ai/api/v1/chat/completions";
    QTest::newRow("siliconflow") << "https://api.siliconflow.cn/v1"
                                 << "https://api.siliconflow.cn/v1/chat/completions";
    QTest::newRow("llama-server") << "http://127.0.0.1:8080/v1"
                                  << "http://127.0.0.1:8080/v1/chat/completions";
    QTest::newRow("doubled slashes") << "https://x.example/v1//"
                                     << "https://x.example/v1/chat/completions";
    QTest::newRow("query kept")
        << "https://r.example/openai/deployments/gpt?api-version=2024-10-21"
        << "https://r.example/openai/deployments/gpt/chat/completions?api-version=2024-10-21";
}

void TestOpenAiProtocol::chatUrl()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, url);
    ChatRequest request;
    request.model = "m";
    const HttpRequest http = m_protocol->buildChatRequest(makeEndpoint("", baseUrl), request);
    QCOMPARE(http.method, "POST");
    QCOMPARE(http.url.toString(), url);
}

void TestOpenAiProtocol::headers()
{
    ChatRequest request;
    request.model = "m";
    Endpoint endpoint = makeEndpoint("openrouter");
    endpoint.extra = QJsonObject{{"headers", QJsonObject{{"HTTP-Referer", "https://baton.example"},
                                                         {"X-Title", "Baton"},
                                                         {"Authorization", "Bearer evil"}}}};
    HttpRequest http = m_protocol->buildChatRequest(endpoint, request);
    QCOMPARE(headerValue(http, "authorization"), "Bearer sk-test-key-0123456789");
    QCOMPARE(headerCount(http, "authorization"), 1);
    QCOMPARE(headerValue(http, "content-type"), "application/json");
    QCOMPARE(headerValue(http, "accept"), "text/event-stream");
    QCOMPARE(headerValue(http, "http-referer"), "https://baton.example");
    QCOMPARE(headerValue(http, "x-title"), "Baton");

    endpoint = makeEndpoint("local", "http://127.0.0.1:8080/v1");
    endpoint.authStyle = AuthStyle::None;
    http = m_protocol->buildChatRequest(endpoint, request);
    QCOMPARE(headerCount(http, "authorization"), 0);

    endpoint.authStyle = AuthStyle::Bearer;
    endpoint.apiKey.clear();
    http = m_protocol->buildChatRequest(endpoint, request);
    QCOMPARE(headerCount(http, "authorization"), 0);

    endpoint = makeEndpoint("");
    endpoint.authStyle = AuthStyle::XApiKey;
    http = m_protocol->buildChatRequest(endpoint, request);
    QCOMPARE(headerCount(http, "authorization"), 0);
    QCOMPARE(headerValue(http, "x-api-key"), "sk-test-key-0123456789");
}

void TestOpenAiProtocol::dialectBody_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<int>("thinking");
    QTest::addColumn<QByteArray>("endpointExtra");
    QTest::addColumn<QByteArray>("requestExtra");
    QTest::addColumn<QByteArray>("present"); // these members, with these values
    QTest::addColumn<QStringList>("absent"); // and none of these

    const int off = int(ThinkingMode::Off);
    const int on = int(ThinkingMode::On);
    const int max = int(ThinkingMode::Max);
    const QStringList thinkingKeys{"reasoning_effort", "thinking", "enable_thinking", "reasoning",
                                   "chat_template_kwargs"};
    const auto without = [&](const QStringList &keep, const QStringList &more = {}) {
        QStringList out = more;
        for (const QString &key : thinkingKeys) {
            if (!keep.contains(key))
                out.append(key);
        }
        return out;
    };

    QTest::newRow("openai off") << "" << off << QByteArray() << QByteArray()
                                << QByteArray(
                                       R"({"max_completion_tokens":1000,"stream":true,)"
                                       R"("stream_options":{"include_usage":true},"model":"m"})")
                                << without({}, {"max_tokens"});
    QTest::newRow("openai on") << "" << on << QByteArray() << QByteArray()
                               << QByteArray(R"({"reasoning_effort":"medium"})")
                               << without({"reasoning_effort"});
    QTest::newRow("openai max") << "" << max << QByteArray() << QByteArray()
                                << QByteArray(R"({"reasoning_effort":"high"})")
                                << without({"reasoning_effort"});
    QTest::newRow("openai max, preset effort")
        << "" << max << QByteArray() << QByteArray(R"({"reasoningEffort":"xhigh"})")
        << QByteArray(R"({"reasoning_effort":"xhigh"})") << without({"reasoning_effort"});
    QTest::newRow("openai off, disable")
        << "" << off << QByteArray(R"({"thinkingOff":"disable"})") << QByteArray()
        << QByteArray(R"({"reasoning_effort":"none"})") << without({"reasoning_effort"});
    QTest::newRow("openai, max_tokens and no usage by preset")
        << "" << off << QByteArray()
        << QByteArray(R"({"maxTokensField":"max_tokens","includeUsage":false})")
        << QByteArray(R"({"max_tokens":1000})")
        << without({}, {"max_completion_tokens", "stream_options"});

    QTest::newRow("deepseek off") << "deepseek" << off << QByteArray() << QByteArray()
                                  << QByteArray(
                                         R"({"max_tokens":1000,"thinking":{"type":"disabled"},)"
                                         R"("stream_options":{"include_usage":true}})")
                                  << without({"thinking"}, {"max_completion_tokens"});
    QTest::newRow("deepseek on")
        << "deepseek" << on << QByteArray() << QByteArray()
        << QByteArray(R"({"thinking":{"type":"enabled"},"reasoning_effort":"high"})")
        << without({"thinking", "reasoning_effort"});
    QTest::newRow("deepseek max")
        << "deepseek" << max << QByteArray() << QByteArray()
        << QByteArray(R"({"thinking":{"type":"enabled"},"reasoning_effort":"max"})")
        << without({"thinking", "reasoning_effort"});
    QTest::newRow("deepseek-reasoner by model choice")
        << "deepseek" << on << QByteArray()
        << QByteArray(R"({"thinkingStyle":"reasoning_content"})") << QByteArray("{}")
        << without({});

    QTest::newRow("zhipu off") << "zhipu" << off << QByteArray() << QByteArray()
                               << QByteArray(
                                      R"({"max_tokens":1000,"thinking":{"type":"disabled"}})")
                               << without({"thinking"},
                                          {"stream_options", "max_completion_tokens"});
    QTest::newRow("zhipu on") << "zhipu" << on << QByteArray() << QByteArray()
                              << QByteArray(R"({"thinking":{"type":"enabled"}})")
                              << without({"thinking"}, {"stream_options"});

    QTest::newRow("moonshot off") << "moonshot" << off << QByteArray() << QByteArray()
                                  << QByteArray(
                                         R"({"max_tokens":1000,"thinking":{"type":"disabled"}})")
                                  << without({"thinking"}, {"stream_options"});
    QTest::newRow("moonshot max") << "moonshot" << max << QByteArray() << QByteArray()
                                  << QByteArray(R"({"thinking":{"type":"enabled"}})")
                                  << without({"thinking"}, {"stream_options"});

    QTest::newRow("qwen off") << "qwen" << off << QByteArray() << QByteArray()
                              << QByteArray(R"({"max_tokens":1000,"enable_thinking":false,)"
                                            R"("stream_options":{"include_usage":true}})")
                              << without({"enable_thinking"});
    QTest::newRow("qwen on") << "qwen" << on << QByteArray() << QByteArray()
                             << QByteArray(R"({"enable_thinking":true})")
                             << without({"enable_thinking"});
    QTest::newRow("qwen on, preset says the model cannot think")
        << "qwen" << on << QByteArray(R"({"thinkingStyle":"none"})") << QByteArray()
        << QByteArray("{}") << without({});
    QTest::newRow("request option beats endpoint option")
        << "qwen" << on << QByteArray(R"({"thinkingStyle":"none"})")
        << QByteArray(R"({"thinkingStyle":"enable_thinking"})")
        << QByteArray(R"({"enable_thinking":true})") << without({"enable_thinking"});

    QTest::newRow("doubao off") << "doubao" << off << QByteArray() << QByteArray()
                                << QByteArray(
                                       R"({"max_tokens":1000,"thinking":{"type":"disabled"},)"
                                       R"("stream_options":{"include_usage":true}})")
                                << without({"thinking"});
    QTest::newRow("doubao max") << "doubao" << max << QByteArray() << QByteArray()
                                << QByteArray(R"({"thinking":{"type":"enabled"}})")
                                << without({"thinking"});

    QTest::newRow("openrouter off")
        << "openrouter" << off << QByteArray() << QByteArray()
        << QByteArray(R"({"max_tokens":1000,"stream_options":{"include_usage":true}})")
        << without({});
    QTest::newRow("openrouter on")
        << "openrouter" << on << QByteArray() << QByteArray()
        << QByteArray(R"({"reasoning":{"effort":"medium"}})") << without({"reasoning"});
    QTest::newRow("openrouter max")
        << "openrouter" << max << QByteArray() << QByteArray()
        << QByteArray(R"({"reasoning":{"effort":"high"}})") << without({"reasoning"});
    QTest::newRow("openrouter off, disable")
        << "openrouter" << off << QByteArray() << QByteArray(R"({"thinkingOff":"disable"})")
        << QByteArray(R"({"reasoning":{"enabled":false}})") << without({"reasoning"});

    QTest::newRow("siliconflow off")
        << "siliconflow" << off << QByteArray() << QByteArray()
        << QByteArray(R"({"max_tokens":1000,"stream_options":{"include_usage":true}})")
        << without({});
    QTest::newRow("siliconflow on")
        << "siliconflow" << on << QByteArray() << QByteArray()
        << QByteArray(R"({"enable_thinking":true})") << without({"enable_thinking"});

    QTest::newRow("local max")
        << "local" << max << QByteArray() << QByteArray()
        << QByteArray(R"({"max_tokens":1000,"stream_options":{"include_usage":true}})")
        << without({});
    QTest::newRow("local, chat template switch")
        << "local" << off
        << QByteArray(R"({"thinkingStyle":"chat_template_kwargs","thinkingOff":"disable"})")
        << QByteArray() << QByteArray(R"({"chat_template_kwargs":{"enable_thinking":false}})")
        << without({"chat_template_kwargs"});

    QTest::newRow("unknown dialect is plain openai")
        << "acme" << on << QByteArray() << QByteArray()
        << QByteArray(R"({"max_completion_tokens":1000,"reasoning_effort":"medium"})")
        << without({"reasoning_effort"}, {"max_tokens"});

    QTest::newRow("body merged, request last")
        << "deepseek" << off << QByteArray(R"({"body":{"parallel_tool_calls":false,"top_p":0.9}})")
        << QByteArray(R"({"body":{"top_p":0.5,"thinking":{"type":"enabled"}}})")
        << QByteArray(R"({"parallel_tool_calls":false,"top_p":0.5,)"
                      R"("thinking":{"type":"enabled"}})")
        << QStringList();
}

void TestOpenAiProtocol::dialectBody()
{
    QFETCH(QString, dialect);
    QFETCH(int, thinking);
    QFETCH(QByteArray, endpointExtra);
    QFETCH(QByteArray, requestExtra);
    QFETCH(QByteArray, present);
    QFETCH(QStringList, absent);

    Endpoint endpoint = makeEndpoint(dialect);
    endpoint.extra = parseObject(endpointExtra.isEmpty() ? "{}" : endpointExtra);
    ChatRequest request;
    request.model = "m";
    request.maxOutputTokens = 1000;
    request.thinking = ThinkingMode(thinking);
    request.extra = parseObject(requestExtra.isEmpty() ? "{}" : requestExtra);
    request.messages = {message(Role::User, {textPart("Hi")})};
    const QJsonObject body = bodyOf(m_protocol->buildChatRequest(endpoint, request));

    const QJsonObject want = parseObject(present);
    for (auto it = want.begin(); it != want.end(); ++it)
        QCOMPARE(body.value(it.key()), it.value());
    for (const QString &key : absent)
        QVERIFY2(!body.contains(key), qPrintable(key));
    QVERIFY(!body.contains("temperature"));
    QVERIFY(!body.contains("tools"));
}

void TestOpenAiProtocol::temperatureAndTools()
{
    ChatRequest request;
    request.model = "gpt-4o";
    request.temperature = 0.25;
    ToolDefinition read;
    read.name = "read_file";
    read.description = "Reads a file.";
    read.inputSchema = parseObject(R"({"type":"object","properties":{"path":{"type":"string"}},)"
                                   R"("required":["path"]})");
    ToolDefinition finish;
    finish.name = "finish";
    request.tools = {read, finish};
    request.messages = {message(Role::User, {textPart("Hi")})};
    const QJsonObject body = bodyOf(m_protocol->buildChatRequest(makeEndpoint(""), request));
    QCOMPARE(body.value("temperature").toDouble(), 0.25);
    QCOMPARE(body.value("tools").toArray(),
             parseArray(R"([{"type":"function","function":{"name":"read_file",)"
                        R"("description":"Reads a file.","parameters":{"type":"object",)"
                        R"("properties":{"path":{"type":"string"}},"required":["path"]}}},)"
                        R"({"type":"function","function":{"name":"finish",)"
                        R"("parameters":{"type":"object","properties":{}}}}])"));

    request.temperature = 0;
    QCOMPARE(bodyOf(m_protocol->buildChatRequest(makeEndpoint(""), request))
                 .value("temperature")
                 .toDouble(-1),
             0.0);
}

void TestOpenAiProtocol::toolRoundTrip()
{
    ChatRequest request;
    request.model = "m";
    request.system = "Be brief.";
    // Arguments exactly as the model produced them, odd spacing and escapes included.
    const QByteArray arguments = R"({"path": "a.txt" ,"note":"\u00e9\n"})";
    request.messages = {
        message(Role::User, {textPart("Read a.txt and list .")}),
        message(Role::Assistant,
                {textPart("Let me look."), toolCallPart("call_1", "read_file", arguments),
                 toolCallPart("call_2", "list_dir", QByteArray())}),
        message(Role::User,
                {toolResultPart("call_1", "hello"),
                 toolResultPart("call_2", "no such directory", true), textPart("Also say hi.")}),
        message(Role::Assistant, {textPart("It says hello. Hi!")}),
    };
    const HttpRequest http = m_protocol->buildChatRequest(makeEndpoint("deepseek"), request);
    const QJsonArray expectedMessages = parseArray(
        R"([{"role":"system","content":"Be brief."},)"
        R"({"role":"user","content":"Read a.txt and list ."},)"
        R"({"role":"assistant","content":"Let me look.","tool_calls":[)"
        R"({"id":"call_1","type":"function","function":{"name":"read_file",)"
        R"("arguments":"{\"path\": \"a.txt\" ,\"note\":\"\\u00e9\\n\"}"}},)"
        R"({"id":"call_2","type":"function","function":{"name":"list_dir","arguments":"{}"}}],)"
        R"("reasoning_content":""},)"
        R"({"role":"tool","tool_call_id":"call_1","content":"hello"},)"
        R"({"role":"tool","tool_call_id":"call_2","content":"Error: no such directory"},)"
        R"({"role":"user","content":"Also say hi."},)"
        // A new turn began with "Also say hi.", and it called no tool.
        R"({"role":"assistant","content":"It says hello. Hi!"}])");
    QCOMPARE(bodyOf(http).value("messages").toArray(), expectedMessages);
    QCOMPARE(bodyOf(http)
                 .value("messages")[2]
                 .toObject()
                 .value("tool_calls")[0]
                 .toObject()
                 .value("function")
                 .toObject()
                 .value("arguments")
                 .toString()
                 .toUtf8(),
             arguments);
}

void TestOpenAiProtocol::assistantOnlyCallingTools()
{
    ChatRequest request;
    request.model = "m";
    request.messages = {message(Role::User, {textPart("Go")}),
                        message(Role::Assistant, {toolCallPart("c", "finish", "{}")}),
                        message(Role::User, {toolResultPart("c", "ok")})};
    const QJsonArray messages = bodyOf(m_protocol->buildChatRequest(makeEndpoint(""), request))
                                    .value("messages")
                                    .toArray();
    QCOMPARE(messages.size(), 3);
    QVERIFY(messages[1].toObject().contains("content"));
    QVERIFY(messages[1].toObject().value("content").isNull());
    QVERIFY(!messages[1].toObject().contains("reasoning_content"));
    QCOMPARE(messages[2].toObject().value("role").toString(), "tool");
}

void TestOpenAiProtocol::systemFirstAndMerged()
{
    ChatRequest request;
    request.model = "m";
    request.system = "A";
    request.messages
        = {message(Role::System, {textPart("B")}), message(Role::User, {textPart("hi")}),
           message(Role::System, {textPart("C")})};
    const QJsonArray messages = bodyOf(m_protocol->buildChatRequest(makeEndpoint(""), request))
                                    .value("messages")
                                    .toArray();
    QCOMPARE(messages, parseArray(R"([{"role":"system","content":"A\n\nB\n\nC"},)"
                                  R"({"role":"user","content":"hi"}])"));
}

void TestOpenAiProtocol::consecutiveMessagesMerged()
{
    ChatRequest request;
    request.model = "m";
    request.messages = {
        message(Role::User, {textPart("one")}),
        message(Role::User, {textPart("two"), textPart("three")}),
        // Only reasoning from another vendor: nothing left to send.
        message(Role::Assistant, {thinkingPart("hidden", "anthropic")}),
        message(Role::User, {textPart("four")}),
        message(Role::Assistant, {textPart("Looking.")}),
        message(Role::Assistant, {toolCallPart("c", "list_dir", "{}")}),
    };
    const QJsonObject body = bodyOf(m_protocol->buildChatRequest(makeEndpoint("qwen"), request));
    QCOMPARE(
        body.value("messages").toArray(),
        parseArray(R"([{"role":"user","content":"one\n\ntwo\n\nthree\n\nfour"},)"
                   R"({"role":"assistant","content":"Looking.","tool_calls":[{"id":"c",)"
                   R"("type":"function","function":{"name":"list_dir","arguments":"{}"}}]}])"));
    QVERIFY(!QJsonDocument(body).toJson().contains("hidden"));
}

void TestOpenAiProtocol::images()
{
    ChatRequest request;
    request.model = "qwen-vl-plus";
    const QByteArray png("\x89PNG\r\n\x1a\n", 8);
    request.messages
        = {message(Role::User, {textPart("What is this?"), imagePart(png, "image/png")}),
           message(Role::User, {textPart("Be short.")})};
    const QJsonArray messages = bodyOf(m_protocol->buildChatRequest(makeEndpoint("qwen"), request))
                                    .value("messages")
                                    .toArray();
    QCOMPARE(messages,
             parseArray(R"([{"role":"user","content":[{"type":"text","text":"What is this?"},)"
                        R"({"type":"image_url","image_url":{"url":"data:image/png;base64,)"
                        + png.toBase64() + R"("}},{"type":"text","text":"Be short."}]}])"));
}

void TestOpenAiProtocol::reasoningEcho_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QByteArray>("requestExtra");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<bool>("failover");
    QTest::addColumn<QByteArray>("reasoning"); // per assistant message; null: not sent

    QTest::newRow("deepseek: tool turn echoed, plain turns not")
        << "deepseek" << QByteArray() << "openai/deepseek" << false
        << QByteArray(R"(["need the date","now the weather","rain means umbrella",null,null])");
    QTest::newRow("moonshot: same rule")
        << "moonshot" << QByteArray() << "openai/moonshot" << false
        << QByteArray(R"(["need the date","now the weather","rain means umbrella",null,null])");
    QTest::newRow("deepseek: another dialect's reasoning is dropped")
        << "deepseek" << QByteArray() << "openai/moonshot" << false
        << QByteArray(R"(["","","",null,null])");
    QTest::newRow("deepseek: failover, foreign reasoning dropped, field still sent")
        << "deepseek" << QByteArray() << "openai/deepseek" << true
        << QByteArray(R"(["","one file"])");
    QTest::newRow("deepseek: echo all")
        << "deepseek" << QByteArray(R"({"reasoningEcho":"all"})") << "openai/deepseek" << false
        << QByteArray(
               R"(["need the date","now the weather","rain means umbrella","plain thought",null])");
    QTest::newRow("deepseek: echo none")
        << "deepseek" << QByteArray(R"({"reasoningEcho":"none"})") << "openai/deepseek" << false
        << QByteArray(R"([null,null,null,null,null])");
    QTest::newRow("openai: never echoed")
        << "" << QByteArray() << "openai" << false << QByteArray(R"([null,null,null,null,null])");
    QTest::newRow("openai: echo all, origin without dialect")
        << "" << QByteArray(R"({"reasoningEcho":"all"})") << "openai" << false
        << QByteArray(
               R"(["need the date","now the weather","rain means umbrella","plain thought",null])");
    QTest::newRow("zhipu: never echoed") << "zhipu" << QByteArray() << "openai/zhipu" << false
                                         << QByteArray(R"([null,null,null,null,null])");
    QTest::newRow("qwen: thinking by model name")
        << "qwen" << QByteArray(R"({"thinkingStyle":"reasoning_content"})") << "openai/qwen"
        << false
        << QByteArray(R"(["need the date","now the weather","rain means umbrella",null,null])");
}

void TestOpenAiProtocol::reasoningEcho()
{
    QFETCH(QString, dialect);
    QFETCH(QByteArray, requestExtra);
    QFETCH(QString, origin);
    QFETCH(bool, failover);
    QFETCH(QByteArray, reasoning);

    ChatRequest request;
    request.model = "m";
    request.thinking = ThinkingMode::On;
    request.extra = parseObject(requestExtra.isEmpty() ? "{}" : requestExtra);
    request.messages = failover ? failoverConversation(origin) : toolLoopConversation(origin);
    const HttpRequest http = m_protocol->buildChatRequest(makeEndpoint(dialect), request);
    QCOMPARE(assistantReasoning(bodyOf(http)), parseArray(reasoning));
    QVERIFY2(!http.body.contains("claude thought"), "reasoning from another vendor was sent");
}

void TestOpenAiProtocol::classifyError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message"); // contained in the message
    QTest::addColumn<qint64>("retryAfterMs");

    const auto row = [](const char *name, int status, const QString &headers,
                        const QByteArray &body, ErrorKind kind, const QString &code,
                        const QString &message, qint64 retryAfterMs = -1) {
        QTest::newRow(name) << status << headers << body << int(kind) << code << message
                            << retryAfterMs;
    };

    // OpenAI (providers.md §2.3, §7)
    row("openai 401", 401, "",
        R"({"error":{"message":"Incorrect API key provided: sk-abc***xyz. You can find your )"
        R"(API key at https://platform.openai.com/account/api-keys.","type":)"
        R"("invalid_request_error","param":null,"code":"invalid_api_key"}})",
        ErrorKind::Auth, "invalid_api_key", "Incorrect API key provided");
    row("openai region", 403, "",
        R"({"error":{"code":"unsupported_country_region_territory","message":"Country, )"
        R"(region, or territory not supported","param":null,"type":"request_forbidden"}})",
        ErrorKind::Forbidden, "unsupported_country_region_territory", "Country, region");
    row("openai quota", 429, "",
        R"({"error":{"message":"You exceeded your current quota, please check your plan and )"
        R"(billing details.","type":"insufficient_quota","param":null,"code":)"
        R"("insufficient_quota"}})",
        ErrorKind::QuotaExhausted, "insufficient_quota", "exceeded your current quota");
    row("openai rate limit, retry-after seconds", 429, "retry-after: 20",
        R"({"error":{"message":"Rate limit reached for gpt-4o on requests per min (RPM): )"
        R"(Limit 500, Used 500, Requested 1.","type":"requests","param":null,"code":)"
        R"("rate_limit_exceeded"}})",
        ErrorKind::RateLimited, "rate_limit_exceeded", "Rate limit reached", 20000);
    row("absurd retry-after is clamped to a week", 429, "retry-after: 1e300", "{}",
        ErrorKind::RateLimited, "", "", Sdk::MaxRetryAfterMs);
    row("absurd retry-after-ms is clamped to a week", 429, "retry-after-ms: 9e18", "{}",
        ErrorKind::RateLimited, "", "", Sdk::MaxRetryAfterMs);
    row("retry-after-ms first", 429, "retry-after: 2\nretry-after-ms: 1500", "{}",
        ErrorKind::RateLimited, "", "", 1500);
    row("x-ratelimit-reset-requests 6s", 429,
        "x-ratelimit-remaining-requests: 0\nx-ratelimit-reset-requests: 6s", "{}",
        ErrorKind::RateLimited, "", "", 6000);
    row("x-ratelimit-reset-requests 12ms", 429, "X-RateLimit-Reset-Requests: 12ms", "{}",
        ErrorKind::RateLimited, "", "", 12);
    row("x-ratelimit-reset-tokens when tokens ran out", 429,
        "x-ratelimit-remaining-requests: 10\nx-ratelimit-reset-requests: 2s\n"
        "x-ratelimit-remaining-tokens: 0\nx-ratelimit-reset-tokens: 1m30s",
        "{}", ErrorKind::RateLimited, "", "", 90000);
    row("x-ratelimit-reset compound duration", 429, "x-ratelimit-reset-requests: 1h2m3.5s", "{}",
        ErrorKind::RateLimited, "", "", 3723500);
    row("unparsable reset", 429, "x-ratelimit-reset-requests: soon", "{}", ErrorKind::RateLimited,
        "", "", -1);
    row("openai overloaded", 503, "",
        R"({"error":{"message":"The engine is currently overloaded, please try again later",)"
        R"("type":"server_error","param":null,"code":null}})",
        ErrorKind::Overloaded, "server_error", "overloaded");
    row("openai 500", 500, "",
        R"({"error":{"message":"The server had an error while processing your request.",)"
        R"("type":"server_error","param":null,"code":null}})",
        ErrorKind::Server, "server_error", "server had an error");
    row("openai context", 400, "",
        R"({"error":{"message":"This model's maximum context length is 128000 tokens. )"
        R"(However, your messages resulted in 130000 tokens.","type":)"
        R"("invalid_request_error","param":"messages","code":"context_length_exceeded"}})",
        ErrorKind::ContextTooLong, "context_length_exceeded", "maximum context length");
    row("openai model_not_found", 404, "",
        R"({"error":{"message":"The model `gpt-9` does not exist or you do not have access )"
        R"(to it.","type":"invalid_request_error","param":null,"code":"model_not_found"}})",
        ErrorKind::BadRequest, "model_not_found", "does not exist");

    // DeepSeek (§3.1)
    row("deepseek 402", 402, "",
        R"({"error":{"message":"Insufficient Balance","type":"unknown_error","param":null,)"
        R"("code":"invalid_request_error"}})",
        ErrorKind::QuotaExhausted, "invalid_request_error", "Insufficient Balance");
    row("deepseek 401", 401, "",
        R"({"error":{"message":"Authentication Fails, Your api key: ****abcd is invalid",)"
        R"("type":"authentication_error","param":null,"code":"invalid_request_error"}})",
        ErrorKind::Auth, "invalid_request_error", "Authentication Fails");
    row("deepseek 503", 503, "",
        R"({"error":{"message":"Server Overloaded","type":"unknown_error","param":null,)"
        R"("code":"invalid_request_error"}})",
        ErrorKind::Overloaded, "invalid_request_error", "Server Overloaded");
    row("deepseek 422", 422, "",
        R"({"error":{"message":"Invalid Parameters","type":"invalid_request_error",)"
        R"("param":null,"code":"invalid_request_error"}})",
        ErrorKind::BadRequest, "invalid_request_error", "Invalid Parameters");
    row("deepseek context", 400, "",
        R"({"error":{"message":"This model's maximum context length is 65536 tokens. )"
        R"(However, you requested 70000 tokens (70000 in the messages, 0 in the completion).)"
        R"(","type":"invalid_request_error","param":null,"code":"invalid_request_error"}})",
        ErrorKind::ContextTooLong, "invalid_request_error", "maximum context length");
    row("deepseek 429", 429, "", R"({"error":{"message":"Rate Limit Reached"}})",
        ErrorKind::RateLimited, "", "Rate Limit Reached");

    // Zhipu (§3.2; docs.z.ai api-code)
    row("zhipu balance", 429, "",
        R"({"error":{"code":"1113","message":"余额不足或无可用资源包,请充值。"}})",
        ErrorKind::QuotaExhausted, "1113", "余额不足");
    row("zhipu concurrency", 429, "",
        R"({"error":{"code":"1302","message":)"
        R"("您当前使用该API的并发数过高,请降低并发。"}})",
        ErrorKind::RateLimited, "1302", "并发");
    row("zhipu locked", 429, "",
        R"({"error":{"code":"1112","message":"Your account has been locked"}})",
        ErrorKind::Forbidden, "1112", "locked");
    row("zhipu token", 401, "",
        R"({"error":{"code":"1002","message":"Authorization Token非法,请确认Authorization )"
        R"(Token正确传递。"}})",
        ErrorKind::Auth, "1002", "Authorization Token");
    row("zhipu prompt too long", 400, "",
        R"({"error":{"code":"1261","message":"Prompt exceeds max length"}})",
        ErrorKind::ContextTooLong, "1261", "Prompt exceeds max length");
    row("zhipu unsafe content", 400, "",
        R"({"error":{"code":"1301","message":)"
        R"("系统检测到输入或生成内容可能包含不安全或敏感内容"}})",
        ErrorKind::BadRequest, "1301", "不安全");

    // Kimi (§3.3, §7)
    row("kimi quota", 429, "",
        R"({"error":{"message":"Your account org-1 <ak-2> is suspended, please check your )"
        R"(plan and billing details","type":"exceeded_current_quota_error"}})",
        ErrorKind::QuotaExhausted, "exceeded_current_quota_error", "suspended");
    row("kimi overloaded", 429, "",
        R"({"error":{"message":"The engine is currently overloaded, please try again later",)"
        R"("type":"engine_overloaded_error"}})",
        ErrorKind::Overloaded, "engine_overloaded_error", "overloaded");
    row("kimi rate limit", 429, "",
        R"({"error":{"message":"Your account org-1 request reached organization max RPM: 3",)"
        R"("type":"rate_limit_reached_error"}})",
        ErrorKind::RateLimited, "rate_limit_reached_error", "max RPM");
    row("kimi context", 400, "",
        R"({"error":{"message":"Invalid request: Your request exceeded model token limit: )"
        R"(8192","type":"invalid_request_error"}})",
        ErrorKind::ContextTooLong, "invalid_request_error", "exceeded model token limit");
    row("kimi auth", 401, "",
        R"({"error":{"message":"Invalid Authentication","type":)"
        R"("invalid_authentication_error"}})",
        ErrorKind::Auth, "invalid_authentication_error", "Invalid Authentication");

    // DashScope compatible mode (§3.4)
    row("dashscope arrearage", 400, "",
        R"({"error":{"message":"Access denied, please make sure your account is in good )"
        R"(standing.","type":"Arrearage","param":null,"code":"Arrearage"},"request_id":"r"})",
        ErrorKind::QuotaExhausted, "Arrearage", "good standing");
    row("dashscope throttling", 429, "",
        R"({"error":{"message":"Requests rate limit exceeded, please try again later.",)"
        R"("type":"Throttling.RateQuota","param":null,"code":"Throttling.RateQuota"}})",
        ErrorKind::RateLimited, "Throttling.RateQuota", "rate limit");
    row("dashscope key", 401, "",
        R"({"error":{"message":"Incorrect API key provided. ","type":)"
        R"("invalid_request_error","param":null,"code":"invalid_api_key"}})",
        ErrorKind::Auth, "invalid_api_key", "Incorrect API key");

    // Volcengine Ark
    row("ark overdue", 403, "",
        R"({"error":{"code":"AccountOverdueError","message":"The request failed because )"
        R"(your account has an overdue balance.","param":"","type":"Forbidden"}})",
        ErrorKind::QuotaExhausted, "AccountOverdueError", "overdue balance");
    row("ark overloaded", 429, "",
        R"({"error":{"code":"ServerOverloaded","message":"The service is currently unable )"
        R"(to handle additional requests.","param":"","type":"TooManyRequests"}})",
        ErrorKind::Overloaded, "ServerOverloaded", "unable");

    // OpenRouter (§3.7)
    row("openrouter credits", 402, "",
        R"({"error":{"code":402,"message":"Insufficient credits. Add more using )"
        R"(https://openrouter.ai/settings/credits"}})",
        ErrorKind::QuotaExhausted, "402", "Insufficient credits");
    row("openrouter moderation", 403, "",
        R"({"error":{"code":403,"message":"Input was flagged","metadata":{"reasons":)"
        R"(["violence"],"flagged_input":"..."}}})",
        ErrorKind::Forbidden, "403", "flagged");
    row("openrouter timeout", 408, "", R"({"error":{"code":408,"message":"Timed out"}})",
        ErrorKind::Server, "408", "Timed out");
    row("openrouter model down", 502, "",
        R"({"error":{"code":502,"message":"Provider returned error"}})", ErrorKind::Server, "502",
        "Provider returned error");
    row("openrouter no provider, retry-after", 503, "Retry-After: 7",
        R"({"error":{"code":503,"message":"No instances available"}})", ErrorKind::Overloaded,
        "503", "No instances", 7000);

    // SiliconFlow
    row("siliconflow balance", 403, "",
        R"({"code":30001,"message":"Sorry, your account balance is insufficient","data":null})",
        ErrorKind::QuotaExhausted, "30001", "balance is insufficient");

    // Local servers (§4.2)
    row("llama.cpp context", 400, "",
        R"({"error":{"code":400,"message":"the request exceeds the available context size, )"
        R"(try increasing it","type":"exceed_context_size_error","n_prompt_tokens":5000,)"
        R"("n_ctx":4096}})",
        ErrorKind::ContextTooLong, "400", "available context size");
    row("vllm context", 400, "",
        R"({"object":"error","message":"This model's maximum context length is 4096 tokens. )"
        R"(However, you requested 5000 tokens.","type":"BadRequestError","param":null,)"
        R"("code":400})",
        ErrorKind::ContextTooLong, "400", "maximum context length");
    row("plain error string", 404, "", R"({"error":"Model unloaded"})", ErrorKind::BadRequest, "",
        "Model unloaded");

    // Bodies that are not an error object
    row("html gateway page", 502, "",
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 "
        "Bad Gateway</h1></center></body></html>",
        ErrorKind::Server, "", "502 Bad Gateway");
    row("cloudflare block", 403, "",
        "<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head>"
        "<body>Sorry, you have been blocked</body></html>",
        ErrorKind::Forbidden, "", "Attention Required! | Cloudflare");
    row("plain text", 500, "", "upstream connect error or disconnect/reset before headers",
        ErrorKind::Server, "", "upstream connect error");
    row("empty body", 504, "", "", ErrorKind::Server, "", "HTTP 504");
    row("redirect", 301, "", "", ErrorKind::BadRequest, "", "HTTP 301");
}

void TestOpenAiProtocol::classifyError()
{
    QFETCH(int, status);
    QFETCH(QString, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(qint64, retryAfterMs);
    const ProviderError error
        = m_protocol->classifyError(makeEndpoint(""), status, parseHeaders(headers), body);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.code, code);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.retryAfterMs, retryAfterMs);
}

void TestOpenAiProtocol::retryAfterHttpDate()
{
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(30);
    const QByteArray date
        = QLocale::c().toString(when, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'").toLatin1();
    const ProviderError error = m_protocol->classifyError(
        makeEndpoint(""), 429, {{"Retry-After", date}}, R"({"error":{"message":"slow"}})");
    QCOMPARE(error.kind, ErrorKind::RateLimited);
    QVERIFY2(error.retryAfterMs > 25000 && error.retryAfterMs <= 30000,
             qPrintable(QString::number(error.retryAfterMs)));

    const ProviderError past = m_protocol->classifyError(
        makeEndpoint(""), 429, {{"retry-after", "Wed, 21 Oct 2015 07:28:00 GMT"}}, "{}");
    QCOMPARE(past.retryAfterMs, 0);
}

void TestOpenAiProtocol::errorNeverQuotesTheKey()
{
    const ProviderError error = m_protocol->classifyError(
        makeEndpoint(""), 401, {},
        R"({"error":{"message":"Key sk-test-key-0123456789 is not valid",)"
        R"("code":"invalid_api_key"}})");
    QCOMPARE(error.kind, ErrorKind::Auth);
    QCOMPARE(error.message, "Key *** is not valid");

    const ProviderError page
        = m_protocol->classifyError(makeEndpoint(""), 400, {}, "bad key: sk-test-key-0123456789");
    QVERIFY(!page.message.contains("sk-test-key-0123456789"));
}

void TestOpenAiProtocol::listModelsRequest_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QByteArray>("endpointExtra");
    QTest::addColumn<QString>("url"); // empty: no call

    QTest::newRow("openai") << ""
                            << "https://api.openai.com/v1/" << QByteArray()
                            << "https://api.openai.com/v1/models";
    QTest::newRow("deepseek") << "deepseek"
                              << "https://api.deepseek.com" << QByteArray()
                              << "https://api.deepseek.com/models";
    QTest::newRow("moonshot") << "moonshot"
                              << "https://api.moonshot.cn/v1" << QByteArray()
                              << "https://api.moonshot.cn/v1/models";
    QTest::newRow("qwen") << "qwen"
                          << "https://dashscope.aliyuncs.com/compatible-mode/v1" << QByteArray()
                          << "https://dashscope.aliyuncs.com/compatible-mode/v1/models";
    QTest::newRow("openrouter") << "openrouter"
                                << "https://openrouter.ai/api/v1" << QByteArray()
                                << "https://openrouter.ai/api/v1/models";
    QTest::newRow("siliconflow") << "siliconflow"
                                 << "https://api.siliconflow.cn/v1" << QByteArray()
                                 << "https://api.siliconflow.cn/v1/models";
    QTest::newRow("local") << "local"
                           << "http://127.0.0.1:8080/v1" << QByteArray()
                           << "http://127.0.0.1:8080/v1/models";
    QTest::newRow("zhipu") << "zhipu"
                           << "https://open.bigmodel.cn/api/paas/v4" << QByteArray() << "";
    QTest::newRow("doubao") << "doubao"
                            << "https://ark.cn-beijing.volces.com/api/v3" << QByteArray() << "";
    QTest::newRow("zhipu, preset says it lists")
        << "zhipu"
        << "https://open.bigmodel.cn/api/paas/v4" << QByteArray(R"({"listModels":true})")
        << "https://open.bigmodel.cn/api/paas/v4/models";
    QTest::newRow("openai, preset says it does not")
        << ""
        << "https://proxy.example/v1" << QByteArray(R"({"listModels":false})") << "";
}

void TestOpenAiProtocol::listModelsRequest()
{
    QFETCH(QString, dialect);
    QFETCH(QString, baseUrl);
    QFETCH(QByteArray, endpointExtra);
    QFETCH(QString, url);
    Endpoint endpoint = makeEndpoint(dialect, baseUrl);
    endpoint.extra = parseObject(endpointExtra.isEmpty() ? "{}" : endpointExtra);
    const std::optional<HttpRequest> http = m_protocol->buildListModelsRequest(endpoint);
    if (url.isEmpty()) {
        QVERIFY(!http);
        return;
    }
    QVERIFY(http);
    QCOMPARE(http->method, "GET");
    QCOMPARE(http->url.toString(), url);
    QCOMPARE(headerValue(*http, "authorization"), "Bearer sk-test-key-0123456789");
    QVERIFY(http->body.isEmpty());
}

void TestOpenAiProtocol::parseModelList_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("models"); // "id|displayName|contextWindow"
    QTest::addColumn<bool>("fails");

    QTest::newRow("openai") << QByteArray(
        R"({"object":"list","data":[{"id":"gpt-4o","object":"model",)"
        R"("created":1715367049,"owned_by":"system"},{"id":"o3","object":)"
        R"("model","created":1,"owned_by":"system","shutdown_date":null}]})")
                            << QStringList{"gpt-4o||0", "o3||0"} << false;
    QTest::newRow("openrouter") << QByteArray(
        R"({"data":[{"id":"deepseek/deepseek-r1","name":"DeepSeek: R1",)"
        R"("context_length":163840,"pricing":{"prompt":"0.0000004"}}]})")
                                << QStringList{"deepseek/deepseek-r1|DeepSeek: R1|163840"} << false;
    QTest::newRow("vllm") << QByteArray(
        R"({"object":"list","data":[{"id":"Qwen/Qwen3-8B","object":"model",)"
        R"("owned_by":"vllm","max_model_len":32768}]})")
                          << QStringList{"Qwen/Qwen3-8B||32768"} << false;
    QTest::newRow("entries without id skipped")
        << QByteArray(R"({"data":[{"object":"model"},{"id":"kimi-k2.6","context_length":262144}]})")
        << QStringList{"kimi-k2.6||262144"} << false;
    QTest::newRow("empty list") << QByteArray(R"({"object":"list","data":[]})") << QStringList()
                                << false;
    QTest::newRow("not json") << QByteArray("<html>") << QStringList() << true;
    QTest::newRow("no data") << QByteArray(R"({"models":[]})") << QStringList() << true;
}

void TestOpenAiProtocol::parseModelList()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, models);
    QFETCH(bool, fails);
    QString error;
    const QList<ModelInfo> parsed = m_protocol->parseModelList(makeEndpoint(""), body, &error);
    QStringList got;
    for (const ModelInfo &model : parsed)
        got.append(model.id + u'|' + model.displayName + u'|'
                   + QString::number(model.contextWindow));
    QCOMPARE(got, models);
    QCOMPARE(!error.isEmpty(), fails);
}

QTEST_GUILESS_MAIN(TestOpenAiProtocol)
#include "tst_openaiprotocol.moc"
