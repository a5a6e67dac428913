// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "filetools.h"

#include "core/documents/textfile.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>

#include <git2.h>

#include <algorithm>

namespace Baton::Core {

static QByteArray fingerprint(const QByteArray &utf8)
{
    return QCryptographicHash::hash(utf8, QCryptographicHash::Sha1);
}

static QString shown(const WorkspacePath &path)
{
    return path.relative.isEmpty() ? QStringLiteral(".") : path.relative;
}

// libgit2's ignore rules for list_dir: the workspace's repository, or the checkpoint shadow
// repository (work tree set in memory) when the workspace has none.
struct FileTools::Ignores
{
    git_repository *repository = nullptr;
    QString prefix; // the workspace relative to the repository's work tree, "" or "a/b/"
    ~Ignores() { git_repository_free(repository); }
};

FileTools::FileTools(const QString &workspace, const SecretFilter &filter)
    : m_guard(workspace)
    , m_filter(filter)
{}

FileTools::~FileTools() = default;

bool FileTools::isIgnored(const QString &relative, bool folder)
{
    if (!m_ignores) {
        m_ignores = std::make_unique<Ignores>();
        const QByteArray root = QFile::encodeName(m_guard.root());
        if (git_repository_open_ext(&m_ignores->repository, root.constData(), 0, nullptr) == 0) {
            const char *workdir = git_repository_workdir(m_ignores->repository);
            const QString top
                = workdir ? QFileInfo(QFile::decodeName(workdir)).canonicalFilePath() : QString();
            if (top.isEmpty()
                || !(m_guard.root() == top || m_guard.root().startsWith(top + u'/'))) {
                git_repository_free(m_ignores->repository);
                m_ignores->repository = nullptr;
            } else if (m_guard.root() != top) {
                m_ignores->prefix = m_guard.root().mid(top.size() + 1) + u'/';
            }
        } else {
            m_ignores->repository = nullptr;
            const QByteArray shadow = root + "/.baton/shadow.git";
            if (QFileInfo::exists(QFile::decodeName(shadow) + u"/HEAD")
                && git_repository_open_bare(&m_ignores->repository, shadow.constData()) == 0
                && git_repository_set_workdir(m_ignores->repository, root.constData(), 0) != 0) {
                git_repository_free(m_ignores->repository);
                m_ignores->repository = nullptr;
            }
        }
    }
    if (!m_ignores->repository)
        return false;
    const QByteArray path = (m_ignores->prefix + relative + (folder ? u"/" : u"")).toUtf8();
    int ignored = 0;
    return git_ignore_path_is_ignored(&ignored, m_ignores->repository, path.constData()) == 0
           && ignored;
}

Result<QString> FileTools::checkNotStale(const WorkspacePath &path,
                                         const QByteArray &current) const
{
    const auto seen = m_seen.constFind(path.relative);
    if (seen == m_seen.cend())
        return Error{QStringLiteral("%1 has not been read yet in this run. Read it with "
                                    "read_file first, then edit it.")
                         .arg(shown(path))};
    if (*seen != fingerprint(current))
        return Error{QStringLiteral("%1 has changed on disk since you last read it (the user or "
                                    "a command changed it). Read it again with read_file before "
                                    "changing it.")
                         .arg(shown(path))};
    return QString();
}

void FileTools::remember(const WorkspacePath &path, const QByteArray &utf8)
{
    m_seen.insert(path.relative, fingerprint(utf8));
}

Result<QString> FileTools::readFile(const QString &pathArgument, int offset, int limit)
{
    auto path = m_guard.resolve(pathArgument);
    if (!path)
        return Error{path.errorMessage()};
    if (!path->exists)
        return Error{QStringLiteral("%1 does not exist.").arg(pathArgument)};
    if (QFileInfo(path->absolute).isDir())
        return Error{QStringLiteral("%1 is a folder; use list_dir for folders.")
                         .arg(shown(path.value()))};
    if (offset < 1 || limit < 1)
        return Error{QStringLiteral("offset and limit must be at least 1.")};
    const FilteredFile preview = m_filter.filterFile(path->relative, QString());
    if (preview.withheld)
        return Error{preview.notice};
    auto content = TextFile::read(path->absolute);
    if (!content)
        return Error{QStringLiteral("%1 cannot be read as text: %2")
                         .arg(shown(path.value()), content.errorMessage())};
    remember(path.value(), content->bytes);

    const FilteredFile filtered
        = m_filter.filterFile(path->relative, QString::fromUtf8(content->bytes));
    QStringList lines = filtered.text.split(u'\n');
    if (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast(); // the final line end does not start another line
    const qsizetype total = lines.size();
    QString out;
    if (filtered.text.isEmpty())
        out = QStringLiteral("(%1 is empty)\n").arg(shown(path.value()));
    else if (offset > total)
        return Error{QStringLiteral("%1 has only %2 lines; offset %3 is past its end.")
                         .arg(shown(path.value()))
                         .arg(total)
                         .arg(offset)};
    const qsizetype last = std::min<qsizetype>(total, qsizetype(offset) + limit - 1);
    for (qsizetype i = offset - 1; i < last && !filtered.text.isEmpty(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.size() > maxLineChars)
            line = line.left(maxLineChars) + QStringLiteral(" … (line cut at %1 characters)")
                                                 .arg(maxLineChars);
        out += QStringLiteral("%1\t").arg(i + 1, 6) + line + u'\n';
    }
    if (last < total)
        out += QStringLiteral("(lines %1–%2 of %3; call read_file with offset %4 to read on)\n")
                   .arg(offset)
                   .arg(last)
                   .arg(total)
                   .arg(last + 1);
    if (!content->lossless)
        out += QStringLiteral("(this file has bytes that are not valid %1; it can be read but "
                              "not edited)\n")
                   .arg(content->encoding.displayName());
    if (!filtered.notice.isEmpty())
        out += u'(' + filtered.notice + QStringLiteral(")\n");
    return out;
}

Result<QString> FileTools::listDir(const QString &pathArgument, int depth)
{
    auto path = m_guard.resolve(pathArgument);
    if (!path)
        return Error{path.errorMessage()};
    if (!QFileInfo(path->absolute).isDir())
        return Error{QStringLiteral("%1 is not a folder.").arg(pathArgument)};
    if (depth < 1 || depth > maxListDepth)
        return Error{QStringLiteral("depth must be between 1 and %1.").arg(maxListDepth)};
    QString out;
    int listed = 0;
    int skipped = 0;
    const auto list = [&](const auto &self, const QString &relative, int level) -> void {
        QDir dir(relative.isEmpty() ? m_guard.root() : m_guard.root() + u'/' + relative);
        const QFileInfoList entries = dir.entryInfoList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
            QDir::Name | QDir::DirsFirst);
        for (const QFileInfo &entry : entries) {
            const QString name = entry.fileName();
            const QString child = relative.isEmpty() ? name : relative + u'/' + name;
            if (name == u".git" || (relative.isEmpty() && name == u".baton"))
                continue;
            const bool folder = entry.isDir() && !entry.isSymLink();
            if (isIgnored(child, folder))
                continue;
            if (listed >= maxListEntries) {
                ++skipped;
                continue;
            }
            ++listed;
            out += QString(2 * (level - 1), u' ') + name;
            if (entry.isSymLink())
                out += QStringLiteral(" -> ") + entry.symLinkTarget();
            else if (folder)
                out += u'/';
            out += u'\n';
            if (folder && level < depth)
                self(self, child, level + 1);
        }
    };
    list(list, path->relative, 1);
    if (listed == 0)
        out = QStringLiteral("(%1 is empty)\n").arg(shown(path.value()));
    if (skipped > 0)
        out += QStringLiteral("(… and %1 more entries; list a sub-folder or use a smaller "
                              "depth)\n")
                   .arg(skipped);
    return out;
}

// Whether every line end of `text` is CRLF (and there is at least one).
static bool usesCrlf(const QString &text)
{
    const qsizetype lf = text.count(u'\n');
    return lf > 0 && text.count(QStringLiteral("\r\n")) == lf;
}

static QString withLineEnds(QString text, bool crlf)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (crlf)
        text.replace(u'\n', QStringLiteral("\r\n"));
    return text;
}

