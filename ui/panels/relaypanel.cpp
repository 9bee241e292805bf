#include "panels/relaypanel.h"

#include "messages.h"

#include "engine/relayhub.h" // decodeHeldFrames: the RelayHeld payload
#include "panels/filefield.h"
#include "panels/terminatorfield.h"
#include "workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace acw {

namespace {
// "host:port" or "[v6]:port"; false if malformed.
bool splitTarget(const QString &text, QString *host, quint16 *port, bool allowZero)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    *host = text.left(colon);
    if (host->startsWith(QLatin1Char('[')) && host->endsWith(QLatin1Char(']')))
        *host = host->mid(1, host->size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || (p == 0 && !allowZero) || host->isEmpty())
        return false;
    *port = quint16(p);
    return true;
}
} // namespace

RelayPanel::RelayPanel(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_listen(new QLineEdit(QStringLiteral("127.0.0.1:7000"), this))
    , m_upstream(new QLineEdit(QStringLiteral("127.0.0.1:6379"), this))
    , m_up(new TerminatorField(this))
    , m_down(new TerminatorField(this))
    , m_tls(new QCheckBox(tr("TLS to the server"), this))
    , m_ca(new FileField(
          tr("CA file (PEM), besides the system's"), tr("CA certificate (PEM)"), this))
    , m_fingerprint(new QLineEdit(this))
    , m_cert(new FileField(
          tr("certificate (PEM): clients talk TLS"), tr("TLS certificate (PEM)"), this))
    , m_key(new FileField(tr("private key (PEM)"), tr("TLS private key (PEM)"), this))
    , m_start(new QPushButton(tr("Start relay"), this))
    , m_status(new QLabel(this))
    , m_pair(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_hold(new QCheckBox(tr("Hold"), this))
    , m_queue(new QListWidget(this))
    , m_forward(new QPushButton(tr("Forward"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_drop(new QPushButton(tr("Drop"), this))
    , m_injectText(new QLineEdit(this))
    , m_inject(new QPushButton(tr("Inject"), this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("relayPanel"));
    m_listen->setObjectName(QStringLiteral("relayListen"));
    m_upstream->setObjectName(QStringLiteral("relayUpstream"));
    m_up->setObjectName(QStringLiteral("relayClientTerminator"));
    m_down->setObjectName(QStringLiteral("relayServerTerminator"));
    m_start->setObjectName(QStringLiteral("relayStart"));
    m_status->setObjectName(QStringLiteral("relayStatus"));
    m_status->setWordWrap(true); // "Relaying A -> B" must not widen the dock
    m_hold->setObjectName(QStringLiteral("relayHold"));
    m_queue->setObjectName(QStringLiteral("relayQueue"));
    m_injectText->setObjectName(QStringLiteral("relayInjectText"));
    m_pair->setObjectName(QStringLiteral("relayPair"));
    m_direction->setObjectName(QStringLiteral("relayDirection"));
    m_up->setSpec(QStringLiteral("\\r\\n"));
    m_down->setSpec(QStringLiteral("\\r\\n"));
    m_fingerprint->setPlaceholderText(tr("accept this SHA-256 fingerprint"));
    m_tls->setObjectName(QStringLiteral("relayUpstreamTls"));
    m_ca->setObjectName(QStringLiteral("relayCa"));
    m_fingerprint->setObjectName(QStringLiteral("relayFingerprint"));
    m_cert->setObjectName(QStringLiteral("relayTlsCert"));
    m_key->setObjectName(QStringLiteral("relayTlsKey"));
    m_injectText->setPlaceholderText(tr("bytes to inject (escapes: \\r\\n, \\xHH)"));
    m_direction->addItem(tr("client → server"), 0);
    m_direction->addItem(tr("server → client"), 1);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setPlaceholderText(tr("Frames of both directions: > client to server, < back"));

    auto *form = new QFormLayout;
    // In a narrow dock the fields go under their labels rather than widen the window.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Listen on:"), m_listen);
    form->addRow(tr("Server:"), m_upstream);
    form->addRow(tr("Client → server frames end in:"), m_up);
    form->addRow(tr("Server → client frames end in:"), m_down);
    form->addRow(QString(), m_tls);
    form->addRow(tr("CA:"), m_ca);
    form->addRow(tr("Fingerprint:"), m_fingerprint);
    form->addRow(tr("Listen TLS:"), m_cert);
    form->addRow(QString(), m_key);
    form->addRow(QString(), m_start);
    form->addRow(QString(), m_status);

    auto *pick = new QHBoxLayout;
    pick->addWidget(m_direction, 1);
    pick->addWidget(m_hold);
    m_pair->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pair->setMinimumContentsLength(16);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_forward);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_drop);
    auto *inject = new QHBoxLayout;
    inject->addWidget(m_injectText, 1);
    inject->addWidget(m_inject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Intercept:"), this));
    layout->addWidget(m_pair);
    layout->addLayout(pick);
    layout->addWidget(m_queue);
    layout->addLayout(buttons);
    layout->addLayout(inject);
    layout->addWidget(m_log);

    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_relayId)
            stopRelay();
        else
            startRelay();
    });
    connect(m_workbench, &Workbench::eventsReady, this, &RelayPanel::applyEvents);
    connect(m_pair, &QComboBox::currentIndexChanged, this, [this] { refreshQueue(); });
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] { refreshQueue(); });
    connect(m_hold, &QCheckBox::clicked, this, [this](bool on) {
        if (const quint64 pair = currentPair())
            m_workbench->relayHold(pair, currentDirection(), on);
    });
    connect(m_forward, &QPushButton::clicked, this, [this] {
        if (const quint64 id = currentHeldId())
            m_workbench->relayForward(currentPair(), currentDirection(), id);
    });
    connect(m_drop, &QPushButton::clicked, this, [this] {
        if (const quint64 id = currentHeldId())
            m_workbench->relayDrop(currentPair(), currentDirection(), id);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const quint64 id = currentHeldId();
        if (!id)
            return;
        QByteArray bytes;
        for (const HeldFrame &f : m_pairs.value(currentPair()).queue[currentDirection()])
            if (f.id == id)
                bytes = f.bytes;
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Edit frame"),
            tr("Bytes sent instead (escapes: \\r\\n, \\xHH):"), QLineEdit::Normal,
            Terminator::escape(bytes), &ok);
        if (!ok)
            return;
        bool valid = false;
        const QByteArray edited = Terminator::unescape(text, &valid);
        if (!valid) {
            emit message(tr("Not edited: bad escape in %1").arg(text));
            return;
        }
        m_workbench->relayEdit(currentPair(), currentDirection(), id, edited);
    });
    const auto injectNow = [this] {
        bool valid = false;
        const QByteArray bytes = Terminator::unescape(m_injectText->text(), &valid);
        if (!valid || bytes.isEmpty() || !currentPair()) {
            emit message(tr("Nothing injected: choose a pair and type bytes (escapes allowed)"));
            return;
        }
        m_workbench->relayInject(currentPair(), currentDirection(), bytes);
        m_injectText->clear();
    };
    connect(m_inject, &QPushButton::clicked, this, injectNow);
    connect(m_injectText, &QLineEdit::returnPressed, this, injectNow);
    refreshPairs();
}

