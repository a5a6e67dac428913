// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "secretstore.h"


#include <qt6keychain/keychain.h>

namespace Baton::Core {

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

static SecretResult resultOf(QKeychain::Job *job)
{
    SecretResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretStatus::Ok;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            result.value = read->binaryData();
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretStatus::NotFound;
        result.message = SecretStore::tr("No key is stored under this name.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretStatus::NoKeyring;
        result.message = SecretStore::tr("No system keyring is available (%1). Start GNOME "
                                         "Keyring or KWallet to keep keys safely.")
                             .arg(job->errorString());
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretStatus::Denied;
        result.message = SecretStore::tr("The keyring refused access: %1").arg(job->errorString());
        return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    result.status = SecretStatus::Failed;
    result.message = SecretStore::tr("The keyring failed: %1").arg(job->errorString());
    return result;
}

// Runs `job` and hands its result to `done` on `context`'s thread, once.
static void runJob(QKeychain::Job *job, QObject *context, SecretStore::Callback done)
{
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         done(resultOf(finished));
                     });
    job->start();
}

void SecretStore::read(const QString &name, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(name);
    runJob(job, context, std::move(done));
}

void SecretStore::write(const QString &name, const QByteArray &secret, QObject *context,
                        Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(name);
    job->setBinaryData(secret);
    runJob(job, context, std::move(done));
}

void SecretStore::remove(const QString &name, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(name);
    runJob(job, context, std::move(done));
}

} // namespace Baton::Core
