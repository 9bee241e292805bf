#pragma once

#include "models/bytesformat.h"
#include "models/textbytemap.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTextEdit;
class QTimer;

namespace acw {

class FrameListModel;
class Workbench;

// The inspector's Input tab: the stream received with chunks and frames marked, the
// pending and held-back bytes, and the list of frames. Redraws at most 5 times a second.
class InputView : public QWidget
{
    Q_OBJECT
public:
    explicit InputView(Workbench *workbench, QWidget *parent = nullptr);

    void setConnection(quint64 id);
    void setViewMode(bytesformat::ViewMode mode);
    bytesformat::ViewMode viewMode() const { return m_mode; }
    FrameListModel *frames() const { return m_frames; }
    QTextEdit *streamView() const { return m_stream; }
    // Which bytes each character of the stream view shows (Copy bytes as …).
    const TextByteMap &streamMap() const { return m_map; }
    // Render now if something changed (the timer calls this).
    void renderIfDirty();

signals:
    void viewModeChanged(bytesformat::ViewMode mode);
    // "Open in lab": replay this connection's bytes, reads and terminator history there.
    void openInLabRequested(quint64 connection);

private:
    void capturesChanged(const QSet<quint64> &ids);
    void render();

    Workbench *m_workbench;
    FrameListModel *m_frames;
    QComboBox *m_modeBox;
    QLabel *m_summary;
    QTextEdit *m_stream;
    QTableView *m_frameView;
    QTimer *m_timer;
    quint64 m_id = 0;
    bytesformat::ViewMode m_mode = bytesformat::ViewMode::Text;
    bool m_dirty = false;
    TextByteMap m_map;
};

} // namespace acw
