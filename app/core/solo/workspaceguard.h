// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Confines the Solo agent's file tools to the workspace. Every path a tool receives from the
// model goes through resolve() before anything is read or written.
//
// resolve() follows the path as the kernel would (component by component, symbolic links
// resolved, ".." applied after a link is followed), also for a path that does not exist yet:
// the deepest existing parent is resolved and the rest appended. It refuses, with an error:
//  - a path that ends up outside the workspace: "../x", "/etc/passwd", "~/.bashrc";
//  - a symbolic link (the file itself or any parent folder, dangling or not) that leads out;
//  - anything inside a ".git" folder (at any depth, also reached through a link) or inside
//    the workspace's ".baton" folder (checkpoints, shadow repository, rules);
//  - an empty path, a NUL character, a link loop, a file used as a folder.
// It does not see hard links (a hard link to a file outside is indistinguishable from a file).
// The check and the later open are not atomic: a link swapped in between by another process
// is not caught (the agent's own tools run one at a time).
//
// The error messages are meant for the model (a tool error it reads and acts on), so they are
// plain English and not translated.
//
// Cheap value type; any thread. Paths use '/' separators.

#include "core/result.h"

#include <QtCore/QString>

namespace Baton::Core {

// A path inside the workspace, after resolution.
struct WorkspacePath
{
    QString absolute; // canonical absolute path (links resolved), no trailing '/'
    QString relative; // relative to the workspace root, '/'-separated; empty for the root
    bool exists = false; // whether something exists at `absolute` (a dangling link does not)
};

class WorkspaceGuard
{
public:
    // `root` is the workspace folder; it is canonicalised once here (a link to the workspace
    // is fine). An invalid guard (root missing) refuses every path.
    explicit WorkspaceGuard(const QString &root);

    bool isValid() const { return !m_root.isEmpty(); }
    // The canonical workspace folder, no trailing '/'; empty when invalid.
    QString root() const { return m_root; }

    // Resolves `path` as the model gave it: relative to the workspace root, or absolute.
    // "." is the root itself. See the header comment for what is refused.
    Result<WorkspacePath> resolve(const QString &path) const;

    // Whether a relative path (as resolve() returns it) lies in a protected folder: a ".git"
    // component anywhere, or ".baton" at the top.
    static bool isProtected(const QString &relative);

private:
    QString m_root;
};

} // namespace Baton::Core
