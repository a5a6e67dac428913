// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "decoderharness.h"

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

static Sdk::ContentPart toolCall(const QString &id, const QString &name, const QByteArray &input)
{
    Sdk::ContentPart part;
    part.kind = Sdk::PartKind::ToolCall;
    part.toolCallId = id;
    part.toolName = name;
    part.toolInput = input;
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

// What the host does with a response's events: one part per index, deltas appended.
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

class TestOllamaProtocol : public QObject
{
    Q_OBJECT

private:
    QByteArray bodyOf(const Sdk::ChatRequest &request, const Sdk::Endpoint &endpoint = {})
    {
        return canonical(m_protocol->buildChatRequest(endpoint, request).body);
    }
    QJsonArray messagesOf(const Sdk::ChatRequest &request)
    {
        return QJsonDocument::fromJson(bodyOf(request)).object().value("messages").toArray();
    }

    QPluginLoader m_loader{QStringLiteral(BATON_PLUGIN_UNDER_TEST)};
    Sdk::IProviderProtocol *m_protocol = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        // Protocol errors are logged as warnings; hundreds of split replays would flood the log.
        QLoggingCategory::setFilterRules(QStringLiteral("baton.plugin.ollama.warning=false"));
        // Not Test::loadProtocol: it leaks its loader on purpose, which LeakSanitizer reports.
        m_protocol = qobject_cast<Sdk::IProviderProtocol *>(m_loader.instance());
        QVERIFY2(m_protocol, qPrintable(m_loader.errorString()));
    }

    void metadata()
    {
        const QJsonObject meta = m_loader.metaData().value("MetaData").toObject();
        QCOMPARE(meta.value("protocol").toString(), "ollama");
        QCOMPARE(meta.value("abi").toObject().value("major").toInt(), 1);
        QCOMPARE(meta.value("abi").toObject().value("minor").toInt(), 0);
        QVERIFY(!meta.value("displayName").toString().isEmpty());
        QVERIFY(meta.value("dialects").isArray());
        QCOMPARE(m_loader.metaData().value("IID").toString(), BATON_PROVIDER_PROTOCOL_IID);
    }

    // --- recorded streams ---------------------------------------------------------------------

    void fixtures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("golden");
        QTest::newRow("chat") << "ollama-chat.ndjson"
                              << "ollama-chat";
        QTest::newRow("chat with tools") << "ollama-chat-tools.ndjson"
                                         << "ollama-chat-tools";
        QTest::newRow("error mid-stream") << "ollama-error-midstream.ndjson"
                                          << "ollama-error-midstream";
        QTest::newRow("/api/generate") << "ollama-generate.ndjson"
                                       << "ollama-generate";
    }

    void fixtures()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, golden);
        const QByteArray body = Test::readFixture(fixture);
        QVERIFY2(!body.isEmpty(), qPrintable(fixture));
        QList<Sdk::StreamEvent> decoded;
        QString problem;
        QVERIFY2(Test::decodesTheSameInEverySplit(*m_protocol, {}, {}, body, &decoded, &problem),
                 qPrintable(problem));
        QVERIFY2(Test::matchesGolden(golden, Test::toJsonLines(decoded), &problem),
                 qPrintable(problem));
    }

    // ollama-error.json is the body of an error response, not a stream: its golden file holds
    // the one Error event classifyError makes of it (as the host would report it).
    void errorBodyFixture()
    {
        const QByteArray body = Test::readFixture(QStringLiteral("ollama-error.json"));
        QVERIFY(!body.isEmpty());
        Sdk::StreamEvent event;
        event.kind = Sdk::EventKind::Error;
        event.error = m_protocol->classifyError({}, 500, {}, body);
        QString problem;
        QVERIFY2(Test::matchesGolden(QStringLiteral("ollama-error"), Test::toJsonLines({event}),
                                     &problem),
                 qPrintable(problem));
    }

    // --- hand-written streams -----------------------------------------------------------------

    void streams_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("CRLF line ends")
            << QByteArray(
                   "{\"message\":{\"role\":\"assistant\",\"content\":\"Hel\"},\"done\":false}\r\n"
                   "{\"message\":{\"role\":\"assistant\",\"content\":\"lo\"},\"done\":false}\r\n"
                   "{\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,"
                   "\"done_reason\":\"stop\",\"prompt_eval_count\":5,\"eval_count\":2}\r\n")
            << events({R"({"kind":"text","index":0,"text":"Hel"})",
                       R"({"kind":"text","index":0,"text":"lo"})",
                       R"({"kind":"usage","index":0,"input":5,"output":2,"cache_read":0,
                           "cache_write":0})",
                       R"({"kind":"stop","index":0,"reason":"end_turn","raw":"stop"})"});

        QTest::newRow("blank lines, lone CR, no done_reason, no counts")
            << QByteArray("\n\n{\"message\":{\"content\":\"A\"},\"done\":false}\n   \n\r"
                          "{\"message\":{\"content\":\"B\"},\"done\":false}\r\r\n"
                          "{\"message\":{\"content\":\"\"},\"done\":true}\n\n")
            << events({R"({"kind":"text","index":0,"text":"A"})",
                       R"({"kind":"text","index":0,"text":"B"})",
                       R"({"kind":"stop","index":0,"reason":"end_turn","raw":""})"});

        QTest::newRow("last line without a line end")
            << QByteArray("{\"message\":{\"content\":\"x\"},\"done\":false}\n"
                          "{\"message\":{\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\"}")
            << events({R"({"kind":"text","index":0,"text":"x"})",
                       R"({"kind":"stop","index":0,"reason":"end_turn","raw":"stop"})"});

        // Every split of this body cuts the three-byte characters somewhere.
        QTest::newRow("UTF-8 text")
            << QByteArray(
                   "{\"message\":{\"content\":\"\xE4\xBD\xA0\xE5\xA5\xBD\"},\"done\":false}\n"
                   "{\"message\":{\"content\":\" caf\xC3\xA9 \xF0\x9F\x98\x80\"},"
                   "\"done\":true}\n")
            << events({"{\"kind\":\"text\",\"index\":0,\"text\":\"\xE4\xBD\xA0\xE5\xA5\xBD\"}",
                       "{\"kind\":\"text\",\"index\":0,\"text\":\" caf\xC3\xA9 \xF0\x9F\x98\x80\"}",
                       R"({"kind":"stop","index":0,"reason":"end_turn","raw":""})"});

        QTest::newRow("thinking, then the answer")
            << QByteArray(
                   "{\"message\":{\"role\":\"assistant\",\"content\":\"\",\"thinking\":"
                   "\"Count the letters.\"},\"done\":false}\n"
                   "{\"message\":{\"content\":\"\",\"thinking\":\" Three.\"},\"done\":false}\n"
                   "{\"message\":{\"content\":\"3\"},\"done\":false}\n"
                   "{\"message\":{\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\","
                   "\"prompt_eval_count\":11,\"eval_count\":40}\n")
            << events({R"({"kind":"thinking","index":0,"text":"Count the letters."})",
                       R"({"kind":"thinking","index":0,"text":" Three."})",
                       R"({"kind":"text","index":1,"text":"3"})",
                       R"({"kind":"usage","index":0,"input":11,"output":40,"cache_read":0,
                           "cache_write":0})",
                       R"({"kind":"stop","index":0,"reason":"end_turn","raw":"stop"})"});

        QTest::newRow("several tool calls in one chunk")
            << QByteArray(
                   "{\"message\":{\"content\":\"Checking.\"},\"done\":false}\n"
                   "{\"message\":{\"content\":\"\",\"tool_calls\":["
                   "{\"id\":\"call_x7\",\"function\":{\"index\":0,\"name\":\"get_weather\","
                   "\"arguments\":{\"city\":\"Tokyo\",\"days\":[1,2]}}},"
                   "{\"function\":{\"name\":\"get_time\",\"arguments\":\"{\\\"tz\\\":\\\"JST\\\"}"
                   "\"}},"
                   "{\"function\":{\"name\":\"noop\"}}]},\"done\":false}\n"
                   "{\"message\":{\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\"}\n")
            << events(
                   {R"({"kind":"text","index":0,"text":"Checking."})",
                    R"({"kind":"tool_call_start","index":1,"id":"call_x7","name":"get_weather"})",
                    R"({"kind":"tool_call_args","index":1,
                        "text":"{\u0022city\u0022:\u0022Tokyo\u0022,\u0022days\u0022:[1,2]}"})",
                    R"({"kind":"tool_call_end","index":1})",
                    R"({"kind":"tool_call_start","index":2,"id":"call_1","name":"get_time"})",
                    R"({"kind":"tool_call_args","index":2,
                        "text":"{\u0022tz\u0022:\u0022JST\u0022}"})",
                    R"({"kind":"tool_call_end","index":2})",
                    R"({"kind":"tool_call_start","index":3,"id":"call_2","name":"noop"})",
                    R"({"kind":"tool_call_args","index":3,"text":"{}"})",
                    R"({"kind":"tool_call_end","index":3})",
                    R"({"kind":"stop","index":0,"reason":"tool_use","raw":"stop"})"});

        QTest::newRow("length")
            << QByteArray(
                   "{\"message\":{\"content\":\"Once\"},\"done\":false}\n"
                   "{\"message\":{\"content\":\"\"},\"done\":true,\"done_reason\":\"length\","
                   "\"prompt_eval_count\":3,\"eval_count\":1}\n")
            << events({R"({"kind":"text","index":0,"text":"Once"})",
                       R"({"kind":"usage","index":0,"input":3,"output":1,"cache_read":0,
                           "cache_write":0})",
                       R"({"kind":"stop","index":0,"reason":"max_tokens","raw":"length"})"});

        QTest::newRow("model loaded, nothing said")
            << QByteArray(
                   "{\"model\":\"llama3.2\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},"
                   "\"done_reason\":\"load\",\"done\":true}\n")
            << events({R"({"kind":"stop","index":0,"reason":"other","raw":"load"})"});

        QTest::newRow("lines after done are ignored")
            << QByteArray(
                   "{\"message\":{\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\"}\n"
                   "{\"message\":{\"content\":\"late\"},\"done\":false}\n"
                   "{\"error\":\"late error\"}\nnot json\n")
            << events({R"({"kind":"stop","index":0,"reason":"end_turn","raw":"stop"})"});

        QTest::newRow("missing done")
            << QByteArray("{\"message\":{\"content\":\"Half\"},\"done\":false}\n"
                          "{\"message\":{\"content\":\" an answer\"},\"done\":false}\n")
            << events({R"({"kind":"text","index":0,"text":"Half"})",
                       R"({"kind":"text","index":0,"text":" an answer"})",
                       R"({"kind":"error","index":0,"error_kind":"protocol","status":0,"code":"",
                           "message":"the Ollama stream ended before its final (done) line"})"});

        QTest::newRow("empty body")
            << QByteArray()
            << events({R"({"kind":"error","index":0,"error_kind":"protocol","status":0,"code":"",
                           "message":"the Ollama stream ended before its final (done) line"})"});

        QTest::newRow("garbage, and nothing after it")
            << QByteArray("{\"message\":{\"content\":\"ok\"},\"done\":false}\n"
                          "<html>502 Bad Gateway</html>\n"
                          "{\"message\":{\"content\":\"\"},\"done\":true}\n")
            << events({R"({"kind":"text","index":0,"text":"ok"})",
                       R"({"kind":"error","index":0,"error_kind":"protocol","status":0,"code":"",
                           "message":"a line of the Ollama stream is not a JSON object"})"});

        QTest::newRow("a JSON line that is not an object")
            << QByteArray("[1,2,3]\n")
            << events({R"({"kind":"error","index":0,"error_kind":"protocol","status":0,"code":"",
                           "message":"a line of the Ollama stream is not a JSON object"})"});

        QTest::newRow("truncated last line")
            << QByteArray("{\"message\":{\"content\":\"ok\"},\"done\":false}\n{\"message\":{\"con")
            << events({R"({"kind":"text","index":0,"text":"ok"})",
                       R"({"kind":"error","index":0,"error_kind":"protocol","status":0,"code":"",
                           "message":"a line of the Ollama stream is not a JSON object"})"});

        QTest::newRow("model not found mid-stream")
            << QByteArray("{\"error\":\"model \\\"llama9\\\" not found, try pulling it first\"}\n")
            << events({R"({"kind":"error","index":0,"error_kind":"bad_request","status":0,"code":"",
                "message":"model \u0022llama9\u0022 not found, try pulling it first"})"});

        QTest::newRow("/api/generate thinking and response")
            << QByteArray(
                   "{\"model\":\"qwen3\",\"thinking\":\"Hmm.\",\"response\":\"\",\"done\":false}\n"
                   "{\"model\":\"qwen3\",\"response\":\"Yes.\",\"done\":false}\n"
                   "{\"model\":\"qwen3\",\"response\":\"\",\"done\":true,"
                   "\"done_reason\":\"stop\",\"context\":[1,2],\"prompt_eval_count\":4,"
                   "\"eval_count\":9}\n")
            << events({R"({"kind":"thinking","index":0,"text":"Hmm."})",
                       R"({"kind":"text","index":1,"text":"Yes."})",
                       R"({"kind":"usage","index":0,"input":4,"output":9,"cache_read":0,
                           "cache_write":0})",
                       R"({"kind":"stop","index":0,"reason":"end_turn","raw":"stop"})"});
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

    // A read that ends inside a UTF-8 character must not garble it.
    void splitInsideCharacter()
    {
        const QByteArray body("{\"message\":{\"content\":\"\xE4\xBD\xA0\"},\"done\":true}\n");
        const qsizetype inside = body.indexOf('\xBD');
        const QList<Sdk::StreamEvent> decoded = Test::decode(*m_protocol, {}, {}, body, {inside});
        QCOMPARE(decoded.size(), 2);
        QCOMPARE(decoded.at(0).text, QString::fromUtf8("\xE4\xBD\xA0"));
    }

    void overlongLine()
    {
        const QByteArray body(16 * 1024 * 1024 + 1, 'x');
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
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QUrl>("chatUrl");
        QTest::addColumn<QUrl>("tagsUrl");
        QTest::addColumn<QByteArray>("authorization");

        QTest::newRow("default local server")
            << QUrl() << Sdk::AuthStyle::None << QByteArray()
            << QUrl("http://127.0.0.1:11434/api/chat") << QUrl("http://127.0.0.1:11434/api/tags")
            << QByteArray();
        QTest::newRow("another host, trailing slash, Bearer without a key")
            << QUrl("http://gpu-box:11434/") << Sdk::AuthStyle::Bearer << QByteArray()
            << QUrl("http://gpu-box:11434/api/chat") << QUrl("http://gpu-box:11434/api/tags")
            << QByteArray();
        QTest::newRow("behind a proxy with a key")
            << QUrl("https://proxy.example/ollama") << Sdk::AuthStyle::Bearer
            << QByteArray("sk-proxy") << QUrl("https://proxy.example/ollama/api/chat")
            << QUrl("https://proxy.example/ollama/api/tags") << QByteArray("Bearer sk-proxy");
        QTest::newRow("a key but no auth style")
            << QUrl("http://localhost:11434") << Sdk::AuthStyle::None << QByteArray("stray")
            << QUrl("http://localhost:11434/api/chat") << QUrl("http://localhost:11434/api/tags")
            << QByteArray();
    }

    void requestUrlAndHeaders()
    {
        QFETCH(QUrl, baseUrl);
        QFETCH(Sdk::AuthStyle, authStyle);
        QFETCH(QByteArray, key);
        QFETCH(QUrl, chatUrl);
        QFETCH(QUrl, tagsUrl);
        QFETCH(QByteArray, authorization);

        Sdk::Endpoint endpoint;
        endpoint.baseUrl = baseUrl;
        endpoint.authStyle = authStyle;
        endpoint.apiKey = key;
        Sdk::ChatRequest request;
        request.model = "llama3.2";
        request.messages = {message(Sdk::Role::User, {text("Hi")})};

        const Sdk::HttpRequest chat = m_protocol->buildChatRequest(endpoint, request);
        QCOMPARE(chat.method, QByteArray("POST"));
        QCOMPARE(chat.url, chatUrl);
        QVERIFY(chat.headers.contains(
            qMakePair(QByteArray("content-type"), QByteArray("application/json"))));
        const std::optional<Sdk::HttpRequest> tags = m_protocol->buildListModelsRequest(endpoint);
        QVERIFY(tags);
        QCOMPARE(tags->method, QByteArray("GET"));
        QCOMPARE(tags->url, tagsUrl);
        QVERIFY(tags->body.isEmpty());

        for (const Sdk::HttpRequest &http : {chat, *tags}) {
            QByteArray sent;
            for (const auto &[name, value] : http.headers) {
                if (name.toLower() == "authorization")
                    sent = value;
            }
            QCOMPARE(sent, authorization);
            if (!key.isEmpty() && authorization.isEmpty()) {
                for (const auto &header : http.headers)
                    QVERIFY(!header.second.contains(key));
            }
            QVERIFY(!http.url.toString().contains("sk-proxy"));
        }
    }

    void minimalBody()
    {
        Sdk::ChatRequest request;
        request.model = "llama3.2";
        request.messages = {message(Sdk::Role::User, {text("Why is the sky blue?")})};
        COMPARE_JSON(bodyOf(request), canonical(R"({"model":"llama3.2","stream":true,"think":false,
                               "messages":[{"role":"user","content":"Why is the sky blue?"}]})"));
    }

    void optionsAndTools()
    {
        Sdk::ChatRequest request;
        request.model = "qwen3";
        request.messages = {message(Sdk::Role::User, {text("Weather?")})};
        request.maxOutputTokens = 100;
        request.temperature = 0.5;
        request.extra.insert("numCtx", 32768);
        Sdk::ToolDefinition tool;
        tool.name = "get_weather";
        tool.description = "Current weather for a city";
        tool.inputSchema = QJsonDocument::fromJson(
                               R"({"type":"object","properties":{"city":{"type":"string"}},
                                   "required":["city"]})")
                               .object();
        request.tools = {tool};
        COMPARE_JSON(bodyOf(request), canonical(R"({"model":"qwen3","stream":true,"think":false,
                   "messages":[{"role":"user","content":"Weather?"}],
                   "options":{"num_predict":100,"temperature":0.5,"num_ctx":32768},
                   "tools":[{"type":"function","function":{"name":"get_weather",
                     "description":"Current weather for a city",
                     "parameters":{"type":"object","properties":{"city":{"type":"string"}},
                                   "required":["city"]}}}]})"));
    }

    void thinking_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<Sdk::ThinkingMode>("mode");
        QTest::addColumn<QJsonValue>("think");
        QTest::newRow("off") << QString() << Sdk::ThinkingMode::Off << QJsonValue(false);
        QTest::newRow("on") << QString() << Sdk::ThinkingMode::On << QJsonValue(true);
        QTest::newRow("max") << QString() << Sdk::ThinkingMode::Max << QJsonValue("high");
        QTest::newRow("think style, on") << "think" << Sdk::ThinkingMode::On << QJsonValue(true);
        QTest::newRow("none, off")
            << "none" << Sdk::ThinkingMode::Off << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("none, max")
            << "none" << Sdk::ThinkingMode::Max << QJsonValue(QJsonValue::Undefined);
    }

    void thinking()
    {
        QFETCH(QString, style);
        QFETCH(Sdk::ThinkingMode, mode);
        QFETCH(QJsonValue, think);
        Sdk::ChatRequest request;
        request.model = "qwen3";
        request.messages = {message(Sdk::Role::User, {text("Hi")})};
        request.thinking = mode;
        if (!style.isEmpty())
            request.extra.insert("thinkingStyle", style);
        const QJsonObject body = QJsonDocument::fromJson(bodyOf(request)).object();
        QCOMPARE(body.value("think"), think);
        QCOMPARE(body.contains("think"), !think.isUndefined());
    }

    void history()
    {
        Sdk::ContentPart image;
        image.kind = Sdk::PartKind::Image;
        image.mimeType = "image/png";
        image.data = "PNG!";
        Sdk::ContentPart redacted = thought(QString(), "ollama");
        redacted.redacted = true;
        redacted.data = "opaque";

        Sdk::ChatRequest request;
        request.model = "qwen3";
        request.system = "Be brief.";
        request.messages = {
            message(Sdk::Role::System, {text("Project rules.")}),
            message(Sdk::Role::User, {text("Look at this"), image}),
            message(Sdk::Role::Assistant,
                    {thought("I should read it", "ollama"),
                     thought("Claude's reasoning", "anthropic", "c2lnbmF0dXJl"), redacted,
                     text("Reading."), toolCall("call_0", "read_file", R"({"path":"a.txt"})")}),
            message(Sdk::Role::User, {toolResult("call_0", "hello"), text("Go on.")}),
            // The same id again in a later response (ids are per response) and arguments cut
            // off mid-stream.
            message(Sdk::Role::Assistant, {toolCall("call_0", "list_dir", R"({"path":)")}),
            message(Sdk::Role::User, {toolResult("call_0", "no such directory", true)}),
        };
        COMPARE_JSON(bodyOf(request), canonical(R"({"model":"qwen3","stream":true,"think":false,
          "messages":[
            {"role":"system","content":"Be brief."},
            {"role":"system","content":"Project rules."},
            {"role":"user","content":"Look at this","images":["UE5HIQ=="]},
            {"role":"assistant","content":"Reading.","thinking":"I should read it",
             "tool_calls":[{"type":"function","function":{"index":0,"name":"read_file",
                                                          "arguments":{"path":"a.txt"}}}]},
            {"role":"tool","tool_name":"read_file","content":"hello"},
            {"role":"user","content":"Go on."},
            {"role":"assistant","content":"",
             "tool_calls":[{"type":"function","function":{"index":0,"name":"list_dir",
                                                          "arguments":{}}}]},
            {"role":"tool","tool_name":"list_dir","content":"no such directory"}]})"));
    }

    // Decoded tool calls and thinking go back in the next request as Ollama sent them.
    void toolRoundTrip()
    {
        const QList<Sdk::StreamEvent> decoded = Test::decode(
            *m_protocol, {}, {},
            "{\"message\":{\"content\":\"\",\"thinking\":\"Need weather.\"},\"done\":false}\n"
            "{\"message\":{\"content\":\"\",\"tool_calls\":[{\"function\":{\"name\":\"get_"
            "weather\","
            "\"arguments\":{\"city\":\"Tokyo\"}}}]},\"done\":false}\n"
            "{\"message\":{\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\"}\n");
        Sdk::ChatRequest request;
        request.model = "qwen3";
        request.thinking = Sdk::ThinkingMode::On;
        request.messages = {message(Sdk::Role::User, {text("Weather in Tokyo?")}),
                            assistantFrom(decoded, "ollama"),
                            message(Sdk::Role::User, {toolResult("call_0", "22°C")})};
        QCOMPARE(messagesOf(request).at(1).toObject(),
                 QJsonDocument::fromJson(R"({"role":"assistant","content":"",
                    "thinking":"Need weather.",
                    "tool_calls":[{"type":"function","function":{"index":0,"name":"get_weather",
                                                                 "arguments":{"city":"Tokyo"}}}]})")
                     .object());
        QCOMPARE(messagesOf(request).at(2).toObject(),
                 QJsonDocument::fromJson(
                     "{\"role\":\"tool\",\"tool_name\":\"get_weather\",\"content\":\"22°C\"}")
                     .object());
    }

    // --- errors and models --------------------------------------------------------------------

    void classifyError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Sdk::HttpHeaders>("headers");
        QTest::addColumn<Sdk::ErrorKind>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("retryAfterMs");

        QTest::newRow("model not found")
            << 404 << QByteArray("{\"error\":\"model 'llama9' not found\"}") << Sdk::HttpHeaders()
            << Sdk::ErrorKind::BadRequest << "model 'llama9' not found" << qint64(-1);
        QTest::newRow("bad request")
            << 400
            << QByteArray(R"({"error":"\u0022qwen2.5-coder\u0022 does not support thinking"})")
            << Sdk::HttpHeaders() << Sdk::ErrorKind::BadRequest
            << "\"qwen2.5-coder\" does not support thinking" << qint64(-1);
        QTest::newRow("unauthorized (cloud)")
            << 401 << QByteArray(R"({"error":"unauthorized"})") << Sdk::HttpHeaders()
            << Sdk::ErrorKind::Auth << "unauthorized" << qint64(-1);
        QTest::newRow("forbidden")
            << 403 << QByteArray(R"({"error":"forbidden"})") << Sdk::HttpHeaders()
            << Sdk::ErrorKind::Forbidden << "forbidden" << qint64(-1);
        QTest::newRow("rate limited with retry-after")
            << 429 << QByteArray(R"({"error":"too many requests"})")
            << Sdk::HttpHeaders{{"Retry-After", "7"}} << Sdk::ErrorKind::RateLimited
            << "too many requests" << qint64(7000);
        QTest::newRow("absurd retry-after is clamped to a week")
            << 429 << QByteArray(R"({"error":"too many requests"})")
            << Sdk::HttpHeaders{{"Retry-After", "99999999999999999999"}}
            << Sdk::ErrorKind::RateLimited << "too many requests" << Sdk::MaxRetryAfterMs;
        QTest::newRow("documented error body")
            << 500 << Test::readFixture("ollama-error.json") << Sdk::HttpHeaders()
            << Sdk::ErrorKind::Server << "the model failed to generate a response" << qint64(-1);
        QTest::newRow("server busy") << 503
                                     << QByteArray("{\"error\":\"server busy, please try again. "
                                                   "maximum pending requests exceeded\"}")
                                     << Sdk::HttpHeaders() << Sdk::ErrorKind::Overloaded
                                     << "server busy, please try again. maximum pending "
                                        "requests exceeded"
                                     << qint64(-1);
        QTest::newRow("proxy page")
            << 502 << QByteArray("<html>Bad Gateway</html>\n") << Sdk::HttpHeaders()
            << Sdk::ErrorKind::Server << "<html>Bad Gateway</html>" << qint64(-1);
        QTest::newRow("empty body") << 500 << QByteArray() << Sdk::HttpHeaders()
                                    << Sdk::ErrorKind::Server << "HTTP 500" << qint64(-1);
    }

    void classifyError()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Sdk::HttpHeaders, headers);
        QFETCH(Sdk::ErrorKind, kind);
        QFETCH(QString, message);
        QFETCH(qint64, retryAfterMs);
        const Sdk::ProviderError error = m_protocol->classifyError({}, status, headers, body);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.message, message);
        QCOMPARE(error.retryAfterMs, retryAfterMs);
    }

    void modelList()
    {
        const QByteArray body = R"({"models":[
            {"name":"deepseek-r1:latest","model":"deepseek-r1:latest",
             "modified_at":"2025-05-10T08:06:48.639712648-07:00","size":4683075271,
             "digest":"0a8c26691023","details":{"format":"gguf","family":"qwen2",
             "parameter_size":"7.6B","quantization_level":"Q4_K_M"}},
            {"name":"llama3.2:latest","model":"llama3.2:latest","size":2019393189},
            {"model":"only-model-field:7b"},
            {"size":1}]})";
        QString error;
        const QList<Sdk::ModelInfo> models = m_protocol->parseModelList({}, body, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(models.size(), 3);
        QCOMPARE(models.at(0).id, "deepseek-r1:latest");
        QCOMPARE(models.at(0).displayName, "deepseek-r1:latest");
        QCOMPARE(models.at(0).contextWindow, 0);
        QCOMPARE(models.at(1).id, "llama3.2:latest");
        QCOMPARE(models.at(2).id, "only-model-field:7b");

        QVERIFY(m_protocol->parseModelList({}, R"({"models":[]})", &error).isEmpty());
        QVERIFY(error.isEmpty());
    }

    void malformedModelList_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("404 page not found");
        QTest::newRow("no models array") << QByteArray(R"({"error":"unauthorized"})");
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

QTEST_GUILESS_MAIN(TestOllamaProtocol)

#include "tst_ollamaprotocol.moc"
