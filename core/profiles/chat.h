#pragma once

#include "channel/asyncchat.h"
#include "profiles/profile.h"

#include <QList>
#include <QPointer>
#include <memory>

namespace acw {

class ChatChannel;

// The room of the classic asynchat chat demo. All its channels live in the engine's
// thread, so it needs no lock. Shared by the profile and its channels: a channel may
// outlive a stopped server.
class ChatRoom
{
public:
    // A member whose unsent output passes this is dropped: one slow reader never makes
    // the room buffer without bound, and a reader that merely lags behind a burst stays.
    static constexpr qint64 DefaultSlowReaderCap = 8 * 1024 * 1024;

    explicit ChatRoom(const QByteArray &lineEnd) : m_lineEnd(lineEnd) { }
    void setSlowReaderCap(qint64 bytes) { m_slowReaderCap = bytes; }

    QByteArray join(ChatChannel *member); // the guest name it got
    void leave(ChatChannel *member);
    // To every member but from (nullptr: everyone); a line end is appended.
    void broadcast(const QByteArray &line, ChatChannel *from);
    void tell(ChatChannel *member, const QByteArray &line);
    bool isNameTaken(const QByteArray &name) const;
    // Taken: a member's name under case folding (and NFKC); LookAlike: a simple confusable
    // of one (see chattext::confusableKey). except: the member renaming itself.
    enum class NameConflict { None, Taken, LookAlike };
    NameConflict nameConflict(const QByteArray &name, const ChatChannel *except) const;
    QByteArray who() const;

private:
    QList<QPointer<ChatChannel>> m_members;
    QByteArray m_lineEnd;
    qint64 m_slowReaderCap = DefaultSlowReaderCap;
    quint64 m_nextGuest = 1;
};

// Line based: "/nick NAME", "/who", "/quit"; anything else is said to the room as
// "NAME: text", with controls made visible (chattext::sanitizeMessage). Lines end in "\n" (a CR
// before it is dropped) unless configured otherwise.
class ChatChannel : public AsyncChat
{
    Q_OBJECT
public:
    ChatChannel(std::shared_ptr<ChatRoom> room, const Terminator &terminator, qint64 maxFrame,
        int idleTimeoutMs, int writeTimeoutMs = 30000, QObject *parent = nullptr);
    ~ChatChannel() override;

    QByteArray nick() const { return m_nick; }
    void dropSlowReader(qint64 queued);

protected:
    void foundTerminator() override;

private:
    void joinRoom();
    void leaveRoom();
    void command(const QByteArray &line);
    void setNick(const QByteArray &name);

    std::shared_ptr<ChatRoom> m_room;
    QByteArray m_nick;
    bool m_joined = false;
    bool m_left = false;
};

class ChatProfile : public Profile
{
public:
    static constexpr qint64 DefaultMaxFrame = 8192;

    explicit ChatProfile(const ServerConfig &config);
    ProfileId id() const override { return ProfileId::Chat; }
    AsyncChat *createChannel() override;
    static bool validate(const ServerConfig &config, ServerFault *fault);
    ChatRoom *room() const { return m_room.get(); }

private:
    std::shared_ptr<ChatRoom> m_room;
    Terminator m_terminator;
    qint64 m_maxFrame;
    int m_idleTimeoutMs;
    int m_writeTimeoutMs;
};

} // namespace acw