Result<QString> FileTools::editFile(const QString &pathArgument, const QString &oldText,
                                    const QString &newText, bool replaceAll)
{
    auto path = m_guard.resolve(pathArgument);
    if (!path)
        return Error{path.errorMessage()};
    if (!path->exists)
        return Error{QStringLiteral("%1 does not exist; use write_file to create it.")
                         .arg(pathArgument)};
    if (m_filter.withholds(path->relative))
        return Error{QStringLiteral("%1 holds secrets and is withheld from you; it cannot be "
                                    "edited.")
                         .arg(shown(path.value()))};
    if (oldText.isEmpty())
        return Error{QStringLiteral("old_text is empty; give the exact text to replace.")};
    if (oldText == newText)
        return Error{QStringLiteral("old_text and new_text are the same; nothing to change.")};
    auto content = TextFile::read(path->absolute);
    if (!content)
        return Error{QStringLiteral("%1 cannot be edited: %2")
                         .arg(shown(path.value()), content.errorMessage())};
    if (auto stale = checkNotStale(path.value(), content->bytes); !stale)
        return Error{stale.errorMessage()};
    if (!content->lossless)
        return Error{QStringLiteral("%1 has bytes that are not valid %2; editing it would change "
                                    "them, so it is not edited.")
                         .arg(shown(path.value()), content->encoding.displayName())};

    const QString text = QString::fromUtf8(content->bytes);
    const bool crlf = usesCrlf(text);
    const QString haystack = withLineEnds(text, false);
    const QString needle = withLineEnds(oldText, false);
    const qsizetype count = haystack.count(needle);
    if (count == 0) {
        QString hint;
        if (oldText.contains(u"[REDACTED"))
            hint = QStringLiteral(" old_text holds a redacted value, which is not in the file as "
                                  "such; choose text around it.");
        else if (haystack.contains(needle.trimmed()) && !needle.trimmed().isEmpty())
            hint = QStringLiteral(" The text is there with different leading or trailing "
                                  "whitespace; copy it exactly as read_file shows it (without "
                                  "the line numbers).");
        return Error{QStringLiteral("old_text was not found in %1; nothing was changed.%2")
                         .arg(shown(path.value()), hint)};
    }
    if (count > 1 && !replaceAll)
        return Error{QStringLiteral("old_text occurs %1 times in %2; nothing was changed. Add "
                                    "surrounding lines to make it unique, or set replace_all to "
                                    "replace every occurrence.")
                         .arg(count)
                         .arg(shown(path.value()))};
    QString edited = haystack;
    const QString replacement = withLineEnds(newText, false);
    if (replaceAll) {
        edited.replace(needle, replacement);
    } else {
        const qsizetype at = edited.indexOf(needle);
        edited.replace(at, needle.size(), replacement);
    }
    const QByteArray bytes = withLineEnds(edited, crlf).toUtf8();
    if (auto written = TextFile::write(path->absolute, bytes, content->encoding); !written)
        return Error{QStringLiteral("%1 could not be written: %2")
                         .arg(shown(path.value()), written.errorMessage())};
    remember(path.value(), bytes);
    return QStringLiteral("Edited %1: %2 occurrence(s) replaced.")
        .arg(shown(path.value()))
        .arg(count);
}

