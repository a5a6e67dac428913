// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// A set of user globs (SearchQuery's include or exclude list) compiled for matching paths
// relative to the workspace, with the semantics SearchQuery describes and ripgrep applies to
// the same globs. Immutable after construction; safe to use from several threads.

#include <QtCore/QRegularExpression>
#include <QtCore/QStringList>

namespace Baton::Core {

class SearchGlobs
{
public:
    explicit SearchGlobs(const QStringList &globs);

    bool isEmpty() const { return m_expressions.isEmpty(); }
    // Whether `path` ('/'-separated, relative, no trailing '/') matches any glob.
    bool matches(const QString &path) const;

    // The regular expression for one anchored glob (see SearchQuery::anchoredGlobs()).
    static QString toRegularExpression(const QString &anchoredGlob);

private:
    QList<QRegularExpression> m_expressions;
};

} // namespace Baton::Core
