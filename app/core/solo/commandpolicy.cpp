// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "commandpolicy.h"

#include "core/solo/shellcommand.h"

#include <QtCore/QDir>
#include <QtCore/QRegularExpression>

namespace Baton::Core {

// Commands inside `bash -c "…"` / eval are read again, to this depth.
static constexpr int maxNesting = 4;

static QString baseName(const QString &word)
{
    return word.mid(word.lastIndexOf(u'/') + 1);
}

static bool isShell(const QString &name)
{
    static const QStringList shells = {QStringLiteral("sh"),   QStringLiteral("bash"),
                                       QStringLiteral("zsh"),  QStringLiteral("dash"),
                                       QStringLiteral("ksh"),  QStringLiteral("fish"),
                                       QStringLiteral("ash"),  QStringLiteral("busybox")};
    return shells.contains(name);
}

static bool isInterpreter(const QString &name)
{
    static const QRegularExpression interpreters(
        QStringLiteral("^(python[0-9.]*|perl|ruby|node|php|lua)$"));
    return isShell(name) || interpreters.match(name).hasMatch();
}

static bool isDownloader(const QString &name)
{
    static const QStringList downloaders = {QStringLiteral("curl"), QStringLiteral("wget"),
                                            QStringLiteral("fetch"), QStringLiteral("aria2c"),
                                            QStringLiteral("http"), QStringLiteral("https")};
    return downloaders.contains(name);
}

static bool isPrivilege(const QString &name)
{
    static const QStringList names = {QStringLiteral("sudo"), QStringLiteral("su"),
                                      QStringLiteral("doas"), QStringLiteral("pkexec"),
                                      QStringLiteral("run0")};
    return names.contains(name);
}

static bool isOption(const QString &word)
{
    return word.size() > 1 && word.startsWith(u'-');
}

// A short-option cluster ("-rf") or long option naming one of `letters` / `longNames`.
static bool hasFlag(const QStringList &arguments, const QString &letters,
                    const QStringList &longNames)
{
    for (const QString &word : arguments) {
        if (word == u"--")
            return false;
        if (word.startsWith(u"--")) {
            for (const QString &name : longNames) {
                if (word == name || word.startsWith(name + u'='))
                    return true;
            }
        } else if (isOption(word)) {
            for (const QChar letter : letters) {
                if (word.indexOf(letter, 1) > 0)
                    return true;
            }
        }
    }
    return false;
}

// Non-option arguments (everything after "--" counts).
static QStringList operands(const QStringList &arguments)
{
    QStringList result;
    bool optionsDone = false;
    for (const QString &word : arguments) {
        if (!optionsDone && word == u"--") {
            optionsDone = true;
            continue;
        }
        if (optionsDone || !isOption(word))
            result.append(word);
    }
    return result;
}

// Drops the words that only wrap the real command: `env X=1`, `nohup`, `nice -n 5`, `time`,
// `exec`, shell keywords and group braces.
static QStringList unwrapped(QStringList words)
{
    static const QStringList keywords = {
        QStringLiteral("{"),       QStringLiteral("}"),     QStringLiteral("!"),
        QStringLiteral("if"),      QStringLiteral("then"),  QStringLiteral("else"),
        QStringLiteral("elif"),    QStringLiteral("do"),    QStringLiteral("while"),
        QStringLiteral("until"),   QStringLiteral("time"),  QStringLiteral("exec"),
        QStringLiteral("command"), QStringLiteral("builtin"), QStringLiteral("nohup")};
    static const QStringList wrappers = {
        QStringLiteral("env"),     QStringLiteral("nice"),    QStringLiteral("ionice"),
        QStringLiteral("stdbuf"),  QStringLiteral("timeout"), QStringLiteral("xargs"),
        QStringLiteral("setsid"),  QStringLiteral("unbuffer"), QStringLiteral("chronic"),
        QStringLiteral("flock"),   QStringLiteral("taskset"), QStringLiteral("strace")};
    static const QRegularExpression valueWord(
        QStringLiteral("^([0-9.]+[smhd]?|[A-Za-z_][A-Za-z0-9_]*=.*)$"));
    while (!words.isEmpty()) {
        const QString name = baseName(words.first());
        if (keywords.contains(name)) {
            words.removeFirst();
            continue;
        }
        if (!wrappers.contains(name))
            break;
        words.removeFirst();
        while (!words.isEmpty()
               && (isOption(words.first()) || valueWord.match(words.first()).hasMatch()))
            words.removeFirst();
    }
    return words;
}

static bool isInside(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + u'/') || folder == u"/";
}

