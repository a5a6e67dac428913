// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/solo/commandrunner.h"
#include "core/solo/filetools.h"
#include "core/solo/searchtool.h"
#include "core/solo/solorun.h"
#include "core/solo/testcommand.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtTest/QTest>

using namespace Baton::Core;
using namespace Qt::StringLiterals;

// docs/solo-tools.md is the tools' public contract: its JSON blocks must be exactly the
// definitions the code sends to the model, in the same order.
class TestSoloToolDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void docsHoldEveryToolSchema()
    {
        QFile file(QStringLiteral(BATON_SOURCE_DIR "/docs/solo-tools.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString doc = QString::fromUtf8(file.readAll());
        QJsonArray documented;
        qsizetype at = 0;
        const QString open = u"```json\n"_s;
        while ((at = doc.indexOf(open, at)) >= 0) {
            at += open.size();
            const qsizetype end = doc.indexOf(u"```"_s, at);
            QVERIFY(end > at);
            QJsonParseError error;
            const QJsonDocument block
                = QJsonDocument::fromJson(doc.mid(at, end - at).toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            documented.append(block.object());
            at = end;
        }
        QJsonArray expected = FileTools::schemas();
        expected.append(SearchTool::schema());
        expected.append(CommandRunner::schema());
        expected.append(TestCommand::schema());
        for (const Baton::Sdk::ToolDefinition &tool : SoloRun::engineTools()) {
            expected.append(QJsonObject{{u"name"_s, tool.name},
                                        {u"description"_s, tool.description},
                                        {u"input_schema"_s, tool.inputSchema}});
        }
        QCOMPARE(documented.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(documented.at(i).toObject(), expected.at(i).toObject());
    }
};

QTEST_GUILESS_MAIN(TestSoloToolDocs)
#include "tst_solotooldocs.moc"
