// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Where a preset's API key comes from, in this order:
//   1. the environment variables the preset names (ANTHROPIC_AUTH_TOKEN, DEEPSEEK_API_KEY, …),
//      so a Claude Code or SDK user's setup works unchanged;
//   2. the system keyring (SecretStore, entry "preset/<id>");
//   3. a key file $XDG_CONFIG_HOME/baton/keys/<id>, which exists only if the user chose it
//      explicitly because no keyring was available; it must be readable by its owner alone.
// Keys are never logged and never written to settings.

#include "core/providers/preset.h"
#include "core/result.h"
#include "core/secrets/secretstore.h"

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QString>

#include <functional>

namespace Baton::Core {

struct ApiKey
{
    QByteArray secret; // empty: none found
    Sdk::AuthStyle authStyle = Sdk::AuthStyle::Bearer;
    QString source; // for people: the variable's name, "keyring" or the key file's path

    bool isValid() const { return !secret.isEmpty(); }
};

class ApiKeys : public QObject
{
    Q_OBJECT

public:
    ApiKeys(SecretStore &keyring, const QProcessEnvironment &environment,
            QObject *parent = nullptr);

    // The key in the environment, if any (synchronous: no I/O).
    static ApiKey fromEnvironment(const Preset &preset, const QProcessEnvironment &environment);

    // $XDG_CONFIG_HOME/baton/keys
    static QString keyFileDirectory();

    // Reads the key file of `presetId` in `directory`. An absent file is an invalid ApiKey;
    // a file others may read is refused with a message (as ssh refuses such private keys).
    static Result<ApiKey> readKeyFile(const QString &directory, const Preset &preset);

    // Writes the key file (mode 0600, atomically). Call only after the user chose it, having
    // been told the key is then stored unencrypted on disk.
    static Status writeKeyFile(const QString &directory, const QString &presetId,
                               const QByteArray &secret);

    using Callback = std::function<void(const ApiKey &key, const QString &problem)>;

    // Finds the key for `preset` (environment, keyring, key file); `done` runs once on
    // `context`'s thread. `problem` explains a keyring failure even when a key file was used.
    void find(const Preset &preset, QObject *context, Callback done);

    // The keyring entry name for a preset.
    static QString keyringName(const QString &presetId);

    void setKeyFileDirectory(const QString &directory) { m_keyFileDirectory = directory; }

private:
    SecretStore &m_keyring;
    QProcessEnvironment m_environment;
    QString m_keyFileDirectory;
};

} // namespace Baton::Core
