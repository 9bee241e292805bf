#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QSpinBox;
class QTableView;
class QVBoxLayout;

namespace acw {

class SendJobModel;
class SnippetModel;
class Workbench;
struct Snippet;

// The Send dock, where a NetAssist or Packet Sender user looks for it: a library of named
// messages (snippets) sent to the selected connection with one click or Ctrl+Alt+1..9,
// repeated N times or every T ms, a file sent with a progress bar, each send job of the
// connection with its Stop button; reconnect a closed client; save what the connection
// received (raw bytes, or frames as JSON Lines).
class SnippetsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SnippetsPanel(Workbench *workbench, SnippetModel *snippets, SendJobModel *jobs,
        QWidget *parent = nullptr);

    void setConnection(quint64 id);
    quint64 connection() const { return m_id; }

    // --- Actions (buttons, menus and tests) ---
    bool sendSnippet(int row); // to the selected connection
    quint64 repeatSnippet(int row); // with the count and interval fields; 0 if not sent
    quint64 sendFile(const QString &path);
    quint64 reconnect(); // the selected closed client; its new id, or 0
    bool saveReceived(const QString &path);
    bool saveFrames(const QString &path);
    // Everything the inspector and the lab need to show the connection again
    // (models/capturefile.h); File > Open capture reopens it.
    bool saveCapture(const QString &path);
    bool importSnippets(const QString &path);
    bool exportSnippets(const QString &path);
    int currentRow() const;
    void selectRow(int row);

    // The Connection menu's part: send the current snippet, send a file, reconnect, save.
    void addActionsTo(QMenu *menu);
    // Adds "Copy as hex / C string / Python bytes" to the frames table's context menu.
    void installCopyMenu(QTableView *frames);

    // Widgets tests drive.
    QListView *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *textEdit() const { return m_text; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *terminatorBox() const { return m_terminator; }
    QComboBox *encodingBox() const { return m_encoding; }
    QSpinBox *countBox() const { return m_count; }
    QSpinBox *intervalBox() const { return m_interval; }
    QLabel *statusLabel() const { return m_status; }
    QWidget *jobsArea() const { return m_jobsArea; }

signals:
    void message(const QString &text);
    void reconnected(quint64 id); // the new connection

private:
    void buildLibrary(QVBoxLayout *layout);
    void buildSend(QVBoxLayout *layout);
    void buildConnection(QVBoxLayout *layout);
    void loadEditor();
    void storeEditor();
    void updateEnabled();
    void rebuildJobs();
    void report(const QString &text, bool error = false);
    bool connectionOpen() const;
    enum class SaveKind { Received, Frames, Capture };
    bool chooseAndSave(SaveKind kind);

    Workbench *m_workbench;
    SnippetModel *m_snippets;
    SendJobModel *m_jobs;
    quint64 m_id = 0;
    bool m_loading = false;

    QListView *m_list;
    QLineEdit *m_name;
    QComboBox *m_format;
    QLineEdit *m_text;
    QComboBox *m_terminator;
    QComboBox *m_encoding;
    QPushButton *m_send;
    QSpinBox *m_count;
    QSpinBox *m_interval;
    QPushButton *m_repeat;
    QPushButton *m_file;
    QWidget *m_jobsArea;
    QVBoxLayout *m_jobsLayout;
    QPushButton *m_reconnect;
    QPushButton *m_saveRaw;
    QPushButton *m_saveFrames;
    QPushButton *m_saveCapture;
    QLabel *m_status;
};

} // namespace acw
