#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QDockWidget;
class QLineEdit;
class QMainWindow;
class QMenu;

namespace acw {

class InspectorPanel;
class ConnectionsPanel;
class SendJobModel;
class SnippetModel;
class SnippetsPanel;
class Workbench;

// The everyday tools beside the main window's panels, kept out of MainWindow: the Send dock
// (snippets, repeat, file send, reconnect, save), the push box's per-connection history
// (Up/Down in its input) and workspaces (File menu). The models live as long as the window;
// attach() builds the widgets again after a language change.
class SendDock : public QObject
{
    Q_OBJECT
public:
    SendDock(QMainWindow *window, Workbench *workbench);

    void attach(ConnectionsPanel *connections, InspectorPanel *inspector);
    void addConnectionActions(QMenu *menu);
    void addFileActions(QMenu *menu);

    SnippetModel *snippets() const { return m_snippets; }
    SendJobModel *jobs() const { return m_jobs; }
    SnippetsPanel *panel() const;
    QDockWidget *dock() const;

    // The push box's history of one connection, oldest first (at most 100 entries).
    QStringList history(quint64 connection) const { return m_history.value(connection); }
    bool saveWorkspace(const QString &path);
    bool openWorkspace(const QString &path);
    // A capture file (models/capturefile.h) as a closed connection; captureOpened follows.
    quint64 openCapture(const QString &path);

signals:
    void message(const QString &text);
    // A capture file was reopened as connection id (the window says so and shows it).
    void captureOpened(quint64 id, const QString &fileName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void notePending();
    void record();
    void recall(int step);

    QMainWindow *m_window;
    Workbench *m_workbench;
    SnippetModel *m_snippets;
    SendJobModel *m_jobs;
    QPointer<SnippetsPanel> m_panel;
    QPointer<QDockWidget> m_dock;
    QPointer<InspectorPanel> m_inspector;
    QPointer<QLineEdit> m_pushInput;
    QPointer<QObject> m_filtered; // the same input, compared without a downcast
    // Entries are "t:" or "h:" (the push box's Text or Hex mode) and what was typed.
    QHash<quint64, QStringList> m_history;
    QString m_pending; // noted just before a push
    int m_recall = -1; // index in the current connection's history while browsing
};

} // namespace acw
