#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace acw {

class TerminatorField;
class Workbench;
struct ConnectionInspection;

// Change a connection's terminator live (it takes effect at the next byte, as in asynchat),
// after a preview of how the bytes it holds now would frame under the new one.
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

private:
    void updatePreview();

    Workbench *m_workbench;
    quint64 m_id = 0;
    bool m_closed = false;
    QByteArray m_pending;
    QByteArray m_heldBack;
    QLabel *m_current;
    TerminatorField *m_field;
    QPushButton *m_apply;
    QLabel *m_buffered;
    QPlainTextEdit *m_preview;
};

} // namespace acw
