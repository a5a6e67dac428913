// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/search/searchreplace.h"

#include "core/documents/textfile.h"
#include "core/documents/utf8columns.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QMap>

#include <algorithm>

namespace Baton::Core {

QList<ReplaceEdit> ReplaceFile::edits() const
{
    QList<ReplaceEdit> edits;
    if (!enabled || !error.isEmpty())
        return edits;
    for (const ReplaceLine &line : lines) {
        if (line.enabled)
            edits.append(line.edits);
    }
    return edits;
}

QByteArray ReplaceFile::replacedBytes() const
{
    QByteArray bytes;
    bytes.reserve(original.size());
    qsizetype from = 0;
    for (const ReplaceEdit &edit : edits()) {
        bytes.append(QByteArrayView(original).sliced(from, edit.start - from));
        bytes.append(edit.bytes);
        from = edit.start + edit.length;
    }
    bytes.append(QByteArrayView(original).sliced(from));
    return bytes;
}

int ReplacePlan::replacements() const
{
    int count = 0;
    for (const ReplaceFile &file : files)
        count += int(file.edits().size());
    return count;
}

QString SearchReplace::expandTemplate(const QString &replacement,
                                      const QRegularExpressionMatch &match)
{
    QString out;
    out.reserve(replacement.size());
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        const QChar next = i + 1 < replacement.size() ? replacement.at(i + 1) : QChar();
        if (c == u'$' && next == u'$') {
            out += u'$';
            ++i;
        } else if (c == u'$' && next == u'&') {
            out += match.captured(0);
            ++i;
        } else if (c == u'$' && next.isDigit()) {
            int group = next.digitValue();
            ++i;
            if (i + 1 < replacement.size() && replacement.at(i + 1).isDigit()
                && group * 10 + replacement.at(i + 1).digitValue() <= match.lastCapturedIndex()) {
                group = group * 10 + replacement.at(i + 1).digitValue();
                ++i;
            }
            out += match.captured(group);
        } else if (c == u'\\' && next.isDigit()) {
            out += match.captured(next.digitValue());
            ++i;
        } else if (c == u'\\' && next == u'n') {
            out += u'\n';
            ++i;
        } else if (c == u'\\' && next == u't') {
            out += u'\t';
            ++i;
        } else if (c == u'\\' && next == u'\\') {
            out += u'\\';
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString SearchReplace::resolveInside(const QString &folder, const QString &relative)
{
    if (relative.isEmpty() || QDir::isAbsolutePath(relative))
        return {};
    const QString root = QDir(folder).canonicalPath();
    if (root.isEmpty())
        return {};
    const QString absolute = QDir::cleanPath(root + u'/' + relative);
    if (!absolute.startsWith(root + u'/'))
        return {};
    // Through a symbolic link the file may live elsewhere.
    const QString canonical = QFileInfo(absolute).canonicalFilePath();
    if (canonical.isEmpty() || !canonical.startsWith(root + u'/'))
        return {};
    return absolute;
}

// Start offsets of the 0-based lines of `bytes`.
static QList<qsizetype> lineStarts(const QByteArray &bytes)
{
    QList<qsizetype> starts{0};
    for (qsizetype at = bytes.indexOf('\n'); at >= 0; at = bytes.indexOf('\n', at + 1))
        starts.append(at + 1);
    return starts;
}

ReplacePlan SearchReplace::plan(const QString &folder, const SearchQuery &query,
                                const QList<SearchResult> &results, const QString &replacement,
                                const QHash<QString, QByteArray> &openDocuments)
{
    ReplacePlan plan;
    const QRegularExpression expression = query.expression();
    QMap<QString, QList<const SearchResult *>> byFile;
    for (const SearchResult &result : results)
        byFile[result.path].append(&result);
    const QByteArray replacementUtf8 = replacement.toUtf8();

    for (auto it = byFile.cbegin(); it != byFile.cend(); ++it) {
        ReplaceFile file;
        file.path = it.key();
        file.absolutePath = resolveInside(folder, file.path);
        const QString shown = QDir::toNativeSeparators(file.path);
        if (file.absolutePath.isEmpty()) {
            file.error = tr("%1 is not inside the workspace; it is left alone.").arg(shown);
            plan.files.append(file);
            continue;
        }
        if (const auto open = openDocuments.constFind(file.absolutePath);
            open != openDocuments.cend()) {
            file.original = open.value();
            file.openInEditor = true;
        } else {
            const Result<TextFileContent> read = TextFile::read(file.absolutePath);
            if (!read.ok()) {
                file.error = read.errorMessage();
                plan.files.append(file);
                continue;
            }
            // The search reads files as UTF-8 bytes; in another encoding its positions and
            // texts do not describe the file, and UTF-8 replacement bytes would damage it.
            if (read->encoding.kind() != TextEncoding::Kind::Utf8) {
                file.error = tr("%1 is in %2; Replace All changes UTF-8 files only. Open it and "
                                "use Replace in the file instead.")
                                 .arg(shown, read->encoding.displayName());
                plan.files.append(file);
                continue;
            }
            file.original = read->bytes;
        }
        if (!expression.isValid()) {
            file.error = tr("Invalid regular expression: %1").arg(expression.errorString());
            plan.files.append(file);
            continue;
        }
        QList<const SearchResult *> matches = it.value();
        std::sort(matches.begin(), matches.end(),
                  [](const SearchResult *a, const SearchResult *b) { return a->line < b->line; });
        const QList<qsizetype> starts = lineStarts(file.original);
        const QString stale
            = tr("%1 changed since the search; search again to replace in it.").arg(shown);
        for (const SearchResult *result : std::as_const(matches)) {
            if (result->line < 0 || result->line >= starts.size()) {
                file.error = stale;
                break;
            }
            const qsizetype start = starts.at(result->line);
            qsizetype end = result->line + 1 < starts.size() ? starts.at(result->line + 1) - 1
                                                             : file.original.size();
            if (end < file.original.size() && end > start && file.original.at(end - 1) == '\r')
                --end;
            const QByteArrayView content(file.original.constData() + start, end - start);
            const Utf8Columns columns(content);
            if (columns.text().mid(result->textStart, result->text.size()) != result->text) {
                file.error = stale;
                break;
            }
            ReplaceLine line;
            line.line = result->line;
            line.oldText = columns.text();
            QString newText;
            int copied = 0; // UTF-16 offset in the line up to which newText is built
            for (const SearchResult::Range &range : result->ranges) {
                const QRegularExpressionMatch match = expression.matchView(
                    columns.text(), range.start, QRegularExpression::NormalMatch,
                    QRegularExpression::AnchorAtOffsetMatchOption);
                if (!match.hasMatch() || match.capturedLength() != range.length
                    || range.start < copied) {
                    file.error = stale;
                    break;
                }
                const QString text = query.regularExpression
                                         ? expandTemplate(replacement, match)
                                         : replacement;
                line.edits.append({start + range.byteStart, range.byteLength,
                                   query.regularExpression ? text.toUtf8() : replacementUtf8});
                newText += QStringView(columns.text()).sliced(copied, range.start - copied);
                newText += text;
                copied = range.start + range.length;
            }
            if (!file.error.isEmpty())
                break;
            newText += QStringView(columns.text()).sliced(copied);
            line.newText = newText;
            file.lines.append(line);
        }
        if (!file.error.isEmpty())
            file.lines.clear();
        plan.files.append(file);
    }
    return plan;
}

SearchReplace::Outcome SearchReplace::apply(const ReplacePlan &plan)
{
    Outcome outcome;
    for (const ReplaceFile &file : plan.files) {
        if (file.openInEditor || !file.enabled)
            continue;
        if (!file.error.isEmpty()) {
            outcome.failures.append(file.error);
            continue;
        }
        if (file.edits().isEmpty())
            continue;
        const QString shown = QDir::toNativeSeparators(file.path);
        const Result<TextFileContent> current = TextFile::read(file.absolutePath);
        if (!current.ok()) {
            outcome.failures.append(current.errorMessage());
            continue;
        }
        if (current->bytes != file.original) {
            outcome.failures.append(
                tr("%1 changed on disk since the preview; it was not replaced.").arg(shown));
            continue;
        }
        // The text was matched and replaced as the editor would hold it; it goes back in the
        // file's own encoding. A file only UTF-8 can hold exactly as it is (damaged bytes) is
        // written as the bytes it had; one that another encoding cannot give back is left
        // alone rather than rewritten.
        if (!current->lossless && current->encoding.kind() != TextEncoding::Kind::Utf8) {
            outcome.failures.append(
                tr("%1 cannot be read back exactly in %2; open it to edit it.")
                    .arg(shown, current->encoding.displayName()));
            continue;
        }
        const Status written
            = TextFile::write(file.absolutePath, file.replacedBytes(), current->encoding);
        if (!written.ok()) {
            outcome.failures.append(written.errorMessage());
            continue;
        }
        outcome.written.append(file.path);
    }
    return outcome;
}

} // namespace Baton::Core
