// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "modelavailability.h"

#include "core/providers/providerhost.h"
#include "core/providers/streamingrequest.h"
#include "core/secrets/apikeys.h"

#include <baton/sdk/iproviderprotocol.h>

namespace Baton::Core {

ModelAvailability::ModelAvailability(const QList<Preset> &presets, ApiKeys &keys,
                                     ProviderHost &host, QNetworkAccessManager &network,
                                     QObject *parent)
    : QObject(parent)
    , m_keys(keys)
    , m_host(host)
    , m_network(network)
{
    for (const Preset &preset : presets)
        m_results.append({preset, false, {}, {}, {}, preset.models});
}

void ModelAvailability::start()
{
    m_pending = m_results.size();
    if (m_pending == 0) {
        Q_EMIT finished(m_results);
        return;
    }
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        if (m_results[i].preset.local)
            probeLocal(i);
        else
            checkKey(i);
    }
}

void ModelAvailability::settle(qsizetype)
{
    if (--m_pending == 0)
        Q_EMIT finished(m_results);
}

void ModelAvailability::checkKey(qsizetype index)
{
    const Preset &preset = m_results[index].preset;
    m_keys.find(preset, this, [this, index](const ApiKey &key, const QString &problem) {
        PresetAvailability &result = m_results[index];
        const Preset &current = result.preset;
        result.keyringProblem = problem;
        if (key.isValid() || current.authStyle == Sdk::AuthStyle::None) {
            result.usable = true;
            result.keySource = key.source;
            result.reason = key.isValid() ? tr("key from %1").arg(key.source) : tr("no key needed");
        } else {
            QStringList variables;
            for (const KeyVariable &variable : current.keyVariables)
                variables.append(variable.name);
            result.reason = variables.isEmpty() ? tr("no key: store one in the keyring")
                                                : tr("no key: set %1 or store one in the keyring")
                                                      .arg(variables.join(tr(" or ")));
        }
        settle(index);
    });
}

void ModelAvailability::probeLocal(qsizetype index)
{
    const Preset &preset = m_results[index].preset;
    const QString address = preset.baseUrl.toString(QUrl::RemoveUserInfo);
    QString loadError;
    Sdk::IProviderProtocol *protocol = m_host.protocol(preset.protocol, &loadError);
    if (!protocol) {
        m_results[index].reason = loadError;
        settle(index);
        return;
    }
    Sdk::Endpoint endpoint;
    endpoint.baseUrl = preset.baseUrl;
    endpoint.dialect = preset.dialect;
    endpoint.authStyle = Sdk::AuthStyle::None;
    const std::optional<Sdk::HttpRequest> listing = protocol->buildListModelsRequest(endpoint);
    if (!listing) {
        m_results[index].reason = tr("cannot list the models of %1").arg(address);
        settle(index);
        return;
    }
    const StreamingTimeouts timeouts{m_probeTimeoutMs, m_probeTimeoutMs, m_probeTimeoutMs};
    auto *request = new StreamingRequest(&m_network, *listing, timeouts, this);
    auto body = std::make_shared<QByteArray>();
    connect(request, &StreamingRequest::bytesReceived, this, [body](const QByteArray &chunk) {
        // A model list is small; anything huge is not the server we expect.
        if (body->size() < 8 * 1024 * 1024)
            body->append(chunk);
    });
    const auto done = [this, index, request](const QString &reason) {
        m_results[index].reason = reason;
        request->deleteLater();
        settle(index);
    };
    connect(request, &StreamingRequest::finished, this,
            [this, index, protocol, endpoint, body, address, done] {
                QString problem;
                const QList<Sdk::ModelInfo> found
                    = protocol->parseModelList(endpoint, *body, &problem);
                if (!problem.isEmpty()) {
                    done(tr("%1 answered, but not with a model list: %2").arg(address, problem));
                    return;
                }
                PresetAvailability &result = m_results[index];
                for (const Sdk::ModelInfo &info : found) {
                    PresetModel model = result.preset.model(info.id);
                    if (!model.inCatalogue) {
                        model.displayName = info.displayName.isEmpty() ? info.id : info.displayName;
                        model.contextWindow = info.contextWindow;
                        model.inCatalogue = false;
                        result.models.append(model);
                    }
                }
                result.usable = !result.models.isEmpty();
                done(result.usable ? tr("running at %1").arg(address)
                                   : tr("running at %1, but it has no models").arg(address));
            });
    connect(request, &StreamingRequest::httpError, this,
            [address, done](int status, const Sdk::HttpHeaders &, const QByteArray &) {
                done(tr("%1 answered HTTP %2 to the model listing").arg(address).arg(status));
            });
    connect(request, &StreamingRequest::failed, this, [done](const Sdk::ProviderError &error) {
        done(tr("not running: %1").arg(error.message));
    });
    request->start();
}

} // namespace Baton::Core
