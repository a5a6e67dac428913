// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
//
// baton-fake-provider SCRIPT.json [REQUESTS.jsonl]: serves SCRIPT on 127.0.0.1 (a free port,
// printed as the first line of stdout) until killed; appends every request it receives to
// REQUESTS.jsonl. For tests that run the `baton` binary (see scriptedserver.h).

#include "scriptedserver.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QFile scriptFile(args.value(1));
    if (!scriptFile.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "cannot read the script " << args.value(1) << '\n';
        return 2;
    }
    const QJsonArray responses
        = QJsonDocument::fromJson(scriptFile.readAll()).object().value("responses").toArray();
    ScriptedServer server(responses, QStringLiteral(BATON_PROVIDER_FIXTURES_DIR));
    const QString log = args.value(2);
    QObject::connect(
        &server, &ScriptedServer::requestReceived, &app,
        [log](const ScriptedServer::Request &request) {
            if (log.isEmpty())
                return;
            QJsonObject headers;
            for (const auto &[name, value] : request.headers)
                headers.insert(QString::fromUtf8(name.toLower()), QString::fromUtf8(value));
            QFile file(log);
            if (file.open(QIODevice::Append)) {
                file.write(QJsonDocument(QJsonObject{
                                             {"method", QString::fromUtf8(request.method)},
                                             {"target", QString::fromUtf8(request.target)},
                                             {"headers", headers},
                                             {"body", QString::fromUtf8(request.body)},
                                         })
                               .toJson(QJsonDocument::Compact)
                           + '\n');
            }
        });
    if (!server.listen()) {
        QTextStream(stderr) << "cannot listen\n";
        return 2;
    }
    QTextStream(stdout) << server.port() << Qt::endl;
    return app.exec();
}
