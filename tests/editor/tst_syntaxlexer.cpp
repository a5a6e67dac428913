// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "ui/editor/editorview.h"
#include "ui/editor/syntaxlexer.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QFont>
#include <QtGui/QGuiApplication>
#include <QtGui/QStyleHints>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <cstdlib>
#include <memory>

using namespace Baton::Ui;
using KSyntaxHighlighting::Format;
using KSyntaxHighlighting::Repository;
using KSyntaxHighlighting::Theme;

namespace {

// What Scintilla paints a byte with.
struct Look
{
    QColor foreground;
    QColor background;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool operator==(const Look &) const = default;
};

// How the theme says text in `format` looks; an invalid format is normal text.
Look lookOfFormat(const Format &format, const Theme &theme)
{
    return {format.hasTextColor(theme) ? format.textColor(theme)
                                       : QColor::fromRgb(theme.textColor(Theme::Normal)),
            format.hasBackgroundColor(theme)
                ? format.backgroundColor(theme)
                : QColor::fromRgb(theme.editorColor(Theme::BackgroundColor)),
            format.isBold(theme), format.isItalic(theme), format.isUnderline(theme)};
}

QColor fromScintilla(long bgr)
{
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

int styleAt(const EditorView &view, int position)
{
    return int(view.SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, position)) & 0xff;
}

Look lookOfStyle(const EditorView &view, int style)
{
    return {fromScintilla(view.SendScintilla(QsciScintillaBase::SCI_STYLEGETFORE, style)),
            fromScintilla(view.SendScintilla(QsciScintillaBase::SCI_STYLEGETBACK, style)),
            // QScintilla passes Qt's font weight negated; SCI_STYLEGETBOLD cannot see it.
            std::abs(view.SendScintilla(QsciScintillaBase::SCI_STYLEGETWEIGHT, style))
                >= QFont::DemiBold,
            view.SendScintilla(QsciScintillaBase::SCI_STYLEGETITALIC, style) != 0,
            view.SendScintilla(QsciScintillaBase::SCI_STYLEGETUNDERLINE, style) != 0};
}

Look lookAt(const EditorView &view, int position)
{
    return lookOfStyle(view, styleAt(view, position));
}

// The document's bytes. (QsciScintilla::bytes() appends a NUL.)
QByteArray documentBytes(const EditorView &view)
{
    const int length = view.length();
    QByteArray bytes(length + 1, '\0');
    view.SendScintilla(QsciScintillaBase::SCI_GETTEXTRANGE, 0L, long(length), bytes.data());
    bytes.chop(1);
    return bytes;
}

int lineStart(const EditorView &view, int line)
{
    return int(view.SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line));
}

int endStyled(const EditorView &view)
{
    return int(view.SendScintilla(QsciScintillaBase::SCI_GETENDSTYLED));
}

// The byte position of `needle` in `line`, from the line's own UTF-8 rather than from
// anything the lexer computes.
int positionOf(const EditorView &view, int line, const QString &needle)
{
    const QByteArray bytes = view.text(line).toUtf8();
    const qsizetype at = bytes.indexOf(needle.toUtf8());
    return at < 0 ? -1 : lineStart(view, line) + int(at);
}

// Styles the edited line the way Scintilla asks when it shows a window of just that line: from
// the first unstyled line through the end of `line`.
void styleLineAsShown(EditorView &view, int line)
{
    view.recolor(lineStart(view, line), lineStart(view, line + 1));
}

// KSyntaxHighlighting on its own, for the formats the lexer should have painted.
class ReferenceHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    // The format of every UTF-16 unit of every line.
    QList<QList<Format>> formatsOf(const QString &text)
    {
        QList<QList<Format>> lines;
        KSyntaxHighlighting::State state;
        for (const QString &line : text.split(u'\n')) {
            m_formats = QList<Format>(line.size());
            state = highlightLine(line, state);
            lines.append(m_formats);
        }
        return lines;
    }

protected:
    void applyFormat(int offset, int length, const Format &format) override
    {
        for (int unit = offset; unit < offset + length && unit < m_formats.size(); ++unit)
            m_formats[unit] = format;
    }

private:
    QList<Format> m_formats;
};

const char cppSource[] = "// counts the lines\n"
                         "int main()\n"
                         "{\n"
                         "    const char *greeting = \"hello, world\";\n"
                         "    return 0;\n"
                         "}\n";

} // namespace

