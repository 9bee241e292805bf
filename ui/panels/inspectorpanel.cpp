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
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace acw {

InspectorPanel::InspectorPanel(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_header(new QLabel(this))
    , m_tls(new QLabel(this))
    , m_startTls(new QPushButton(tr("START&TLS"), this))
    , m_tabs(new QTabWidget(this))
    , m_input(new InputView(workbench, this))
    , m_terminator(new TerminatorEditor(workbench, this))
    , m_output(new OutputView(workbench, this))
    , m_push(new PushBox(workbench, this))
    , m_conversation(new ConversationView(workbench, this))
    , m_feed(workbench)
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
    m_tls->setObjectName(QStringLiteral("inspectorTls"));
    m_tls->setWordWrap(true);
    m_tls->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_startTls->setObjectName(QStringLiteral("startTlsButton"));
    m_startTls->setToolTip(tr("Upgrade this plain client connection to TLS now: send the "
                              "protocol's own upgrade command first (SMTP: STARTTLS) and wait "
                              "for its answer"));
    connect(m_startTls, &QPushButton::clicked, this, [this] { startTls(); });
    auto *tlsRow = new QHBoxLayout;
    tlsRow->addWidget(m_tls, 1);
    tlsRow->addWidget(m_startTls);
    layout->addWidget(m_header);
    layout->addLayout(tlsRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_push);

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
    connect(workbench->captures(), &CaptureStore::changed, this, [this](const QSet<quint64> &ids) {
        if (m_id && ids.contains(m_id))
            updateTls();
    });
    setConnection(0);
}

InspectorPanel::~InspectorPanel()
{
    if (m_feed && m_subscribed)
        m_feed->unsubscribeInspection(m_subscribed);
}

void InspectorPanel::setConnection(quint64 id)
{
    m_id = id;
    m_startTlsSent = false;
    m_lastSpec.clear();
    m_lastClosed = true;
    m_input->setConnection(id);
    m_output->setConnection(id);
    m_conversation->setConnection(id);
    connectionRowsChanged();
    updateSubscription(true); // the views start over: a fresh snapshot, even of the same one
}

void InspectorPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateSubscription();
}

void InspectorPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateSubscription();
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
    setRelayMode(info->profile == ProfileId::Relay);
    updateTls();
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
    if (m_relay) {
        if (closed != m_lastClosed) {
            m_lastClosed = closed;
            m_push->setConnection(m_id, true, QString());
        }
        return;
    }
    if (info->terminator != m_lastSpec || closed != m_lastClosed) {
        m_lastSpec = info->terminator;
        m_lastClosed = closed;
        m_terminator->setConnection(m_id, info->terminator, closed);
        m_push->setConnection(m_id, closed, info->terminator);
    }
}

void InspectorPanel::setRelayMode(bool relay)
{
    if (relay == m_relay)
        return;
    m_relay = relay;
    // A relayed pair is two sockets and two framers in the engine, reported as frames of
    // both directions: the conversation shows them; intercept is in the Relay dock.
    for (QWidget *tab : { static_cast<QWidget *>(m_input), static_cast<QWidget *>(m_terminator),
             static_cast<QWidget *>(m_output) })
        m_tabs->setTabEnabled(m_tabs->indexOf(tab), !relay);
    if (relay)
        m_tabs->setCurrentWidget(m_conversation);
    m_push->setVisible(!relay);
}

void InspectorPanel::updateTls()
{
    const ConnectionInfo *info = m_workbench->connections()->info(m_id);
    const CaptureStore::Capture *c = m_workbench->captures()->capture(m_id);
    QStringList lines;
    if (c && m_relay) {
        if (!c->relayTls[0].isEmpty())
            lines << tr("TLS with the client: %1").arg(c->relayTls[0]).toHtmlEscaped();
        if (!c->relayTls[1].isEmpty())
            lines << tr("TLS with the server: %1").arg(c->relayTls[1]).toHtmlEscaped();
    } else if (c && !c->tls.isEmpty()) {
        lines << (c->tlsOffset > 0
                      ? tr("TLS (STARTTLS after %n byte(s)): %1", nullptr, int(c->tlsOffset))
                      : tr("TLS: %1"))
                     .arg(c->tls)
                     .toHtmlEscaped();
    }
    if (c && !c->refusedFingerprint.isEmpty())
        lines << QStringLiteral("<span style=\"color:#b00000;\">%1</span>")
                     .arg(tr("Certificate not trusted, connection refused: %1, SHA-256 %2")
                              .arg(c->refusedSubject, c->refusedFingerprint)
                              .toHtmlEscaped());
    m_tls->setText(lines.join(QStringLiteral("<br>")));
    m_tls->setVisible(!lines.isEmpty());
    const ClientConfig *config = m_workbench->clientConfig(m_id);
    const bool canStart = info && config && config->allowStartTls && !config->tls.enabled
                          && info->state == ConnectionInfo::State::Open && (!c || c->tls.isEmpty())
                          && !m_startTlsSent;
    m_startTls->setVisible(config && config->allowStartTls && !config->tls.enabled);
    m_startTls->setEnabled(canStart);
}

bool InspectorPanel::startTls()
{
    const ConnectionInfo *info = m_workbench->connections()->info(m_id);
    const ClientConfig *config = m_workbench->clientConfig(m_id);
    if (!info || !config || !config->allowStartTls || info->state != ConnectionInfo::State::Open)
        return false;
    m_workbench->startTls(m_id);
    m_startTlsSent = true; // once: the engine answers TlsStarted or an error
    updateTls();
    return true;
}

// Only while someone looks: the selected connection while the panel is shown. A new
// subscription is answered at once; the old one's snapshots stop.
void InspectorPanel::updateSubscription(bool renew)
{
    // A relayed pair has no channel to inspect: its frames are in the events.
    const quint64 wanted = isVisible() && !m_relay ? m_id : 0;
    if ((wanted == m_subscribed && !(renew && wanted)) || !m_feed)
        return;
    if (m_subscribed)
        m_feed->unsubscribeInspection(m_subscribed);
    m_subscribed = wanted;
    if (m_subscribed)
        m_feed->subscribeInspection(m_subscribed);
}

void InspectorPanel::inspectionArrived(const ConnectionInspection &inspection)
{
    if (inspection.id != m_id)
        return;
    m_terminator->setInspection(inspection);
    m_output->setInspection(inspection);
}

} // namespace acw
