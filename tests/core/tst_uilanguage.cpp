// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/settings/uilanguage.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Baton::Core;

class TestUiLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BatonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_uilanguage"));
        QSettings().clear();
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("preference");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system English") << QString() << "en_US" << "en";
        QTest::newRow("system German") << QString() << "de_DE" << "en";
        QTest::newRow("system mainland") << QString() << "zh_CN" << "zh_CN";
        QTest::newRow("system Singapore") << QString() << "zh_SG" << "zh_CN";
        QTest::newRow("system Taiwan") << QString() << "zh_TW" << "zh_TW";
        QTest::newRow("system Hong Kong") << QString() << "zh_HK" << "zh_TW";
        QTest::newRow("system Hant script") << QString() << "zh_Hant" << "zh_TW";
        QTest::newRow("chosen over system") << "zh_TW" << "en_US" << "zh_TW";
        QTest::newRow("English chosen on Chinese system") << "en" << "zh_CN" << "en";
        QTest::newRow("unknown choice follows system") << "fr" << "zh_CN" << "zh_CN";
    }

    void resolve()
    {
        QFETCH(QString, preference);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(UiLanguage::resolve(preference, QLocale(system)), expected);
    }

    void choiceIsSavedAndTranslatesAtOnce()
    {
        const char *context = "Baton::Ui::MainWindow";
        UiLanguage language;
        QSignalSpy changed(&language, &UiLanguage::changed);

        language.setPreference(QStringLiteral("zh_CN"));
        QCOMPARE(language.current(), QStringLiteral("zh_CN"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(),
                 QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate(context, "&File"), QStringLiteral("文件(&F)"));

        language.setPreference(QStringLiteral("zh_TW"));
        QCOMPARE(QCoreApplication::translate(context, "&File"), QStringLiteral("檔案(&F)"));

        language.setPreference(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate(context, "&File"), QStringLiteral("&File"));
        QCOMPARE(changed.count(), 3);

        // A new UiLanguage (the next start) applies the saved choice.
        language.setPreference(QStringLiteral("zh_TW"));
        UiLanguage next;
        QCOMPARE(next.preference(), QStringLiteral("zh_TW"));
        language.setPreference(QString());
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    }
};

QTEST_GUILESS_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
