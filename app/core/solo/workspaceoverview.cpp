// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/solo/workspaceoverview.h"

#include "core/workspace/fileindex.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QMap>
#include <QtCore/QSet>

#include <algorithm>

namespace Baton::Core {

using namespace Qt::StringLiterals;

namespace {

struct Folder
{
    qsizetype files = 0;
    QHash<QString, qsizetype> extensions;
    QSet<QString> subfolders;
};

} // namespace

static QString extensionOf(QStringView path)
{
    const QStringView name = path.sliced(path.lastIndexOf(u'/') + 1);
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > 0 ? name.sliced(dot).toString() : QString();
}

static QString folderLine(const QString &name, const Folder &folder)
{
    QList<std::pair<QString, qsizetype>> extensions;
    for (auto it = folder.extensions.cbegin(); it != folder.extensions.cend(); ++it)
        extensions.append({it.key(), it.value()});
    std::sort(extensions.begin(), extensions.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QStringList kinds;
    for (qsizetype i = 0; i < extensions.size() && i < 3; ++i)
        kinds.append(u"%1 %2"_s.arg(extensions.at(i).first).arg(extensions.at(i).second));
    QString line
        = u"%1/ (%2 file%3"_s.arg(name).arg(folder.files).arg(folder.files == 1 ? u""_s : u"s"_s);
    line += kinds.isEmpty() ? u")"_s : u": "_s + kinds.join(u", "_s) + u")"_s;
    QStringList subfolders(folder.subfolders.cbegin(), folder.subfolders.cend());
    if (!subfolders.isEmpty()) {
        subfolders.sort();
        const qsizetype shown = qMin<qsizetype>(subfolders.size(), 6);
        QStringList names;
        for (qsizetype i = 0; i < shown; ++i)
            names.append(subfolders.at(i) + u'/');
        if (subfolders.size() > shown)
            names.append(u"…"_s);
        line += u" — "_s + names.join(u' ');
    }
    return line;
}

QString WorkspaceOverview::treeSummary(const QStringList &files, bool truncated, int maxLines)
{
    QMap<QString, Folder> folders;
    QStringList topFiles;
    for (const QString &path : files) {
        const qsizetype slash = path.indexOf(u'/');
        if (slash < 0) {
            topFiles.append(path);
            continue;
        }
        Folder &folder = folders[path.left(slash)];
        ++folder.files;
        const QString extension = extensionOf(path);
        if (!extension.isEmpty())
            ++folder.extensions[extension];
        const qsizetype next = path.indexOf(u'/', slash + 1);
        if (next > slash + 1)
            folder.subfolders.insert(path.mid(slash + 1, next - slash - 1));
    }
    topFiles.sort();

    QStringList lines;
    lines.append(
        truncated ? u"The listing stopped at %1 files (ignored files left out)."_s.arg(files.size())
                  : u"%1 file%2 (ignored files left out)."_s.arg(files.size())
                        .arg(files.size() == 1 ? u""_s : u"s"_s));
    int budget = qMax(maxLines - 1, 2);

    // When there are too many folders, the largest are named and the rest summed up.
    QStringList shownFolders = folders.keys();
    const int folderBudget = topFiles.isEmpty() ? budget : qMax(budget * 3 / 4, 1);
    qsizetype hiddenFolders = 0;
    qsizetype hiddenFolderFiles = 0;
    if (shownFolders.size() > folderBudget) {
        std::stable_sort(shownFolders.begin(), shownFolders.end(),
                         [&](const QString &a, const QString &b) {
                             return folders[a].files > folders[b].files;
                         });
        for (qsizetype i = folderBudget - 1; i < shownFolders.size(); ++i) {
            ++hiddenFolders;
            hiddenFolderFiles += folders[shownFolders.at(i)].files;
        }
        shownFolders.resize(folderBudget - 1);
        shownFolders.sort();
    }
    for (const QString &name : std::as_const(shownFolders))
        lines.append(folderLine(name, folders[name]));
    if (hiddenFolders > 0)
        lines.append(
            u"… %1 more folders with %2 files"_s.arg(hiddenFolders).arg(hiddenFolderFiles));
    budget -= int(lines.size() - 1);

    if (topFiles.size() <= budget) {
        lines.append(topFiles);
    } else {
        const int shown = qMax(budget - 1, 0);
        lines.append(topFiles.first(shown));
        lines.append(u"… %1 more files at the top level"_s.arg(topFiles.size() - shown));
    }
    return lines.join(u'\n') + u'\n';
}

QString WorkspaceOverview::rules(const QString &workspace, const SecretFilter &filter,
                                 const OverviewLimits &limits)
{
    const QString root = QFileInfo(workspace).canonicalFilePath();
    if (root.isEmpty())
        return {};
    QStringList names{u"AGENTS.md"_s, u"CLAUDE.md"_s};
    const QStringList ruleFiles
        = QDir(root + u"/.baton/rules"_s).entryList({u"*.md"_s}, QDir::Files, QDir::Name);
    for (const QString &name : ruleFiles)
        names.append(u".baton/rules/"_s + name);

    QString text;
    for (const QString &name : std::as_const(names)) {
        const QString canonical = QFileInfo(root + u'/' + name).canonicalFilePath();
        if (canonical.isEmpty() || !canonical.startsWith(root + u'/'))
            continue; // missing, or a link that leads out of the workspace
        const int room = qMin(limits.ruleChars, limits.rulesChars - int(text.size()));
        if (room <= 0) {
            text
                += u"(%1 and any later rules files were left out: the rules are too long.)\n"_s.arg(
                    name);
            break;
        }
        QFile file(canonical);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QString content = QString::fromUtf8(file.read(qint64(room) * 4 + 4));
        const bool cut = content.size() > room || !file.atEnd();
        if (content.size() > room)
            content.truncate(room);
        const FilteredFile filtered = filter.filterFile(name, content);
        if (filtered.withheld)
            continue;
        text += u"## %1\n\n"_s.arg(name) + filtered.text.trimmed() + u'\n';
        if (cut)
            text += u"(%1 goes on; the rest was left out.)\n"_s.arg(name);
        if (!filtered.notice.isEmpty())
            text += u"(%1)\n"_s.arg(filtered.notice);
        text += u'\n';
    }
    return text;
}

QString WorkspaceOverview::commands(const TestCommand &tests)
{
    QString text;
    if (tests.isValid()) {
        text
            += u"Test command (run_tests runs it): `%1` — %2.\n"_s.arg(tests.command, tests.reason);
        if (!tests.buildCommand.isEmpty())
            text += u"Build command: `%1`.\n"_s.arg(tests.buildCommand);
    } else {
        text += u"No test command was found; run_tests will say so.\n"_s;
    }
    if (!tests.alsoFound.isEmpty())
        text += u"Also found: "_s + tests.alsoFound.join(u"; "_s) + u".\n"_s;
    return text;
}

QString WorkspaceOverview::build(const QString &workspace, const TestCommand &tests,
                                 const SecretFilter &filter, const OverviewLimits &limits)
{
    const QString root = QFileInfo(workspace).canonicalFilePath();
    bool truncated = false;
    QStringList files = FileIndex::walk(root, limits.maxFiles, &truncated);
    // The Solo engine's own folder (checkpoints, the CMake build of run_tests) is not the
    // project's.
    files.removeIf([](const QString &path) { return path.startsWith(u".baton/"_s); });

    QString text = u"# Workspace\n\nFolder: %1\n\n"_s.arg(root);
    text += treeSummary(files, truncated, limits.treeLines);
    text += u"\n# Build and tests\n\n"_s + commands(tests);
    const QString projectRules = rules(root, filter, limits);
    if (!projectRules.isEmpty())
        text += u"\n# Project rules\n\nThe project's instructions for agents; follow them.\n\n"_s
                + projectRules;
    return text;
}

} // namespace Baton::Core
