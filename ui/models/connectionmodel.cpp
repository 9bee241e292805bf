#include "models/connectionmodel.h"

#include "messages.h"

#include "models/bytesformat.h"

#include <QBrush>
#include <QCoreApplication>
#include <QDateTime>
#include <QPalette>
#include <QTimer>
#include <algorithm>

namespace acw {

ConnectionModel::ConnectionModel(QObject *parent)
    : QAbstractTableModel(parent), m_ageTimer(new QTimer(this))
{
    // Ages tick once a second: one dataChanged for the whole column, not one per row.
    m_ageTimer->setInterval(1000);
    connect(m_ageTimer, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, Age), index(m_rows.size() - 1, Age), { Qt::DisplayRole });
    });
    m_ageTimer->start();
}

static bool isClosed(const ConnectionInfo &info)
{
    return info.state == ConnectionInfo::State::Closed;
}

void ConnectionModel::applyUpdates(const QVector<ConnectionInfo> &changed)
{
    QVector<const ConnectionInfo *> added;
    QHash<quint64, int> addedIndex; // a batch may carry the same new id twice
    QVector<int> changedRows;
    for (const ConnectionInfo &info : changed) {
        const int row = m_rowById.value(info.id, -1);
        if (row >= 0) {
            m_closedCount += int(isClosed(info)) - int(isClosed(m_rows.at(row)));
            m_rows[row] = info;
            changedRows.append(row);
        } else if (addedIndex.contains(info.id)) {
            added[addedIndex.value(info.id)] = &info;
        } else {
            addedIndex.insert(info.id, added.size());
            added.append(&info);
        }
    }
    // One dataChanged per run of adjacent rows, not one from the first to the last: a view
    // repaints for a change that overlaps its visible rows only (panels/livetableview.h),
    // and a long-lived connection at the top and this batch's at the bottom are two runs.
    // The id never changes: leaving its column out keeps an id-sorted proxy from re-sorting.
    std::sort(changedRows.begin(), changedRows.end());
    for (int i = 0; i < changedRows.size();) {
        int j = i;
        while (j + 1 < changedRows.size() && changedRows.at(j + 1) <= changedRows.at(j) + 1)
            ++j;
        emit dataChanged(index(changedRows.at(i), Peer), index(changedRows.at(j), ColumnCount - 1));
        i = j + 1;
    }
    if (!added.isEmpty()) {
        const int first = m_rows.size();
        beginInsertRows({}, first, first + added.size() - 1);
        for (const ConnectionInfo *info : std::as_const(added)) {
            m_rowById.insert(info->id, m_rows.size());
            m_closedCount += int(isClosed(*info));
            m_rows.append(*info);
        }
        endInsertRows();
    }
    enforceCap();
}

void ConnectionModel::clearClosed()
{
    QVector<int> rows;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (isClosed(m_rows.at(r)))
            rows.append(r);
    }
    removeSortedRows(rows);
}

void ConnectionModel::enforceCap()
{
    if (m_closedCount <= m_closedCap)
        return;
    // Drop the connections that closed first.
    QVector<int> closed;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (isClosed(m_rows.at(r)))
            closed.append(r);
    }
    std::stable_sort(closed.begin(), closed.end(),
        [this](int a, int b) { return m_rows.at(a).closedUs < m_rows.at(b).closedUs; });
    // Down to 95% of the cap at once: the scan, the sort and the removal (which every proxy
    // and view on top pays for in full) come once per cap/20 closes, not with every batch.
    closed.resize(m_closedCount - (m_closedCap - m_closedCap / 20));
    std::sort(closed.begin(), closed.end());
    removeSortedRows(closed);
}

