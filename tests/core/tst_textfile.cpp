// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/documents/textfile.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Baton::Core;

class TestTextFile : public QObject
{
    Q_OBJECT

private:
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
        QVERIFY(read->validUtf8);
    }

    void flagsInvalidUtf8AndKeepsTheBytes()
    {
        QTemporaryDir dir;
        const QByteArray gbk = "\xbd\xd3\xc1\xa6\n"; // 接力 in GB18030
        auto read = TextFile::read(make(dir, QStringLiteral("gbk.txt"), gbk));
        QVERIFY(read.ok());
        QVERIFY(!read->validUtf8);
        QCOMPARE(read->bytes, gbk);
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