namespace {

// Reads one command line against the dangerous set.
class DangerCheck
{
public:
    DangerCheck(const QString &workspace, const QString &home)
        : m_workspace(workspace)
        , m_home(home)
    {}

    std::optional<QString> check(const QString &text, int depth)
    {
        static const QRegularExpression forkBomb(
            QStringLiteral("(\\S+)\\s*\\(\\s*\\)\\s*\\{[^}]*?\\1\\s*\\|\\s*&?\\s*\\1"));
        const QRegularExpressionMatch bomb = forkBomb.match(text);
        if (bomb.hasMatch())
            return CommandPolicy::tr("It is a fork bomb: it starts processes until the system "
                                     "stops responding.");
        const ShellScript script = ShellScript::parse(text);
        if (!script.complete)
            return CommandPolicy::tr("The command could not be read completely (an unclosed "
                                     "quote, bracket or substitution).");
        std::optional<QString> cwd = m_workspace;
        const QList<ShellSimpleCommand> &commands = script.commands;
        for (qsizetype i = 0; i < commands.size(); ++i) {
            const ShellSimpleCommand &command = commands.at(i);
            const QStringList words = unwrapped(command.words);
            const QString name = words.isEmpty() ? QString() : baseName(words.first());
            const QStringList arguments = words.mid(1);
            const bool expanded = !command.expandedWords.isEmpty();

            for (const ShellRedirection &redirection : command.redirections) {
                if (auto reason = checkWrite(redirection, cwd))
                    return reason;
            }
            if (name.isEmpty())
                continue;
            if (isPrivilege(name))
                return CommandPolicy::tr("%1 runs a command as another user.").arg(name);
            if (name == u"cd" && command.substitutedInto < 0) {
                cwd = arguments.isEmpty() ? std::optional<QString>(m_home)
                                          : resolve(arguments.first(), cwd, expanded);
                continue;
            }
            if (auto reason = checkDownload(commands, i, name))
                return reason;
            if (auto reason = checkNested(name, arguments, depth))
                return reason;
            if (auto reason = checkDelete(name, arguments, cwd, expanded))
                return reason;
            if (auto reason = checkGit(name, arguments))
                return reason;
            if (auto reason = checkDisk(name, arguments))
                return reason;
            if (auto reason = checkDotfileWrite(name, arguments, cwd, expanded))
                return reason;
            if (auto reason = checkRecursiveModes(name, arguments, cwd, expanded))
                return reason;
        }
        return std::nullopt;
    }

private:
    // Where `word` points, judged lexically from `cwd`; nothing when that cannot be known
    // here (a variable other than $HOME, a substitution, another user's ~).
    std::optional<QString> resolve(QString word, const std::optional<QString> &cwd,
                                   bool expanded) const
    {
        for (const QString &home : {QStringLiteral("${HOME}"), QStringLiteral("$HOME")}) {
            if (word == home || word.startsWith(home + u'/'))
                word = m_home + word.mid(home.size());
        }
        if (word.contains(u'$') || word.contains(u'`') || (expanded && word.isEmpty()))
            return std::nullopt;
        if (word == u"~" || word.startsWith(u"~/"))
            word = m_home + word.mid(1);
        else if (word.startsWith(u'~'))
            return std::nullopt;
        if (!word.startsWith(u'/')) {
            if (!cwd)
                return std::nullopt;
            word = *cwd + u'/' + word;
        }
        return QDir::cleanPath(word);
    }

    bool isHomeDotfile(const QString &path) const
    {
        return path.startsWith(m_home + u"/.") && !isInside(path, m_workspace);
    }

    std::optional<QString> dotfileReason(const QString &path) const
    {
        return CommandPolicy::tr("It writes to %1, a configuration file in your home folder.")
            .arg(QDir::toNativeSeparators(path));
    }

    std::optional<QString> checkWrite(const ShellRedirection &redirection,
                                      const std::optional<QString> &cwd) const
    {
        static const QStringList writes = {QStringLiteral(">"),  QStringLiteral(">>"),
                                           QStringLiteral(">|"), QStringLiteral("&>"),
                                           QStringLiteral("&>>"), QStringLiteral("<>"),
                                           QStringLiteral(">&")};
        if (!writes.contains(redirection.op))
            return std::nullopt;
        const auto target = resolve(redirection.target, cwd, false);
        if (!target)
            return std::nullopt;
        if (isDevice(*target))
            return CommandPolicy::tr("It writes to the device %1.").arg(*target);
        if (isHomeDotfile(*target))
            return dotfileReason(*target);
        return std::nullopt;
    }

