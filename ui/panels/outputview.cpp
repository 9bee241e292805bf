#include "panels/outputview.h"

#include "engine/engineevents.h"
#include "models/bytesformat.h"
#include "models/outputqueuemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace acw {

OutputView::OutputView(QWidget *parent)
    : QWidget(parent)
    , m_queue(new OutputQueueModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_summary->setObjectName(QStringLiteral("outputSummary"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("outputQueueView"));
    m_view->setModel(m_queue);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(OutputQueueModel::Position, 40);
    m_view->setColumnWidth(OutputQueueModel::Kind, 110);
    m_view->setColumnWidth(OutputQueueModel::Size, 80);
    m_view->setColumnWidth(OutputQueueModel::Description, 160);
    m_view->setWordWrap(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    setConnection(0);
}

void OutputView::setConnection(quint64 id)
{
    m_id = id;
    m_queue->clear();
    m_summary->setText(id ? tr("Waiting for the engine…") : tr("No connection selected."));
}

void OutputView::setInspection(const ConnectionInspection &inspection)
{
    if (inspection.id != m_id)
        return;
    if (!inspection.found) {
        m_queue->clear();
        m_summary->setText(tr("The connection is gone; nothing is queued."));
        return;
    }
    qint64 queued = 0;
    bool closing = false;
    for (const ConnectionInspection::Entry &e : inspection.queue) {
        queued += e.size;
        closing = closing || e.kind == 2;
    }
    QString text = tr("Sent: %1. In the socket's buffer: %2. Queued: %3 in %n entries.", nullptr,
                      int(inspection.queue.size()))
                       .arg(bytesformat::size(inspection.bytesOut),
                            bytesformat::size(inspection.socketBytesToWrite),
                            bytesformat::size(queued));
    if (closing)
        text += QLatin1Char(' ') + tr("Closes when the queue is sent.");
    m_summary->setText(text);
    m_queue->setEntries(inspection.queue);
}

QString OutputView::summary() const
{
    return m_summary->text();
}

} // namespace acw
