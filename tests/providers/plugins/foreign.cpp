// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors

// A Qt plugin for some other interface, lying in a provider plugin directory.

#include <baton/sdk/abi.h>

#include <QtCore/QObject>
#include <QtCore/QtPlugin>

class ForeignPlugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.example.NotAProvider/1" FILE "foreign.json")
};

#include "foreign.moc"
