#pragma once

#include "channel/channelfault.h"
#include "framing/terminator.h"
#include "server/serverconfig.h"
#include "server/serverfault.h"
#include "tls/tlsoptions.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace acw {

// Value types the engine sends from its network thread to whoever watches it (the
// workbench, the headless commands). All are copied across threads with queued signals.
// They carry values, never sentences: errors are ChannelFault / ServerFault, which the
// window and the command line word in their user's language (messages/messages.h).

struct EngineEvent
{
    enum class Type {
        ServerStarted, // addresses: where it listens ("127.0.0.1:8888", "[::1]:8888");
                       // text: a relay's upstream ("host:port")
        ServerStopped,
        ServerError, // serverFault: why it did not start (ListenFailed, ProfileRejected...)
        AcceptPaused, // serverFault: AcceptFailed (too many open files)
        AcceptResumed,
        ConnectionOpened, // text: the peer "127.0.0.1:53412"; code: 1 for a relayed pair
                          // (text "client -> host:port"), else 0
        Chunk, // offset, size, data (possibly truncated: size > data.size())
        Frame, // index, offset (end of terminator), size (frame data), terminator (and
               // text: its spec, formatted once per connection by the engine)
        TerminatorChanged, // terminator (and text: its spec); code: TerminatorCause; rearm
        Pushed, // size, data (possibly truncated)
        Sent, // size
        Error, // fault (code: ChannelError as int); terminator: TerminatorTooLarge's
        ConnectionClosed, // fault (None: orderly); size: unframed bytes left (Q7)
        Dropped, // size: how many events were dropped from this batch (caps); code 1:
                 // relayed frames
        // Relays (Engine::startRelay); a relayed pair is one connection (client + upstream).
        RelayFrame, // code: direction (0 client->server, 1 server->client), index,
                    // size (frame data), data (capped), offset: held id (0: passed on),
                    // partial: the stream ended inside the frame; terminator: the one
                    // that ended it (none when partial)
        RelayHeld, // code: direction; index: 1 held, 0 passing; size: frames queued;
                   // data: the queue (decodeHeldFrames() in engine/relayhub.h)
        RelayNote, // index: RelayPair::Step; code: direction; size: bytes; text: an
                   // address or a spec; fault: why a client was refused
        TlsStarted, // text: "TLSv1.3, <cipher>, peer certificate CN=..."; code: for a
                    // relay, the side (0 client, 1 upstream); offset: bytes received
                    // before TLS began (a channel's input stream; 0 for TLS from the start)
        TlsRefused, // a client's peer certificate failed verification: data: its SHA-256
                    // fingerprint (64 lowercase hex digits), text: its subject. The
                    // connection fails next (Error/ConnectionClosed with the reason).
        // Engine::setRecordingBudget: more new connections a second than the budget.
        RecordingPaused, // size: the budget (connections a second); new connections of
                         // this server are served and counted, not recorded
        RecordingResumed, // size: how many of this server's connections were not recorded
    };
    Type type = Type::Chunk;
    int server = 0; // 0 for client connections
    quint64 connection = 0; // 0 for server-level events
    qint64 timeUs = 0; // microseconds since the Unix epoch
    qint64 offset = 0;
    qint64 size = 0;
    quint64 index = 0;
    int code = 0;
    QByteArray data;
    QString text; // data only (a peer, a spec, a TLS summary), never an English sentence
    Terminator terminator; // Frame: the one that matched; TerminatorChanged: the new one
    QStringList addresses; // ServerStarted
    ChannelFault fault; // Error, ConnectionClosed
    ServerFault serverFault; // ServerError, AcceptPaused
    bool rearm = false; // TerminatorChanged: a count set again after every frame
    bool partial = false; // RelayFrame
};

// The state of one connection, as the table shows it. Sent for connections that changed.
struct ConnectionInfo
{
    enum class State { Connecting, Open, Closing, Closed };
    quint64 id = 0;
    int server = 0; // 0: a client-mode connection
    ProfileId profile = ProfileId::Client;
    QString peer;
    State state = State::Connecting;
    QString terminator; // spec form: the one the current frame is framed with
    qint64 countLeft = -1; // a count in progress: bytes still to come; -1 otherwise
    bool rearm = false; // the count is set again after every frame
    qint64 bytesIn = 0;
    qint64 consumedOffset = 0; // stream offset framed or collected so far (held back follows)
    qint64 bytesOut = 0;
    quint64 frames = 0;
    qint64 queuedBytes = 0;
    qint64 pendingBytes = 0; // collected, unframed (what the next frame starts with)
    qint64 heldBack = 0;
    int idleTimeoutMs = 0; // 0: none
    qint64 lastReadUs = 0; // when a byte last arrived (µs since the epoch)
    bool readPaused = false;
    qint64 openedUs = 0;
    qint64 closedUs = 0; // 0 while open
    ChannelFault closeFault; // why it closed (None: in order)
};

struct ServerInfo
{
    enum class State { Starting, Listening, Stopped, Failed };
    int id = 0;
    ServerConfig config;
    State state = State::Starting;
    QStringList addresses; // "127.0.0.1:8888", "[::1]:8888"
    quint16 port = 0; // the real port (after port 0)
    ServerFault fault; // Failed: why; else a warning while it listens (None: all is well)
    bool acceptPaused = false;
    quint64 accepted = 0;
    int live = 0;
    quint64 evicted = 0;
    quint64 unrecorded = 0; // connections served but not recorded (Engine::setRecordingBudget)
    bool recordingPaused = false;
};

// The inspector's view of one connection, on request.
struct ConnectionInspection
{
    quint64 id = 0;
    bool found = false;
    QString terminator;
    Terminator armed; // the terminator the current frame is framed with
    qint64 countLeft = -1;
    bool rearm = false;
    qint64 maxFrame = -1;
    QByteArray pendingInput; // collected, unframed (capped)
    qint64 pendingSize = 0; // its real size
    QByteArray heldBack;
    qint64 bytesIn = 0;
    quint64 frames = 0; // frames so far
    struct Entry
    {
        int kind = 0; // OutputEntry::Kind
        qint64 size = 0;
        QString description;
        QByteArray preview;
    };
    QVector<Entry> queue;
    qint64 socketBytesToWrite = 0;
    qint64 bytesOut = 0;
};

} // namespace acw

Q_DECLARE_METATYPE(acw::EngineEvent)
Q_DECLARE_METATYPE(acw::ConnectionInfo)
Q_DECLARE_METATYPE(acw::ServerInfo)
Q_DECLARE_METATYPE(acw::ConnectionInspection)
