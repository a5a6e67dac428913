// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/solo/searchtool.h"

#include "core/search/searchquery.h"
#include "core/search/textsearch.h"

#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>

#include <algorithm>

namespace Baton::Core {

using namespace Qt::StringLiterals;

SearchTool::SearchTool(const QString &workspace, const SecretFilter &filter)
    : m_guard(workspace)
    , m_filter(filter)
{}

QJsonObject SearchTool::schema()
{
    const auto property = [](const char *description) {
        return QJsonObject{{u"type"_s, u"string"_s},
                           {u"description"_s, QString::fromUtf8(description)}};
    };
    return QJsonObject{
        {u"name"_s, u"search"_s},
        {u"description"_s,
         u"Search the workspace's files for a regular expression (case-sensitive; ignored and "
         "binary files are skipped). Returns matching lines as path:line: text."_s},
        {u"input_schema"_s,
         QJsonObject{
             {u"type"_s, u"object"_s},
             {u"properties"_s,
              QJsonObject{{u"pattern"_s, property("The regular expression (PCRE2 syntax).")},
                          {u"path"_s, property("A folder or file to search in, relative to the "
                                               "workspace root (default: the whole workspace).")},
                          {u"glob"_s, property("Only files whose path matches this glob, e.g. "
                                               "\"*.cpp\" or \"src/**/*.h\".")}}},
             {u"required"_s, QJsonArray{u"pattern"_s}},
             {u"additionalProperties"_s, false}}}};
}

Result<QString> SearchTool::call(const QJsonObject &input)
{
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (it.key() != u"pattern" && it.key() != u"path" && it.key() != u"glob")
            return Error{u"search has no parameter \"%1\"."_s.arg(it.key())};
        if (!it.value().isString())
            return Error{u"search: \"%1\" must be a string."_s.arg(it.key())};
    }
    if (!input.contains(u"pattern"_s))
        return Error{u"search needs \"pattern\"."_s};
    return search(input.value(u"pattern"_s).toString(), input.value(u"path"_s).toString(),
                  input.value(u"glob"_s).toString());
}

static QString shownText(const SearchResult &result)
{
    QString text = result.text;
    qsizetype start = 0;
    if (text.size() > SearchTool::maxLineChars) {
        const int match
            = result.ranges.isEmpty() ? 0 : result.ranges.first().start - result.textStart;
        start = qBound(qsizetype(0), qsizetype(match) - 80, text.size() - SearchTool::maxLineChars);
        text = text.mid(start, SearchTool::maxLineChars);
    }
    if (start > 0 || result.textStart > 0)
        text.prepend(u"…"_s);
    if (start + SearchTool::maxLineChars < result.text.size())
        text.append(u"…"_s);
    return text;
}

Result<QString> SearchTool::search(const QString &pattern, const QString &path, const QString &glob)
{
    if (pattern.isEmpty())
        return Error{u"search: \"pattern\" is empty."_s};
    const Result<WorkspacePath> where = m_guard.resolve(path.isEmpty() ? u"."_s : path);
    if (!where)
        return Error{where.errorMessage()};
    if (!where->exists)
        return Error{u"search: %1 does not exist."_s.arg(path)};

    SearchQuery query;
    query.pattern = pattern;
    query.regularExpression = true;
    query.caseSensitive = true;
    query.maxResults = maxLines * 5;
    query.includeGlobs = SearchQuery::splitGlobs(glob);
    if (!query.expression().isValid())
        return Error{u"search: the pattern is not a valid regular expression: %1"_s.arg(
            query.expression().errorString())};

    const QFileInfo info(where->absolute);
    QString folder = where->absolute;
    QString prefix = where->relative.isEmpty() ? QString() : where->relative + u'/';
    QString onlyFile;
    if (!info.isDir()) {
        folder = info.absolutePath();
        const qsizetype slash = where->relative.lastIndexOf(u'/');
        prefix = slash < 0 ? QString() : where->relative.left(slash + 1);
        onlyFile = info.fileName();
        if (query.includeGlobs.isEmpty())
            query.includeGlobs = {onlyFile};
    }
    if (prefix.isEmpty())
        query.excludeGlobs = {u".baton/**"_s};

    const Result<TextSearch::Outcome> outcome = TextSearch::run(query, folder);
    if (!outcome)
        return Error{u"search failed: %1"_s.arg(outcome.errorMessage())};

    QList<SearchResult> results = outcome->results;
    std::sort(results.begin(), results.end(), [](const SearchResult &a, const SearchResult &b) {
        return a.path != b.path ? a.path < b.path : a.line < b.line;
    });
    QStringList lines;
    int secretLines = 0;
    int total = 0;
    for (const SearchResult &result : std::as_const(results)) {
        if (!onlyFile.isEmpty() && result.path != onlyFile)
            continue;
        const QString relative = prefix + result.path;
        if (WorkspaceGuard::isProtected(relative))
            continue;
        if (m_filter.withholds(relative)) {
            ++secretLines;
            continue;
        }
        ++total;
        if (lines.size() < maxLines)
            lines.append(relative + u':' + QString::number(result.line + 1) + u": "_s
                         + m_filter.filterText(shownText(result)).text);
    }

    const QString where_ = path.isEmpty() ? u"the workspace"_s : path;
    QString text = lines.join(u'\n');
    if (total == 0)
        text = u"No matches for /%1/ in %2%3."_s.arg(
            pattern, where_, glob.isEmpty() ? QString() : u" (glob %1)"_s.arg(glob));
    else if (outcome->summary.truncated)
        text += u"\n(More than %1 matching lines; the first %2 are shown. Narrow the pattern, "
                "path or glob.)"_s.arg(total)
                    .arg(lines.size());
    else if (total > lines.size())
        text += u"\n(%1 matching lines; the first %2 are shown. Narrow the pattern, path or "
                "glob.)"_s.arg(total)
                    .arg(lines.size());
    if (secretLines > 0)
        text += u"\n(%1 matching line(s) in secret files such as .env were left out.)"_s.arg(
            secretLines);
    return text;
}

} // namespace Baton::Core
