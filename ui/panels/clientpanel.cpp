#include "panels/clientpanel.h"

#include "panels/filefield.h"
#include "panels/terminatorfield.h"
#include "settings.h"
#include "workbench.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace acw {

ClientPanel::ClientPanel(Workbench *workbench, Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_settings(settings)
    , m_host(new QLineEdit(settings->clientHost(), this))
    , m_port(new QSpinBox(this))
    , m_terminator(new TerminatorField(this))
    , m_tls(new QCheckBox(tr("TLS"), this))
    , m_ca(new FileField(
          tr("CA file (PEM), besides the system's"), tr("CA certificate (PEM)"), this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_warning(new QFrame(this))
    , m_warningText(new QLabel(m_warning))
    , m_accept(new QPushButton(tr("Accept for this connection"), m_warning))
    , m_dismiss(new QPushButton(tr("Dismiss"), m_warning))
{
    m_host->setObjectName(QStringLiteral("clientHost"));
    m_port->setObjectName(QStringLiteral("clientPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings->clientPort());
    m_terminator->setObjectName(QStringLiteral("clientTerminator"));
    m_terminator->setSpec(settings->clientTerminator());
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_tls->setObjectName(QStringLiteral("clientTls"));
    m_tls->setToolTip(tr("Talk TLS from the connect on, verifying the server against the "
                         "system's CAs and the CA file. Unchecked: plain TCP, which the "
                         "inspector's STARTTLS can upgrade later."));
    m_ca->setObjectName(QStringLiteral("clientCa"));
    m_ca->setToolTip(tr("Also trust this CA (or self-signed certificate), for TLS and STARTTLS"));
    m_warning->setObjectName(QStringLiteral("certificateWarning"));
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setStyleSheet(QStringLiteral(
        "QFrame#certificateWarning { background: #fff4e0; border: 1px solid #d08000; }"));
    m_warningText->setObjectName(QStringLiteral("certificateWarningText"));
    m_warningText->setWordWrap(true);
    m_warningText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_accept->setObjectName(QStringLiteral("acceptCertificateButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissCertificateButton"));
    auto *warningButtons = new QHBoxLayout;
    warningButtons->addWidget(m_accept);
    warningButtons->addWidget(m_dismiss);
    warningButtons->addStretch();
    auto *warningLayout = new QVBoxLayout(m_warning);
    warningLayout->addWidget(m_warningText);
    warningLayout->addLayout(warningButtons);
    m_warning->hide();

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Terminator:"), m_terminator);
    form->addRow(QString(), m_tls);
    form->addRow(tr("CA:"), m_ca);
    form->addRow(QString(), m_connect);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addStretch();
    connect(m_accept, &QPushButton::clicked, this, [this] { acceptCertificate(); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_warning->hide();
        m_warnedConnection = 0;
        m_warnedFingerprint.clear();
    });
    connect(m_workbench, &Workbench::eventsReady, this, &ClientPanel::applyEvents);
    connect(m_connect, &QPushButton::clicked, this, [this] { connectToServer(); });
    connect(m_host, &QLineEdit::returnPressed, this, [this] { connectToServer(); });
    connect(m_terminator, &TerminatorField::changed, this,
        [this] { m_connect->setEnabled(m_terminator->isValid()); });
}

void ClientPanel::setTarget(const QString &host, int port)
{
    m_host->setText(host);
    m_port->setValue(port);
}

QString ClientPanel::target() const
{
    const QString host = m_host->text().trimmed();
    const QString port = QString::number(m_port->value());
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QStringLiteral("]:") + port
                                           : host + QLatin1Char(':') + port;
}

void ClientPanel::focusHost()
{
    m_host->setFocus();
    m_host->selectAll();
}

quint64 ClientPanel::connectToServer()
{
    const QString host = m_host->text().trimmed();
    if (host.isEmpty() || !m_terminator->isValid())
        return 0;
    m_settings->setClientHost(host);
    m_settings->setClientPort(m_port->value());
    m_settings->setClientTerminator(m_terminator->spec());
    ClientConfig config;
    config.host = host;
    config.port = quint16(m_port->value());
    config.terminator = m_terminator->terminator();
    config.tls.enabled = m_tls->isChecked();
    config.tls.caFile = m_ca->path();
    // Plain connections may be upgraded from the inspector (STARTTLS) when Qt has TLS.
    config.allowStartTls = !config.tls.enabled;
    const quint64 id = m_workbench->openClient(config);
    emit message(
        (config.tls.enabled ? tr("Connecting to %1:%2 with TLS…") : tr("Connecting to %1:%2…"))
            .arg(host)
            .arg(config.port));
    emit connectionOpened(id);
    return id;
}

void ClientPanel::setTls(bool on, const QString &caFile)
{
    m_tls->setChecked(on);
    m_ca->setPath(caFile);
}

void ClientPanel::applyEvents(const QVector<EngineEvent> &events)
{
    for (const EngineEvent &e : events) {
        if (e.type != EngineEvent::Type::TlsRefused || e.server != 0)
            continue;
        const ClientConfig *config = m_workbench->clientConfig(e.connection);
        if (!config)
            continue;
        m_warnedConnection = e.connection;
        m_warnedFingerprint = QString::fromLatin1(e.data);
        // The fingerprint in pairs, so it can be compared with `openssl x509 -fingerprint`.
        QString pairs;
        for (int i = 0; i < m_warnedFingerprint.size(); i += 2)
            pairs += (i ? QStringLiteral(":") : QString()) + m_warnedFingerprint.mid(i, 2);
        QString text = tr("<b>⚠ Certificate not trusted</b> — #%1 %2:%3 presented a certificate "
                          "for %4 that the system's CAs%5 do not vouch for (self-signed, "
                          "another name, or expired). The connection was refused.<br>SHA-256 "
                          "fingerprint:<br><code>%6</code><br>Accept it only if this is the "
                          "server's own certificate: a new connection will trust exactly this "
                          "certificate, this once.")
                           .arg(e.connection)
                           .arg(config->host.toHtmlEscaped())
                           .arg(config->port)
                           .arg(e.text.toHtmlEscaped(),
                               config->tls.caFile.isEmpty()
                                   ? QString()
                                   : tr(" and %1").arg(config->tls.caFile).toHtmlEscaped(),
                               pairs.toUpper());
        if (!config->tls.enabled)
            text += QStringLiteral("<br>")
                    + tr("It was refused during STARTTLS: send the upgrade command again on "
                         "the new connection, then STARTTLS.")
                          .toHtmlEscaped();
        m_warningText->setText(text);
        m_warning->show();
        emit message(tr("Certificate of %1:%2 not trusted: see the warning in the Client box")
                         .arg(config->host)
                         .arg(config->port));
    }
}

quint64 ClientPanel::acceptCertificate()
{
    const ClientConfig *old = m_workbench->clientConfig(m_warnedConnection);
    if (!old || m_warnedFingerprint.isEmpty())
        return 0;
    ClientConfig config = *old;
    config.tls.acceptFingerprint = m_warnedFingerprint; // this certificate, this connection
    m_warning->hide();
    m_warnedConnection = 0;
    m_warnedFingerprint.clear();
    const quint64 id = m_workbench->openClient(config);
    emit message(tr("Connecting to %1:%2 again, trusting that certificate once…")
                     .arg(config.host)
                     .arg(config.port));
    emit connectionOpened(id);
    return id;
}

} // namespace acw
