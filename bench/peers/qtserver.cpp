// A plain Qt greeting server, the reference the issue quotes ("a plain Qt server"): what
// anyone would write with QTcpServer/QTcpSocket on Qt's default event dispatcher, with no
// framing library and no limits. Same response shape as the seed. Loopback only.
//
// Usage: qtserver PORT
#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

#include <csignal>
#include <cstdio>

namespace {

// One client: collects the request head, answers, closes.
class Connection : public QObject
{
public:
    explicit Connection(QTcpSocket *socket) : QObject(socket), m_socket(socket)
    {
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void onReadyRead()
    {
        m_request += m_socket->readAll();
        const qsizetype end = m_request.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> line = m_request.left(m_request.indexOf("\r\n")).split(' ');
        const QString name = QString::fromUtf8(line.value(1).mid(1)).toHtmlEscaped();
        const QByteArray body = QByteArrayLiteral("<html>\r\n<body>\r\nHello ") + name.toUtf8()
                                + QByteArrayLiteral("! \r\n</body>\r\n</html>\r\n");
        m_socket->write(
            QByteArrayLiteral("HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                              "Content-Length: ")
            + QByteArray::number(body.size()) + QByteArrayLiteral("\r\nConnection: close\r\n\r\n")
            + body);
        m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    QByteArray m_request;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const quint16 port = quint16(app.arguments().value(1).toUInt());
    std::signal(SIGTERM, [](int) { std::_Exit(0); });
    QTcpServer server;
    server.setListenBacklogSize(4096);
    server.setMaxPendingConnections(100000);
    if (!server.listen(QHostAddress::LocalHost, port)) {
        std::fprintf(stderr, "qtserver: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            new Connection(socket);
    });
    return app.exec();
}
