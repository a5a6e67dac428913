// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// A scripted model for the Solo, chat and UI tests: model turns written as data (thinking,
// text, tool calls), served as the real protocols stream them, and the client's side of the
// conversation (tool results, tools offered, messages) read back out of each request the
// client sent. Pair it with ScriptedServer: `response(turn)` is one entry of its script.
//
// Protocols: Anthropic Messages (SSE: message_start, content blocks with thinking /
// signature, text and input_json deltas, message_delta with stop_reason and usage,
// message_stop) and OpenAI Chat Completions (SSE chunks: role, reasoning_content as DeepSeek
// sends it, content, tool_calls deltas by index, finish_reason, a usage chunk, [DONE]).
// Text and tool arguments are cut into small pieces, as vendors send them.

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace ScriptedModel {

enum class Protocol {
    Anthropic, // POST /v1/messages, stream: true
    OpenAi,    // POST /v1/chat/completions, stream: true
};

struct ToolCall
{
    QString id;        // empty: "call_<n>" / "toolu_<n>" by position
    QString name;      // a Solo tool name, e.g. "edit_file"
    QJsonObject input; // its arguments
};

// One answer of the model.
struct Turn
{
    QString thinking;          // streamed first when not empty (Anthropic: signed)
    QString text;              // streamed before the tool calls
    QList<ToolCall> toolCalls; // when not empty, the turn stops for tool results
    int inputTokens = 1000;
    int outputTokens = 50;
    bool maxTokens = false; // stop because the output limit was reached
};

// The response body for `turn`.
QByteArray stream(Protocol protocol, const Turn &turn, int pieceChars = 5);

// One ScriptedServer script entry: status 200, the event-stream content type, the body.
QJsonObject response(Protocol protocol, const Turn &turn);

// A tool result the client sent back.
struct ToolResult
{
    QString toolCallId;
    QString text;
    bool isError = false;
};

// The tool results in the last message of the request body `requestBody` (what the client
// answered to the previous turn's tool calls), in order.
QList<ToolResult> lastToolResults(Protocol protocol, const QByteArray &requestBody);

// The names of the tools the request offers the model, in order.
QStringList toolNames(Protocol protocol, const QByteArray &requestBody);

// The number of messages in the request (system prompt not counted).
int messageCount(Protocol protocol, const QByteArray &requestBody);

// The system prompt the request carries (Anthropic `system`, OpenAI's system message).
QString systemPrompt(Protocol protocol, const QByteArray &requestBody);

} // namespace ScriptedModel
