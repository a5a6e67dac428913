// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The language a file names for itself in an editor modeline, in the first or last five
// lines, as Vim, Emacs and Kate write them:
//   vim: set ft=python:     vi: filetype=sh     ex: syntax=cpp
//   -*- mode: c++ -*-       -*- python -*-      -*- coding: utf-8; mode: ruby -*-
//   kate: syntax Python;    kate: hl C++;
// The result is normalised for a syntax lookup: Kate's names as written ("C++"), Vim's and
// Emacs' modes as a file name the language is known by ("x.cpp", "Makefile"), so a caller
// tries Repository::definitionForName() and then definitionForFileName().
//
// Pure function over UTF-8 bytes; thread-safe.

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace Baton::Core {

struct ModelineLanguage
{
    QString definitionName; // a KSyntaxHighlighting definition name (Kate), or empty
    QString fileName;       // a file name that has the language (Vim, Emacs), or empty

    bool isEmpty() const { return definitionName.isEmpty() && fileName.isEmpty(); }
};

ModelineLanguage modelineLanguage(const QByteArray &utf8Text);

} // namespace Baton::Core
