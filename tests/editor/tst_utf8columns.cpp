// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/documents/utf8columns.h"

#include <QtCore/QList>
#include <QtTest/QTest>

using namespace Baton::Core;

class TestUtf8Columns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each row: the line's bytes, the text the editor must show for them, and the byte at which
    // every UTF-16 unit of that text starts, followed by the byte length.
    void mapsEveryColumn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("byteOffsets");

        QTest::newRow("empty") << QByteArray() << QString() << QList<int>{0};
        QTest::newRow("ascii") << QByteArray("int x;") << QStringLiteral("int x;")
                               << QList<int>{0, 1, 2, 3, 4, 5, 6};
        QTest::newRow("NUL is a character")
            << QByteArray("a\0b", 3) << QString::fromUtf16(u"a\0b", 3) << QList<int>{0, 1, 2, 3};
        QTest::newRow("2-byte") << QByteArray("\xc3\xa9=1") << QStringLiteral(u"é=1")
                                << QList<int>{0, 2, 3, 4};
        QTest::newRow("3-byte Chinese") << QByteArray("\xe4\xb8\xad\xe6\x96\x87x")
                                        << QStringLiteral(u"中文x") << QList<int>{0, 3, 6, 7};
        QTest::newRow("4-byte emoji is a surrogate pair")
            << QByteArray("a\xf0\x9f\x98\x80"
                          "b")
            << QStringLiteral(u"a😀b") << QList<int>{0, 1, 1, 5, 6};
        QTest::newRow("mixed") << QByteArray("\xe6\x8e\xa5\xf0\x9f\x91\x8d\xc3\xa9!")
                               << QStringLiteral(u"接👍é!") << QList<int>{0, 3, 3, 7, 9, 10};
        QTest::newRow("encoded U+FFFD is one character")
            << QByteArray("\xef\xbf\xbd") << QStringLiteral(u"\uFFFD") << QList<int>{0, 3};
        QTest::newRow("invalid byte") << QByteArray("a\xff"
                                                    "b")
                                      << QStringLiteral(u"a\uFFFDb") << QList<int>{0, 1, 2, 3};
        QTest::newRow("stray continuation bytes")
            << QByteArray("\x80\xbf") << QStringLiteral(u"\uFFFD\uFFFD") << QList<int>{0, 1, 2};
        QTest::newRow("overlong slash")
            << QByteArray("\xc0\xaf") << QStringLiteral(u"\uFFFD\uFFFD") << QList<int>{0, 1, 2};
        QTest::newRow("encoded surrogate")
            << QByteArray("\xed\xa0\x80") << QString(3, QChar::ReplacementCharacter)
            << QList<int>{0, 1, 2, 3};
        QTest::newRow("beyond U+10FFFF")
            << QByteArray("\xf4\x90\x80\x80") << QString(4, QChar::ReplacementCharacter)
            << QList<int>{0, 1, 2, 3, 4};
        QTest::newRow("sequence cut short at line end")
            << QByteArray("x\xe4\xb8") << QStringLiteral(u"x\uFFFD\uFFFD")
            << QList<int>{0, 1, 2, 3};
        QTest::newRow("emoji cut short at line end")
            << QByteArray("\xf0\x9f\x98") << QString(3, QChar::ReplacementCharacter)
            << QList<int>{0, 1, 2, 3};
        QTest::newRow("sequence interrupted by ASCII")
            << QByteArray("\xe4\xb8x\xe4\xb8\xad") << QStringLiteral(u"\uFFFD\uFFFDx中")
            << QList<int>{0, 1, 2, 3, 6};
        QTest::newRow("GB18030 bytes")
            << QByteArray("\xbd\xd3\xc1\xa6") << QString(4, QChar::ReplacementCharacter)
            << QList<int>{0, 1, 2, 3, 4};
    }

    void mapsEveryColumn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QList<int>, byteOffsets);
        QCOMPARE(byteOffsets.size(), text.size() + 1);

        const Utf8Columns columns(bytes);
        QCOMPARE(columns.text(), text);
        QCOMPARE(columns.byteLength(), bytes.size());
        for (int unit = 0; unit <= text.size(); ++unit)
            QCOMPARE(columns.byteOffset(unit), byteOffsets.at(unit));

        // Every byte maps back to the character that holds it, a pair by its first half.
        for (int byte = 0; byte <= bytes.size(); ++byte) {
            int expected = 0;
            while (expected + 1 < byteOffsets.size() && byteOffsets.at(expected + 1) <= byte)
                ++expected;
            while (expected > 0 && byteOffsets.at(expected - 1) == byteOffsets.at(expected))
                --expected;
            QCOMPARE(columns.utf16Offset(byte), expected);
        }
    }

    void agreesWithQtOnValidText()
    {
        const QByteArray line = "    return \"接力 😀 naïve\"; // ok\r";
        const Utf8Columns columns(line);
        QCOMPARE(columns.text(), QString::fromUtf8(line));
        // The byte offset of each character is the length of the UTF-8 before it.
        for (int unit = 0; unit <= columns.text().size(); ++unit) {
            if (unit < columns.text().size() && columns.text().at(unit).isLowSurrogate())
                continue;
            QCOMPARE(columns.byteOffset(unit), columns.text().first(unit).toUtf8().size());
        }
    }

    void clampsOffsetsOutsideTheLine()
    {
        const Utf8Columns ascii(QByteArray("abc"));
        QCOMPARE(ascii.byteOffset(-1), 0);
        QCOMPARE(ascii.byteOffset(99), 3);
        QCOMPARE(ascii.utf16Offset(-5), 0);
        QCOMPARE(ascii.utf16Offset(99), 3);

        const Utf8Columns chinese(QByteArray("\xe4\xb8\xad\xe6\x96\x87"));
        QCOMPARE(chinese.byteOffset(-1), 0);
        QCOMPARE(chinese.byteOffset(3), 6);
        QCOMPARE(chinese.utf16Offset(-1), 0);
        QCOMPARE(chinese.utf16Offset(7), 2);
    }
};

QTEST_GUILESS_MAIN(TestUtf8Columns)
#include "tst_utf8columns.moc"
