#pragma once

#include "models/bytesformat.h"
#include "models/conversationmodel.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTextEdit;
class QTimer;

namespace acw {

class Workbench;

// The inspector's Conversation tab: what the peer sent and what was sent back, interleaved
// in time order (Wireshark's Follow TCP Stream), in text, hex or escaped form, with read,
// write, frame and push boundaries. Selectable and copyable; the whole conversation (as text
// or JSON Lines) or each direction's raw bytes can be saved to a file.
class ConversationView : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationView(Workbench *workbench, QWidget *parent = nullptr);

    void setConnection(quint64 id);
    quint64 connection() const { return m_id; }
    void setViewMode(bytesformat::ViewMode mode);
    bytesformat::ViewMode viewMode() const { return m_mode; }

    const ConversationModel &model() const { return m_model; }
    QTextEdit *textView() const { return m_text; }
    QString plainText() const;
    // Writes one direction's captured bytes, exactly; false with a reason on failure.
    bool saveRaw(ConversationModel::Direction direction, const QString &fileName,
        QString *error = nullptr) const;
    // Both directions in one file, everything captured (not only what the view shows):
    // readable text (a header, then each read and write with its time and direction, the
    // bytes in the view's mode) or JSON Lines (ConversationModel::jsonLines()).
    bool saveConversation(const QString &fileName, bool jsonLines, QString *error = nullptr) const;
    // The text file's content (saveConversation writes it).
    QString conversationText() const;
    // Rebuilds the model and the text now (normally done on a timer while shown).
    void refresh();

signals:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void saveWithDialog(ConversationModel::Direction direction);
    void saveConversationWithDialog(bool jsonLines);

    Workbench *m_workbench;
    quint64 m_id = 0;
    bytesformat::ViewMode m_mode = bytesformat::ViewMode::Text;
    bool m_dirty = true;
    ConversationModel m_model;
    TextByteMap m_map; // which bytes each character of the text shows (Copy bytes as …)
    QComboBox *m_modeBox;
    QLabel *m_summary;
    QAction *m_saveIn; // the Save menu's raw entries: worded per pair kind
    QAction *m_saveOut;
    QTextEdit *m_text;
    QTimer *m_timer;
};

} // namespace acw
