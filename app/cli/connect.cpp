// asynchat-workbench connect HOST:PORT: an async_chat client, like ncat but framed.
#include "cli/commands.h"
#include "cli/lineclient.h"
#include "messages.h"
#include "tls/tlsoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSslConfiguration>
#include <cstdio>

namespace acw::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("acw::cli", text); // the context lupdate gives tr() here
}

// QCommandLineParser names the binary by its path; show the command as typed.
QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const qsizetype end = text.indexOf(QLatin1String(" [options]"));
    if (text.startsWith(QLatin1String("Usage: ")) && end > 0)
        text.replace(7, end - 7, QStringLiteral("asynchat-workbench connect"));
    return text;
}

int usageError(const QCommandLineParser &parser, const QString &message)
{
    std::fputs(
        qPrintable(QStringLiteral("asynchat-workbench connect: ") + message + QLatin1Char('\n')),
        stderr);
    std::fputs(qPrintable(helpText(parser)), stderr);
    return 2;
}

// "host:port", "[v6]:port" -> host and port; false if malformed.
bool splitTarget(const QString &target, QString *host, quint16 *port)
{
    QString portText;
    if (target.startsWith(QLatin1Char('['))) {
        const qsizetype close = target.indexOf(QLatin1String("]:"));
        if (close < 0)
            return false;
        *host = target.mid(1, close - 1);
        portText = target.mid(close + 2);
    } else {
        const qsizetype colon = target.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0 || target.indexOf(QLatin1Char(':')) != colon)
            return false; // a bare IPv6 address needs brackets
        *host = target.left(colon);
        portText = target.mid(colon + 1);
    }
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (!ok || p == 0 || p > 65535 || host->isEmpty())
        return false;
    *port = quint16(p);
    return true;
}

} // namespace

int runConnect(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("An async_chat client. Pushes each --send, then each line of standard input, with the\n"
           "terminator appended, and prints every frame received as \"[index] escaped-text\".\n"
           "A stdin line \":terminator SPEC\" changes the terminator (both ways) from then on;\n"
           "\":starttls\" upgrades the connection to TLS (after the protocol's own command).\n"
           "Exits when the peer closes, or when stdin has ended and no frame came for the grace\n"
           "period (--wait, default 1000 ms). Exit status: 0 done, 1 cannot connect or the\n"
           "connection failed, 2 usage error."));
    p.addHelpOption();
    p.addPositionalArgument(
        QStringLiteral("HOST:PORT"), tr("Server to connect to; IPv6 as [::1]:PORT."));
    p.addOptions({
        { QStringLiteral("terminator"),
            tr("Terminator: escaped bytes (\\r\\n, \\n, \\xHH), count:N or none. Default: \\r\\n."),
            tr("SPEC"), QStringLiteral("\\r\\n") },
        { QStringLiteral("send"), tr("Text to send first (escapes allowed); repeatable."),
            tr("TEXT") },
        { QStringLiteral("max-frame"), tr("Largest frame accepted, in bytes. Default: 1048576."),
            tr("N"), QStringLiteral("1048576") },
        { QStringLiteral("wait"), tr("Grace period after stdin ends, in ms. Default: 1000."),
            tr("MS"), QStringLiteral("1000") },
        { QStringLiteral("no-stdin"), tr("Do not read standard input (only --send).") },
        { QStringLiteral("tls"), tr("Talk TLS (the peer is verified against the system CAs).") },
        { QStringLiteral("ca"), tr("Trust this CA (PEM) as well as the system's."), tr("FILE") },
        { QStringLiteral("accept-fingerprint"),
            tr("Accept exactly this peer certificate (SHA-256, hex), even self-signed."),
            tr("SHA256HEX") },
    });
    if (!p.parse(QStringList(QStringLiteral("asynchat-workbench connect")) + args))
        return usageError(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(helpText(p)), stdout);
        return 0;
    }
    if (p.positionalArguments().size() != 1)
        return usageError(p, tr("expected one HOST:PORT"));
    LineClient::Options options;
    if (!splitTarget(p.positionalArguments().first(), &options.host, &options.port))
        return usageError(p,
            tr("'%1' is not HOST:PORT (IPv6 as [::1]:PORT)").arg(p.positionalArguments().first()));
    Terminator::ParseError error = Terminator::ParseError::NoError;
    options.terminator = Terminator::parse(p.value(QStringLiteral("terminator")), &error);
    if (error != Terminator::ParseError::NoError)
        return usageError(p, tr("--terminator: %1").arg(messages::terminatorError(error)));
    for (const QString &text : p.values(QStringLiteral("send"))) {
        bool ok = false;
        Terminator::unescape(text, &ok);
        if (!ok)
            return usageError(p, tr("--send: bad escape in '%1'").arg(text));
        options.sends << text;
    }
    bool ok = false;
    options.maxFrame = p.value(QStringLiteral("max-frame")).toLongLong(&ok);
    if (!ok || options.maxFrame < 1)
        return usageError(p, tr("--max-frame: expected a positive number of bytes"));
    options.graceMs = p.value(QStringLiteral("wait")).toInt(&ok);
    if (!ok || options.graceMs < 0)
        return usageError(p, tr("--wait: expected milliseconds"));
    if (options.terminator.isCount() && options.terminator.countValue() > options.maxFrame)
        return usageError(p, tr("--terminator: the count is larger than --max-frame"));
    options.readStdin = !p.isSet(QStringLiteral("no-stdin"));
    options.tls.enabled = p.isSet(QStringLiteral("tls"));
    options.tls.caFile = p.value(QStringLiteral("ca"));
    options.tls.acceptFingerprint = p.value(QStringLiteral("accept-fingerprint"));
    if (options.tls.enabled || !options.tls.caFile.isEmpty()
        || !options.tls.acceptFingerprint.isEmpty()) {
        QSslConfiguration unused;
        TlsFailure failure;
        if (!tls::clientConfiguration(options.tls, &unused, &failure)) {
            std::fputs(qPrintable(QStringLiteral("asynchat-workbench connect: ")
                                  + messages::tlsFailure(failure) + QLatin1Char('\n')),
                stderr);
            return 1;
        }
    }

    LineClient client(options);
    QObject::connect(
        &client, &LineClient::finished, &client, [](int code) { QCoreApplication::exit(code); });
    client.start();
    return QCoreApplication::exec();
}

} // namespace acw::cli
