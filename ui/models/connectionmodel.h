#pragma once

#include "engine/engineevents.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

class QTimer;

namespace acw {

// Every connection the engine reported, server-side and client-side. Fed by
// Engine::connectionsUpdated: a run of adjacent changed rows gets one dataChanged, new rows one
// beginInsertRows per batch. Closed rows stay (greyed) until cleared; past the cap the
// oldest closed rows go, down to 95% of the cap at once (an eviction costs O(rows)).
class ConnectionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Peer,
        Profile,
        State,
        Terminator,
        BytesIn,
        BytesOut,
        Frames,
        Queued,
        Age,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, IdRole, ClosedRole };

    explicit ConnectionModel(QObject *parent = nullptr);

    // --- Feeding ---
    void applyUpdates(const QVector<acw::ConnectionInfo> &changed);
    void clearClosed();
    void setClosedCap(int rows) { m_closedCap = rows; }
    int closedCap() const { return m_closedCap; }

    // --- Lookup ---
    int rowOf(quint64 id) const { return m_rowById.value(id, -1); }
    const ConnectionInfo *info(quint64 id) const;
    const ConnectionInfo &infoAt(int row) const { return m_rows.at(row); }
    int liveCount() const { return m_rows.size() - m_closedCount; }
    int closedCount() const { return m_closedCount; }

    // --- QAbstractItemModel ---
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateName(ConnectionInfo::State state);

signals:
    // Rows left the model (cleared or capped): their captures can go too.
    void connectionsRemoved(const QVector<quint64> &ids);

private:
    void removeSortedRows(const QVector<int> &sortedRows);
    void enforceCap();
    void rebuildIndex();
    qint64 ageUs(const ConnectionInfo &info) const;

    QVector<ConnectionInfo> m_rows;
    QHash<quint64, int> m_rowById;
    int m_closedCount = 0;
    int m_closedCap = 10000;
    QTimer *m_ageTimer = nullptr;
};

} // namespace acw
