// asynchat-workbench: the workbench window by default, headless subcommands for scripts.
#include "cli/commands.h"
#include "engine/qtmessages.h"
#include "server/descriptorlimit.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

#ifdef ACW_WITH_GUI
#include "gui.h"
#include "translations.h"
#endif

namespace {

const char *const usage
    = "Usage: asynchat-workbench [--serve [PROFILE]] [SERVER OPTIONS] [--lang LANG]\n"
      "       asynchat-workbench --version | --help\n"
      "       asynchat-workbench serve [--profile greeting|echo|chat] [--bind ADDR] [--port N]\n"
      "                                [--terminator SPEC] [--max-frame N] [--quiet]\n"
      "       asynchat-workbench connect HOST:PORT [--terminator SPEC] [--send TEXT]...\n"
      "       asynchat-workbench relay --listen ADDR:PORT --to HOST:PORT [--terminator SPEC]\n"
      "                                [--reply-terminator SPEC] [--quiet] [--tls] [--tls-cert "
      "FILE]\n"
      "       asynchat-workbench frame [-t SPEC]... [--chunks N[,N...]] [--max-frame N]\n"
      "                                [--json|--summary] [FILE|-]\n"
      "\n"
      "A workbench for terminator-framed TCP protocols, after Python's asynchat.\n"
      "With no subcommand it opens the window; with no display it runs the greeting server\n"
      "headless (as 'serve'). Each subcommand takes --help.\n"
      "\n"
      "Server options (the window's --serve and 'serve' alike): --bind ADDR, --port N,\n"
      "--terminator SPEC, --max-frame N, --max-connections N, --header-timeout MS,\n"
      "--idle-timeout MS; see 'asynchat-workbench serve --help'.\n"
      "\n"
      "Terminator SPEC: escaped bytes (\\r\\n, \\t, \\0, \\\\, \\xHH), count:N, or none.\n";

[[maybe_unused]] bool hasDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return true; // offscreen, xcb, wayland: the user chose
    return !qgetenv("DISPLAY").isEmpty() || !qgetenv("WAYLAND_DISPLAY").isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const QString first = args.value(0);
    acw::routeQtMessages(); // Qt's own warnings: under acw.qt, rate-limited
    acw::raiseDescriptorLimit(); // servers in the window and headless alike

    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        std::fputs(usage, stdout);
        return 0;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        std::printf("asynchat-workbench %s\n", ACW_VERSION);
        return 0;
    }
    if (first == QLatin1String("frame") || first == QLatin1String("serve")
        || first == QLatin1String("connect") || first == QLatin1String("relay")) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("asynchat-workbench"));
        QCoreApplication::setApplicationVersion(QStringLiteral(ACW_VERSION));
#ifdef ACW_WITH_GUI
        acw::installTranslations(QString()); // the system's language (the catalogue is in ui/)
#endif
        const QStringList rest = args.mid(1);
        if (first == QLatin1String("frame"))
            return acw::cli::runFrame(rest);
        if (first == QLatin1String("serve"))
            return acw::cli::runServe(rest);
        if (first == QLatin1String("relay"))
            return acw::cli::runRelay(rest);
        return acw::cli::runConnect(rest);
    }
    if (!first.isEmpty() && !first.startsWith(QLatin1Char('-'))) {
        std::fprintf(
            stderr, "asynchat-workbench: unknown command '%s'\n\n%s", qPrintable(first), usage);
        return 2;
    }

#ifdef ACW_WITH_GUI
    if (hasDisplay())
        return acw::runGui(argc, argv, args);
#endif
    // No window: run the greeting server headless, as the README's first command promises.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("asynchat-workbench"));
    QStringList serveArgs;
    QString profile = QStringLiteral("greeting");
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--serve")) {
            if (i + 1 < args.size() && !args.at(i + 1).startsWith(QLatin1Char('-'))) {
                profile = args.at(++i);
                serveArgs << QStringLiteral("--profile") << profile;
            }
        } else if (a == QLatin1String("--lang")) {
            ++i; // the window's option; nothing to translate headless
        } else {
            serveArgs << a;
        }
    }
    // Say which server runs: "--serve chat" serves chat, not the greeting.
    const QString same
        = profile == QLatin1String("greeting")
              ? QStringLiteral("'asynchat-workbench serve'")
              : QStringLiteral("'asynchat-workbench serve --profile %1'").arg(profile);
    std::fprintf(stdout,
        "asynchat-workbench: no display found; running the %s server headless "
        "(same as %s).\n",
        qPrintable(profile), qPrintable(same));
    std::fflush(stdout);
    return acw::cli::runServe(serveArgs);
}
