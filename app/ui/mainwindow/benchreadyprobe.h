// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// For the start-up benchmark (tests/bench/startup.sh) only: when the environment variable
// BATON_BENCH_READY is set, the first file opened writes
//     baton-bench-ready <CLOCK_REALTIME nanoseconds> <file path>
// to stderr once its editor has been painted, so the script can time exec -> file visible.
// and mark() writes "baton-bench-phase <nanoseconds> <name>" for the steps of start-up.
// Without the variable, nothing is watched or written.
//
// GUI thread only.

#include <QtCore/QObject>
#include <QtCore/QString>

class QWidget;

namespace Baton::Ui {

class BenchReadyProbe : public QObject
{
    Q_OBJECT

public:
    // Watches `editor` (which owns the probe) if the variable is set and no file has been
    // reported yet in this process.
    static void watch(QWidget *editor, const QString &filePath);
    // Writes the moment `phase` ends, if the variable is set.
    static void mark(const char *phase);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    BenchReadyProbe(QWidget *editor, const QString &filePath);
    QString m_filePath;
};

} // namespace Baton::Ui
