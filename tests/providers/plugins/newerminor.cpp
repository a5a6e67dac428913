// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors

// A provider plugin built against a newer minor ABI (1.7): refused, never loaded.

#include <baton/sdk/abi.h>

#include <QtCore/QObject>
#include <QtCore/QtPlugin>

class NewerMinorPlugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BATON_PROVIDER_PROTOCOL_IID FILE "newerminor.json")
};

#include "newerminor.moc"
