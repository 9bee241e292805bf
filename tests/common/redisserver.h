#pragma once

// Shared test fixture (tests/common): a throwaway redis-server on 127.0.0.1, for the tests
// that check the command line against a third-party line server Debian ships.
//
// The one exception to "listen on port 0" (docs/testing.md):
// redis-server cannot be told to listen on port 0 and report the port (0 turns TCP off).
// So the kernel picks a free number for a probe socket, which is closed and the number
// handed to redis. If another process takes it in between, redis exits with "Address
// already in use" and the next number is tried; redis counts as started only once it says
// "Ready to accept connections" itself, never because a connect to the port succeeded
// (which could reach the other process).

#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

namespace acwtest {

class RedisServer
{
public:
    ~RedisServer() { stop(); }

    static QString program()
    {
        return QStandardPaths::findExecutable(QStringLiteral("redis-server"));
    }

    // Starts redis-server (no persistence); false if it could not start in a few attempts.
    bool start(int attempts = 5)
    {
        for (int attempt = 0; attempt < attempts && m_port == 0; ++attempt) {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return false;
            const quint16 candidate = probe.serverPort();
            probe.close();
            m_log.clear();
            m_process.start(program(),
                { QStringLiteral("--port"), QString::number(candidate), QStringLiteral("--bind"),
                    QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(),
                    QStringLiteral("--appendonly"), QStringLiteral("no") });
            if (!m_process.waitForStarted(5000))
                return false;
            bool ready = false;
            (void)QTest::qWaitFor(
                [&] {
                    m_log += m_process.readAllStandardOutput();
                    ready = m_log.contains("Ready to accept connections");
                    return ready || m_process.state() == QProcess::NotRunning;
                },
                10000);
            if (ready)
                m_port = candidate;
            else
                stop();
        }
        return m_port != 0;
    }

    quint16 port() const { return m_port; }
    QByteArray log() const { return m_log; } // what redis said while starting

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
        m_port = 0;
    }

private:
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
};

} // namespace acwtest
