#pragma once

#include "models/bytesformat.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace acw {

class ConversationView;
class InputView;
class OutputView;
class PushBox;
class TerminatorEditor;
class Workbench;
struct ConnectionInspection;

// Everything about the selected connection: its input (Input tab), its terminator (live
// editor with preview), its output queue and a push box. While shown, it subscribes to the
// selected connection: the engine pushes a snapshot after each change (at most about 30 a
// second), none while hidden or for connections not selected.
class InspectorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPanel(Workbench *workbench, QWidget *parent = nullptr);
    ~InspectorPanel() override;

    void setConnection(quint64 id);
    quint64 connection() const { return m_id; }

    InputView *input() const { return m_input; }
    TerminatorEditor *terminatorEditor() const { return m_terminator; }
    OutputView *output() const { return m_output; }
    PushBox *pushBox() const { return m_push; }
    QTabWidget *tabs() const { return m_tabs; }
    ConversationView *conversation() const { return m_conversation; }
    QPushButton *startTlsButton() const { return m_startTls; }
    QLabel *tlsLabel() const { return m_tls; } // TLS version, cipher, peer certificate
    // STARTTLS on the selected client connection (after the protocol's own upgrade
    // command); false if it is no plain client connection that allows it.
    bool startTls();
    quint64 subscribed() const { return m_subscribed; } // 0: none

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void connectionRowsChanged();
    void updateSubscription(bool renew = false);
    void inspectionArrived(const ConnectionInspection &inspection);
    void updateTls();
    void setRelayMode(bool relay);

    Workbench *m_workbench;
    quint64 m_id = 0;
    QString m_lastSpec;
    bool m_lastClosed = true;
    QLabel *m_header;
    QLabel *m_tls;
    QPushButton *m_startTls;
    bool m_relay = false;
    bool m_startTlsSent = false;
    QTabWidget *m_tabs;
    InputView *m_input;
    TerminatorEditor *m_terminator;
    OutputView *m_output;
    PushBox *m_push;
    ConversationView *m_conversation; // ui8
    QPointer<Workbench> m_feed; // the workbench, null once it is gone (window teardown)
    quint64 m_subscribed = 0;
};

} // namespace acw
