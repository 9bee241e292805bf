#pragma once

#include "engine/engineevents.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QVector>

class QTimer;

namespace acw {

// The servers started from this window, as Engine::serversUpdated reports them. The rows
// are always the engine's last report; a change of the counters only (accepted, live,
// evicted) is announced at once and then at most every CounterIntervalMs, so under a flood
// the views and the status line refresh a few times a second, not with every batch.
class ServerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Profile, State, Addresses, Terminator, Accepted, Live, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole, PortRole, StateRole };

    static constexpr int CounterIntervalMs = 250;
    explicit ServerModel(QObject *parent = nullptr);

    // --- Feeding ---
    void applyUpdates(const QVector<acw::ServerInfo> &servers);
    // A server the window asked for, shown as "starting" until the engine answers.
    void addPending(int id, const ServerConfig &config);
    void removeStopped();

    // --- Lookup ---
    int rowOf(int id) const;
    const ServerInfo &infoAt(int row) const { return m_rows.at(row); }
    const ServerInfo *info(int id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateName(ServerInfo::State state);
    static QString statusText(const ServerInfo &info);

private:
    void announceCounters();

    QVector<ServerInfo> m_rows;
    QTimer *m_counterTimer;
    QSet<int> m_countersPending; // server ids whose counters changed, not yet announced
};

} // namespace acw
