// asynchat-workbench relay: sits between a client and its server, passes every byte on
// unchanged and prints the conversation frame by frame (">" client to server, "<" back).
#include "cli/cliout.h"
#include "cli/commands.h"
#include "cli/hostport.h"
#include "cli/signalwatcher.h"
#include "messages.h"
#include "relay/relaypair.h"
#include "relay/relayserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <csignal>
#include <cstdio>

namespace acw::cli {

namespace {

constexpr qsizetype kShownBytes = 200; // of each frame, per line

QString tr(const char *text)
{
    return QCoreApplication::translate("relay", text);
}

void out(const QString &line)
{
    cli::printLine(line);
}

void err(const QString &line)
{
    cli::printError("relay", line);
}

QString helpText(const QCommandLineParser &parser)
{
    return cli::commandHelp(parser, "relay");
}

int usageError(const QCommandLineParser &parser, const QString &message)
{
    return cli::usageError("relay", parser, message);
}

QString stamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString frameLine(quint64 pair, const RelayFrame &f)
{
    QString text = Terminator::escape(f.data.left(kShownBytes));
    if (f.size > kShownBytes)
        text += tr(" ... (%1 bytes)").arg(f.size);
    if (f.partial)
        text += tr(" (no terminator: the stream ended)");
    return QStringLiteral("%1 #%2 %3")
        .arg(f.direction == RelayPair::ClientToServer ? QLatin1Char('>') : QLatin1Char('<'))
        .arg(pair)
        .arg(text);
}

QString readOptions(const QCommandLineParser &p, RelayConfig *config)
{
    QString host;
    quint16 port = 0;
    const QString listen = p.value(QStringLiteral("listen"));
    if (!splitHostPort(listen, &host, &port, true))
        return tr("--listen: '%1' is not ADDR:PORT (IPv6 as [::1]:PORT; port 0 picks one)")
            .arg(listen);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    config->listenAddress = QHostAddress(host);
    if (config->listenAddress.isNull())
        return tr("--listen: '%1' is not an IP address").arg(host);
    config->listenPort = port;
    if (!p.isSet(QStringLiteral("to")))
        return tr("--to HOST:PORT is required");
    const QString to = p.value(QStringLiteral("to"));
    if (!splitHostPort(to, &config->upstreamHost, &config->upstreamPort))
        return tr("--to: '%1' is not HOST:PORT (IPv6 as [::1]:PORT)").arg(to);
    Terminator::ParseError error = Terminator::ParseError::NoError;
    config->clientTerminator = Terminator::parse(p.value(QStringLiteral("terminator")), &error);
    if (error != Terminator::ParseError::NoError)
        return tr("--terminator: %1").arg(messages::terminatorError(error));
    config->serverTerminator = config->clientTerminator;
    if (p.isSet(QStringLiteral("reply-terminator"))) {
        config->serverTerminator
            = Terminator::parse(p.value(QStringLiteral("reply-terminator")), &error);
        if (error != Terminator::ParseError::NoError)
            return tr("--reply-terminator: %1").arg(messages::terminatorError(error));
    }
    bool ok = false;
    if (p.isSet(QStringLiteral("max-connections"))) {
        config->maxConnections = p.value(QStringLiteral("max-connections")).toInt(&ok);
        if (!ok || config->maxConnections < 0)
            return tr("--max-connections: expected a number (0: no cap)");
    }
    config->connectTimeoutMs = p.value(QStringLiteral("connect-timeout")).toInt(&ok);
    if (!ok || config->connectTimeoutMs < 0)
        return tr("--connect-timeout: expected milliseconds");
    config->listenTls.certFile = p.value(QStringLiteral("tls-cert"));
    config->listenTls.keyFile = p.value(QStringLiteral("tls-key"));
    config->upstreamTls.enabled = p.isSet(QStringLiteral("tls"));
    config->upstreamTls.caFile = p.value(QStringLiteral("ca"));
    config->upstreamTls.acceptFingerprint = p.value(QStringLiteral("accept-fingerprint"));
    if (!config->upstreamTls.enabled
        && (p.isSet(QStringLiteral("ca")) || p.isSet(QStringLiteral("accept-fingerprint"))))
        return tr("--ca and --accept-fingerprint apply to the upstream and need --tls");
    config->captureFrames = !p.isSet(QStringLiteral("quiet"));
    return QString();
}

} // namespace

int runRelay(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("A relay between real programs: each client that connects to --listen gets its own\n"
           "connection to --to; every byte is passed on unchanged and in order. Both directions\n"
           "are framed for display: one line per frame, \">\" client to server, \"<\" back.\n"
           "Prints where it listens first. Stops cleanly on Ctrl+C (SIGINT) or SIGTERM.\n"
           "Exit status: 0 stopped, 1 cannot listen or bad TLS files, 2 usage error."));
    p.addHelpOption();
    p.addOptions({
        { QStringLiteral("listen"),
            tr("Address to listen on; port 0 picks a free one. Default: 127.0.0.1:0."),
            tr("ADDR:PORT"), QStringLiteral("127.0.0.1:0") },
        { QStringLiteral("to"), tr("The server each client is relayed to."), tr("HOST:PORT") },
        { QStringLiteral("terminator"),
            tr("Frames client to server end with this: escaped bytes (\\r\\n, \\n, \\xHH), count:N "
               "or "
               "none. Default: \\r\\n."),
            tr("SPEC"), QStringLiteral("\\r\\n") },
        { QStringLiteral("reply-terminator"), tr("Frames server to client. Default: --terminator."),
            tr("SPEC") },
        { QStringLiteral("quiet"), tr("Print no frames (they are still counted).") },
        { QStringLiteral("max-connections"), tr("Clients at once (0: no cap). Default: 1024."),
            tr("N") },
        { QStringLiteral("connect-timeout"),
            tr("Deadline for the upstream connect, ms. Default: 10000."), tr("MS"),
            QStringLiteral("10000") },
        { QStringLiteral("tls"),
            tr("Talk TLS to the upstream (verified against the system CAs).") },
        { QStringLiteral("ca"), tr("Trust this CA (PEM) as well as the system's."), tr("FILE") },
        { QStringLiteral("accept-fingerprint"),
            tr("Accept exactly this upstream certificate (SHA-256, hex)."), tr("SHA256HEX") },
        { QStringLiteral("tls-cert"), tr("Clients talk TLS to the relay: certificate (PEM)."),
            tr("FILE") },
        { QStringLiteral("tls-key"), tr("Its private key (PEM)."), tr("FILE") },
    });
    if (!p.parse(QStringList(QStringLiteral("asynchat-workbench relay")) + args))
        return usageError(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(helpText(p)), stdout);
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(p, tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
    RelayConfig config;
    const QString problem = readOptions(p, &config);
    if (!problem.isEmpty())
        return usageError(p, problem);
    const bool quiet = p.isSet(QStringLiteral("quiet"));

    SignalWatcher watcher; // before the first line: a script may signal right after it
    RelayServer server(config);
    if (!server.start()) {
        err(server.fault().error == ServerError::ListenFailed
                ? tr("cannot listen on %1: %2")
                      .arg(p.value(QStringLiteral("listen")),
                          messages::socketError(server.fault().status, server.fault().detail))
                : messages::serverFault(server.fault()));
        return 1;
    }
    out(tr("Relaying on %1 to %2:%3 (client to server frames end in %4, server to client in %5)%6")
            .arg(server.listenText(), config.upstreamHost)
            .arg(config.upstreamPort)
            .arg(config.clientTerminator.toSpec(), config.serverTerminator.toSpec(),
                config.listenTls.enabled() ? tr(", clients talk TLS") : QString())
        + (config.upstreamTls.enabled ? tr(", TLS to the server") : QString()));
    if (!quiet)
        out(tr("Press Ctrl+C to stop."));
    QObject::connect(
        &server, &RelayServer::refused, &server, [](const QString &peer, const ChannelFault &why) {
            err(tr("%1 refused: %2").arg(peer, messages::fault(why)));
        });
    QObject::connect(&server, &RelayServer::acceptPaused, &server, [](const ServerFault &why) {
        err(tr("accepting paused: %1").arg(messages::serverFault(why)));
    });
    QObject::connect(
        &server, &RelayServer::pairOpened, &server, [quiet](RelayPair *pair, const QString &peer) {
            const quint64 id = pair->id();
            if (!quiet)
                out(tr("%1 #%2 %3 opened").arg(stamp()).arg(id).arg(peer));
            QObject::connect(pair, &RelayPair::upstreamConnected, pair, [pair, quiet] {
                if (quiet)
                    return;
                QString line = tr("%1 #%2 server %3 connected")
                                   .arg(stamp())
                                   .arg(pair->id())
                                   .arg(pair->upstream()->peer());
                if (!pair->upstream()->tlsSummary().isEmpty())
                    line += tr(" (TLS: %1)").arg(pair->upstream()->tlsSummary());
                if (!pair->client()->tlsSummary().isEmpty())
                    line += tr(" (client TLS: %1)").arg(pair->client()->tlsSummary());
                out(line);
            });
            QObject::connect(pair, &RelayPair::frame, pair,
                [id](const RelayFrame &f) { out(frameLine(id, f)); });
            if (!quiet) {
                QObject::connect(pair, &RelayPair::step, pair,
                    [id](RelayStep step, int direction, qint64 bytes) {
                        out(QStringLiteral("%1 #%2 %3")
                                .arg(stamp())
                                .arg(id)
                                .arg(messages::relayStep(
                                    quint64(step), direction, bytes, QString(), ChannelFault())));
                    });
            }
            QObject::connect(
                pair, &RelayPair::closed, pair, [id, quiet](const ChannelFault &fault) {
                    const QString reason = fault.isNone() ? QString() : messages::fault(fault);
                    if (!quiet)
                        out(tr("%1 #%2 closed%3")
                                .arg(stamp())
                                .arg(id)
                                .arg(reason.isEmpty() ? QString()
                                                      : QStringLiteral(" (%1)").arg(reason)));
                    else if (!reason.isEmpty())
                        err(tr("#%1 closed: %2").arg(id).arg(reason));
                });
        });
    QObject::connect(&watcher, &SignalWatcher::received, &server, [&server](int number) {
        out(tr("Stopping (%1).")
                .arg(number == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM")));
        server.stop();
        QCoreApplication::exit(0);
    });
    return QCoreApplication::exec();
}

} // namespace acw::cli
