#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace acw {

// The Framing Lab: paste bytes, pick a terminator script and read sizes, and see the
// frames acw::Framer finds — in the GUI thread, no network involved.
class FramingLab : public QWidget
{
    Q_OBJECT
public:
    explicit FramingLab(QWidget *parent = nullptr);

    void setInput(const QString &text, bool hex = false);
    void setScript(const QString &script);
    void setChunkSizes(const QString &sizes);
    void recompute();
    QStandardItemModel *frames() const { return m_frames; }
    QString summary() const;

private:
    QPlainTextEdit *m_input;
    QComboBox *m_inputMode;
    QLineEdit *m_script;
    QLineEdit *m_chunks;
    QSpinBox *m_maxFrame;
    QLabel *m_summary;
    QStandardItemModel *m_frames;
    QTableView *m_view;
    QTimer *m_debounce;
};

} // namespace acw
