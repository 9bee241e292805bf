#pragma once

#include "server/serverconfig.h"

#include <QString>
#include <QStringList>

class QCommandLineParser;

// The server options, parsed and checked in one place for every way to start a server:
// `serve`, the window's `--serve`, and the headless fallback when there is no display.
//   --profile NAME, --bind ADDR, --port N, --terminator SPEC, --max-frame N,
//   --max-connections N, --header-timeout MS, --idle-timeout MS
namespace acw::cli {

// Declares the options (with their help text) on a QCommandLineParser.
void addServerOptions(QCommandLineParser &parser);

// The option names above, without dashes ("profile", "bind", ...).
QStringList serverOptionNames();

// Checks one option's value and stores it in *config; returns an error message (naming
// the option), empty on success.
QString applyServerOption(const QString &name, const QString &value, ServerConfig *config);

// Every server option set on the parser, applied in turn, then the whole configuration
// checked by its profile. Returns an error message, empty on success.
QString readServerOptions(const QCommandLineParser &parser, ServerConfig *config);

// The configuration as a whole (a profile that exists, a terminator it accepts...).
QString checkServerConfig(const ServerConfig &config);

} // namespace acw::cli
