// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/providers/providerhost.h"

#include <baton/sdk/iproviderprotocol.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QPluginLoader>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Baton::Core;
using namespace Baton::Sdk;

static QString echoPlugin()
{
    return QStringLiteral(BATON_TEST_ECHO_PLUGIN);
}

static QString dirOf(const QString &file)
{
    return QFileInfo(file).absolutePath();
}

static QString hostAbi()
{
    return QString::number(AbiMajor) + QLatin1Char('.') + QString::number(AbiMinor);
}

// Asks Qt, not the host: true when the library is mapped into this process.
static bool isLoaded(const QString &file)
{
    return QPluginLoader(file).isLoaded();
}

static const PluginProblem *problemFor(const QList<PluginProblem> &problems, const QString &file)
{
    for (const PluginProblem &problem : problems) {
        if (problem.filePath == QFileInfo(file).absoluteFilePath())
            return &problem;
    }
    return nullptr;
}

static bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

class TestProviderHost : public QObject
{
    Q_OBJECT

private:
    // Scratch plugin directories live in the build tree: /tmp may be mounted noexec, and a
    // library there could not be loaded.
    static QString scratchTemplate()
    {
        return QStringLiteral(BATON_BINARY_DIR "/tests/providerhost-XXXXXX");
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsMetadataWithoutLoading()
    {
        // A copy nothing else in this process has touched, so "not loaded" means something.
        QTemporaryDir dir(scratchTemplate());
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("libbaton_test_echo.so"));
        QVERIFY(QFile::copy(echoPlugin(), file));

        const PluginScan scan = ProviderHost::scan({dir.path()});
        QCOMPARE(scan.searchDirs, QStringList{dir.path()});
        QVERIFY(scan.problems.isEmpty());
        QCOMPARE(scan.plugins.size(), 1);
        const PluginInfo &info = scan.plugins.constFirst();
        QCOMPARE(info.filePath, QFileInfo(file).absoluteFilePath());
        QCOMPARE(info.protocol, QStringLiteral("testecho"));
        QCOMPARE(info.displayName, QStringLiteral("Test Echo"));
        QCOMPARE(info.abiMajor, 1);
        QCOMPARE(info.abiMinor, 0);
        QCOMPARE(info.dialects, QStringList({QStringLiteral("plain"), QStringLiteral("shouty")}));
        QVERIFY(info.usable);
        QVERIFY(info.problem.isEmpty());
        QVERIFY(!isLoaded(file));

        ProviderHost host({dir.path()});
        QSignalSpy changed(&host, &ProviderHost::pluginsChanged);
        QVERIFY(!host.hasScanned());
        host.scanNow();
        QVERIFY(host.hasScanned());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(host.plugins().size(), 1);
        QCOMPARE(host.pluginFor(QStringLiteral("testecho")).filePath, info.filePath);
        QVERIFY(host.pluginFor(QStringLiteral("other")).filePath.isEmpty());
        QVERIFY(!host.isLoaded(QStringLiteral("testecho")));
        QVERIFY(!isLoaded(file));
    }

