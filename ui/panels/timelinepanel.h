#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace acw {

class Settings;
class TimelineFilterModel;
class Workbench;

// The event timeline: every chunk, frame, terminator change, push, send, close and error,
// filterable by connection, type and text, exportable as text or JSON Lines.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    TimelinePanel(Workbench *workbench, Settings *settings, QWidget *parent = nullptr);

    // The inspector's connection; used when "selected connection only" is on.
    void setSelectedConnection(quint64 id);
    TimelineFilterModel *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    // Auto-scroll follows the rows at most this often: a scroll repaints every visible row,
    // so under a flood the view costs the same whatever the traffic.
    static constexpr int ScrollIntervalMs = 200;
    quint64 scrollCount() const { return m_scrolls; } // auto-scrolls done (for the tests)

    // --- Actions ---
    bool exportTo(const QString &fileName, bool jsonLines, QString *error = nullptr) const;
    void exportWithDialog(bool jsonLines);
    void clear();

signals:
    void message(const QString &text);

private:
    void applyConnectionFilter();
    void rowsArrived();

    Workbench *m_workbench;
    Settings *m_settings;
    TimelineFilterModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_text;
    QCheckBox *m_onlySelected;
    QCheckBox *m_autoScroll;
    QLabel *m_count;
    quint64 m_selected = 0;
    bool m_scrollPending = false;
    QElapsedTimer m_lastScroll; // invalid until the first auto-scroll
    quint64 m_scrolls = 0;
};

} // namespace acw
