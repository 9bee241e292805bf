#include "panels/framinglab.h"

#include "messages.h"
#include "models/bytesformat.h"

#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace acw {

using labscript::ChunkMode;

namespace {

constexpr int TraceLimit = 20000; // events the stepper keeps; the frames stay complete

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setStyleSheet(QStringLiteral("color: #b02020;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QString outcomeText(const FramingOutcome &o, qint64 highlight)
{
    QStringList lines;
    for (const ScriptedFrame &f : o.frames)
        lines << QStringLiteral("%1%2 [%3] %4")
                     .arg(f.number == highlight ? QStringLiteral("▶ ") : QStringLiteral("  "))
                     .arg(f.number)
                     .arg(f.terminator.toSpec(), bytesformat::preview(f.data, 60));
    lines << FramingLab::tr("collected: %1").arg(bytesformat::preview(o.pending, 40))
          << FramingLab::tr("held back: %1").arg(bytesformat::escaped(o.heldBack))
          << FramingLab::tr("terminator: %1").arg(o.terminator.toSpec());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

FramingLab::FramingLab(QWidget *parent)
    : QWidget(parent)
    , m_lessons(labLessons())
    , m_input(new QPlainTextEdit(this))
    , m_inputMode(new QComboBox(this))
    , m_script(new QLineEdit(QStringLiteral("\\r\\n"), this))
    , m_presets(new QComboBox(this))
    , m_scriptError(errorLabel(QStringLiteral("labScriptError"), this))
    , m_chunkMode(new QComboBox(this))
    , m_chunkValue(new QLineEdit(this))
    , m_newSeed(new QPushButton(tr("New seed"), this))
    , m_changes(new QLineEdit(this))
    , m_maxFrame(new QSpinBox(this))
    , m_overwrite(new QCheckBox(
          tr("Handler mistake: collectIncomingData() overwrites instead of appending"), this))
    , m_summary(new QLabel(this))
    , m_frames(new QStandardItemModel(this))
    , m_view(new QTableView(this))
    , m_bytes(new QTextBrowser(this))
    , m_stepDetail(new QPlainTextEdit(this))
    , m_stepBox(new QSpinBox(this))
    , m_stepOf(new QLabel(this))
    , m_granularity(new QComboBox(this))
    , m_hex(new QCheckBox(tr("Hex"), this))
    , m_randomRuns(new QSpinBox(this))
    , m_verdict(new QLabel(this))
    , m_sideBySide(new QWidget(this))
    , m_reference(new QPlainTextEdit(this))
    , m_differing(new QPlainTextEdit(this))
    , m_lessonBox(new QComboBox(this))
    , m_lessonPane(new QWidget(this))
    , m_lessonText(new QTextBrowser(this))
    , m_exerciseResult(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    buildUi();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &FramingLab::recompute);
    auto later = [this] { m_debounce->start(); };
    connect(m_input, &QPlainTextEdit::textChanged, this, later);
    connect(m_inputMode, &QComboBox::currentIndexChanged, this, later);
    connect(m_script, &QLineEdit::textChanged, this, later);
    connect(m_chunkMode, &QComboBox::currentIndexChanged, this, [this, later] {
        updateChunkField();
        later();
    });
    connect(m_chunkValue, &QLineEdit::textChanged, this, later);
    connect(m_changes, &QLineEdit::textChanged, this, later);
    connect(m_maxFrame, &QSpinBox::valueChanged, this, later);
    connect(m_overwrite, &QCheckBox::toggled, this, later);
    connect(m_newSeed, &QPushButton::clicked, this, [this] {
        m_chunkValue->setText(QString::number(QDateTime::currentMSecsSinceEpoch() % 100000));
    });
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        const QList<labscript::Preset> presets = labscript::presets();
        if (index <= 0 || index > presets.size())
            return;
        setInput(presets.at(index - 1).input);
        setScript(presets.at(index - 1).script);
        m_presets->setCurrentIndex(0);
    });
    updateChunkField();
    recompute();
}

void FramingLab::buildUi()
{
    m_input->setObjectName(QStringLiteral("labInput"));
    m_input->setPlainText(QStringLiteral("GET /kongxx HTTP/1.0\\r\\nHost: x\\r\\n\\r\\n"));
    m_input->setMaximumHeight(m_input->fontMetrics().lineSpacing() * 3 + 12);
    m_inputMode->setObjectName(QStringLiteral("labInputMode"));
    m_inputMode->addItem(tr("Text with escapes"));
    m_inputMode->addItem(tr("Hex"));
    m_script->setObjectName(QStringLiteral("labScript"));
    m_script->setToolTip(tr("Terminators for frame 1, 2, …, separated by spaces or commas; the "
                            "last one is set again after every frame. Each entry: escaped bytes "
                            "(\\r \\n \\t \\0 \\\\ \\xHH; a space is \\x20), count:N or none. "
                            "Example: \\r\\n count:5"));
    m_presets->setObjectName(QStringLiteral("labPresets"));
    // A menu-like box: as wide as its label, the script field takes the rest of the row.
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_presets->setMinimumContentsLength(10);
    m_presets->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_presets->addItem(tr("Presets…"));
    for (const labscript::Preset &p : labscript::presets())
        m_presets->addItem(p.name);
    m_chunkMode->setObjectName(QStringLiteral("labChunkMode"));
    m_chunkMode->addItems({ tr("All at once"), tr("Fixed size N"), tr("Explicit list"),
        tr("Random (seed)"), tr("1 byte at a time") });
    m_chunkValue->setObjectName(QStringLiteral("labChunks"));
    m_changes->setObjectName(QStringLiteral("labChanges"));
    m_changes->setPlaceholderText(tr("none; e.g. 12:count:5 sets count:5 after 12 bytes"));
    m_changes->setToolTip(tr("Terminators set from outside a callback once BYTES bytes were "
                             "read (the window's live change): BYTES:SPEC, comma separated"));
    m_maxFrame->setRange(0, 1 << 30);
    m_maxFrame->setSpecialValueText(tr("unlimited"));
    m_overwrite->setObjectName(QStringLiteral("labOverwrite"));
    m_summary->setObjectName(QStringLiteral("labSummary"));
    m_summary->setWordWrap(true);

    auto *io = new QHBoxLayout;
    auto *openFile = new QPushButton(tr("Open file…"), this);
    auto *openCase = new QPushButton(tr("Open case…"), this);
    auto *exportCase = new QPushButton(tr("Export case…"), this);
    connect(openFile, &QPushButton::clicked, this, &FramingLab::openFileDialog);
    connect(openCase, &QPushButton::clicked, this, &FramingLab::openCaseDialog);
    connect(exportCase, &QPushButton::clicked, this, &FramingLab::exportCaseDialog);
    m_lessonBox->setObjectName(QStringLiteral("labLessons"));
    // Lesson titles are long: the box must not make the lab wider than a narrow window.
    m_lessonBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_lessonBox->setMinimumContentsLength(12);
    m_lessonBox->addItem(tr("No lesson"));
    for (const LabLesson &l : m_lessons)
        m_lessonBox->addItem(l.title);
    connect(m_lessonBox, &QComboBox::activated, this, [this](int i) { startLesson(i - 1); });
    io->addWidget(new QLabel(tr("Lesson:"), this));
    io->addWidget(m_lessonBox, 1);
    io->addWidget(openFile);
    io->addWidget(openCase);
    io->addWidget(exportCase);

    auto *scriptRow = new QHBoxLayout;
    scriptRow->addWidget(m_script, 1);
    scriptRow->addWidget(m_presets);
    auto *chunkRow = new QHBoxLayout;
    chunkRow->addWidget(m_chunkMode);
    chunkRow->addWidget(m_chunkValue, 1);
    chunkRow->addWidget(m_newSeed);
    auto *form = new QFormLayout;
    form->addRow(tr("Bytes to frame:"), m_inputMode);
    form->addRow(m_input);
    form->addRow(tr("Terminator script:"), scriptRow);
    form->addRow(m_scriptError);
    form->addRow(tr("Reads:"), chunkRow);
    form->addRow(tr("Live changes:"), m_changes);
    form->addRow(tr("Max frame:"), m_maxFrame);
    form->addRow(m_overwrite);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(io);
    topLayout->addLayout(form);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(buildInvariance());

    m_frames->setHorizontalHeaderLabels({ tr("#"), tr("Size"), tr("Terminator"), tr("Data") });
    m_view->setObjectName(QStringLiteral("labFrames"));
    m_view->setModel(m_frames);
    m_view->verticalHeader()->hide();
    m_view->setColumnWidth(0, 40);
    m_view->setColumnWidth(1, 50);
    m_view->setColumnWidth(2, 90);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(buildStepper());
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    auto *outer = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter);
    outer->addWidget(buildLessonPane());
    outer->setStretchFactor(0, 3);
    outer->setStretchFactor(1, 1);
    m_outer = outer;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(outer);
}

