#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <QtGlobal>

namespace acw {

// Qt's own warnings (category "default" or "qt.*", e.g. "QIODevice::read (QTcpSocket):
// device not open") come from code a peer can drive: left alone, each one is a line on
// stderr, so a peer could flood it. routeQtMessages() installs a handler that files them
// under our category "acw.qt" (QT_LOGGING_RULES="acw.qt.warning=false" silences them) and
// rate-limits them: at most Burst of the same text per Window, then one line saying how
// many were suppressed. Messages of our own categories ("acw.*") pass unchanged.
void routeQtMessages();

// The decision, apart from the process-wide handler (tested on its own).
class QtMessageLimiter
{
public:
    static constexpr int Burst = 5;
    static constexpr qint64 WindowMs = 10000;

    // Returns the lines to print for this message (none while it is suppressed; a
    // "suppressed N" note first when a window with suppressed copies has passed).
    QStringList admit(const QString &text, qint64 nowMs);

private:
    struct Slot
    {
        qint64 windowStart = 0;
        int count = 0;
        int suppressed = 0;
    };
    QHash<QString, Slot> m_slots;
};

} // namespace acw
