#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace acw {

class OutputQueueModel;
struct ConnectionInspection;

// The inspector's Output tab: the push queue as it is now, what was sent, what the socket
// still buffers. Fed by the inspector's polling of Engine::requestInspection.
class OutputView : public QWidget
{
    Q_OBJECT
public:
    explicit OutputView(QWidget *parent = nullptr);

    void setConnection(quint64 id);
    void setInspection(const ConnectionInspection &inspection);
    OutputQueueModel *queue() const { return m_queue; }
    QString summary() const;

private:
    quint64 m_id = 0;
    OutputQueueModel *m_queue;
    QLabel *m_summary;
    QTableView *m_view;
};

} // namespace acw