int RelayPanel::startRelay()
{
    RelayConfig config;
    QString host;
    quint16 port = 0;
    if (!splitTarget(m_listen->text().trimmed(), &host, &port, true)
        || QHostAddress(host).isNull()) {
        m_status->setText(tr("Listen on: expected IP:PORT, e.g. 127.0.0.1:7000"));
        return 0;
    }
    config.listenAddress = QHostAddress(host);
    config.listenPort = port;
    if (!splitTarget(
            m_upstream->text().trimmed(), &config.upstreamHost, &config.upstreamPort, false)) {
        m_status->setText(tr("Server: expected HOST:PORT, e.g. 127.0.0.1:6379"));
        return 0;
    }
    if (!m_up->isValid() || !m_down->isValid()) {
        m_status->setText(tr("Fix the terminators first"));
        return 0;
    }
    config.clientTerminator = m_up->terminator();
    config.serverTerminator = m_down->terminator();
    config.upstreamTls.enabled = m_tls->isChecked();
    config.upstreamTls.caFile = m_ca->path();
    config.upstreamTls.acceptFingerprint = m_fingerprint->text().trimmed();
    config.listenTls.certFile = m_cert->path();
    config.listenTls.keyFile = m_key->path();
    if (config.listenTls.certFile.isEmpty() != config.listenTls.keyFile.isEmpty()) {
        m_status->setText(tr("Listen TLS needs both a certificate and its key"));
        return 0;
    }
    m_relayId = m_workbench->startRelay(config);
    m_start->setText(tr("Stop relay"));
    m_status->setText(tr("Starting…"));
    return m_relayId;
}

void RelayPanel::stopRelay()
{
    if (m_relayId)
        m_workbench->stopServer(m_relayId);
    m_relayId = 0;
    m_start->setText(tr("Start relay"));
    m_status->setText(tr("Stopped"));
    m_pairs.clear();
    refreshPairs();
    refreshQueue();
}

void RelayPanel::log(const QString &line)
{
    m_log->appendPlainText(line);
}

