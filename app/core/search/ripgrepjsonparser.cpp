// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/search/ripgrepjsonparser.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace Baton::Core {

// ripgrep's "arbitrary data": {"text": "…"} when valid UTF-8, else {"bytes": "<base64>"}.
static QByteArray arbitraryData(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (const QJsonValue text = object.value(QLatin1String("text")); text.isString())
        return text.toString().toUtf8();
    return QByteArray::fromBase64(object.value(QLatin1String("bytes")).toString().toLatin1());
}

// The line without its terminator: "\n", or "\r\n" (rg runs with --crlf).
static QByteArray withoutTerminator(QByteArray line)
{
    if (line.endsWith('\n')) {
        line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return line;
}

// A fast path for rg's messages, which are one JSON object per line: the values wanted are
// found by their keys. A key followed by ':' ("start":) can never occur inside a JSON string
// (a '"' there is always escaped), so looking for it never lands in a path or a line. Falls
// back to QJsonDocument whenever something is not as expected.
namespace {

qsizetype findKey(QByteArrayView json, QByteArrayView key, qsizetype from = 0)
{
    const qsizetype at = json.indexOf(key, from);
    return at < 0 ? -1 : at + key.size();
}

void appendUtf8(QByteArray *out, char32_t code)
{
    if (code < 0x80) {
        out->append(char(code));
    } else if (code < 0x800) {
        out->append(char(0xC0 | (code >> 6)));
        out->append(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out->append(char(0xE0 | (code >> 12)));
        out->append(char(0x80 | ((code >> 6) & 0x3F)));
        out->append(char(0x80 | (code & 0x3F)));
    } else {
        out->append(char(0xF0 | (code >> 18)));
        out->append(char(0x80 | ((code >> 12) & 0x3F)));
        out->append(char(0x80 | ((code >> 6) & 0x3F)));
        out->append(char(0x80 | (code & 0x3F)));
    }
}

// Decodes the JSON string starting right after its opening quote at `at`; false if malformed.
bool readString(QByteArrayView json, qsizetype at, QByteArray *out)
{
    out->clear();
    const auto hex4 = [&](qsizetype i, char32_t *value) {
        if (i + 4 > json.size())
            return false;
        bool ok = false;
        *value = char32_t(QByteArrayView(json.sliced(i, 4)).toUInt(&ok, 16));
        return ok;
    };
    for (qsizetype i = at; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"')
            return true;
        if (c != '\\') {
            out->append(c);
            continue;
        }
        if (++i >= json.size())
            return false;
        switch (json.at(i)) {
        case '"': out->append('"'); break;
        case '\\': out->append('\\'); break;
        case '/': out->append('/'); break;
        case 'b': out->append('\b'); break;
        case 'f': out->append('\f'); break;
        case 'n': out->append('\n'); break;
        case 'r': out->append('\r'); break;
        case 't': out->append('\t'); break;
        case 'u': {
            char32_t code = 0;
            if (!hex4(i + 1, &code))
                return false;
            i += 4;
            if (code >= 0xD800 && code < 0xDC00 && i + 6 < json.size() && json.at(i + 1) == '\\'
                && json.at(i + 2) == 'u') {
                char32_t low = 0;
                if (hex4(i + 3, &low) && low >= 0xDC00 && low < 0xE000) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
            }
            appendUtf8(out, code);
            break;
        }
        default:
            return false;
        }
    }
    return false;
}

// The "arbitrary data" object whose key ends at `at` ({"text":"…"} or {"bytes":"…"}).
bool readData(QByteArrayView json, qsizetype at, QByteArray *out)
{
    if (json.sliced(at).startsWith("{\"text\":\""))
        return readString(json, at + 9, out);
    if (json.sliced(at).startsWith("{\"bytes\":\"")) {
        QByteArray base64;
        if (!readString(json, at + 10, &base64))
            return false;
        *out = QByteArray::fromBase64(base64);
        return true;
    }
    return false;
}

bool readInt(QByteArrayView json, qsizetype at, int *value)
{
    qsizetype end = at;
    while (end < json.size() && json.at(end) >= '0' && json.at(end) <= '9')
        ++end;
    bool ok = false;
    *value = json.sliced(at, end - at).toInt(&ok);
    return ok;
}

} // namespace

bool RipgrepJsonParser::decodeLineFast(QByteArrayView json, QList<SearchResult> *results)
{
    if (!json.startsWith("{\"type\":\""))
        return false;
    const QByteArrayView type = json.sliced(9);
    if (type.startsWith("match\"") || type.startsWith("context\"")) {
        Line line;
        line.match = type.startsWith("m");
        const qsizetype lines = findKey(json, "\"lines\":");
        const qsizetype number = findKey(json, "\"line_number\":");
        int lineNumber = 0;
        if (lines < 0 || number < 0 || !readData(json, lines, &line.bytes)
            || !readInt(json, number, &lineNumber) || lineNumber <= 0)
            return false;
        line.bytes = withoutTerminator(line.bytes);
        if (line.match) {
            qsizetype at = findKey(json, "\"submatches\":[");
            if (at < 0)
                return false;
            while ((at = findKey(json, "\"start\":", at)) >= 0) {
                int start = 0;
                int end = 0;
                const qsizetype endKey = findKey(json, "\"end\":", at);
                if (endKey < 0 || !readInt(json, at, &start) || !readInt(json, endKey, &end))
                    return false;
                line.ranges.append({start, end});
                at = endKey;
            }
        }
        m_lines[lineNumber] = std::move(line);
        return true;
    }
    if (type.startsWith("begin\"")) {
        const qsizetype path = findKey(json, "\"path\":");
        QByteArray bytes;
        if (path < 0 || !readData(json, path, &bytes))
            return false;
        m_path = QString::fromUtf8(bytes);
        m_lines.clear();
        return true;
    }
    if (type.startsWith("end\"")) {
        const qsizetype binary = findKey(json, "\"binary_offset\":");
        if (binary < 0)
            return false;
        endFile(!json.sliced(binary).startsWith("null"), results);
        return true;
    }
    return false; // summary and anything else: the general path
}

QList<SearchResult> RipgrepJsonParser::feed(QByteArrayView output)
{
    QList<SearchResult> results;
    qsizetype from = 0;
    while (from < output.size()) {
        const qsizetype newline = output.indexOf('\n', from);
        if (newline < 0) {
            m_partial.append(output.sliced(from));
            break;
        }
        if (m_partial.isEmpty()) {
            decodeLine(output.sliced(from, newline - from), &results);
        } else {
            m_partial.append(output.sliced(from, newline - from));
            decodeLine(m_partial, &results);
            m_partial.clear();
        }
        from = newline + 1;
    }
    return results;
}

void RipgrepJsonParser::decodeLine(QByteArrayView json, QList<SearchResult> *results)
{
    if (decodeLineFast(json, results))
        return;
    const QJsonObject message = QJsonDocument::fromJson(json.toByteArray()).object();
    const QString type = message.value(QLatin1String("type")).toString();
    const QJsonObject data = message.value(QLatin1String("data")).toObject();
    if (type == u"begin") {
        m_path = QString::fromUtf8(arbitraryData(data.value(QLatin1String("path"))));
        m_lines.clear();
    } else if (type == u"match" || type == u"context") {
        const int number = data.value(QLatin1String("line_number")).toInt();
        if (number <= 0)
            return;
        Line line;
        line.bytes = withoutTerminator(arbitraryData(data.value(QLatin1String("lines"))));
        line.match = type == u"match";
        const QJsonArray submatches = data.value(QLatin1String("submatches")).toArray();
        for (const QJsonValue &submatch : submatches) {
            const QJsonObject object = submatch.toObject();
            line.ranges.append({object.value(QLatin1String("start")).toInt(),
                                object.value(QLatin1String("end")).toInt()});
        }
        m_lines[number] = std::move(line);
    } else if (type == u"end") {
        endFile(!data.value(QLatin1String("binary_offset")).isNull(), results);
    } else if (type == u"summary") {
        m_finished = true;
    }
}

void RipgrepJsonParser::endFile(bool binary, QList<SearchResult> *results)
{
    if (!binary) {
        const auto neighbour = [this](int number) -> QByteArrayView {
            const auto it = m_lines.find(number);
            if (it == m_lines.end())
                return {};
            // Not null even when empty: the line exists.
            return it->second.bytes.isNull() ? QByteArrayView("", 0)
                                             : QByteArrayView(it->second.bytes);
        };
        const qsizetype before = results->size();
        for (const auto &[number, line] : m_lines) {
            if (!line.match)
                continue;
            SearchResult result = SearchResult::fromLine(m_path, number - 1, line.bytes,
                                                         line.ranges, neighbour(number - 1),
                                                         neighbour(number + 1));
            if (!result.ranges.isEmpty())
                results->append(std::move(result));
        }
        if (results->size() > before)
            ++m_files;
    }
    m_lines.clear();
    m_path.clear();
}

} // namespace Baton::Core