// Narrow (a small window, or the side docks open): the lesson goes under the lab and the
// step's explanation under the bytes, instead of squeezing both into slivers.
void FramingLab::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const Qt::Orientation outer = width() < kSideBySideLesson ? Qt::Vertical : Qt::Horizontal;
    if (m_outer && m_outer->orientation() != outer)
        m_outer->setOrientation(outer);
    const Qt::Orientation views = width() < kSideBySideDetail ? Qt::Vertical : Qt::Horizontal;
    if (m_views && m_views->orientation() != views)
        m_views->setOrientation(views);
}

QWidget *FramingLab::buildStepper()
{
    auto *box = new QWidget(this);
    auto *bar = new QHBoxLayout;
    auto button = [this, bar](const QString &text, const QString &tip, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setToolTip(tip);
        b->setMaximumWidth(40);
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(QStringLiteral("|◀"), tr("First step"), [this] { setStep(0); });
    button(QStringLiteral("◀"), tr("Step back"), [this] { setStep(m_step - 1); });
    m_stepBox->setObjectName(QStringLiteral("labStep"));
    m_stepBox->setToolTip(tr("Jump to a step"));
    bar->addWidget(m_stepBox);
    bar->addWidget(m_stepOf);
    button(QStringLiteral("▶"), tr("Step forward"), [this] { setStep(m_step + 1); });
    button(QStringLiteral("▶|"), tr("Last step"), [this] { setStep(stepCount() - 1); });
    m_granularity->setObjectName(QStringLiteral("labGranularity"));
    m_granularity->addItems({ tr("by event"), tr("by read") });
    bar->addWidget(m_granularity);
    bar->addWidget(m_hex);
    bar->addStretch(1);
    auto *legend = new QLabel(tr("Reads are shaded in turn; a red bar ends a frame; blue bytes are "
                                 "consumed terminators; orange is held back; yellow is this step; "
                                 "underlined is where the search looked; grey is not read yet."),
        this);
    legend->setWordWrap(true);
    connect(m_stepBox, &QSpinBox::valueChanged, this, [this](int v) {
        if (v - 1 != m_step)
            setStep(v - 1);
    });
    connect(m_granularity, &QComboBox::currentIndexChanged, this,
        [this](int i) { setStepByRead(i == 1); });
    connect(m_hex, &QCheckBox::toggled, this, &FramingLab::showStep);
    m_bytes->setObjectName(QStringLiteral("labBytes"));
    m_stepDetail->setObjectName(QStringLiteral("labStepDetail"));
    m_stepDetail->setReadOnly(true);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(legend);
    auto *views = new QSplitter(Qt::Horizontal, box);
    m_views = views;
    views->addWidget(m_bytes);
    views->addWidget(m_stepDetail);
    views->setStretchFactor(0, 3);
    views->setStretchFactor(1, 2);
    layout->addWidget(views, 1);
    return box;
}

QWidget *FramingLab::buildInvariance()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout;
    auto *check = new QPushButton(tr("Check chunking invariance"), this);
    check->setObjectName(QStringLiteral("labCheckInvariance"));
    check->setToolTip(tr("Frame the stream under every 2-way split, every 3-way split (short "
                         "streams), 1-byte reads and random reads, and compare with one read"));
    connect(check, &QPushButton::clicked, this, &FramingLab::checkInvariance);
    m_randomRuns->setRange(0, 1000);
    m_randomRuns->setValue(50);
    m_randomRuns->setPrefix(tr("random ×"));
    m_verdict->setObjectName(QStringLiteral("labVerdict"));
    m_verdict->setWordWrap(true);
    row->addWidget(check);
    row->addWidget(m_randomRuns);
    row->addWidget(m_verdict, 1);
    auto *sides = new QHBoxLayout(m_sideBySide);
    sides->setContentsMargins(0, 0, 0, 0);
    for (QPlainTextEdit *e : { m_reference, m_differing }) {
        e->setReadOnly(true);
        e->setMaximumHeight(110);
        sides->addWidget(e);
    }
    m_differing->setObjectName(QStringLiteral("labDiffering"));
    m_sideBySide->hide();
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_sideBySide);
    return box;
}

