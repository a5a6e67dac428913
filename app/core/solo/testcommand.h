// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The workspace's test command, for `run_tests` and the system prompt: found the way a
// developer would look for it, or given by the user. detect() tries, in this order, and takes
// the first that applies (the others are listed in alsoFound):
//  1. the user's command (the run's options), then `.baton/solo.json` {"testCommand": "…",
//     "testTimeoutS": N};
//  2. the project's own test script: script/test ("Scripts to Rule Them All"), scripts/test,
//     scripts/test.sh, test.sh, run_tests.sh, run-tests.sh, tests/run.sh (run as ./PATH when
//     executable, else with sh);
//  3. a hand-written Makefile (makefile, GNUmakefile) with a `test` or `check` target;
//  4. package.json with a scripts.test that is not npm's placeholder → npm test;
//  5. Cargo.toml → cargo test;  6. go.mod → go test ./...;
//  7. a configured CMake build folder (build, build/*, cmake-build-*, out/build/*, _build,
//     .baton/build; its CMakeCache.txt must name this workspace; the most recently configured
//     wins) with CTestTestfile.cmake → cmake --build DIR && ctest --test-dir DIR
//     --output-on-failure (built first: ctest alone would run binaries older than the edits);
//  8. a CMakeLists.txt that declares tests (enable_testing, include(CTest), add_test,
//     gtest_discover_tests) and no build folder → configured and built in .baton/build, which
//     the Solo file tools and checkpoints never see and which leaves the user's build/ alone;
//  9. pytest, when python3 is on PATH: pytest.ini, [tool.pytest…] in pyproject.toml,
//     [tool:pytest] in setup.cfg, [pytest] in tox.ini, conftest.py, or test_*.py / *_test.py
//     at the top or in tests/ → python3 -m pytest.
// A candidate whose program (make, npm, cargo, go, cmake) is not on PATH is skipped and said so.
//
// `reason` is translated (the Solo pane shows it; the system prompt carries it too).
// resultForModel() and noneForModel() are for the model and stay English.
// detect() reads a few small files: call it from a worker thread. Value type.

#include "core/result.h"
#include "core/solo/commandrunner.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Baton::Core {

class TestCommand
{
    Q_DECLARE_TR_FUNCTIONS(Baton::Core::TestCommand)

public:
    enum class Source {
        None,           // nothing found
        User,           // the run's options
        Settings,       // .baton/solo.json
        Script,         // the project's test script
        Make,           // make test / make check
        Npm,            // npm test
        Cargo,          // cargo test
        Go,             // go test ./...
        CMakeBuild,     // an existing CMake build folder
        CMakeConfigure, // a CMake project configured in .baton/build
        Pytest,         // python3 -m pytest
    };

    static constexpr int defaultTimeoutMs = 10 * 60 * 1000; // builds and tests take a while
    static constexpr const char *cmakeBuildFolder = ".baton/build";

    Source source = Source::None;
    QString command;       // a shell command run in the workspace folder; empty for None
    QString buildCommand;  // how to build without testing, when the source has one; may be empty
    QString reason;        // why this command (translated), e.g. "Makefile has a test target"
    QStringList alsoFound; // other candidates, "COMMAND (reason)", and skipped ones with why
    int timeoutMs = defaultTimeoutMs;

    bool isValid() const { return !command.isEmpty(); }

    // Looks at `workspace` (see the header comment). A non-blank `userCommand` always wins.
    static TestCommand detect(const QString &workspace, const QString &userCommand = {});

    // Before running: for CMakeConfigure, makes `.baton/` with a .gitignore of "*" so the
    // build folder never shows up in the user's git status. Nothing for other sources.
    Status prepare(const QString &workspace) const;

    // run_tests' definition for the model (no input).
    static QJsonObject schema();
    // The tool result: "Tests passed." / "Tests failed." / "Tests did not finish.", the
    // command, then the (bounded) output and how it ended.
    static QString resultForModel(const CommandResult &result, const SecretFilter &filter = {});
    // The tool result when detect() found nothing.
    static QString noneForModel();
};

} // namespace Baton::Core
