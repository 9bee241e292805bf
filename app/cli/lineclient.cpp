#include "lineclient.h" // relative, so lupdate finds the class too

#include "channel/asyncchat.h"
#include "messages.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>
#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace acw::cli {

namespace {

void note(const QString &line)
{
    std::fputs(
        qPrintable(QStringLiteral("asynchat-workbench connect: ") + line + QLatin1Char('\n')),
        stderr);
    std::fflush(stderr);
}

} // namespace

LineClient::LineClient(const Options &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_grace = new QTimer(this);
    m_grace->setSingleShot(true);
    m_grace->setInterval(options.graceMs);
    connect(m_grace, &QTimer::timeout, this, [this] {
        if (m_channel && m_channel->state() == AsyncChat::State::Connected)
            m_channel->closeWhenDone(); // quiet after stdin ended: we are done
        else
            finish(m_exitCode);
    });
    // ":starttls" comes after the protocol's own upgrade command (STARTTLS, AUTH TLS): TLS
    // starts once that command's reply has arrived and the peer has been quiet this long,
    // so no plain byte is taken for TLS. Lines read meanwhile are sent encrypted.
    m_startTlsQuiet = new QTimer(this);
    m_startTlsQuiet->setSingleShot(true);
    m_startTlsQuiet->setInterval(150);
    connect(m_startTlsQuiet, &QTimer::timeout, this, [this] {
        m_startTlsPending = false;
        StartTlsRefusal refusal = StartTlsRefusal::NotConnected;
        if (!m_channel || !m_channel->startTls(&refusal)) {
            note(messages::fault(ChannelFault::of(ChannelError::StartTlsRefused, 0, int(refusal))));
            return;
        }
        const QList<QByteArray> lines = std::exchange(m_afterStartTls, {});
        for (const QByteArray &line : lines)
            handleLine(line);
    });
    m_connectTimer = new QTimer(this);
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        note(tr("cannot connect to %1:%2: timed out after %3 ms")
                 .arg(m_options.host)
                 .arg(m_options.port)
                 .arg(m_options.connectTimeoutMs));
        finish(1);
    });
}

void LineClient::start()
{
    m_channel = new AsyncChat(this);
    m_channel->setMaxFrame(m_options.maxFrame);
    m_channel->setTerminator(m_options.terminator);
    if (tls::available()) // a TLS-capable socket: --tls now, or ":starttls" later
        m_channel->setTlsClient(m_options.tls);
    connect(m_channel, &AsyncChat::tlsStarted, this,
        [](const QString &summary) { note(tr("TLS started: %1").arg(summary)); });
    connect(m_channel, &AsyncChat::connected, this, &LineClient::onConnected);
    connect(m_channel, &AsyncChat::frameReceived, this, &LineClient::onFrame);
    connect(m_channel, &AsyncChat::streamReceived, this, &LineClient::onFrame);
    connect(m_channel, &AsyncChat::errorOccurred, this,
        [this](ChannelError, const ChannelFault &fault) { onError(fault); });
    connect(m_channel, &AsyncChat::closed, this, &LineClient::onClosed);
    m_connectTimer->start(m_options.connectTimeoutMs);
    m_channel->connectToHost(m_options.host, m_options.port);
}

void LineClient::onConnected()
{
    m_connected = true;
    m_connectTimer->stop();
    for (const QString &text : m_options.sends)
        handleLine(Terminator::unescape(text));
    if (!m_options.readStdin) {
        stdinEnded();
        return;
    }
    m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdin, &QSocketNotifier::activated, this, &LineClient::onStdin);
}

void LineClient::onFrame(const QByteArray &frame)
{
    std::fprintf(stdout, "[%llu] %s\n", static_cast<unsigned long long>(++m_frames),
        qPrintable(Terminator::escape(frame)));
    std::fflush(stdout);
    if (m_startTlsPending)
        m_startTlsQuiet->start(); // (again): wait for the peer to be quiet
    if (m_stdinEnded)
        m_grace->start(); // a reply came: wait for the next one
    // A count terminator fires once (R24); re-arm it so fixed-size records keep coming.
    if (m_options.terminator.isCount() && m_channel->terminator().isNone())
        m_channel->setTerminator(m_options.terminator);
}

void LineClient::onError(const ChannelFault &fault)
{
    const ChannelError code = fault.error;
    const QString reason = messages::fault(fault);
    if (!m_connected) {
        note(tr("cannot connect to %1:%2: %3").arg(m_options.host).arg(m_options.port).arg(reason));
        m_exitCode = 1;
        return;
    }
    // A close with our output unsent after stdin ended is how a server that answers and
    // closes looks; a real reset (an RST) is a failure: said, and exit status 1.
    const bool reset = m_channel && m_channel->peerReset();
    if (code != ChannelError::PeerReset || !m_stdinEnded || reset)
        note(reason);
    if (code != ChannelError::PeerReset || reset)
        m_exitCode = 1;
}

void LineClient::onClosed()
{
    if (m_connected && !m_grace->isActive() && !m_stdinEnded)
        note(tr("connection closed by the peer"));
    m_channel = nullptr; // it deletes itself
    finish(m_connected ? m_exitCode : 1);
}

void LineClient::onStdin()
{
    char buffer[65536];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    if (n <= 0) {
        m_stdin->setEnabled(false);
        if (!m_stdinBuffer.isEmpty())
            handleLine(std::exchange(m_stdinBuffer, QByteArray())); // a last line without LF
        stdinEnded();
        return;
    }
    m_stdinBuffer.append(buffer, n);
    qsizetype start = 0;
    for (qsizetype end; (end = m_stdinBuffer.indexOf('\n', start)) >= 0; start = end + 1) {
        QByteArray line = m_stdinBuffer.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        handleLine(line);
    }
    m_stdinBuffer.remove(0, start);
}

void LineClient::handleLine(QByteArray line)
{
    if (m_startTlsPending) {
        m_afterStartTls << line;
        return;
    }
    if (line.trimmed() == ":starttls") {
        if (!m_channel) {
            note(tr(":starttls: not connected"));
            return;
        }
        m_startTlsPending = true;
        if (m_frames > m_framesAtSend) // the reply is already here
            m_startTlsQuiet->start();
        return;
    }
    if (line.startsWith(":terminator ")) {
        Terminator::ParseError error = Terminator::ParseError::NoError;
        const QString spec = QString::fromUtf8(line.mid(12)).trimmed();
        const Terminator t = Terminator::parse(spec, &error);
        if (error != Terminator::ParseError::NoError) {
            note(tr(":terminator: %1").arg(messages::terminatorError(error)));
        } else if (m_channel && !m_channel->setTerminator(t)) {
            note(tr(":terminator: %1 is larger than the maximum frame").arg(spec));
        } else {
            m_options.terminator = t;
            note(tr("terminator is now %1").arg(t.toSpec()));
        }
        return;
    }
    send(line);
}

void LineClient::send(const QByteArray &data)
{
    if (!m_channel)
        return;
    QByteArray out = data;
    if (m_options.terminator.isBytes())
        out += m_options.terminator.byteString();
    m_framesAtSend = m_frames;
    m_channel->push(out);
}

void LineClient::stdinEnded()
{
    m_stdinEnded = true;
    m_grace->start();
}

void LineClient::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    // Later, so that a channel closing right now has deleted itself (deleteLater) first.
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}

} // namespace acw::cli