Result<QString> FileTools::writeFile(const QString &pathArgument, const QString &content)
{
    auto path = m_guard.resolve(pathArgument);
    if (!path)
        return Error{path.errorMessage()};
    if (path->relative.isEmpty() || QFileInfo(path->absolute).isDir())
        return Error{QStringLiteral("%1 is a folder.").arg(pathArgument)};
    TextEncoding encoding; // UTF-8 for a new file
    bool crlf = false;
    if (path->exists) {
        if (m_filter.withholds(path->relative))
            return Error{QStringLiteral("%1 holds secrets and is withheld from you; it cannot be "
                                        "replaced.")
                             .arg(shown(path.value()))};
        auto current = TextFile::read(path->absolute);
        if (!current)
            return Error{QStringLiteral("%1 exists and cannot be replaced: %2")
                             .arg(shown(path.value()), current.errorMessage())};
        if (auto stale = checkNotStale(path.value(), current->bytes); !stale)
            return Error{stale.errorMessage()};
        if (current->lossless)
            encoding = current->encoding;
        crlf = usesCrlf(QString::fromUtf8(current->bytes));
    } else if (!QDir().mkpath(QFileInfo(path->absolute).path())) {
        return Error{QStringLiteral("The folder for %1 could not be created.")
                         .arg(shown(path.value()))};
    }
    const QByteArray bytes = withLineEnds(content, crlf).toUtf8();
    if (auto written = TextFile::write(path->absolute, bytes, encoding); !written)
        return Error{QStringLiteral("%1 could not be written: %2")
                         .arg(shown(path.value()), written.errorMessage())};
    remember(path.value(), bytes);
    return QStringLiteral("%1 %2 (%3 lines).")
        .arg(path->exists ? QStringLiteral("Replaced") : QStringLiteral("Created"),
             shown(path.value()))
        .arg(content.isEmpty() ? 0 : content.count(u'\n') + (content.endsWith(u'\n') ? 0 : 1));
}

// --- Schemas and dispatch ------------------------------------------------------------------

