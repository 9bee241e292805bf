#pragma once

#include "relay/relayconfig.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>

namespace acw {

class Listener;
class RelayEndpoint;
class RelayPair;

// Listens, and gives each accepted client its own RelayPair to the upstream.
class RelayServer : public QObject
{
    Q_OBJECT
public:
    explicit RelayServer(const RelayConfig &config, QObject *parent = nullptr);
    ~RelayServer() override;

    bool start(); // false: errorString() says why
    QString errorString() const { return m_error; }
    QString listenText() const; // "127.0.0.1:40123"
    quint16 port() const;
    const RelayConfig &config() const { return m_config; }
    QList<RelayPair *> pairs() const;
    void stop(); // stops listening and closes every pair

signals:
    void pairOpened(acw::RelayPair *pair, const QString &clientPeer);
    void refused(const QString &clientPeer, const QString &reason);

private:
    void accepted(int descriptor);

    RelayConfig m_config;
    Listener *m_listener = nullptr;
    QSet<RelayPair *> m_pairs;
    QSslConfiguration m_serverTls;
    QSslConfiguration m_clientTls;
    QString m_error;
    quint64 m_nextId = 1;
};

} // namespace acw
