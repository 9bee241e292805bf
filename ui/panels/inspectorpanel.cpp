#include "panels/inspectorpanel.h"

#include "messages.h"

#include "channel/channelobserver.h"
#include "models/capturestore.h"
#include "models/connectionmodel.h"
#include "panels/conversationview.h"
#include "panels/inputview.h"
#include "panels/outputview.h"
#include "panels/pushbox.h"
#include "panels/terminatoreditor.h"
#include "workbench.h"

#include <QDateTime>
#include <QLabel>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace acw {

InspectorPanel::InspectorPanel(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_input(new InputView(workbench, this))
    , m_terminator(new TerminatorEditor(workbench, this))
    , m_output(new OutputView(workbench, this))
    , m_push(new PushBox(workbench, this))
    , m_conversation(new ConversationView(workbench, this))
    , m_poll(new QTimer(this))
{
    m_header->setObjectName(QStringLiteral("inspectorHeader"));
    m_header->setTextFormat(Qt::RichText);
    // A long peer or close reason (a reopened capture's file name) wraps: it must not widen
    // the window past 1024 pixels.
    m_header->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->addTab(m_input, tr("&Input"));
    m_tabs->addTab(m_terminator, tr("&Terminator"));
    m_tabs->addTab(m_output, tr("&Output"));
    m_tabs->addTab(m_conversation, tr("Con&versation"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_push);

    m_poll->setInterval(250);
    connect(m_poll, &QTimer::timeout, this, &InspectorPanel::poll);
    m_poll->start();
    connect(workbench, &Workbench::inspectionReady, this, &InspectorPanel::inspectionArrived);
    ConnectionModel *model = workbench->connections();
    connect(model, &ConnectionModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            const int row = m_workbench->connections()->rowOf(m_id);
            if (row >= topLeft.row() && row <= bottomRight.row())
                connectionRowsChanged();
        });
    connect(model, &ConnectionModel::rowsInserted, this, &InspectorPanel::connectionRowsChanged);
    connect(model, &ConnectionModel::rowsRemoved, this, &InspectorPanel::connectionRowsChanged);
    setConnection(0);
}

void InspectorPanel::setConnection(quint64 id)
{
    m_id = id;
    m_lastSpec.clear();
    m_lastClosed = true;
    m_input->setConnection(id);
    m_output->setConnection(id);
    m_conversation->setConnection(id);
    connectionRowsChanged();
    poll();
}

void InspectorPanel::connectionRowsChanged()
{
    const ConnectionInfo *info = m_workbench->connections()->info(m_id);
    if (!info) {
        m_header->setText(
            m_id ? tr("Connection #%1: no details (not reported yet, or cleared).").arg(m_id)
                 : tr("Select a connection in the table to inspect it."));
        m_terminator->setConnection(m_id, QString(), true);
        m_push->setConnection(m_id, true, QString());
        return;
    }
    const bool closed = info->state == ConnectionInfo::State::Closed;
    const QString sep = QStringLiteral(" — ");
    QString terminator = QStringLiteral("<code>%1</code>").arg(info->terminator.toHtmlEscaped());
    if (info->countLeft >= 0)
        terminator += QLatin1Char(' ')
                      + tr("(%n byte(s) to go)", nullptr, int(info->countLeft)).toHtmlEscaped();
    if (info->rearm)
        terminator += QLatin1Char(' ') + tr("(re-armed after every frame)").toHtmlEscaped();
    const CaptureStore::Capture *capture = m_workbench->captures()->capture(m_id);
    if (capture && capture->terminatorCause == int(TerminatorCause::CountReached)
        && info->terminator == capture->terminator)
        terminator += QLatin1Char(' ')
                      + tr("(%1 reached at frame %2: asynchat does not re-arm a count)")
                            .arg(capture->terminatorBefore)
                            .arg(capture->framesAtChange)
                            .toHtmlEscaped();
    QString header
        = tr("<b>#%1</b> %2 — %3 — %4 — terminator %5")
              .arg(info->id)
              .arg(info->peer.toHtmlEscaped(), messages::profileName(info->profile).toHtmlEscaped(),
                  ConnectionModel::stateName(info->state), terminator);
    if (closed && !info->closeFault.isNone())
        header += sep + messages::closeReason(info->closeFault).toHtmlEscaped();
    const QString file = m_workbench->captureFile(m_id);
    if (!file.isEmpty())
        header += sep + tr("capture reopened from %1").arg(file).toHtmlEscaped();
    if (!closed && info->idleTimeoutMs > 0 && info->lastReadUs > 0) {
        // The idle deadline, announced before it fires (the header refreshes with the row).
        const qint64 leftMs
            = info->idleTimeoutMs - (QDateTime::currentMSecsSinceEpoch() - info->lastReadUs / 1000);
        if (leftMs <= std::min(info->idleTimeoutMs / 2, 30000))
            header += sep
                      + QStringLiteral("<span style=\"color:#b00000;\">%1</span>")
                            .arg(tr("idle: closes in %n s unless a byte arrives", nullptr,
                                int(std::max<qint64>(0, (leftMs + 999) / 1000)))
                                     .toHtmlEscaped());
    }
    m_header->setText(header);
    if (info->terminator != m_lastSpec || closed != m_lastClosed) {
        m_lastSpec = info->terminator;
        m_lastClosed = closed;
        m_terminator->setConnection(m_id, info->terminator, closed);
        m_push->setConnection(m_id, closed, info->terminator);
    }
}

void InspectorPanel::poll()
{
    // Only while someone looks at a connection that can still change.
    if (!m_id || !isVisible())
        return;
    const ConnectionInfo *info = m_workbench->connections()->info(m_id);
    if (info && info->state == ConnectionInfo::State::Closed)
        return;
    m_workbench->engine()->requestInspection(m_id);
}

void InspectorPanel::inspectionArrived(const ConnectionInspection &inspection)
{
    if (inspection.id != m_id)
        return;
    m_terminator->setInspection(inspection);
    m_output->setInspection(inspection);
}

} // namespace acw
