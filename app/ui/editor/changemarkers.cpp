// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "ui/editor/changemarkers.h"

#include <Qsci/qsciscintilla.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>
#include <QtGui/QImage>
#include <QtGui/QPainter>

#include <algorithm>

namespace Baton::Ui {

using KSyntaxHighlighting::Theme;

static QColor editorColor(const Theme &theme, Theme::EditorColorRole role)
{
    return QColor::fromRgb(theme.editorColor(role));
}

ChangeMarkers::ChangeMarkers(QsciScintilla *editor)
    : QObject(editor)
    , m_editor(editor)
{
    editor->setMarginType(1, QsciScintilla::SymbolMarginColor);
    editor->setMarginMarkerMask(1, (1 << AddedLineMarker) | (1 << ModifiedLineMarker)
                                       | (1 << DeletedAboveMarker) | (1 << DeletedBelowMarker));
    editor->setMarginWidth(1, 8);
    editor->markerDefine(QsciScintilla::LeftRectangle, AddedLineMarker);
    editor->markerDefine(QsciScintilla::LeftRectangle, ModifiedLineMarker);
    connect(editor, &QsciScintillaBase::SCN_ZOOM, this, &ChangeMarkers::updateDeletedMarkerImages);
    m_scanTimer = new QTimer(this);
    m_scanTimer->setSingleShot(true);
    m_scanTimer->setInterval(0);
    connect(m_scanTimer, &QTimer::timeout, this, &ChangeMarkers::applyScan);
}

void ChangeMarkers::applyTheme(const Theme &theme)
{
    const auto themed = [&theme](Theme::EditorColorRole role, QRgb fallback) {
        const QRgb rgb = theme.editorColor(role);
        return QColor::fromRgb(rgb ? rgb : fallback);
    };
    m_editor->setMarginBackgroundColor(1, editorColor(theme, Theme::IconBorder));
    m_editor->setMarkerBackgroundColor(themed(Theme::SavedLines, 0x2ea043), AddedLineMarker);
    m_editor->setMarkerBackgroundColor(themed(Theme::ModifiedLines, 0x0078d4), ModifiedLineMarker);
    m_deletedLineColor = themed(Theme::MarkError, 0xf85149);
    updateDeletedMarkerImages();
}

void ChangeMarkers::updateDeletedMarkerImages()
{
    if (!m_deletedLineColor.isValid())
        return;
    // A triangle pointing right, centred on the boundary between two lines: its upper half is
    // the line above's marker, its lower half the line below's. The images are as tall as a
    // line, since Scintilla centres a marker image on its line.
    const int height
        = std::max(2, int(m_editor->SendScintilla(QsciScintillaBase::SCI_TEXTHEIGHT, 0UL)));
    const int width = 8;
    const qreal half = std::min<qreal>(4.5, height / 2.0);
    for (const int marker : {DeletedAboveMarker, DeletedBelowMarker}) {
        QImage image(width, height, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_deletedLineColor);
        // DeletedAbove sits on the line below the boundary: the boundary is its top edge.
        const qreal boundary = marker == DeletedAboveMarker ? 0.0 : qreal(height);
        const QPointF triangle[]
            = {{0.0, boundary - half}, {0.0, boundary + half}, {half * 1.4, boundary}};
        painter.drawPolygon(triangle, 3);
        painter.end();
        m_editor->markerDefine(image, marker);
    }
}

namespace {

constexpr int changeMarkerMask
    = (1 << ChangeMarkers::AddedLineMarker) | (1 << ChangeMarkers::ModifiedLineMarker)
      | (1 << ChangeMarkers::DeletedAboveMarker) | (1 << ChangeMarkers::DeletedBelowMarker);

// Markers are set line by line; a whole untracked file is every line. Each change would notify
// the container (SCN_MODIFIED, a Qt signal) and invalidate its line's margin: while a batch
// lives both are suspended, and the view is repainted once if anything changed.
class MarkerBatch
{
public:
    explicit MarkerBatch(QsciScintilla *editor)
        : m_editor(editor)
        , m_eventMask(editor->SendScintilla(QsciScintillaBase::SCI_GETMODEVENTMASK))
    {
        const long withoutMarkers = m_eventMask & ~long(QsciScintillaBase::SC_MOD_CHANGEMARKER);
        editor->SendScintilla(QsciScintillaBase::SCI_SETMODEVENTMASK,
                              static_cast<unsigned long>(withoutMarkers));
    }
    ~MarkerBatch()
    {
        if (m_suspended)
            m_editor->viewport()->setUpdatesEnabled(true);
        m_editor->SendScintilla(QsciScintillaBase::SCI_SETMODEVENTMASK,
                                static_cast<unsigned long>(m_eventMask));
    }
    MarkerBatch(const MarkerBatch &) = delete;
    MarkerBatch &operator=(const MarkerBatch &) = delete;

    void send(unsigned int message, int line, int marker)
    {
        if (!m_suspended)
            m_editor->viewport()->setUpdatesEnabled(false);
        m_suspended = true;
        m_editor->SendScintilla(message, static_cast<unsigned long>(line),
                                static_cast<long>(marker));
    }

