// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors

// GUI-thread cost of the gutter (docs/benchmarks.md): what GutterUpdater does on the GUI thread
// for each update of a 100,000-line buffer — copying the text out of Scintilla, and
// EditorView::setLineChanges() applying the markers — in the cases typing meets: markers for
// every line (an untracked file) set the first time and then again unchanged, one modified line
// appearing, and all markers cleared. Prints the median and slowest of the runs; never fails
// on time.
//
//     bench_gutter [runs, default 11]

#include "ui/editor/editorview.h"

#include <KSyntaxHighlighting/Repository>

#include <QtCore/QElapsedTimer>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <cstdio>
#include <functional>

using Baton::Core::LineChange;
using Baton::Ui::EditorView;

namespace {

EditorView *editor = nullptr;

void settle()
{
    while (editor->lineChangesPending())
        QCoreApplication::processEvents();
}

// `first`: the call itself (the GUI thread is busy that long at once); `done`: until the last
// slice of the markers is applied (with the event loop running in between).
void measure(const char *name, int runs, const std::function<void()> &prepare,
             const std::function<void()> &work)
{
    QList<double> first;
    QList<double> done;
    for (int run = 0; run < runs; ++run) {
        prepare();
        settle();
        QElapsedTimer timer;
        timer.start();
        work();
        first.append(double(timer.nsecsElapsed()) / 1e6);
        settle();
        done.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(first.begin(), first.end());
    std::sort(done.begin(), done.end());
    std::printf("%-48s call: median %7.2f max %7.2f ms   done: median %7.2f ms\n", name,
                first.at(first.size() / 2), first.last(), done.at(done.size() / 2));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 11;
    KSyntaxHighlighting::Repository syntax;
    EditorView view(syntax);
    editor = &view;
    view.resize(800, 600);
    view.show();
    QByteArray text;
    for (int i = 0; i < 100000; ++i)
        text += "    value = compute(" + QByteArray::number(i) + ", other); // line\n";
    view.setFileContent(QStringLiteral("/tmp/bench.txt"), text);
    std::printf("100,000 lines, %lld bytes; %d runs\n", static_cast<long long>(text.size()), runs);

    const QList<LineChange> all{{LineChange::Kind::Added, 0, 100000}};
    const QList<LineChange> one{{LineChange::Kind::Modified, 50000, 1}};
    const QList<LineChange> two{{LineChange::Kind::Modified, 50000, 1},
                                {LineChange::Kind::Added, 60000, 1}};
    measure("copy the buffer (SCI_GETCHARACTERPOINTER)", runs, [] {}, [&] {
        const long length = view.SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
        const auto *characters = static_cast<const char *>(
            view.SendScintillaPtrResult(QsciScintillaBase::SCI_GETCHARACTERPOINTER));
        const QByteArray copy(characters, qsizetype(length));
        Q_UNUSED(copy)
    });
    measure("setLineChanges: every line added, first time", runs,
            [&] { view.setLineChanges({}); }, [&] { view.setLineChanges(all); });
    measure("setLineChanges: every line added, unchanged", runs,
            [&] { view.setLineChanges(all); }, [&] { view.setLineChanges(all); });
    measure("setLineChanges: one line modified -> two lines", runs,
            [&] { view.setLineChanges(one); }, [&] { view.setLineChanges(two); });
    measure("setLineChanges: every line added -> none", runs,
            [&] { view.setLineChanges(all); }, [&] { view.setLineChanges({}); });
    return 0;
}
