#pragma once

#include <QCommandLineParser>
#include <QString>
#include <cstdio>

// Output helpers shared by the headless subcommands: lines on stdout (flushed, so a script
// reading a pipe sees each at once), "asynchat-workbench COMMAND: ..." errors on stderr, and
// --help text that names the command as typed rather than the binary's path.
namespace acw::cli {

inline void printLine(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

inline void printError(const char *command, const QString &line)
{
    std::fputs(qPrintable(QStringLiteral("asynchat-workbench %1: ").arg(QLatin1String(command))
                          + line + QLatin1Char('\n')),
        stderr);
}

inline QString commandHelp(const QCommandLineParser &parser, const char *command)
{
    QString text = parser.helpText();
    const qsizetype end = text.indexOf(QLatin1String(" [options]"));
    if (text.startsWith(QLatin1String("Usage: ")) && end > 0)
        text.replace(
            7, end - 7, QStringLiteral("asynchat-workbench %1").arg(QLatin1String(command)));
    return text;
}

inline int usageError(const char *command, const QCommandLineParser &parser, const QString &message)
{
    printError(command, message);
    std::fputs(qPrintable(commandHelp(parser, command)), stderr);
    return 2;
}

} // namespace acw::cli