    static bool isDevice(const QString &path)
    {
        static const QRegularExpression harmless(
            QStringLiteral("^/dev/(null|zero|full|random|urandom|tty|stdout|stderr|stdin|fd/.*|"
                           "pts/.*)$"));
        return path.startsWith(u"/dev/") && !harmless.match(path).hasMatch();
    }

    std::optional<QString> checkDownload(const QList<ShellSimpleCommand> &commands,
                                         qsizetype index, const QString &name) const
    {
        if (!isDownloader(name))
            return std::nullopt;
        const QString reason = CommandPolicy::tr(
            "It runs a downloaded script without saving and reading it first.");
        // Piped: curl … | sh (anything later in the same pipeline). Commands from
        // substitutions sit between the pipeline's members; they have another parent.
        const int level = commands.at(index).substitutedInto;
        for (qsizetype member = index; commands.at(member).pipesIntoNext;) {
            qsizetype next = member + 1;
            while (next < commands.size() && commands.at(next).substitutedInto != level)
                ++next;
            if (next >= commands.size())
                break;
            member = next;
            const QStringList words = unwrapped(commands.at(member).words);
            if (words.isEmpty())
                continue;
            const QString reader = baseName(words.first());
            const QStringList files = operands(words.mid(1));
            if (isPrivilege(reader) || isShell(reader)
                || (isInterpreter(reader)
                    && (files.isEmpty() || files == QStringList{QStringLiteral("-")})))
                return reason;
        }
        // Substituted: bash <(curl …), sh -c "$(curl …)", eval "$(wget …)", source <(curl …).
        for (int into = commands.at(index).substitutedInto; into >= 0;
             into = commands.at(into).substitutedInto) {
            const QStringList words = unwrapped(commands.at(into).words);
            if (words.isEmpty())
                continue;
            const QString reader = baseName(words.first());
            if (isInterpreter(reader) || reader == u"eval" || reader == u"source" || reader == u".")
                return reason;
        }
        return std::nullopt;
    }

    std::optional<QString> checkNested(const QString &name, const QStringList &arguments,
                                       int depth)
    {
        if (depth >= maxNesting)
            return std::nullopt;
        if (name == u"eval")
            return check(arguments.join(u' '), depth + 1);
        if (!isShell(name))
            return std::nullopt;
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const QString &word = arguments.at(i);
            if (word.startsWith(u"--") || !isOption(word) || word.indexOf(u'c', 1) < 0)
                continue;
            for (qsizetype j = i + 1; j < arguments.size(); ++j) {
                if (!isOption(arguments.at(j)))
                    return check(arguments.at(j), depth + 1);
            }
        }
        return std::nullopt;
    }

    std::optional<QString> checkDelete(const QString &name, const QStringList &arguments,
                                       const std::optional<QString> &cwd, bool expanded) const
    {
        QStringList targets;
        if (name == u"rm") {
            if (!hasFlag(arguments, QStringLiteral("rR"), {QStringLiteral("--recursive")}))
                return std::nullopt;
            targets = operands(arguments);
        } else if (name == u"find" && arguments.contains(QStringLiteral("-delete"))) {
            for (const QString &word : arguments) {
                if (word.startsWith(u'-') || word == u"(" || word == u"!")
                    break;
                targets.append(word);
            }
            if (targets.isEmpty())
                targets.append(QStringLiteral("."));
        } else {
            return std::nullopt;
        }
        for (const QString &target : std::as_const(targets)) {
            const auto path = resolve(target, cwd, expanded);
            if (!path)
                return CommandPolicy::tr("It deletes recursively a path that depends on a "
                                         "variable or a substitution: %1")
                    .arg(target);
            if (!isInside(*path, m_workspace))
                return CommandPolicy::tr("It deletes %1 recursively, which is outside the "
                                         "workspace.")
                    .arg(QDir::toNativeSeparators(*path));
            const QString relative = path->mid(m_workspace.size() + 1);
            if (*path == m_workspace || relative == u".git" || relative.startsWith(u".git/")
                || relative == u".baton" || relative.startsWith(u".baton/"))
                return CommandPolicy::tr("It deletes the workspace itself, its .git folder or its "
                                         "checkpoints.");
        }
        return std::nullopt;
    }

