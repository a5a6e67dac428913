// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors

// Declares the provider IID and good metadata but does not implement the interface, so
// loading it must fail cleanly.

#include <baton/sdk/abi.h>

#include <QtCore/QObject>
#include <QtCore/QtPlugin>

class HollowPlugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BATON_PROVIDER_PROTOCOL_IID FILE "hollow.json")
};

#include "hollow.moc"
