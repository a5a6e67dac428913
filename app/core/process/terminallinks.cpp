// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "terminallinks.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QRegularExpression>

namespace Baton::Core {

namespace {

int number(const QString &digits)
{
    bool ok = false;
    const int value = digits.toInt(&ok);
    return ok ? value : 0;
}

bool isFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile();
}

// The absolute path of the existing file `printed` names, or empty.
QString resolve(QString printed, const QString &workingDirectory, const QString &workspace)
{
    if (printed.isEmpty())
        return {};
    if (printed == u"~" || printed.startsWith(u"~/"))
        printed = QDir::homePath() + printed.mid(1);
    if (QDir::isAbsolutePath(printed))
        return isFile(printed) ? QDir::cleanPath(printed) : QString();
    for (const QString &base : {workingDirectory, workspace}) {
        if (base.isEmpty())
            continue;
        const QString candidate = QDir::cleanPath(QDir(base).absoluteFilePath(printed));
        if (isFile(candidate))
            return candidate;
    }
    // `git diff` prints paths as a/… and b/….
    if (printed.startsWith(u"a/") || printed.startsWith(u"b/"))
        return resolve(printed.mid(2), workingDirectory, workspace);
    return {};
}

bool overlaps(const QList<TerminalLink> &links, int start, int length)
{
    for (const TerminalLink &link : links) {
        if (start < link.start + link.length && link.start < start + length)
            return true;
    }
    return false;
}

// A bare word is worth a stat only when it looks like a path: a slash, or a file extension.
bool looksLikePath(const QString &word)
{
    static const QRegularExpression extension(QStringLiteral("\\.[A-Za-z0-9_+-]+$"));
    static const QRegularExpression digitsAndDots(QStringLiteral("^[0-9.]+$"));
    if (digitsAndDots.match(word).hasMatch())
        return false;
    return word.contains(u'/') || extension.match(word).hasMatch();
}

} // namespace

QList<TerminalLink> TerminalLinks::find(const QString &lineText, const QString &workingDirectory,
                                        const QString &workspace)
{
    QList<TerminalLink> links;
    auto add = [&links](TerminalLink link) {
        if (link.length > 0 && !overlaps(links, link.start, link.length))
            links.append(std::move(link));
    };

    // URLs first, so that nothing inside one (host:port) is read as a path.
    static const QRegularExpression url(
        QStringLiteral("\\b(?:https?|ftp|file)://[^\\s<>\"'`]+"));
    for (auto it = url.globalMatch(lineText); it.hasNext();) {
        const auto match = it.next();
        QString text = match.captured(0);
        // Punctuation that ends a sentence or closes a bracket around the URL is not part of it.
        while (!text.isEmpty()) {
            const QChar last = text.back();
            if (QStringLiteral(".,;:!?'\"]}>").contains(last)
                || (last == u')' && text.count(u'(') < text.count(u')'))) {
                text.chop(1);
                continue;
            }
            break;
        }
        if (text.size() > match.captured(0).indexOf(u"://") + 3)
            add({TerminalLink::Kind::Url, int(match.capturedStart(0)), int(text.size()), text, 0,
                 0});
    }

    // Python: File "x.py", line 12
    static const QRegularExpression python(QStringLiteral("File \"([^\"]+)\", line (\\d+)"));
    for (auto it = python.globalMatch(lineText); it.hasNext();) {
        const auto match = it.next();
        const QString path = resolve(match.captured(1), workingDirectory, workspace);
        if (path.isEmpty())
            continue;
        const int start = int(match.capturedStart(1));
        add({TerminalLink::Kind::File, start, int(match.capturedEnd(2)) - start, path,
             number(match.captured(2)), 0});
    }

    // The line and column that may follow a path: ":12", ":12:5", "(12)", "(12,5)".
    const QString position = QStringLiteral("(?::(\\d+)(?::(\\d+))?|\\((\\d+)(?:, ?(\\d+))?\\))?");
    auto addPath = [&](const QRegularExpressionMatch &match, int pathGroup, int start,
                       QString printed) {
        const int lineGroup = pathGroup + 1;
        const bool colon = match.capturedLength(lineGroup) > 0;
        const bool paren = match.capturedLength(lineGroup + 2) > 0;
        int end = int(match.capturedEnd(0));
        if (!colon && !paren) {
            // "see foo.cpp." — the full stop ends the sentence, not the name.
            while (printed.endsWith(u'.') && printed.size() > 1) {
                printed.chop(1);
                --end;
            }
            if (!looksLikePath(printed))
                return;
        }
        const QString path = resolve(printed, workingDirectory, workspace);
        if (path.isEmpty())
            return;
        const int line = number(match.captured(colon ? lineGroup : lineGroup + 2));
        const int column = number(match.captured(colon ? lineGroup + 1 : lineGroup + 3));
        add({TerminalLink::Kind::File, start, end - start, path, line, column});
    };

    // Quoted paths, which may hold spaces: "my file.cpp":3:5
    static const QRegularExpression quoted(QStringLiteral("([\"'])([^\"'\\n]+)\\1") + position);
    for (auto it = quoted.globalMatch(lineText); it.hasNext();) {
        const auto match = it.next();
        addPath(match, 2, int(match.capturedStart(0)), match.captured(2));
    }

    // Unquoted paths end at white space, quotes, brackets, commas, colons and "=" (as in
    // --file=x), and at the full-width punctuation of Chinese messages.
    static const QRegularExpression bare(
        QStringLiteral("([^\\s\"'()<>\\[\\]{},;|:=`\\x{FF1A}\\x{FF0C}\\x{FF1B}\\x{FF08}\\x{FF09}"
                       "\\x{3001}\\x{3002}\\x{300C}\\x{300D}\\x{3010}\\x{3011}]+)")
                                         + position);
    for (auto it = bare.globalMatch(lineText); it.hasNext();) {
        const auto match = it.next();
        addPath(match, 1, int(match.capturedStart(0)), match.captured(1));
    }

    std::sort(links.begin(), links.end(),
              [](const TerminalLink &a, const TerminalLink &b) { return a.start < b.start; });
    return links;
}

const TerminalLink *TerminalLinks::linkAt(const QList<TerminalLink> &links, int index)
{
    for (const TerminalLink &link : links) {
        if (index >= link.start && index < link.start + link.length)
            return &link;
    }
    return nullptr;
}

int TerminalLinks::cellWidth(char32_t c)
{
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E)
                      || (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF)
                      || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
                      || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
                      || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                      || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
                      || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x2FFFD)
                      || (c >= 0x30000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}

int TerminalLinks::indexAtCell(const QString &lineText, int cell)
{
    int cells = 0;
    for (int i = 0; i < lineText.size();) {
        char32_t c = lineText.at(i).unicode();
        int units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < lineText.size()
            && lineText.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(lineText.at(i), lineText.at(i + 1));
            units = 2;
        }
        cells += cellWidth(c);
        if (cell < cells)
            return i;
        i += units;
    }
    return int(lineText.size());
}

int TerminalLinks::cellCount(const QString &text)
{
    int cells = 0;
    for (int i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        cells += cellWidth(c);
    }
    return cells;
}

} // namespace Baton::Core