static QJsonObject property(const char *type, const char *description)
{
    return QJsonObject{{QStringLiteral("type"), QString::fromLatin1(type)},
                       {QStringLiteral("description"), QString::fromUtf8(description)}};
}

static QJsonObject tool(const char *name, const char *description, const QJsonObject &properties,
                        const QStringList &required)
{
    return QJsonObject{
        {QStringLiteral("name"), QString::fromLatin1(name)},
        {QStringLiteral("description"), QString::fromUtf8(description)},
        {QStringLiteral("input_schema"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                     {QStringLiteral("properties"), properties},
                     {QStringLiteral("required"), QJsonArray::fromStringList(required)},
                     {QStringLiteral("additionalProperties"), false}}}};
}

QJsonArray FileTools::schemas()
{
    const QJsonObject path = property("string", "A path relative to the workspace root.");
    return QJsonArray{
        tool("read_file",
             "Read a text file. Lines come numbered (number, tab, text); large files come in "
             "pages: pass offset to read on. Read a file before editing it.",
             {{QStringLiteral("path"), path},
              {QStringLiteral("offset"),
               property("integer", "The first line to read, 1-based (default 1).")},
              {QStringLiteral("limit"),
               property("integer", "How many lines to read (default 2000).")}},
             {QStringLiteral("path")}),
        tool("list_dir",
             "List a folder (folders end in '/'); ignored files are left out.",
             {{QStringLiteral("path"), path},
              {QStringLiteral("depth"),
               property("integer", "How many levels to list, 1 to 5 (default 1).")}},
             {QStringLiteral("path")}),
        tool("edit_file",
             "Replace old_text with new_text in a file you have read. old_text must match "
             "exactly once (copy it from read_file without the line numbers), or set "
             "replace_all.",
             {{QStringLiteral("path"), path},
              {QStringLiteral("old_text"), property("string", "The exact text to replace.")},
              {QStringLiteral("new_text"), property("string", "The text to put in its place.")},
              {QStringLiteral("replace_all"),
               property("boolean", "Replace every occurrence (default false).")}},
             {QStringLiteral("path"), QStringLiteral("old_text"), QStringLiteral("new_text")}),
        tool("write_file",
             "Create a file, or replace a file you have read, with the given content.",
             {{QStringLiteral("path"), path},
              {QStringLiteral("content"), property("string", "The whole new content.")}},
             {QStringLiteral("path"), QStringLiteral("content")}),
    };
}

Result<QString> FileTools::call(const QString &name, const QJsonObject &input)
{
    QJsonObject schema;
    for (const QJsonValue &value : schemas()) {
        if (value[QStringLiteral("name")].toString() == name)
            schema = value[QStringLiteral("input_schema")].toObject();
    }
    if (schema.isEmpty())
        return Error{QStringLiteral("There is no file tool named \"%1\".").arg(name)};
    const QJsonObject properties = schema[QStringLiteral("properties")].toObject();
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (!properties.contains(it.key()))
            return Error{QStringLiteral("%1 has no parameter \"%2\".").arg(name, it.key())};
        const QString type = properties[it.key()][QStringLiteral("type")].toString();
        const QJsonValue value = it.value();
        const bool integer = value.isDouble() && value.toDouble() == double(value.toInteger());
        const bool fits = (type == u"string" && value.isString())
                          || (type == u"boolean" && value.isBool())
                          || (type == u"integer" && integer);
        if (!fits)
            return Error{QStringLiteral("%1: \"%2\" must be a%3 %4.")
                             .arg(name, it.key(), type == u"integer" ? QStringLiteral("n")
                                                                     : QString(),
                                  type)};
    }
    for (const QJsonValue &required : schema[QStringLiteral("required")].toArray()) {
        if (!input.contains(required.toString()))
            return Error{QStringLiteral("%1 needs \"%2\".").arg(name, required.toString())};
    }
    const QString path = input[QStringLiteral("path")].toString();
    if (name == u"read_file")
        return readFile(path, int(input[QStringLiteral("offset")].toInteger(1)),
                        int(input[QStringLiteral("limit")].toInteger(defaultReadLines)));
    if (name == u"list_dir")
        return listDir(path, int(input[QStringLiteral("depth")].toInteger(1)));
    if (name == u"edit_file")
        return editFile(path, input[QStringLiteral("old_text")].toString(),
                        input[QStringLiteral("new_text")].toString(),
                        input[QStringLiteral("replace_all")].toBool(false));
    return writeFile(path, input[QStringLiteral("content")].toString());
}

} // namespace Baton::Core
