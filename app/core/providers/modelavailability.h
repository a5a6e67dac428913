// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Which presets and models can be used right now: a key found for a cloud preset (environment,
// keyring or key file), a local server answering for a local preset (Ollama on
// 127.0.0.1:11434, an OpenAI-compatible server on 127.0.0.1:8080) with the models it has.
// One asynchronous operation: start(), then finished() once. Local servers are asked through
// their protocol plugin's model-listing call with short timeouts.

#include "core/providers/preset.h"

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>

class QNetworkAccessManager;

namespace Baton::Core {

class ApiKeys;
class ProviderHost;

struct PresetAvailability
{
    Preset preset;
    bool usable = false;
    QString keySource;         // where the key came from; empty for local presets or when none
    QString reason;            // for people: why it is or is not usable
    QString keyringProblem;    // the keyring could not be asked (the same for every preset)
    QList<PresetModel> models; // the catalogue's, plus what a local server reported
};

class ModelAvailability : public QObject
{
    Q_OBJECT

public:
    ModelAvailability(const QList<Preset> &presets, ApiKeys &keys, ProviderHost &host,
                      QNetworkAccessManager &network, QObject *parent = nullptr);

    // How long a local server may take to answer the model listing.
    void setProbeTimeoutMs(int timeoutMs) { m_probeTimeoutMs = timeoutMs; }

    void start();

Q_SIGNALS:
    void finished(const QList<Baton::Core::PresetAvailability> &presets);

private:
    void checkKey(qsizetype index);
    void probeLocal(qsizetype index);
    void settle(qsizetype index);

    QList<PresetAvailability> m_results;
    ApiKeys &m_keys;
    ProviderHost &m_host;
    QNetworkAccessManager &m_network;
    int m_probeTimeoutMs = 1500;
    qsizetype m_pending = 0;
};

} // namespace Baton::Core
