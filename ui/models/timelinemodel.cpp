#include "models/timelinemodel.h"

#include "messages.h"
#include "models/bytesformat.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace acw {

using Type = EngineEvent::Type;

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent) { }

void TimelineModel::setCap(int entries)
{
    beginResetModel();
    m_cap = std::max(1, entries);
    m_ring.clear();
    m_head = 0;
    m_count = 0;
    m_payloadBytes = 0;
    m_cutCursor = 0;
    endResetModel();
}

void TimelineModel::clear()
{
    setCap(m_cap);
}

void TimelineModel::appendEvents(const QVector<EngineEvent> &events)
{
    if (events.isEmpty())
        return;
    // Only the newest cap() events of a flood can be shown.
    const int skip = std::max<int>(0, events.size() - m_cap);
    const int incoming = events.size() - skip;
    m_dropped += skip;
    // The ring grows to its cap before it wraps, so m_head stays 0 until then.
    if (m_ring.size() < m_cap)
        m_ring.resize(std::min(m_cap, std::max<int>(m_ring.size() * 2, m_count + incoming)));
    const int overflow = std::max(0, m_count + incoming - m_cap);
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        for (int r = 0; r < overflow; ++r) {
            Entry &old = m_ring[(m_head + r) % m_cap];
            m_payloadBytes -= old.data.size();
            old.data = QByteArray();
        }
        m_cutCursor = std::max(0, m_cutCursor - overflow);
        m_head = (m_head + overflow) % m_cap;
        m_count -= overflow;
        m_dropped += overflow;
        endRemoveRows();
    }
    beginInsertRows({}, m_count, m_count + incoming - 1);
    for (int i = skip; i < events.size(); ++i) {
        const EngineEvent &e = events.at(i);
        // Until the ring is full, storage is linear from m_head == 0.
        Entry &slot = m_ring[(m_head + m_count) % m_cap];
        slot = entryOf(e);
        m_payloadBytes += slot.data.size();
        ++m_count;
    }
    cutPayloads();
    endInsertRows();
}

TimelineModel::Entry TimelineModel::entryOf(const EngineEvent &e)
{
    Entry entry;
    entry.timeUs = e.timeUs;
    entry.connection = e.connection;
    entry.server = e.server;
    entry.type = e.type;
    entry.size = e.size;
    entry.offset = e.offset;
    entry.index = e.index;
    entry.code = e.code;
    entry.rearm = e.rearm;
    entry.text = e.text;
    entry.data = e.data; // shared with the event, not copied
    if (!e.fault.isNone() || !e.serverFault.isNone() || !e.addresses.isEmpty())
        entry.values = std::make_shared<const Entry::Values>(
            Entry::Values { e.fault, e.serverFault, e.addresses });
    return entry;
}

void TimelineModel::cutPayloads()
{
    // Oldest first, each payload down to a head that the row still shows.
    constexpr qsizetype head = 256;
    while (m_payloadBytes > m_payloadBudget && m_cutCursor < m_count) {
        Entry &e = m_ring[(m_head + m_cutCursor) % m_cap];
        if (e.data.size() > head) {
            m_payloadBytes -= e.data.size() - head;
            e.data = e.data.left(head);
            e.dataCut = true;
        }
        ++m_cutCursor;
    }
}

void TimelineModel::refreshTexts()
{
    if (m_count > 0)
        emit dataChanged(index(0, Summary), index(m_count - 1, Summary), { Qt::DisplayRole });
}

QString TimelineModel::typeKey(Type type)
{
    switch (type) {
    case Type::ServerStarted: return QStringLiteral("server-started");
    case Type::ServerStopped: return QStringLiteral("server-stopped");
    case Type::ServerError: return QStringLiteral("server-error");
    case Type::AcceptPaused: return QStringLiteral("accept-paused");
    case Type::AcceptResumed: return QStringLiteral("accept-resumed");
    case Type::ConnectionOpened: return QStringLiteral("opened");
    case Type::Chunk: return QStringLiteral("chunk");
    case Type::Frame: return QStringLiteral("frame");
    case Type::TerminatorChanged: return QStringLiteral("terminator");
    case Type::Pushed: return QStringLiteral("pushed");
    case Type::Sent: return QStringLiteral("sent");
    case Type::Error: return QStringLiteral("error");
    case Type::ConnectionClosed: return QStringLiteral("closed");
    case Type::Dropped: return QStringLiteral("dropped");
    case Type::RelayFrame: return QStringLiteral("relay-frame");
    case Type::RelayHeld: return QStringLiteral("relay-held");
    case Type::RelayNote: return QStringLiteral("relay-note");
    case Type::TlsStarted: return QStringLiteral("tls-started");
    case Type::TlsRefused: return QStringLiteral("tls-refused");
    case Type::RecordingPaused: return QStringLiteral("recording-paused");
    case Type::RecordingResumed: return QStringLiteral("recording-resumed");
    }
    return QString();
}

