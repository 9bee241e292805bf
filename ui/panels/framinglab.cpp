#include "panels/framinglab.h"

#include "models/bytesformat.h"
#include "models/labframer.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace acw {

FramingLab::FramingLab(QWidget *parent)
    : QWidget(parent)
    , m_input(new QPlainTextEdit(this))
    , m_inputMode(new QComboBox(this))
    , m_script(new QLineEdit(QStringLiteral("\\r\\n"), this))
    , m_chunks(new QLineEdit(this))
    , m_maxFrame(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_frames(new QStandardItemModel(this))
    , m_view(new QTableView(this))
    , m_debounce(new QTimer(this))
{
    m_input->setObjectName(QStringLiteral("labInput"));
    m_input->setPlainText(QStringLiteral("GET /kongxx HTTP/1.0\\r\\nHost: x\\r\\n\\r\\n"));
    m_inputMode->addItem(tr("Text with escapes"));
    m_inputMode->addItem(tr("Hex"));
    m_script->setObjectName(QStringLiteral("labScript"));
    m_script->setToolTip(tr("Terminators for frame 1, 2, …, separated by commas; the last one "
                            "stays. Example: \\r\\n, count:5"));
    m_chunks->setObjectName(QStringLiteral("labChunks"));
    m_chunks->setPlaceholderText(tr("all at once"));
    m_chunks->setToolTip(tr("Read sizes, cycled: 1 feeds byte by byte; 3,5 alternates"));
    m_maxFrame->setRange(0, 1 << 30);
    m_maxFrame->setSpecialValueText(tr("unlimited"));
    m_summary->setObjectName(QStringLiteral("labSummary"));
    m_summary->setWordWrap(true);
    m_frames->setHorizontalHeaderLabels({tr("#"), tr("Size"), tr("Terminator"), tr("Data")});
    m_view->setObjectName(QStringLiteral("labFrames"));
    m_view->setModel(m_frames);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setColumnWidth(0, 50);
    m_view->setColumnWidth(1, 60);
    m_view->setColumnWidth(2, 90);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Input is:"), m_inputMode);
    form->addRow(tr("Terminator script:"), m_script);
    form->addRow(tr("Read sizes:"), m_chunks);
    form->addRow(tr("Max frame:"), m_maxFrame);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("Bytes to frame:"), this));
    topLayout->addWidget(m_input, 1);
    topLayout->addLayout(form);
    topLayout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &FramingLab::recompute);
    auto later = [this] { m_debounce->start(); };
    connect(m_input, &QPlainTextEdit::textChanged, this, later);
    connect(m_inputMode, &QComboBox::currentIndexChanged, this, later);
    connect(m_script, &QLineEdit::textChanged, this, later);
    connect(m_chunks, &QLineEdit::textChanged, this, later);
    connect(m_maxFrame, &QSpinBox::valueChanged, this, later);
    recompute();
}

void FramingLab::setInput(const QString &text, bool hex)
{
    m_inputMode->setCurrentIndex(hex ? 1 : 0);
    m_input->setPlainText(text);
}

void FramingLab::setScript(const QString &script)
{
    m_script->setText(script);
}

void FramingLab::setChunkSizes(const QString &sizes)
{
    m_chunks->setText(sizes);
}

QString FramingLab::summary() const
{
    return m_summary->text();
}

void FramingLab::recompute()
{
    m_debounce->stop();
    bool ok = false;
    const QByteArray input = bytesformat::parseInput(m_input->toPlainText(),
                                                     m_inputMode->currentIndex() == 1, &ok);
    QVector<Terminator> script;
    QVector<int> chunks;
    QString bad;
    QString error;
    if (!ok)
        error = tr("The input has a bad escape or hex digit.");
    else if (!parseScript(m_script->text(), &script, &bad))
        error = tr("Bad terminator in the script: %1").arg(bad);
    else if (!parseChunkSizes(m_chunks->text(), &chunks))
        error = tr("Read sizes are whole numbers above 0, separated by commas.");
    m_frames->removeRows(0, m_frames->rowCount());
    if (!error.isEmpty()) {
        m_summary->setText(error);
        m_summary->setStyleSheet(QStringLiteral("color: #b02020;"));
        return;
    }
    m_summary->setStyleSheet(QString());
    const qint64 maxFrame = m_maxFrame->value() == 0 ? -1 : m_maxFrame->value();
    const LabResult r = frameBytes(input, script, chunks, maxFrame, 5000);
    for (const LabFrame &f : r.frames) {
        QList<QStandardItem *> row;
        row << new QStandardItem(QString::number(f.index))
            << new QStandardItem(QString::number(f.data.size()))
            << new QStandardItem(f.terminator)
            << new QStandardItem(bytesformat::line(f.data, 200));
        m_frames->appendRow(row);
    }
    QString text = tr("%1 bytes in %2 reads: %3 frames. Still collected: %4. Held back: %5. "
                      "Waiting for: %6.")
                       .arg(input.size())
                       .arg(r.chunkStarts.size())
                       .arg(r.frames.size())
                       .arg(r.pending.isEmpty() ? tr("nothing")
                                                : bytesformat::preview(r.pending, 40),
                            r.heldBack.isEmpty() ? tr("nothing")
                                                 : bytesformat::escaped(r.heldBack),
                            r.nextTerminator);
    if (r.overflowAt >= 0)
        text += QLatin1Char(' ') + tr("A frame passed the maximum (%1 bytes) and was dropped.")
                                      .arg(r.overflowAt);
    m_summary->setText(text);
}

} // namespace acw
