// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/search/searchquery.h"

namespace Baton::Core {

QStringList SearchQuery::splitGlobs(const QString &field)
{
    QStringList globs;
    QString current;
    int braces = 0;
    const auto flush = [&] {
        const QString glob = current.trimmed();
        if (!glob.isEmpty())
            globs.append(glob);
        current.clear();
    };
    for (const QChar c : field) {
        if (c == u'{')
            ++braces;
        else if (c == u'}' && braces > 0)
            --braces;
        if (c == u',' && braces == 0) {
            flush();
            continue;
        }
        current += c;
    }
    flush();
    return globs;
}

QStringList SearchQuery::anchoredGlobs(const QString &glob)
{
    QString anchored = glob;
    while (anchored.startsWith(QLatin1String("./")))
        anchored.remove(0, 2);
    while (anchored.endsWith(u'/'))
        anchored.chop(1);
    if (anchored.startsWith(u'/')) {
        anchored.remove(0, 1);
    } else if (!anchored.contains(u'/')) {
        anchored.prepend(QLatin1String("**/"));
    }
    if (anchored.isEmpty())
        return {};
    return {anchored, anchored + QLatin1String("/**")};
}

QRegularExpression SearchQuery::expression() const
{
    QString body = regularExpression ? pattern : QRegularExpression::escape(pattern);
    // As ripgrep's -w: the match may not have a word character right before or after it.
    if (wholeWord)
        body = QLatin1String("(?<!\\w)(?:") + body + QLatin1String(")(?!\\w)");
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(body, options);
}

} // namespace Baton::Core
