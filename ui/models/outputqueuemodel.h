#pragma once

#include "engine/engineevents.h"

#include <QAbstractTableModel>

namespace acw {

// The push queue of one connection as the last inspection saw it.
class OutputQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Position, Kind, Size, Description, Preview, ColumnCount };

    explicit OutputQueueModel(QObject *parent = nullptr);

    void setEntries(const QVector<acw::ConnectionInspection::Entry> &entries);
    void clear() { setEntries({}); }
    static QString kindName(int kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<ConnectionInspection::Entry> m_entries;
};

} // namespace acw
