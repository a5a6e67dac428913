// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "keyscommand.h"

#include "chatcommand.h"

#include "core/providers/presetcatalog.h"
#include "core/secrets/apikeys.h"
#include "core/secrets/secretstore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QTextStream>

#include <termios.h>
#include <unistd.h>

#include <optional>

namespace Baton::Cli {

// The key from standard input: typed without echo on a terminal, else the whole input.
static QByteArray readKey(const QString &presetName, QTextStream &err)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    if (!isatty(STDIN_FILENO))
        return input.readAll().trimmed();
    err << QCoreApplication::translate("Baton::Cli", "API key for %1 (not shown): ")
               .arg(presetName);
    err.flush();
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    const QByteArray line = input.readLine().trimmed();
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    err << '\n';
    return line;
}

static Core::SecretResult wait(const std::function<void(Core::SecretStore::Callback)> &start)
{
    std::optional<Core::SecretResult> result;
    QEventLoop loop;
    start([&](const Core::SecretResult &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

static int usage(QTextStream &err)
{
    err << QCoreApplication::translate(
        "Baton::Cli",
        "Usage: baton keys set PRESET [--file]\n"
        "       baton keys remove PRESET\n"
        "       baton keys list\n"
        "The key is read from standard input. --file keeps it unencrypted in an owner-only "
        "file, for systems without a keyring.\n");
    return int(ExitCode::Usage);
}

int runKeysCommand(const QStringList &options, QTextStream &out, QTextStream &err)
{
    const QString action = options.value(0);
    const Core::PresetCatalog catalog = Core::PresetCatalog::loadDefault();
    Core::SecretStore keyring(QStringLiteral("baton"));

    if (action == QLatin1String("list") && options.size() == 1) {
        Core::ApiKeys keys(keyring, QProcessEnvironment::systemEnvironment());
        for (const Core::Preset &preset : catalog.presets()) {
            if (preset.authStyle == Sdk::AuthStyle::None)
                continue;
            std::optional<QString> source;
            QEventLoop loop;
            keys.find(preset, &loop, [&](const Core::ApiKey &key, const QString &) {
                source = key.isValid() ? key.source
                                       : QCoreApplication::translate("Baton::Cli", "none");
                loop.quit();
            });
            if (!source)
                loop.exec();
            out << preset.id.leftJustified(20) << ' ' << *source << '\n';
        }
        return 0;
    }

    const QString presetId = options.value(1);
    if ((action != QLatin1String("set") && action != QLatin1String("remove")) || presetId.isEmpty())
        return usage(err);
    const bool toFile = options.mid(2) == QStringList{QStringLiteral("--file")};
    if (options.size() > 2 && !(action == QLatin1String("set") && toFile))
        return usage(err);
    const Core::Preset preset = catalog.preset(presetId);
    if (!preset.isValid()) {
        err << QCoreApplication::translate(
                   "Baton::Cli", "baton keys: there is no preset named %1 (see `baton models`)")
                   .arg(presetId)
            << '\n';
        return int(ExitCode::Usage);
    }
    const QString name = Core::ApiKeys::keyringName(preset.id);

    if (action == QLatin1String("remove")) {
        const Core::SecretResult removed
            = wait([&](Core::SecretStore::Callback done) { keyring.remove(name, &keyring, done); });
        const QString file = QDir(Core::ApiKeys::keyFileDirectory()).filePath(preset.id);
        const bool hadFile = QFile::exists(file);
        if (hadFile && !QFile::remove(file)) {
            err << QCoreApplication::translate("Baton::Cli", "baton keys: could not delete %1")
                       .arg(QDir::toNativeSeparators(file))
                << '\n';
            return int(ExitCode::Failure);
        }
        if (removed.status != Core::SecretStatus::Ok
            && removed.status != Core::SecretStatus::NotFound && !hadFile) {
            err << QCoreApplication::translate("Baton::Cli", "baton keys: %1").arg(removed.message)
                << '\n';
            return int(ExitCode::Failure);
        }
        out << QCoreApplication::translate("Baton::Cli", "Removed the key of %1.")
                   .arg(preset.displayName)
            << '\n';
        return 0;
    }

    const QByteArray secret = readKey(preset.displayName, err);
    if (secret.isEmpty()) {
        err << QCoreApplication::translate("Baton::Cli", "baton keys: no key was given") << '\n';
        return int(ExitCode::Usage);
    }
    if (toFile) {
        const QString directory = Core::ApiKeys::keyFileDirectory();
        err << QCoreApplication::translate(
                   "Baton::Cli",
                   "Warning: the key is stored unencrypted in %1, readable only by you. Anyone "
                   "with your account or your backups can read it. Prefer the keyring where "
                   "there is one.")
                   .arg(QDir::toNativeSeparators(QDir(directory).filePath(preset.id)))
            << '\n';
        const Core::Status written = Core::ApiKeys::writeKeyFile(directory, preset.id, secret);
        if (!written.ok()) {
            err << QCoreApplication::translate("Baton::Cli", "baton keys: %1")
                       .arg(written.errorMessage())
                << '\n';
            return int(ExitCode::Failure);
        }
        out << QCoreApplication::translate("Baton::Cli", "Stored the key of %1 in a file.")
                   .arg(preset.displayName)
            << '\n';
        return 0;
    }
    const Core::SecretResult stored = wait(
        [&](Core::SecretStore::Callback done) { keyring.write(name, secret, &keyring, done); });
    if (stored.status != Core::SecretStatus::Ok) {
        err << QCoreApplication::translate("Baton::Cli", "baton keys: %1").arg(stored.message)
            << '\n';
        if (stored.status == Core::SecretStatus::NoKeyring)
            err << QCoreApplication::translate(
                       "Baton::Cli",
                       "Without a keyring, `baton keys set %1 --file` keeps the key in an "
                       "owner-only file instead (unencrypted).")
                       .arg(preset.id)
                << '\n';
        return int(ExitCode::Failure);
    }
    out << QCoreApplication::translate("Baton::Cli", "Stored the key of %1 in the keyring.")
               .arg(preset.displayName)
        << '\n';
    return 0;
}

} // namespace Baton::Cli
