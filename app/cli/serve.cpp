// asynchat-workbench serve: a profile's server without a window.
#include "cli/commands.h"
#include "cli/signalwatcher.h"
#include "engine/engine.h"
#include "profiles/profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <csignal>
#include <cstdio>

namespace acw::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("serve", text);
}

void out(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void err(const QString &line)
{
    std::fputs(qPrintable(QStringLiteral("asynchat-workbench serve: ") + line + QLatin1Char('\n')),
               stderr);
}

// QCommandLineParser names the binary by its path; show the command as typed.
QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const qsizetype end = text.indexOf(QLatin1String(" [options]"));
    if (text.startsWith(QLatin1String("Usage: ")) && end > 0)
        text.replace(7, end - 7, QStringLiteral("asynchat-workbench serve"));
    return text;
}

int usageError(const QCommandLineParser &parser, const QString &message)
{
    err(message);
    std::fputs(qPrintable(helpText(parser)), stderr);
    return 2;
}

QString frameLimit(qint64 maxFrame, qint64 profileDefault)
{
    const qint64 bytes = maxFrame == -2 ? profileDefault : maxFrame;
    return bytes < 0 ? tr("no frame limit") : tr("max frame %1 bytes").arg(bytes);
}

// "127.0.0.1:8888 [::1]:8888" -> the URL or address list shown to the user.
QString servingLine(const ServerConfig &config, const QString &addresses)
{
    const QStringList list = addresses.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool all = config.bindAddress == QLatin1String("any");
    const QString port = list.value(0).mid(list.value(0).lastIndexOf(QLatin1Char(':')) + 1);
    const QString where = all ? tr("all interfaces, port %1").arg(port)
                              : list.join(QLatin1String(" and "));
    if (config.profile == QLatin1String("echo")) {
        return tr("Serving echo on %1 (terminator %2, %3)")
            .arg(where,
                 config.hasTerminator ? config.terminator.toSpec() : QStringLiteral("\\r\\n"),
                 frameLimit(config.maxFrame, 64 * 1024));
    }
    if (config.profile == QLatin1String("manual")) {
        return tr("Serving manual (silent) on %1 (terminator %2, %3)")
            .arg(where,
                 config.hasTerminator ? config.terminator.toSpec() : QStringLiteral("\\r\\n"),
                 frameLimit(config.maxFrame, 1024 * 1024));
    }
    if (config.profile == QLatin1String("chat")) {
        return tr("Serving chat on %1 (lines end in %2, %3)")
            .arg(where,
                 config.hasTerminator ? config.terminator.toSpec() : QStringLiteral("\\n"),
                 frameLimit(config.maxFrame, 8192));
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

// Fills config from the options; returns an error message, empty on success.
QString readOptions(const QCommandLineParser &p, ServerConfig *config)
{
    config->profile = p.value(QStringLiteral("profile"));
    QString bind = p.value(QStringLiteral("bind"));
    if (bind == QLatin1String("any") || bind == QLatin1String("0.0.0.0") || bind == QLatin1String("::"))
        bind = QStringLiteral("any");
    else if (bind != QLatin1String("localhost") && QHostAddress(bind).isNull())
        return tr("--bind: '%1' is not an IP address, 'localhost' or 'any'").arg(bind);
    config->bindAddress = bind;
    bool ok = false;
    const uint port = p.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535)
        return tr("--port: '%1' is not a port number (0-65535)").arg(p.value(QStringLiteral("port")));
    config->port = quint16(port);
    if (p.isSet(QStringLiteral("terminator"))) {
        Terminator::ParseError error = Terminator::ParseError::NoError;
        config->terminator = Terminator::parse(p.value(QStringLiteral("terminator")), &error);
        if (error != Terminator::ParseError::NoError)
            return tr("--terminator: %1").arg(Terminator::describe(error));
        config->hasTerminator = true;
    }
    const struct { const char *name; qint64 min; qint64 max; } numbers[] = {
        { "max-frame", -1, Q_INT64_C(1) << 40 }, { "max-connections", 0, 19000 },
        { "header-timeout", 0, 3600000 }, { "idle-timeout", 0, 86400000 } };
    for (const auto &n : numbers) {
        const QString name = QLatin1String(n.name);
        if (!p.isSet(name))
            continue;
        const qint64 value = p.value(name).toLongLong(&ok);
        if (!ok || value < n.min || value > n.max)
            return tr("--%1: '%2' is not a number from %3 to %4")
                .arg(name, p.value(name)).arg(n.min).arg(n.max);
        if (name == QLatin1String("max-frame"))
            config->maxFrame = value;
        else if (name == QLatin1String("max-connections"))
            config->maxConnections = int(value);
        else if (name == QLatin1String("header-timeout"))
            config->headerTimeoutMs = int(value);
        else
            config->idleTimeoutMs = int(value);
    }
    QString error;
    if (!Profile::create(*config, &error))
        return error;
    return QString();
}

} // namespace

