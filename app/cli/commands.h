#pragma once

#include <QStringList>

// Headless subcommands. Each takes the arguments after its name ("serve --port 9000" gives
// {"--port", "9000"}), runs in a QCoreApplication (already created) and returns the exit
// status: 0 success, 1 runtime failure (port in use, peer unreachable), 2 usage error.
namespace acw::cli {

int runFrame(const QStringList &args);
int runServe(const QStringList &args);
int runConnect(const QStringList &args);
int runRelay(const QStringList &args);

} // namespace acw::cli
