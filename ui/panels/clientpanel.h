#pragma once

#include "engine/engineevents.h"

#include <QWidget>

class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace acw {

class FileField;
class Settings;
class TerminatorField;
class Workbench;

// Client mode: connect to any host:port as an async_chat client with a terminator, in plain
// TCP or TLS (verified against the system CAs plus an optional CA file). The connection
// shows up in the same table and inspector as the server-side ones; a plain one can be
// upgraded later from the inspector (STARTTLS). A peer certificate that fails verification
// is never accepted silently: the connection is refused and a warning shows its SHA-256
// fingerprint with "Accept for this connection", which opens a new connection trusting
// exactly that certificate (not remembered).
class ClientPanel : public QWidget
{
    Q_OBJECT
public:
    ClientPanel(Workbench *workbench, Settings *settings, QWidget *parent = nullptr);

    quint64 connectToServer(); // 0 if the form is invalid
    void focusHost();
    void setTarget(const QString &host, int port);
    QString target() const; // "host:port" as the form says ("[::1]:port" for IPv6)
    void setTls(bool on, const QString &caFile = QString());

    // The certificate warning (hidden when nothing was refused).
    QFrame *certificateWarning() const { return m_warning; }
    QString warnedFingerprint() const { return m_warnedFingerprint; }
    quint64 warnedConnection() const { return m_warnedConnection; }
    // "Accept for this connection": a new connection with the same settings that trusts
    // exactly the refused certificate. Returns its id (0 if there is nothing to accept).
    quint64 acceptCertificate();

signals:
    void connectionOpened(quint64 id);
    void message(const QString &text);

private:
    void applyEvents(const QVector<acw::EngineEvent> &events);

    Workbench *m_workbench;
    Settings *m_settings;
    QLineEdit *m_host;
    QSpinBox *m_port;
    TerminatorField *m_terminator;
    QCheckBox *m_tls;
    FileField *m_ca;
    QPushButton *m_connect;
    QFrame *m_warning;
    QLabel *m_warningText;
    QPushButton *m_accept;
    QPushButton *m_dismiss;
    quint64 m_warnedConnection = 0;
    QString m_warnedFingerprint;
};

} // namespace acw
