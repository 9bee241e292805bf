#pragma once

#include "panels/livetableview.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;

namespace acw {

class LabelHost;
class Workbench;

// The live table of every connection: sort, filter, close one, close all, clear closed.
class ConnectionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionsPanel(Workbench *workbench, QWidget *parent = nullptr);

    quint64 currentConnection() const;
    void selectConnection(quint64 id);
    LiveTableView *view() const { return m_view; }

    // --- Actions ---
    void closeCurrent();
    void closeAll();
    void clearClosed();
    void focusFilter();

signals:
    // The notice's "record every connection" link was clicked.
    void recordEveryConnectionRequested();
    void currentConnectionChanged(quint64 id);

private:
    void updateCounts();

    Workbench *m_workbench;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    LiveTableView *m_view;
    QLabel *m_counts;
    QLabel *m_unrecorded; // connections served but not recorded (Workbench::recordingBudget)
    LabelHost *m_unrecordedHost = nullptr; // shown while there are any
    quint64 m_current = 0;
    quint64 m_pendingSelection = 0;
};

} // namespace acw
