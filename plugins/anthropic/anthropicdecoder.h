// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Decodes the server-sent events of one streaming Messages response into Sdk::StreamEvents.
//
//   message_start        Usage (input, output, cache read = cache_read_input_tokens,
//                        cache write = cache_creation_input_tokens), when the message has usage
//   content_block_start  text: TextDelta only for initial text; tool_use: ToolCallStart;
//                        thinking: ThinkingDelta only for initial text or signature;
//                        redacted_thinking: RedactedThinking with the opaque data
//   content_block_delta  text_delta: TextDelta; input_json_delta: ToolCallArgsDelta (empty
//                        fragments skipped); thinking_delta: ThinkingDelta; signature_delta:
//                        ThinkingDelta with empty text and the signature
//   content_block_stop   ToolCallEnd for a tool_use block (preceded by its arguments when the
//                        vendor put the whole input in content_block_start and sent no deltas)
//   message_delta        Usage with the running totals (fields given replace earlier ones:
//                        the API's usage is cumulative), then Stop with the mapped reason and
//                        the raw stop_reason in `text`
//   message_stop         the message is complete
//   error                Error, classified like an HTTP error (overloaded_error: Overloaded…);
//                        nothing after it is decoded
//   ping, unknown events, block types, delta types and fields: ignored
//
// Protocol errors (one Error event of kind Protocol, after which the decoder stays silent):
// an event whose data is not a JSON object, an event longer than 16 MiB, and finish() before
// message_stop or a stop reason was seen. A body that is not SSE at all but a JSON error (a
// proxy answering 200 with {"error":…}) is classified like an in-stream error instead.
//
// Bytes may arrive in any split; UTF-8 is decoded only from complete events. Not thread-safe;
// one decoder per response.

#include "anthropicerrorclassifier.h"

#include <baton/sdk/framing.h>
#include <baton/sdk/iproviderprotocol.h>

#include <QtCore/QHash>
#include <QtCore/QJsonObject>

namespace Baton::Plugin {

class AnthropicDecoder final : public Sdk::IStreamDecoder
{
public:
    explicit AnthropicDecoder(AnthropicErrorClassifier classifier);

    QList<Sdk::StreamEvent> feed(QByteArrayView bytes) override;
    QList<Sdk::StreamEvent> finish() override;

private:
    // The content block types the decoder tells apart.
    enum class BlockType {
        Text,             // text
        ToolUse,          // tool_use: the client's tools
        Thinking,         // thinking
        RedactedThinking, // redacted_thinking
        Other,            // server_tool_use, web_search_tool_result, and types added later
    };

    struct Block
    {
        BlockType type = BlockType::Other;
        bool hasArguments = false; // a non-empty input_json_delta arrived
        QString initialArguments;  // a non-empty `input` given in content_block_start
    };

    void decode(const Sdk::SseEvent &event, QList<Sdk::StreamEvent> &out);
    void messageStart(const QJsonObject &event, QList<Sdk::StreamEvent> &out);
    void blockStart(const QJsonObject &event, QList<Sdk::StreamEvent> &out);
    void blockDelta(const QJsonObject &event, QList<Sdk::StreamEvent> &out);
    void blockStop(const QJsonObject &event, QList<Sdk::StreamEvent> &out);
    void messageDelta(const QJsonObject &event, QList<Sdk::StreamEvent> &out);
    void streamError(const QJsonObject &event, QList<Sdk::StreamEvent> &out);
    void fail(const QString &message, QList<Sdk::StreamEvent> &out);
    bool accepts(int index, BlockType type) const;
    void mergeUsage(const QJsonObject &usage);
    Sdk::StreamEvent usageEvent() const;

    AnthropicErrorClassifier m_classifier;
    Sdk::SseParser m_parser;
    QHash<int, Block> m_blocks; // by content block index
    Sdk::Usage m_usage;
    QByteArray m_unframed; // the first bytes, kept until an SSE event shows up
    bool m_sawEvent = false;
    bool m_complete = false; // message_stop or a stop reason arrived
    bool m_done = false;     // an error was reported; the rest of the body is ignored
};

} // namespace Baton::Plugin