    void loadsLazilyOnFirstUse()
    {
        ProviderHost host({dirOf(echoPlugin())});
        QString error;
        QCOMPARE(host.protocol(QStringLiteral("testecho"), &error), nullptr); // not scanned yet
        QVERIFY(!error.isEmpty());

        host.scanNow();
        QVERIFY(!host.isLoaded(QStringLiteral("testecho")));
        error.clear();
        IProviderProtocol *echo = host.protocol(QStringLiteral("testecho"), &error);
        QVERIFY2(echo, qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY(host.isLoaded(QStringLiteral("testecho")));
        QVERIFY(isLoaded(echoPlugin()));
        QCOMPARE(host.protocol(QStringLiteral("testecho")), echo);

        // The loaded object is the plugin's real implementation.
        Endpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/api"));
        endpoint.authStyle = AuthStyle::Bearer;
        endpoint.apiKey = "sk-echo";
        ChatRequest chat;
        ContentPart part;
        part.text = QStringLiteral("hello there");
        Message message;
        message.parts.append(part);
        chat.messages.append(message);
        const HttpRequest http = echo->buildChatRequest(endpoint, chat);
        QCOMPARE(http.method, QByteArray("POST"));
        QCOMPARE(http.url, QUrl(QStringLiteral("http://127.0.0.1:9/api/echo")));
        QCOMPARE(http.body, QByteArray("hello there"));
        QVERIFY(http.headers.contains(qMakePair(QByteArray("authorization"),
                                                QByteArray("Bearer sk-echo"))));

        std::unique_ptr<IStreamDecoder> decoder = echo->createDecoder(endpoint, chat);
        QVERIFY(decoder);
        QVERIFY(decoder->feed("text: Hel").isEmpty());
        QList<StreamEvent> events = decoder->feed("lo\ntext: wor");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, EventKind::TextDelta);
        QCOMPARE(events[0].text, QStringLiteral("Hello"));
        events = decoder->feed("ld\nstop: end_turn\n");
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].text, QStringLiteral("world"));
        QCOMPARE(events[1].kind, EventKind::Stop);
        QCOMPARE(events[1].stopReason, StopReason::EndTurn);
        QVERIFY(decoder->finish().isEmpty());

        std::unique_ptr<IStreamDecoder> cut = echo->createDecoder(endpoint, chat);
        QVERIFY(cut->feed("text: cut sh").isEmpty());
        events = cut->finish();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].text, QStringLiteral("cut sh"));
        QCOMPARE(events[1].kind, EventKind::Error);
        QCOMPARE(events[1].error.kind, ErrorKind::Protocol);

        const ProviderError rateLimited =
            echo->classifyError(endpoint, 429, {{"Retry-After", "3"}}, "slow down");
        QCOMPARE(rateLimited.kind, ErrorKind::RateLimited);
        QCOMPARE(rateLimited.retryAfterMs, 3000);
        QCOMPARE(rateLimited.message, QStringLiteral("slow down"));
    }

    void refusesAMismatchedAbi_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::newRow("other major") << QStringLiteral(BATON_TEST_MAJORTWO_PLUGIN)
                                     << QStringLiteral("testmajortwo") << 2 << 0;
        QTest::newRow("newer minor") << QStringLiteral(BATON_TEST_NEWERMINOR_PLUGIN)
                                     << QStringLiteral("testnewerminor") << 1 << 7;
    }

    void refusesAMismatchedAbi()
    {
        QFETCH(QString, file);
        QFETCH(QString, protocol);
        QFETCH(int, major);
        QFETCH(int, minor);
        const QString pluginAbi =
            QString::number(major) + QLatin1Char('.') + QString::number(minor);

        const PluginScan scan = ProviderHost::scan({dirOf(file)});
        QCOMPARE(scan.plugins.size(), 1);
        const PluginInfo &info = scan.plugins.constFirst();
        QCOMPARE(info.protocol, protocol);
        QCOMPARE(info.abiMajor, major);
        QCOMPARE(info.abiMinor, minor);
        QVERIFY(!info.usable);
        QVERIFY2(info.problem.contains(pluginAbi) && info.problem.contains(hostAbi()),
                 qPrintable(info.problem));
        QCOMPARE(scan.problems.size(), 1);
        QCOMPARE(scan.problems[0].filePath, info.filePath);
        QCOMPARE(scan.problems[0].reason, info.problem);

        ProviderHost host({dirOf(file)});
        host.scanNow();
        QString error;
        QCOMPARE(host.protocol(protocol, &error), nullptr);
        QVERIFY2(error.contains(pluginAbi) && error.contains(hostAbi()), qPrintable(error));
        QVERIFY(!host.isLoaded(protocol));
        QVERIFY(!isLoaded(file));
    }

    void reportsCorruptAndForeignFilesAndContinues()
    {
        QTemporaryDir dir(scratchTemplate());
        QVERIFY(dir.isValid());
        const QString elfGarbage = dir.filePath(QStringLiteral("liba_elfgarbage.so"));
        const QString garbage = dir.filePath(QStringLiteral("libb_garbage.so"));
        const QString empty = dir.filePath(QStringLiteral("libc_empty.so"));
        const QString foreign = dir.filePath(QStringLiteral("libd_foreign.so"));
        const QString notAPlugin = dir.filePath(QStringLiteral("libe_notaplugin.so"));
        const QString echo = dir.filePath(QStringLiteral("libz_echo.so"));
        QByteArray elf("\x7f" "ELF\x02\x01\x01");
        for (int i = 0; i < 4096; ++i)
            elf.append(char((i * 7919) % 251));
        QVERIFY(writeFile(elfGarbage, elf));
        QVERIFY(writeFile(garbage, QByteArray(3000, '\xa5') + "not a library at all"));
        QVERIFY(writeFile(empty, QByteArray()));
        QVERIFY(QFile::copy(QStringLiteral(BATON_TEST_FOREIGN_PLUGIN), foreign));
        QVERIFY(QFile::copy(QStringLiteral(BATON_TEST_NOTAPLUGIN_LIBRARY), notAPlugin));
        QVERIFY(QFile::copy(echoPlugin(), echo));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("README.txt")), "not a library\n"));

        const PluginScan scan = ProviderHost::scan({dir.path()});
        // The good plugin, found after all the bad files, is still there.
        QCOMPARE(scan.plugins.size(), 1);
        QCOMPARE(scan.plugins[0].filePath, QFileInfo(echo).absoluteFilePath());
        QVERIFY(scan.plugins[0].usable);

        QCOMPARE(scan.problems.size(), 5);
        for (const QString &file : {elfGarbage, garbage, empty, foreign, notAPlugin}) {
            const PluginProblem *problem = problemFor(scan.problems, file);
            QVERIFY2(problem, qPrintable(file));
            QVERIFY2(!problem->reason.isEmpty(), qPrintable(file));
            QVERIFY(!isLoaded(file));
        }
        QVERIFY2(problemFor(scan.problems, foreign)
                     ->reason.contains(QLatin1String("org.example.NotAProvider/1")),
                 qPrintable(problemFor(scan.problems, foreign)->reason));
        QVERIFY(!problemFor(scan.problems, dir.filePath(QStringLiteral("README.txt"))));
    }

    void firstDirectoryWinsForADuplicateProtocol()
    {
        QTemporaryDir first(scratchTemplate());
        QTemporaryDir second(scratchTemplate());
        QVERIFY(first.isValid() && second.isValid());
        const QString firstFile = first.filePath(QStringLiteral("libbaton_test_echo.so"));
        const QString secondFile = second.filePath(QStringLiteral("libbaton_test_echo.so"));
        QVERIFY(QFile::copy(echoPlugin(), firstFile));
        QVERIFY(QFile::copy(echoPlugin(), secondFile));

        for (const bool reversed : {false, true}) {
            const QString winner = reversed ? secondFile : firstFile;
            const QString loser = reversed ? firstFile : secondFile;
            const QStringList dirs = reversed ? QStringList{second.path(), first.path()}
                                              : QStringList{first.path(), second.path()};
            const PluginScan scan = ProviderHost::scan(dirs);
            QCOMPARE(scan.plugins.size(), 2);
            QCOMPARE(scan.plugins[0].filePath, winner);
            QVERIFY(scan.plugins[0].usable);
            QCOMPARE(scan.plugins[1].filePath, loser);
            QVERIFY(!scan.plugins[1].usable);
            QVERIFY2(scan.plugins[1].problem.contains(winner), qPrintable(scan.plugins[1].problem));
            QCOMPARE(scan.problems.size(), 1);
            QCOMPARE(scan.problems[0].filePath, loser);
        }

        ProviderHost host({first.path(), second.path()});
        host.scanNow();
        QString error;
        QVERIFY2(host.protocol(QStringLiteral("testecho"), &error), qPrintable(error));
        QVERIFY(isLoaded(firstFile));
        QVERIFY(!isLoaded(secondFile));
    }

    void reportsALoadFailure()
    {
        const QString file = QStringLiteral(BATON_TEST_HOLLOW_PLUGIN);
        ProviderHost host({dirOf(file)});
        host.scanNow();
        QCOMPARE(host.plugins().size(), 1);
        QVERIFY(host.plugins()[0].usable); // its metadata is fine; only loading tells
        QVERIFY(host.problems().isEmpty());

        QSignalSpy changed(&host, &ProviderHost::pluginsChanged);
        QString error;
        QCOMPARE(host.protocol(QStringLiteral("testhollow"), &error), nullptr);
        QVERIFY2(error.contains(file) && error.contains(QLatin1String("does not implement")),
                 qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!host.plugins()[0].usable);
        QCOMPARE(host.plugins()[0].problem, error);
        QVERIFY(problemFor(host.problems(), file));
        QVERIFY(!host.isLoaded(QStringLiteral("testhollow")));

        error.clear();
        QCOMPARE(host.protocol(QStringLiteral("testhollow"), &error), nullptr);
        QVERIFY2(error.contains(file), qPrintable(error));
    }

    void reportsALibraryThatVanished()
    {
        QTemporaryDir dir(scratchTemplate());
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("libvanishing_echo.so"));
        QVERIFY(QFile::copy(echoPlugin(), file));
        ProviderHost host({dir.path()});
        host.scanNow();
        QVERIFY(QFile::remove(file));
        QString error;
        QCOMPARE(host.protocol(QStringLiteral("testecho"), &error), nullptr);
        QVERIFY2(error.contains(file), qPrintable(error));
    }

    void namesAnUnknownProtocol()
    {
        ProviderHost host({dirOf(echoPlugin())});
        host.scanNow();
        QString error;
        QCOMPARE(host.protocol(QStringLiteral("no-such-protocol"), &error), nullptr);
        QVERIFY2(error.contains(QLatin1String("no-such-protocol")), qPrintable(error));
    }

    void scansInTheBackground()
    {
        ProviderHost host({dirOf(echoPlugin()), dirOf(QStringLiteral(BATON_TEST_MAJORTWO_PLUGIN)),
                           QStringLiteral("/nonexistent/baton/plugins")});
        QSignalSpy finished(&host, &ProviderHost::scanFinished);
        host.scanInBackground();
        QVERIFY(!host.hasScanned()); // adopted later, on this thread
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(host.hasScanned());
        QCOMPARE(host.plugins().size(), 2);
        QCOMPARE(host.problems().size(), 1);
        QVERIFY(!host.isLoaded(QStringLiteral("testecho")));
    }

    void searchesTheDefaultDirectories()
    {
        qputenv("BATON_PLUGIN_PATH", "/opt/baton-a:/opt/baton-b/::/opt/baton-a");
        const QStringList dirs = ProviderHost::defaultSearchDirs();
        qunsetenv("BATON_PLUGIN_PATH");
        QVERIFY(dirs.size() >= 4);
        QCOMPARE(dirs[0], QStringLiteral("/opt/baton-a"));
        QCOMPARE(dirs[1], QStringLiteral("/opt/baton-b"));
        QCOMPARE(dirs.count(QStringLiteral("/opt/baton-a")), 1);
        QCOMPARE(dirs[2],
                 QDir::cleanPath(QStandardPaths::writableLocation(
                                     QStandardPaths::GenericDataLocation)
                                 + QLatin1String("/baton/plugins")));
        QVERIFY(dirs.contains(QDir::cleanPath(QCoreApplication::applicationDirPath()
                                              + QLatin1String("/../" BATON_PLUGIN_SUBDIR))));
        QVERIFY(dirs.contains(
            QDir::cleanPath(QStringLiteral(BATON_INSTALL_PREFIX "/" BATON_PLUGIN_SUBDIR))));
    }
};

QTEST_GUILESS_MAIN(TestProviderHost)
#include "tst_providerhost.moc"
