// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/git/gitruntime.h"
#include "core/git/headdiff.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Baton::Core;
using Kind = LineChange::Kind;

Q_DECLARE_METATYPE(QList<Baton::Core::LineChange>)

namespace QTest {
template<>
char *toString(const QList<LineChange> &changes)
{
    QByteArray text = "[";
    for (const LineChange &change : changes) {
        const char *kind = change.kind == Kind::Added      ? "added"
                           : change.kind == Kind::Modified ? "modified"
                                                           : "deleted";
        text += QByteArray(kind) + ' ' + QByteArray::number(change.firstLine) + '+'
                + QByteArray::number(change.lineCount) + "; ";
    }
    text += ']';
    return qstrdup(text.constData());
}
} // namespace QTest

// A real repository made with the git command line.
class GitRepo
{
public:
    explicit GitRepo(bool withCommit = true)
    {
        git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
             QStringLiteral("main")});
        if (withCommit) {
            write(QStringLiteral("a.txt"), "one\ntwo\nthree\nfour\nfive\n");
            write(QStringLiteral("crlf.txt"), "alpha\r\nbeta\r\ngamma\r\n");
            write(QStringLiteral("src/中文.md"), "第一行\n第二行\n第三行\n");
            write(QStringLiteral(".gitignore"), "build/\n");
            git({QStringLiteral("add"), QStringLiteral(".")});
            git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                 QStringLiteral("first")});
        }
    }

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    void write(const QString &relative, const QByteArray &content) const
    {
        QDir().mkpath(QFileInfo(path(relative)).absolutePath());
        QFile file(path(relative));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    void git(const QStringList &arguments) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test"));
        environment.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("t@example.org"));
        environment.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test"));
        environment.insert(QStringLiteral("GIT_COMMITTER_EMAIL"),
                           QStringLiteral("t@example.org"));
        environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("git"), arguments);
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

private:
    QTemporaryDir m_dir;
};

class TestHeadDiff : public QObject
{
    Q_OBJECT

private:
    GitRuntime m_runtime;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsTheCommittedBlob()
    {
        GitRepo repo;
        HeadDiff diff;
        repo.write(QStringLiteral("a.txt"), "changed on disk\n");
        const auto version = diff.headVersion(repo.path(QStringLiteral("a.txt")));
        QVERIFY2(version.ok(), qPrintable(version.errorMessage()));
        QCOMPARE(version->state, HeadVersion::State::Committed);
        QCOMPARE(version->bytes, QByteArray("one\ntwo\nthree\nfour\nfive\n"));
        QCOMPARE(version->relativePath, QStringLiteral("a.txt"));
        QVERIFY(!version->headFolders.isEmpty());

        const auto chinese = diff.headVersion(repo.path(QStringLiteral("src/中文.md")));
        QVERIFY(chinese.ok());
        QCOMPARE(chinese->state, HeadVersion::State::Committed);
        QCOMPARE(QString::fromUtf8(chinese->bytes), QStringLiteral("第一行\n第二行\n第三行\n"));
    }

