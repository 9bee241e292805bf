#include "panels/inputview.h"

#include "models/capturestore.h"
#include "models/connectionmodel.h"
#include "models/framelistmodel.h"
#include "models/streamrenderer.h"
#include "panels/bytecopy.h"
#include "workbench.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace acw {

InputView::InputView(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_frames(new FrameListModel(workbench->captures(), this))
    , m_modeBox(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_stream(new QTextEdit(this))
    , m_frameView(new QTableView(this))
    , m_timer(new QTimer(this))
{
    m_modeBox->setObjectName(QStringLiteral("inputViewMode"));
    m_modeBox->addItem(tr("Text"), int(bytesformat::ViewMode::Text));
    m_modeBox->addItem(tr("Hex"), int(bytesformat::ViewMode::Hex));
    m_modeBox->addItem(tr("Escaped"), int(bytesformat::ViewMode::Escaped));
    m_summary->setObjectName(QStringLiteral("inputSummary"));
    m_summary->setWordWrap(true);
    m_stream->setObjectName(QStringLiteral("inputStream"));
    m_stream->setReadOnly(true);
    m_stream->setLineWrapMode(QTextEdit::WidgetWidth);
    bytecopy::install(m_stream, &m_map, [this](int, qint64 from, qint64 to) {
        const CaptureStore::Capture *c = m_workbench->captures()->capture(m_id);
        return c ? c->bytes(from, to) : QByteArray();
    });
    auto *legend = new QLabel(StreamRenderer::legendHtml(), this);
    legend->setWordWrap(true);

    m_frameView->setObjectName(QStringLiteral("framesView"));
    m_frameView->setModel(m_frames);
    m_frameView->verticalHeader()->hide();
    m_frameView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frameView->verticalHeader()->setDefaultSectionSize(m_frameView->fontMetrics().height() + 6);
    m_frameView->horizontalHeader()->setStretchLastSection(true);
    m_frameView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_frameView->setWordWrap(false);
    m_frameView->setColumnWidth(FrameListModel::Index, 50);
    m_frameView->setColumnWidth(FrameListModel::Offset, 70);
    m_frameView->setColumnWidth(FrameListModel::Size, 60);
    m_frameView->setColumnWidth(FrameListModel::Terminator, 80);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("View:"), this));
    top->addWidget(m_modeBox);
    top->addWidget(m_summary, 1);
    auto *openInLab = new QPushButton(tr("Open in &Lab"), this);
    openInLab->setObjectName(QStringLiteral("openInLabButton"));
    openInLab->setToolTip(tr("Replay what this connection received in the Framing Lab: its "
                             "bytes, its real reads and its terminator history."));
    connect(openInLab, &QPushButton::clicked, this, [this] {
        if (m_id)
            emit openInLabRequested(m_id);
    });
    top->addWidget(openInLab);
    auto *streamBox = new QWidget(this);
    auto *streamLayout = new QVBoxLayout(streamBox);
    streamLayout->setContentsMargins(0, 0, 0, 0);
    streamLayout->addWidget(m_stream);
    streamLayout->addWidget(legend);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(streamBox);
    splitter->addWidget(m_frameView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_modeBox, &QComboBox::currentIndexChanged, this, [this] {
        setViewMode(static_cast<bytesformat::ViewMode>(m_modeBox->currentData().toInt()));
    });
    connect(workbench->captures(), &CaptureStore::changed, this, &InputView::capturesChanged);
    connect(workbench, &Workbench::encodingChanged, this, [this] { // ui8 hook
        m_frames->refreshTexts();
        m_dirty = true;
    });
    // Held-back and pending counts come with the connection's row (not with the age tick).
    connect(workbench->connections(), &ConnectionModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            const int row = m_workbench->connections()->rowOf(m_id);
            if (row >= topLeft.row() && row <= bottomRight.row()
                && topLeft.column() != ConnectionModel::Age)
                m_dirty = true;
        });
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &InputView::renderIfDirty);
    m_timer->start();
    render();
}

void InputView::setConnection(quint64 id)
{
    m_id = id;
    m_workbench->captures()->setPinned(id);
    m_frames->setConnection(id);
    m_stream->clear();
    render();
}

void InputView::setViewMode(bytesformat::ViewMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(mode)));
    render();
    emit viewModeChanged(mode);
}

void InputView::capturesChanged(const QSet<quint64> &ids)
{
    m_frames->refresh(ids);
    if (ids.contains(m_id))
        m_dirty = true;
}

void InputView::renderIfDirty()
{
    if (m_dirty && isVisible())
        render();
}

void InputView::render()
{
    m_dirty = false;
    const CaptureStore::Capture *c = m_workbench->captures()->capture(m_id);
    const ConnectionInfo *info = m_workbench->connections()->info(m_id);
    if (!m_id) {
        m_summary->setText(tr("Select a connection to see what it received."));
        m_stream->clear();
        m_map.clear();
        return;
    }
    // One state for the words and the colours: the channel's own counts.
    StreamRenderer::State state;
    if (info) {
        state.consumed = info->consumedOffset;
        state.pending = info->pendingBytes;
        state.heldBack = info->heldBack;
    }
    const qint64 received = c ? c->streamEnd : (info ? info->bytesIn : 0);
    const QString dash = QStringLiteral(" — ");
    QStringList parts;
    parts << tr("%1 received in %n read(s)", nullptr, c ? int(c->chunkStarts.size()) : 0)
                 .arg(bytesformat::size(received));
    parts << tr("%n frame(s)", nullptr, info ? int(info->frames) : 0);
    parts << tr("collected, not framed: %1").arg(bytesformat::size(state.pending));
    parts << tr("held back: %1").arg(bytesformat::size(state.heldBack));
    QString summary = parts.join(QStringLiteral("; "));
    if (!c) {
        m_summary->setText(summary);
        m_stream->clear();
        m_map.clear();
        return;
    }
    const qint64 maxBytes = m_mode == bytesformat::ViewMode::Hex ? 8 * 1024 : 32 * 1024;
    const StreamRenderer::Result r = StreamRenderer::render(*c, state, m_mode, maxBytes, &m_map);
    if (r.truncated)
        summary += dash + tr("showing bytes %1 to %2").arg(r.from).arg(r.to);
    if (c->dataLost)
        summary += dash + tr("later bytes were not captured (capture limit)");
    if (c->closed && c->unframedAtClose > 0)
        summary += dash + tr("closed with %n unframed byte(s)", nullptr, int(c->unframedAtClose));
    m_summary->setText(summary);
    // Keep the reader's place unless they were at the end.
    QScrollBar *bar = m_stream->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    const int keep = bar->value();
    m_stream->setHtml(r.html);
    m_map.align(m_stream->toPlainText());
    bar->setValue(atEnd ? bar->maximum() : keep);
}

} // namespace acw
