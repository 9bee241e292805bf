#include "models/outputqueuemodel.h"

#include "models/bytesformat.h"

namespace acw {

OutputQueueModel::OutputQueueModel(QObject *parent) : QAbstractTableModel(parent) { }

void OutputQueueModel::setEntries(const QVector<ConnectionInspection::Entry> &entries)
{
    // A few entries at most, four times a second: a reset is the honest update.
    if (entries.isEmpty() && m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString OutputQueueModel::kindName(int kind)
{
    // OutputEntry::Kind: Data, Producer, CloseMarker.
    switch (kind) {
    case 0: return tr("data");
    case 1: return tr("producer");
    case 2: return tr("close when done");
    default: return tr("other");
    }
}

int OutputQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_entries.size();
}

int OutputQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutputQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const ConnectionInspection::Entry &e = m_entries.at(index.row());
    switch (index.column()) {
    case Position: return index.row() + 1;
    case Kind: return kindName(e.kind);
    case Size: return e.kind == 2 ? QVariant() : QVariant(bytesformat::size(e.size));
    case Description: return e.description;
    case Preview: return bytesformat::preview(e.preview, 80);
    default: return {};
    }
}

QVariant OutputQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position: return tr("#");
    case Kind: return tr("Kind");
    case Size: return tr("Size");
    case Description: return tr("Description");
    case Preview: return tr("Starts with");
    default: return {};
    }
}

} // namespace acw
