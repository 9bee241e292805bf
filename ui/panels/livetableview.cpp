#include "panels/livetableview.h"

#include <QHeaderView>

namespace acw {

void LiveTableView::dataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (topLeft.isValid() && bottomRight.isValid() && !topLeft.parent().isValid() && model()
        && isVisible()) {
        const int first = rowAt(0);
        if (first >= 0) {
            int last = rowAt(viewport()->height() - 1);
            if (last < 0)
                last = model()->rowCount() - 1;
            if (bottomRight.row() < first || topLeft.row() > last) {
                ++m_skipped;
                return;
            }
        }
    }
    ++m_forwarded;
    QTableView::dataChanged(topLeft, bottomRight, roles);
}

} // namespace acw
