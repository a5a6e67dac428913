// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Keeps secrets in the workspace from reaching the model. The Solo tools pass what they are
// about to send (a file read, a directory listing entry, command output) through it:
//  - files whose name marks them as secret are withheld whole: .env and .env.* (except the
//    templates .env.example, .env.sample, .env.template, .env.dist), *.pem, *.key, *.p12,
//    *.pfx, SSH private keys (id_rsa, id_dsa, id_ecdsa, id_ed25519, with or without _sk;
//    not the .pub halves), .netrc, .pgpass;
//  - in any other text, values that look like keys are replaced by "[REDACTED <kind>]":
//    sk-… (OpenAI, Anthropic, DeepSeek, Moonshot…), AKIA…/ASIA… (AWS), ghp_/gho_/ghu_/ghs_/ghr_
//    and github_pat_ (GitHub), xox?-… (Slack), AIza… (Google), whole "-----BEGIN … PRIVATE
//    KEY-----" blocks, and long high-entropy values (16+ characters, letters and digits)
//    assigned to names ending in KEY, TOKEN, SECRET or PASSWORD (`API_KEY=…`,
//    `"client_secret": "…"`), the name itself kept.
// The user can allow single paths (their content is then sent unchanged) or turn redaction
// of values off. What was withheld is reported, so the model can be told and the user shown.
//
// The notices are for the model and stay in English (not translated). Value type; any
// thread; no I/O.

#include <QtCore/QList>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Baton::Core {

// One value replaced in a text.
struct Redaction
{
    QString kind; // "OpenAI-style key", "AWS access key", "private key block", …
    int line = 0; // 1-based line of the text where it started
};

// A text after filtering.
struct FilteredText
{
    QString text;                // with the secrets replaced
    QList<Redaction> redactions; // in the order found; empty when nothing was replaced
};

// What may be sent for one file.
struct FilteredFile
{
    bool withheld = false;       // the whole file is held back; `text` is empty
    QString text;                // the content to send (redacted) when not withheld
    QList<Redaction> redactions; // what was replaced in it
    QString notice;              // for the model: what was held back and why; empty if nothing
};

class SecretFilter
{
public:
    // Whether the file name (the last component of a '/'-separated path) marks a secret file.
    static bool isSecretPath(const QString &path);

    // Lets the model see `relativePath` ('/'-separated, relative to the workspace) as it is.
    void allowPath(const QString &relativePath);
    // Whether values that look like keys are redacted (on by default).
    void setRedactValues(bool redact) { m_redactValues = redact; }
    bool redactsValues() const { return m_redactValues; }

    // Whether the content of `relativePath` is withheld: a secret file not allowed.
    bool withholds(const QString &relativePath) const;

    // Replaces values that look like keys (unless redaction is off).
    FilteredText filterText(const QString &text) const;

    // What to send for the content of `relativePath`: nothing when withheld, the text with
    // values redacted otherwise, the text unchanged for an allowed path.
    FilteredFile filterFile(const QString &relativePath, const QString &text) const;

private:
    QSet<QString> m_allowed;
    bool m_redactValues = true;
};

} // namespace Baton::Core
