#pragma once

#include "engine/engineevents.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace acw {

class FileField;
class Settings;
class TerminatorField;
class Workbench;

// Start and stop servers: profile, address, port, terminator, maximum frame; the servers
// running, with their status and errors inline.
class ServerPanel : public QWidget
{
    Q_OBJECT
public:
    ServerPanel(Workbench *workbench, Settings *settings, QWidget *parent = nullptr);

    ServerConfig config() const; // what the form says
    void setConfig(const ServerConfig &config);
    bool isFormValid() const;

    // --- Actions (menus and shortcuts call these too) ---
    int start(); // -1 if the form is invalid
    int start(const ServerConfig &config);
    void stopSelected();
    void stopAll();

signals:
    void message(const QString &text);

private:
    void buildForm();
    void profileChanged();
    void addressChanged();
    void updateStatus();
    void saveForm();

    Workbench *m_workbench;
    Settings *m_settings;
    QComboBox *m_profile;
    QComboBox *m_address;
    QLabel *m_addressWarning;
    QSpinBox *m_port;
    TerminatorField *m_terminator;
    QSpinBox *m_maxFrame;
    QSpinBox *m_maxConnections;
    QSpinBox *m_idleTimeout;
    QSpinBox *m_headerTimeout;
    FileField *m_tlsCert;
    FileField *m_tlsKey;
    QPushButton *m_startButton;
    QPushButton *m_stopButton;
    QTableView *m_view;
    QLabel *m_status;
};

} // namespace acw
