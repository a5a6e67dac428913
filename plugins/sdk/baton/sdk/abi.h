// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The provider plugin ABI version.
//
// The major version changes whenever a type or a virtual function in this SDK changes in a way
// that an already-built plugin would misread (a member added to a struct, an enum value
// renumbered, a virtual function added or changed). The minor version changes when the host
// learns something new that older plugins can ignore (a new enum value appended at the end of
// an enum that plugins only produce, a new optional metadata key).
//
// The host loads a plugin only when the plugin's major equals the host's major and the
// plugin's minor is not newer than the host's minor; otherwise it refuses the plugin with a
// message naming both versions.

#define BATON_PROVIDER_ABI_MAJOR 1
#define BATON_PROVIDER_ABI_MINOR 0

// Spelled out (not built from the numbers) because Q_DECLARE_INTERFACE needs a string literal.
#define BATON_PROVIDER_PROTOCOL_IID "org.baton.IProviderProtocol/1"

namespace Baton::Sdk {

inline constexpr int AbiMajor = BATON_PROVIDER_ABI_MAJOR;
inline constexpr int AbiMinor = BATON_PROVIDER_ABI_MINOR;

} // namespace Baton::Sdk
