#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace acw {

class Workbench;

// Act as the server (or the client) by hand: push text with escapes, or hex, to the
// selected connection, or close it when its queue is sent.
class PushBox : public QWidget
{
    Q_OBJECT
public:
    explicit PushBox(Workbench *workbench, QWidget *parent = nullptr);

    void setConnection(quint64 id, bool closed, const QString &terminatorSpec);
    QLineEdit *input() const { return m_input; }

    // --- Actions ---
    bool push();
    void closeWhenDone();

private:
    void updateEnabled();

    Workbench *m_workbench;
    quint64 m_id = 0;
    bool m_closed = true;
    QString m_terminator;
    QComboBox *m_mode;
    QLineEdit *m_input;
    QCheckBox *m_appendTerminator;
    QPushButton *m_push;
    QPushButton *m_closeWhenDone;
    QLabel *m_error;
};

} // namespace acw