QWidget *FramingLab::buildLessonPane()
{
    m_lessonText->setObjectName(QStringLiteral("labLessonText"));
    auto *check = new QPushButton(tr("Check exercise"), this);
    check->setObjectName(QStringLiteral("labCheckExercise"));
    connect(check, &QPushButton::clicked, this, &FramingLab::checkExercise);
    auto *close = new QPushButton(tr("Close lesson"), this);
    connect(close, &QPushButton::clicked, this, [this] { startLesson(-1); });
    m_exerciseResult->setObjectName(QStringLiteral("labExerciseResult"));
    m_exerciseResult->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(check);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(m_lessonPane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lessonText, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_exerciseResult);
    m_lessonPane->hide();
    return m_lessonPane;
}

void FramingLab::updateChunkField()
{
    const auto mode = ChunkMode(m_chunkMode->currentIndex());
    m_chunkValue->setEnabled(
        mode == ChunkMode::Fixed || mode == ChunkMode::List || mode == ChunkMode::Random);
    m_newSeed->setVisible(mode == ChunkMode::Random);
    m_chunkValue->setPlaceholderText(mode == ChunkMode::Fixed    ? tr("N bytes per read")
                                     : mode == ChunkMode::List   ? tr("3,1,5 (used in turn)")
                                     : mode == ChunkMode::Random ? tr("seed")
                                                                 : QString());
    if (mode == ChunkMode::Random && m_chunkValue->text().isEmpty())
        m_chunkValue->setText(QStringLiteral("1"));
}

