// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The workspace part of the Solo system prompt: a compact summary of the file tree, the
// detected build and test commands (TestCommand), and the project's rules for agents.
//
//  - Tree: the files FileIndex::walk finds (the workspace repository's .gitignore respected,
//    .git left out, links not followed), summarised as the top-level folders with their file
//    counts, commonest extensions and first sub-folders, then the top-level files; at most
//    OverviewLimits::treeLines lines (the smallest folders and the last files summed up).
//  - Rules: AGENTS.md, CLAUDE.md, then .baton/rules/*.md (sorted), each under its name, each
//    cut at OverviewLimits::ruleChars, all together at ::rulesChars, values that look like
//    keys redacted by the SecretFilter. A rules file that is a link leading out of the
//    workspace is not read (a cloned repository must not make the agent send ~/.ssh/…).
//
// The text is for the model: English, not translated (TestCommand's reason comes in the
// user's language). Blocking (a walk of the workspace, small reads): call from a worker
// thread. A GitRuntime must be alive (the walk asks libgit2 about .gitignore).

#include "core/solo/secretfilter.h"
#include "core/solo/testcommand.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Baton::Core {

// Size bounds of the overview.
struct OverviewLimits
{
    int treeLines = 40;     // lines of the tree summary
    int ruleChars = 8000;   // characters of one rules file
    int rulesChars = 20000; // characters of all rules files together
    int maxFiles = 200000;  // the walk stops there (and the summary says so)
};

class WorkspaceOverview
{
public:
    // The whole workspace part: "# Workspace", "# Build and tests", "# Project rules".
    // `tests` is what TestCommand::detect() found for the workspace.
    static QString build(const QString &workspace, const TestCommand &tests,
                         const SecretFilter &filter = {}, const OverviewLimits &limits = {});

    // The tree summary of `files` (relative, '/'-separated paths) alone.
    static QString treeSummary(const QStringList &files, bool truncated, int maxLines);
    // The rules section alone; empty when the workspace has no rules files.
    static QString rules(const QString &workspace, const SecretFilter &filter,
                         const OverviewLimits &limits = {});
    // The build and test section alone.
    static QString commands(const TestCommand &tests);
};

} // namespace Baton::Core
