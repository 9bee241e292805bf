#pragma once

#include "models/capturestore.h"

#include <QAbstractTableModel>

namespace acw {

// What one connection pushed (each push a row, as the profile or the user pushed it) and
// what the kernel took (each write a row), in the order they happened. Follows a
// CaptureStore, so it keeps showing them once the connection has closed.
class OutputHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Time, Event, Offset, Size, Data, ColumnCount };
    enum Role { RawDataRole = Qt::UserRole, IsSentRole };

    explicit OutputHistoryModel(const CaptureStore *store, QObject *parent = nullptr);

    void setConnection(quint64 id);
    quint64 connection() const { return m_id; }
    void refresh(const QSet<quint64> &ids);
    void refreshTexts();

    // The mark behind a row (nullptr once the ring dropped it).
    const CaptureStore::OutMark *mark(int row, bool *sent = nullptr) const;
    QByteArray rowBytes(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        bool sent = false;
        quint64 number = 0; // 0-based among the connection's pushes (or writes)
    };
    const CaptureStore::Capture *current() const { return m_store->capture(m_id); }
    void appendNew(const CaptureStore::Capture &c, QVector<Row> &rows);

    const CaptureStore *m_store;
    quint64 m_id = 0;
    QVector<Row> m_rows;
    quint64 m_pushesSeen = 0; // pushes (absolute count) already in m_rows
    quint64 m_sendsSeen = 0;
    quint64 m_droppedPushes = 0;
    quint64 m_droppedSends = 0;
};

} // namespace acw
