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
