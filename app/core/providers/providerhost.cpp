// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "providerhost.h"

#include <baton/sdk/iproviderprotocol.h>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QLibrary>
#include <QtCore/QLoggingCategory>
#include <QtCore/QPluginLoader>
#include <QtCore/QSet>
#include <QtCore/QStandardPaths>
#include <QtCore/QThread>

namespace Baton::Core {

static Q_LOGGING_CATEGORY(lcProviders, "baton.providers", QtInfoMsg)

// Every ABI version of the provider interface shares this IID prefix; a plugin with another
// version's IID is still a provider plugin, so it is refused with both versions named rather
// than dismissed as a foreign library.
static QLatin1StringView iidPrefix()
{
    static const QByteArray prefix = [] {
        QByteArray iid(BATON_PROVIDER_PROTOCOL_IID);
        return iid.left(iid.lastIndexOf('/') + 1);
    }();
    return QLatin1StringView(prefix);
}

static void addUnique(QStringList &dirs, const QString &dir)
{
    if (dir.isEmpty())
        return;
    const QString clean = QDir::cleanPath(QDir(dir).absolutePath());
    if (!dirs.contains(clean))
        dirs.append(clean);
}

QStringList ProviderHost::defaultSearchDirs()
{
    QStringList dirs;
    const QString fromEnvironment = qEnvironmentVariable("BATON_PLUGIN_PATH");
    for (const QString &dir : fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        addUnique(dirs, dir);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!data.isEmpty())
        addUnique(dirs, data + QLatin1String("/baton/plugins"));
    if (QCoreApplication::instance()) {
        addUnique(dirs, QCoreApplication::applicationDirPath() + QLatin1String("/../")
                            + QLatin1String(BATON_PLUGIN_SUBDIR));
    }
    addUnique(dirs, QLatin1String(BATON_INSTALL_PREFIX "/" BATON_PLUGIN_SUBDIR));
    return dirs;
}

static QString versionText(int major, int minor)
{
    return minor < 0 ? QString::number(major)
                     : QString::number(major) + QLatin1Char('.') + QString::number(minor);
}

// Checks one provider plugin's metadata. Returns the reason it cannot be used, or nothing.
static QString checkProviderMetadata(PluginInfo &info, const QString &iid, const QJsonObject &meta)
{
    const QString name = info.displayName.isEmpty() ? QFileInfo(info.filePath).fileName()
                                                    : info.displayName;
    bool iidMajorOk = false;
    const int iidMajor = QStringView(iid).mid(iidPrefix().size()).toInt(&iidMajorOk);
    const QJsonValue abi = meta.value(QLatin1String("abi"));
    const bool abiStated = abi.isObject() && abi[QLatin1String("major")].isDouble()
                           && abi[QLatin1String("minor")].isDouble();
    if (abiStated) {
        info.abiMajor = abi[QLatin1String("major")].toInt();
        info.abiMinor = abi[QLatin1String("minor")].toInt();
    } else if (iidMajorOk) {
        info.abiMajor = iidMajor;
    }

    const auto refusal = [&] {
        return ProviderHost::tr("%1 was built for provider ABI %2, but this Baton provides ABI "
                                "%3.")
            .arg(name, versionText(info.abiMajor, info.abiMinor),
                 versionText(Sdk::AbiMajor, Sdk::AbiMinor));
    };
    if (!iidMajorOk)
        return ProviderHost::tr("%1 implements an unknown provider interface (%2).").arg(name, iid);
    if (!abiStated) {
        if (iidMajor != Sdk::AbiMajor)
            return refusal();
        return ProviderHost::tr("%1 does not state its provider ABI version (\"abi\" in its "
                                "metadata).")
            .arg(name);
    }
    if (info.abiMajor != iidMajor) {
        return ProviderHost::tr("%1 is inconsistent: its metadata states provider ABI %2 but it "
                                "implements the interface %3.")
            .arg(name, versionText(info.abiMajor, info.abiMinor), iid);
    }
    if (info.abiMajor != Sdk::AbiMajor || info.abiMinor > Sdk::AbiMinor)
        return refusal();
    if (info.protocol.isEmpty()) {
        return ProviderHost::tr("%1 does not name its protocol (\"protocol\" in its metadata).")
            .arg(name);
    }
    return {};
}

PluginScan ProviderHost::scan(const QStringList &searchDirs)
{
    PluginScan result;
    result.searchDirs = searchDirs;
    QSet<QString> seenFiles;
    QHash<QString, QString> claimedBy; // protocol -> file of the usable plugin that has it
    for (const QString &dirPath : searchDirs) {
        const QDir dir(dirPath);
        if (!dir.exists())
            continue;
        const QFileInfoList entries = dir.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (!QLibrary::isLibrary(entry.fileName()))
                continue;
            // The same library reached twice (a directory listed twice, a symlink) is one plugin.
            const QString canonical = entry.canonicalFilePath();
            if (seenFiles.contains(canonical))
                continue;
            seenFiles.insert(canonical);

            const QString filePath = entry.absoluteFilePath();
            // metaData() parses the ELF file; it never dlopen()s it.
            const QPluginLoader loader(filePath);
            const QJsonObject metaData = loader.metaData();
            if (metaData.isEmpty()) {
                // Qt names the whole path, sometimes twice; the problem carries it already.
                QString reason = loader.errorString().replace(filePath, entry.fileName());
                if (reason.isEmpty() || reason == QLatin1String("Unknown error"))
                    reason = tr("The file is not a Qt plugin.");
                result.problems.append(
                    {filePath, tr("Cannot be read as a plugin: %1").arg(reason)});
                qCDebug(lcProviders) << "not a plugin:" << filePath << reason;
                continue;
            }
            const QString iid = metaData.value(QLatin1String("IID")).toString();
            if (!iid.startsWith(iidPrefix())) {
                result.problems.append(
                    {filePath,
                     tr("Not a Baton provider plugin: it implements the interface \"%1\".")
                         .arg(iid)});
                qCDebug(lcProviders) << "foreign plugin:" << filePath << iid;
                continue;
            }

            const QJsonObject meta = metaData.value(QLatin1String("MetaData")).toObject();
            PluginInfo info;
            info.filePath = filePath;
            info.protocol = meta.value(QLatin1String("protocol")).toString();
            info.displayName = meta.value(QLatin1String("displayName")).toString();
            if (info.displayName.isEmpty())
                info.displayName = info.protocol;
            const QJsonArray dialects = meta.value(QLatin1String("dialects")).toArray();
            for (const QJsonValue &dialect : dialects) {
                if (dialect.isString())
                    info.dialects.append(dialect.toString());
            }
            info.problem = checkProviderMetadata(info, iid, meta);
            if (info.problem.isEmpty()) {
                const auto first = claimedBy.constFind(info.protocol);
                if (first != claimedBy.constEnd()) {
                    info.problem = tr("The protocol \"%1\" is already provided by %2.")
                                       .arg(info.protocol, *first);
                } else {
                    claimedBy.insert(info.protocol, filePath);
                }
            }
            info.usable = info.problem.isEmpty();
            if (!info.usable) {
                result.problems.append({filePath, info.problem});
                qCDebug(lcProviders) << "refused:" << filePath << info.problem;
            } else {
                qCDebug(lcProviders) << "found" << info.protocol << "in" << filePath;
            }
            result.plugins.append(info);
        }
    }
    return result;
}