class TestSyntaxLexer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Repository> m_repository;
    QTemporaryDir m_dir;

    QString pathOf(const QString &fileName) const { return QDir(m_dir.path()).filePath(fileName); }

    void open(EditorView &view, const QString &fileName, const QByteArray &content)
    {
        view.setFileContent(pathOf(fileName), content);
        view.recolor();
    }

    // The first byte before `end` that looks different in `view` than in a view that opened
    // the same text fresh, or -1.
    int firstDifferenceFromFreshView(const EditorView &view, int end)
    {
        EditorView fresh(*m_repository);
        fresh.setTheme(view.theme());
        fresh.setFileContent(pathOf(QStringLiteral("fresh")), documentBytes(view));
        fresh.syntaxLexer()->setDefinition(view.syntaxLexer()->definition());
        fresh.recolor();
        for (int position = 0; position < end; ++position) {
            if (!(lookAt(view, position) == lookAt(fresh, position)))
                return position;
        }
        return -1;
    }

    // The first byte whose style differs from that of a view that opened the same text fresh
    // and highlighted all of it, or -1. (Same definition and theme: the same style numbers.)
    int firstDifferentStyle(const EditorView &view)
    {
        EditorView fresh(*m_repository);
        fresh.setTheme(view.theme());
        fresh.setFileContent(pathOf(QStringLiteral("fresh")), documentBytes(view));
        fresh.syntaxLexer()->setDefinition(view.syntaxLexer()->definition());
        fresh.recolor();
        if (!QTest::qWaitFor([&] { return !fresh.syntaxLexer()->isCatchingUp(); }, 60000))
            return -2;
        const int length = view.length();
        for (int position = 0; position < length; ++position) {
            if (styleAt(view, position) != styleAt(fresh, position))
                return position;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_repository = std::make_unique<Repository>();
    }

    void cleanupTestCase() { m_repository.reset(); }

    void paintsCodeInTheThemeColours_data()
    {
        QTest::addColumn<int>("defaultTheme");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("textStyle");

        for (const auto theme : {Repository::LightTheme, Repository::DarkTheme}) {
            const char *name = theme == Repository::LightTheme ? "light" : "dark";
            QTest::addRow("type keyword, %s", name)
                << int(theme) << 1 << QStringLiteral("int") << int(Theme::DataType);
            QTest::addRow("control keyword, %s", name)
                << int(theme) << 4 << QStringLiteral("return") << int(Theme::ControlFlow);
            QTest::addRow("comment, %s", name)
                << int(theme) << 0 << QStringLiteral("counts the lines") << int(Theme::Comment);
            QTest::addRow("string, %s", name)
                << int(theme) << 3 << QStringLiteral("hello, world") << int(Theme::String);
        }
    }

    void paintsCodeInTheThemeColours()
    {
        QFETCH(int, defaultTheme);
        QFETCH(int, line);
        QFETCH(QString, needle);
        QFETCH(int, textStyle);

        const Theme theme = m_repository->defaultTheme(Repository::DefaultTheme(defaultTheme));
        EditorView view(*m_repository);
        view.setTheme(theme);
        open(view, QStringLiteral("main.cpp"), cppSource);
        QCOMPARE(view.syntaxLexer()->definition().name(), QStringLiteral("C++"));

        ReferenceHighlighter reference;
        reference.setDefinition(view.syntaxLexer()->definition());
        const auto formats = reference.formatsOf(QString::fromUtf8(cppSource));
        const int column = int(view.text(line).indexOf(needle));
        QVERIFY(column >= 0);
        const Format format = formats.at(line).at(column);
        QCOMPARE(int(format.textStyle()), textStyle);

        const int position = positionOf(view, line, needle);
        const int style = styleAt(view, position);
        QVERIFY(style != 0);
        for (int byte = 1; byte < needle.toUtf8().size(); ++byte)
            QCOMPARE(styleAt(view, position + byte), style);

        QCOMPARE(lookOfStyle(view, style), lookOfFormat(format, theme));
    }

    void keywordsCommentsAndStringsLookDifferent()
    {
        EditorView view(*m_repository);
        open(view, QStringLiteral("main.cpp"), cppSource);
        const int keyword = styleAt(view, positionOf(view, 4, QStringLiteral("return")));
        const int comment = styleAt(view, positionOf(view, 0, QStringLiteral("counts")));
        const int string = styleAt(view, positionOf(view, 3, QStringLiteral("hello")));
        QVERIFY(keyword != comment);
        QVERIFY(keyword != string);
        QVERIFY(comment != string);
        QVERIFY(lookOfStyle(view, keyword).foreground != lookOfStyle(view, comment).foreground);
        QVERIFY(lookOfStyle(view, comment).foreground != lookOfStyle(view, string).foreground);
        // Plain identifiers stay in the theme's normal text colour.
        const Theme theme = view.theme();
        QCOMPARE(lookAt(view, positionOf(view, 3, QStringLiteral("greeting"))).foreground,
                 QColor::fromRgb(theme.textColor(Theme::Normal)));
    }

    void blockCommentRecoloursTheRestAndClosingRestoresIt()
    {
        QByteArray source;
        for (int i = 0; i < 300; ++i)
            source += "int v" + QByteArray::number(i) + " = " + QByteArray::number(i) + ";\n";
        source += "return 0;\n";
        EditorView view(*m_repository);
        open(view, QStringLiteral("long.cpp"), source);

        const int lastLine = 300;
        const auto returnPosition
            = [&] { return positionOf(view, lastLine, QStringLiteral("return")); };
        const auto intPosition
            = [&](int line) { return positionOf(view, line, QStringLiteral("int")); };
        const int keywordStyle = styleAt(view, returnPosition());
        const int typeStyle = styleAt(view, intPosition(2));

        // Typing `/*` on line 1 turns every later line into a comment, although Scintilla
        // only asked for line 1.
        view.insertAt(QStringLiteral("/*"), 1, 0);
        styleLineAsShown(view, 1);
        const int commentStyle = styleAt(view, lineStart(view, 1));
        QVERIFY(commentStyle != keywordStyle);
        QCOMPARE(styleAt(view, intPosition(2)), commentStyle);
        QCOMPARE(styleAt(view, intPosition(150)), commentStyle);
        QCOMPARE(styleAt(view, returnPosition()), commentStyle);
        QCOMPARE(styleAt(view, intPosition(0)), typeStyle);

        // Typing `*/` at the end of line 1 gives the rest back.
        view.insertAt(QStringLiteral("*/"), 1, view.text(1).size() - 1);
        styleLineAsShown(view, 1);
        QCOMPARE(styleAt(view, intPosition(1)), commentStyle);
        QCOMPARE(styleAt(view, intPosition(2)), typeStyle);
        QCOMPARE(styleAt(view, intPosition(150)), typeStyle);
        QCOMPARE(styleAt(view, returnPosition()), keywordStyle);

        // Reopen the comment by deleting `*/`, then delete `/*` too.
        view.SendScintilla(QsciScintillaBase::SCI_DELETERANGE,
                           static_cast<unsigned long>(lineStart(view, 2) - 3), 2L);
        styleLineAsShown(view, 1);
        QCOMPARE(styleAt(view, returnPosition()), commentStyle);
        view.SendScintilla(QsciScintillaBase::SCI_DELETERANGE,
                           static_cast<unsigned long>(lineStart(view, 1)), 2L);
        styleLineAsShown(view, 1);
        QCOMPARE(styleAt(view, intPosition(1)), typeStyle);
        QCOMPARE(styleAt(view, intPosition(150)), typeStyle);
        QCOMPARE(styleAt(view, returnPosition()), keywordStyle);
        QCOMPARE(documentBytes(view), source);
    }

    void insertingAndDeletingLinesKeepsHighlightingRight()
    {
        // Comments that open on one line and close on the next: a line's end state is "in a
        // comment" on even lines and "not" on odd ones, so a state compared against the wrong
        // line would never look converged.
        QByteArray source;
        for (int i = 0; i < 500; ++i)
            source += "/* note " + QByteArray::number(i) + "\n done */ int x"
                      + QByteArray::number(i) + ";\n";
        EditorView view(*m_repository);
        open(view, QStringLiteral("pairs.cpp"), source);
        const int length = view.length();
        QCOMPARE(endStyled(view), length);

        // A new line before a comment: highlighting is right and restyling stays near the edit.
        view.insertAt(QStringLiteral("int added;\n"), 2, 0);
        styleLineAsShown(view, 2);
        QVERIFY2(endStyled(view) <= lineStart(view, 6), "restyled far past the edit");
        QCOMPARE(firstDifferenceFromFreshView(view, endStyled(view)), -1);

        // Undoing it removes the line again.
        view.undo();
        QCOMPARE(documentBytes(view), source);
        styleLineAsShown(view, 2);
        QVERIFY2(endStyled(view) <= lineStart(view, 6), "restyled far past the edit");
        QCOMPARE(firstDifferenceFromFreshView(view, endStyled(view)), -1);

        // Removing one comment's two lines in the middle.
        const int from = lineStart(view, 10);
        view.SendScintilla(QsciScintillaBase::SCI_DELETERANGE, static_cast<unsigned long>(from),
                           static_cast<long>(lineStart(view, 12) - from));
        styleLineAsShown(view, 10);
        QVERIFY2(endStyled(view) <= lineStart(view, 14), "restyled far past the edit");
        QCOMPARE(firstDifferenceFromFreshView(view, endStyled(view)), -1);

        // Pasting several lines, one of them opening a comment that a later line closes.
        view.insertAt(QStringLiteral("int a;\n/* pasted\nstill pasted */ int b;\nint c;\n"), 20, 0);
        styleLineAsShown(view, 20);
        QCOMPARE(firstDifferenceFromFreshView(view, endStyled(view)), -1);

        // Splitting a line and joining it back.
        view.insertAt(QStringLiteral("\n"), 31, 5);
        styleLineAsShown(view, 31);
        QCOMPARE(firstDifferenceFromFreshView(view, endStyled(view)), -1);
        view.SendScintilla(QsciScintillaBase::SCI_DELETERANGE,
                           static_cast<unsigned long>(lineStart(view, 32) - 1), 1L);
        styleLineAsShown(view, 31);
        QCOMPARE(firstDifferenceFromFreshView(view, endStyled(view)), -1);

        view.recolor();
        QCOMPARE(firstDifferenceFromFreshView(view, view.length()), -1);
    }

    void everyCharacterLooksAsItsFormatSays_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("definition");

        QTest::newRow("C++") << QStringLiteral("main.cpp") << QByteArray(cppSource)
                             << QStringLiteral("C++");
        QTest::newRow("C++ with Doxygen and alerts")
            << QStringLiteral("doc.h")
            << QByteArray("/**\n * \\brief Does it. @param x the input\n * TODO: faster\n */\n"
                          "#include <vector>\n"
                          "template <typename T> constexpr auto f(T x) -> T { return x * 0x1f; }\n"
                          "R\"(raw \xe5\xad\x97\xe7\xac\xa6\xe4\xb8\xb2)\"; 'c'; 1.5e3; nullptr;\n")
            << QStringLiteral("C++");
        // Markdown pulls in the definitions of every language a code block may name: close to
        // a thousand formats, more than Scintilla has styles.
        QTest::newRow("Markdown with code blocks")
            << QStringLiteral("README.md")
            << QByteArray("# Title with *emphasis* \xe6\xa0\x87\xe9\xa2\x98\n\n"
                          "Some **bold** text, `inline code` and a [link](https://example.org).\n"
                          "\n```cpp\n// comment\nint main() { return \"\xe4\xb8\xad\"[0]; }\n```\n"
                          "\n```python\ndef f(x):\n    return x + 1  # comment\n```\n"
                          "\n```json\n{\"key\": [1, true, null]}\n```\n"
                          "\n```bash\nfor f in *.txt; do echo \"$f\"; done\n```\n"
                          "\n```rust\nfn main() { let v: Vec<u8> = vec![]; }\n```\n"
                          "\n```yaml\nkey: [1, \"two\"] # note\n```\n"
                          "\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quote \xf0\x9f\x98\x80\n")
            << QStringLiteral("Markdown");
    }

    void everyCharacterLooksAsItsFormatSays()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, definition);

        for (const auto kind : {Repository::LightTheme, Repository::DarkTheme}) {
            const Theme theme = m_repository->defaultTheme(kind);
            EditorView view(*m_repository);
            view.setTheme(theme);
            open(view, fileName, content);
            QCOMPARE(view.syntaxLexer()->definition().name(), definition);

            ReferenceHighlighter reference;
            reference.setDefinition(view.syntaxLexer()->definition());
            const QString text = QString::fromUtf8(content);
            const QStringList lines = text.split(u'\n');
            const auto formats = reference.formatsOf(text);
            for (int line = 0; line < lines.size(); ++line) {
                const QString &lineText = lines.at(line);
                for (int column = 0; column < lineText.size(); ++column) {
                    if (lineText.at(column).isLowSurrogate())
                        continue;
                    const int position
                        = lineStart(view, line) + int(lineText.first(column).toUtf8().size());
                    const int style = styleAt(view, position);
                    const Format &format = formats.at(line).at(column);
                    QVERIFY2(style < QsciScintillaBase::STYLE_DEFAULT
                                 || style > QsciScintillaBase::STYLE_LASTPREDEFINED,
                             "text in one of Scintilla's predefined styles");
                    QVERIFY2(lookOfStyle(view, style) == lookOfFormat(format, theme),
                             qPrintable(QStringLiteral("%1 line %2 column %3 (%4), theme %5")
                                            .arg(fileName)
                                            .arg(line)
                                            .arg(column)
                                            .arg(format.name(), theme.name())));
                }
            }
        }
    }

    void keywordAfterWideCharactersLandsOnItsBytes_data()
    {
        QTest::addColumn<QByteArray>("commentBody");
        QTest::newRow("ASCII") << QByteArray("plain words");
        QTest::newRow("Chinese") << QByteArray(
            "\xe4\xbd\xa0\xe5\xa5\xbd\xef\xbc\x8c\xe4\xb8\x96\xe7\x95\x8c");
        QTest::newRow("emoji") << QByteArray("\xf0\x9f\x98\x80\xf0\x9f\x91\x8d ok");
        QTest::newRow("accents") << QByteArray("na\xc3\xafve caf\xc3\xa9");
        QTest::newRow("invalid UTF-8") << QByteArray("\xff\xfe\xe4\xb8 GBK \xbd\xd3");
    }

    void keywordAfterWideCharactersLandsOnItsBytes()
    {
        QFETCH(QByteArray, commentBody);
        const QByteArray tail = " return 0;";
        const QByteArray reference = "/* x */" + tail;
        const QByteArray probe = "/* " + commentBody + " */" + tail;
        EditorView view(*m_repository);
        open(view, QStringLiteral("wide.cpp"), reference + '\n' + probe + '\n');

        const int referenceStart = lineStart(view, 0);
        const int probeStart = lineStart(view, 1);
        const int commentStyle = styleAt(view, referenceStart);
        const int commentBytes = int(probe.size() - tail.size());
        for (int byte = 0; byte < commentBytes; ++byte)
            QCOMPARE(styleAt(view, probeStart + byte), commentStyle);
        // `return` and what follows are styled on exactly their own bytes.
        for (int byte = 0; byte < tail.size(); ++byte) {
            QCOMPARE(styleAt(view, probeStart + commentBytes + byte),
                     styleAt(view, referenceStart + int(reference.size() - tail.size()) + byte));
        }
        QVERIFY(styleAt(view, probeStart + commentBytes + 1) != commentStyle);
        QVERIFY(styleAt(view, probeStart + commentBytes + 1)
                != styleAt(view, probeStart + commentBytes));
    }

    void overlongLinesStayPlain()
    {
        QByteArray longLine;
        while (longLine.size() <= SyntaxLexer::maxHighlightedLineBytes)
            longLine += "int b; ";
        QByteArray limitLine = "int c;";
        limitLine += QByteArray(SyntaxLexer::maxHighlightedLineBytes - limitLine.size(), ' ');
        EditorView view(*m_repository);
        open(view, QStringLiteral("minified.cpp"),
             "int a;\n" + longLine + '\n' + limitLine + "\nint d;\n");

        const int typeStyle = styleAt(view, lineStart(view, 0));
        QVERIFY(typeStyle != 0);
        const int longStart = lineStart(view, 1);
        for (int byte = 0; byte < longLine.size(); ++byte)
            QCOMPARE(styleAt(view, longStart + byte), 0);
        QCOMPARE(styleAt(view, lineStart(view, 2)), typeStyle);
        QCOMPARE(styleAt(view, lineStart(view, 3)), typeStyle);
    }

    void followsTheThemeAndTheSystemColourScheme()
    {
        const Theme light = m_repository->defaultTheme(Repository::LightTheme);
        const Theme dark = m_repository->defaultTheme(Repository::DarkTheme);
        const QColor lightPaper = QColor::fromRgb(light.editorColor(Theme::BackgroundColor));
        const QColor darkPaper = QColor::fromRgb(dark.editorColor(Theme::BackgroundColor));
        QVERIFY(lightPaper != darkPaper);

        EditorView view(*m_repository);
        open(view, QStringLiteral("main.cpp"), cppSource);
        const auto paper
            = [&view] { return lookOfStyle(view, QsciScintillaBase::STYLE_DEFAULT).background; };
        const auto returnLook
            = [&view] { return lookAt(view, positionOf(view, 4, QStringLiteral("return"))); };

        view.setTheme(light);
        view.recolor();
        QCOMPARE(paper(), lightPaper);
        QCOMPARE(lookAt(view, 0).background, lightPaper);
        const Look lightKeyword = returnLook();

        view.setTheme(dark);
        view.recolor();
        QCOMPARE(paper(), darkPaper);
        QCOMPARE(lookAt(view, 0).background, darkPaper);
        QCOMPARE(returnLook().background, darkPaper);
        QVERIFY(returnLook().foreground != lightKeyword.foreground);
        QCOMPARE(lookOfStyle(view, QsciScintillaBase::STYLE_LINENUMBER).background,
                 QColor::fromRgb(dark.editorColor(Theme::IconBorder)));
        QCOMPARE(lookOfStyle(view, QsciScintillaBase::STYLE_LINENUMBER).foreground,
                 QColor::fromRgb(dark.editorColor(Theme::LineNumbers)));
        QCOMPARE(fromScintilla(view.SendScintilla(QsciScintillaBase::SCI_GETCARETLINEBACK)),
                 QColor::fromRgb(dark.editorColor(Theme::CurrentLine)));

        // A theme the user chose stays when the system's scheme changes.
        QStyleHints *hints = QGuiApplication::styleHints();
        Q_EMIT hints->colorSchemeChanged(Qt::ColorScheme::Light);
        QCOMPARE(view.theme().name(), dark.name());

        // Following the system again, switching to light and back is followed without
        // reopening anything.
        view.followSystemTheme();
        Q_EMIT hints->colorSchemeChanged(Qt::ColorScheme::Light);
        QCOMPARE(view.theme().name(), light.name());
        view.recolor();
        QCOMPARE(paper(), lightPaper);
        QCOMPARE(returnLook(), lightKeyword);
        Q_EMIT hints->colorSchemeChanged(Qt::ColorScheme::Dark);
        QCOMPARE(view.theme().name(), dark.name());
        QCOMPARE(paper(), darkPaper);
        QCOMPARE(fromScintilla(view.SendScintilla(QsciScintillaBase::SCI_GETCARETLINEBACK)),
                 QColor::fromRgb(dark.editorColor(Theme::CurrentLine)));
    }

    void restylesWhatIsShownWhenTheLanguageOrThemeChanges()
    {
        EditorView view(*m_repository);
        view.resize(640, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTheme(m_repository->defaultTheme(Repository::LightTheme));

        // Painting alone styles what is on screen.
        view.setFileContent(pathOf(QStringLiteral("main.cpp")), cppSource);
        view.viewport()->repaint();
        QCOMPARE(endStyled(view), view.length());
        QCOMPARE(firstDifferenceFromFreshView(view, view.length()), -1);
        const int counts = positionOf(view, 0, QStringLiteral("counts"));
        const Look comment = lookAt(view, counts);

        // In Python `//` is an operator, so the C++ comment becomes plain words.
        view.syntaxLexer()->setDefinition(
            m_repository->definitionForName(QStringLiteral("Python")));
        view.viewport()->repaint();
        const Theme light = view.theme();
        QVERIFY(lookAt(view, counts) != comment);
        QCOMPARE(firstDifferenceFromFreshView(view, view.length()), -1);
        QCOMPARE(lookAt(view, counts).foreground, QColor::fromRgb(light.textColor(Theme::Normal)));

        const Theme dark = m_repository->defaultTheme(Repository::DarkTheme);
        view.setTheme(dark);
        view.viewport()->repaint();
        QCOMPARE(endStyled(view), view.length());
        QCOMPARE(lookAt(view, counts).foreground, QColor::fromRgb(dark.textColor(Theme::Normal)));
        QCOMPARE(lookAt(view, counts).background,
                 QColor::fromRgb(dark.editorColor(Theme::BackgroundColor)));
        QCOMPARE(firstDifferenceFromFreshView(view, view.length()), -1);

        // Themes differ in which formats look alike, so the styles of the text can change.
        view.syntaxLexer()->setDefinition(m_repository->definitionForName(QStringLiteral("C++")));
        for (const Theme &theme : m_repository->themes()) {
            view.setTheme(theme);
            view.viewport()->repaint();
            QVERIFY2(firstDifferenceFromFreshView(view, view.length()) == -1,
                     qPrintable(theme.name()));
        }
    }

    void picksTheDefinitionFromNameOrContent_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("definition");

        QTest::newRow("C++ source")
            << QStringLiteral("main.cpp") << QByteArray("int main() {}\n") << QStringLiteral("C++");
        QTest::newRow("Python by extension")
            << QStringLiteral("tool.py") << QByteArray("import os\n") << QStringLiteral("Python");
        QTest::newRow("Python by #! line")
            << QStringLiteral("run") << QByteArray("#!/usr/bin/env python3\nimport os\n")
            << QStringLiteral("Python");
        QTest::newRow("shell by #! line")
            << QStringLiteral("deploy") << QByteArray("#!/bin/sh\nexport A=1\n")
            << QStringLiteral("Bash");
        QTest::newRow("CMake by file name")
            << QStringLiteral("CMakeLists.txt") << QByteArray("project(x)\n")
            << QStringLiteral("CMake");
        QTest::newRow("plain text")
            << QStringLiteral("notes") << QByteArray("some words\n") << QStringLiteral("None");
    }

    void picksTheDefinitionFromNameOrContent()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, definition);

        EditorView view(*m_repository);
        open(view, fileName, content);
        QCOMPARE(view.filePath(), pathOf(fileName));
        QCOMPARE(documentBytes(view), content);
        const bool plain = definition == u"None";
        QCOMPARE(view.syntaxLexer()->definition().isValid(), !plain);
        QCOMPARE(view.syntaxLexer()->definition().name(), definition);
        QCOMPARE(QString::fromUtf8(view.syntaxLexer()->language()), definition);

        bool coloured = false;
        for (int position = 0; position < view.length(); ++position)
            coloured = coloured || styleAt(view, position) != 0;
        QCOMPARE(coloured, !plain);
    }

    void opensBytesAsAFreshUnmodifiedDocument()
    {
        EditorView view(*m_repository);
        view.setReadOnly(true);
        const QByteArray first = "int a;\r\nint b;\r\n";
        open(view, QStringLiteral("a.cpp"), first);
        QCOMPARE(documentBytes(view), first);
        QCOMPARE(view.eolMode(), QsciScintilla::EolWindows);
        QVERIFY(view.isReadOnly());

        view.setReadOnly(false);
        const QByteArray invalid = "int \xff\xfe;\n";
        open(view, QStringLiteral("b.cpp"), invalid);
        QCOMPARE(documentBytes(view), invalid);
        QCOMPARE(view.eolMode(), QsciScintilla::EolUnix);
        QVERIFY(!view.isModified());
        QVERIFY(!view.isUndoAvailable());
        QCOMPARE(view.SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS), 0L);
    }

    void reopeningWithOtherTextHighlightsAndAnnouncesTheNewText()
    {
        // A file reloaded while the highlighting was still catching up on its old text: the new
        // text is highlighted as itself, and whoever follows the text hears of the change.
        QByteArray old = "/* an old comment\n";
        for (int i = 0; i < 3 * SyntaxLexer::linesPerPass; ++i)
            old += "still the comment " + QByteArray::number(i) + "\n";
        EditorView view(*m_repository);
        open(view, QStringLiteral("reload.cpp"), old);
        view.recolor(lineStart(view, view.lines() - 40), view.length());
        QVERIFY(view.syntaxLexer()->isCatchingUp());

        QSignalSpy textChanged(&view, &QsciScintilla::textChanged);
        QSignalSpy linesChanged(&view, &QsciScintilla::linesChanged);
        QByteArray fresh;
        for (int i = 0; i < 50; ++i)
            fresh += "int v" + QByteArray::number(i) + " = " + QByteArray::number(i) + ";\n";
        view.setFileContent(pathOf(QStringLiteral("reload.cpp")), fresh);
        QVERIFY(textChanged.count() >= 1);
        QVERIFY(linesChanged.count() >= 1);
        QCOMPARE(view.lines(), 51);
        QVERIFY(!view.syntaxLexer()->isCatchingUp());
        view.recolor();
        QCOMPARE(firstDifferentStyle(view), -1);
        QVERIFY(styleAt(view, positionOf(view, 30, QStringLiteral("int"))) != 0);
    }

    void jumpingFarHighlightsTheShownLinesAtOnceThenCatchesUp()
    {
        QByteArray source;
        const int lineCount = 6 * SyntaxLexer::linesPerPass;
        for (int i = 0; i < lineCount; ++i)
            source += "int v" + QByteArray::number(i) + " = " + QByteArray::number(i) + ";\n";
        EditorView view(*m_repository);
        view.setFileContent(pathOf(QStringLiteral("big.cpp")), source);
        SyntaxLexer *lexer = view.syntaxLexer();

        // The first screen is highlighted at once.
        view.recolor(0, lineStart(view, 40));
        const int typeStyle = styleAt(view, positionOf(view, 10, QStringLiteral("int")));
        QVERIFY(typeStyle != 0);
        QVERIFY(!lexer->isCatchingUp());

        // Jumping to the end: Scintilla asks for everything up to the last screen. That comes
        // back at once, the shown lines highlighted without highlighting the thousands above
        // (those before them in the request are plain until the catch-up gets there).
        const int last = lineCount - 1;
        view.recolor(lineStart(view, last - 40), view.length());
        QCOMPARE(endStyled(view), view.length());
        QCOMPARE(styleAt(view, positionOf(view, last, QStringLiteral("int"))), typeStyle);
        QCOMPARE(styleAt(view, positionOf(view, last - 40, QStringLiteral("int"))), typeStyle);
        const int farAbove = last - SyntaxLexer::guessedLines - 10;
        QCOMPARE(styleAt(view, positionOf(view, farAbove, QStringLiteral("int"))), 0);
        QVERIFY(lexer->isCatchingUp());
        QVERIFY(lexer->mostLinesInOnePass() <= SyntaxLexer::linesPerPass);

        // The event loop catches up; what was guessed stays as it was.
        QTRY_VERIFY_WITH_TIMEOUT(!lexer->isCatchingUp(), 60000);
        QCOMPARE(styleAt(view, positionOf(view, last, QStringLiteral("int"))), typeStyle);
        QCOMPARE(styleAt(view, positionOf(view, farAbove, QStringLiteral("int"))), typeStyle);
        QCOMPARE(styleAt(view, positionOf(view, lineCount / 2, QStringLiteral("int"))),
                 typeStyle);
        QVERIFY(lexer->mostLinesInOnePass() <= SyntaxLexer::linesPerPass);
        QCOMPARE(endStyled(view), view.length());
        QCOMPARE(firstDifferentStyle(view), -1);
    }

    void aWrongGuessAfterAJumpIsCorrectedByTheCatchUp()
    {
        // A block comment opened at the top is still open at the end: the shown lines,
        // guessed from a fresh state, look like code at first and like a comment once the
        // highlighter has really got there.
        QByteArray source = "/* the whole file is a comment\n";
        const int lineCount = 4 * SyntaxLexer::linesPerPass;
        for (int i = 0; i < lineCount; ++i)
            source += "int v" + QByteArray::number(i) + " = " + QByteArray::number(i) + ";\n";
        EditorView view(*m_repository);
        view.setFileContent(pathOf(QStringLiteral("comment.cpp")), source);
        SyntaxLexer *lexer = view.syntaxLexer();
        view.recolor(0, lineStart(view, 40));
        const int commentStyle = styleAt(view, positionOf(view, 10, QStringLiteral("int")));
        QVERIFY(commentStyle != 0);

        const int last = view.lines() - 2;
        view.recolor(lineStart(view, last - 40), view.length());
        QVERIFY(lexer->isCatchingUp());
        QVERIFY(styleAt(view, positionOf(view, last, QStringLiteral("int"))) != commentStyle);
        QTRY_VERIFY_WITH_TIMEOUT(!lexer->isCatchingUp(), 60000);
        QCOMPARE(styleAt(view, positionOf(view, last, QStringLiteral("int"))), commentStyle);
        QCOMPARE(firstDifferentStyle(view), -1);
    }

    void editsWhileCatchingUpStayCorrect()
    {
        QByteArray source;
        const int lineCount = 5 * SyntaxLexer::linesPerPass;
        for (int i = 0; i < lineCount; ++i)
            source += "/* note " + QByteArray::number(i) + "\n done */ int x"
                      + QByteArray::number(i) + ";\n";
        EditorView view(*m_repository);
        view.setFileContent(pathOf(QStringLiteral("pairs.cpp")), source);
        SyntaxLexer *lexer = view.syntaxLexer();
        view.recolor(0, lineStart(view, 40));
        const int last = view.lines() - 1;
        view.recolor(lineStart(view, last - 40), view.length());
        QVERIFY(lexer->isCatchingUp());

        // Typing near the top, inserting and removing lines in the part not caught up yet,
        // and editing the plain last screen, all before the catch-up is done.
        view.insertAt(QStringLiteral("int a;\n/*"), 3, 0);
        styleLineAsShown(view, 4);
        const int middle = view.lines() / 2;
        view.insertAt(QStringLiteral("int b;\nint c;\n"), middle, 0);
        const int from = lineStart(view, middle + 7);
        view.SendScintilla(QsciScintillaBase::SCI_DELETERANGE, static_cast<unsigned long>(from),
                           static_cast<long>(lineStart(view, middle + 10) - from));
        view.insertAt(QStringLiteral("int d;\n"), view.lines() - 3, 0);
        view.recolor(lineStart(view, view.lines() - 41), view.length());
        QVERIFY(lexer->mostLinesInOnePass() <= SyntaxLexer::linesPerPass);

        QTRY_VERIFY_WITH_TIMEOUT(!lexer->isCatchingUp(), 60000);
        view.recolor(lineStart(view, view.lines() - 41), view.length());
        QTRY_VERIFY_WITH_TIMEOUT(!lexer->isCatchingUp(), 60000);
        QCOMPARE(endStyled(view), view.length());
        QCOMPARE(firstDifferentStyle(view), -1);
        QVERIFY(lexer->mostLinesInOnePass() <= SyntaxLexer::linesPerPass);
    }

    void largeFilesDoNotWrapAndLoadWithoutUndoHistory()
    {
        EditorView view(*m_repository);
        open(view, QStringLiteral("small.c"), "int a;\n");
        view.setWordWrap(true);
        QVERIFY(view.wordWrap());
        QVERIFY(!view.isLargeFile());

        const QByteArray line = "int value = 1; /* a line of a large file */\n";
        const QByteArray big = line.repeated(EditorView::largeFileBytes / line.size() + 1);
        view.setFileContent(pathOf(QStringLiteral("big.c")), big);
        QVERIFY(view.isLargeFile());
        QVERIFY(!view.highlightingOffForSize());
        QVERIFY(!view.wordWrap());
        view.setWordWrap(true);
        QVERIFY(!view.wordWrap());
        QCOMPARE(view.definition().name(), QStringLiteral("C"));
        QVERIFY(!view.isModified());
        QVERIFY(!view.isUndoAvailable());
        QCOMPARE(view.length(), int(big.size()));
        QCOMPARE(view.utf8Text(), big);

        // Typing is undone as usual afterwards.
        view.insertAt(QStringLiteral("x"), 0, 0);
        QVERIFY(view.isUndoAvailable());
        view.undo();
        QVERIFY(!view.isUndoAvailable());
        QVERIFY(!view.isModified());
    }

    void lineNumberMarginFitsTheLineCount()
    {
        EditorView view(*m_repository);
        open(view, QStringLiteral("short.txt"), "one\ntwo\n");
        const int narrow = view.marginWidth(0);
        QVERIFY(narrow > 0);
        open(view, QStringLiteral("long.txt"), QByteArray("x\n").repeated(123456));
        QVERIFY(view.marginWidth(0) > narrow);
    }
};

QTEST_MAIN(TestSyntaxLexer)
#include "tst_syntaxlexer.moc"
