#include "panels/conversationview.h"

#include "messages.h"
#include "models/capturestore.h"
#include "models/connectionmodel.h"
#include "models/timelinemodel.h"
#include "panels/bytecopy.h"
#include "workbench.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>
#include <cstdlib>

namespace acw {

ConversationView::ConversationView(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_modeBox(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_text(new QTextEdit(this))
    , m_timer(new QTimer(this))
{
    m_modeBox->setObjectName(QStringLiteral("conversationViewMode"));
    m_modeBox->addItem(tr("Text"), int(bytesformat::ViewMode::Text));
    m_modeBox->addItem(tr("Hex"), int(bytesformat::ViewMode::Hex));
    m_modeBox->addItem(tr("Escaped"), int(bytesformat::ViewMode::Escaped));
    m_summary->setObjectName(QStringLiteral("conversationSummary"));
    m_summary->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("conversationText"));
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    bytecopy::install(m_text, &m_map, [this](int stream, qint64 from, qint64 to) {
        const CaptureStore::Capture *c = m_workbench->captures()->capture(m_id);
        if (!c)
            return QByteArray();
        return stream == 0 ? c->bytes(from, to) : c->outBytes(from, to);
    });
    // One Save button with a menu: the bar stays narrow enough for 1024x700.
    auto *save = new QPushButton(tr("&Save"), this);
    save->setObjectName(QStringLiteral("saveConversationButton"));
    auto *menu = new QMenu(save);
    QAction *text = menu->addAction(
        tr("Conversation as &text…"), this, [this] { saveConversationWithDialog(false); });
    text->setObjectName(QStringLiteral("saveConversationText"));
    text->setToolTip(tr("Both directions in time order, with their times, in one readable file"));
    QAction *json = menu->addAction(
        tr("Conversation as &JSON Lines…"), this, [this] { saveConversationWithDialog(true); });
    json->setObjectName(QStringLiteral("saveConversationJson"));
    menu->addSeparator();
    QAction *saveIn = m_saveIn = menu->addAction(tr("&Received bytes (raw)…"), this,
        [this] { saveWithDialog(ConversationModel::Direction::Received); });
    saveIn->setObjectName(QStringLiteral("saveReceivedRaw"));
    QAction *saveOut = m_saveOut = menu->addAction(tr("&Sent bytes (raw)…"), this,
        [this] { saveWithDialog(ConversationModel::Direction::Sent); });
    saveOut->setObjectName(QStringLiteral("saveSentRaw"));
    menu->setToolTipsVisible(true);
    save->setMenu(menu);
    save->setToolTip(tr("Save the conversation (both directions, as text or JSON Lines), or "
                        "the bytes of one direction exactly as they were"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("View:"), this));
    bar->addWidget(m_modeBox);
    bar->addWidget(m_summary, 1);
    bar->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);

    connect(m_modeBox, &QComboBox::currentIndexChanged, this, [this] {
        setViewMode(static_cast<bytesformat::ViewMode>(m_modeBox->currentData().toInt()));
    });
    connect(workbench->captures(), &CaptureStore::changed, this, [this](const QSet<quint64> &ids) {
        if (m_id && ids.contains(m_id))
            m_dirty = true;
    });
    connect(workbench, &Workbench::encodingChanged, this, [this] {
        m_dirty = true;
        if (isVisible())
            refresh();
    });
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_dirty && isVisible())
            refresh();
    });
    m_timer->start();
    setConnection(0);
}

void ConversationView::setConnection(quint64 id)
{
    m_id = id;
    m_text->clear();
    refresh();
}

void ConversationView::setViewMode(bytesformat::ViewMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(mode)));
    refresh();
}

void ConversationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ConversationView::refresh()
{
    m_dirty = false;
    const CaptureStore::Capture *c = m_workbench->captures()->capture(m_id);
    m_model.build(c);
    if (!m_id) {
        m_summary->setText(tr("No connection selected."));
        m_text->clear();
        m_map.clear();
        return;
    }
    if (!c) {
        m_summary->setText(tr("Nothing received or sent yet."));
        m_text->clear();
        m_map.clear();
        return;
    }
    if (c->relay) {
        qint64 frames[2] = { 0, 0 };
        for (const CaptureStore::Capture::RelayMark &f : c->relayFrames)
            ++frames[f.direction & 1];
        m_summary->setText(tr("Relayed pair: %1 frame(s) client → server, %2 server → client.")
                               .arg(frames[0])
                               .arg(frames[1]));
        m_saveIn->setText(tr("&Client → server bytes (raw)…"));
        m_saveOut->setText(tr("S&erver → client bytes (raw)…"));
    } else {
        m_summary->setText(
            tr("Received %1, sent %2.")
                .arg(bytesformat::size(c->streamEnd), bytesformat::size(c->sentEnd)));
        m_saveIn->setText(tr("&Received bytes (raw)…"));
        m_saveOut->setText(tr("&Sent bytes (raw)…"));
    }
    // Follow the end unless the user scrolled up to read.
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    const int keep = bar->value();
    m_text->setHtml(m_model.render(m_mode, true, &m_map));
    m_map.align(m_text->toPlainText());
    bar->setValue(atEnd ? bar->maximum() : keep);
}

