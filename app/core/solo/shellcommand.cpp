// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "shellcommand.h"

namespace Baton::Core {

namespace {

bool isAssignment(const QString &word)
{
    const qsizetype equals = word.indexOf(u'=');
    if (equals <= 0)
        return false;
    for (qsizetype i = 0; i < equals; ++i) {
        const QChar c = word.at(i);
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        if (!letter && !(i > 0 && c >= u'0' && c <= u'9'))
            return false;
    }
    return true;
}

bool isDigits(const QString &word)
{
    if (word.isEmpty())
        return false;
    for (const QChar c : word) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Reads the text once, left to right; substitutions recurse on the same position.
class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {}

    bool complete = true;

    // Reads commands up to the end of the text or up to `terminator` (')' or '`'), which is
    // consumed. Indices in substitutedInto are relative to the returned list.
    QList<ShellSimpleCommand> parseList(QChar terminator)
    {
        QList<ShellSimpleCommand> out;
        State state;
        int parenDepth = 0;
        bool terminated = false;
        const qsizetype size = m_text.size();
        while (m_pos < size) {
            const QChar c = m_text.at(m_pos);
            const QChar next = peek(1);
            if (!terminator.isNull() && c == terminator && (c != u')' || parenDepth == 0)) {
                ++m_pos;
                terminated = true;
                break;
            }
            if (c == u' ' || c == u'\t') {
                finishWord(state);
                ++m_pos;
            } else if (c == u'\\') {
                if (next == u'\n') {
                    m_pos += 2;
                } else if (!next.isNull()) {
                    state.word += next;
                    state.inWord = true;
                    m_pos += 2;
                } else {
                    ++m_pos;
                }
            } else if (c == u'\'') {
                const qsizetype end = m_text.indexOf(u'\'', m_pos + 1);
                if (end < 0) {
                    complete = false;
                    state.word += m_text.mid(m_pos + 1);
                    m_pos = size;
                } else {
                    state.word += m_text.mid(m_pos + 1, end - m_pos - 1);
                    m_pos = end + 1;
                }
                state.inWord = true;
            } else if (c == u'"') {
                ++m_pos;
                readDoubleQuoted(state);
                state.inWord = true;
            } else if (c == u'$' || c == u'`') {
                readExpansion(state);
            } else if ((c == u'<' || c == u'>') && next == u'(' && !state.inWord) {
                m_pos += 2; // process substitution: <( … ) or >( … )
                state.nested += parseList(u')');
                state.expanded = true;
                state.inWord = true;
            } else if (c == u'#' && !state.inWord) {
                while (m_pos < size && m_text.at(m_pos) != u'\n')
                    ++m_pos;
            } else if (c == u'|') {
                const bool orElse = next == u'|';
                m_pos += (orElse || next == u'&') ? 2 : 1;
                finishCommand(state, out, !orElse);
            } else if (c == u'&') {
                if (next == u'>') {
                    finishWord(state);
                    m_pos += 2;
                    state.redirect = QStringLiteral("&>");
                    if (peek(0) == u'>') {
                        ++m_pos;
                        state.redirect = QStringLiteral("&>>");
                    }
                } else {
                    m_pos += next == u'&' ? 2 : 1;
                    finishCommand(state, out, false);
                }
            } else if (c == u';' || c == u'\n') {
                ++m_pos;
                finishCommand(state, out, false);
            } else if (c == u'(') {
                ++m_pos;
                finishCommand(state, out, false);
                ++parenDepth;
            } else if (c == u')') {
                ++m_pos;
                finishCommand(state, out, false);
                if (parenDepth > 0)
                    --parenDepth;
                else
                    complete = false; // a ')' that closes nothing
            } else if (c == u'<' || c == u'>') {
                if (state.inWord && isDigits(state.word) && state.redirect.isEmpty()) {
                    state.word.clear(); // "2>": the descriptor
                    state.inWord = false;
                }
                finishWord(state);
                readRedirection(state);
            } else {
                state.word += c;
                state.inWord = true;
                ++m_pos;
            }
        }
        if ((!terminator.isNull() && !terminated) || parenDepth > 0)
            complete = false;
        finishCommand(state, out, false);
        return out;
    }

private:
    struct State
    {
        ShellSimpleCommand command;
        QList<ShellSimpleCommand> nested; // from substitutions in the command's words
        QString word;
        bool inWord = false;
        bool expanded = false;
        QString redirect; // an operator waiting for its target word
    };

    QChar peek(qsizetype offset) const
    {
        const qsizetype at = m_pos + offset;
        return at < m_text.size() ? m_text.at(at) : QChar();
    }

    void finishWord(State &state)
    {
        if (!state.inWord)
            return;
        ShellSimpleCommand &command = state.command;
        if (!state.redirect.isEmpty()) {
            command.redirections.append({state.redirect, state.word});
            state.redirect.clear();
        } else if (command.words.isEmpty() && !state.expanded && isAssignment(state.word)) {
            command.assignments.append(state.word);
        } else {
            if (state.expanded)
                command.expandedWords.append(int(command.words.size()));
            command.words.append(state.word);
        }
        state.word.clear();
        state.inWord = false;
        state.expanded = false;
    }

    void finishCommand(State &state, QList<ShellSimpleCommand> &out, bool pipe)
    {
        finishWord(state);
        if (!state.redirect.isEmpty()) {
            complete = false; // a redirection without a target
            state.redirect.clear();
        }
        ShellSimpleCommand &command = state.command;
        if (command.words.isEmpty() && command.assignments.isEmpty()
            && command.redirections.isEmpty() && state.nested.isEmpty())
            return;
        command.pipesIntoNext = pipe;
        const int index = int(out.size());
        out.append(command);
        const int offset = int(out.size());
        for (ShellSimpleCommand nested : std::as_const(state.nested)) {
            nested.substitutedInto = nested.substitutedInto < 0 ? index
                                                                : nested.substitutedInto + offset;
            out.append(nested);
        }
        state = State();
    }

    void readRedirection(State &state)
    {
        static const QStringList operators = {
            QStringLiteral("<<<"), QStringLiteral(">>"), QStringLiteral(">|"),
            QStringLiteral(">&"),  QStringLiteral("<<"), QStringLiteral("<>"),
            QStringLiteral("<&"),  QStringLiteral(">"),  QStringLiteral("<")};
        for (const QString &op : operators) {
            if (QStringView(m_text).mid(m_pos).startsWith(op)) {
                state.redirect = op;
                m_pos += op.size();
                return;
            }
        }
        ++m_pos;
    }

    // At '$' or '`', outside or inside double quotes.
    void readExpansion(State &state)
    {
        const QChar c = m_text.at(m_pos);
        state.inWord = true;
        if (c == u'`') {
            ++m_pos;
            state.nested += parseList(u'`');
            state.expanded = true;
            return;
        }
        const QChar next = peek(1);
        if (next == u'(' && peek(2) == u'(') { // arithmetic: $(( … ))
            const qsizetype end = m_text.indexOf(QStringLiteral("))"), m_pos + 3);
            if (end < 0) {
                complete = false;
                m_pos = m_text.size();
            } else {
                state.word += m_text.mid(m_pos, end + 2 - m_pos);
                m_pos = end + 2;
            }
            state.expanded = true;
        } else if (next == u'(') {
            m_pos += 2;
            state.nested += parseList(u')');
            state.expanded = true;
        } else if (next == u'{') {
            const qsizetype end = m_text.indexOf(u'}', m_pos + 2);
            if (end < 0) {
                complete = false;
                m_pos = m_text.size();
                return;
            }
            state.word += m_text.mid(m_pos, end + 1 - m_pos);
            m_pos = end + 1;
            state.expanded = true;
        } else {
            state.word += c;
            ++m_pos;
            if (next.isLetterOrNumber() || next == u'_' || next == u'@' || next == u'*'
                || next == u'?' || next == u'#' || next == u'$' || next == u'!')
                state.expanded = true;
        }
    }

    // After the opening '"'; consumes the closing one.
    void readDoubleQuoted(State &state)
    {
        const qsizetype size = m_text.size();
        while (m_pos < size) {
            const QChar c = m_text.at(m_pos);
            const QChar next = peek(1);
            if (c == u'"') {
                ++m_pos;
                return;
            }
            if (c == u'\\' && (next == u'$' || next == u'`' || next == u'"' || next == u'\\'
                               || next == u'\n')) {
                if (next != u'\n')
                    state.word += next;
                m_pos += 2;
            } else if (c == u'$' || c == u'`') {
                readExpansion(state);
            } else {
                state.word += c;
                ++m_pos;
            }
        }
        complete = false;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

} // namespace

ShellScript ShellScript::parse(const QString &text)
{
    Parser parser(text);
    ShellScript script;
    script.commands = parser.parseList(QChar());
    script.complete = parser.complete;
    return script;
}

} // namespace Baton::Core
