// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The git change markers of an editor, in its margin 1 (between the line numbers and the
// folding), as in VS Code: a bar beside added lines (green) and modified lines (blue), and a red
// triangle on the boundary where lines were deleted (its halves are markers on the lines either
// side). Colours follow the theme given to applyTheme(). Markers belong to the Scintilla
// document, so a view sharing it shows them too.
//
// Owned by its editor (a child QObject), which must be the one given to the constructor.
// GUI thread only.

#include "core/git/headdiff.h"

#include <KSyntaxHighlighting/Theme>

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtGui/QColor>

#include <vector>

class QTimer;
class QsciScintilla;

namespace Baton::Ui {

class ChangeMarkers : public QObject
{
    Q_OBJECT

public:
    // Sets up margin 1 of `editor` and the marker definitions; `editor` becomes the parent.
    explicit ChangeMarkers(QsciScintilla *editor);

    // Replaces all markers; an empty list removes them. Lines past the end are ignored.
    void setLineChanges(const QList<Core::LineChange> &changes);
    QList<Core::LineChange> lineChanges() const { return m_lineChanges; }
    // A whole file of markers is applied in slices (about 10 ms each) over a few turns of the
    // event loop; true until the last slice is done.
    bool pending() const { return m_scanLine >= 0; }

    // The margin's and markers' colours: the theme's for saved/modified lines and errors, where
    // it has them; VS Code's otherwise.
    void applyTheme(const KSyntaxHighlighting::Theme &theme);
    // Redraws the deleted-lines triangles at the editor's line height (after a font change;
    // zooming is followed on its own).
    void updateDeletedMarkerImages();

    // Marker numbers (SCI_MARKERGET bits).
    static constexpr int AddedLineMarker = 20;
    static constexpr int ModifiedLineMarker = 21;
    static constexpr int DeletedAboveMarker = 22; // lines were deleted just above this line
    static constexpr int DeletedBelowMarker = 23; // lines were deleted just below this line

private:
    void applyScan();

    QsciScintilla *m_editor;
    QList<Core::LineChange> m_lineChanges;
    qsizetype m_markedLineCount = 0;  // lines wanting a change marker at the last setLineChanges()
    std::vector<int> m_wantedMarkers; // per line, the change marker bits it should show
    int m_scanLine = -1;              // the next line applyScan() looks at; -1: none
    QTimer *m_scanTimer = nullptr;
    QColor m_deletedLineColor;
};

} // namespace Baton::Ui
