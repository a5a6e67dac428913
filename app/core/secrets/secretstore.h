// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// API keys in the system keyring (Secret Service, KWallet) through QtKeychain.
//
// Every call is asynchronous and never blocks the calling thread: the keyring may prompt the
// user or start a daemon. The callback runs once, on the thread of `context`, unless `context`
// is destroyed first. Secrets are never logged and never written anywhere else.

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <functional>

namespace Baton::Core {

enum class SecretStatus {
    Ok,        // done; for a read, `value` holds the secret
    NotFound,  // no secret under that name
    NoKeyring, // no keyring service is running or installed
    Denied,    // the user or the keyring refused access
    Failed,    // anything else; `message` says what
};

struct SecretResult
{
    SecretStatus status = SecretStatus::Failed;
    QByteArray value;
    QString message; // translated, for the user; empty when Ok
};

class SecretStore : public QObject
{
    Q_OBJECT

public:
    // `service` names Baton's entries in the keyring ("baton"; tests use their own).
    explicit SecretStore(const QString &service, QObject *parent = nullptr);

    using Callback = std::function<void(const SecretResult &)>;

    void read(const QString &name, QObject *context, Callback done);
    void write(const QString &name, const QByteArray &secret, QObject *context, Callback done);
    void remove(const QString &name, QObject *context, Callback done);

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace Baton::Core
