// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "decoderharness.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QPluginLoader>
#include <QtTest/QTest>

using namespace Baton;

// Expected events, written as JSON objects in any key order; normalised to toJsonLines' form.
static QByteArray events(std::initializer_list<const char *> lines)
{
    QByteArray out;
    for (const char *line : lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            return QByteArray("bad expectation: ") + line;
        out += document.toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

static QByteArray canonical(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isNull() ? "not JSON: " + json : document.toJson(QJsonDocument::Compact);
}

// QCOMPARE cuts long values short; request bodies are compared whole.
#define COMPARE_JSON(actual, expected)                                                             \
    do {                                                                                           \
        const QByteArray a_ = (actual);                                                            \
        const QByteArray e_ = (expected);                                                          \
        QVERIFY2(a_ == e_,                                                                         \
                 QByteArray("\n   actual:   " + a_ + "\n   expected: " + e_).constData());         \
    } while (false)

// Server-sent events, one `data:` line per chunk (chunks are written over several lines here).
static QByteArray sse(std::initializer_list<const char *> chunks)
{
    QByteArray out;
    for (const char *chunk : chunks)
        out += QByteArray("data: ") + QByteArray(chunk).replace('\n', ' ') + "\n\n";
    return out;
}

static Sdk::ContentPart text(const QString &text)
{
    Sdk::ContentPart part;
    part.kind = Sdk::PartKind::Text;
    part.text = text;
    return part;
}

static Sdk::ContentPart thought(const QString &text, const QString &origin,
                                const QByteArray &signature = {})
{
    Sdk::ContentPart part;
    part.kind = Sdk::PartKind::Thinking;
    part.text = text;
    part.origin = origin;
    part.signature = signature;
    return part;
}

static Sdk::ContentPart toolCall(const QString &id, const QString &name, const QByteArray &input,
                                 const QByteArray &signature = {})
{
    Sdk::ContentPart part;
    part.kind = Sdk::PartKind::ToolCall;
    part.toolCallId = id;
    part.toolName = name;
    part.toolInput = input;
    part.signature = signature;
    return part;
}

static Sdk::ContentPart toolResult(const QString &id, const QString &text, bool isError = false)
{
    Sdk::ContentPart part;
    part.kind = Sdk::PartKind::ToolResult;
    part.toolCallId = id;
    part.text = text;
    part.isError = isError;
    return part;
}

static Sdk::Message message(Sdk::Role role, QList<Sdk::ContentPart> parts)
{
    Sdk::Message m;
    m.role = role;
    m.parts = std::move(parts);
    return m;
}

// What the host does with a response's events: one part per index, deltas appended, the
// signature of a delta or of a tool call start kept on its part.
static Sdk::Message assistantFrom(const QList<Sdk::StreamEvent> &stream, const QString &origin)
{
    Sdk::Message m;
    m.role = Sdk::Role::Assistant;
    QHash<int, qsizetype> partAt;
    for (const Sdk::StreamEvent &event : stream) {
        if (event.kind == Sdk::EventKind::TextDelta || event.kind == Sdk::EventKind::ThinkingDelta
            || event.kind == Sdk::EventKind::ToolCallStart) {
            if (!partAt.contains(event.index)) {
                Sdk::ContentPart part;
                part.kind = event.kind == Sdk::EventKind::TextDelta       ? Sdk::PartKind::Text
                            : event.kind == Sdk::EventKind::ThinkingDelta ? Sdk::PartKind::Thinking
                                                                          : Sdk::PartKind::ToolCall;
                part.origin = origin;
                partAt.insert(event.index, m.parts.size());
                m.parts.append(part);
            }
            Sdk::ContentPart &part = m.parts[partAt.value(event.index)];
            part.text += event.text;
            if (!event.signature.isEmpty())
                part.signature = event.signature;
            if (event.kind == Sdk::EventKind::ToolCallStart) {
                part.toolCallId = event.id;
                part.toolName = event.name;
            }
        } else if (event.kind == Sdk::EventKind::ToolCallArgsDelta) {
            m.parts[partAt.value(event.index)].toolInput += event.text.toUtf8();
        }
    }
    return m;
}

static const char *const ApiKeyInvalid = R"({"error":{"code":400,
    "message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT",
    "details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID",
                "domain":"googleapis.com",
                "metadata":{"service":"generativelanguage.googleapis.com"}},
               {"@type":"type.googleapis.com/google.rpc.LocalizedMessage","locale":"en-US",
                "message":"API key not valid. Please pass a valid API key."}]}})";

static const char *const PerMinuteQuota = R"({"error":{"code":429,
    "message":"You exceeded your current quota, please check your plan and billing details.",
    "status":"RESOURCE_EXHAUSTED",
    "details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[
      {"quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_requests",
       "quotaId":"GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
       "quotaDimensions":{"location":"global","model":"gemini-2.5-pro"},
       "quotaValue":"5"}]},
               {"@type":"type.googleapis.com/google.rpc.Help","links":[{"description":"Learn more",
                 "url":"https:\/\/ai.google.dev/gemini-api/docs/rate-limits"}]},
               {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"37s"}]}})";

static const char *const PerDayQuota = R"({"error":{"code":429,
    "message":"You exceeded your current quota, please check your plan and billing details.",
    "status":"RESOURCE_EXHAUSTED",
    "details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[
      {"quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_requests",
       "quotaId":"GenerateRequestsPerDayPerProjectPerModel-FreeTier",
       "quotaValue":"100"}]},
               {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"12.5s"}]}})";

class TestGeminiProtocol : public QObject
{
    Q_OBJECT

private:
    QByteArray bodyOf(const Sdk::ChatRequest &request)
    {
        return canonical(m_protocol->buildChatRequest({}, request).body);
    }
    QJsonObject jsonBodyOf(const Sdk::ChatRequest &request)
    {
        return QJsonDocument::fromJson(m_protocol->buildChatRequest({}, request).body).object();
    }

