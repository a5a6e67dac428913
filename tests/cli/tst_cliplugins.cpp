// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

static QString echoPlugin()
{
    return QStringLiteral(BATON_TEST_ECHO_PLUGIN);
}
static QString majorTwoPlugin()
{
    return QStringLiteral(BATON_TEST_MAJORTWO_PLUGIN);
}
static QString newerMinorPlugin()
{
    return QStringLiteral(BATON_TEST_NEWERMINOR_PLUGIN);
}
static QString foreignPlugin()
{
    return QStringLiteral(BATON_TEST_FOREIGN_PLUGIN);
}
static QString notAPlugin()
{
    return QStringLiteral(BATON_TEST_NOTAPLUGIN_LIBRARY);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `baton plugins` as the command line runs it (QTEST_GUILESS_MAIN: blocking here is fine).
class TestCliPlugins : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Run baton(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QStringList pluginDirs = {QFileInfo(echoPlugin()).absolutePath(),
                                        QFileInfo(majorTwoPlugin()).absolutePath(),
                                        QFileInfo(newerMinorPlugin()).absolutePath(),
                                        QFileInfo(foreignPlugin()).absolutePath()};
        environment.insert(QStringLiteral("BATON_PLUGIN_PATH"),
                           pluginDirs.join(QDir::listSeparator()));
        // The user's own plugin directory must not leak into the test.
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BATON_EXECUTABLE), arguments);
        Run run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static QString lineMentioning(const QString &text, const QString &needle)
    {
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (line.contains(needle))
                return line;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
    }

    void listsPluginsAndRefusals()
    {
        const Run run = baton({QStringLiteral("plugins")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QString echo = lineMentioning(run.out, echoPlugin());
        QVERIFY2(echo.contains(QLatin1String("testecho"))
                     && echo.contains(QLatin1String("Test Echo"))
                     && echo.contains(QLatin1String("ABI 1.0")),
                 qPrintable(run.out));
        QVERIFY2(!echo.contains(QLatin1String("refused")), qPrintable(echo));

        const QString majorTwo = lineMentioning(run.out, majorTwoPlugin());
        QVERIFY2(majorTwo.contains(QLatin1String("refused"))
                     && majorTwo.contains(QLatin1String("2.0"))
                     && majorTwo.contains(QLatin1String("1.0")),
                 qPrintable(run.out));
        const QString newerMinor = lineMentioning(run.out, newerMinorPlugin());
        QVERIFY2(newerMinor.contains(QLatin1String("1.7"))
                     && newerMinor.contains(QLatin1String("1.0")),
                 qPrintable(run.out));
        QVERIFY2(lineMentioning(run.out, foreignPlugin()).contains(QLatin1String("refused")),
                 qPrintable(run.out));
        QVERIFY2(lineMentioning(run.out, notAPlugin()).contains(QLatin1String("refused")),
                 qPrintable(run.out));
    }

    void listsPluginsAsJson()
    {
        const Run run = baton({QStringLiteral("plugins"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
        QVERIFY(document.isArray());

        QHash<QString, QJsonObject> byFile;
        for (const QJsonValue &value : document.array())
            byFile.insert(value[QLatin1String("file")].toString(), value.toObject());

        const QJsonObject echo = byFile.value(echoPlugin());
        QCOMPARE(echo[QLatin1String("protocol")].toString(), QStringLiteral("testecho"));
        QCOMPARE(echo[QLatin1String("displayName")].toString(), QStringLiteral("Test Echo"));
        QCOMPARE(echo[QLatin1String("usable")].toBool(), true);
        QCOMPARE(echo[QLatin1String("abi")][QLatin1String("major")].toInt(), 1);
        QCOMPARE(echo[QLatin1String("abi")][QLatin1String("minor")].toInt(), 0);
        QCOMPARE(echo[QLatin1String("dialects")].toArray().size(), 2);

        const QJsonObject majorTwo = byFile.value(majorTwoPlugin());
        QCOMPARE(majorTwo[QLatin1String("usable")].toBool(true), false);
        QCOMPARE(majorTwo[QLatin1String("abi")][QLatin1String("major")].toInt(), 2);
        const QString problem = majorTwo[QLatin1String("problem")].toString();
        QVERIFY2(problem.contains(QLatin1String("2.0")) && problem.contains(QLatin1String("1.0")),
                 qPrintable(problem));

        for (const QString &file : {foreignPlugin(), notAPlugin()}) {
            QVERIFY2(byFile.contains(file), qPrintable(file));
            QCOMPARE(byFile.value(file)[QLatin1String("usable")].toBool(true), false);
            QVERIFY(!byFile.value(file)[QLatin1String("problem")].toString().isEmpty());
        }
    }

    void rejectsAnUnknownOption()
    {
        const Run run = baton({QStringLiteral("plugins"), QStringLiteral("--bogus")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("--bogus")));
    }
};

QTEST_GUILESS_MAIN(TestCliPlugins)
#include "tst_cliplugins.moc"