void RelayPanel::applyEvents(const QVector<EngineEvent> &events)
{
    bool pairsChanged = false;
    bool queueChanged = false;
    for (const EngineEvent &e : events) {
        if (m_relayId == 0 || e.server != m_relayId)
            continue; // another server's, or a relay stopped since
        switch (e.type) {
        case EngineEvent::Type::ServerStarted:
            m_status->setText(
                tr("Relaying %1 -> %2").arg(e.addresses.join(QLatin1String(", ")), e.text));
            break;
        case EngineEvent::Type::ServerError:
            m_status->setText(tr("Cannot start: %1").arg(messages::serverFault(e.serverFault)));
            m_relayId = 0;
            m_start->setText(tr("Start relay"));
            break;
        case EngineEvent::Type::ConnectionOpened:
            m_pairs[e.connection].peer = e.text;
            pairsChanged = true;
            log(tr("#%1 %2 opened").arg(e.connection).arg(e.text));
            break;
        case EngineEvent::Type::ConnectionClosed:
            m_pairs[e.connection].open = false;
            pairsChanged = true;
            log(e.fault.isNone()
                    ? tr("#%1 closed").arg(e.connection)
                    : tr("#%1 closed (%2)").arg(e.connection).arg(messages::fault(e.fault)));
            break;
        case EngineEvent::Type::RelayFrame: {
            QString text = Terminator::escape(e.data.left(200));
            if (e.size > 200)
                text += tr(" … (%1 bytes)").arg(e.size);
            if (e.offset)
                text += tr(" [held]");
            log(QStringLiteral("%1 #%2 %3")
                    .arg(e.code == 0 ? QLatin1Char('>') : QLatin1Char('<'))
                    .arg(e.connection)
                    .arg(text));
            break;
        }
        case EngineEvent::Type::RelayHeld: {
            PairState &p = m_pairs[e.connection];
            p.held[e.code & 1] = e.index != 0;
            p.queue[e.code & 1] = decodeHeldFrames(e.data);
            queueChanged = true;
            break;
        }
        case EngineEvent::Type::RelayNote:
            log(QStringLiteral("#%1 %2")
                    .arg(e.connection)
                    .arg(messages::relayStep(e.index, e.code, e.size, e.text, e.fault)));
            break;
        case EngineEvent::Type::TlsStarted:
            log(tr("#%1 TLS (%2): %3")
                    .arg(e.connection)
                    .arg(e.code == 0 ? tr("client side") : tr("server side"), e.text));
            break;
        default: break;
        }
    }
    if (pairsChanged)
        refreshPairs();
    if (queueChanged || pairsChanged)
        refreshQueue();
}

void RelayPanel::refreshPairs()
{
    const quint64 current = currentPair();
    m_pair->blockSignals(true);
    m_pair->clear();
    for (auto it = m_pairs.begin(); it != m_pairs.end();) {
        if (!it->open) {
            it = m_pairs.erase(it);
            continue;
        }
        m_pair->addItem(QStringLiteral("#%1 %2").arg(it.key()).arg(it->peer), it.key());
        ++it;
    }
    const int index = m_pair->findData(current);
    m_pair->setCurrentIndex(index >= 0 ? index : m_pair->count() - 1);
    m_pair->blockSignals(false);
}

void RelayPanel::refreshQueue()
{
    const quint64 pair = currentPair();
    const int direction = currentDirection();
    const PairState state = m_pairs.value(pair);
    m_hold->setEnabled(pair != 0);
    m_hold->setChecked(pair && state.held[direction]);
    const quint64 selected = currentHeldId();
    m_queue->clear();
    for (const HeldFrame &f : state.queue[direction]) {
        QString text = Terminator::escape(f.bytes.left(200));
        if (f.edited)
            text += tr(" (edited)");
        if (f.injected)
            text += tr(" (injected)");
        auto *item = new QListWidgetItem(text, m_queue);
        item->setData(Qt::UserRole, f.id);
        if (f.id == selected)
            m_queue->setCurrentItem(item);
    }
    if (!m_queue->currentItem() && m_queue->count() > 0)
        m_queue->setCurrentRow(0);
    const bool any = m_queue->count() > 0;
    m_forward->setEnabled(any);
    m_edit->setEnabled(any);
    m_drop->setEnabled(any);
    m_inject->setEnabled(pair != 0);
}

void RelayPanel::selectPair(quint64 connection)
{
    const int index = m_pair->findData(connection);
    if (index >= 0 && index != m_pair->currentIndex())
        m_pair->setCurrentIndex(index);
}

quint64 RelayPanel::currentPair() const
{
    return m_pair->currentData().toULongLong();
}

int RelayPanel::currentDirection() const
{
    return m_direction->currentData().toInt() & 1;
}

quint64 RelayPanel::currentHeldId() const
{
    const QListWidgetItem *item = m_queue->currentItem();
    return item ? item->data(Qt::UserRole).toULongLong() : 0;
}

} // namespace acw