void ConnectionModel::removeSortedRows(const QVector<int> &sortedRows)
{
    if (sortedRows.isEmpty())
        return;
    QVector<quint64> ids;
    ids.reserve(sortedRows.size());
    // Contiguous runs, from the bottom up so earlier row numbers stay valid.
    int end = sortedRows.size() - 1;
    while (end >= 0) {
        int begin = end;
        while (begin > 0 && sortedRows.at(begin - 1) == sortedRows.at(begin) - 1)
            --begin;
        const int first = sortedRows.at(begin);
        const int last = sortedRows.at(end);
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r) {
            ids.append(m_rows.at(r).id);
            m_closedCount -= int(isClosed(m_rows.at(r)));
        }
        m_rows.remove(first, last - first + 1);
        // The index must be right before endRemoveRows() lets views query the model.
        rebuildIndex();
        endRemoveRows();
        end = begin - 1;
    }
    emit connectionsRemoved(ids);
}

void ConnectionModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int r = 0; r < m_rows.size(); ++r)
        m_rowById.insert(m_rows.at(r).id, r);
}

const ConnectionInfo *ConnectionModel::info(quint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

int ConnectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int ConnectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 ConnectionModel::ageUs(const ConnectionInfo &info) const
{
    if (info.openedUs <= 0)
        return 0;
    const qint64 end
        = info.closedUs > 0 ? info.closedUs : QDateTime::currentMSecsSinceEpoch() * 1000;
    return std::max<qint64>(0, end - info.openedUs);
}

QString ConnectionModel::stateName(ConnectionInfo::State state)
{
    switch (state) {
    case ConnectionInfo::State::Connecting: return tr("connecting");
    case ConnectionInfo::State::Open: return tr("open");
    case ConnectionInfo::State::Closing: return tr("closing");
    case ConnectionInfo::State::Closed: break;
    }
    return tr("closed");
}

static QString ageText(qint64 us)
{
    const qint64 s = us / 1000000;
    if (s < 60)
        return QCoreApplication::translate("acw::ConnectionModel", "%1 s").arg(s);
    if (s < 3600)
        return QCoreApplication::translate("acw::ConnectionModel", "%1 min %2 s")
            .arg(s / 60)
            .arg(s % 60);
    return QCoreApplication::translate("acw::ConnectionModel", "%1 h %2 min")
        .arg(s / 3600)
        .arg((s / 60) % 60);
}

QVariant ConnectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ConnectionInfo &c = m_rows.at(index.row());
    switch (role) {
    case IdRole: return QVariant::fromValue<qulonglong>(c.id);
    case ClosedRole: return isClosed(c);
    case Qt::ForegroundRole:
        if (isClosed(c))
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::ToolTipRole:
        if (isClosed(c))
            return c.closeFault.isNone() ? tr("Closed in order")
                                         : messages::closeReason(c.closeFault);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= BytesIn || index.column() == Id)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
    case Qt::DisplayRole: break;
    default: return {};
    }
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case Id: return QVariant::fromValue<qulonglong>(c.id);
    case Peer: return c.peer;
    case Profile:
        return display ? QVariant(messages::profileName(c.profile)) : QVariant(int(c.profile));
    case State: return display ? stateName(c.state) : QVariant(int(c.state));
    case Terminator: return c.terminator;
    case BytesIn: return display ? QVariant(bytesformat::size(c.bytesIn)) : QVariant(c.bytesIn);
    case BytesOut: return display ? QVariant(bytesformat::size(c.bytesOut)) : QVariant(c.bytesOut);
    case Frames: return QVariant::fromValue<qulonglong>(c.frames);
    case Queued:
        return display ? QVariant(bytesformat::size(c.queuedBytes)) : QVariant(c.queuedBytes);
    case Age: return display ? QVariant(ageText(ageUs(c))) : QVariant(ageUs(c));
    default: return {};
    }
}

QVariant ConnectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("ID");
    case Peer: return tr("Peer");
    case Profile: return tr("Profile");
    case State: return tr("State");
    case Terminator: return tr("Terminator");
    case BytesIn: return tr("In");
    case BytesOut: return tr("Out");
    case Frames: return tr("Frames");
    case Queued: return tr("Queued");
    case Age: return tr("Age");
    default: return {};
    }
}

} // namespace acw
