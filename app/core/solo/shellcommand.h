// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// A small POSIX-shell reader for judging commands before they run (CommandPolicy). It splits
// a command line into the simple commands the shell would run — across `&&`, `||`, `;`, `&`,
// `|`, newlines, `( … )` — with quotes removed (single, double, backslash), redirections set
// apart, and the commands inside `$( … )`, `<( … )`, `>( … )` and backticks (also within
// double quotes) read as commands of their own. It does not expand variables, globs or
// aliases, and it runs nothing. Anything it cannot follow (an unterminated quote or
// substitution) makes `complete` false, so that a caller can refuse to guess.
//
// Pure functions on value types; any thread.

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Baton::Core {

struct ShellRedirection
{
    QString op; // ">", ">>", ">|", "<", "<<", "<<<", "&>", "&>>", ">&", "<>" (fd digits dropped)
    QString target; // the word after it, quotes removed
};

struct ShellSimpleCommand
{
    QStringList assignments; // leading NAME=value words
    QStringList words;       // the command and its arguments, quotes removed
    QList<ShellRedirection> redirections;
    // Whether its output goes into the next command through `|` or `|&`.
    bool pipesIntoNext = false;
    // For a command inside a substitution: the index (in ShellScript::commands) of the command
    // whose words held it; -1 at the top level.
    int substitutedInto = -1;
    // Words that held a substitution or a `$` expansion, so their value is unknown here.
    QList<int> expandedWords;
};

struct ShellScript
{
    QList<ShellSimpleCommand> commands; // in the order the text holds them
    bool complete = true; // false when a quote, substitution or parenthesis is left open

    static ShellScript parse(const QString &text);
};

} // namespace Baton::Core
