#pragma once

#include "channel/channelfault.h"
#include "server/serverfault.h"

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

    bool start(); // false: fault() says why
    ServerFault fault() const { return m_fault; }
    QString listenText() const; // "127.0.0.1:40123"
    quint16 port() const;
    const RelayConfig &config() const { return m_config; }
    QList<RelayPair *> pairs() const;
    void stop(); // stops listening and closes every pair

signals:
    void pairOpened(acw::RelayPair *pair, const QString &clientPeer);
    void refused(const QString &clientPeer, const acw::ChannelFault &why); // at the cap
    void acceptPaused(const acw::ServerFault &why); // EMFILE, ENFILE

private:
    void accepted(int descriptor);

    RelayConfig m_config;
    Listener *m_listener = nullptr;
    QSet<RelayPair *> m_pairs;
    QSslConfiguration m_serverTls;
    QSslConfiguration m_clientTls;
    ServerFault m_fault;
    quint64 m_nextId = 1;
};

} // namespace acw
