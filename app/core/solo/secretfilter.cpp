// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "secretfilter.h"

#include <QtCore/QDir>
#include <QtCore/QHash>
#include <QtCore/QRegularExpression>

#include <cmath>

namespace Baton::Core {

// Values shorter than this, or with less entropy per character, are not taken for keys when
// only their name suggests one (real keys are long and random; "changeme" and
// "process.env.API_KEY" are not).
static constexpr int minimumValueLength = 16;
static constexpr double minimumBitsPerCharacter = 3.0;

bool SecretFilter::isSecretPath(const QString &path)
{
    const QString name = path.mid(path.lastIndexOf(u'/') + 1);
    static const QStringList templates = {
        QStringLiteral(".env.example"), QStringLiteral(".env.sample"),
        QStringLiteral(".env.template"), QStringLiteral(".env.dist"),
        QStringLiteral(".env.defaults")};
    if (name == u".env" || (name.startsWith(u".env.") && !templates.contains(name)))
        return true;
    static const QRegularExpression secretNames(QStringLiteral(
        "^(.+\\.(pem|key|p12|pfx)|id_(rsa|dsa|ecdsa|ed25519)(_sk)?|\\.netrc|\\.pgpass)$"));
    return secretNames.match(name).hasMatch();
}

void SecretFilter::allowPath(const QString &relativePath)
{
    m_allowed.insert(QDir::cleanPath(relativePath));
}

bool SecretFilter::withholds(const QString &relativePath) const
{
    return isSecretPath(relativePath) && !m_allowed.contains(QDir::cleanPath(relativePath));
}

static double bitsPerCharacter(QStringView value)
{
    QHash<QChar, int> counts;
    for (const QChar c : value)
        ++counts[c];
    double bits = 0;
    for (const int count : std::as_const(counts)) {
        const double p = double(count) / double(value.size());
        bits -= p * std::log2(p);
    }
    return bits;
}

static bool looksRandom(QStringView value)
{
    bool letter = false;
    bool digit = false;
    for (const QChar c : value) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    return value.size() >= minimumValueLength && letter && digit
           && bitsPerCharacter(value) >= minimumBitsPerCharacter;
}

// Whether `name` ends in a word that names a secret: API_KEY, client-secret, apiKey, TOKEN;
// not monkey or MONKEY.
static bool namesSecret(const QString &name)
{
    static const QStringList suffixes = {QStringLiteral("password"), QStringLiteral("passwd"),
                                         QStringLiteral("secret"), QStringLiteral("token"),
                                         QStringLiteral("key")};
    const QString lower = name.toLower();
    for (const QString &suffix : suffixes) {
        if (!lower.endsWith(suffix))
            continue;
        const qsizetype start = name.size() - suffix.size();
        if (start == 0)
            return true;
        const QChar before = name.at(start - 1);
        if (before == u'_' || before == u'-' || before == u'.')
            return true;
        if (name.at(start).isUpper() && (before.isLower() || before.isDigit()))
            return true; // camelCase: apiKey, authToken
    }
    return false;
}

namespace {

struct Pattern
{
    QString kind;
    QRegularExpression expression;
    int valueGroup = 0; // the part replaced (0: the whole match)
    bool assignment = false;
};

const QList<Pattern> &patterns()
{
    static const QList<Pattern> list = {
        {QStringLiteral("private key block"),
         QRegularExpression(QStringLiteral("-----BEGIN[A-Z0-9 ]*PRIVATE KEY-----[\\s\\S]*?"
                                           "(?:-----END[A-Z0-9 ]*PRIVATE KEY-----|\\z)")),
         0, false},
        {QStringLiteral("API key (sk-…)"),
         QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{20,}")), 0, false},
        {QStringLiteral("AWS access key"),
         QRegularExpression(QStringLiteral("(?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![0-9A-Z])")),
         0, false},
        {QStringLiteral("GitHub token"),
         QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|"
                                           "github_pat_[A-Za-z0-9_]{22,})")),
         0, false},
        {QStringLiteral("Slack token"),
         QRegularExpression(QStringLiteral("(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}")), 0,
         false},
        {QStringLiteral("Google API key"),
         QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}")), 0, false},
        {QStringLiteral("secret value"),
         QRegularExpression(QStringLiteral("([A-Za-z][A-Za-z0-9_.-]*)[\"']?[ \\t]*(?::=|=>|:|=)"
                                           "[ \\t]*[\"']?([A-Za-z0-9+/=_.~-]+)")),
         2, true},
    };
    return list;
}

} // namespace

FilteredText SecretFilter::filterText(const QString &text) const
{
    FilteredText result;
    result.text = text;
    if (!m_redactValues)
        return result;
    for (const Pattern &pattern : patterns()) {
        QString out;
        qsizetype copied = 0;
        QRegularExpressionMatchIterator it = pattern.expression.globalMatch(result.text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const int group = pattern.valueGroup;
            if (pattern.assignment
                && (!namesSecret(match.captured(1)) || !looksRandom(match.capturedView(group))))
                continue;
            const qsizetype start = match.capturedStart(group);
            const qsizetype end = match.capturedEnd(group);
            out += QStringView(result.text).mid(copied, start - copied);
            out += QStringLiteral("[REDACTED %1]").arg(pattern.kind);
            // Keep the line count, so that line numbers after it stay true.
            out += QString(match.capturedView(group).count(u'\n'), u'\n');
            copied = end;
            const int line = int(QStringView(result.text).left(start).count(u'\n')) + 1;
            result.redactions.append({pattern.kind, line});
        }
        if (copied > 0) {
            out += QStringView(result.text).mid(copied);
            result.text = out;
        }
    }
    std::stable_sort(result.redactions.begin(), result.redactions.end(),
                     [](const Redaction &a, const Redaction &b) { return a.line < b.line; });
    return result;
}

FilteredFile SecretFilter::filterFile(const QString &relativePath, const QString &text) const
{
    FilteredFile result;
    if (withholds(relativePath)) {
        result.withheld = true;
        result.notice = QStringLiteral("The content of %1 is withheld: its name marks it as "
                                       "holding secrets (keys, passwords). Do not try to read it "
                                       "another way; ask the user if you need a value from it.")
                            .arg(relativePath);
        return result;
    }
    if (m_allowed.contains(QDir::cleanPath(relativePath))) {
        result.text = text;
        return result;
    }
    FilteredText filtered = filterText(text);
    result.text = std::move(filtered.text);
    result.redactions = std::move(filtered.redactions);
    if (!result.redactions.isEmpty()) {
        QStringList where;
        for (const Redaction &redaction : std::as_const(result.redactions))
            where.append(QStringLiteral("%1 on line %2").arg(redaction.kind).arg(redaction.line));
        result.notice = QStringLiteral("%1 value(s) in %2 that look like secrets were replaced "
                                       "by [REDACTED …]: %3. Leave them as they are when you "
                                       "edit the file.")
                            .arg(result.redactions.size())
                            .arg(relativePath, where.join(QStringLiteral(", ")));
    }
    return result;
}

} // namespace Baton::Core
