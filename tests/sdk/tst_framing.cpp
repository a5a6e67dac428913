// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include <baton/sdk/framing.h>

#include <QtCore/QFile>
#include <QtTest/QTest>

using namespace Baton::Sdk;

// Feeds `bytes` split at the given points (sorted offsets) and collects every event.
static QList<SseEvent> parseSplit(const QByteArray &bytes, const QList<qsizetype> &splits)
{
    SseParser parser;
    QList<SseEvent> events;
    qsizetype from = 0;
    for (qsizetype at : splits) {
        events += parser.feed(QByteArrayView(bytes).sliced(from, at - from));
        from = at;
    }
    events += parser.feed(QByteArrayView(bytes).sliced(from));
    events += parser.finish();
    return events;
}

static QString describe(const QList<SseEvent> &events)
{
    QStringList parts;
    for (const SseEvent &event : events)
        parts << QString::fromUtf8(event.event + '|' + event.data + '|' + event.id);
    return parts.join(QStringLiteral(" ## "));
}

class TestFraming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineEndings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("LF") << QByteArray("a\nb\n") << QStringList{"a", "b"};
        QTest::newRow("CRLF") << QByteArray("a\r\nb\r\n") << QStringList{"a", "b"};
        QTest::newRow("CR") << QByteArray("a\rb\r") << QStringList{"a", "b"};
        QTest::newRow("mixed") << QByteArray("a\r\n\nb\rc\n") << QStringList{"a", "", "b", "c"};
        QTest::newRow("CR CR LF is two ends") << QByteArray("a\r\r\nb") << QStringList{"a", "", "b"};
        QTest::newRow("no final end") << QByteArray("a\nlast") << QStringList{"a", "last"};
        QTest::newRow("UTF-8 kept whole") << QByteArray("接力\n🚀x\n")
                                          << QStringList{"接力", "🚀x"};
    }

    void lineEndings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, lines);
        // Every way of cutting the bytes in two, and one byte at a time, gives the same lines.
        for (qsizetype split = 0; split <= bytes.size(); ++split) {
            LineSplitter splitter;
            QList<QByteArray> got = splitter.feed(QByteArrayView(bytes).first(split));
            got += splitter.feed(QByteArrayView(bytes).sliced(split));
            got += splitter.finish();
            QStringList text;
            for (const QByteArray &line : got)
                text << QString::fromUtf8(line);
            QCOMPARE(text, lines);
        }
        LineSplitter bytewise;
        QStringList text;
        for (char c : bytes) {
            for (const QByteArray &line : bytewise.feed(QByteArrayView(&c, 1)))
                text << QString::fromUtf8(line);
        }
        for (const QByteArray &line : bytewise.finish())
            text << QString::fromUtf8(line);
        QCOMPARE(text, lines);
    }

    void sseFields_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("basic") << QByteArray("event: ping\ndata: {\"a\":1}\n\n")
                               << QStringLiteral("ping|{\"a\":1}|");
        QTest::newRow("no space after colon")
            << QByteArray("data:x\n\n") << QStringLiteral("|x|");
        QTest::newRow("only one space stripped")
            << QByteArray("data:  x\n\n") << QStringLiteral("| x|");
        QTest::newRow("multi-line data joined with LF")
            << QByteArray("data: a\ndata: b\r\ndata:\n\n") << QStringLiteral("|a\nb\n|");
        QTest::newRow("comments and keep-alives ignored")
            << QByteArray(": OPENROUTER PROCESSING\n\n:HTTP_STATUS/200\ndata: y\n\n")
            << QStringLiteral("|y|");
        QTest::newRow("unknown fields ignored")
            << QByteArray("retry: 10\nfoo: bar\ndata: z\n\n") << QStringLiteral("|z|");
        QTest::newRow("id remembered") << QByteArray("id: 7\ndata: a\n\ndata: b\n\n")
                                       << QStringLiteral("|a|7 ## |b|7");
        QTest::newRow("event without data is dropped")
            << QByteArray("event: lonely\n\ndata: d\n\n") << QStringLiteral("|d|");
        QTest::newRow("missing final blank line")
            << QByteArray("event: message_stop\ndata: {}") << QStringLiteral("message_stop|{}|");
        QTest::newRow("byte order mark skipped")
            << QByteArray("\xEF\xBB\xBF" "data: bom\n\n") << QStringLiteral("|bom|");
        QTest::newRow("field without colon")
            << QByteArray("data\n\n") << QStringLiteral("||");
        QTest::newRow("CR only") << QByteArray("event: e\rdata: 接力\r\r")
                                 << QStringLiteral("e|接力|");
    }

    void sseFields()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        for (qsizetype split = 0; split <= bytes.size(); ++split)
            QCOMPARE(describe(parseSplit(bytes, {split})), expected);
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < bytes.size(); ++i)
            everyByte << i;
        QCOMPARE(describe(parseSplit(bytes, everyByte)), expected);
    }

    void realFixturesSplitAnywhere_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("events");
        QTest::newRow("anthropic-text") << QStringLiteral("anthropic-text.sse") << 8;
        QTest::newRow("openai-text") << QStringLiteral("openai-text.sse") << -1;
        QTest::newRow("deepseek-chat") << QStringLiteral("deepseek-chat.sse") << -1;
        QTest::newRow("gemini-stream") << QStringLiteral("gemini-stream.sse") << -1;
    }

    void realFixturesSplitAnywhere()
    {
        QFETCH(QString, file);
        QFETCH(int, events);
        QFile fixture(QStringLiteral(BATON_PROVIDER_FIXTURES_DIR "/") + file);
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QByteArray bytes = fixture.readAll();
        const QString whole = describe(parseSplit(bytes, {}));
        if (events >= 0)
            QCOMPARE(parseSplit(bytes, {}).size(), events);
        QVERIFY(!whole.isEmpty());
        for (qsizetype split = 1; split < bytes.size(); ++split)
            QCOMPARE(describe(parseSplit(bytes, {split})), whole);
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < bytes.size(); ++i)
            everyByte << i;
        QCOMPARE(describe(parseSplit(bytes, everyByte)), whole);
    }

    void boundedMemory()
    {
        SseParser parser(1024);
        QList<SseEvent> events = parser.feed(QByteArray("data: ok\n\n"));
        QCOMPARE(events.size(), 1);
        const QByteArray endless(4096, 'x');
        QVERIFY(parser.feed(QByteArray("data: ")).isEmpty());
        QVERIFY(parser.feed(endless).isEmpty());
        QVERIFY(parser.overflowed());
        QVERIFY(parser.feed(QByteArray("\n\ndata: later\n\n")).isEmpty());
        QVERIFY(parser.finish().isEmpty());
    }

    void pendingEventIsVisible()
    {
        SseParser parser;
        QVERIFY(!parser.hasPendingEvent());
        parser.feed(QByteArray("data: half"));
        QVERIFY(parser.hasPendingEvent());
        QCOMPARE(parser.feed(QByteArray("\n\n")).size(), 1);
        QVERIFY(!parser.hasPendingEvent());
    }
};

QTEST_GUILESS_MAIN(TestFraming)
#include "tst_framing.moc"
