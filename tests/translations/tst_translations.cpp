// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
//
// translations/ must stay complete: the build runs lupdate over app/, so a new tr() string
// appears here as unfinished until someone translates it for zh_CN and zh_TW.

#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QTranslator>
#include <QtCore/QXmlStreamReader>
#include <QtTest/QTest>

#include <set>

struct TsMessage
{
    QString context;
    QString source;
    QString translation;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool plural = false;
};

static QList<TsMessage> readTs(const QString &path, QString *language)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages.append(message);
            continue;
        }
        if (xml.name() == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = TsMessage{context, {}, {}, {}, false};
            message.plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    return messages;
}

static std::multiset<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+|%n"));
    std::multiset<QString> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured().remove(QLatin1Char('L')));
    return found;
}

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
    }

    void complete()
    {
        QFETCH(QString, language);
        const QString path = QStringLiteral(BATON_SOURCE_DIR "/translations/baton_%1.ts").arg(language);
        QString declared;
        const QList<TsMessage> messages = readTs(path, &declared);
        QCOMPARE(declared, language);
        QVERIFY2(messages.size() > 20, qPrintable(path));
        QStringList unfinished;
        for (const TsMessage &message : messages) {
            if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
                continue;
            if (message.type == QLatin1String("unfinished") || message.translation.isEmpty())
                unfinished.append(message.context + QStringLiteral(": ") + message.source);
            else if (!message.plural
                     && placeholders(message.source) != placeholders(message.translation))
                unfinished.append(QStringLiteral("placeholders differ: ") + message.context
                                  + QStringLiteral(": ") + message.source);
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 strings need a %2 translation in %3:\n  ")
                                .arg(unfinished.size())
                                .arg(language, path)
                            + unfinished.join(QStringLiteral("\n  "))));
    }

    void compiledIntoTheBinary_data() { complete_data(); }

    void compiledIntoTheBinary()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/baton_%1.qm").arg(language)));
        QVERIFY(!translator.isEmpty());
        const QString file = translator.translate("Baton::Ui::MainWindow", "&File");
        QVERIFY(!file.isEmpty());
        QVERIFY(file != QLatin1String("&File"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