ProviderHost::ProviderHost(const QStringList &searchDirs, QObject *parent)
    : QObject(parent), m_searchDirs(searchDirs)
{
}

// Loaded libraries are deliberately not unloaded: objects they made (decoders, the interface
// instance) may still be referenced while the application shuts down.
ProviderHost::~ProviderHost() = default;

void ProviderHost::adopt(const PluginScan &result)
{
    if (QThread::currentThread() != thread()) {
        qCWarning(lcProviders) << "ProviderHost::adopt called off the host's thread;"
                               << __FILE__ << __LINE__;
    }
    m_plugins = result.plugins;
    m_problems = result.problems;
    m_scanned = true;
    Q_EMIT pluginsChanged();
}

void ProviderHost::scanInBackground()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
    }
    m_watcher = new QFutureWatcher<PluginScan>(this);
    QFutureWatcher<PluginScan> *watcher = m_watcher;
    connect(watcher, &QFutureWatcher<PluginScan>::finished, this, [this, watcher] {
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        watcher->deleteLater();
        adopt(watcher->result());
        Q_EMIT scanFinished();
    });
    watcher->setFuture(QtConcurrent::run(&ProviderHost::scan, m_searchDirs));
}

void ProviderHost::scanNow()
{
    adopt(scan(m_searchDirs));
}

PluginInfo ProviderHost::pluginFor(const QString &protocol) const
{
    for (const PluginInfo &info : m_plugins) {
        if (info.usable && info.protocol == protocol)
            return info;
    }
    return {};
}

Sdk::IProviderProtocol *ProviderHost::protocol(const QString &name, QString *error)
{
    const auto loaded = m_loaded.constFind(name);
    if (loaded != m_loaded.constEnd())
        return loaded->instance;

    const auto fail = [error](const QString &message) -> Sdk::IProviderProtocol * {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!m_scanned)
        return fail(tr("The provider plugins have not been looked for yet."));

    qsizetype index = -1;
    QString refusal;
    for (qsizetype i = 0; i < m_plugins.size(); ++i) {
        if (m_plugins[i].protocol != name)
            continue;
        if (m_plugins[i].usable) {
            index = i;
            break;
        }
        if (refusal.isEmpty())
            refusal = m_plugins[i].problem;
    }
    if (index < 0) {
        if (!refusal.isEmpty()) {
            return fail(tr("The provider plugin for the protocol \"%1\" cannot be used: %2")
                            .arg(name, refusal));
        }
        return fail(tr("No provider plugin for the protocol \"%1\" was found.").arg(name));
    }

    PluginInfo &info = m_plugins[index];
    auto *loader = new QPluginLoader(info.filePath, this);
    QObject *root = loader->instance();
    auto *instance = qobject_cast<Sdk::IProviderProtocol *>(root);
    if (!instance) {
        const QString reason = root ? tr("it does not implement the provider interface it "
                                         "declares.")
                                    : loader->errorString();
        info.usable = false;
        info.problem = tr("The provider plugin %1 could not be loaded: %2")
                           .arg(info.filePath, reason);
        m_problems.append({info.filePath, info.problem});
        qCWarning(lcProviders) << "could not load" << info.filePath << reason;
        // Unloading would destroy `root` while Qt still caches it; the loader simply stays.
        const QString message = info.problem;
        Q_EMIT pluginsChanged();
        return fail(message);
    }
    qCDebug(lcProviders) << "loaded" << name << "from" << info.filePath;
    m_loaded.insert(name, Loaded{info.filePath, loader, instance});
    return instance;
}

} // namespace Baton::Core
