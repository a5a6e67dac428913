// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/search/searchglobs.h"

#include "core/search/searchquery.h"

namespace Baton::Core {

SearchGlobs::SearchGlobs(const QStringList &globs)
{
    for (const QString &glob : globs) {
        for (const QString &anchored : SearchQuery::anchoredGlobs(glob)) {
            QRegularExpression expression(QRegularExpression::anchoredPattern(
                toRegularExpression(anchored)));
            if (expression.isValid())
                m_expressions.append(expression);
        }
    }
}

bool SearchGlobs::matches(const QString &path) const
{
    for (const QRegularExpression &expression : m_expressions) {
        if (expression.matchView(path).hasMatch())
            return true;
    }
    return false;
}

// As ripgrep's globset with literal separators: `**` is special only as a whole path
// component.
QString SearchGlobs::toRegularExpression(const QString &glob)
{
    QString out;
    int braces = 0;
    const qsizetype size = glob.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = glob.at(i);
        const bool componentStart = i == 0 || glob.at(i - 1) == u'/';
        if (c == u'*' && i + 1 < size && glob.at(i + 1) == u'*' && componentStart) {
            if (i + 2 == size) {
                out += QLatin1String(".*");
                i += 1;
                continue;
            }
            if (glob.at(i + 2) == u'/') {
                out += QLatin1String("(?:.*/)?");
                i += 2;
                continue;
            }
        }
        if (c == u'*') {
            out += QLatin1String("[^/]*");
        } else if (c == u'?') {
            out += QLatin1String("[^/]");
        } else if (c == u'[') {
            const qsizetype close = glob.indexOf(u']', i + 2);
            if (close < 0) {
                out += QLatin1String("\\[");
                continue;
            }
            QString set = glob.mid(i + 1, close - i - 1);
            if (set.startsWith(u'!'))
                set[0] = u'^';
            set.replace(QLatin1String("\\"), QLatin1String("\\\\"));
            out += u'[' + set + u']';
            i = close;
        } else if (c == u'{') {
            ++braces;
            out += QLatin1String("(?:");
        } else if (c == u'}' && braces > 0) {
            --braces;
            out += u')';
        } else if (c == u',' && braces > 0) {
            out += u'|';
        } else if (c == u'\\' && i + 1 < size) {
            out += QRegularExpression::escape(glob.mid(++i, 1));
        } else {
            out += QRegularExpression::escape(QString(c));
        }
    }
    while (braces-- > 0)
        out += u')';
    return out;
}

} // namespace Baton::Core
