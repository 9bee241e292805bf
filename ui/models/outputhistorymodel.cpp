#include "models/outputhistorymodel.h"

#include "models/bytesformat.h"
#include "models/timelinemodel.h"

namespace acw {

OutputHistoryModel::OutputHistoryModel(const CaptureStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

void OutputHistoryModel::appendNew(const CaptureStore::Capture &c, QVector<Row> &rows)
{
    // Both lists are in arrival order; merge their new tails by arrival number.
    const quint64 pushTotal = c.droppedPushes + quint64(c.pushes.size());
    const quint64 sendTotal = c.droppedSends + quint64(c.sends.size());
    quint64 p = std::max(m_pushesSeen, c.droppedPushes);
    quint64 s = std::max(m_sendsSeen, c.droppedSends);
    while (p < pushTotal || s < sendTotal) {
        const bool takePush = s >= sendTotal
                              || (p < pushTotal
                                  && c.pushes.at(int(p - c.droppedPushes)).seq
                                         <= c.sends.at(int(s - c.droppedSends)).seq);
        if (takePush)
            rows.append(Row { false, p++ });
        else
            rows.append(Row { true, s++ });
    }
    m_pushesSeen = pushTotal;
    m_sendsSeen = sendTotal;
}

void OutputHistoryModel::setConnection(quint64 id)
{
    beginResetModel();
    m_id = id;
    m_rows.clear();
    m_pushesSeen = m_sendsSeen = 0;
    m_droppedPushes = m_droppedSends = 0;
    if (const CaptureStore::Capture *c = current()) {
        m_droppedPushes = c->droppedPushes;
        m_droppedSends = c->droppedSends;
        appendNew(*c, m_rows);
    }
    endResetModel();
}

void OutputHistoryModel::refresh(const QSet<quint64> &ids)
{
    if (!m_id || !ids.contains(m_id))
        return;
    const CaptureStore::Capture *c = current();
    if (!c || c->droppedPushes != m_droppedPushes || c->droppedSends != m_droppedSends) {
        setConnection(m_id); // the rings dropped old marks
        return;
    }
    QVector<Row> added;
    appendNew(*c, added);
    if (added.isEmpty())
        return;
    beginInsertRows({}, m_rows.size(), m_rows.size() + added.size() - 1);
    m_rows += added;
    endInsertRows();
}

void OutputHistoryModel::refreshTexts()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Data), index(m_rows.size() - 1, Data), { Qt::DisplayRole });
}

const CaptureStore::OutMark *OutputHistoryModel::mark(int row, bool *sent) const
{
    const CaptureStore::Capture *c = current();
    if (!c || row < 0 || row >= m_rows.size())
        return nullptr;
    const Row &r = m_rows.at(row);
    if (sent)
        *sent = r.sent;
    const QVector<CaptureStore::OutMark> &marks = r.sent ? c->sends : c->pushes;
    const quint64 dropped = r.sent ? c->droppedSends : c->droppedPushes;
    if (r.number < dropped || r.number - dropped >= quint64(marks.size()))
        return nullptr;
    return &marks.at(int(r.number - dropped));
}

QByteArray OutputHistoryModel::rowBytes(int row) const
{
    const CaptureStore::OutMark *m = mark(row);
    const CaptureStore::Capture *c = current();
    return m && c ? c->outBytes(m->offset, m->end()) : QByteArray();
}

int OutputHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int OutputHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutputHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    bool sent = false;
    const CaptureStore::OutMark *m = mark(index.row(), &sent);
    if (!m)
        return {};
    if (role == RawDataRole)
        return rowBytes(index.row());
    if (role == IsSentRole)
        return sent;
    if (role == Qt::TextAlignmentRole && index.column() != Data && index.column() != Event
        && index.column() != Time)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Number: return QVariant::fromValue<qulonglong>(m_rows.at(index.row()).number + 1);
    case Time: return TimelineModel::timeText(m->timeUs);
    case Event: return sent ? tr("sent (kernel write)") : tr("pushed");
    case Offset: return m->offset;
    case Size: return m->size;
    case Data: {
        const QByteArray bytes = rowBytes(index.row());
        if (bytes.isEmpty())
            return tr("(not captured)");
        return role == Qt::ToolTipRole ? bytesformat::text(bytes.left(4096))
                                       : bytesformat::line(bytes, 120);
    }
    default: return {};
    }
}

QVariant OutputHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("#");
    case Time: return tr("Time");
    case Event: return tr("Event");
    case Offset: return tr("Offset");
    case Size: return tr("Size");
    case Data: return tr("Data");
    default: return {};
    }
}

} // namespace acw
