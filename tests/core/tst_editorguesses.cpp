// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/documents/indentationguess.h"
#include "core/documents/modeline.h"

#include <QtTest/QTest>

using namespace Baton::Core;

Q_DECLARE_METATYPE(std::optional<Indentation>)

class TestEditorGuesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessesIndentation_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<std::optional<Indentation>>("expected");
        QTest::newRow("four spaces") << QByteArray("int f()\n{\n    if (x) {\n        y();\n    }\n"
                                                   "    return 0;\n}\n")
                                     << std::optional(Indentation{false, 4});
        QTest::newRow("two spaces, YAML") << QByteArray("a:\n  b:\n    c: 1\n  d: 2\ne:\n  f: 3\n")
                                          << std::optional(Indentation{false, 2});
        QTest::newRow("tabs") << QByteArray("func main() {\n\tif x {\n\t\ty()\n\t}\n}\n")
                              << std::optional(Indentation{true, 4});
        QTest::newRow("CRLF, 4 spaces")
            << QByteArray("def f():\r\n    pass\r\n\r\ndef g():\r\n    if x:\r\n        return\r\n")
            << std::optional(Indentation{false, 4});
        // The " * " lines of a block comment do not make it a one-space file.
        QTest::newRow("C comments, 2 spaces")
            << QByteArray("/*\n * a\n * b\n * c\n */\nint f() {\n  g();\n  if (x) {\n    h();\n  "
                          "}\n}\n")
            << std::optional(Indentation{false, 2});
        QTest::newRow("nothing indented") << QByteArray("a\nb\nc\n") << std::optional<Indentation>();
        QTest::newRow("empty") << QByteArray() << std::optional<Indentation>();
    }

    void guessesIndentation()
    {
        QFETCH(QByteArray, text);
        QFETCH(std::optional<Indentation>, expected);
        const std::optional<Indentation> guessed = guessIndentation(text);
        QCOMPARE(guessed.has_value(), expected.has_value());
        if (expected) {
            QCOMPARE(guessed->useTabs, expected->useTabs);
            if (!expected->useTabs)
                QCOMPARE(guessed->width, expected->width);
        }
    }

    void readsModelines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("definitionName");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("vim set ft") << QByteArray("#!/bin/foo\nprint(1)\n# vim: set ft=python :\n")
                                    << QString() << QStringLiteral("x.py");
        QTest::newRow("vi filetype, first line")
            << QByteArray("# vi: filetype=sh\necho hi\n") << QString() << QStringLiteral("x.sh");
        QTest::newRow("vim unknown ft is an extension")
            << QByteArray("// vim: ft=rs\nfn main() {}\n") << QString() << QStringLiteral("x.rs");
        QTest::newRow("emacs mode") << QByteArray("/* -*- mode: c++; coding: utf-8 -*- */\nint x;\n")
                                    << QString() << QStringLiteral("x.cpp");
        QTest::newRow("emacs short form") << QByteArray("# -*- ruby -*-\nputs 1\n") << QString()
                                          << QStringLiteral("x.rb");
        QTest::newRow("emacs makefile") << QByteArray("# -*- mode: makefile -*-\nall:\n") << QString()
                                        << QStringLiteral("Makefile");
        QTest::newRow("kate syntax") << QByteArray("x\n\n// kate: indent-width 4; syntax C++;\n")
                                     << QStringLiteral("C++") << QString();
        QTest::newRow("kate hl") << QByteArray("// kate: hl Python\nx = 1\n") << QStringLiteral("Python")
                                 << QString();
        QTest::newRow("CRLF last line")
            << QByteArray("x = 1\r\n# vim: ft=python\r\n") << QString() << QStringLiteral("x.py");
        QString middle = QStringLiteral("line\n").repeated(20);
        middle.insert(50, QStringLiteral("# vim: ft=python\n"));
        QTest::newRow("middle of the file is text") << middle.toUtf8() << QString() << QString();
        QTest::newRow("no modeline") << QByteArray("int main() {}\n") << QString() << QString();
        QTest::newRow("the word vim alone") << QByteArray("I use vim: it is fine\n") << QString()
                                            << QString();
    }

    void readsModelines()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, definitionName);
        QFETCH(QString, fileName);
        const ModelineLanguage language = modelineLanguage(text);
        QCOMPARE(language.definitionName, definitionName);
        QCOMPARE(language.fileName, fileName);
    }
};

QTEST_GUILESS_MAIN(TestEditorGuesses)
#include "tst_editorguesses.moc"
