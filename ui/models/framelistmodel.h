#pragma once

#include "models/capturestore.h"

#include <QAbstractTableModel>

namespace acw {

// The frames found on one connection (the inspector's list): index, size, terminator and
// the frame's bytes as captured. Follows a CaptureStore; new frames are one insertion.
class FrameListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Index, Offset, Size, Terminator, Data, ColumnCount };
    enum Role { RawDataRole = Qt::UserRole };

    explicit FrameListModel(const CaptureStore *store, QObject *parent = nullptr);

    void setConnection(quint64 id);
    quint64 connection() const { return m_id; }
    // Called with the ids a CaptureStore batch touched.
    void refresh(const QSet<quint64> &ids);
    // The text encoding changed: the Data column is decoded again.
    void refreshTexts();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const CaptureStore::Capture *current() const { return m_store->capture(m_id); }

    const CaptureStore *m_store;
    quint64 m_id = 0;
    int m_rows = 0; // rows the views know about
    quint64 m_firstIndex = 0; // frame index of row 0, to notice ring drops
};

} // namespace acw
