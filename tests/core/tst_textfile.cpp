// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/documents/textfile.h"

#include <QtCore/QFile>
#include <QtCore/QStringEncoder>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Baton::Core;
using namespace Qt::StringLiterals;

class TestTextFile : public QObject
{
    Q_OBJECT

private:
    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString make(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void readsUtf8Text()
    {
        QTemporaryDir dir;
        const QByteArray bytes = "// 接力\nint main() {}\r\n";
        auto read = TextFile::read(make(dir, QStringLiteral("a.cpp"), bytes));
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->bytes, bytes);
        QVERIFY(read->lossless);
        QCOMPARE(read->encoding, TextEncoding());
    }

    void flagsDamagedUtf8AndKeepsTheBytes()
    {
        QTemporaryDir dir;
        // UTF-8 Chinese text with one byte of a character lost: still UTF-8, not editable.
        const QByteArray damaged = "// 接力 接力\n// \xe5\x8a\n";
        auto read = TextFile::read(make(dir, QStringLiteral("damaged.txt"), damaged));
        QVERIFY(read.ok());
        QCOMPARE(read->encoding, TextEncoding());
        QVERIFY(!read->lossless);
        QCOMPARE(read->bytes, damaged);
    }

    void detectsEncodings_data()
    {
        QTest::addColumn<QByteArray>("fileBytes");
        QTest::addColumn<QString>("encodingId");
        QTest::addColumn<QString>("text");

        const QString chinese = QStringLiteral("// 接力：中文注释\nint main() { return 0; }\r\n");
        QTest::newRow("ASCII") << QByteArray("int x;\n") << u"utf-8"_s << u"int x;\n"_s;
        QTest::newRow("UTF-8") << chinese.toUtf8() << u"utf-8"_s << chinese;
        QTest::newRow("UTF-8 with BOM")
            << QByteArray("\xEF\xBB\xBF") + chinese.toUtf8() << u"utf-8-bom"_s << chinese;
        QStringEncoder le(QStringConverter::Utf16LE);
        QStringEncoder be(QStringConverter::Utf16BE);
        QTest::newRow("UTF-16 LE with BOM")
            << QByteArray("\xFF\xFE") + QByteArray(le.encode(chinese)) << u"utf-16le"_s << chinese;
        QTest::newRow("UTF-16 BE with BOM")
            << QByteArray("\xFE\xFF") + QByteArray(be.encode(chinese)) << u"utf-16be"_s << chinese;
        const QString ascii = QStringLiteral("Windows notes\r\nsecond line\r\n");
        QTest::newRow("UTF-16 LE without BOM")
            << QByteArray(le.encode(ascii)) << u"utf-16le-nobom"_s << ascii;
        QStringEncoder gb("GB18030");
        QVERIFY(gb.isValid());
        QTest::newRow("GB18030") << QByteArray(gb.encode(chinese)) << u"gb18030"_s << chinese;
        // "接力" in GB18030, as the lead test's legacy file.
        QTest::newRow("GB18030, short") << QByteArray("\xbd\xd3\xc1\xa6 GB18030\n")
                                        << u"gb18030"_s << u"接力 GB18030\n"_s;
        const QString western = QStringLiteral("Café déjà vu, naïve façade, 10 °C\n");
        QTest::newRow("Latin-1") << western.toLatin1() << u"latin-1"_s << western;
    }

    void detectsEncodings()
    {
        QFETCH(QByteArray, fileBytes);
        QFETCH(QString, encodingId);
        QFETCH(QString, text);
        QTemporaryDir dir;
        const QString path = make(dir, QStringLiteral("file.txt"), fileBytes);
        auto read = TextFile::read(path);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->encoding.id(), encodingId);
        QCOMPARE(QString::fromUtf8(read->bytes), text);
        QVERIFY(read->lossless);

