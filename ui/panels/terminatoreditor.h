#pragma once

#include "engine/engineevents.h"

#include <QByteArray>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace acw {

class TerminatorField;
class Workbench;
struct ConnectionInspection;

// Change a connection's terminator live (it takes effect at the next byte, as in asynchat),
// after a preview of what the connection will do: predicted from its real state (collected,
// held back) by TerminatorPreview, the framer's own code.
class TerminatorEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TerminatorEditor(Workbench *workbench, QWidget *parent = nullptr);

    void setConnection(quint64 id, const QString &currentSpec, bool closed);
    void setInspection(const ConnectionInspection &inspection);
    void setCurrentSpec(const QString &spec);
    bool apply(); // false if the field is invalid or no connection is selected
    QString previewText() const;
    // The prediction the preview shows (from the last inspection), for tests.
    const ConnectionInspection &state() const { return m_state; }
    void setRearm(bool on);

private:
    void updatePreview();
    quint64 frameCount() const;

    Workbench *m_workbench;
    quint64 m_id = 0;
    bool m_closed = false;
    quint64 m_frames = 0; // frames so far: the next frame's number is m_frames + 1
    ConnectionInspection m_state;
    QLabel *m_current;
    QCheckBox *m_rearm;
    TerminatorField *m_field;
    QPushButton *m_apply;
    QLabel *m_buffered;
    QPlainTextEdit *m_preview;
};

} // namespace acw
