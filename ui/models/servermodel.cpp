#include "models/servermodel.h"

#include "messages.h"

#include <QBrush>
#include <QColor>
#include <QTimer>
#include <utility>

namespace acw {

ServerModel::ServerModel(QObject *parent)
    : QAbstractTableModel(parent), m_counterTimer(new QTimer(this))
{
    m_counterTimer->setSingleShot(true);
    m_counterTimer->setInterval(CounterIntervalMs);
    connect(m_counterTimer, &QTimer::timeout, this, &ServerModel::announceCounters);
}

static bool sameCounters(const ServerInfo &a, const ServerInfo &b)
{
    return a.accepted == b.accepted && a.live == b.live && a.evicted == b.evicted
           && a.unrecorded == b.unrecorded;
}

static bool sameApartFromCounters(const ServerInfo &a, const ServerInfo &b)
{
    return a.state == b.state && a.addresses == b.addresses && a.port == b.port
           && a.fault == b.fault && a.acceptPaused == b.acceptPaused
           && a.recordingPaused == b.recordingPaused && a.config.profile == b.config.profile;
}

void ServerModel::applyUpdates(const QVector<ServerInfo> &servers)
{
    QVector<ServerInfo> added;
    for (const ServerInfo &info : servers) {
        const int row = rowOf(info.id);
        if (row >= 0) {
            const bool rest = sameApartFromCounters(m_rows.at(row), info);
            const bool counters = sameCounters(m_rows.at(row), info);
            m_rows[row] = info;
            if (rest && counters)
                continue; // the engine reports every server with every batch
            if (rest && m_counterTimer->isActive()) {
                m_countersPending.insert(info.id); // announced when the interval ends
                continue;
            }
            m_countersPending.remove(info.id);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            if (rest)
                m_counterTimer->start(); // the next counter change waits for the interval
        } else {
            added.append(info);
        }
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, m_rows.size(), m_rows.size() + added.size() - 1);
        m_rows += added;
        endInsertRows();
    }
}

void ServerModel::announceCounters()
{
    if (m_countersPending.isEmpty())
        return; // quiet: the next change is announced at once
    const QSet<int> ids = std::exchange(m_countersPending, {});
    for (const int id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    m_counterTimer->start();
}

void ServerModel::addPending(int id, const ServerConfig &config)
{
    ServerInfo info;
    info.id = id;
    info.config = config;
    info.state = ServerInfo::State::Starting;
    applyUpdates({ info });
}

void ServerModel::removeStopped()
{
    for (int r = m_rows.size() - 1; r >= 0; --r) {
        const ServerInfo::State s = m_rows.at(r).state;
        if (s == ServerInfo::State::Stopped || s == ServerInfo::State::Failed) {
            beginRemoveRows({}, r, r);
            m_rows.remove(r);
            endRemoveRows();
        }
    }
}

int ServerModel::rowOf(int id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == id)
            return r;
    }
    return -1;
}

const ServerInfo *ServerModel::info(int id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

int ServerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int ServerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServerModel::stateName(ServerInfo::State state)
{
    switch (state) {
    case ServerInfo::State::Starting: return tr("starting");
    case ServerInfo::State::Listening: return tr("listening");
    case ServerInfo::State::Stopped: return tr("stopped");
    case ServerInfo::State::Failed: break;
    }
    return tr("failed");
}

QString ServerModel::statusText(const ServerInfo &info)
{
    if (info.state == ServerInfo::State::Failed)
        return info.fault.isNone() ? tr("failed to start") : messages::serverFault(info.fault);
    QStringList parts;
    if (info.acceptPaused)
        parts << tr("accepting paused: %1")
                     .arg(info.fault.isNone() ? tr("too many open files")
                                              : messages::serverFault(info.fault));
    else if (!info.fault.isNone())
        parts << messages::serverFault(info.fault);
    if (info.evicted > 0)
        parts << tr("%n evicted", nullptr, int(info.evicted));
    return parts.join(QLatin1String("; "));
}

QVariant ServerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ServerInfo &s = m_rows.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == PortRole)
        return int(s.port);
    if (role == StateRole)
        return int(s.state);
    if (role == Qt::ForegroundRole) {
        if (s.state == ServerInfo::State::Failed || s.acceptPaused)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id: return s.id;
    case Profile: return messages::profileName(s.config.profile);
    case State: return stateName(s.state);
    case Addresses:
        if (!s.addresses.isEmpty())
            return s.addresses.join(QLatin1Char(' '));
        return QStringLiteral("%1:%2").arg(s.config.bindAddress).arg(s.config.port);
    case Terminator: return s.config.hasTerminator ? s.config.terminator.toSpec() : tr("default");
    case Accepted: return QVariant::fromValue<qulonglong>(s.accepted);
    case Live: return s.live;
    case Status: return statusText(s);
    default: return {};
    }
}

QVariant ServerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("ID");
    case Profile: return tr("Profile");
    case State: return tr("State");
    case Addresses: return tr("Listening on");
    case Terminator: return tr("Terminator");
    case Accepted: return tr("Accepted");
    case Live: return tr("Live");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace acw
