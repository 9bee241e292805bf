#pragma once

#include "engine/engineevents.h"
#include "models/bytesformat.h"

#include <QHash>
#include <QMainWindow>
#include <memory>

class QActionGroup;
class QDockWidget;
class QTabWidget;
class QWidget;

namespace acw {

class ClientPanel;
class RelayPanel;
class ConnectionsPanel;
class FramingLab;
class InspectorPanel;
class SendDock;
class ServerPanel;
class Settings;
class TimelinePanel;
class Workbench;

// The workbench window. It only assembles panels (each its own class) around one
// Workbench (engine and models) and wires menus and shortcuts to the panels' actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Start a server as the window opens (--serve).
    int serve(const ServerConfig &config);

    // --- Panels (menus, tests and the screenshot demo drive them) ---
    Workbench *workbench() const { return m_workbench; }
    // Replays a connection's capture in the Framing Lab; false (and a status message) when
    // its capture is incomplete. show: switch to the lab's tab and say so.
    bool openInLab(quint64 connection, bool show = true);
    // File > Open capture: the capture as a closed connection, selected in the inspector and
    // loaded in the Framing Lab (when complete); its id, 0 if the file was no capture.
    quint64 openCaptureFile(const QString &path);
    ServerPanel *serverPanel() const { return m_serverPanel; }
    ClientPanel *clientPanel() const { return m_clientPanel; }
    RelayPanel *relayPanel() const { return m_relayPanel; }
    ConnectionsPanel *connectionsPanel() const { return m_connections; }
    InspectorPanel *inspector() const { return m_inspector; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    FramingLab *framingLab() const { return m_lab; }
    QTabWidget *mainTabs() const { return m_tabs; }
    SendDock *sendDock() const { return m_sendDock; } // snippets, repeat, file, workspaces
    // The lab's tab (the lab sits in a scroll area: mainTabs()->currentWidget() is not it).
    void showFramingLab();
    bool isFramingLabShown() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPanels();
    void buildMenus();
    void buildFileMenu();
    void buildServerMenu();
    void buildConnectionMenu();
    void buildViewMenu();
    void buildHelpMenu();
    void showAbout();
    void showGuide();

public:
    // Switch the language now (View > Language): panels are rebuilt, the engine carries on.
    void setLanguage(const QString &language);
    // View > Text encoding: how every view decodes bytes as text (saved in the settings).
    void setEncoding(acw::bytesformat::Encoding encoding);

private:
    void rebuild();
    void reportOutcomes(const QVector<acw::EngineEvent> &events);
    void showOpenedCapture(quint64 id, const QString &fileName);

    std::unique_ptr<Settings> m_settings;
    Workbench *m_workbench;
    QTabWidget *m_tabs = nullptr;
    ServerPanel *m_serverPanel = nullptr;
    ClientPanel *m_clientPanel = nullptr;
    RelayPanel *m_relayPanel = nullptr;
    ConnectionsPanel *m_connections = nullptr;
    InspectorPanel *m_inspector = nullptr;
    TimelinePanel *m_timeline = nullptr;
    FramingLab *m_lab = nullptr;
    QWidget *m_labPage = nullptr;
    QDockWidget *m_serverDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QActionGroup *m_viewModes = nullptr;
    SendDock *m_sendDock = nullptr;
    QHash<quint64, QString> m_pendingClients; // client connections not open yet: "host:port"
};

} // namespace acw