QString TimelineModel::typeName(Type type)
{
    switch (type) {
    case Type::ServerStarted: return tr("server started");
    case Type::ServerStopped: return tr("server stopped");
    case Type::ServerError: return tr("server error");
    case Type::AcceptPaused: return tr("accept paused");
    case Type::AcceptResumed: return tr("accept resumed");
    case Type::ConnectionOpened: return tr("opened");
    case Type::Chunk: return tr("chunk");
    case Type::Frame: return tr("frame");
    case Type::TerminatorChanged: return tr("terminator");
    case Type::Pushed: return tr("pushed");
    case Type::Sent: return tr("sent");
    case Type::Error: return tr("error");
    case Type::ConnectionClosed: return tr("closed");
    case Type::Dropped: return tr("dropped");
    case Type::RelayFrame: return tr("relayed");
    case Type::RelayHeld: return tr("intercept");
    case Type::RelayNote: return tr("relay");
    case Type::TlsStarted: return tr("TLS");
    case Type::TlsRefused: return tr("certificate");
    case Type::RecordingPaused: return tr("recording paused");
    case Type::RecordingResumed: return tr("recording resumed");
    }
    return QString();
}

QString TimelineModel::timeText(qint64 timeUs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(timeUs / 1000);
    return t.toString(QStringLiteral("HH:mm:ss.zzz"))
           + QStringLiteral("%1").arg(timeUs % 1000, 3, 10, QLatin1Char('0'));
}

QString TimelineModel::summarize(const Entry &e, int maxChars)
{
    auto payload = [&e, maxChars] {
        if (maxChars >= 0)
            return bytesformat::line(e.data, maxChars);
        // Exports: the whole payload, escaped so the bytes can be told apart exactly.
        QString s = bytesformat::escaped(e.data);
        if (e.data.size() < e.size)
            s += QLatin1Char(' ')
                 + tr("[%1 of %n byte(s) kept]", nullptr, int(e.size)).arg(e.data.size());
        return s;
    };
    static const Entry::Values none;
    const Entry::Values &v = e.values ? *e.values : none;
    switch (e.type) {
    case Type::ServerStarted: {
        const QString where = v.addresses.join(QLatin1String(", "));
        return e.text.isEmpty() ? tr("listening on %1").arg(where)
                                : tr("listening on %1, relaying to %2").arg(where, e.text);
    }
    case Type::ServerStopped: return tr("stopped");
    case Type::ServerError: return messages::serverFault(v.serverFault);
    case Type::Error: return messages::fault(v.fault);
    case Type::AcceptPaused:
        return tr("accepting paused: %1").arg(messages::serverFault(v.serverFault));
    case Type::AcceptResumed: return tr("accepting again");
    case Type::RecordingPaused:
        return tr("more than %1 new connections a second: new connections are served and "
                  "counted, not recorded")
            .arg(e.size);
    case Type::RecordingResumed:
        return tr("recording again; %n connection(s) served without being recorded", nullptr,
            int(e.size));
    case Type::ConnectionOpened: return tr("peer %1").arg(e.text);
    case Type::Chunk: return tr("at %1: %2").arg(e.offset).arg(payload());
    case Type::Frame:
        // Frames are numbered from 1 wherever a user sees them (the engine counts from 0).
        return tr("frame #%1, %n byte(s), terminator %2", nullptr, int(e.size))
            .arg(e.index + 1)
            .arg(e.text);
    case Type::TerminatorChanged:
        if (e.code == 2) // TerminatorCause::CountReached
            return tr("count reached: terminator is now %1 (asynchat does not re-arm a count)")
                .arg(e.text);
        if (e.code == 1) // TerminatorCause::Profile
            return tr("terminator set to %1 by the profile").arg(e.text);
        return e.rearm ? tr("terminator set to %1, re-armed after every frame").arg(e.text)
                       : tr("terminator set to %1").arg(e.text);
    case Type::Pushed: return payload();
    case Type::Sent: return tr("%n byte(s) sent", nullptr, int(e.size));
    case Type::ConnectionClosed: {
        QString s = messages::closeReason(v.fault);
        if (e.size > 0)
            s += QLatin1String("; ") + tr("%n unframed byte(s) left", nullptr, int(e.size));
        return s;
    }
    case Type::Dropped:
        return e.code == 1 ? tr(
                   "%n relayed frame(s) not shown (too many in one batch)", nullptr, int(e.size))
                           : tr("%n event(s) dropped by the engine", nullptr, int(e.size));
    case Type::RelayFrame:
        return (e.code == 0 ? tr("client → server #%1, %2 bytes: %3")
                            : tr("server → client #%1, %2 bytes: %3"))
            .arg(e.index)
            .arg(e.size)
            .arg(bytesformat::preview(e.data, 60));
    case Type::RelayHeld:
        return e.index ? tr("%1 held, %2 frames queued")
                             .arg(e.code == 0 ? tr("client → server") : tr("server → client"))
                             .arg(e.size)
                       : tr("%1 passing")
                             .arg(e.code == 0 ? tr("client → server") : tr("server → client"));
    case Type::RelayNote: return messages::relayStep(e.index, e.code, e.size, e.text, v.fault);
    case Type::TlsStarted: return tr("TLS began here: %1").arg(e.text);
    case Type::TlsRefused:
        return tr("certificate not trusted: %1, SHA-256 fingerprint %2")
            .arg(e.text, QString::fromLatin1(e.data));
    }
    return QString();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &e = entryAt(index.row());
    switch (role) {
    case ConnectionRole: return QVariant::fromValue<qulonglong>(e.connection);
    case TypeRole: return int(e.type);
    case TimeRole: return e.timeUs;
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case Time: return timeText(e.timeUs);
    case Connection:
        if (e.connection)
            return QStringLiteral("#%1").arg(e.connection);
        return e.server ? tr("server %1").arg(e.server) : QString();
    case EventType: return typeName(e.type);
    case Size: return e.size ? QVariant(e.size) : QVariant();
    case Summary: return summarize(e);
    default: return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Connection: return tr("Connection");
    case EventType: return tr("Event");
    case Size: return tr("Size");
    case Summary: return tr("Details");
    default: return {};
    }
}

