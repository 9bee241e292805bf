#include "engine/qtmessages.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>

Q_LOGGING_CATEGORY(lcQt, "acw.qt")

namespace acw {

QStringList QtMessageLimiter::admit(const QString &text, qint64 nowMs)
{
    QStringList lines;
    const QString key = text.left(80); // messages differing only in a trailing detail
    Slot &slot = m_slots[key];
    if (slot.count > 0 && nowMs - slot.windowStart >= WindowMs) {
        if (slot.suppressed > 0) {
            lines << QStringLiteral("%1 more like \"%2\" suppressed in the last %3 s")
                         .arg(slot.suppressed)
                         .arg(key)
                         .arg(WindowMs / 1000);
        }
        slot = Slot();
    }
    if (slot.count == 0)
        slot.windowStart = nowMs;
    if (++slot.count <= Burst)
        lines << text;
    else
        ++slot.suppressed;
    if (m_slots.size() > 1000) // a flood of distinct texts: start over, bounded
        m_slots.clear();
    return lines;
}

namespace {

QtMessageHandler g_previous = nullptr;
QMutex g_mutex;
QtMessageLimiter g_limiter;
QElapsedTimer g_clock;

bool isQtOwn(const char *category)
{
    if (!category)
        return true;
    const QByteArray name(category);
    return name == "default" || name.startsWith("qt.");
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!isQtOwn(context.category) || type == QtFatalMsg) {
        g_previous(type, context, message);
        return;
    }
    const bool enabled = (type == QtDebugMsg && lcQt().isDebugEnabled())
                         || (type == QtInfoMsg && lcQt().isInfoEnabled())
                         || (type == QtWarningMsg && lcQt().isWarningEnabled())
                         || (type == QtCriticalMsg && lcQt().isCriticalEnabled());
    if (!enabled)
        return;
    QStringList lines;
    {
        QMutexLocker lock(&g_mutex);
        lines = g_limiter.admit(message, g_clock.elapsed());
    }
    QMessageLogContext routed(context.file, context.line, context.function, "acw.qt");
    for (const QString &line : lines)
        g_previous(type, routed, line);
}

} // namespace

void routeQtMessages()
{
    if (g_previous)
        return;
    g_clock.start();
    g_previous = qInstallMessageHandler(handler); // Qt's default handler if none was set
}

} // namespace acw
