#pragma once

#include <QTableView>

namespace acw {

// A table view for models that change with the traffic: a change to rows nobody can see
// costs nothing. QAbstractItemView repaints its whole viewport for any change of more than
// one cell; this view lets a change through only when its rows overlap the visible ones
// (rows scrolled into view later are painted from the model as they are then).
class LiveTableView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;

    // Counted for the tests: changes that reached the view, and changes left out.
    quint64 forwardedChanges() const { return m_forwarded; }
    quint64 skippedChanges() const { return m_skipped; }

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
        const QList<int> &roles = QList<int>()) override;

private:
    quint64 m_forwarded = 0;
    quint64 m_skipped = 0;
};

} // namespace acw
