// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Finds the protocol plugins (plugins/sdk) on disk, checks them, and loads each one the first
// time it is used.
//
// Finding is cheap and safe: a scan reads each library's embedded JSON metadata from the file
// without loading it, so a broken, foreign or incompatible library can never run code in
// Baton. A scan touches the disk, so it is a static function that any thread may call and
// that returns a value; the host adopts the result on its own thread (or does both with
// scanInBackground()). Nothing here is fatal: every file that cannot be used is listed with
// its path and a translated reason, and the scan goes on.
//
// A plugin is usable when its interface IID is the host's (BATON_PROVIDER_PROTOCOL_IID), its
// metadata names a protocol, and its `abi` has the host's major and a minor not newer than the
// host's. When two usable plugins claim the same protocol, the one found first (earlier
// directory, then file name order) wins and the other is listed as a problem.
//
// Loading happens in protocol(), on the host's thread, the first time a protocol is asked for.
// A loaded plugin stays loaded until the process ends: the interface pointers handed out stay
// valid for the host's lifetime, also across later scans.

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

QT_BEGIN_NAMESPACE
class QPluginLoader;
template<typename T>
class QFutureWatcher;
QT_END_NAMESPACE

namespace Baton::Sdk {
class IProviderProtocol;
}

namespace Baton::Core {

// One provider plugin found on disk: a Qt plugin whose interface is a Baton provider
// interface of any ABI version. Files that are not that (corrupt, not a Qt plugin, another
// interface) only appear among the problems.
struct PluginInfo
{
    QString filePath;      // absolute path of the library
    QString protocol;      // metadata `protocol`, e.g. "anthropic"; may be empty when refused
    QString displayName;   // metadata `displayName`; the protocol when the metadata has none
    int abiMajor = -1;     // metadata `abi.major`; -1 when not stated
    int abiMinor = -1;     // metadata `abi.minor`; -1 when not stated
    QStringList dialects;  // metadata `dialects`
    bool usable = false;   // true: protocol() may load it
    QString problem;       // translated reason it is not usable; empty when usable
};

// A file in a plugin directory that cannot be used, and why.
struct PluginProblem
{
    QString filePath; // absolute path of the file
    QString reason;   // translated, for the user
};

// What a scan found: every provider plugin (usable or not) in search order, and every file
// that cannot be used (refused plugins included).
struct PluginScan
{
    QStringList searchDirs; // the directories scanned, in order (missing ones included)
    QList<PluginInfo> plugins;
    QList<PluginProblem> problems;
};

class ProviderHost : public QObject
{
    Q_OBJECT

public:
    // Searches `searchDirs` in order; missing directories are skipped quietly. Does not touch
    // the disk: call scanInBackground(), scanNow() or adopt() next.
    explicit ProviderHost(const QStringList &searchDirs, QObject *parent = nullptr);
    ~ProviderHost() override;

    // Where Baton looks for plugins, first match first:
    //   1. each directory in $BATON_PLUGIN_PATH (separated by ':'), to override for one run;
    //   2. the user's plugin directory, $XDG_DATA_HOME/baton/plugins;
    //   3. BATON_PLUGIN_SUBDIR next to the executable (the build tree, or a relocated install);
    //   4. BATON_PLUGIN_SUBDIR under the install prefix.
    // Duplicates are removed; directories need not exist.
    static QStringList defaultSearchDirs();

    // Reads the metadata of every library in `searchDirs` without loading any. Blocks on the
    // disk: call it off the GUI thread. Thread-safe; has no side effects.
    static PluginScan scan(const QStringList &searchDirs);

    QStringList searchDirs() const { return m_searchDirs; }

    // Replaces the plugin list by `result` (normally from scan(searchDirs())). Call on the
    // host's thread. Plugins already loaded stay loaded and keep their protocol. Emits
    // pluginsChanged().
    void adopt(const PluginScan &result);

    // Runs scan() on a worker thread and adopts its result on the host's thread, then emits
    // scanFinished(). A scan started while one runs replaces it (the older result is dropped).
    void scanInBackground();

    // scan() and adopt() on the calling thread; for the command line and tests, never for the
    // GUI thread.
    void scanNow();

    // True once a scan result has been adopted.
    bool hasScanned() const { return m_scanned; }

    // Every provider plugin found, in search order, usable or not.
    QList<PluginInfo> plugins() const { return m_plugins; }

    // Every file that cannot be used, with the reason, in search order; a plugin that failed
    // to load in protocol() is added here too.
    QList<PluginProblem> problems() const { return m_problems; }

    // The usable plugin for `protocol`, or an invalid PluginInfo (empty filePath).
    PluginInfo pluginFor(const QString &protocol) const;

    // The protocol implementation named `name` (metadata `protocol`), loading its library on
    // first use. Returns nullptr when there is no usable plugin for it or it fails to load,
    // and then sets `error` (when not null) to a translated reason naming the file. A plugin
    // that failed to load is marked unusable and not tried again until the next scan.
    // The object is owned by its library and valid for the host's lifetime. Host thread only.
    Sdk::IProviderProtocol *protocol(const QString &name, QString *error = nullptr);

    // True when protocol(name) has loaded its plugin.
    bool isLoaded(const QString &name) const { return m_loaded.contains(name); }

Q_SIGNALS:
    // The lists changed: a scan was adopted, or a plugin failed to load.
    void pluginsChanged();
    // A scanInBackground() finished and its result was adopted.
    void scanFinished();

private:
    struct Loaded
    {
        QString filePath;
        QPluginLoader *loader = nullptr; // child of the host; never unloaded
        Sdk::IProviderProtocol *instance = nullptr;
    };

    QStringList m_searchDirs;
    QList<PluginInfo> m_plugins;
    QList<PluginProblem> m_problems;
    QHash<QString, Loaded> m_loaded;
    QFutureWatcher<PluginScan> *m_watcher = nullptr;
    bool m_scanned = false;
};

} // namespace Baton::Core
