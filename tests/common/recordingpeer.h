#pragma once

// Shared test fixture (tests/common): the far end of a client connection, a plain Qt server
// on 127.0.0.1, port 0, that keeps what every accepted connection sends (or only counts it)
// and can stop reading so that the kernel's buffers fill up.

#include <QTcpServer>
#include <QTcpSocket>

namespace acwtest {

class RecordingPeer : public QObject
{
public:
    RecordingPeer()
    {
        server.listen(QHostAddress::LocalHost, 0);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                // Qt would read everything into memory while paused; the kernel must fill up.
                s->setReadBufferSize(64 * 1024);
                sockets << s;
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    if (!paused)
                        drain(s);
                });
            }
        });
    }
    void drain(QTcpSocket *s)
    {
        const QByteArray data = s->readAll();
        received += data.size();
        if (keep)
            bytes += data;
    }
    // Reads again (and at once what waited).
    void resume()
    {
        paused = false;
        for (QTcpSocket *s : std::as_const(sockets))
            drain(s);
    }
    QTcpSocket *last() const { return sockets.isEmpty() ? nullptr : sockets.last(); }
    quint16 port() const { return server.serverPort(); }

    QTcpServer server;
    QList<QTcpSocket *> sockets; // every accepted connection, oldest first
    QByteArray bytes; // all of them, in arrival order (with keep)
    qint64 received = 0;
    bool keep = true;
    bool paused = false;
};

} // namespace acwtest