QString ConversationView::plainText() const
{
    return m_text->toPlainText();
}

bool ConversationView::saveRaw(
    ConversationModel::Direction direction, const QString &fileName, QString *error) const
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QByteArray bytes
        = ConversationModel::rawBytes(m_workbench->captures()->capture(m_id), direction);
    if (file.write(bytes) != bytes.size()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ConversationView::saveWithDialog(ConversationModel::Direction direction)
{
    if (!m_id)
        return;
    const bool in = direction == ConversationModel::Direction::Received;
    const QString fileName = QFileDialog::getSaveFileName(this,
        in ? tr("Save the received bytes") : tr("Save the sent bytes"),
        QStringLiteral("connection-%1-%2.bin")
            .arg(m_id)
            .arg(in ? QStringLiteral("received") : QStringLiteral("sent")));
    if (fileName.isEmpty())
        return;
    QString error;
    if (saveRaw(direction, fileName, &error))
        emit message(tr("Bytes written to %1").arg(fileName));
    else
        emit message(tr("Could not write %1: %2").arg(fileName, error));
}

QString ConversationView::conversationText() const
{
    const CaptureStore::Capture *c = m_workbench->captures()->capture(m_id);
    ConversationModel all;
    all.build(c, 0, 0); // everything captured
    const ConnectionInfo *info = m_workbench->connections()->info(m_id);
    const int offset = QDateTime::currentDateTime().offsetFromUtc() / 60;
    const QString zone = QStringLiteral("UTC%1%2:%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                             .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
    QString modeName;
    switch (m_mode) {
    case bytesformat::ViewMode::Hex: modeName = tr("hex"); break;
    case bytesformat::ViewMode::Escaped: modeName = tr("escaped"); break;
    case bytesformat::ViewMode::Text:
        modeName = tr("text (%1)").arg(bytesformat::encodingName(bytesformat::defaultEncoding()));
        break;
    }
    QString out = tr("# Conversation of connection #%1 (%2, %3)")
                      .arg(m_id)
                      .arg(info ? info->peer : QString(),
                          info ? messages::profileName(info->profile) : QString())
                  + QLatin1Char('\n');
    if (info && info->openedUs > 0)
        out += tr("# Opened %1")
                   .arg(QDateTime::fromMSecsSinceEpoch(info->openedUs / 1000)
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")))
               + QLatin1Char('\n');
    out += tr("# ▶ received from the peer, ◀ sent to the peer; times are local (%1); bytes "
              "as %2")
               .arg(zone, modeName)
           + QLatin1Char('\n');
    if (c)
        out += tr("# Received %1 in %n read(s),", nullptr, int(c->chunkStarts.size()))
                   .arg(bytesformat::size(c->streamEnd))
               + QLatin1Char(' ')
               + tr("sent %1 in %n write(s).", nullptr, int(c->sends.size()))
                     .arg(bytesformat::size(c->sentEnd))
               + QLatin1Char('\n');
    out += QLatin1Char('\n') + all.render(m_mode, false);
    return out;
}

bool ConversationView::saveConversation(
    const QString &fileName, bool jsonLines, QString *error) const
{
    QByteArray bytes;
    if (jsonLines) {
        ConversationModel all;
        all.build(m_workbench->captures()->capture(m_id), 0, 0);
        bytes = all.jsonLines();
    } else {
        bytes = conversationText().toUtf8();
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ConversationView::saveConversationWithDialog(bool jsonLines)
{
    if (!m_id)
        return;
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save the conversation"),
        QStringLiteral("connection-%1-conversation.%2")
            .arg(m_id)
            .arg(jsonLines ? QStringLiteral("jsonl") : QStringLiteral("txt")),
        jsonLines ? tr("JSON Lines (*.jsonl);;All files (*)") : tr("Text (*.txt);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (saveConversation(fileName, jsonLines, &error))
        emit message(tr("Conversation written to %1").arg(fileName));
    else
        emit message(tr("Could not write %1: %2").arg(fileName, error));
}

} // namespace acw
