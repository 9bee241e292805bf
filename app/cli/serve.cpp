// asynchat-workbench serve: a profile's server without a window.
#include "cli/cliout.h"
#include "cli/commands.h"
#include "cli/serveroptions.h"
#include "cli/signalwatcher.h"
#include "engine/engine.h"
#include "messages.h"
#include "profiles/profile.h"
#include "tls/tlsoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <csignal>
#include <cstdio>

namespace acw::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("acw::cli", text); // the context lupdate gives tr() here
}

void out(const QString &line)
{
    cli::printLine(line);
}

void err(const QString &line)
{
    cli::printError("serve", line);
}

QString helpText(const QCommandLineParser &parser)
{
    return cli::commandHelp(parser, "serve");
}

int usageError(const QCommandLineParser &parser, const QString &message)
{
    return cli::usageError("serve", parser, message);
}

QString frameLimit(const ServerConfig &config, qint64 profileDefault)
{
    const qint64 bytes = config.maxFrameOr(profileDefault);
    return bytes < 0 ? tr("no frame limit") : tr("max frame %1 bytes").arg(bytes);
}

// {"127.0.0.1:8888", "[::1]:8888"} -> the URL or address list shown to the user.
QString servingLine(const ServerConfig &config, const QStringList &list)
{
    const bool all = config.bindAddress == QLatin1String("any");
    const QString port = list.value(0).mid(list.value(0).lastIndexOf(QLatin1Char(':')) + 1);
    const QString where
        = all ? tr("all interfaces, port %1").arg(port) : list.join(QLatin1String(" and "));
    if (config.profile == ProfileId::Echo) {
        return tr("Serving echo on %1 (terminator %2, %3)")
            .arg(where,
                config.hasTerminator ? config.terminator.toSpec() : QStringLiteral("\\r\\n"),
                frameLimit(config, 64 * 1024));
    }
    if (config.profile == ProfileId::Manual) {
        return tr("Serving manual (silent) on %1 (terminator %2, %3)")
            .arg(where,
                config.hasTerminator ? config.terminator.toSpec() : QStringLiteral("\\r\\n"),
                frameLimit(config, 1024 * 1024));
    }
    if (config.profile == ProfileId::Chat) {
        return tr("Serving chat on %1 (lines end in %2, %3)")
            .arg(where, config.hasTerminator ? config.terminator.toSpec() : QStringLiteral("\\n"),
                frameLimit(config, 8192));
    }
    QStringList urls;
    for (const QString &a : list)
        urls << QStringLiteral("http://%1/").arg(a);
    const QString first = QStringLiteral("http://127.0.0.1:%1/").arg(port);
    if (all)
        return tr("Serving greeting on %1 - try %2kongxx").arg(where, first);
    return tr("Serving greeting on %1 - try %2kongxx")
        .arg(urls.join(QLatin1String(" and ")), urls.value(0));
}

QString stamp(qint64 timeUs)
{
    return QDateTime::fromMSecsSinceEpoch(timeUs / 1000).toString(QStringLiteral("HH:mm:ss.zzz"));
}

} // namespace

int runServe(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Runs a protocol profile's server without a window. The greeting profile is the seed's\n"
           "HTTP server: open http://127.0.0.1:8888/kongxx and it says \"Hello kongxx!\".\n"
           "Prints the address it serves on first, then one line per connection (unless --quiet).\n"
           "Stops cleanly on Ctrl+C (SIGINT) or SIGTERM. Exit status: 0 stopped, 1 cannot listen\n"
           "(e.g. port in use), 2 usage error."));
    p.addHelpOption();
    addServerOptions(p);
    p.addOption({ QStringLiteral("quiet"), tr("Do not print a line per connection.") });
    p.addOption({ QStringLiteral("tls-cert"), tr("Serve over TLS with this certificate (PEM)."),
        tr("FILE") });
    p.addOption(
        { QStringLiteral("tls-key"), tr("The certificate's private key (PEM)."), tr("FILE") });
    if (!p.parse(QStringList(QStringLiteral("asynchat-workbench serve")) + args))
        return usageError(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(helpText(p)), stdout);
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(p, tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
    ServerConfig config;
    const QString problem = readServerOptions(p, &config);
    if (!problem.isEmpty())
        return usageError(p, problem);
    config.tls.certFile = p.value(QStringLiteral("tls-cert"));
    config.tls.keyFile = p.value(QStringLiteral("tls-key"));
    if (config.tls.enabled()) { // bad files: one clear line, before anything listens
        QSslConfiguration unused;
        TlsFailure failure;
        if (!tls::serverConfiguration(config.tls, &unused, &failure)) {
            err(messages::tlsFailure(failure));
            return 1;
        }
    }
    if (config.bindAddress == QLatin1String("any"))
        err(tr("warning: listening on ALL interfaces; other machines can connect"));
    const bool quiet = p.isSet(QStringLiteral("quiet"));

    Engine engine;
    // --quiet prints nothing per connection: the engine then reports nothing per connection.
    engine.setDetail(quiet ? Engine::Detail::Servers : Engine::Detail::Connections);
    QHash<quint64, QString> peers;
    QObject::connect(
        &engine, &Engine::eventsReady, &engine, [&](const QVector<EngineEvent> &events) {
            for (const EngineEvent &e : events) {
                switch (e.type) {
                case EngineEvent::Type::ServerStarted:
                    out(servingLine(config, e.addresses));
                    if (!quiet)
                        out(tr("Press Ctrl+C to stop."));
                    break;
                case EngineEvent::Type::ServerError:
                    // A listen error names its address itself ("cannot listen on ...").
                    err(e.serverFault.error == ServerError::ListenFailed
                            ? messages::serverFault(e.serverFault)
                            : tr("cannot listen on %1:%2: %3")
                                  .arg(config.bindAddress)
                                  .arg(config.port)
                                  .arg(messages::serverFault(e.serverFault)));
                    QCoreApplication::exit(1);
                    return;
                case EngineEvent::Type::AcceptPaused:
                    err(tr("accepting paused: %1").arg(messages::serverFault(e.serverFault)));
                    break;
                case EngineEvent::Type::AcceptResumed: err(tr("accepting resumed")); break;
                case EngineEvent::Type::ConnectionOpened:
                    peers.insert(e.connection, e.text);
                    if (!quiet)
                        out(tr("%1 #%2 %3 opened")
                                .arg(stamp(e.timeUs))
                                .arg(e.connection)
                                .arg(e.text));
                    break;
                case EngineEvent::Type::ConnectionClosed: {
                    const QString peer = peers.take(e.connection);
                    if (!quiet) {
                        out(tr("%1 #%2 %3 closed%4")
                                .arg(stamp(e.timeUs))
                                .arg(e.connection)
                                .arg(peer, e.fault.isNone() ? QString()
                                                            : QStringLiteral(" (%1)").arg(
                                                                messages::closeReason(e.fault))));
                    }
                    break;
                }
                default: break;
                }
            }
        });
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::received, &engine, [](int number) {
        out(tr("Stopping (%1).")
                .arg(number == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM")));
        QCoreApplication::exit(0);
    });
    engine.startServer(config);
    return QCoreApplication::exec();
}

} // namespace acw::cli
