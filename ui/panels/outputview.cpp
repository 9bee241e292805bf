#include "panels/outputview.h"

#include "engine/engineevents.h"
#include "models/bytesformat.h"
#include "models/capturestore.h"
#include "models/connectionmodel.h"
#include "models/outputhistorymodel.h"
#include "models/outputqueuemodel.h"
#include "panels/bytecopy.h"
#include "workbench.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace acw {

OutputView::OutputView(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_queue(new OutputQueueModel(this))
    , m_history(new OutputHistoryModel(workbench->captures(), this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_historyView(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_detailTimer(new QTimer(this))
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
    m_view->setTabKeyNavigation(false);

    m_historyView->setObjectName(QStringLiteral("outputHistoryView"));
    m_historyView->setModel(m_history);
    m_historyView->verticalHeader()->hide();
    m_historyView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_historyView->verticalHeader()->setDefaultSectionSize(
        m_historyView->fontMetrics().height() + 6);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setWordWrap(false);
    m_historyView->setTabKeyNavigation(false);
    m_historyView->setColumnWidth(OutputHistoryModel::Number, 45);
    m_historyView->setColumnWidth(OutputHistoryModel::Time, 120);
    m_historyView->setColumnWidth(OutputHistoryModel::Event, 130);
    m_historyView->setColumnWidth(OutputHistoryModel::Offset, 60);
    m_historyView->setColumnWidth(OutputHistoryModel::Size, 60);

    m_detail->setObjectName(QStringLiteral("outputDetail"));
    m_detail->setReadOnly(true);
    m_detail->setTabChangesFocus(true);
    bytecopy::install(m_detail, &m_detailMap,
        [this](int, qint64 from, qint64 to) { return m_detailBytes.mid(from, to - from); });

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_historyView);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(workbench->captures(), &CaptureStore::changed, this, &OutputView::capturesChanged);
    connect(workbench, &Workbench::encodingChanged, this, [this] {
        m_history->refreshTexts();
        updateDetail();
    });
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &OutputView::updateDetail);
    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(250);
    connect(m_detailTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            updateDetail();
    });
    setConnection(0);
}

void OutputView::setConnection(quint64 id)
{
    m_id = id;
    m_live.clear();
    m_queue->clear();
    m_history->setConnection(id);
    updateSummary();
    updateDetail();
}

void OutputView::capturesChanged(const QSet<quint64> &ids)
{
    if (!m_id || !ids.contains(m_id))
        return;
    m_history->refresh(ids);
    updateSummary();
    // The whole output below the table follows at most four times a second.
    if (!m_historyView->selectionModel()->currentIndex().isValid() && !m_detailTimer->isActive())
        m_detailTimer->start();
}

void OutputView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateDetail();
}

void OutputView::setInspection(const ConnectionInspection &inspection)
{
    if (inspection.id != m_id)
        return;
    if (!inspection.found) {
        m_queue->clear();
        m_live.clear();
        updateSummary();
        return;
    }
    qint64 queued = 0;
    bool closing = false;
    for (const ConnectionInspection::Entry &e : inspection.queue) {
        queued += e.size;
        closing = closing || e.kind == 2;
    }
    m_live = tr("Sent: %1. In the socket's buffer: %2. Queued: %3 in %n entries.", nullptr,
        int(inspection.queue.size()))
                 .arg(bytesformat::size(inspection.bytesOut),
                     bytesformat::size(inspection.socketBytesToWrite), bytesformat::size(queued));
    if (closing)
        m_live += QLatin1Char(' ') + tr("Closes when the queue is sent.");
    m_queue->setEntries(inspection.queue);
    updateSummary();
}

void OutputView::updateSummary()
{
    if (!m_id) {
        m_view->setVisible(false);
        m_summary->setText(tr("No connection selected."));
        return;
    }
    const CaptureStore::Capture *c = m_workbench->captures()->capture(m_id);
    const ConnectionInfo *info = m_workbench->connections()->info(m_id);
    const bool closed = (c && c->closed) || (info && info->state == ConnectionInfo::State::Closed);
    m_view->setVisible(!closed);
    QStringList parts;
    if (closed) {
        parts << tr("Closed; its output is kept below.");
        m_queue->clear();
    } else if (!m_live.isEmpty()) {
        parts << m_live;
    } else if (!c) {
        parts << tr("Waiting for the engine…");
    }
    if (c) {
        const int pushes = int(c->droppedPushes) + c->pushes.size();
        const int writes = int(c->droppedSends) + c->sends.size();
        parts
            << tr("Pushed %1 in %n push(es);", nullptr, pushes).arg(bytesformat::size(c->pushedEnd))
                   + QLatin1Char(' ')
                   + tr("the kernel took %1 in %n write(s).", nullptr, writes)
                         .arg(bytesformat::size(c->sentEnd));
        if (closed && c->pushedEnd > c->sentEnd)
            parts << tr("%1 pushed but never sent.")
                         .arg(bytesformat::size(c->pushedEnd - c->sentEnd));
        if (c->outLost || c->outBase > 0)
            parts << tr("Only the last %1 of the output were kept (capture limit).")
                         .arg(bytesformat::size(c->outData.size()));
    }
    m_summary->setText(parts.join(QLatin1Char(' ')));
}

void OutputView::updateDetail()
{
    const QModelIndex current = m_historyView->selectionModel()->currentIndex();
    QByteArray bytes;
    if (current.isValid()) {
        bytes = m_history->rowBytes(current.row());
    } else if (const CaptureStore::Capture *c = m_workbench->captures()->capture(m_id)) {
        // Everything pushed, up to the newest 64 KiB (the rows hold the rest).
        bytes = c->outData.right(64 * 1024);
    }
    m_detailMap.clear();
    const QString text = m_detailMap.text(bytes, 0);
    if (bytes != m_detailBytes || m_detail->toPlainText() != text) {
        m_detailBytes = bytes;
        m_detail->setPlainText(text);
    }
    m_detailMap.align(m_detail->toPlainText());
}

QString OutputView::summary() const
{
    return m_summary->text();
}

QString OutputView::detailText() const
{
    return m_detail->toPlainText();
}

} // namespace acw