    static std::optional<QString> checkGit(const QString &name, const QStringList &arguments)
    {
        if (name != u"git")
            return std::nullopt;
        static const QStringList takesValue = {QStringLiteral("-C"), QStringLiteral("-c"),
                                               QStringLiteral("--git-dir"),
                                               QStringLiteral("--work-tree"),
                                               QStringLiteral("--namespace")};
        qsizetype at = 0;
        while (at < arguments.size() && isOption(arguments.at(at)))
            at += takesValue.contains(arguments.at(at)) ? 2 : 1;
        if (at >= arguments.size())
            return std::nullopt;
        const QString subcommand = arguments.at(at);
        const QStringList rest = arguments.mid(at + 1);
        if (subcommand == u"push") {
            const bool plusRefspec = std::any_of(rest.cbegin(), rest.cend(), [](const QString &w) {
                return w.startsWith(u'+');
            });
            if (plusRefspec
                || hasFlag(rest, QStringLiteral("f"),
                           {QStringLiteral("--force"), QStringLiteral("--force-with-lease"),
                            QStringLiteral("--force-if-includes"), QStringLiteral("--mirror")}))
                return CommandPolicy::tr("It force-pushes, which can overwrite commits on the "
                                         "remote.");
        } else if (subcommand == u"reset" && rest.contains(QStringLiteral("--hard"))) {
            return CommandPolicy::tr("git reset --hard throws away uncommitted changes.");
        } else if (subcommand == u"clean" && hasFlag(rest, QStringLiteral("xX"), {})) {
            return CommandPolicy::tr("git clean -x deletes ignored files (such as .env), which "
                                     "checkpoints do not keep.");
        }
        return std::nullopt;
    }

    static std::optional<QString> checkDisk(const QString &name, const QStringList &arguments)
    {
        static const QRegularExpression formatters(
            QStringLiteral("^(mkfs(\\..+)?|mke2fs|mkswap|wipefs|fdisk|sfdisk|cfdisk|gdisk|sgdisk|"
                           "parted|blkdiscard)$"));
        if (formatters.match(name).hasMatch())
            return CommandPolicy::tr("It formats or overwrites a disk.");
        if (name == u"dd" || name == u"shred") {
            for (const QString &word : arguments) {
                const QString path = word.startsWith(u"of=") ? word.mid(3) : word;
                if (isDevice(QDir::cleanPath(path)))
                    return CommandPolicy::tr("It formats or overwrites a disk.");
            }
        }
        return std::nullopt;
    }

    std::optional<QString> checkDotfileWrite(const QString &name, const QStringList &arguments,
                                             const std::optional<QString> &cwd,
                                             bool expanded) const
    {
        QStringList targets;
        const QStringList files = operands(arguments);
        if (name == u"tee" || name == u"truncate") {
            targets = files;
        } else if (name == u"cp" || name == u"mv" || name == u"ln" || name == u"install"
                   || name == u"rsync") {
            if (!files.isEmpty())
                targets.append(files.last());
        } else if (name == u"sed" || name == u"perl") {
            if (hasFlag(arguments, QStringLiteral("i"), {QStringLiteral("--in-place")}))
                targets = files;
        } else if (name == u"dd") {
            for (const QString &word : arguments) {
                if (word.startsWith(u"of="))
                    targets.append(word.mid(3));
            }
        }
        for (const QString &target : std::as_const(targets)) {
            const auto path = resolve(target, cwd, expanded);
            if (path && isHomeDotfile(*path))
                return dotfileReason(*path);
        }
        return std::nullopt;
    }

    std::optional<QString> checkRecursiveModes(const QString &name, const QStringList &arguments,
                                               const std::optional<QString> &cwd,
                                               bool expanded) const
    {
        if (name != u"chmod" && name != u"chown" && name != u"chgrp")
            return std::nullopt;
        if (!hasFlag(arguments, QStringLiteral("R"), {QStringLiteral("--recursive")}))
            return std::nullopt;
        const QStringList files = operands(arguments).mid(1); // after the mode or owner
        for (const QString &target : files) {
            const auto path = resolve(target, cwd, expanded);
            if (!path || !isInside(*path, m_workspace))
                return CommandPolicy::tr("It changes permissions or owners recursively on %1, "
                                         "outside the workspace.")
                    .arg(path ? QDir::toNativeSeparators(*path) : target);
        }
        return std::nullopt;
    }