// --- Loading ---

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
    setChunkMode(sizes.trimmed().isEmpty() ? ChunkMode::AllAtOnce : ChunkMode::List, sizes);
}

void FramingLab::setChunkMode(ChunkMode mode, const QString &value)
{
    m_chunkMode->setCurrentIndex(int(mode));
    m_chunkValue->setText(value);
    updateChunkField();
}

void FramingLab::setChanges(const QString &changes)
{
    m_changes->setText(changes);
}

void FramingLab::setOverwrite(bool on)
{
    m_overwrite->setChecked(on);
}

void FramingLab::setMaxFrame(qint64 bytes)
{
    m_maxFrame->setValue(bytes < 0 ? 0 : int(std::min<qint64>(bytes, 1 << 30)));
}

LabState FramingLab::state() const
{
    LabState s;
    bool ok = false;
    const QByteArray input
        = bytesformat::parseInput(m_input->toPlainText(), m_inputMode->currentIndex() == 1, &ok);
    s.input = ok ? Terminator::escape(input) : m_input->toPlainText();
    s.chunkMode = ChunkMode(m_chunkMode->currentIndex());
    s.chunkValue = m_chunkValue->text();
    s.script = m_script->text();
    s.changes = m_changes->text();
    s.overwrite = m_overwrite->isChecked();
    return s;
}

void FramingLab::setState(const LabState &s)
{
    setInput(s.input);
    setScript(s.script);
    setChunkMode(s.chunkMode, s.chunkValue);
    setChanges(s.changes);
    setOverwrite(s.overwrite);
    setMaxFrame(-1);
    recompute();
}

void FramingLab::loadCase(const FramingCase &c)
{
    bool printable = true;
    for (char ch : c.input)
        printable = printable && (uchar(ch) >= 0x20 || ch == '\r' || ch == '\n' || ch == '\t');
    if (printable)
        setInput(Terminator::escape(c.input));
    else
        setInput(QString::fromLatin1(c.input.toHex(' ')), true);
    setScript(labscript::scriptText(c.setup.script));
    QStringList sizes;
    for (qint64 n : c.setup.chunks)
        sizes << QString::number(n);
    setChunkSizes(sizes.join(QLatin1Char(',')));
    setChanges(labscript::changesText(c.setup.setAt));
    setMaxFrame(c.setup.maxFrame);
    setOverwrite(c.setup.overwrite);
    recompute();
}

