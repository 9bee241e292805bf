#pragma once

#include "engine/engineevents.h"

#include <QAbstractTableModel>
#include <QVector>

namespace acw {

// The servers started from this window, as Engine::serversUpdated reports them.
class ServerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Profile, State, Addresses, Terminator, Accepted, Live, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole, PortRole, StateRole };

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
    QVector<ServerInfo> m_rows;
};

} // namespace acw