    // Gives `line` the markers in `wanted` (a mask of marker bits), touching it only if needed.
    void update(int line, int wanted)
    {
        const int shown = int(m_editor->SendScintilla(QsciScintillaBase::SCI_MARKERGET,
                                                      static_cast<unsigned long>(line)))
                          & changeMarkerMask;
        if (shown == wanted)
            return;
        for (const int marker :
             {ChangeMarkers::AddedLineMarker, ChangeMarkers::ModifiedLineMarker,
              ChangeMarkers::DeletedAboveMarker, ChangeMarkers::DeletedBelowMarker}) {
            const bool on = wanted & (1 << marker);
            if (on != bool(shown & (1 << marker)))
                send(on ? QsciScintillaBase::SCI_MARKERADD : QsciScintillaBase::SCI_MARKERDELETE,
                     line, marker);
        }
    }

private:
    QsciScintilla *m_editor;
    long m_eventMask;
    bool m_suspended = false;
};

} // namespace

void ChangeMarkers::setLineChanges(const QList<Core::LineChange> &changes)
{
    m_lineChanges = changes;
    const int lineTotal = m_editor->lines();
    m_wantedMarkers.assign(static_cast<size_t>(lineTotal), 0);
    std::vector<int> candidates; // lines that want a marker (and, when few, that show one)
    const auto want = [&](int line, int marker) {
        m_wantedMarkers[static_cast<size_t>(line)] |= 1 << marker;
        candidates.push_back(line);
    };
    int wantedKinds = 0;
    for (const Core::LineChange &change : changes) {
        switch (change.kind) {
        case Core::LineChange::Kind::Added:
        case Core::LineChange::Kind::Modified: {
            const int marker = change.kind == Core::LineChange::Kind::Added ? AddedLineMarker
                                                                            : ModifiedLineMarker;
            const int end = std::min(change.firstLine + change.lineCount, lineTotal);
            for (int line = std::max(0, change.firstLine); line < end; ++line)
                want(line, marker);
            if (end > change.firstLine)
                wantedKinds |= 1 << marker;
            break;
        }
        case Core::LineChange::Kind::Deleted:
            if (change.firstLine >= 0 && change.firstLine < lineTotal) {
                want(change.firstLine, DeletedAboveMarker);
                wantedKinds |= 1 << DeletedAboveMarker;
            }
            if (change.firstLine > 0 && change.firstLine <= lineTotal) {
                want(change.firstLine - 1, DeletedBelowMarker);
                wantedKinds |= 1 << DeletedBelowMarker;
            }
            break;
        }
    }

    MarkerBatch batch(m_editor);
    // A kind of marker no line wants goes in one call.
    for (const int marker :
         {AddedLineMarker, ModifiedLineMarker, DeletedAboveMarker, DeletedBelowMarker}) {
        if (!(wantedKinds & (1 << marker))
            && m_editor->SendScintilla(QsciScintillaBase::SCI_MARKERNEXT, 0UL, 1L << marker) >= 0)
            batch.send(QsciScintillaBase::SCI_MARKERDELETEALL, marker, 0);
    }
    // The lines showing markers now: edits move markers with their lines, and a view sharing
    // the document may have set them. Edits never add markers, so no more lines show them than
    // were set last time. Many hits of SCI_MARKERNEXT cost more than reading every line.
    const auto wantedCount = qsizetype(candidates.size());
    const qsizetype shownAtMost = std::max(m_markedLineCount, wantedCount);
    m_markedLineCount = wantedCount;
    if (shownAtMost > 2000) {
        // Many lines: a scan of every line, in slices (applyScan) so that typing is not
        // held up.
        m_scanLine = 0;
        applyScan();
        return;
    }
    m_scanLine = -1;
    m_scanTimer->stop();
    for (long line
         = m_editor->SendScintilla(QsciScintillaBase::SCI_MARKERNEXT, 0UL, long(changeMarkerMask));
         line >= 0; line = m_editor->SendScintilla(QsciScintillaBase::SCI_MARKERNEXT,
                                                   static_cast<unsigned long>(line + 1),
                                                   long(changeMarkerMask)))
        candidates.push_back(int(line));
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    // Only lines whose markers differ are touched: while typing, that is a line or two.
    for (const int line : candidates)
        batch.update(line, m_wantedMarkers[static_cast<size_t>(line)]);
}

void ChangeMarkers::applyScan()
{
    if (m_scanLine < 0)
        return;
    MarkerBatch batch(m_editor);
    QElapsedTimer timer;
    timer.start();
    const int end = std::min(m_editor->lines(), int(m_wantedMarkers.size()));
    while (m_scanLine < end) {
        batch.update(m_scanLine, m_wantedMarkers[static_cast<size_t>(m_scanLine)]);
        ++m_scanLine;
        // About 10 ms of work per turn of the event loop.
        if ((m_scanLine & 1023) == 0 && timer.elapsed() >= 10) {
            m_scanTimer->start();
            return;
        }
    }
    m_scanLine = -1;
}

} // namespace Baton::Ui
