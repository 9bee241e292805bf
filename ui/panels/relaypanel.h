#pragma once

#include "engine/engineevents.h"
#include "relay/relaypair.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace acw {

class FileField;
class TerminatorField;
class Workbench;

// A relay between two real programs: where it listens, the server it relays to, the
// terminator of each direction, TLS on either side. Below it the intercept of one relayed
// pair: hold a direction, then forward, edit, drop or inject frames, and release. The
// pairs also appear in the connections table (profile "relay").
class RelayPanel : public QWidget
{
    Q_OBJECT
public:
    RelayPanel(Workbench *workbench, QWidget *parent = nullptr);

    int startRelay(); // 0 if the form is invalid
    void stopRelay();
    // The intercept's selection: the pair (the connections table selects it too).
    void selectPair(quint64 connection);
    quint64 selectedPair() const { return currentPair(); }

signals:
    void message(const QString &text);

private:
    struct PairState
    {
        QString peer;
        bool open = true;
        bool held[2] = { false, false };
        QList<HeldFrame> queue[2];
    };
    void applyEvents(const QVector<EngineEvent> &events);
    void refreshPairs();
    void refreshQueue();
    quint64 currentPair() const;
    int currentDirection() const;
    quint64 currentHeldId() const;
    void log(const QString &line);

    Workbench *m_workbench;
    QLineEdit *m_listen;
    QLineEdit *m_upstream;
    TerminatorField *m_up;
    TerminatorField *m_down;
    QCheckBox *m_tls;
    FileField *m_ca;
    QLineEdit *m_fingerprint;
    FileField *m_cert;
    FileField *m_key;
    QPushButton *m_start;
    QLabel *m_status;
    QComboBox *m_pair;
    QComboBox *m_direction;
    QCheckBox *m_hold;
    QListWidget *m_queue;
    QPushButton *m_forward;
    QPushButton *m_edit;
    QPushButton *m_drop;
    QLineEdit *m_injectText;
    QPushButton *m_inject;
    QPlainTextEdit *m_log;
    int m_relayId = 0;
    QHash<quint64, PairState> m_pairs;
};

} // namespace acw
