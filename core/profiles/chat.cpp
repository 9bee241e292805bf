#include "profiles/chat.h"

#include "profiles/chattext.h"

#include <QTimer>

namespace acw {

namespace {

const QByteArray helpText = QByteArrayLiteral("* commands: /nick NAME, /who, /quit");

} // namespace

// --- ChatRoom ---

QByteArray ChatRoom::join(ChatChannel *member)
{
    QByteArray name;
    do {
        name = "guest" + QByteArray::number(m_nextGuest++);
    } while (isNameTaken(name));
    m_members.append(member);
    return name;
}

void ChatRoom::leave(ChatChannel *member)
{
    m_members.removeAll(member);
    m_members.removeAll(nullptr);
}

void ChatRoom::tell(ChatChannel *member, const QByteArray &line)
{
    if (member->state() == AsyncChat::State::Closing || member->state() == AsyncChat::State::Closed)
        return;
    // Memory, not payload: a million 2-byte lines must not cost a hundred times the cap.
    const qint64 queued = member->queuedMemory();
    if (m_slowReaderCap > 0 && queued > m_slowReaderCap) {
        member->dropSlowReader(queued);
        return;
    }
    member->push(line + m_lineEnd);
}

void ChatRoom::broadcast(const QByteArray &line, ChatChannel *from)
{
    // A copy: dropping a slow reader may make it leave (and notify) while we iterate.
    const QList<QPointer<ChatChannel>> members = m_members;
    for (const QPointer<ChatChannel> &member : members) {
        if (member && member != from)
            tell(member, line);
    }
}

bool ChatRoom::isNameTaken(const QByteArray &name) const
{
    return nameConflict(name, nullptr) != NameConflict::None;
}

ChatRoom::NameConflict ChatRoom::nameConflict(
    const QByteArray &name, const ChatChannel *except) const
{
    const QString text = QString::fromUtf8(name);
    const QString fold = chattext::foldKey(text);
    const QString skeleton = chattext::confusableKey(text);
    NameConflict result = NameConflict::None;
    for (const QPointer<ChatChannel> &member : m_members) {
        if (!member || member == except || member->nick().isEmpty())
            continue;
        const QString other = QString::fromUtf8(member->nick());
        if (chattext::foldKey(other) == fold)
            return NameConflict::Taken;
        if (chattext::confusableKey(other) == skeleton)
            result = NameConflict::LookAlike;
    }
    return result;
}

QByteArray ChatRoom::who() const
{
    QList<QByteArray> names;
    for (const QPointer<ChatChannel> &member : m_members) {
        if (member && !member->nick().isEmpty())
            names << member->nick();
    }
    return "* in the room: " + names.join(", ");
}

// --- ChatChannel ---

ChatChannel::ChatChannel(std::shared_ptr<ChatRoom> room, const Terminator &terminator,
    qint64 maxFrame, int idleTimeoutMs, int writeTimeoutMs, QObject *parent)
    : AsyncChat(parent), m_room(std::move(room))
{
    setMaxFrame(maxFrame < 0 ? Framer::Unlimited : maxFrame);
    setTerminator(terminator);
    setIdleTimeout(idleTimeoutMs);
    // A member that stops reading altogether goes, even with a backlog under the cap.
    setWriteTimeout(writeTimeoutMs > 0 ? writeTimeoutMs : 30000);
    connect(this, &AsyncChat::closed, this, &ChatChannel::leaveRoom);
    // The server attaches the socket right after creating the channel: join once it has.
    QTimer::singleShot(0, this, &ChatChannel::joinRoom);
}

ChatChannel::~ChatChannel()
{
    leaveRoom();
}

void ChatChannel::joinRoom()
{
    if (m_joined || m_left || state() != State::Connected)
        return;
    m_joined = true;
    m_nick = m_room->join(this);
    m_room->tell(this, "* welcome, you are " + m_nick + "; /nick NAME to change it, /who, /quit");
    m_room->broadcast("* " + m_nick + " joined", this);
}

void ChatChannel::leaveRoom()
{
    if (!m_joined || m_left)
        return;
    m_left = true;
    m_room->leave(this);
    m_room->broadcast("* " + m_nick + " left", this);
}

void ChatChannel::dropSlowReader(qint64 queued)
{
    leaveRoom();
    ChannelFault fault = ChannelFault::of(ChannelError::SlowReader);
    fault.amount = queued;
    fail(fault);
}

void ChatChannel::foundTerminator()
{
    QByteArray line = takeIncoming();
    if (line.endsWith('\r'))
        line.chop(1); // "\n" frames CRLF and LF clients alike (netcat, telnet)
    if (!m_joined)
        joinRoom(); // a line that came before the deferred join
    if (!m_joined || m_left || line.isEmpty())
        return;
    if (line.startsWith('/')) {
        command(line);
        return;
    }
    m_room->broadcast(m_nick + ": " + chattext::sanitizeMessage(line), this);
}

void ChatChannel::command(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = space < 0 ? line : line.left(space);
    const QByteArray arg = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
    if (verb == "/nick") {
        setNick(arg);
    } else if (verb == "/who") {
        m_room->tell(this, m_room->who());
    } else if (verb == "/quit") {
        m_room->tell(this, "* bye");
        leaveRoom();
        closeWhenDone();
    } else {
        m_room->tell(this, helpText);
    }
}

void ChatChannel::setNick(const QByteArray &name)
{
    using chattext::NickProblem;
    const NickProblem problem = chattext::checkNick(name);
    const ChatRoom::NameConflict conflict = problem == NickProblem::None
                                                ? m_room->nameConflict(name, this)
                                                : ChatRoom::NameConflict::None;
    if (problem == NickProblem::BadUtf8) {
        m_room->tell(this, "* a name must be valid UTF-8");
    } else if (problem != NickProblem::None) {
        m_room->tell(this, "* a name is 1-32 printable characters without spaces, ':', "
                           "controls, bidi or zero-width characters");
    } else if (name == m_nick) {
        m_room->tell(this, "* you are " + m_nick);
    } else if (conflict == ChatRoom::NameConflict::Taken) {
        m_room->tell(this, "* the name " + name + " is taken");
    } else if (conflict == ChatRoom::NameConflict::LookAlike) {
        m_room->tell(this, "* the name " + name + " looks like a member's name");
    } else {
        const QByteArray old = m_nick;
        m_nick = name;
        m_room->tell(this, "* you are now " + m_nick);
        m_room->broadcast("* " + old + " is now " + m_nick, this);
    }
}

// --- ChatProfile ---

ChatProfile::ChatProfile(const ServerConfig &config)
    : m_terminator(
        config.hasTerminator ? config.terminator : Terminator::bytes(QByteArrayLiteral("\n")))
    , m_maxFrame(config.maxFrameOr(DefaultMaxFrame))
    ,
    // Members may lurk in silence: no idle deadline. One that stops reading is dropped
    // by the write timeout or the unsent cap instead.
    m_idleTimeoutMs(0)
    , m_writeTimeoutMs(config.writeTimeoutMs)
{
    // Replies end the way the client's lines do; "\n" clients still accept "\r\n".
    const QByteArray lineEnd
        = config.hasTerminator ? m_terminator.byteString() : QByteArrayLiteral("\r\n");
    m_room = std::make_shared<ChatRoom>(lineEnd);
}

AsyncChat *ChatProfile::createChannel()
{
    return new ChatChannel(m_room, m_terminator, m_maxFrame, m_idleTimeoutMs, m_writeTimeoutMs);
}

bool ChatProfile::validate(const ServerConfig &config, ServerFault *fault)
{
    if (config.hasTerminator && !config.terminator.isBytes())
        return reject(fault, ProfileError::NotLineBased);
    if (config.maxFrame && *config.maxFrame != ServerConfig::Unlimited && *config.maxFrame <= 0)
        return reject(fault, ProfileError::BadMaxFrame, *config.maxFrame);
    if (config.idleTimeoutMs < 0)
        return reject(fault, ProfileError::NegativeIdleTimeout, config.idleTimeoutMs);
    return true;
}

} // namespace acw
