// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "core/solo/testcommand.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
#include <QtCore/QSaveFile>
#include <QtCore/QStandardPaths>

#include <optional>

namespace Baton::Core {

using namespace Qt::StringLiterals;

namespace {

struct Candidate
{
    TestCommand::Source source;
    QString command;
    QString buildCommand;
    QString reason;
};

} // namespace

static QByteArray readSmall(const QString &path, qint64 limit = 1024 * 1024)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(limit);
}

static QString shellQuote(const QString &word)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./+-]+$"_s);
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

static bool onPath(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

static bool isFile(const QDir &dir, const QString &name)
{
    return QFileInfo(dir.filePath(name)).isFile();
}

// A configured CMake build folder of this workspace: its cache names the workspace as source.
static bool isBuildOf(const QString &folder, const QString &workspace)
{
    if (!QFileInfo(folder + u"/CTestTestfile.cmake"_s).isFile())
        return false;
    const QString cache = QString::fromUtf8(readSmall(folder + u"/CMakeCache.txt"_s));
    static const QRegularExpression home(u"^CMAKE_HOME_DIRECTORY:INTERNAL=(.*)$"_s,
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = home.match(cache);
    return match.hasMatch()
           && QFileInfo(match.captured(1).trimmed()).canonicalFilePath() == workspace;
}

static QStringList cmakeBuildFolders(const QDir &root)
{
    QStringList folders{u"build"_s, u"_build"_s,
                        QString::fromLatin1(TestCommand::cmakeBuildFolder)};
    for (const QString &name :
         root.entryList({u"cmake-build-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        folders.append(name);
    for (const QString &parent : {u"build"_s, u"out/build"_s}) {
        for (const QString &name :
             QDir(root.filePath(parent)).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            folders.append(parent + u'/' + name);
    }
    return folders;
}

static std::optional<Candidate> cmakeBuild(const QDir &root)
{
    QString best;
    QDateTime bestTime;
    for (const QString &folder : cmakeBuildFolders(root)) {
        if (!isBuildOf(root.filePath(folder), root.path()))
            continue;
        const QDateTime configured
            = QFileInfo(root.filePath(folder + u"/CMakeCache.txt"_s)).lastModified();
        if (best.isEmpty() || configured > bestTime) {
            best = folder;
            bestTime = configured;
        }
    }
    if (best.isEmpty())
        return std::nullopt;
    const QString dir = shellQuote(best);
    return Candidate{TestCommand::Source::CMakeBuild,
                     u"cmake --build %1 && ctest --test-dir %1 --output-on-failure"_s.arg(dir),
                     u"cmake --build %1"_s.arg(dir),
                     TestCommand::tr("%1 is a configured CMake build folder with tests (built "
                                     "before ctest runs)")
                         .arg(best)};
}

static std::optional<Candidate> cmakeConfigure(const QDir &root)
{
    const QString lists = QString::fromUtf8(readSmall(root.filePath(u"CMakeLists.txt"_s)));
    static const QRegularExpression declares(
        u"^\\s*(enable_testing|add_test|gtest_discover_tests|include\\s*\\(\\s*CTest\\b)"_s,
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    if (lists.isEmpty() || !declares.match(lists).hasMatch())
        return std::nullopt;
    const QString dir = QString::fromLatin1(TestCommand::cmakeBuildFolder);
    return Candidate{
        TestCommand::Source::CMakeConfigure,
        u"cmake -S . -B %1 && cmake --build %1 && ctest --test-dir %1 --output-on-failure"_s.arg(
            dir),
        u"cmake -S . -B %1 && cmake --build %1"_s.arg(dir),
        TestCommand::tr("CMakeLists.txt declares tests and there is no build folder: configured "
                        "and built in %1")
            .arg(dir)};
}

static std::optional<Candidate> script(const QDir &root)
{
    static const QStringList names{u"script/test"_s, u"scripts/test"_s, u"scripts/test.sh"_s,
                                   u"test.sh"_s,     u"run_tests.sh"_s, u"run-tests.sh"_s,
                                   u"tests/run.sh"_s};
    for (const QString &name : names) {
        const QFileInfo info(root.filePath(name));
        if (!info.isFile())
            continue;
        const QString command = info.isExecutable() ? u"./"_s + name : u"sh "_s + name;
        return Candidate{TestCommand::Source::Script, command, QString(),
                         TestCommand::tr("the project's test script %1").arg(name)};
    }
    return std::nullopt;
}

static std::optional<Candidate> make(const QDir &root)
{
    for (const QString &name : {u"GNUmakefile"_s, u"makefile"_s, u"Makefile"_s}) {
        if (!isFile(root, name))
            continue;
        const QString text = QString::fromUtf8(readSmall(root.filePath(name)));
        // CMake's in-source Makefile has a test target that runs ctest without building.
        if (text.contains(u"CMAKE generated file"_s))
            return std::nullopt;
        for (const QString &target : {u"test"_s, u"check"_s}) {
            const QRegularExpression rule(u"^%1\\s*:(?!=)"_s.arg(target),
                                          QRegularExpression::MultilineOption);
            if (rule.match(text).hasMatch())
                return Candidate{TestCommand::Source::Make, u"make "_s + target, u"make"_s,
                                 TestCommand::tr("%1 has a %2 target").arg(name, target)};
        }
        return std::nullopt;
    }
    return std::nullopt;
}

static std::optional<Candidate> npm(const QDir &root)
{
    if (!isFile(root, u"package.json"_s))
        return std::nullopt;
    const QJsonObject scripts = QJsonDocument::fromJson(readSmall(root.filePath(u"package.json"_s)))
                                    .object()
                                    .value(u"scripts"_s)
                                    .toObject();
    const QString test = scripts.value(u"test"_s).toString();
    if (test.trimmed().isEmpty() || test.contains(u"Error: no test specified"_s))
        return std::nullopt;
    return Candidate{TestCommand::Source::Npm, u"npm test"_s,
                     scripts.contains(u"build"_s) ? u"npm run build"_s : QString(),
                     TestCommand::tr("package.json has a test script")};
}

static std::optional<Candidate> cargo(const QDir &root)
{
    if (!isFile(root, u"Cargo.toml"_s))
        return std::nullopt;
    return Candidate{TestCommand::Source::Cargo, u"cargo test"_s, u"cargo build"_s,
                     TestCommand::tr("Cargo.toml: a Rust project")};
}

static std::optional<Candidate> go(const QDir &root)
{
    if (!isFile(root, u"go.mod"_s))
        return std::nullopt;
    return Candidate{TestCommand::Source::Go, u"go test ./..."_s, u"go build ./..."_s,
                     TestCommand::tr("go.mod: a Go module")};
}

static std::optional<Candidate> pytest(const QDir &root)
{
    QString why;
    if (isFile(root, u"pytest.ini"_s))
        why = u"pytest.ini"_s;
    else if (readSmall(root.filePath(u"pyproject.toml"_s)).contains("[tool.pytest"))
        why = u"pyproject.toml"_s;
    else if (readSmall(root.filePath(u"setup.cfg"_s)).contains("[tool:pytest]"))
        why = u"setup.cfg"_s;
    else if (readSmall(root.filePath(u"tox.ini"_s)).contains("[pytest]"))
        why = u"tox.ini"_s;
    else if (isFile(root, u"conftest.py"_s))
        why = u"conftest.py"_s;
    else {
        for (const QString &folder : {u"."_s, u"tests"_s, u"test"_s}) {
            const QStringList found
                = QDir(root.filePath(folder))
                      .entryList({u"test_*.py"_s, u"*_test.py"_s}, QDir::Files, QDir::Name);
            if (!found.isEmpty()) {
                why = folder == u"." ? found.first() : folder + u'/' + found.first();
                break;
            }
        }
    }
    if (why.isEmpty())
        return std::nullopt;
    return Candidate{TestCommand::Source::Pytest, u"python3 -m pytest"_s, QString(),
                     TestCommand::tr("Python tests (%1)").arg(why)};
}

static QString programOf(const Candidate &candidate)
{
    switch (candidate.source) {
    case TestCommand::Source::Make:
        return u"make"_s;
    case TestCommand::Source::Npm:
        return u"npm"_s;
    case TestCommand::Source::Cargo:
        return u"cargo"_s;
    case TestCommand::Source::Go:
        return u"go"_s;
    case TestCommand::Source::CMakeBuild:
    case TestCommand::Source::CMakeConfigure:
        return u"cmake"_s;
    case TestCommand::Source::Pytest:
        return u"python3"_s;
    default:
        return {};
    }
}

TestCommand TestCommand::detect(const QString &workspace, const QString &userCommand)
{
    TestCommand result;
    const QString canonical = QFileInfo(workspace).canonicalFilePath();
    const QDir root(canonical.isEmpty() ? workspace : canonical);

    const QJsonObject settings
        = QJsonDocument::fromJson(readSmall(root.filePath(u".baton/solo.json"_s))).object();
    const int settingsTimeout = settings.value(u"testTimeoutS"_s).toInt(0);
    if (settingsTimeout > 0)
        result.timeoutMs = settingsTimeout * 1000;

    QList<Candidate> candidates;
    if (!userCommand.trimmed().isEmpty())
        candidates.append({Source::User, userCommand.trimmed(), QString(),
                           tr("your test command (the run's options)")});
    const QString configured = settings.value(u"testCommand"_s).toString().trimmed();
    if (!configured.isEmpty())
        candidates.append({Source::Settings, configured, QString(),
                           tr("the test command set in .baton/solo.json")});
    for (auto detector : {script, make, npm, cargo, go}) {
        if (auto found = detector(root))
            candidates.append(*found);
    }
    if (auto found = cmakeBuild(root))
        candidates.append(*found);
    else if (auto declared = cmakeConfigure(root))
        candidates.append(*declared);
    if (auto found = pytest(root))
        candidates.append(*found);

    for (const Candidate &candidate : std::as_const(candidates)) {
        const QString program = programOf(candidate);
        if (!program.isEmpty() && !onPath(program)) {
            result.alsoFound.append(tr("%1 (%2; skipped: %3 is not installed)")
                                        .arg(candidate.command, candidate.reason, program));
            continue;
        }
        if (result.isValid()) {
            result.alsoFound.append(u"%1 (%2)"_s.arg(candidate.command, candidate.reason));
            continue;
        }
        result.source = candidate.source;
        result.command = candidate.command;
        result.buildCommand = candidate.buildCommand;
        result.reason = candidate.reason;
    }
    return result;
}

Status TestCommand::prepare(const QString &workspace) const
{
    if (source != Source::CMakeConfigure)
        return success();
    const QString folder = QDir(workspace).filePath(u".baton"_s);
    const QString ignore = folder + u"/.gitignore"_s;
    if (QFileInfo::exists(ignore))
        return success();
    if (!QDir().mkpath(folder))
        return Error{tr("Could not create the folder %1.").arg(folder)};
    QSaveFile file(ignore);
    if (!file.open(QIODevice::WriteOnly) || file.write("*\n") != 2 || !file.commit())
        return Error{tr("Could not write %1: %2").arg(ignore, file.errorString())};
    return success();
}

QJsonObject TestCommand::schema()
{
    return QJsonObject{
        {u"name"_s, u"run_tests"_s},
        {u"description"_s,
         u"Run the workspace's tests with the detected or configured test command (named in "
         "the system prompt) and get whether they passed, with their output."_s},
        {u"input_schema"_s, QJsonObject{{u"type"_s, u"object"_s},
                                        {u"properties"_s, QJsonObject{}},
                                        {u"required"_s, QJsonArray{}},
                                        {u"additionalProperties"_s, false}}}};
}

QString TestCommand::resultForModel(const CommandResult &result, const SecretFilter &filter)
{
    QString verdict;
    if (result.succeeded())
        verdict = u"Tests passed."_s;
    else if (result.ending == CommandResult::Ending::Exited)
        verdict = u"Tests failed."_s;
    else
        verdict = u"Tests did not finish."_s;
    return u"%1\nCommand: %2\n%3"_s.arg(verdict, result.command, result.forModel(filter));
}

QString TestCommand::noneForModel()
{
    return u"No test command was found in the workspace (looked for a test script, a Makefile "
           "test or check target, package.json, Cargo.toml, go.mod, CMake tests and pytest). "
           "Run the tests with run_command if you know how, or ask the user to set one in "
           ".baton/solo.json as {\"testCommand\": \"...\"}."_s;
}

} // namespace Baton::Core
