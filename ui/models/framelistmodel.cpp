#include "models/framelistmodel.h"

#include "models/bytesformat.h"

namespace acw {

FrameListModel::FrameListModel(const CaptureStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

void FrameListModel::setConnection(quint64 id)
{
    beginResetModel();
    m_id = id;
    const CaptureStore::Capture *c = current();
    m_rows = c ? c->frames.size() : 0;
    m_firstIndex = c && !c->frames.isEmpty() ? c->frames.constFirst().index : 0;
    endResetModel();
}

void FrameListModel::refresh(const QSet<quint64> &ids)
{
    if (!m_id || !ids.contains(m_id))
        return;
    const CaptureStore::Capture *c = current();
    const int now = c ? c->frames.size() : 0;
    const quint64 first = c && !c->frames.isEmpty() ? c->frames.constFirst().index : 0;
    if (m_rows > 0 && (first != m_firstIndex || now < m_rows)) {
        setConnection(m_id); // the ring dropped old frames: renumbered rows
        return;
    }
    m_firstIndex = first;
    if (now > m_rows) {
        beginInsertRows({}, m_rows, now - 1);
        m_rows = now;
        endInsertRows();
    }
}

void FrameListModel::refreshTexts()
{
    if (m_rows > 0)
        emit dataChanged(index(0, Data), index(m_rows - 1, Data), { Qt::DisplayRole });
}

int FrameListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int FrameListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FrameListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CaptureStore::Capture *c = current();
    if (!c || index.row() >= c->frames.size())
        return {};
    const CaptureStore::FrameMark &f = c->frames.at(index.row());
    if (role == RawDataRole)
        return c->frameData(f);
    if (role == Qt::TextAlignmentRole && index.column() <= Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Index:
        // Numbered from 1 wherever a user sees frames; the engine's index is 0-based.
        return QVariant::fromValue<qulonglong>(f.index + 1);
    case Offset: return f.dataStart();
    case Size: return f.size;
    case Terminator: return f.terminator;
    case Data: {
        const QByteArray bytes = c->frameData(f);
        if (bytes.size() < f.size && bytes.isEmpty())
            return tr("(not captured)");
        return role == Qt::ToolTipRole ? bytesformat::text(bytes.left(4096))
                                       : bytesformat::line(bytes, 120);
    }
    default: return {};
    }
}

QVariant FrameListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Index: return tr("#");
    case Offset: return tr("Offset");
    case Size: return tr("Size");
    case Terminator: return tr("Terminator");
    case Data: return tr("Data");
    default: return {};
    }
}

} // namespace acw