        // Saved unchanged, the file keeps every byte; edited, it keeps its encoding.
        QVERIFY(TextFile::write(path, read->bytes, read->encoding).ok());
        QCOMPARE(contents(path), fileBytes);
        const QByteArray edited = read->bytes + QStringLiteral("// 再见 ok\n").toUtf8();
        const bool representable = read->encoding.kind() != TextEncoding::Kind::Latin1;
        const Status written = TextFile::write(path, edited, read->encoding);
        QCOMPARE(written.ok(), representable);
        auto again = TextFile::read(path, read->encoding);
        QVERIFY(again.ok());
        QCOMPARE(again->bytes, representable ? edited : read->bytes);
    }

    void unrepresentableCharactersAreRefusedNotReplaced()
    {
        QTemporaryDir dir;
        const QString path = make(dir, QStringLiteral("latin.txt"), "caf\xe9\n");
        auto read = TextFile::read(path);
        QVERIFY(read.ok());
        QCOMPARE(read->encoding.kind(), TextEncoding::Kind::Latin1);
        const Status written
            = TextFile::write(path, QStringLiteral("café\nline 2 🚀\n").toUtf8(), read->encoding);
        QVERIFY(!written.ok());
        QVERIFY2(written.errorMessage().contains(QStringLiteral("🚀")),
                 qPrintable(written.errorMessage()));
        QVERIFY(written.errorMessage().contains(QStringLiteral("2")));
        QCOMPARE(contents(path), QByteArray("caf\xe9\n")); // untouched
    }

    void reopensWithAChosenEncoding()
    {
        QTemporaryDir dir;
        const QByteArray gbk = "\xbd\xd3\xc1\xa6\n";
        const QString path = make(dir, QStringLiteral("gbk.txt"), gbk);
        auto asLatin1 = TextFile::read(path, TextEncoding(TextEncoding::Kind::Latin1, false));
        QVERIFY(asLatin1.ok());
        QCOMPARE(QString::fromUtf8(asLatin1->bytes), QString::fromLatin1(gbk));
        QVERIFY(asLatin1->lossless);
        auto asUtf8 = TextFile::read(path, TextEncoding());
        QVERIFY(asUtf8.ok());
        QVERIFY(!asUtf8->lossless); // shown, but not editable: saving would change bytes
        QCOMPARE(asUtf8->bytes, gbk);
        for (const TextEncoding &encoding : TextEncoding::choices())
            QCOMPARE(TextEncoding::fromId(encoding.id()), encoding);
    }

    void binaryDetectionLeavesUtf16Alone()
    {
        QTemporaryDir dir;
        QStringEncoder le(QStringConverter::Utf16LE);
        const QByteArray utf16 = le.encode(u"plain text in UTF-16\n"_s);
        QVERIFY(utf16.contains('\0'));
        QVERIFY(TextFile::read(make(dir, QStringLiteral("u16.txt"), utf16)).ok());
        auto binary = TextFile::read(
            make(dir, QStringLiteral("x.bin"), QByteArray::fromHex("7f454c46020101000000000003003e00")));
        QVERIFY(!binary.ok());
    }

    void refusesWhatIsNotAReadableTextFile()
    {
        QTemporaryDir dir;
        auto binary = TextFile::read(make(dir, QStringLiteral("x.bin"), QByteArray("ELF\0\1\2", 6)));
        QVERIFY(!binary.ok());
        QVERIFY(binary.errorMessage().contains(QStringLiteral("binary")));
        auto missing = TextFile::read(dir.filePath(QStringLiteral("nope.txt")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorMessage().contains(QStringLiteral("nope.txt")));
        auto folder = TextFile::read(dir.path());
        QVERIFY(!folder.ok());
        QVERIFY(folder.errorMessage().contains(QStringLiteral("folder")));
    }

    void writeReplacesContentAndKeepsPermissions()
    {
        QTemporaryDir dir;
        const QString path = make(dir, QStringLiteral("run.sh"), "#!/bin/sh\necho old\n");
        const auto permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                 | QFile::ReadGroup | QFile::ExeGroup;
        QVERIFY(QFile::setPermissions(path, permissions));
        const Status written = TextFile::write(path, "#!/bin/sh\necho new\n");
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("#!/bin/sh\necho new\n"));
        QCOMPARE(QFile::permissions(path) & 0x7077, permissions & 0x7077); // owner, group, other
    }

    void failedWriteLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString blocker = make(dir, QStringLiteral("file"), "x");
        const Status written = TextFile::write(blocker + QStringLiteral("/child.txt"), "data");
        QVERIFY(!written.ok());
        QVERIFY(written.errorMessage().contains(QStringLiteral("child.txt")));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("x"));
    }
};

QTEST_GUILESS_MAIN(TestTextFile)
#include "tst_textfile.moc"
