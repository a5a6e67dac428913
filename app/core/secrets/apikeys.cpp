// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "apikeys.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QPointer>
#include <QtCore/QSaveFile>
#include <QtCore/QStandardPaths>

namespace Baton::Core {

ApiKeys::ApiKeys(SecretStore &keyring, const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_keyring(keyring)
    , m_environment(environment)
    , m_keyFileDirectory(keyFileDirectory())
{}

ApiKey ApiKeys::fromEnvironment(const Preset &preset, const QProcessEnvironment &environment)
{
    for (const KeyVariable &variable : preset.keyVariables) {
        const QByteArray value = environment.value(variable.name).trimmed().toUtf8();
        if (!value.isEmpty())
            return {value, variable.authStyle, variable.name};
    }
    return {};
}

QString ApiKeys::keyFileDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/baton/keys");
}

QString ApiKeys::keyringName(const QString &presetId)
{
    return QStringLiteral("preset/") + presetId;
}

Result<ApiKey> ApiKeys::readKeyFile(const QString &directory, const Preset &preset)
{
    const QString path = QDir(directory).filePath(preset.id);
    const QFileInfo info(path);
    if (!info.exists())
        return ApiKey{};
    const QFile::Permissions others
        = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    if (info.permissions() & others)
        return Error{tr("The key file %1 can be read by other users; it is ignored. Run "
                        "`chmod 600 %1` or store the key in the keyring.")
                         .arg(QDir::toNativeSeparators(path))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not read the key file %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    const QByteArray secret = file.readAll().trimmed();
    return ApiKey{secret, preset.authStyle, QDir::toNativeSeparators(path)};
}

Status ApiKeys::writeKeyFile(const QString &directory, const QString &presetId,
                             const QByteArray &secret)
{
    if (!QDir().mkpath(directory))
        return Error{tr("Could not create %1.").arg(QDir::toNativeSeparators(directory))};
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = QDir(directory).filePath(presetId);
    QSaveFile file(path);
    // The temporary file gets owner-only permissions before the secret is written into it.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(secret + '\n') != secret.size() + 1 || !file.commit())
        return Error{tr("Could not write the key file %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    return success();
}

void ApiKeys::find(const Preset &preset, QObject *context, Callback done)
{
    const ApiKey environmentKey = fromEnvironment(preset, m_environment);
    if (environmentKey.isValid() || preset.authStyle == Sdk::AuthStyle::None) {
        done(environmentKey, {});
        return;
    }
    const QString directory = m_keyFileDirectory;
    m_keyring.read(
        keyringName(preset.id), context, [preset, directory, done](const SecretResult &result) {
            if (result.status == SecretStatus::Ok && !result.value.isEmpty()) {
                done(ApiKey{result.value, preset.authStyle, tr("keyring")}, {});
                return;
            }
            const QString problem
                = result.status == SecretStatus::NotFound ? QString() : result.message;
            const Result<ApiKey> file = readKeyFile(directory, preset);
            if (!file.ok()) {
                done({}, problem.isEmpty() ? file.errorMessage()
                                           : problem + QLatin1Char(' ') + file.errorMessage());
                return;
            }
            done(file.value(), problem);
        });
}

} // namespace Baton::Core
