#include "panels/clientpanel.h"

#include "panels/terminatorfield.h"
#include "settings.h"
#include "workbench.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace acw {

ClientPanel::ClientPanel(Workbench *workbench, Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_settings(settings)
    , m_host(new QLineEdit(settings->clientHost(), this))
    , m_port(new QSpinBox(this))
    , m_terminator(new TerminatorField(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
{
    m_host->setObjectName(QStringLiteral("clientHost"));
    m_port->setObjectName(QStringLiteral("clientPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings->clientPort());
    m_terminator->setObjectName(QStringLiteral("clientTerminator"));
    m_terminator->setSpec(settings->clientTerminator());
    m_connect->setObjectName(QStringLiteral("connectButton"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Terminator:"), m_terminator);
    form->addRow(QString(), m_connect);
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
    const quint64 id = m_workbench->openClient(config);
    emit message(tr("Connecting to %1:%2…").arg(host).arg(config.port));
    emit connectionOpened(id);
    return id;
}

} // namespace acw