bool FramingLab::openCaseFile(const QString &path, QString *error)
{
    QFile file(path);
    QString why;
    FramingCase c;
    CaseError malformed;
    if (!file.open(QIODevice::ReadOnly))
        why = file.errorString();
    else if (!FramingCase::fromJson(file.readAll(), &c, &malformed))
        why = tr("not a case file: %1").arg(messages::caseError(malformed));
    if (!why.isEmpty()) {
        m_summary->setText(tr("Cannot open %1: %2").arg(path, why));
        if (error)
            *error = why;
        return false;
    }
    loadCase(c);
    return true;
}

bool FramingLab::collect(FramingCase *out, QString *error) const
{
    bool ok = false;
    FramingCase c;
    c.input
        = bytesformat::parseInput(m_input->toPlainText(), m_inputMode->currentIndex() == 1, &ok);
    if (!ok) {
        *error = tr("The input has a bad escape or hex digit.");
        return false;
    }
    const labscript::ScriptResult script = labscript::parseScript(m_script->text());
    if (!script.error.isEmpty()) {
        *error = tr("Terminator script: %1").arg(script.error);
        return false;
    }
    c.setup.script = script.script;
    QString why;
    if (!labscript::chunkSizes(ChunkMode(m_chunkMode->currentIndex()), m_chunkValue->text(),
            c.input.size(), &c.setup.chunks, &why)) {
        *error = tr("Reads: %1").arg(why);
        return false;
    }
    if (!labscript::parseChanges(m_changes->text(), &c.setup.setAt, &why)) {
        *error = why;
        return false;
    }
    c.setup.maxFrame = m_maxFrame->value() == 0 ? -1 : m_maxFrame->value();
    c.setup.overwrite = m_overwrite->isChecked();
    const SetupProblem invalid = c.setup.validate();
    if (!invalid.isNone()) {
        *error = messages::setupProblem(invalid);
        return false;
    }
    *out = c;
    return true;
}

bool FramingLab::currentCase(FramingCase *out, QString *error) const
{
    QString why;
    if (!collect(out, &why)) {
        if (error)
            *error = why;
        return false;
    }
    out->expectOutcome(out->run());
    return true;
}

bool FramingLab::exportCaseFile(const QString &path, QString *error)
{
    FramingCase c;
    QString why;
    if (currentCase(&c, &why)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(c.toJson()) < 0)
            why = file.errorString();
    }
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    m_summary->setText(
        tr("Exported to %1. Replay it with: asynchat-workbench frame --expect %1").arg(path));
    return true;
}

void FramingLab::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a stream"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Cannot open %1: %2").arg(path, file.errorString()));
        return;
    }
    setInput(QString::fromLatin1(file.read(1 << 20).toHex(' ')), true);
}

void FramingLab::openCaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a case"), QString(), tr("Case files (*.json)"));
    if (!path.isEmpty())
        openCaseFile(path);
}

void FramingLab::exportCaseDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the case"), QStringLiteral("case.json"), tr("Case files (*.json)"));
    QString error;
    if (!path.isEmpty() && !exportCaseFile(path, &error))
        m_summary->setText(tr("Cannot export to %1: %2").arg(path, error));
}

void FramingLab::openCapture(const QByteArray &stream, const QList<qint64> &reads,
    const QStringList &script, const QList<QPair<qint64, QString>> &changes)
{
    startLesson(-1);
    FramingCase c;
    c.input = stream;
    c.setup.chunks = reads;
    for (const QString &spec : script)
        c.setup.script << Terminator::parse(spec);
    for (const auto &change : changes)
        c.setup.setAt << TerminatorChange { change.first, Terminator::parse(change.second) };
    loadCase(c);
}

// --- Lessons ---

void FramingLab::startLesson(int index)
{
    m_lesson = index >= 0 && index < m_lessons.size() ? index : -1;
    m_lessonBox->setCurrentIndex(m_lesson + 1);
    m_exerciseResult->clear();
    m_lessonPane->setVisible(m_lesson >= 0);
    if (m_lesson < 0)
        return;
    const LabLesson &l = m_lessons.at(m_lesson);
    QString html = QStringLiteral("<h3>%1</h3>").arg(l.title.toHtmlEscaped());
    for (const QString &p : l.text.split(QStringLiteral("\n\n")))
        html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Exercise:").toHtmlEscaped(), l.exercise.toHtmlEscaped());
    m_lessonText->setHtml(html);
    setState(l.start);
    setStepByRead(false);
    setStep(0);
}

