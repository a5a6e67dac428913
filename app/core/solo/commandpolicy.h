// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Decides whether a shell command the Solo agent wants to run may run now or needs the user's
// approval. The policy is the user's choice (ask / allowlist / autonomous); on top of it a
// built-in dangerous set always asks, in every policy:
//  - recursive deletes of anything outside the workspace (rm -r /, ~, .., $HOME, absolute
//    paths outside, or a target that depends on a variable or substitution);
//  - running as another user: sudo, su, doas, pkexec, run0;
//  - a download piped or substituted into a shell (curl … | sh, bash <(wget …), sh -c "$(curl …)");
//  - git push --force / -f / --force-with-lease / +refspec, git reset --hard, git clean -x;
//  - formatting or overwriting disks: mkfs*, wipefs, fdisk, parted, dd of=/dev/…, > /dev/sd…;
//  - fork bombs;
//  - writes to dotfiles in the home folder (~/.bashrc, ~/.ssh/…): redirections, tee, cp, mv,
//    ln, install, sed -i, truncate;
//  - chmod / chown / chgrp -R on /, the home folder or anything outside the workspace.
// The command is read with ShellScript, so `echo ok && sudo rm x` and `bash -c "sudo x"` are
// caught, and `echo "sudo"` is not. A command that cannot be read (an open quote) asks.
//
// Value type; any thread. The reasons are translated: they are shown in the approval prompt.

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace Baton::Core {

enum class ApprovalPolicy {
    Ask,        // every command asks
    Allowlist,  // commands matching the user's patterns run, the others ask
    Autonomous, // every command runs, except the dangerous set
};

struct CommandVerdict
{
    enum class Decision {
        Run, // run without asking
        Ask, // ask the user first (a headless run without a terminal denies instead)
    };
    Decision decision = Decision::Ask;
    bool dangerous = false; // matched the built-in dangerous set
    // Why it asks, for the approval prompt ("sudo runs a command as another user"); for Run,
    // the allowlist pattern that matched (empty in autonomous mode).
    QString reason;
};

class CommandPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Baton::Core::CommandPolicy)

public:
    // `workspace`: the folder commands run in (paths are judged relative to it).
    // `home`: the user's home folder (QDir::homePath() when empty).
    // `allowlist`: patterns for Allowlist, matched against each command of a line with its
    // words joined by single spaces (quotes removed): `*` matches anything (also spaces), `?`
    // one character, everything else itself; "make *" also matches "make" alone. A line runs
    // only when every command in it (substitutions too) matches a pattern and none redirects
    // outside the workspace or to a path the shell expands (~, $VAR).
    CommandPolicy(ApprovalPolicy policy, const QString &workspace,
                  const QStringList &allowlist = {}, const QString &home = {});

    ApprovalPolicy policy() const { return m_policy; }

    // The verdict for one command line as the agent wrote it.
    CommandVerdict check(const QString &command) const;

    // Why `command` is in the dangerous set, or nothing when it is not.
    std::optional<QString> dangerReason(const QString &command) const;

    // "ask", "allowlist", "autonomous" (as `baton solo --policy` takes them).
    static std::optional<ApprovalPolicy> policyFromName(const QString &name);
    static QString nameOf(ApprovalPolicy policy);

private:
    bool allowed(const QString &command, QString *pattern) const;

    ApprovalPolicy m_policy;
    QString m_workspace; // cleaned, absolute, no trailing '/'
    QString m_home;
    QStringList m_allowlist;
};

} // namespace Baton::Core
