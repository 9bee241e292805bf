#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace acw {

class Settings;
class TerminatorField;
class Workbench;

// Client mode: connect to any host:port as an async_chat client with a terminator. The
// connection shows up in the same table and inspector as the server-side ones.
class ClientPanel : public QWidget
{
    Q_OBJECT
public:
    ClientPanel(Workbench *workbench, Settings *settings, QWidget *parent = nullptr);

    quint64 connectToServer(); // 0 if the form is invalid
    void focusHost();
    void setTarget(const QString &host, int port);
    QString target() const; // "host:port" as the form says ("[::1]:port" for IPv6)

signals:
    void connectionOpened(quint64 id);
    void message(const QString &text);

private:
    Workbench *m_workbench;
    Settings *m_settings;
    QLineEdit *m_host;
    QSpinBox *m_port;
    TerminatorField *m_terminator;
    QPushButton *m_connect;
};

} // namespace acw
