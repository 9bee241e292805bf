#pragma once

#include "server/channelfactory.h"
#include "server/serverconfig.h"
#include "server/serverfault.h"

#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <map>
#include <memory>

class TestChannelServer;

namespace acw {

class AsyncChat;
class ChannelObserver;
class Listener;

// asyncore's listening dispatcher: one or more QTcpServer listeners (same port) that turn
// every accepted descriptor into a channel made by the profile (handle_accepted). Keeps a
// registry of live channels by stable id, enforces the connection cap and recovers by
// itself from running out of file descriptors (accepting pauses, is retried every 500 ms
// and resumes by itself, as nginx does).
class ChannelServer : public QObject
{
    Q_OBJECT
public:
    // At the cap, a connection paused on its unread output with no byte sent for this long
    // is evicted before a healthy one (a fast reader's burst does not qualify).
    static constexpr qint64 kStuckWriterMs = 250;

    using IdSource = std::function<quint64()>;

    // profile: what makes each channel (a protocol profile, or a test's own factory).
    ChannelServer(const ServerConfig &config, std::unique_ptr<ChannelFactory> profile,
        QObject *parent = nullptr);
    ~ChannelServer() override; // closes every channel before the profile goes

    // --- Setup (before listen) ---
    void setIdSource(IdSource source) { m_idSource = std::move(source); }
    void setObserver(ChannelObserver *observer) { m_observer = observer; }
    void setRetryInterval(int ms) { m_retryTimer.setInterval(ms); } // EMFILE retry, 500 ms
    const ServerConfig &config() const { return m_config; }

    // --- Listening ---
    // "127.0.0.1" (default), "localhost" (127.0.0.1 and ::1), "any", or an address.
    bool listen(); // false: fault() says why, nothing listens
    void stopListening(); // channels stay
    bool isListening() const { return !m_listeners.isEmpty(); }
    ServerFault fault() const { return m_fault; }
    QString errorString() const { return m_fault.detail; } // Qt's words, for logs
    QStringList addresses() const; // "127.0.0.1:8888", "[::1]:8888"
    quint16 port() const { return m_port; }
    bool isAcceptPaused() const { return m_acceptPaused; }

    // --- Connections ---
    int liveCount() const { return int(m_channels.size()); }
    quint64 acceptedCount() const { return m_accepted; }
    quint64 evictedCount() const { return m_evicted; }
    quint64 refusedCount() const { return m_refused; }
    AsyncChat *channel(quint64 id) const;
    QList<AsyncChat *> channels() const; // oldest first
    void closeAll();

signals:
    void channelAccepted(acw::AsyncChat *channel);
    // Closed to make room under the connection cap (it never completed a request, or it
    // does not read its output).
    void channelEvicted(acw::AsyncChat *channel);
    void acceptPaused(const acw::ServerFault &why); // once per episode (EMFILE/ENFILE)
    void acceptResumed();
    void warning(const acw::ServerFault &warning); // e.g. ::1 unavailable in localhost mode

private:
    friend class ::TestChannelServer; // feeds accept() null and bogus descriptors (Q22)
    void accept(qintptr descriptor);
    bool makeRoom();
    void onAcceptError(int error);
    ServerFault capacityFault(CapacityAction action) const;
    void retryAccepting();
    void forget(quint64 id);

    ServerConfig m_config;
    std::unique_ptr<ChannelFactory> m_profile;
    ChannelObserver *m_observer = nullptr;
    IdSource m_idSource;
    quint64 m_nextLocalId = 1;
    QList<Listener *> m_listeners;
    std::map<quint64, AsyncChat *> m_channels; // ids grow: begin() is the oldest
    QTimer m_retryTimer;
    std::shared_ptr<QSslConfiguration> m_tls; // loaded by listen() when config().tls is set
    ServerFault m_fault;
    quint16 m_port = 0;
    quint64 m_accepted = 0;
    quint64 m_evicted = 0;
    quint64 m_refused = 0;
    bool m_acceptPaused = false;
    bool m_errorSinceResume = false;
    bool m_resumedOnce = false;
    bool m_evictLogged = false; // once per episode at the cap
    bool m_evictStuckLogged = false;
    bool m_refuseLogged = false;
};

} // namespace acw