    QPluginLoader m_loader{QStringLiteral(BATON_PLUGIN_UNDER_TEST)};
    Sdk::IProviderProtocol *m_protocol = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        // Protocol errors are logged as warnings; hundreds of split replays would flood the log.
        QLoggingCategory::setFilterRules(QStringLiteral("baton.plugin.gemini.warning=false"));
        // Not Test::loadProtocol: it leaks its loader on purpose, which LeakSanitizer reports.
        m_protocol = qobject_cast<Sdk::IProviderProtocol *>(m_loader.instance());
        QVERIFY2(m_protocol, qPrintable(m_loader.errorString()));
    }

    void metadata()
    {
        const QJsonObject meta = m_loader.metaData().value("MetaData").toObject();
        QCOMPARE(meta.value("protocol").toString(), "gemini");
        QCOMPARE(meta.value("abi").toObject().value("major").toInt(), 1);
        QCOMPARE(meta.value("abi").toObject().value("minor").toInt(), 0);
        QVERIFY(!meta.value("displayName").toString().isEmpty());
        QVERIFY(meta.value("dialects").isArray());
        QCOMPARE(m_loader.metaData().value("IID").toString(), BATON_PROVIDER_PROTOCOL_IID);
    }

    // --- recorded stream ----------------------------------------------------------------------

    // Old-model output: every chunk says finishReason STOP, one event ends in CR LF, CJK text.
    void fixture()
    {
        const QByteArray body = Test::readFixture(QStringLiteral("gemini-stream.sse"));
        QVERIFY(!body.isEmpty());
        QList<Sdk::StreamEvent> decoded;
        QString problem;
        QVERIFY2(Test::decodesTheSameInEverySplit(*m_protocol, {}, {}, body, &decoded, &problem),
                 qPrintable(problem));
        QVERIFY2(Test::matchesGolden(QStringLiteral("gemini-stream"), Test::toJsonLines(decoded),
                                     &problem),
                 qPrintable(problem));
    }

    // --- hand-written streams -----------------------------------------------------------------

    void streams_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("thinking with signatures, signed answer")
            << sse({R"({"candidates":[{"content":{"parts":[
                          {"text":"**Planning**\nI need","thought":true}],
                        "role":"model"},"index":0}],
                        "usageMetadata":{"promptTokenCount":10,"totalTokenCount":10}})",
                    R"({"candidates":[{"content":{"parts":[{"text":" to add.","thought":true,
                        "thoughtSignature":"c2lnLTE="}],"role":"model"},"index":0}]})",
                    R"({"candidates":[{"content":{"parts":[{"text":"The answer"}],"role":"model"},
                        "index":0}]})",
                    R"({"candidates":[{"content":{"parts":[
                          {"text":" is 4.","thoughtSignature":"c2lnLTI="}],"role":"model"},
                        "finishReason":"STOP","index":0}],
                        "usageMetadata":{"promptTokenCount":10,"candidatesTokenCount":5,
                                         "thoughtsTokenCount":20,"totalTokenCount":35}})"})
            << events({R"({"kind":"thinking","index":0,"text":"**Planning**\nI need"})",
                       R"({"kind":"thinking","index":0,"text":" to add.","signature":"c2lnLTE="})",
                       R"({"kind":"text","index":1,"text":"The answer"})",
                       R"({"kind":"text","index":1,"text":" is 4."})",
                       R"({"kind":"thinking","index":2,"text":"","signature":"c2lnLTI="})",
                       R"({"kind":"usage","index":0,"input":10,"output":25,"cache_read":0,
                           "cache_write":0})",
                       R"({"kind":"stop","index":0,"reason":"end_turn","raw":"STOP"})"});

        QTest::newRow("signature alone in an empty last part, text after it")
            << sse({R"({"candidates":[{"content":{"parts":[{"text":"Hello"}],"role":"model"}}]})",
                    R"({"candidates":[{"content":{"parts":[{"text":"","thoughtSignature":"c2ln"}],
                        "role":"model"}}]})",
                    R"({"candidates":[{"content":{"parts":[{"text":" again"}],"role":"model"},
                        "finishReason":"STOP"}]})"})
            << events({R"({"kind":"text","index":0,"text":"Hello"})",
                       R"({"kind":"thinking","index":1,"text":"","signature":"c2ln"})",
                       R"({"kind":"text","index":2,"text":" again"})",
                       R"({"kind":"stop","index":0,"reason":"end_turn","raw":"STOP"})"});

        QTest::newRow("two signed thoughts are two blocks")
            << sse({R"({"candidates":[{"content":{"parts":[
                          {"text":"A","thought":true,"thoughtSignature":"czE="},
                          {"text":"B","thought":true,"thoughtSignature":"czI="},
                          {"text":"C","thought":true}]}}]})",
                    R"({"candidates":[{"content":{"parts":[{"text":"done"}]},
                        "finishReason":"STOP"}]})"})
            << events({R"({"kind":"thinking","index":0,"text":"A","signature":"czE="})",
                       R"({"kind":"thinking","index":1,"text":"B","signature":"czI="})",
                       R"({"kind":"thinking","index":2,"text":"C"})",
                       R"({"kind":"text","index":3,"text":"done"})",
                       R"({"kind":"stop","index":0,"reason":"end_turn","raw":"STOP"})"});

        QTest::newRow("several function calls in one chunk")
            << sse({R"({"candidates":[{"content":{"parts":[
                          {"text":"Let me check."},
                          {"functionCall":{"name":"get_weather","args":{"city":"Paris"}},
                           "thoughtSignature":"Zmlyc3Q="},
                          {"functionCall":{"name":"get_weather","args":{"city":"Rome","u":
                           {"t":1}}}},
                          {"functionCall":{"id":"fc-9","name":"get_time"}}],"role":"model"},
                        "finishReason":"STOP","index":0}],
                        "usageMetadata":{"promptTokenCount":50,"candidatesTokenCount":30,
                                         "totalTokenCount":80}})"})
            << events({R"({"kind":"text","index":0,"text":"Let me check."})",
                       R"({"kind":"tool_call_start","index":1,"id":"call_0","name":"get_weather"})",
                       R"({"kind":"tool_call_args","index":1,
                        "text":"{\u0022city\u0022:\u0022Paris\u0022}"})",
                       R"({"kind":"tool_call_end","index":1})",
                       R"({"kind":"tool_call_start","index":2,"id":"call_1","name":"get_weather"})",
                       R"({"kind":"tool_call_args","index":2,
                    "text":"{\u0022city\u0022:\u0022Rome\u0022,\u0022u\u0022:{\u0022t\u0022:1}}"})",
                       R"({"kind":"tool_call_end","index":2})",
                       R"({"kind":"tool_call_start","index":3,"id":"fc-9","name":"get_time"})",
                       R"({"kind":"tool_call_args","index":3,"text":"{}"})",
                       R"({"kind":"tool_call_end","index":3})",
                       R"({"kind":"usage","index":0,"input":50,"output":30,"cache_read":0,
                           "cache_write":0})",
                       R"({"kind":"stop","index":0,"reason":"tool_use","raw":"STOP"})"});

        QTest::newRow("safety block of the answer")
            << sse({R"({"candidates":[{"content":{"parts":[{"text":"Sure, first"}]}}]})",
                    R"({"candidates":[{"finishReason":"SAFETY","index":0,"safetyRatings":[
                        {"category":"HARM_CATEGORY_DANGEROUS_CONTENT","probability":"HIGH",
                         "blocked":true}]}],
                        "usageMetadata":{"promptTokenCount":8,"candidatesTokenCount":3,
                                         "totalTokenCount":11}})"})
            << events({R"({"kind":"text","index":0,"text":"Sure, first"})",
                       R"({"kind":"usage","index":0,"input":8,"output":3,"cache_read":0,
                           "cache_write":0})",
                       R"({"kind":"stop","index":0,"reason":"refusal","raw":"SAFETY"})"});

        QTest::newRow("blocked prompt")
            << sse({R"({"promptFeedback":{"blockReason":"PROHIBITED_CONTENT"},
                        "usageMetadata":{"promptTokenCount":12,"totalTokenCount":12},
                        "modelVersion":"gemini-2.5-flash"})"})
            << events(
                   {R"({"kind":"usage","index":0,"input":12,"output":0,"cache_read":0,
                           "cache_write":0})",
                    R"({"kind":"stop","index":0,"reason":"refusal","raw":"PROHIBITED_CONTENT"})"});

        QTest::newRow("recitation") << sse({R"({"candidates":[{"finishReason":"RECITATION"}]})"})
                                    << events({R"({"kind":"stop","index":0,"reason":"refusal",
                                                   "raw":"RECITATION"})"});

        QTest::newRow("max tokens")
            << sse({R"({"candidates":[{"content":{"parts":[{"text":"Once upon"}]},
                        "finishReason":"MAX_TOKENS"}]})"})
            << events({R"({"kind":"text","index":0,"text":"Once upon"})",
                       R"({"kind":"stop","index":0,"reason":"max_tokens","raw":"MAX_TOKENS"})"});

        QTest::newRow("malformed function call")
            << sse({R"({"candidates":[{"finishReason":"MALFORMED_FUNCTION_CALL"}]})"})
            << events({R"({"kind":"stop","index":0,"reason":"other",
                           "raw":"MALFORMED_FUNCTION_CALL"})"});

        QTest::newRow("usage is cumulative, cache and tool prompts counted")
            << sse({R"({"candidates":[{"content":{"parts":[{"text":"a"}]}}],
                        "usageMetadata":{"promptTokenCount":1000,"cachedContentTokenCount":800,
                                         "totalTokenCount":1000}})",
                    R"({"candidates":[{"content":{"parts":[{"text":"b"}]},"finishReason":"STOP"}],
                        "usageMetadata":{"promptTokenCount":1000,"cachedContentTokenCount":800,
                                         "toolUsePromptTokenCount":40,"candidatesTokenCount":20,
                                         "thoughtsTokenCount":30,"totalTokenCount":1090}})"})
            << events({R"({"kind":"text","index":0,"text":"a"})",
                       R"({"kind":"text","index":0,"text":"b"})",
                       R"({"kind":"usage","index":0,"input":240,"output":50,"cache_read":800,
                           "cache_write":0})",
                       R"({"kind":"stop","index":0,"reason":"end_turn","raw":"STOP"})"});

        QTest::newRow("missing finishReason")
            << sse({R"({"candidates":[{"content":{"parts":[{"text":"Half"}]}}],
                        "usageMetadata":{"promptTokenCount":5,"candidatesTokenCount":1}})"})
            << events({R"({"kind":"text","index":0,"text":"Half"})",
                       R"({"kind":"usage","index":0,"input":5,"output":1,"cache_read":0,
                           "cache_write":0})",
                       R"({"kind":"error","index":0,"error_kind":"protocol","status":0,"code":"",
                           "message":"the Gemini stream ended without a finishReason"})"});

        QTest::newRow("empty body")
            << QByteArray()
            << events({R"({"kind":"error","index":0,"error_kind":"protocol","status":0,"code":"",
                           "message":"the Gemini stream ended without a finishReason"})"});

        QTest::newRow("error mid-stream")
            << sse({R"({"candidates":[{"content":{"parts":[{"text":"Partial"}]}}],
                        "usageMetadata":{"promptTokenCount":7,"candidatesTokenCount":1}})",
                    R"({"error":{"code":503,"status":"UNAVAILABLE",
                        "message":"The model is overloaded. Please try again later."}})",
                    R"({"candidates":[{"content":{"parts":[{"text":"ignored"}]},
                        "finishReason":"STOP"}]})"})
            << events({R"({"kind":"text","index":0,"text":"Partial"})",
                       R"({"kind":"usage","index":0,"input":7,"output":1,"cache_read":0,
                           "cache_write":0})",
                       R"({"kind":"error","index":0,"error_kind":"overloaded","status":0,
                           "code":"UNAVAILABLE",
                           "message":"The model is overloaded. Please try again later."})"});

        QTest::newRow("rate limited mid-stream")
            << sse({R"({"error":{"code":429,"message":"Resource has been exhausted.",
                        "status":"RESOURCE_EXHAUSTED","details":[
                          {"@type":"type.googleapis.com/google.rpc.RetryInfo",
                           "retryDelay":"12s"}]}})"})
            << events({R"({"kind":"error","index":0,"error_kind":"rate_limited","status":0,
                           "code":"RESOURCE_EXHAUSTED","message":"Resource has been exhausted.",
                           "retry_after_ms":12000})"});

        QTest::newRow("garbage")
            << QByteArray(
                   "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"ok\"}]}}]}\n\n"
                   "data: <html>Bad Gateway</html>\n\n"
                   "data: {\"candidates\":[{\"finishReason\":\"STOP\"}]}\n\n")
            << events({R"({"kind":"text","index":0,"text":"ok"})",
                       R"({"kind":"error","index":0,"error_kind":"protocol","status":0,"code":"",
                           "message":"an event of the Gemini stream is not a JSON object"})"});

        QTest::newRow("SSE framing: BOM, comments, no space, CRLF, one chunk over two lines")
            << QByteArray("\xEF\xBB\xBF: keep-alive\r\n\r\n"
                          "event: message\r\ndata:{\"candidates\":[{\"content\":\r\n"
                          "data: {\"parts\":[{\"text\":\"x\"}]}}]}\r\n\r\n"
                          "id: 7\rdata: {\"candidates\":[{\"finishReason\":\"STOP\"}]}\r\r")
            << events({R"({"kind":"text","index":0,"text":"x"})",
                       R"({"kind":"stop","index":0,"reason":"end_turn","raw":"STOP"})"});

        QTest::newRow("parts Baton does not model are skipped")
            << sse({R"({"candidates":[{"content":{"parts":[
                          {"inlineData":{"mimeType":"image/png","data":"UE5HIQ=="}},
                          {"executableCode":{"language":"PYTHON","code":"x = 1"}},
                          {"text":"Done","futureField":{"x":1}}]},
                        "finishReason":"STOP","citationMetadata":{}}],"responseId":"r1"})"})
            << events({R"({"kind":"text","index":0,"text":"Done"})",
                       R"({"kind":"stop","index":0,"reason":"end_turn","raw":"STOP"})"});
    }

    void streams()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expected);
        QVERIFY2(!expected.startsWith("bad expectation"), expected.constData());
        QList<Sdk::StreamEvent> decoded;
        QString problem;
        QVERIFY2(Test::decodesTheSameInEverySplit(*m_protocol, {}, {}, body, &decoded, &problem),
                 qPrintable(problem));
        QCOMPARE(Test::toJsonLines(decoded), expected);
    }

    // toJsonLines does not show the signature of a tool call start; it must be there.
    void functionCallSignature()
    {
        const QList<Sdk::StreamEvent> decoded
            = Test::decode(*m_protocol, {}, {}, sse({R"({"candidates":[{"content":{"parts":[
                   {"functionCall":{"name":"a","args":{}},"thoughtSignature":"Zmlyc3Q="},
                   {"functionCall":{"name":"b","args":{}}}]},"finishReason":"STOP"}]})"}));
        QList<QByteArray> signatures;
        for (const Sdk::StreamEvent &event : decoded) {
            if (event.kind == Sdk::EventKind::ToolCallStart)
                signatures.append(event.signature);
        }
        QCOMPARE(signatures, (QList<QByteArray>{"Zmlyc3Q=", QByteArray()}));
    }

    void splitInsideCharacter()
    {
        const QByteArray body
            = sse({"{\"candidates\":[{\"content\":{\"parts\":[{\"text\":"
                   "\"\xE5\x86\x92\xE9\x99\xA9\"}]},\"finishReason\":\"STOP\"}]}"});
        const qsizetype inside = body.indexOf('\x86');
        const QList<Sdk::StreamEvent> decoded = Test::decode(*m_protocol, {}, {}, body, {inside});
        QCOMPARE(decoded.size(), 2);
        QCOMPARE(decoded.at(0).text, QString::fromUtf8("\xE5\x86\x92\xE9\x99\xA9"));
    }

    void overlongLine()
    {
        const QByteArray body = "data: " + QByteArray(16 * 1024 * 1024 + 1, 'x');
        const QList<Sdk::StreamEvent> decoded = Test::decode(*m_protocol, {}, {}, body);
        QCOMPARE(decoded.size(), 1);
        QCOMPARE(decoded.at(0).kind, Sdk::EventKind::Error);
        QCOMPARE(decoded.at(0).error.kind, Sdk::ErrorKind::Protocol);
    }

    // --- requests -----------------------------------------------------------------------------

    void requestUrlAndHeaders_data()
    {
        QTest::addColumn<QUrl>("baseUrl");
        QTest::addColumn<Sdk::AuthStyle>("authStyle");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QUrl>("chatUrl");
        QTest::addColumn<QUrl>("modelsUrl");
        QTest::addColumn<QByteArray>("authHeader");
        QTest::addColumn<QByteArray>("authValue");

        QTest::newRow("Google, API key header")
            << QUrl() << Sdk::AuthStyle::GoogApiKey << "gemini-2.5-flash"
            << QUrl("https://generativelanguage.googleapis.com/v1beta/models/"
                    "gemini-2.5-flash:streamGenerateContent?alt=sse")
            << QUrl("https://generativelanguage.googleapis.com/v1beta/models?pageSize=1000")
            << QByteArray("x-goog-api-key") << QByteArray("AIza-secret");
        QTest::newRow("model named with its models/ prefix")
            << QUrl("https://generativelanguage.googleapis.com/") << Sdk::AuthStyle::GoogApiKey
            << "models/gemini-2.5-pro"
            << QUrl("https://generativelanguage.googleapis.com/v1beta/models/"
                    "gemini-2.5-pro:streamGenerateContent?alt=sse")
            << QUrl("https://generativelanguage.googleapis.com/v1beta/models?pageSize=1000")
            << QByteArray("x-goog-api-key") << QByteArray("AIza-secret");
        QTest::newRow("versioned proxy base, Bearer")
            << QUrl("https://proxy.example/google/v1beta/") << Sdk::AuthStyle::Bearer
            << "gemini-3-pro-preview"
            << QUrl("https://proxy.example/google/v1beta/models/"
                    "gemini-3-pro-preview:streamGenerateContent?alt=sse")
            << QUrl("https://proxy.example/google/v1beta/models?pageSize=1000")
            << QByteArray("authorization") << QByteArray("Bearer AIza-secret");
        QTest::newRow("tuned model") << QUrl() << Sdk::AuthStyle::GoogApiKey << "tunedModels/my-7"
                                     << QUrl("https://generativelanguage.googleapis.com/v1beta/"
                                             "tunedModels/my-7:streamGenerateContent?alt=sse")
                                     << QUrl("https://generativelanguage.googleapis.com/v1beta/"
                                             "models?pageSize=1000")
                                     << QByteArray("x-goog-api-key") << QByteArray("AIza-secret");
    }

    void requestUrlAndHeaders()
    {
        QFETCH(QUrl, baseUrl);
        QFETCH(Sdk::AuthStyle, authStyle);
        QFETCH(QString, model);
        QFETCH(QUrl, chatUrl);
        QFETCH(QUrl, modelsUrl);
        QFETCH(QByteArray, authHeader);
        QFETCH(QByteArray, authValue);

        Sdk::Endpoint endpoint;
        endpoint.baseUrl = baseUrl;
        endpoint.authStyle = authStyle;
        endpoint.apiKey = "AIza-secret";
        Sdk::ChatRequest request;
        request.model = model;
        request.messages = {message(Sdk::Role::User, {text("Hi")})};

        const Sdk::HttpRequest chat = m_protocol->buildChatRequest(endpoint, request);
        QCOMPARE(chat.method, QByteArray("POST"));
        QCOMPARE(chat.url, chatUrl);
        QVERIFY(chat.headers.contains(
            qMakePair(QByteArray("content-type"), QByteArray("application/json"))));
        const std::optional<Sdk::HttpRequest> list = m_protocol->buildListModelsRequest(endpoint);
        QVERIFY(list);
        QCOMPARE(list->method, QByteArray("GET"));
        QCOMPARE(list->url, modelsUrl);

        for (const Sdk::HttpRequest &http : {chat, *list}) {
            QVERIFY(http.headers.contains(qMakePair(authHeader, authValue)));
            QVERIFY(!http.url.toString().contains("AIza"));
            QVERIFY(!http.url.toString().contains("key="));
            QVERIFY(!http.body.contains("AIza"));
        }
    }

    void noKeyNoAuthHeader()
    {
        Sdk::Endpoint endpoint;
        endpoint.authStyle = Sdk::AuthStyle::GoogApiKey;
        const Sdk::HttpRequest http = m_protocol->buildChatRequest(endpoint, {});
        for (const auto &[name, value] : http.headers)
            QVERIFY(name != "x-goog-api-key" && name != "authorization");
    }

    void minimalBody()
    {
        Sdk::ChatRequest request;
        request.model = "gemini-2.5-flash";
        request.messages = {message(Sdk::Role::User, {text("Write a story about a cat.")})};
        request.extra.insert("thinkingStyle", "none");
        COMPARE_JSON(bodyOf(request), canonical(R"({"contents":[{"role":"user",
                                            "parts":[{"text":"Write a story about a cat."}]}]})"));
    }

    void generationConfig()
    {
        Sdk::ChatRequest request;
        request.model = "gemini-2.5-flash";
        request.messages = {message(Sdk::Role::User, {text("Hi")})};
        request.maxOutputTokens = 2048;
        request.temperature = 0.2;
        QCOMPARE(jsonBodyOf(request).value("generationConfig").toObject(),
                 QJsonDocument::fromJson(R"({"maxOutputTokens":2048,"temperature":0.2,
                                             "thinkingConfig":{"thinkingBudget":0}})")
                     .object());
    }

    void thinking_data()
    {
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<Sdk::ThinkingMode>("mode");
        QTest::addColumn<QByteArray>("config");

        const QJsonObject none;
        const QJsonObject level{{"thinkingStyle", "level"}};
        QTest::newRow("budget, off")
            << none << Sdk::ThinkingMode::Off << QByteArray(R"({"thinkingBudget":0})");
        QTest::newRow("budget, on")
            << none << Sdk::ThinkingMode::On
            << QByteArray(R"({"thinkingBudget":-1,"includeThoughts":true})");
        QTest::newRow("budget, max")
            << QJsonObject{{"thinkingStyle", "budget"}} << Sdk::ThinkingMode::Max
            << QByteArray(R"({"thinkingBudget":24576,"includeThoughts":true})");
        QTest::newRow("budget, max from the preset")
            << QJsonObject{{"maxThinkingBudget", 32768}} << Sdk::ThinkingMode::Max
            << QByteArray(R"({"thinkingBudget":32768,"includeThoughts":true})");
        QTest::newRow("budget, off for a model that must think")
            << QJsonObject{{"minThinkingBudget", 128}} << Sdk::ThinkingMode::Off
            << QByteArray(R"({"thinkingBudget":128})");
        QTest::newRow("level, off")
            << level << Sdk::ThinkingMode::Off << QByteArray(R"({"thinkingLevel":"low"})");
        QTest::newRow("level, on")
            << level << Sdk::ThinkingMode::On << QByteArray(R"({"includeThoughts":true})");
        QTest::newRow("level, max")
            << level << Sdk::ThinkingMode::Max
            << QByteArray(R"({"thinkingLevel":"high","includeThoughts":true})");
        QTest::newRow("none, max")
            << QJsonObject{{"thinkingStyle", "none"}} << Sdk::ThinkingMode::Max << QByteArray();
    }

    void thinking()
    {
        QFETCH(QJsonObject, extra);
        QFETCH(Sdk::ThinkingMode, mode);
        QFETCH(QByteArray, config);
        Sdk::ChatRequest request;
        request.model = "gemini-2.5-flash";
        request.messages = {message(Sdk::Role::User, {text("Hi")})};
        request.thinking = mode;
        request.extra = extra;
        const QJsonObject body = jsonBodyOf(request);
        if (config.isEmpty()) {
            QVERIFY(!body.contains("generationConfig"));
        } else {
            QCOMPARE(QJsonDocument(body["generationConfig"]["thinkingConfig"].toObject())
                         .toJson(QJsonDocument::Compact),
                     canonical(config));
        }
    }

    void history()
    {
        Sdk::ContentPart image;
        image.kind = Sdk::PartKind::Image;
        image.mimeType = "image/png";
        image.data = "PNG!";
        Sdk::ContentPart redacted = thought(QString(), "gemini", "c2ln");
        redacted.redacted = true;
        Sdk::ContentPart foreignCall = toolCall("toolu_01", "run_command", R"({"cmd":"ls"})");
        foreignCall.origin = "anthropic";
        foreignCall.signature = "not-for-gemini";

        Sdk::ChatRequest request;
        request.model = "gemini-3-pro-preview";
        request.system = "Be brief.";
        request.extra.insert("thinkingStyle", "none");
        request.messages = {
            message(Sdk::Role::System, {text("Project rules.")}),
            message(Sdk::Role::User, {text("What is in this picture?"), image}),
            message(Sdk::Role::Assistant,
                    {thought("Anthropic's reasoning", "anthropic", "YW50aHJvcGlj"),
                     thought("unsigned summary", "gemini"), redacted,
                     thought("**Looking**", "gemini", "dGhvdWdodA=="), text("A cat."),
                     thought(QString(), "gemini", "dGV4dC1zaWc=")}),
            message(Sdk::Role::User, {text("Read both files.")}),
            message(Sdk::Role::Assistant,
                    {toolCall("call_0", "read_file", R"({"path":"a.txt"})", "ZmMtc2ln"),
                     toolCall("call_1", "read_file", R"({"path":"b.txt"})")}),
            message(Sdk::Role::User,
                    {toolResult("call_0", "alpha"), toolResult("call_1", "no such file", true)}),
            // Another vendor's turn: its call has no Gemini signature, and its reasoning
            // leaves nothing to send.
            message(Sdk::Role::Assistant, {thought("hmm", "anthropic", "YQ==")}),
            message(Sdk::Role::Assistant, {foreignCall, toolCall("toolu_02", "list_dir", "{")}),
            message(Sdk::Role::User,
                    {toolResult("toolu_01", "a.txt b.txt"), toolResult("toolu_02", "src/")}),
        };
        COMPARE_JSON(bodyOf(request), canonical(R"({
          "systemInstruction":{"parts":[{"text":"Be brief."},{"text":"Project rules."}]},
          "contents":[
            {"role":"user","parts":[{"text":"What is in this picture?"},
                                    {"inlineData":{"mimeType":"image/png","data":"UE5HIQ=="}}]},
            {"role":"model","parts":[
                {"text":"**Looking**","thought":true,"thoughtSignature":"dGhvdWdodA=="},
                {"text":"A cat.","thoughtSignature":"dGV4dC1zaWc="}]},
            {"role":"user","parts":[{"text":"Read both files."}]},
            {"role":"model","parts":[
                {"functionCall":{"name":"read_file","args":{"path":"a.txt"}},
                 "thoughtSignature":"ZmMtc2ln"},
                {"functionCall":{"name":"read_file","args":{"path":"b.txt"}}}]},
            {"role":"user","parts":[
                {"functionResponse":{"name":"read_file","response":{"output":"alpha"}}},
                {"functionResponse":{"name":"read_file","response":{"error":"no such file"}}}]},
            {"role":"model","parts":[
                {"functionCall":{"name":"run_command","args":{"cmd":"ls"}},
                 "thoughtSignature":"skip_thought_signature_validator"},
                {"functionCall":{"name":"list_dir","args":{}}}]},
            {"role":"user","parts":[
                {"functionResponse":{"name":"run_command","response":{"output":"a.txt b.txt"}}},
                {"functionResponse":{"name":"list_dir","response":{"output":"src/"}}}]}]})"));
    }

    // What Gemini signed comes back on the parts it came with.
    void signatureRoundTrip()
    {
        const QList<Sdk::StreamEvent> decoded = Test::decode(
            *m_protocol, {}, {},
            sse({R"({"candidates":[{"content":{"parts":[{"text":"Need the weather.","thought":true,
                     "thoughtSignature":"dGhvdWdodA=="}],"role":"model"}}]})",
                 R"({"candidates":[{"content":{"parts":[{"text":"Checking."},
                     {"functionCall":{"name":"get_weather","args":{"city":"Paris"}},
                      "thoughtSignature":"ZmMtc2ln"}],"role":"model"},"finishReason":"STOP"}]})"}));
        Sdk::Message assistant = assistantFrom(decoded, "gemini");
        QCOMPARE(assistant.parts.size(), 3);
        QCOMPARE(assistant.parts.at(2).toolCallId, "call_0");

        Sdk::ChatRequest request;
        request.model = "gemini-3-pro-preview";
        request.messages = {message(Sdk::Role::User, {text("Weather in Paris?")}), assistant,
                            message(Sdk::Role::User, {toolResult("call_0", "18°C")})};
        const QJsonArray contents = jsonBodyOf(request).value("contents").toArray();
        QCOMPARE(contents.size(), 3);
        QCOMPARE(contents.at(1).toObject(), QJsonDocument::fromJson(R"({"role":"model","parts":[
                     {"text":"Need the weather.","thought":true,"thoughtSignature":"dGhvdWdodA=="},
                     {"text":"Checking."},
                     {"functionCall":{"name":"get_weather","args":{"city":"Paris"}},
                      "thoughtSignature":"ZmMtc2ln"}]})")
                                                .object());
        QCOMPARE(contents.at(2).toObject(),
                 QJsonDocument::fromJson(R"({"role":"user","parts":[{"functionResponse":
                     {"name":"get_weather","response":{"output":"18°C"}}}]})")
                     .object());

        // Switching to another protocol keeps nothing of this: the same history sent to a
        // Gemini endpoint after an Anthropic turn drops Anthropic's thinking (see history()).
    }

    void toolSchemas()
    {
        Sdk::ToolDefinition edit;
        edit.name = "edit_file";
        edit.description = "Replace text in a file";
        edit.inputSchema = QJsonDocument::fromJson(R"({
            "$schema":"http:\/\/json-schema.org/draft-07/schema","type":"object",
            "additionalProperties":false,
            "properties":{
              "path":{"type":"string","description":"Relative path"},
              "mode":{"const":"exact"},
              "note":{"type":["string","null"]},
              "ranges":{"type":"array","items":{"$ref":"\u0023/$defs/range"}},
              "target":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0}]},
              "options":{"type":"object","properties":{}}
            },
            "required":["path","ghost"],
            "$defs":{"range":{"type":"object","properties":{"from":{"type":"integer"}},
                              "additionalProperties":false}}})")
                               .object();
        Sdk::ToolDefinition finish;
        finish.name = "finish";
        finish.inputSchema
            = QJsonDocument::fromJson(R"({"type":"object","properties":{}})").object();

        Sdk::ChatRequest request;
        request.model = "gemini-2.5-flash";
        request.messages = {message(Sdk::Role::User, {text("Go")})};
        request.tools = {edit, finish};
        QCOMPARE(QJsonDocument(jsonBodyOf(request).value("tools").toArray())
                     .toJson(QJsonDocument::Compact),
                 canonical(R"([{"functionDeclarations":[
                    {"name":"edit_file","description":"Replace text in a file",
                     "parameters":{"type":"object","required":["path"],"properties":{
                       "path":{"type":"string","description":"Relative path"},
                       "mode":{"enum":["exact"]},
                       "note":{"type":"string","nullable":true},
                       "ranges":{"type":"array","items":{"type":"object",
                                 "properties":{"from":{"type":"integer"}}}},
                       "target":{"anyOf":[{"type":"string"},{"type":"integer","minimum":0}]},
                       "options":{"type":"object"}}}},
                    {"name":"finish"}]}])"));
    }

    // --- errors and models --------------------------------------------------------------------

    void classifyError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Sdk::HttpHeaders>("headers");
        QTest::addColumn<Sdk::ErrorKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("retryAfterMs");

        // A google.rpc.Status body without details; the rows give its message once.
        const auto row = [](const char *name, int status, const char *rpcStatus,
                            const QString &message, Sdk::ErrorKind kind) {
            const QJsonObject error{{"code", status}, {"message", message}, {"status", rpcStatus}};
            QTest::newRow(name) << status << QJsonDocument(QJsonObject{{"error", error}}).toJson()
                                << Sdk::HttpHeaders() << kind << QString::fromLatin1(rpcStatus)
                                << message << qint64(-1);
        };

        QTest::newRow("API key not valid")
            << 400 << QByteArray(ApiKeyInvalid) << Sdk::HttpHeaders() << Sdk::ErrorKind::Auth
            << "API_KEY_INVALID"
            << "API key not valid. Please pass a valid API key." << qint64(-1);
        row("region: user location", 400, "FAILED_PRECONDITION",
            "User location is not supported for the API use.", Sdk::ErrorKind::Forbidden);
        row("region: free tier", 400, "FAILED_PRECONDITION",
            "Gemini API free tier is not available in your country. Please enable billing on "
            "your project in Google AI Studio.",
            Sdk::ErrorKind::Forbidden);
        row("other precondition", 400, "FAILED_PRECONDITION", "Precondition check failed.",
            Sdk::ErrorKind::BadRequest);
        row("invalid argument", 400, "INVALID_ARGUMENT",
            "Invalid JSON payload received. Unknown name \"foo\": Cannot find field.",
            Sdk::ErrorKind::BadRequest);
        row("prompt too long", 400, "INVALID_ARGUMENT",
            "The input token count (1200000) exceeds the maximum number of tokens allowed "
            "(1048576).",
            Sdk::ErrorKind::ContextTooLong);
        row("permission denied", 403, "PERMISSION_DENIED", "The caller does not have permission",
            Sdk::ErrorKind::Forbidden);
        row("leaked key", 403, "PERMISSION_DENIED",
            "Your API key was reported as leaked. Please use another API key.",
            Sdk::ErrorKind::Auth);
        row("unauthenticated", 401, "UNAUTHENTICATED",
            "Request had invalid authentication credentials.", Sdk::ErrorKind::Auth);
        row("model not found", 404, "NOT_FOUND",
            "models/gemini-9 is not found for API version v1beta, or is not supported for "
            "generateContent.",
            Sdk::ErrorKind::BadRequest);
        QTest::newRow("per-minute quota, retry delay")
            << 429 << QByteArray(PerMinuteQuota) << Sdk::HttpHeaders()
            << Sdk::ErrorKind::RateLimited << "RESOURCE_EXHAUSTED"
            << "You exceeded your current quota, please check your plan and billing details."
            << qint64(37000);
        QTest::newRow("per-day quota")
            << 429 << QByteArray(PerDayQuota) << Sdk::HttpHeaders()
            << Sdk::ErrorKind::QuotaExhausted << "RESOURCE_EXHAUSTED"
            << "You exceeded your current quota, please check your plan and billing details."
            << qint64(12500);
        row("prepaid credits used up", 429, "RESOURCE_EXHAUSTED",
            "Your prepayment credits are depleted. Please go to AI Studio to manage your project "
            "and billing.",
            Sdk::ErrorKind::QuotaExhausted);
        QTest::newRow("429 with retry-after header only")
            << 429 << QByteArray(R"({"error":{"code":429,"status":"RESOURCE_EXHAUSTED",
                             "message":"Resource has been exhausted (e.g. check quota)."}})")
            << Sdk::HttpHeaders{{"retry-after", "20"}} << Sdk::ErrorKind::RateLimited
            << "RESOURCE_EXHAUSTED"
            << "Resource has been exhausted (e.g. check quota)." << qint64(20000);
        QTest::newRow("absurd retry-after is clamped to a week")
            << 429 << QByteArray(R"({"error":{"code":429,"status":"RESOURCE_EXHAUSTED",
                             "message":"Resource has been exhausted (e.g. check quota)."}})")
            << Sdk::HttpHeaders{{"retry-after", "1e300"}} << Sdk::ErrorKind::RateLimited
            << "RESOURCE_EXHAUSTED"
            << "Resource has been exhausted (e.g. check quota)." << Sdk::MaxRetryAfterMs;
        row("internal", 500, "INTERNAL",
            "An internal error has occurred. Please retry or report in "
            "https://developers.generativeai.google/guide/troubleshooting",
            Sdk::ErrorKind::Server);
        row("overloaded", 503, "UNAVAILABLE", "The model is overloaded. Please try again later.",
            Sdk::ErrorKind::Overloaded);
        row("deadline exceeded", 504, "DEADLINE_EXCEEDED",
            "Deadline expired before operation could complete.", Sdk::ErrorKind::Server);
        QTest::newRow("error wrapped in an array")
            << 400 << QByteArray(R"([{"error":{"code":400,"status":"FAILED_PRECONDITION",
                             "message":"User location is not supported for the API use."}}])")
            << Sdk::HttpHeaders() << Sdk::ErrorKind::Forbidden << "FAILED_PRECONDITION"
            << "User location is not supported for the API use." << qint64(-1);
        QTest::newRow("proxy page")
            << 502 << QByteArray("<html>Bad Gateway</html>") << Sdk::HttpHeaders()
            << Sdk::ErrorKind::Server << QString() << "<html>Bad Gateway</html>" << qint64(-1);
        QTest::newRow("empty 503")
            << 503 << QByteArray() << Sdk::HttpHeaders() << Sdk::ErrorKind::Overloaded << QString()
            << "HTTP 503" << qint64(-1);
    }

    void classifyError()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Sdk::HttpHeaders, headers);
        QFETCH(Sdk::ErrorKind, kind);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(qint64, retryAfterMs);
        const Sdk::ProviderError error = m_protocol->classifyError({}, status, headers, body);
        QCOMPARE(int(error.kind), int(kind));
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.code, code);
        QCOMPARE(error.message, message);
        QCOMPARE(error.retryAfterMs, retryAfterMs);
    }

    void modelList()
    {
        const QByteArray body = R"({"models":[
            {"name":"models/gemini-2.5-flash","version":"001","displayName":"Gemini 2.5 Flash",
             "inputTokenLimit":1048576,"outputTokenLimit":65536,
             "supportedGenerationMethods":["generateContent","countTokens","createCachedContent",
                                           "batchGenerateContent"],"thinking":true},
            {"name":"models/gemini-embedding-001","displayName":"Gemini Embedding 001",
             "inputTokenLimit":2048,"supportedGenerationMethods":["embedContent"]},
            {"name":"models/gemini-3-pro-preview","inputTokenLimit":1048576}],
            "nextPageToken":"abc"})";
        QString error;
        const QList<Sdk::ModelInfo> models = m_protocol->parseModelList({}, body, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(models.size(), 2);
        QCOMPARE(models.at(0).id, "gemini-2.5-flash");
        QCOMPARE(models.at(0).displayName, "Gemini 2.5 Flash");
        QCOMPARE(models.at(0).contextWindow, 1048576);
        QCOMPARE(models.at(1).id, "gemini-3-pro-preview");
        QCOMPARE(models.at(1).displayName, "gemini-3-pro-preview");
    }

    void malformedModelList_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("<html>");
        QTest::newRow("array") << QByteArray("[]");
    }

    void malformedModelList()
    {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(m_protocol->parseModelList({}, body, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(m_protocol->parseModelList({}, body, nullptr).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGeminiProtocol)

#include "tst_geminiprotocol.moc"
