// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/conversation/historyconverter.h"
#include "core/conversation/replybuilder.h"
#include "core/router/failoverroute.h"

#include <QtTest/QTest>

using namespace Baton;
using namespace Baton::Core;

static Sdk::StreamEvent makeEvent(Sdk::EventKind kind, int index, const QString &text = {})
{
    Sdk::StreamEvent e;
    e.kind = kind;
    e.index = index;
    e.text = text;
    return e;
}

class TestConversionAndRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routesParse()
    {
        auto route = FailoverRoute::parse(" anthropic/claude-sonnet-4-5 , zhipu/glm-4.6,"
                                          "openrouter/qwen/qwen3-coder");
        QVERIFY(route.ok());
        QCOMPARE(route->entries().size(), 3);
        QCOMPARE(route->entries().at(2).modelId, QStringLiteral("qwen/qwen3-coder"));
        QCOMPARE(route->toString(),
                 QStringLiteral(
                     "anthropic/claude-sonnet-4-5,zhipu/glm-4.6,openrouter/qwen/qwen3-coder"));
        QVERIFY(!FailoverRoute::parse("deepseek").ok());
        QVERIFY(!FailoverRoute::parse(",").ok());

        FailoverRoute withPrimary = route.value();
        withPrimary.prepend({"zhipu", "glm-4.6", {}});
        QCOMPARE(withPrimary.entries().size(), 3);
        QCOMPARE(withPrimary.entries().first().presetId, QStringLiteral("zhipu"));
    }

    void replyCollectsEveryPart()
    {
        ReplyBuilder reply("anthropic");
        reply.add(makeEvent(Sdk::EventKind::ThinkingDelta, 0, "let me "));
        reply.add(makeEvent(Sdk::EventKind::ThinkingDelta, 0, "think"));
        Sdk::StreamEvent signature = makeEvent(Sdk::EventKind::ThinkingDelta, 0);
        signature.signature = "sig==";
        reply.add(signature);
        reply.add(makeEvent(Sdk::EventKind::TextDelta, 1, "Hello "));
        reply.add(makeEvent(Sdk::EventKind::TextDelta, 1, "there"));
        Sdk::StreamEvent start = makeEvent(Sdk::EventKind::ToolCallStart, 2);
        start.id = "toolu_01";
        start.name = "read_file";
        start.signature = "fn-sig";
        reply.add(start);
        reply.add(makeEvent(Sdk::EventKind::ToolCallArgsDelta, 2, "{\"path\":"));
        reply.add(makeEvent(Sdk::EventKind::ToolCallArgsDelta, 2, "\"a.cpp\"}"));
        reply.add(makeEvent(Sdk::EventKind::ToolCallEnd, 2));
        const Sdk::Message message = reply.message();
        QCOMPARE(message.role, Sdk::Role::Assistant);
        QCOMPARE(message.parts.size(), 3);
        QCOMPARE(message.parts[0].kind, Sdk::PartKind::Thinking);
        QCOMPARE(message.parts[0].text, QStringLiteral("let me think"));
        QCOMPARE(message.parts[0].signature, QByteArray("sig=="));
        QCOMPARE(message.parts[0].origin, QStringLiteral("anthropic"));
        QCOMPARE(message.parts[1].text, QStringLiteral("Hello there"));
        QCOMPARE(message.parts[2].toolCallId, QStringLiteral("toolu_01"));
        QCOMPARE(message.parts[2].toolInput, QByteArray("{\"path\":\"a.cpp\"}"));
        QCOMPARE(message.parts[2].signature, QByteArray("fn-sig"));
        QCOMPARE(reply.text(), QStringLiteral("Hello there"));
    }

    void toolCallIdsBecomePortable()
    {
        Sdk::Message call;
        call.role = Sdk::Role::Assistant;
        call.parts.append(Sdk::ContentPart{});
        call.parts.last().kind = Sdk::PartKind::ToolCall;
        call.parts.last().toolCallId = "functions.read_file:0"; // Kimi-style, rejected elsewhere
        Sdk::Message result;
        result.role = Sdk::Role::User;
        result.parts.append(Sdk::ContentPart{});
        result.parts.last().kind = Sdk::PartKind::ToolResult;
        result.parts.last().toolCallId = "functions.read_file:0";
        Sdk::Message empty;
        empty.role = Sdk::Role::Assistant;
        empty.parts.append(Sdk::ContentPart{});
        empty.parts.last().kind = Sdk::PartKind::Thinking; // nothing in it
        const QList<Sdk::Message> prepared = HistoryConverter::prepare({call, empty, result});
        QCOMPARE(prepared.size(), 2);
        const QString id = prepared[0].parts[0].toolCallId;
        QVERIFY(HistoryConverter::isPortableToolCallId(id));
        QCOMPARE(prepared[1].parts[0].toolCallId, id); // the result still matches its call
        QCOMPARE(HistoryConverter::prepare({call})[0].parts[0].toolCallId, id); // stable

        QVERIFY(HistoryConverter::isPortableToolCallId("toolu_01A09q90qw90lq917835lq9"));
        QVERIFY(HistoryConverter::isPortableToolCallId("call_abc-DEF_123"));
        QVERIFY(!HistoryConverter::isPortableToolCallId(QString(41, 'a')));
        QVERIFY(!HistoryConverter::isPortableToolCallId(""));
    }
};

QTEST_GUILESS_MAIN(TestConversionAndRoutes)
#include "tst_conversionandroutes.moc"
