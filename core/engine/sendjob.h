#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace acw {

// A send that runs in the network thread on its own: a message repeated, or a file, pushed
// to one connection never faster than its socket drains. The engine reports each job's
// progress with Engine::sendJobUpdated (at most ten times a second, and when it ends).
struct SendJobInfo
{
    enum class Kind { Repeat, File };
    enum class State { Running, Done, Stopped, Failed };
    quint64 id = 0;
    quint64 connection = 0;
    Kind kind = Kind::Repeat;
    State state = State::Running;
    qint64 done = 0; // Repeat: messages handed to the socket; File: bytes
    qint64 total = -1; // Repeat: the count (-1: until stopped); File: the file's size
    qint64 waits = 0; // Repeat with an interval: ticks skipped while the queue drained
    QString text; // File: its path; Stopped/Failed: why
};

} // namespace acw

Q_DECLARE_METATYPE(acw::SendJobInfo)
