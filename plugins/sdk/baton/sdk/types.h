// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Provider-neutral value types that cross the plugin boundary: the conversation a request
// carries, the endpoint it goes to, and the HTTP call a plugin asks the host to make.
//
// All types are cheap Qt value types with no ownership subtleties. Changing the layout of any
// of them is an ABI major change (see abi.h); `extra` members exist so that a vendor-specific
// option can travel without one.

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QUrl>

namespace Baton::Sdk {

// Who wrote a message.
enum class Role {
    System,    // instructions for the model; plugins move it where the protocol wants it
    User,      // the person, or tool results sent back on the person's turn
    Assistant, // the model
};

// What a content part holds.
enum class PartKind {
    Text,       // `text`
    Image,      // `data` (raw bytes) with `mimeType`
    ToolCall,   // the model asked for a tool: `toolCallId`, `toolName`, `toolInput` (JSON text)
    ToolResult, // the answer to a tool call: `toolCallId`, `text`, `isError`
    Thinking,   // the model's reasoning: `text`, `signature` (opaque, echoed back verbatim),
                // `redacted` (then `data` holds the encrypted payload and `text` is empty)
};

// One part of a message. Which members are meaningful depends on `kind` (see PartKind).
struct ContentPart
{
    PartKind kind = PartKind::Text;
    QString text;
    QByteArray data;
    QString mimeType;
    QString toolCallId;
    QString toolName;
    QByteArray toolInput; // a JSON object as UTF-8 text, exactly as the model produced it
    bool isError = false;
    QByteArray signature;
    bool redacted = false;
    // Who produced a Thinking part: the plugin's `protocol` metadata, followed by "/<dialect>"
    // when the endpoint had a dialect ("anthropic", "openai/deepseek"). The host stamps it.
    // Signatures and reasoning are only valid for the protocol and vendor that issued them;
    // plugins use this to decide whether the part may be sent back.
    QString origin;
};

struct Message
{
    Role role = Role::User;
    QList<ContentPart> parts;
};

// A tool the model may call.
struct ToolDefinition
{
    QString name;
    QString description;
    QJsonObject inputSchema; // a JSON Schema object
};

// How much the model should think before answering.
enum class ThinkingMode {
    Off, // no thinking requested (plugins send nothing, or disable it where it is on by default)
    On,  // the model's standard thinking / reasoning
    Max, // the most the model offers (largest budget, highest effort)
};

// How the key is presented to the endpoint.
enum class AuthStyle {
    None,        // local servers: no credentials
    Bearer,      // `Authorization: Bearer <key>`
    XApiKey,     // `x-api-key: <key>` (Anthropic)
    GoogApiKey,  // `x-goog-api-key: <key>` (Gemini)
};

// Where and how a request is sent; filled by the host from a vendor preset and the keyring.
struct Endpoint
{
    QUrl baseUrl;          // e.g. https://api.anthropic.com (the plugin appends its paths)
    QString dialect;       // vendor quirks inside the protocol, e.g. "deepseek"; empty: standard
    AuthStyle authStyle = AuthStyle::Bearer;
    QByteArray apiKey;     // secret: never log, never copy into errors
    QJsonObject extra;     // preset-specific options (e.g. {"anthropic-version": "…"})
};

// A provider-neutral chat request.
struct ChatRequest
{
    QString model;
    QString system;
    QList<Message> messages;
    QList<ToolDefinition> tools;
    int maxOutputTokens = 0; // 0: the plugin's or model's default
    ThinkingMode thinking = ThinkingMode::Off;
    double temperature = -1.0; // negative: not sent
    QJsonObject extra;
};

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// An HTTP call a plugin asks the host to make. The host adds nothing but transport headers.
struct HttpRequest
{
    QByteArray method = "POST";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
};

// A model as a vendor's model-listing endpoint reports it.
struct ModelInfo
{
    QString id;
    QString displayName;
    int contextWindow = 0; // tokens; 0: unknown
};

} // namespace Baton::Sdk
