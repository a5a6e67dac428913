// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Stream framing shared by protocol plugins: lines (for NDJSON) and server-sent events (SSE,
// as the WHATWG HTML standard defines them). Header-only, QtCore only, part of the SDK.
//
// Both take bytes in any split — a TCP read may end inside a line, inside a CR LF pair or
// inside a UTF-8 character — and hand out only complete lines or events, as bytes. Decode
// UTF-8 from what they hand out, never from the raw reads.
//
// Memory is bounded: a line longer than maxLineBytes (default 16 MiB) puts the framer into an
// error state instead of growing without end; after that, feed() returns nothing.

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QList>

#include <utility>

namespace Baton::Sdk {

// Splits bytes into lines ending in LF, CR LF or CR. The terminator is not part of the line.
class LineSplitter
{
public:
    explicit LineSplitter(qsizetype maxLineBytes = 16 * 1024 * 1024) : m_maxLineBytes(maxLineBytes)
    {
    }

    // The lines completed by `bytes`, in order.
    QList<QByteArray> feed(QByteArrayView bytes)
    {
        QList<QByteArray> lines;
        if (m_overflow)
            return lines;
        qsizetype start = 0;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const char c = bytes[i];
            if (c != '\n' && c != '\r')
                continue;
            if (c == '\n' && m_afterCarriageReturn && i == start && m_pending.isEmpty()) {
                // The LF of a CR LF pair split across two reads.
                m_afterCarriageReturn = false;
                start = i + 1;
                continue;
            }
            m_pending.append(bytes.sliced(start, i - start));
            if (m_pending.size() > m_maxLineBytes) {
                m_overflow = true;
                m_pending.clear();
                return lines;
            }
            lines.append(std::exchange(m_pending, QByteArray()));
            m_afterCarriageReturn = c == '\r';
            if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') {
                ++i;
                m_afterCarriageReturn = false;
            }
            start = i + 1;
        }
        if (start < bytes.size()) {
            m_afterCarriageReturn = false;
            m_pending.append(bytes.sliced(start));
            if (m_pending.size() > m_maxLineBytes) {
                m_overflow = true;
                m_pending.clear();
            }
        }
        return lines;
    }

    // The stream ended: the last line, when it had no terminator (empty list otherwise).
    QList<QByteArray> finish()
    {
        QList<QByteArray> lines;
        if (!m_overflow && !m_pending.isEmpty())
            lines.append(std::exchange(m_pending, QByteArray()));
        return lines;
    }

    // A line grew past maxLineBytes; the stream is unusable.
    bool overflowed() const { return m_overflow; }

    // Bytes of an unfinished line held back.
    qsizetype pendingBytes() const { return m_pending.size(); }

private:
    qsizetype m_maxLineBytes;
    QByteArray m_pending;
    bool m_afterCarriageReturn = false;
    bool m_overflow = false;
};

// One server-sent event.
struct SseEvent
{
    QByteArray event; // the `event:` field; empty means "message"
    QByteArray data;  // `data:` lines joined with LF
    QByteArray id;    // the last `id:` field seen, if any
};

// Turns bytes into server-sent events: `field: value` lines, one optional space after the
// colon, `data` lines joined with LF, `:` comment lines ignored, unknown fields ignored, an
// event dispatched at an empty line (and at the end of the stream, because vendors' examples
// often omit the final blank line). A UTF-8 byte order mark at the very start is skipped.
class SseParser
{
public:
    explicit SseParser(qsizetype maxLineBytes = 16 * 1024 * 1024) : m_lines(maxLineBytes) {}

    QList<SseEvent> feed(QByteArrayView bytes)
    {
        if (m_atStart) {
            // Hold back up to three bytes until we know whether they are a byte order mark.
            m_head.append(bytes.data(), bytes.size());
            if (m_head.size() < 3 && QByteArrayView("\xEF\xBB\xBF").startsWith(m_head))
                return {};
            m_atStart = false;
            const QByteArray head = std::exchange(m_head, QByteArray());
            const bool bom = head.startsWith("\xEF\xBB\xBF");
            return process(m_lines.feed(QByteArrayView(head).sliced(bom ? 3 : 0)));
        }
        return process(m_lines.feed(bytes));
    }

    QList<SseEvent> finish()
    {
        QList<SseEvent> events;
        if (m_atStart && !m_head.isEmpty()) {
            m_atStart = false;
            events = process(m_lines.feed(std::exchange(m_head, QByteArray())));
        }
        events.append(process(m_lines.finish()));
        if (m_hasData)
            events.append(dispatch());
        return events;
    }

    bool overflowed() const { return m_lines.overflowed(); }

    // Part of an event (or of a line) has arrived but the event is not complete.
    bool hasPendingEvent() const
    {
        return m_hasData || !m_current.event.isEmpty() || m_lines.pendingBytes() > 0;
    }

private:
    QList<SseEvent> process(const QList<QByteArray> &lines)
    {
        QList<SseEvent> events;
        for (const QByteArray &line : lines) {
            if (line.isEmpty()) {
                if (m_hasData)
                    events.append(dispatch());
                else
                    m_current.event.clear(); // an event without data is not dispatched
                continue;
            }
            if (line.startsWith(':'))
                continue;
            const qsizetype colon = line.indexOf(':');
            const QByteArrayView field = colon < 0 ? QByteArrayView(line)
                                                   : QByteArrayView(line).first(colon);
            QByteArrayView value;
            if (colon >= 0) {
                value = QByteArrayView(line).sliced(colon + 1);
                if (value.startsWith(' '))
                    value = value.sliced(1);
            }
            if (field == "data") {
                if (m_hasData)
                    m_current.data.append('\n');
                m_current.data.append(value.data(), value.size());
                m_hasData = true;
            } else if (field == "event") {
                m_current.event = value.toByteArray();
            } else if (field == "id") {
                if (!value.contains('\0'))
                    m_lastId = value.toByteArray();
            }
        }
        return events;
    }

    SseEvent dispatch()
    {
        SseEvent event = std::exchange(m_current, SseEvent());
        event.id = m_lastId;
        m_hasData = false;
        return event;
    }

    LineSplitter m_lines;
    QByteArray m_head;
    bool m_atStart = true;
    SseEvent m_current;
    QByteArray m_lastId;
    bool m_hasData = false;
};

} // namespace Baton::Sdk