bool FramingLab::checkExercise()
{
    if (m_lesson < 0)
        return false;
    const QStringList diff = acw::checkExercise(m_lessons.at(m_lesson), state());
    if (diff.isEmpty()) {
        m_exerciseResult->setStyleSheet(QStringLiteral("color: #107010;"));
        m_exerciseResult->setText(tr("Solved: the frames and the end state are as expected."));
        return true;
    }
    m_exerciseResult->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_exerciseResult->setText(tr("Not yet:") + QLatin1Char('\n') + diff.join(QLatin1Char('\n')));
    return false;
}

QString FramingLab::exerciseResult() const
{
    return m_exerciseResult->text();
}

// --- Framing and stepping ---

QString FramingLab::summary() const
{
    return m_summary->text();
}

QString FramingLab::scriptError() const
{
    return m_scriptError->text();
}

void FramingLab::recompute()
{
    m_debounce->stop();
    m_frames->removeRows(0, m_frames->rowCount());
    m_verdict->clear();
    m_sideBySide->hide();
    const labscript::ScriptResult script = labscript::parseScript(m_script->text());
    m_scriptError->setText(script.error.isEmpty() ? QString()
                                                  : (script.badEntry.isEmpty()
                                                          ? script.error
                                                          : tr("Entry \"%1\" (at character %2): %3")
                                                                .arg(script.badEntry)
                                                                .arg(script.position + 1)
                                                                .arg(script.error)));
    m_scriptError->setVisible(!script.error.isEmpty());
    m_script->setStyleSheet(
        script.error.isEmpty() ? QString() : QStringLiteral("border: 1px solid #b02020;"));
    FramingCase c;
    QString error;
    if (!collect(&c, &error)) {
        m_summary->setText(error);
        m_summary->setStyleSheet(QStringLiteral("color: #b02020;"));
        m_stepper.setRun(QByteArray(), FramingOutcome());
        m_step = -1;
        showStep();
        return;
    }
    m_summary->setStyleSheet(QString());
    ScriptedFramer framer(c.setup);
    framer.setTracing(true, TraceLimit);
    framer.feed(c.input);
    const FramingOutcome r = framer.finish();
    for (const ScriptedFrame &f : r.frames) {
        if (m_frames->rowCount() >= 5000)
            break;
        QList<QStandardItem *> row;
        row << new QStandardItem(QString::number(f.number))
            << new QStandardItem(QString::number(f.size))
            << new QStandardItem(f.terminator.toSpec())
            << new QStandardItem(bytesformat::line(f.data, 200));
        m_frames->appendRow(row);
    }
    QString text
        = tr("%n bytes", nullptr, int(c.input.size())) + QStringLiteral(", ")
          + tr("%n reads", nullptr, int(r.reads)) + QStringLiteral(": ")
          + tr("%n frames", nullptr, int(r.frames.size())) + QStringLiteral(". ")
          + tr("Still collected: %1. Held back: %2. Waiting for: %3.")
                .arg(r.pending.isEmpty() ? tr("nothing") : bytesformat::preview(r.pending, 40),
                    r.heldBack.isEmpty() ? tr("nothing") : bytesformat::escaped(r.heldBack),
                    r.terminator.toSpec());
    if (r.tooLong)
        text += QLatin1Char(' ')
                + tr("A frame passed the maximum (%1 bytes so far): framing stopped.")
                      .arg(r.tooLongSize);
    if (r.traceCut)
        text += QLatin1Char(' ') + tr("The stepper shows the first %1 events.").arg(TraceLimit);
    m_summary->setText(text);
    m_stepper.setRun(c.input, r);
    m_step = std::min(std::max(m_step, 0), stepCount() - 1);
    showStep();
}

void FramingLab::setStepByRead(bool byRead)
{
    const int event = m_stepper.firstEvent(m_step);
    m_stepper.setGranularity(
        byRead ? LabStepper::Granularity::Read : LabStepper::Granularity::Event);
    m_granularity->setCurrentIndex(byRead ? 1 : 0);
    int step = 0;
    while (step + 1 < stepCount() && m_stepper.firstEvent(step + 1) <= event)
        ++step;
    m_step = stepCount() ? step : -1;
    showStep();
}

void FramingLab::setStep(int step)
{
    if (stepCount() == 0)
        return;
    m_step = std::clamp(step, 0, stepCount() - 1);
    showStep();
}

