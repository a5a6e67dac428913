// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Decodes an Ollama NDJSON response body (one JSON object per line, LF / CR LF / CR; blank
// lines ignored) into events.
//
// - `message.thinking` → ThinkingDelta, `message.content` → TextDelta. The top-level
//   `thinking` / `response` of an /api/generate stream are read the same way: Ollama documents
//   streaming and mid-stream errors with /api/generate examples, the two streams differ only in
//   where the text sits, and the fill-in-the-middle endpoint is /api/generate.
// - `message.tool_calls` arrive whole: each gives ToolCallStart (its `id`, or "call_<n>" with n
//   counting the calls of this response from 0), one ToolCallArgsDelta with `arguments` as
//   compact JSON text (a string `arguments` is passed through), and ToolCallEnd.
// - `done: true` → Usage (prompt_eval_count → input, eval_count → output; only when Ollama
//   reports them) and Stop: done_reason "stop" → EndTurn, or ToolUse when the response called
//   tools; "length" → MaxTokens; anything else ("load", "unload", …) → Other. A missing
//   done_reason counts as "stop". Lines after it are ignored.
// - A line `{"error": "…"}` → Error (Server; BadRequest when the model was not found) with
//   httpStatus 0.
// - A line that is not a JSON object, a line over 16 MiB, or a body that ends before
//   `done: true` → Error of kind Protocol.
// After an Error event the decoder reports nothing more.
//
// Indices: consecutive deltas of one kind share an index; a change of kind and every tool
// call take the next one. Not thread-safe; one decoder per response.

#include <baton/sdk/framing.h>
#include <baton/sdk/iproviderprotocol.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

namespace Baton::Plugin {

class OllamaStreamDecoder : public Sdk::IStreamDecoder
{
public:
    QList<Sdk::StreamEvent> feed(QByteArrayView bytes) override;
    QList<Sdk::StreamEvent> finish() override;

    // The error kind for an Ollama error message (shared with classifyError).
    static Sdk::ErrorKind kindForMessage(const QString &message);

private:
    enum class Block { None, Text, Thinking };

    void decodeLines(const QList<QByteArray> &lines, QList<Sdk::StreamEvent> &events);
    void decodeLine(const QByteArray &line, QList<Sdk::StreamEvent> &events);
    void decodeToolCalls(const QJsonArray &calls, QList<Sdk::StreamEvent> &events);
    void decodeDone(const QJsonObject &chunk, QList<Sdk::StreamEvent> &events);
    void appendDelta(Block block, const QString &text, QList<Sdk::StreamEvent> &events);
    void fail(const QString &message, QList<Sdk::StreamEvent> &events);
    bool isOver() const { return m_done || m_failed; }

    Sdk::LineSplitter m_lines;
    Block m_block = Block::None;
    int m_index = -1;
    int m_toolCalls = 0;
    bool m_done = false;
    bool m_failed = false;
};

} // namespace Baton::Plugin