    void followsANewCommit()
    {
        GitRepo repo;
        HeadDiff diff;
        const QString file = repo.path(QStringLiteral("a.txt"));
        QCOMPARE(diff.headVersion(file)->bytes, QByteArray("one\ntwo\nthree\nfour\nfive\n"));
        repo.write(QStringLiteral("a.txt"), "committed again\n");
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"),
                  QStringLiteral("second")});
        // The cache is keyed on HEAD's commit: the new blob is read.
        QCOMPARE(diff.headVersion(file)->bytes, QByteArray("committed again\n"));
    }

    void untrackedIgnoredAndOutside()
    {
        GitRepo repo;
        HeadDiff diff;
        repo.write(QStringLiteral("new.txt"), "new\nfile\n");
        const auto untracked = diff.headVersion(repo.path(QStringLiteral("new.txt")));
        QVERIFY(untracked.ok());
        QCOMPARE(untracked->state, HeadVersion::State::Untracked);
        QCOMPARE(HeadDiff::lineChanges(untracked->bytes, "new\nfile\n"),
                 QList<LineChange>({{Kind::Added, 0, 2}}));

        // A file that does not exist yet (Save As into the repository) is untracked too.
        QCOMPARE(diff.headVersion(repo.path(QStringLiteral("src/later.txt")))->state,
                 HeadVersion::State::Untracked);

        repo.write(QStringLiteral("build/out.txt"), "generated\n");
        QCOMPARE(diff.headVersion(repo.path(QStringLiteral("build/out.txt")))->state,
                 HeadVersion::State::Outside);
        QCOMPARE(diff.headVersion(repo.path(QStringLiteral(".git/HEAD")))->state,
                 HeadVersion::State::Outside);

        QTemporaryDir outside;
        QFile plain(outside.filePath(QStringLiteral("plain.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("x\n");
        plain.close();
        const auto none = diff.headVersion(plain.fileName());
        QVERIFY(none.ok());
        QCOMPARE(none->state, HeadVersion::State::Outside);
        QVERIFY(none->headFolders.isEmpty());
    }

    void unbornHeadIsAllAdded()
    {
        GitRepo repo(false);
        repo.write(QStringLiteral("first.txt"), "a\nb\nc");
        HeadDiff diff;
        const auto version = diff.headVersion(repo.path(QStringLiteral("first.txt")));
        QVERIFY2(version.ok(), qPrintable(version.errorMessage()));
        QCOMPARE(version->state, HeadVersion::State::Untracked);
        QCOMPARE(HeadDiff::lineChanges(version->bytes, "a\nb\nc"),
                 QList<LineChange>({{Kind::Added, 0, 3}}));
    }

    void lineChanges_data()
    {
        QTest::addColumn<QByteArray>("buffer");
        QTest::addColumn<QList<LineChange>>("expected");
        QTest::newRow("unchanged") << QByteArray("one\ntwo\nthree\nfour\nfive\n")
                                   << QList<LineChange>();
        QTest::newRow("added at start") << QByteArray("zero\none\ntwo\nthree\nfour\nfive\n")
                                        << QList<LineChange>({{Kind::Added, 0, 1}});
        QTest::newRow("added in the middle")
            << QByteArray("one\ntwo\nnew 1\nnew 2\nthree\nfour\nfive\n")
            << QList<LineChange>({{Kind::Added, 2, 2}});
        QTest::newRow("added at end") << QByteArray("one\ntwo\nthree\nfour\nfive\nsix\n")
                                      << QList<LineChange>({{Kind::Added, 5, 1}});
        QTest::newRow("modified") << QByteArray("one\nTWO\nthree\nFOUR\nfive\n")
                                  << QList<LineChange>(
                                         {{Kind::Modified, 1, 1}, {Kind::Modified, 3, 1}});
        QTest::newRow("modified into more lines")
            << QByteArray("one\ntwo\nthree a\nthree b\nfour\nfive\n")
            << QList<LineChange>({{Kind::Modified, 2, 2}});
        QTest::newRow("deleted at start") << QByteArray("two\nthree\nfour\nfive\n")
                                          << QList<LineChange>({{Kind::Deleted, 0, 0}});
        QTest::newRow("deleted in the middle") << QByteArray("one\ntwo\nfive\n")
                                               << QList<LineChange>({{Kind::Deleted, 2, 0}});
        QTest::newRow("deleted at end") << QByteArray("one\ntwo\nthree\nfour\n")
                                        << QList<LineChange>({{Kind::Deleted, 4, 0}});
        QTest::newRow("everything deleted")
            << QByteArray() << QList<LineChange>({{Kind::Deleted, 0, 0}});
        QTest::newRow("CRLF endings of the same lines")
            << QByteArray("one\r\ntwo\r\nthree\r\nfour\r\nfive\r\n") << QList<LineChange>();
        QTest::newRow("CRLF with a change")
            << QByteArray("one\r\ntwo\r\n3\r\nfour\r\nfive\r\n")
            << QList<LineChange>({{Kind::Modified, 2, 1}});
    }

    void lineChanges()
    {
        QFETCH(QByteArray, buffer);
        QFETCH(QList<LineChange>, expected);
        QCOMPARE(HeadDiff::lineChanges("one\ntwo\nthree\nfour\nfive\n", buffer), expected);
    }

    void edgesOfTheText_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QByteArray>("buffer");
        QTest::addColumn<QList<LineChange>>("expected");
        QTest::newRow("first line edited")
            << QByteArray("a\nb\nc\n") << QByteArray("A\nb\nc\n")
            << QList<LineChange>({{Kind::Modified, 0, 1}});
        QTest::newRow("last line edited")
            << QByteArray("a\nb\nc\n") << QByteArray("a\nb\nC\n")
            << QList<LineChange>({{Kind::Modified, 2, 1}});
        QTest::newRow("no final newline, last line edited")
            << QByteArray("a\nb\nc") << QByteArray("a\nb\ncc")
            << QList<LineChange>({{Kind::Modified, 2, 1}});
        QTest::newRow("final newline added")
            << QByteArray("a\nb") << QByteArray("a\nb\n")
            << QList<LineChange>({{Kind::Modified, 1, 1}});
        QTest::newRow("line appended after no final newline")
            << QByteArray("a\nb") << QByteArray("a\nb\nc")
            << QList<LineChange>({{Kind::Modified, 1, 2}});
        QTest::newRow("a line typed into the middle of a line")
            << QByteArray("abc\ndef\nghi\n") << QByteArray("abc\ndXef\nghi\n")
            << QList<LineChange>({{Kind::Modified, 1, 1}});
        QTest::newRow("line split in two") << QByteArray("abc\ndef\nghi\n")
                                           << QByteArray("abc\nd\nef\nghi\n")
                                           << QList<LineChange>({{Kind::Modified, 1, 2}});
        QTest::newRow("duplicate of a neighbour inserted")
            << QByteArray("x\ny\ny\nz\n") << QByteArray("x\ny\ny\ny\nz\n")
            << QList<LineChange>({{Kind::Added, 3, 1}});
        QTest::newRow("blank line inserted between blank lines")
            << QByteArray("a\n\n\nb\n") << QByteArray("a\n\n\n\nb\n")
            << QList<LineChange>({{Kind::Added, 3, 1}});
    }

    void edgesOfTheText()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, buffer);
        QFETCH(QList<LineChange>, expected);
        const QList<LineChange> changes = HeadDiff::lineChanges(base, buffer);
        // Where a duplicate line went is a matter of choice; the number of changed lines is not.
        if (QByteArray(QTest::currentDataTag()).startsWith("duplicate")
            || QByteArray(QTest::currentDataTag()).startsWith("blank")) {
            QCOMPARE(changes.size(), 1);
            QCOMPARE(changes[0].kind, Kind::Added);
            QCOMPARE(changes[0].lineCount, 1);
            return;
        }
        QCOMPARE(changes, expected);
    }

    // Random edits of a random text: the hunks turn the base into the buffer, and the gutter's
    // changes cover exactly the buffer lines the hunks add.
    void hunksRebuildTheBuffer()
    {
        QRandomGenerator random(20261204);
        const QList<QByteArray> words{"alpha", "beta", "", "{", "}", "return x;", "中文", "gamma"};
        for (int round = 0; round < 300; ++round) {
            QList<QByteArray> oldLines;
            const int count = int(random.bounded(40));
            for (int i = 0; i < count; ++i)
                oldLines.append(words.at(int(random.bounded(qsizetype(words.size())))));
            QList<QByteArray> newLines = oldLines;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const int at = int(random.bounded(int(newLines.size()) + 1));
                switch (random.bounded(3)) {
                case 0:
                    newLines.insert(at, words.at(int(random.bounded(qsizetype(words.size())))));
                    break;
                case 1:
                    if (at < newLines.size())
                        newLines.removeAt(at);
                    break;
                default:
                    if (at < newLines.size())
                        newLines[at] += "!";
                    break;
                }
            }
            const auto join = [](const QList<QByteArray> &lines) {
                QByteArray text;
                for (const QByteArray &line : lines)
                    text += line + '\n';
                return text;
            };
            const QByteArray base = join(oldLines);
            const QByteArray buffer = join(newLines);

            for (const int context : {0, 3}) {
                QList<QByteArray> rebuilt;
                int oldLine = 0;
                QList<int> addedLines;
                for (const DiffHunk &hunk : HeadDiff::hunks(base, buffer, context)) {
                    QVERIFY(hunk.oldStart >= oldLine);
                    while (oldLine < hunk.oldStart)
                        rebuilt.append(oldLines.at(oldLine++));
                    for (const DiffLine &line : hunk.lines) {
                        if (line.kind != DiffLine::Kind::Added) {
                            QCOMPARE(line.oldLine, oldLine);
                            QCOMPARE(line.text, oldLines.at(oldLine));
                            ++oldLine;
                        }
                        if (line.kind != DiffLine::Kind::Removed) {
                            QCOMPARE(line.newLine, int(rebuilt.size()));
                            if (line.kind == DiffLine::Kind::Added)
                                addedLines.append(line.newLine);
                            rebuilt.append(line.text);
                        }
                    }
                }
                while (oldLine < oldLines.size())
                    rebuilt.append(oldLines.at(oldLine++));
                QCOMPARE(rebuilt, newLines);

                if (context == 0) {
                    QList<int> marked;
                    for (const LineChange &change : HeadDiff::lineChanges(base, buffer)) {
                        for (int i = 0; i < change.lineCount; ++i)
                            marked.append(change.firstLine + i);
                    }
                    QCOMPARE(marked, addedLines);
                }
            }
        }
    }

    void committedCrlfFileUnchanged()
    {
        GitRepo repo;
        HeadDiff diff;
        const auto version = diff.headVersion(repo.path(QStringLiteral("crlf.txt")));
        QVERIFY(version.ok());
        QCOMPARE(HeadDiff::lineChanges(version->bytes, "alpha\r\nbeta\r\ngamma\r\n"),
                 QList<LineChange>());
        // As checked out with core.autocrlf from an LF blob, the other way round.
        QCOMPARE(HeadDiff::lineChanges("alpha\nbeta\ngamma\n", "alpha\r\nbeta\r\ngamma\r\n"),
                 QList<LineChange>());
    }

    void chineseLines()
    {
        GitRepo repo;
        HeadDiff diff;
        const auto version = diff.headVersion(repo.path(QStringLiteral("src/中文.md")));
        QVERIFY(version.ok());
        const QByteArray buffer = QStringLiteral("第一行\n第二行改了\n第三行\n新的一行\n").toUtf8();
        QCOMPARE(HeadDiff::lineChanges(version->bytes, buffer),
                 QList<LineChange>({{Kind::Modified, 1, 1}, {Kind::Added, 3, 1}}));
        const QList<DiffHunk> hunks = HeadDiff::hunks(version->bytes, buffer, 0);
        QCOMPARE(hunks.size(), 2);
        QCOMPARE(hunks[0].lines.size(), 2);
        QCOMPARE(QString::fromUtf8(hunks[0].lines[0].text), QStringLiteral("第二行"));
        QCOMPARE(QString::fromUtf8(hunks[0].lines[1].text), QStringLiteral("第二行改了"));
    }

    void structuredHunks()
    {
        QByteArray base;
        for (int i = 1; i <= 20; ++i)
            base += "line " + QByteArray::number(i) + '\n';
        QByteArray buffer = base;
        buffer.replace("line 5\n", "line five\n");
        buffer.replace("line 15\n", "");
        buffer += "line 21\n";

        const QList<DiffHunk> hunks = HeadDiff::hunks(base, buffer);
        QCOMPARE(hunks.size(), 2);

        // Lines 2..8 (0-based 1..7): three of context either side of the change at 0-based 4.
        const DiffHunk &first = hunks[0];
        QCOMPARE(first.oldStart, 1);
        QCOMPARE(first.oldCount, 7);
        QCOMPARE(first.newStart, 1);
        QCOMPARE(first.newCount, 7);
        QCOMPARE(first.lines.size(), 8);
        QCOMPARE(first.lines[0].kind, DiffLine::Kind::Context);
        QCOMPARE(first.lines[0].text, QByteArray("line 2"));
        QCOMPARE(first.lines[0].oldLine, 1);
        QCOMPARE(first.lines[0].newLine, 1);
        QCOMPARE(first.lines[3].kind, DiffLine::Kind::Removed);
        QCOMPARE(first.lines[3].text, QByteArray("line 5"));
        QCOMPARE(first.lines[3].oldLine, 4);
        QCOMPARE(first.lines[3].newLine, -1);
        QCOMPARE(first.lines[4].kind, DiffLine::Kind::Added);
        QCOMPARE(first.lines[4].text, QByteArray("line five"));
        QCOMPARE(first.lines[4].oldLine, -1);
        QCOMPARE(first.lines[4].newLine, 4);

        // The deletion of line 15 and the addition at the end are within 6 lines: one hunk.
        const DiffHunk &second = hunks[1];
        QCOMPARE(second.oldStart, 11);
        QCOMPARE(second.newStart, 11);
        QCOMPARE(second.oldCount, 9);
        QCOMPARE(second.newCount, 9);
        int removed = 0;
        int added = 0;
        for (const DiffLine &line : second.lines) {
            if (line.kind == DiffLine::Kind::Removed) {
                ++removed;
                QCOMPARE(line.text, QByteArray("line 15"));
                QCOMPARE(line.oldLine, 14);
            } else if (line.kind == DiffLine::Kind::Added) {
                ++added;
                QCOMPARE(line.text, QByteArray("line 21"));
                QCOMPARE(line.newLine, 19);
            }
        }
        QCOMPARE(removed, 1);
        QCOMPARE(added, 1);

        QVERIFY(HeadDiff::hunks(base, base).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHeadDiff)
#include "tst_headdiff.moc"
