#include "panels/serverpanel.h"

#include "messages.h"

#include "models/servermodel.h"
#include "panels/filefield.h"
#include "panels/labelhost.h"
#include "panels/terminatorfield.h"
#include "settings.h"
#include "workbench.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <climits>

namespace acw {

ServerPanel::ServerPanel(Workbench *workbench, Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_settings(settings)
    , m_profile(new QComboBox(this))
    , m_address(new QComboBox(this))
    , m_addressWarning(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_terminator(new TerminatorField(this))
    , m_maxFrame(new QSpinBox(this))
    , m_maxConnections(new QSpinBox(this))
    , m_idleTimeout(new QSpinBox(this))
    , m_headerTimeout(new QSpinBox(this))
    , m_tlsCert(new FileField(tr("none: plain TCP"), tr("TLS certificate (PEM)"), this))
    , m_tlsKey(new FileField(tr("its private key (PEM)"), tr("TLS private key (PEM)"), this))
    , m_startButton(new QPushButton(tr("&Start"), this))
    , m_stopButton(new QPushButton(tr("S&top"), this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    buildForm();
    m_view->setModel(workbench->servers());
    m_view->setObjectName(QStringLiteral("serversView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnHidden(ServerModel::Id, true);
    m_view->setColumnHidden(ServerModel::Terminator, true);
    m_view->setColumnHidden(ServerModel::Accepted, true);
    m_view->setWordWrap(false);
    // A handful of rows: measuring them is cheap and keeps every column readable.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setMinimumHeight(80);
    m_view->setMaximumHeight(150);

    connect(m_startButton, &QPushButton::clicked, this, [this] { start(); });
    connect(m_stopButton, &QPushButton::clicked, this, &ServerPanel::stopSelected);
    ServerModel *model = workbench->servers();
    connect(model, &ServerModel::dataChanged, this, &ServerPanel::updateStatus);
    connect(model, &ServerModel::rowsInserted, this, [this] {
        m_view->selectRow(m_workbench->servers()->rowCount() - 1);
        updateStatus();
    });
    updateStatus();
}

void ServerPanel::buildForm()
{
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    // Item data: the ProfileId (as an int); the text, a translated description.
    m_profile->addItem(tr("greeting (HTTP, /NAME)"), int(ProfileId::Greeting));
    m_profile->addItem(tr("echo"), int(ProfileId::Echo));
    m_profile->addItem(tr("chat"), int(ProfileId::Chat));
    m_profile->addItem(tr("manual (silent: you answer by hand)"), int(ProfileId::Manual));
    m_address->setObjectName(QStringLiteral("addressCombo"));
    m_address->setEditable(true);
    m_address->addItem(QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1"));
    m_address->addItem(tr("localhost (127.0.0.1 and ::1)"), QStringLiteral("localhost"));
    m_address->addItem(QStringLiteral("::1"), QStringLiteral("::1"));
    m_address->addItem(tr("all interfaces"), QStringLiteral("any"));
    m_addressWarning->setText(tr("Warning: every machine that can reach this one can connect."));
    m_addressWarning->setStyleSheet(QStringLiteral("color: #b05000; font-weight: bold;"));
    m_addressWarning->setWordWrap(true);
    m_addressWarning->hide();
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_terminator->setObjectName(QStringLiteral("serverTerminator"));
    m_terminator->setAllowEmpty(true, tr("the profile's default"));
    m_maxFrame->setRange(0, 1024 * 1024 * 1024);
    m_maxFrame->setSpecialValueText(tr("the profile's default"));
    m_maxFrame->setSuffix(tr(" bytes"));
    m_maxFrame->setObjectName(QStringLiteral("maxFrameSpin"));
    m_maxConnections->setObjectName(QStringLiteral("maxConnectionsSpin"));
    m_maxConnections->setRange(0, 1000000);
    m_maxConnections->setSpecialValueText(tr("no cap"));
    m_maxConnections->setValue(1024);
    m_maxConnections->setToolTip(tr("At the cap, the oldest connection still waiting for its "
                                    "request is closed to make room."));
    // A student typing by hand must not be cut off: no idle timeout unless asked for.
    m_idleTimeout->setObjectName(QStringLiteral("idleTimeoutSpin"));
    m_idleTimeout->setRange(0, 24 * 3600);
    m_idleTimeout->setSpecialValueText(tr("off"));
    m_idleTimeout->setSuffix(tr(" s"));
    m_idleTimeout->setValue(0);
    m_idleTimeout->setToolTip(tr("Close a connection after this long without a byte from the "
                                 "peer. The inspector warns before it fires."));
    m_headerTimeout->setObjectName(QStringLiteral("headerTimeoutSpin"));
    m_headerTimeout->setRange(0, 3600);
    m_headerTimeout->setSpecialValueText(tr("off"));
    m_headerTimeout->setSuffix(tr(" s"));
    m_headerTimeout->setValue(10);
    m_headerTimeout->setToolTip(tr("greeting: the whole request head must arrive within this "
                                   "time (slow clients get 408)."));
    m_tlsCert->setObjectName(QStringLiteral("serverTlsCert"));
    m_tlsKey->setObjectName(QStringLiteral("serverTlsKey"));
    m_tlsCert->setToolTip(tr("A certificate and its key (PEM files) make this a TLS server. "
                             "A test pair: openssl req -x509 -newkey rsa:2048 -nodes -subj "
                             "/CN=localhost -keyout key.pem -out cert.pem"));
    m_tlsKey->setToolTip(m_tlsCert->toolTip());
    m_startButton->setObjectName(QStringLiteral("startServerButton"));
    m_stopButton->setObjectName(QStringLiteral("stopServerButton"));
    m_status->setObjectName(QStringLiteral("serverStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Profile:"), m_profile);
    form->addRow(tr("Address:"), m_address);
    form->addRow(QString(), m_addressWarning);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Terminator:"), m_terminator);
    form->addRow(tr("Max frame:"), m_maxFrame);
    form->addRow(tr("Max connections:"), m_maxConnections);
    form->addRow(tr("Idle timeout:"), m_idleTimeout);
    form->addRow(tr("Header timeout:"), m_headerTimeout);
    form->addRow(tr("TLS certificate:"), m_tlsCert);
    form->addRow(tr("TLS key:"), m_tlsKey);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_stopButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(new LabelHost(m_status, this)); // changes with the traffic
    layout->addWidget(m_view, 1);

    const int profileIndex = m_profile->findData(int(m_settings->profile()));
    m_profile->setCurrentIndex(profileIndex < 0 ? 0 : profileIndex);
    const int addressIndex = m_address->findData(m_settings->bindAddress());
    if (addressIndex >= 0)
        m_address->setCurrentIndex(addressIndex);
    else
        m_address->setEditText(m_settings->bindAddress());
    profileChanged();
    addressChanged();
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ServerPanel::profileChanged);
    connect(m_address, &QComboBox::currentTextChanged, this, &ServerPanel::addressChanged);
    connect(m_terminator, &TerminatorField::changed, this,
        [this] { m_startButton->setEnabled(isFormValid()); });
}

void ServerPanel::profileChanged()
{
    const auto profile = ProfileId(m_profile->currentData().toInt());
    m_port->setValue(m_settings->port(profile));
    m_terminator->setSpec(m_settings->terminator(profile));
}

void ServerPanel::addressChanged()
{
    const bool any = config().bindAddress == QLatin1String("any");
    m_addressWarning->setVisible(any);
}

ServerConfig ServerPanel::config() const
{
    ServerConfig c;
    c.profile = ProfileId(m_profile->currentData().toInt());
    const int index = m_address->findText(m_address->currentText());
    c.bindAddress
        = index >= 0 ? m_address->itemData(index).toString() : m_address->currentText().trimmed();
    c.port = quint16(m_port->value());
    c.hasTerminator = !m_terminator->isEmpty() && m_terminator->isValid();
    if (c.hasTerminator)
        c.terminator = m_terminator->terminator();
    if (m_maxFrame->value() != 0)
        c.maxFrame = m_maxFrame->value(); // else the profile's default
    c.maxConnections = m_maxConnections->value();
    c.idleTimeoutMs = m_idleTimeout->value() * 1000;
    c.headerTimeoutMs = m_headerTimeout->value() * 1000;
    c.tls.certFile = m_tlsCert->path();
    c.tls.keyFile = m_tlsKey->path();
    return c;
}

void ServerPanel::setConfig(const ServerConfig &config)
{
    const int profileIndex = m_profile->findData(int(config.profile));
    if (profileIndex >= 0)
        m_profile->setCurrentIndex(profileIndex);
    const int addressIndex = m_address->findData(config.bindAddress);
    if (addressIndex >= 0)
        m_address->setCurrentIndex(addressIndex);
    else
        m_address->setEditText(config.bindAddress);
    m_port->setValue(config.port);
    m_terminator->setSpec(config.hasTerminator ? config.terminator.toSpec() : QString());
    const qint64 maxFrame = config.maxFrameOr(0); // 0: the profile's default (or unlimited)
    m_maxFrame->setValue(maxFrame > 0 ? int(std::min<qint64>(maxFrame, m_maxFrame->maximum())) : 0);
    m_maxConnections->setValue(config.maxConnections);
    m_idleTimeout->setValue(config.idleTimeoutMs / 1000);
    m_headerTimeout->setValue(config.headerTimeoutMs / 1000);
    m_tlsCert->setPath(config.tls.certFile);
    m_tlsKey->setPath(config.tls.keyFile);
}

bool ServerPanel::isFormValid() const
{
    // TLS needs both files (the engine reads and checks them when the server starts).
    const bool tlsComplete = m_tlsCert->path().isEmpty() == m_tlsKey->path().isEmpty();
    return m_terminator->isValid() && !config().bindAddress.isEmpty() && tlsComplete;
}

void ServerPanel::saveForm()
{
    const ServerConfig c = config();
    m_settings->setProfile(c.profile);
    m_settings->setBindAddress(c.bindAddress);
    m_settings->setPort(c.profile, c.port);
    m_settings->setTerminator(c.profile, m_terminator->spec());
}

int ServerPanel::start()
{
    if (!isFormValid()) {
        m_status->setText(m_tlsCert->path().isEmpty() != m_tlsKey->path().isEmpty()
                              ? tr("TLS needs both a certificate and its key.")
                              : tr("Fix the terminator first."));
        return -1;
    }
    saveForm();
    return start(config());
}

int ServerPanel::start(const ServerConfig &config)
{
    const int id = m_workbench->startServer(config);
    emit message((config.tls.enabled() ? tr("Starting the %1 TLS server on %2, port %3…")
                                       : tr("Starting the %1 server on %2, port %3…"))
                     .arg(messages::profileName(config.profile), config.bindAddress)
                     .arg(config.port));
    return id;
}

void ServerPanel::stopSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_workbench->stopServer(current.data(ServerModel::IdRole).toInt());
}

void ServerPanel::stopAll()
{
    ServerModel *model = m_workbench->servers();
    for (int r = 0; r < model->rowCount(); ++r) {
        const ServerInfo &info = model->infoAt(r);
        if (info.state == ServerInfo::State::Listening || info.state == ServerInfo::State::Starting)
            m_workbench->stopServer(info.id);
    }
}

void ServerPanel::updateStatus()
{
    // The newest server's state, in words; errors in red, never in a dialog.
    ServerModel *model = m_workbench->servers();
    if (model->rowCount() == 0) {
        m_status->setText(tr("No server running. Choose a profile and press Start."));
        m_status->setStyleSheet(QString());
        return;
    }
    const ServerInfo &s = model->infoAt(model->rowCount() - 1);
    QString text;
    bool bad = false;
    switch (s.state) {
    case ServerInfo::State::Starting:
        text = tr("%1: starting…").arg(messages::profileName(s.config.profile));
        break;
    case ServerInfo::State::Listening:
        text = (s.config.tls.enabled() ? tr("%1: listening on %2 (TLS) — %3 accepted, %4 live")
                                       : tr("%1: listening on %2 — %3 accepted, %4 live"))
                   .arg(messages::profileName(s.config.profile),
                       s.addresses.join(QLatin1String(", ")))
                   .arg(s.accepted)
                   .arg(s.live);
        if (s.unrecorded > 0) {
            const int n = int(qMin<quint64>(s.unrecorded, INT_MAX)); // tr()'s %n is an int
            text += QStringLiteral(" — ")
                    + (s.recordingPaused ? tr("recording paused, %n not recorded", nullptr, n)
                                         : tr("%n not recorded", nullptr, n));
        }
        if (s.acceptPaused) {
            text += QStringLiteral(" — ") + ServerModel::statusText(s);
            bad = true;
        }
        break;
    case ServerInfo::State::Stopped:
        text = tr("%1: stopped").arg(messages::profileName(s.config.profile));
        break;
    case ServerInfo::State::Failed:
        text = tr("%1 on port %2 could not start: %3")
                   .arg(messages::profileName(s.config.profile))
                   .arg(s.config.port)
                   .arg(ServerModel::statusText(s));
        bad = true;
        break;
    }
    m_status->setText(text);
    m_status->setStyleSheet(bad ? QStringLiteral("color: #b02020;") : QString());
}

} // namespace acw
