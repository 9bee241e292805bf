#include "panels/conversationview.h"

#include "models/capturestore.h"
#include "workbench.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

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
    auto *saveIn = m_saveIn = new QPushButton(tr("Save received…"), this);
    saveIn->setObjectName(QStringLiteral("saveReceivedButton"));
    saveIn->setToolTip(tr("Write the bytes received from the peer, exactly, to a file"));
    auto *saveOut = m_saveOut = new QPushButton(tr("Save sent…"), this);
    saveOut->setObjectName(QStringLiteral("saveSentButton"));
    saveOut->setToolTip(tr("Write the bytes sent to the peer, exactly, to a file"));
    connect(saveIn, &QPushButton::clicked, this,
        [this] { saveWithDialog(ConversationModel::Direction::Received); });
    connect(saveOut, &QPushButton::clicked, this,
        [this] { saveWithDialog(ConversationModel::Direction::Sent); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("View:"), this));
    bar->addWidget(m_modeBox);
    bar->addWidget(m_summary, 1); // wraps rather than widen the window (relayed pairs)
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(saveIn);
    saveRow->addWidget(saveOut);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(saveRow);
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
        return;
    }
    if (!c) {
        m_summary->setText(tr("Nothing received or sent yet."));
        m_text->clear();
        return;
    }
    if (c->relay) {
        qint64 frames[2] = { 0, 0 };
        for (const CaptureStore::Capture::RelayMark &f : c->relayFrames)
            ++frames[f.direction & 1];
        m_summary->setText(tr("Relayed pair: %1 frame(s) client → server, %2 server → client.")
                               .arg(frames[0])
                               .arg(frames[1]));
        m_saveIn->setText(tr("Save client → server…"));
        m_saveOut->setText(tr("Save server → client…"));
    } else {
        m_summary->setText(
            tr("Received %1, sent %2.")
                .arg(bytesformat::size(c->streamEnd), bytesformat::size(c->sentEnd)));
        m_saveIn->setText(tr("Save received…"));
        m_saveOut->setText(tr("Save sent…"));
    }
    // Follow the end unless the user scrolled up to read.
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    const int keep = bar->value();
    m_text->setHtml(m_model.render(m_mode, true));
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

} // namespace acw
