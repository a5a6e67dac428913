// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "modeline.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QRegularExpression>

namespace Baton::Core {

namespace {

constexpr int linesLooked = 5;

// Vim file types and Emacs modes whose name is not also a file extension.
QString fileNameForMode(QString mode)
{
    mode = mode.trimmed().toLower();
    if (mode.endsWith(u"-mode"))
        mode.chop(5);
    static const QHash<QString, QString> names = {
        {QStringLiteral("python"), QStringLiteral("x.py")},
        {QStringLiteral("python3"), QStringLiteral("x.py")},
        {QStringLiteral("javascript"), QStringLiteral("x.js")},
        {QStringLiteral("js"), QStringLiteral("x.js")},
        {QStringLiteral("typescript"), QStringLiteral("x.ts")},
        {QStringLiteral("sh"), QStringLiteral("x.sh")},
        {QStringLiteral("bash"), QStringLiteral("x.sh")},
        {QStringLiteral("shell-script"), QStringLiteral("x.sh")},
        {QStringLiteral("zsh"), QStringLiteral("x.zsh")},
        {QStringLiteral("c++"), QStringLiteral("x.cpp")},
        {QStringLiteral("cpp"), QStringLiteral("x.cpp")},
        {QStringLiteral("c"), QStringLiteral("x.c")},
        {QStringLiteral("objc"), QStringLiteral("x.m")},
        {QStringLiteral("ruby"), QStringLiteral("x.rb")},
        {QStringLiteral("perl"), QStringLiteral("x.pl")},
        {QStringLiteral("cperl"), QStringLiteral("x.pl")},
        {QStringLiteral("rust"), QStringLiteral("x.rs")},
        {QStringLiteral("go"), QStringLiteral("x.go")},
        {QStringLiteral("yaml"), QStringLiteral("x.yaml")},
        {QStringLiteral("json"), QStringLiteral("x.json")},
        {QStringLiteral("make"), QStringLiteral("Makefile")},
        {QStringLiteral("makefile"), QStringLiteral("Makefile")},
        {QStringLiteral("cmake"), QStringLiteral("CMakeLists.txt")},
        {QStringLiteral("markdown"), QStringLiteral("x.md")},
        {QStringLiteral("gfm"), QStringLiteral("x.md")},
        {QStringLiteral("html"), QStringLiteral("x.html")},
        {QStringLiteral("xml"), QStringLiteral("x.xml")},
        {QStringLiteral("nxml"), QStringLiteral("x.xml")},
        {QStringLiteral("css"), QStringLiteral("x.css")},
        {QStringLiteral("lua"), QStringLiteral("x.lua")},
        {QStringLiteral("java"), QStringLiteral("x.java")},
        {QStringLiteral("kotlin"), QStringLiteral("x.kt")},
        {QStringLiteral("sql"), QStringLiteral("x.sql")},
        {QStringLiteral("dockerfile"), QStringLiteral("Dockerfile")},
        {QStringLiteral("ini"), QStringLiteral("x.ini")},
        {QStringLiteral("dosini"), QStringLiteral("x.ini")},
        {QStringLiteral("conf"), QStringLiteral("x.conf")},
        {QStringLiteral("toml"), QStringLiteral("x.toml")},
        {QStringLiteral("php"), QStringLiteral("x.php")},
        {QStringLiteral("tex"), QStringLiteral("x.tex")},
        {QStringLiteral("latex"), QStringLiteral("x.tex")},
        {QStringLiteral("emacs-lisp"), QStringLiteral("x.el")},
        {QStringLiteral("lisp"), QStringLiteral("x.lisp")},
        {QStringLiteral("haskell"), QStringLiteral("x.hs")},
        {QStringLiteral("diff"), QStringLiteral("x.diff")},
        {QStringLiteral("text"), QString()},
        {QStringLiteral("fundamental"), QString()},
    };
    const auto it = names.constFind(mode);
    if (it != names.cend())
        return it.value();
    // Otherwise the mode is the extension itself (ft=rs, ft=kt, mode: scala).
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9+#]{1,16}$"));
    return plain.match(mode).hasMatch() ? QStringLiteral("x.") + mode : QString();
}

ModelineLanguage fromLine(const QString &line)
{
    ModelineLanguage language;
    // Kate: "kate: ... syntax Name;" or "hl Name;"
    static const QRegularExpression kate(
        QStringLiteral("\\bkate:.*?\\b(?:syntax|hl)\\s+([^;]+?)\\s*(?:;|$)"));
    if (const auto match = kate.match(line); match.hasMatch()) {
        language.definitionName = match.captured(1).trimmed();
        return language;
    }
    // Vim: "vim: set ft=x:" / "vi: ft=x" / "ex: syntax=x", after whitespace or at the start.
    static const QRegularExpression vim(QStringLiteral(
        "(?:^|\\s)(?:vim?|ex):.*?\\b(?:ft|filetype|syn|syntax)=([A-Za-z0-9_+#.-]+)"));
    if (const auto match = vim.match(line); match.hasMatch()) {
        language.fileName = fileNameForMode(match.captured(1));
        return language;
    }
    // Emacs: "-*- mode: x; ... -*-" or "-*- x -*-".
    static const QRegularExpression emacs(QStringLiteral("-\\*-\\s*(.*?)\\s*-\\*-"));
    if (const auto match = emacs.match(line); match.hasMatch()) {
        const QString inside = match.captured(1);
        if (!inside.contains(u':')) {
            language.fileName = fileNameForMode(inside);
            return language;
        }
        for (const QString &part : inside.split(u';')) {
            const QString name = part.section(u':', 0, 0).trimmed().toLower();
            if (name == u"mode") {
                language.fileName = fileNameForMode(part.section(u':', 1));
                return language;
            }
        }
    }
    return language;
}

} // namespace

ModelineLanguage modelineLanguage(const QByteArray &utf8Text)
{
    // The first and last lines only: a modeline anywhere else is text.
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (int i = 0; i < linesLooked && start < utf8Text.size(); ++i) {
        qsizetype end = utf8Text.indexOf('\n', start);
        if (end < 0)
            end = utf8Text.size();
        lines.append(utf8Text.mid(start, std::min<qsizetype>(end - start, 400)));
        start = end + 1;
    }
    qsizetype end = utf8Text.size();
    while (end > 0 && (utf8Text.at(end - 1) == '\n' || utf8Text.at(end - 1) == '\r'))
        --end;
    for (int i = 0; i < linesLooked && end > start; ++i) {
        qsizetype lineStart = utf8Text.lastIndexOf('\n', end - 1) + 1;
        lineStart = std::max(lineStart, start);
        lines.append(utf8Text.mid(lineStart, std::min<qsizetype>(end - lineStart, 400)));
        end = lineStart - 1;
    }
    for (const QByteArray &line : std::as_const(lines)) {
        const ModelineLanguage language = fromLine(QString::fromUtf8(line));
        if (!language.isEmpty())
            return language;
    }
    return {};
}

} // namespace Baton::Core