int FramingLab::findStep(TraceEvent::Kind kind, int after) const
{
    const QList<TraceEvent> &trace = m_stepper.outcome().trace;
    for (int step = after + 1; step < stepCount(); ++step) {
        for (int e = m_stepper.firstEvent(step); e <= m_stepper.lastEvent(step); ++e) {
            if (trace.at(e).kind == kind)
                return step;
        }
    }
    return -1;
}

QString FramingLab::stepText() const
{
    return m_stepDetail->toPlainText();
}

QString FramingLab::byteViewHtml() const
{
    return m_stepper.html(m_step, m_hex->isChecked());
}

void FramingLab::showStep()
{
    const QSignalBlocker blocker(m_stepBox);
    m_stepBox->setRange(stepCount() ? 1 : 0, std::max(stepCount(), 0));
    m_stepBox->setValue(m_step + 1);
    m_stepOf->setText(tr("of %1").arg(stepCount()));
    m_bytes->setHtml(byteViewHtml());
    // Frames not yet found at this step are greyed out in the table.
    const qint64 found = m_step < 0
                             ? m_frames->rowCount()
                             : m_stepper.outcome().trace.at(m_stepper.lastEvent(m_step)).frames;
    const QBrush grey(QColor(160, 160, 160));
    for (int row = 0; row < m_frames->rowCount(); ++row) {
        const QVariant brush = row < found ? QVariant() : QVariant(grey);
        for (int column = 0; column < m_frames->columnCount(); ++column) {
            QStandardItem *item = m_frames->item(row, column);
            if (item && item->data(Qt::ForegroundRole) != brush)
                item->setData(brush, Qt::ForegroundRole);
        }
    }
    if (m_step < 0) {
        m_stepDetail->setPlainText(QString());
        return;
    }
    m_stepDetail->setPlainText(tr("Step %1 of %2").arg(m_step + 1).arg(stepCount())
                               + QStringLiteral("\n") + m_stepper.describe(m_step)
                               + QStringLiteral("\n\n") + m_stepper.stateText(m_step));
}

// --- Invariance ---

void FramingLab::checkInvariance()
{
    FramingCase c;
    QString error;
    if (!collect(&c, &error)) {
        m_verdict->setText(error);
        return;
    }
    const quint32 seed = quint32(QDateTime::currentMSecsSinceEpoch() % 100000);
    const InvarianceReport r = acw::checkInvariance(c.input, c.setup, m_randomRuns->value(), seed);
    if (r.invariant) {
        m_verdict->setStyleSheet(QStringLiteral("color: #107010;"));
        m_verdict->setText(
            tr("Invariant: %n chunkings (random seed %1) give the same frames and end "
               "state as one read.",
                nullptr, r.tried)
                .arg(seed));
        m_sideBySide->hide();
        return;
    }
    QStringList sizes;
    for (qint64 n : r.differing.sizes.mid(0, 12))
        sizes << QString::number(n);
    if (r.differing.sizes.size() > 12)
        sizes << QStringLiteral("…");
    m_verdict->setStyleSheet(QStringLiteral("color: #b02020;"));
    const QString where = r.firstDifferentFrame ? tr("frame %1 differs").arg(r.firstDifferentFrame)
                                                : tr("the frames agree, the end state differs");
    QString name;
    switch (r.differing.kind) {
    case Chunking::Kind::OneRead: name = tr("one read"); break;
    case Chunking::Kind::Split:
        name = tr("split in %n", nullptr, int(r.differing.sizes.size()));
        break;
    case Chunking::Kind::OneByte: name = tr("1 byte at a time"); break;
    case Chunking::Kind::Random:
        name = tr("random #%1, seed %2").arg(r.differing.number).arg(seed);
        break;
    }
    m_verdict->setText(tr("Not invariant: reads %1 (%2) give other results than one read: %3.")
                           .arg(sizes.join(QLatin1Char(',')), name, where));
    m_reference->setPlainText(tr("One read:") + QLatin1Char('\n')
                              + outcomeText(r.referenceOutcome, r.firstDifferentFrame));
    m_differing->setPlainText(tr("Reads %1:").arg(sizes.join(QLatin1Char(','))) + QLatin1Char('\n')
                              + outcomeText(r.differingOutcome, r.firstDifferentFrame));
    m_sideBySide->show();
}

QString FramingLab::invarianceVerdict() const
{
    return m_verdict->text();
}

} // namespace acw