void TimelineModel::writeText(QIODevice *device, const QVector<int> &rows) const
{
    for (int row : rows) {
        const Entry &e = entryAt(row);
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(e.timeUs / 1000);
        QString who = e.connection ? QStringLiteral("#%1").arg(e.connection)
                                   : QStringLiteral("server:%1").arg(e.server);
        const QString line
            = QStringLiteral("%1 %2\t%3\t%4\t%5\t%6\n")
                  .arg(t.toString(QStringLiteral("yyyy-MM-dd")), timeText(e.timeUs), who,
                      typeKey(e.type), QString::number(e.size), summarize(e, -1));
        device->write(line.toUtf8());
    }
}

void TimelineModel::writeJsonLines(QIODevice *device, const QVector<int> &rows) const
{
    for (int row : rows) {
        const Entry &e = entryAt(row);
        QJsonObject o;
        o.insert(QStringLiteral("timeUs"), e.timeUs);
        o.insert(QStringLiteral("time"),
            QDateTime::fromMSecsSinceEpoch(e.timeUs / 1000, Qt::UTC)
                    .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
                + QStringLiteral("%1Z").arg(e.timeUs % 1000, 3, 10, QLatin1Char('0')));
        o.insert(QStringLiteral("connection"), qint64(e.connection));
        o.insert(QStringLiteral("server"), e.server);
        o.insert(QStringLiteral("type"), typeKey(e.type));
        o.insert(QStringLiteral("size"), e.size);
        o.insert(QStringLiteral("summary"), summarize(e, -1));
        if (e.type == Type::Chunk || e.type == Type::Pushed) {
            // The whole payload: escaped (Terminator::unescape() gives the bytes back) and
            // as decoded text; "complete" is false when the capture limit cut it.
            o.insert(QStringLiteral("data"), bytesformat::escaped(e.data));
            o.insert(QStringLiteral("text"), bytesformat::text(e.data));
            o.insert(QStringLiteral("complete"), e.data.size() == e.size);
        }
        if (e.type == Type::Frame)
            o.insert(QStringLiteral("frame"), qint64(e.index + 1));
        device->write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        device->write("\n");
    }
}

TimelineFilterModel::TimelineFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(TimelineModel::Summary);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void TimelineFilterModel::setConnection(quint64 id)
{
    m_connection = id;
    invalidateFilter();
}

void TimelineFilterModel::setTypeEnabled(Type type, bool enabled)
{
    const quint32 bit = 1u << int(type);
    m_types = enabled ? (m_types | bit) : (m_types & ~bit);
    invalidateFilter();
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = static_cast<const TimelineModel *>(sourceModel());
    const TimelineModel::Entry &e = model->entryAt(sourceRow);
    if (m_connection && e.connection != m_connection)
        return false;
    if (!(m_types & (1u << int(e.type))))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace acw