    QString m_workspace;
    QString m_home;
};

} // namespace

CommandPolicy::CommandPolicy(ApprovalPolicy policy, const QString &workspace,
                             const QStringList &allowlist, const QString &home)
    : m_policy(policy)
    , m_workspace(QDir::cleanPath(QDir(workspace).absolutePath()))
    , m_home(QDir::cleanPath(home.isEmpty() ? QDir::homePath() : home))
    , m_allowlist(allowlist)
{}

std::optional<QString> CommandPolicy::dangerReason(const QString &command) const
{
    DangerCheck check(m_workspace, m_home);
    return check.check(command, 0);
}

static QRegularExpression patternExpression(const QString &pattern)
{
    QString expression;
    QString trimmed = pattern.simplified();
    const bool optionalArguments = trimmed.endsWith(u" *");
    if (optionalArguments)
        trimmed.chop(2);
    for (const QChar c : std::as_const(trimmed)) {
        if (c == u'*')
            expression += QStringLiteral(".*");
        else if (c == u'?')
            expression += u'.';
        else
            expression += QRegularExpression::escape(QString(c));
    }
    if (optionalArguments)
        expression += QStringLiteral("(?: .*)?");
    return QRegularExpression(QRegularExpression::anchoredPattern(expression),
                              QRegularExpression::DotMatchesEverythingOption);
}

bool CommandPolicy::allowed(const QString &command, QString *pattern) const
{
    const ShellScript script = ShellScript::parse(command);
    if (!script.complete || script.commands.isEmpty())
        return false;
    QString firstPattern;
    for (const ShellSimpleCommand &simple : script.commands) {
        for (const ShellRedirection &redirection : simple.redirections) {
            if (redirection.op.startsWith(u'<') || redirection.op == u">&")
                continue;
            // The shell expands these; where they lead is not known here.
            if (redirection.target.startsWith(u'~') || redirection.target.contains(u'$')
                || redirection.target.contains(u'`'))
                return false;
            const QString target = redirection.target.startsWith(u'/')
                                       ? QDir::cleanPath(redirection.target)
                                       : QDir::cleanPath(m_workspace + u'/' + redirection.target);
            if (target != u"/dev/null" && !isInside(target, m_workspace))
                return false;
        }
        if (simple.words.isEmpty())
            continue;
        const QString text = simple.words.join(u' ');
        bool matched = false;
        for (const QString &candidate : m_allowlist) {
            if (patternExpression(candidate).match(text).hasMatch()) {
                matched = true;
                if (firstPattern.isEmpty())
                    firstPattern = candidate;
                break;
            }
        }
        if (!matched)
            return false;
    }
    if (pattern)
        *pattern = firstPattern;
    return true;
}

CommandVerdict CommandPolicy::check(const QString &command) const
{
    CommandVerdict verdict;
    if (command.trimmed().isEmpty()) {
        verdict.reason = tr("The command is empty.");
        return verdict;
    }
    if (auto reason = dangerReason(command)) {
        verdict.dangerous = true;
        verdict.reason = *reason;
        return verdict;
    }
    switch (m_policy) {
    case ApprovalPolicy::Autonomous:
        verdict.decision = CommandVerdict::Decision::Run;
        return verdict;
    case ApprovalPolicy::Allowlist: {
        QString pattern;
        if (allowed(command, &pattern)) {
            verdict.decision = CommandVerdict::Decision::Run;
            verdict.reason = pattern;
        } else {
            verdict.reason = tr("It does not match the allowlist.");
        }
        return verdict;
    }
    case ApprovalPolicy::Ask:
        break;
    }
    verdict.reason = tr("The approval policy asks before every command.");
    return verdict;
}

std::optional<ApprovalPolicy> CommandPolicy::policyFromName(const QString &name)
{
    if (name == u"ask")
        return ApprovalPolicy::Ask;
    if (name == u"allowlist")
        return ApprovalPolicy::Allowlist;
    if (name == u"autonomous")
        return ApprovalPolicy::Autonomous;
    return std::nullopt;
}

QString CommandPolicy::nameOf(ApprovalPolicy policy)
{
    switch (policy) {
    case ApprovalPolicy::Ask:
        return QStringLiteral("ask");
    case ApprovalPolicy::Allowlist:
        return QStringLiteral("allowlist");
    case ApprovalPolicy::Autonomous:
        return QStringLiteral("autonomous");
    }
    return {};
}

} // namespace Baton::Core
