// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Scores a quick-open query against a workspace-relative path the way VS Code's quick open
// does: case-insensitive, with bonuses for exact case, consecutive characters, matches at word
// starts (after / _ - . space and at camelCase humps) and matches in the file name, which is
// tried before the folder part. A term containing '/' matches across the whole path. Spaces in
// the query separate terms that must all match; their scores add up.
//
// A FuzzyMatcher is an immutable value made once per query; score() is reentrant and may be
// called from any number of threads at once. Paths are QStrings; positions are UTF-16 indices
// into the path (Chinese and other BMP characters are one index each).

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace Baton::Core {

struct FuzzyMatch
{
    int score = 0;        // higher is better; only comparable between matches of one query
    QList<int> positions; // matched characters of the path, ascending
};

class FuzzyMatcher
{
public:
    explicit FuzzyMatcher(const QString &query);

    // True when the query has no terms (empty or only spaces): everything matches with score 0.
    bool isEmpty() const { return m_terms.isEmpty(); }
    QString query() const { return m_query; }

    // Fast rejection: every term's characters occur in order in `foldedPath` (fold(path)).
    // A false answer means score() would not match; a true one that it may.
    bool mayMatch(QStringView foldedPath) const;

    // The score of `path` (workspace-relative, '/'-separated), or std::nullopt when a term does
    // not match. `foldedPath` must be fold(path) and `nameStart` nameStart(path); callers that
    // score many paths compute them once. `positions`, when not null, receives the matched
    // characters (computing them costs a little more).
    std::optional<int> score(QStringView path, QStringView foldedPath, int nameStart,
                             QList<int> *positions = nullptr) const;

    // Convenience for one path.
    std::optional<FuzzyMatch> match(const QString &path) const;

    // The case-folded path used for matching (same length as `path`).
    static QString fold(QStringView path);
    // Where the file name starts: the index after the last '/', 0 when there is none.
    static int nameStart(QStringView path);

private:
    struct Term
    {
        QString text;            // as typed
        QString folded;          // fold(text)
        bool acrossPath = false; // contains '/': matched against the whole path
    };

    std::optional<int> scoreTerm(const Term &term, QStringView path, QStringView folded,
                                 int nameStart, QList<int> *positions) const;

    QString m_query;
    QList<Term> m_terms;
};

} // namespace Baton::Core