int runServe(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "Runs a protocol profile's server without a window. The greeting profile is the seed's\n"
        "HTTP server: open http://127.0.0.1:8888/kongxx and it says \"Hello kongxx!\".\n"
        "Prints the address it serves on first, then one line per connection (unless --quiet).\n"
        "Stops cleanly on Ctrl+C (SIGINT) or SIGTERM. Exit status: 0 stopped, 1 cannot listen\n"
        "(e.g. port in use), 2 usage error."));
    p.addHelpOption();
    p.addOptions({
        { QStringLiteral("profile"), tr("greeting (HTTP), echo, chat or manual (silent: frames, never answers). Default: greeting."),
          tr("NAME"), QStringLiteral("greeting") },
        { QStringLiteral("bind"),
          tr("Address to listen on: an IP, 'localhost' (127.0.0.1 and ::1) or 'any' (all "
             "interfaces, with a warning). Default: 127.0.0.1."),
          tr("ADDR"), QStringLiteral("127.0.0.1") },
        { QStringLiteral("port"), tr("Port; 0 picks a free one (printed). Default: 8888."),
          tr("N"), QStringLiteral("8888") },
        { QStringLiteral("terminator"),
          tr("echo/chat terminator: escaped bytes (\\r\\n, \\n, qqq, \\xHH), count:N or none."),
          tr("SPEC") },
        { QStringLiteral("max-frame"), tr("echo/chat maximum frame in bytes, -1 for none."), tr("N") },
        { QStringLiteral("max-connections"), tr("Connection cap (0: none). Default: 1024."), tr("N") },
        { QStringLiteral("header-timeout"),
          tr("greeting: total deadline for a request head, in ms. Default: 10000."), tr("MS") },
        { QStringLiteral("idle-timeout"), tr("echo: idle deadline in ms (chat has none). Default: 60000."), tr("MS") },
        { QStringLiteral("quiet"), tr("Do not print a line per connection.") },
    });
    if (!p.parse(QStringList(QStringLiteral("asynchat-workbench serve")) + args))
        return usageError(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(helpText(p)), stdout);
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(p, tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
    ServerConfig config;
    const QString problem = readOptions(p, &config);
    if (!problem.isEmpty())
        return usageError(p, problem);
    if (config.bindAddress == QLatin1String("any"))
        err(tr("warning: listening on ALL interfaces; other machines can connect"));
    const bool quiet = p.isSet(QStringLiteral("quiet"));

    Engine engine;
    engine.setDetail(Engine::Detail::Connections);
    QHash<quint64, QString> peers;
    QObject::connect(&engine, &Engine::eventsReady, &engine,
                     [&](const QVector<EngineEvent> &events) {
        for (const EngineEvent &e : events) {
            switch (e.type) {
            case EngineEvent::Type::ServerStarted:
                out(servingLine(config, e.text));
                if (!quiet)
                    out(tr("Press Ctrl+C to stop."));
                break;
            case EngineEvent::Type::ServerError:
                err(tr("cannot listen on %1:%2: %3")
                        .arg(config.bindAddress).arg(config.port).arg(e.text));
                QCoreApplication::exit(1);
                return;
            case EngineEvent::Type::AcceptPaused:
                err(tr("accepting paused: %1").arg(e.text));
                break;
            case EngineEvent::Type::AcceptResumed:
                err(tr("accepting resumed"));
                break;
            case EngineEvent::Type::ConnectionOpened:
                peers.insert(e.connection, e.text);
                if (!quiet)
                    out(tr("%1 #%2 %3 opened").arg(stamp(e.timeUs)).arg(e.connection).arg(e.text));
                break;
            case EngineEvent::Type::ConnectionClosed: {
                const QString peer = peers.take(e.connection);
                if (!quiet) {
                    out(tr("%1 #%2 %3 closed%4")
                            .arg(stamp(e.timeUs)).arg(e.connection).arg(peer,
                                 e.text.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.text)));
                }
                break;
            }
            default:
                break;
            }
        }
    });
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::received, &engine, [](int number) {
        out(tr("Stopping (%1).").arg(number == SIGINT ? QStringLiteral("SIGINT")
                                                       : QStringLiteral("SIGTERM")));
        QCoreApplication::exit(0);
    });
    engine.startServer(config);
    return QCoreApplication::exec();
}

} // namespace acw::cli
