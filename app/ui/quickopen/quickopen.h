// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Quick open (Ctrl+P) and the command palette (Ctrl+Shift+P), as in VS Code: a frame at the top
// centre of its parent window with a line edit and a list.
// - Files: fuzzy-matched over the FileIndex as you type (ranked on a worker thread by
//   Core::QuickOpenSearch), recent files first and boosted. `path:LINE` and `path:LINE:COL` go
//   to that place.
// - `>` first: the command palette — every command as "Category: Text" with its shortcut,
//   recently used first (kept in QSettings), disabled ones shown disabled.
// - `:N` or `:N:C`: go to a line of the current editor.
// Up/Down/PageUp/PageDown move, Enter accepts, Escape or moving the focus elsewhere closes, and
// the focus goes back where it was. GUI thread only; the FileIndex must outlive this widget.

#include "quickopenmodel.h"

#include <QtCore/QPointer>
#include <QtCore/QStringList>
#include <QtWidgets/QFrame>

class QAction;
class QLabel;
class QLineEdit;
class QListView;

namespace Baton::Core {
class FileIndex;
class QuickOpenSearch;
struct QuickOpenRanking;
} // namespace Baton::Core

namespace Baton::Ui {

class QuickOpen : public QFrame
{
    Q_OBJECT

public:
    struct Command
    {
        QString id;
        QPointer<QAction> action;
        QString label; // translated, "Category: Text" without the '&'
    };

    QuickOpen(Core::FileIndex &index, QWidget *parent);
    ~QuickOpen() override;

    // Absolute paths, most recent first (those outside the indexed folder are ignored).
    void setRecentFiles(const QStringList &recent);
    void setCommands(const QList<Command> &commands);
    // Shows the popup with `text` in the line edit ("" for files, ">" for commands).
    void popup(const QString &text);
    void dismiss();

    QLineEdit *lineEdit() const { return m_edit; }
    QListView *list() const { return m_list; }
    QuickOpenModel *model() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    // Ids of recently run commands, most recent first.
    QStringList recentCommands() const;

Q_SIGNALS:
    // A file was chosen; line and column are 1-based, 0 when not given.
    void fileActivated(const QString &path, int line, int column);
    // `:N` or `:N:C` was accepted (1-based; column 0 when not given).
    void lineActivated(int line, int column);
    // A command was run from the palette.
    void commandActivated(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void textChanged();
    void showFiles(const Core::QuickOpenRanking &ranking);
    void showCommands(const QString &query);
    void showLine(const QString &text);
    void accept();
    void moveSelection(int delta);
    void place();
    void fitList();
    void updateStatus();
    QStringList recentRelative() const;

    Core::FileIndex &m_index;
    Core::QuickOpenSearch *m_search = nullptr;
    QLineEdit *m_edit = nullptr;
    QListView *m_list = nullptr;
    QuickOpenModel *m_model = nullptr;
    QLabel *m_status = nullptr;
    QPointer<QWidget> m_previousFocus;
    QStringList m_recentFiles;
    QList<Command> m_commands;
    QString m_fileQuery; // the path part of the text in file mode
    int m_line = 0;
    int m_column = 0;
    bool m_fileMode = true;
};

} // namespace Baton::Ui
