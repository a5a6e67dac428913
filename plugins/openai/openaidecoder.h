// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Decodes a streamed Chat Completions body (`text/event-stream`, data-only events carrying
// `chat.completion.chunk` objects, ended by `data: [DONE]`) into Baton's stream events. One
// decoder serves every dialect: it reads the union of what the vendors send.
//
// Events and their indexes (stable within one response):
//   - `delta.content` → TextDelta, index TextIndex. `delta.refusal` is text too, and turns a
//     later `stop` into StopReason::Refusal.
//   - `delta.reasoning_content` (DeepSeek, Kimi, Qwen, Zhipu, SiliconFlow), else
//     `delta.reasoning` (OpenRouter, vLLM, some llama.cpp builds) → ThinkingDelta, index
//     ThinkingIndex. A chunk carrying both is read once, from `reasoning_content`.
//   - `delta.tool_calls[]` fragments → ToolCallStart (id, name) once the call's name is known,
//     ToolCallArgsDelta per `function.arguments` fragment, ToolCallEnd for every open call when
//     `finish_reason` (or `[DONE]`) arrives. Fragments belong to a call by `id` when they have
//     one (a new id is a new call even when a vendor reuses index 0), else to the latest call
//     with their `index`. Calls are numbered in order of appearance: index
//     FirstToolCallIndex + n. A call without an id gets "<chunk id>_call_<n>".
//   - `finish_reason` → Stop once (stop → EndTurn, or ToolUse when the response called tools;
//     length → MaxTokens; tool_calls and function_call → ToolUse; content_filter and Zhipu's
//     sensitive → Refusal; anything else → Other), with the raw reason in `text`.
//   - `usage` (top level, or in the choice as Kimi sends it) → Usage: input = prompt_tokens
//     minus cached and cache-written tokens; cacheRead = prompt_tokens_details.cached_tokens,
//     DeepSeek's prompt_cache_hit_tokens or Kimi's cached_tokens; cacheWrite =
//     prompt_tokens_details.cache_write_tokens (OpenRouter); output = completion_tokens. A
//     usage equal to the previous one is not repeated.
//   - a chunk with an `error` member → Error (classified as OpenAiErrorClassifier does); the
//     rest of the stream is ignored.
//   - `[DONE]` ends the stream; a Stop is made up (ToolUse when tools were called, else
//     EndTurn, raw reason empty) when no finish_reason came. Later bytes are ignored.
// Only choice 0 is read (Baton never asks for n > 1). Comments (OpenRouter's
// `: OPENROUTER PROCESSING`, DeepSeek's keep-alives), unknown fields (`obfuscation`) and chunks
// with empty `choices` are ignored.
//
// Errors of kind Protocol (after which the decoder ignores the rest): data that is not a JSON
// object (code "invalid_json"), a line longer than the SSE parser's bound ("line_too_long"),
// and a body that ends with neither a finish_reason nor `[DONE]` ("truncated"). A stream that
// ends after its finish_reason without `[DONE]` is complete.

#include <baton/sdk/framing.h>
#include <baton/sdk/iproviderprotocol.h>

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace Baton::Plugin {

class OpenAiDecoder : public Sdk::IStreamDecoder
{
public:
    static constexpr int TextIndex = 0;
    static constexpr int ThinkingIndex = 1;
    static constexpr int FirstToolCallIndex = 2;

    // `apiKey` is only used to keep it out of error messages a vendor might echo it into.
    explicit OpenAiDecoder(QByteArray apiKey = {});

    QList<Sdk::StreamEvent> feed(QByteArrayView bytes) override;
    QList<Sdk::StreamEvent> finish() override;

private:
    struct ToolCall
    {
        int vendorIndex = -1;
        QString id;
        QString name;
        QString pendingArguments; // arguments that came before the name
        bool started = false;
        bool ended = false;
    };

    void handleEvent(const Sdk::SseEvent &event, QList<Sdk::StreamEvent> &events);
    void handleChunk(const QJsonObject &chunk, QList<Sdk::StreamEvent> &events);
    void handleDelta(const QJsonObject &delta, QList<Sdk::StreamEvent> &events);
    void handleToolCallFragment(const QJsonObject &fragment, QList<Sdk::StreamEvent> &events);
    void handleFinishReason(const QString &reason, QList<Sdk::StreamEvent> &events);
    void handleUsage(const QJsonObject &usage, QList<Sdk::StreamEvent> &events);
    void handleDone(QList<Sdk::StreamEvent> &events);
    void startToolCall(int slot, QList<Sdk::StreamEvent> &events);
    void closeToolCalls(QList<Sdk::StreamEvent> &events);
    void emitStop(Sdk::StopReason reason, const QString &raw, QList<Sdk::StreamEvent> &events);
    void failProtocol(const QString &code, const QString &message, QList<Sdk::StreamEvent> &events);

    Sdk::SseParser m_sse;
    QByteArray m_apiKey;
    QString m_responseId;
    QList<ToolCall> m_toolCalls;
    std::optional<Sdk::Usage> m_lastUsage;
    bool m_finishReasonSeen = false;
    bool m_sawRefusal = false;
    bool m_ended = false; // [DONE], an error or a protocol failure: the rest is ignored
};

} // namespace Baton::Plugin
