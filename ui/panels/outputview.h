#pragma once

#include "models/textbytemap.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;
class QTimer;

namespace acw {

class OutputHistoryModel;
class OutputQueueModel;
class Workbench;
struct ConnectionInspection;

// The inspector's Output tab: what the connection pushed (each push whole) and what the
// kernel took (each write), kept for open and closed connections; for an open one also the
// push queue as it is now and what the socket still buffers (the snapshots the engine
// pushes to the inspector: Workbench::subscribeInspection).
class OutputView : public QWidget
{
    Q_OBJECT
public:
    explicit OutputView(Workbench *workbench, QWidget *parent = nullptr);

    void setConnection(quint64 id);
    void setInspection(const ConnectionInspection &inspection);
    OutputQueueModel *queue() const { return m_queue; }
    OutputHistoryModel *history() const { return m_history; }
    QString summary() const;
    // The bytes shown below the history: the selected row's, else everything pushed.
    QString detailText() const;
    QPlainTextEdit *detailView() const { return m_detail; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void capturesChanged(const QSet<quint64> &ids);
    void updateSummary();
    void updateDetail();

    Workbench *m_workbench;
    quint64 m_id = 0;
    QString m_live; // the last inspection's sentence, empty once closed
    OutputQueueModel *m_queue;
    OutputHistoryModel *m_history;
    QLabel *m_summary;
    QTableView *m_view;
    QTableView *m_historyView;
    QPlainTextEdit *m_detail;
    QTimer *m_detailTimer;
    QByteArray m_detailBytes; // what the detail shows, and which bytes each character is
    TextByteMap m_detailMap;
};

} // namespace acw
