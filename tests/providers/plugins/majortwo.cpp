// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors

// A provider plugin built for a future ABI 2: only its metadata is ever read.

#include <baton/sdk/abi.h>

#include <QtCore/QObject>
#include <QtCore/QtPlugin>

class MajorTwoPlugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.baton.IProviderProtocol/2" FILE "majortwo.json")
};

#include "majortwo.moc"
