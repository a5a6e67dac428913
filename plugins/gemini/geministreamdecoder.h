// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Decodes a Gemini `streamGenerateContent?alt=sse` body: server-sent events whose `data` is one
// GenerateContentResponse each. Only the first candidate is read (Baton asks for one).
//
// Parts of `candidates[0].content.parts`, in order:
// - `{text, thought: true}` → ThinkingDelta; its `thoughtSignature`, when present, rides on the
//   delta's `signature`. A thought part arriving after a signed one starts a new block, so one
//   Thinking part never holds two signatures.
// - `{text}` → TextDelta. When the part carries a `thoughtSignature` (Gemini signs the last
//   text part of an answer, often in an empty part of the last chunk), the signature follows as
//   a ThinkingDelta of its own block with empty text: the host stores it as a Thinking part
//   (origin "gemini"), and GeminiProtocol puts it back on the text part before it.
// - `{functionCall: {id?, name, args}}` → ToolCallStart (Gemini's `id`, else "call_<n>" with n
//   counting this response's calls from 0) carrying the part's `thoughtSignature` in
//   StreamEvent::signature, one ToolCallArgsDelta with `args` as compact JSON, ToolCallEnd.
//   The host must keep that signature in ContentPart::signature of the ToolCall part: Gemini 3
//   rejects a history whose function calls lost theirs.
// - Other parts (inline data, executable code) are ignored.
//
// Gemini sends no end-of-stream marker and older models repeat `finishReason` on every chunk,
// so the outcome is reported by finish(): Usage (when `usageMetadata` came; the last one wins:
// input = promptTokenCount + toolUsePromptTokenCount − cachedContentTokenCount, cacheRead =
// cachedContentTokenCount, output = candidatesTokenCount + thoughtsTokenCount), then Stop from
// the last `finishReason`: STOP → EndTurn (ToolUse when the response called functions),
// MAX_TOKENS → MaxTokens, SAFETY / RECITATION / PROHIBITED_CONTENT / BLOCKLIST / SPII /
// IMAGE_SAFETY / IMAGE_PROHIBITED_CONTENT → Refusal, anything else → Other; a prompt blocked by
// `promptFeedback.blockReason` → Refusal with that reason. No finishReason and no block →
// Error of kind Protocol.
//
// An `error` object in the stream → Error (GeminiErrorClassifier, httpStatus 0). Data that is
// not a JSON object, or a line over 16 MiB → Error of kind Protocol. Every Error is preceded by
// the Usage seen so far, if any, so tokens already spent are still accounted. After an Error
// event the decoder reports nothing more.
//
// Indices: consecutive deltas of one kind share an index; a change of kind, a signature block
// and every tool call take the next one. Not thread-safe; one decoder per response.

#include <baton/sdk/framing.h>
#include <baton/sdk/iproviderprotocol.h>

#include <QtCore/QJsonObject>

namespace Baton::Plugin {

class GeminiStreamDecoder : public Sdk::IStreamDecoder
{
public:
    QList<Sdk::StreamEvent> feed(QByteArrayView bytes) override;
    QList<Sdk::StreamEvent> finish() override;

private:
    enum class Block { None, Text, Thinking };

    void decodeEvents(const QList<Sdk::SseEvent> &sseEvents, QList<Sdk::StreamEvent> &events);
    void decodeChunk(const QByteArray &data, QList<Sdk::StreamEvent> &events);
    void decodePart(const QJsonObject &part, QList<Sdk::StreamEvent> &events);
    void decodeFunctionCall(const QJsonObject &call, const QByteArray &signature,
                            QList<Sdk::StreamEvent> &events);
    void appendDelta(Block block, const QString &text, const QByteArray &signature,
                     QList<Sdk::StreamEvent> &events);
    void appendUsage(QList<Sdk::StreamEvent> &events);
    void fail(const QString &message, QList<Sdk::StreamEvent> &events);

    Sdk::SseParser m_sse;
    Block m_block = Block::None;
    bool m_blockSigned = false;
    int m_index = -1;
    int m_toolCalls = 0;
    QString m_finishReason;
    QString m_blockReason;
    QJsonObject m_usage;
    bool m_ended = false; // the Stop or an Error has been reported: nothing more will be
};

} // namespace Baton::Plugin
