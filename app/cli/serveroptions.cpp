#include "cli/serveroptions.h"

#include "messages.h"
#include "profiles/profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

namespace acw::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("acw::cli", text); // the context lupdate gives tr() here
}

struct NumberOption
{
    const char *name;
    qint64 min;
    qint64 max;
};

const NumberOption numberOptions[] = {
    { "max-frame", -1, Q_INT64_C(1) << 40 },
    { "max-connections", 0, 19000 },
    { "header-timeout", 0, 3600000 },
    { "idle-timeout", 0, 86400000 },
    { "write-timeout", 0, 86400000 },
};

} // namespace

void addServerOptions(QCommandLineParser &p)
{
    p.addOptions({
        { QStringLiteral("profile"),
            tr("greeting (HTTP), echo, chat or manual (silent: frames, never answers). "
               "Default: greeting."),
            tr("NAME"), QStringLiteral("greeting") },
        { QStringLiteral("bind"),
            tr("Address to listen on: an IP, 'localhost' (127.0.0.1 and ::1) or 'any' (all "
               "interfaces, with a warning). Default: 127.0.0.1."),
            tr("ADDR"), QStringLiteral("127.0.0.1") },
        { QStringLiteral("port"), tr("Port; 0 picks a free one (printed). Default: 8888."), tr("N"),
            QStringLiteral("8888") },
        { QStringLiteral("terminator"),
            tr("echo/chat terminator: escaped bytes (\\r\\n, \\n, qqq, \\xHH), count:N or none."),
            tr("SPEC") },
        { QStringLiteral("max-frame"), tr("echo/chat maximum frame in bytes, -1 for none."),
            tr("N") },
        { QStringLiteral("max-connections"), tr("Connection cap (0: none). Default: 1024."),
            tr("N") },
        { QStringLiteral("header-timeout"),
            tr("greeting: total deadline for a request head, in ms. Default: 10000."), tr("MS") },
        { QStringLiteral("idle-timeout"),
            tr("echo: idle deadline in ms (chat has none). Default: 60000."), tr("MS") },
        { QStringLiteral("write-timeout"),
            tr("Every profile: close a connection whose output made no progress for this long, "
               "in ms (0: never). Default: 30000."),
            tr("MS") },
    });
}

QStringList serverOptionNames()
{
    QStringList names = { QStringLiteral("profile"), QStringLiteral("bind"), QStringLiteral("port"),
        QStringLiteral("terminator") };
    for (const NumberOption &n : numberOptions)
        names << QLatin1String(n.name);
    return names;
}

QString applyServerOption(const QString &name, const QString &value, ServerConfig *config)
{
    if (name == QLatin1String("profile")) {
        const std::optional<ProfileId> id = profileFromKey(value);
        if (!id || !servableProfiles().contains(*id))
            return tr("--profile: unknown profile '%1' (choose one of: greeting, echo, chat, "
                      "manual)")
                .arg(value);
        config->profile = *id;
        return {};
    }
    if (name == QLatin1String("bind")) {
        if (value == QLatin1String("any") || value == QLatin1String("0.0.0.0")
            || value == QLatin1String("::"))
            config->bindAddress = QStringLiteral("any");
        else if (value == QLatin1String("localhost") || !QHostAddress(value).isNull())
            config->bindAddress = value;
        else
            return tr("--bind: '%1' is not an IP address, 'localhost' or 'any'").arg(value);
        return {};
    }
    if (name == QLatin1String("port")) {
        bool ok = false;
        const uint port = value.toUInt(&ok);
        if (!ok || port > 65535)
            return tr("--port: '%1' is not a port number (0-65535)").arg(value);
        config->port = quint16(port);
        return {};
    }
    if (name == QLatin1String("terminator")) {
        Terminator::ParseError error = Terminator::ParseError::NoError;
        config->terminator = Terminator::parse(value, &error);
        if (error != Terminator::ParseError::NoError)
            return tr("--terminator: %1").arg(messages::terminatorError(error));
        config->hasTerminator = true;
        return {};
    }
    for (const NumberOption &n : numberOptions) {
        if (name != QLatin1String(n.name))
            continue;
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok || number < n.min || number > n.max)
            return tr("--%1: '%2' is not a number from %3 to %4")
                .arg(name, value)
                .arg(n.min)
                .arg(n.max);
        if (name == QLatin1String("max-frame"))
            config->maxFrame = number;
        else if (name == QLatin1String("max-connections"))
            config->maxConnections = int(number);
        else if (name == QLatin1String("header-timeout"))
            config->headerTimeoutMs = int(number);
        else if (name == QLatin1String("write-timeout"))
            config->writeTimeoutMs = int(number);
        else
            config->idleTimeoutMs = int(number);
        return {};
    }
    return tr("unknown option --%1").arg(name);
}

QString checkServerConfig(const ServerConfig &config)
{
    ServerFault fault;
    if (!Profile::create(config, &fault))
        return messages::serverFault(fault);
    return {};
}

QString readServerOptions(const QCommandLineParser &p, ServerConfig *config)
{
    for (const QString &name : serverOptionNames()) {
        // Options with a default (profile, bind, port) are applied even when not given.
        const QString value = p.value(name);
        if (!p.isSet(name) && value.isEmpty())
            continue;
        const QString error = applyServerOption(name, value, config);
        if (!error.isEmpty())
            return error;
    }
    return checkServerConfig(*config);
}

} // namespace acw::cli
