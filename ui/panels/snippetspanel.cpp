#include "panels/snippetspanel.h"

#include "models/bytesformat.h"
#include "models/capturefile.h"
#include "models/capturesave.h"
#include "models/capturestore.h"
#include "models/connectionmodel.h"
#include "models/copyformats.h"
#include "models/framelistmodel.h"
#include "models/sendjobmodel.h"
#include "models/snippetmodel.h"
#include "workbench.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace acw {

SnippetsPanel::SnippetsPanel(
    Workbench *workbench, SnippetModel *snippets, SendJobModel *jobs, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_snippets(snippets)
    , m_jobs(jobs)
    , m_list(new QListView(this))
    , m_name(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_terminator(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_count(new QSpinBox(this))
    , m_interval(new QSpinBox(this))
    , m_repeat(new QPushButton(tr("&Repeat"), this))
    , m_file(new QPushButton(tr("Send &file…"), this))
    , m_jobsArea(new QWidget(this))
    , m_jobsLayout(new QVBoxLayout(m_jobsArea))
    , m_reconnect(new QPushButton(tr("Re&connect"), this))
    , m_saveRaw(new QPushButton(tr("Save &received…"), this))
    , m_saveFrames(new QPushButton(tr("Save fra&mes…"), this))
    , m_saveCapture(new QPushButton(tr("Save capt&ure…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("snippetsPanel"));
    auto *layout = new QVBoxLayout(this);
    buildLibrary(layout);
    buildSend(layout);
    buildConnection(layout);
    m_status->setObjectName(QStringLiteral("sendStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_jobs, &SendJobModel::changed, this, [this](quint64 connection) {
        if (connection == m_id)
            rebuildJobs();
    });
    ConnectionModel *model = m_workbench->connections();
    connect(model, &ConnectionModel::dataChanged, this, &SnippetsPanel::updateEnabled);
    connect(model, &ConnectionModel::rowsInserted, this, &SnippetsPanel::updateEnabled);
    connect(model, &ConnectionModel::rowsRemoved, this, &SnippetsPanel::updateEnabled);
    // Ctrl+Alt+1..9 send the first nine snippets, wherever the focus is in the window.
    for (int k = 0; k < 9; ++k) {
        // Owned by the panel: a panel built again (language change) brings its own.
        auto *shortcut
            = new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + k)), this);
        shortcut->setContext(Qt::ApplicationShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, k] { sendSnippet(k); });
    }
    if (m_snippets->rowCount() > 0)
        selectRow(0);
    loadEditor();
    setConnection(0);
}

void SnippetsPanel::buildLibrary(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Snippets"), this);
    auto *v = new QVBoxLayout(box);
    m_list->setObjectName(QStringLiteral("snippetList"));
    m_list->setModel(m_snippets);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumHeight(110);
    m_list->setToolTip(tr("Double-click, Send or Ctrl+Alt+1…9 sends to the selected connection"));
    v->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New"), box);
    auto *remove = new QPushButton(tr("Remo&ve"), box);
    add->setObjectName(QStringLiteral("newSnippetButton"));
    remove->setObjectName(QStringLiteral("removeSnippetButton"));
    auto *more = new QPushButton(tr("File"), box);
    auto *menu = new QMenu(more);
    menu->addAction(tr("&Import snippets…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import snippets"), QString(), tr("Snippets (*.json);;All files (*)"));
        if (!path.isEmpty())
            importSnippets(path);
    });
    menu->addAction(tr("&Export snippets…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export snippets"), QStringLiteral("snippets.json"), tr("Snippets (*.json)"));
        if (!path.isEmpty())
            exportSnippets(path);
    });
    more->setMenu(menu);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(more);
    v->addLayout(buttons);

    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("snippetName"));
    m_text->setObjectName(QStringLiteral("snippetText"));
    m_text->setPlaceholderText(tr("e.g. GET / HTTP/1.0\\r\\n\\r\\n, or 68 69 in hex"));
    m_format->addItem(tr("Text"));
    m_format->addItem(tr("Hex"));
    m_format->setToolTip(tr("Text takes escapes: \\r \\n \\t \\0 \\\\ \\xHH"));
    m_terminator->setEditable(true);
    m_terminator->setToolTip(tr("Appended to the message, as escaped bytes; empty for none"));
    for (const char *spec : { "", "\\r\\n", "\\n", "\\r", "\\0" })
        m_terminator->addItem(QString::fromLatin1(spec));
    m_terminator->setItemText(0, QString());
    m_encoding->addItems(Snippet::encodings());
    m_encoding->setToolTip(tr("How characters other than escapes become bytes (text only)"));
    auto *kind = new QHBoxLayout;
    kind->addWidget(m_format);
    kind->addWidget(new QLabel(tr("Encoding:"), box));
    kind->addWidget(m_encoding, 1);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Format:"), kind);
    form->addRow(tr("Message:"), m_text);
    form->addRow(tr("Terminator:"), m_terminator);
    v->addLayout(form);
    layout->addWidget(box, 1);

    connect(add, &QPushButton::clicked, this, [this] {
        Snippet s;
        s.name = tr("New snippet");
        selectRow(m_snippets->add(s));
        m_name->setFocus();
        m_name->selectAll();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        m_snippets->remove(row);
        selectRow(qMin(row, m_snippets->rowCount() - 1));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &SnippetsPanel::loadEditor);
    connect(m_snippets, &QAbstractItemModel::modelReset, this,
        [this] { selectRow(m_snippets->rowCount() > 0 ? 0 : -1); });
    connect(m_list, &QListView::doubleClicked, this,
        [this](const QModelIndex &index) { sendSnippet(index.row()); });
    connect(m_name, &QLineEdit::textEdited, this, &SnippetsPanel::storeEditor);
    connect(m_text, &QLineEdit::textEdited, this, &SnippetsPanel::storeEditor);
    connect(m_text, &QLineEdit::returnPressed, this, [this] { sendSnippet(currentRow()); });
    connect(m_terminator, &QComboBox::currentTextChanged, this, &SnippetsPanel::storeEditor);
    connect(m_format, &QComboBox::currentIndexChanged, this, &SnippetsPanel::storeEditor);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &SnippetsPanel::storeEditor);
}

void SnippetsPanel::buildSend(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Send to the selected connection"), this);
    auto *v = new QVBoxLayout(box);
    m_send->setObjectName(QStringLiteral("sendSnippetButton"));
    m_count->setObjectName(QStringLiteral("repeatCount"));
    m_count->setRange(0, 1000000000);
    m_count->setValue(10);
    m_count->setSpecialValueText(tr("until stopped"));
    m_count->setToolTip(tr("How many times; 0: until stopped"));
    m_interval->setObjectName(QStringLiteral("repeatInterval"));
    m_interval->setRange(0, 24 * 3600 * 1000);
    m_interval->setValue(1000);
    m_interval->setSuffix(tr(" ms"));
    m_interval->setSpecialValueText(tr("back to back"));
    m_interval->setToolTip(tr("One every so many milliseconds; 0: as fast as the socket takes "
                              "them. Never faster than the peer reads: a tick waits while the "
                              "output queue is above its low watermark."));
    m_repeat->setObjectName(QStringLiteral("repeatButton"));
    m_file->setObjectName(QStringLiteral("sendFileButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_send);
    row->addWidget(m_file);
    v->addLayout(row);
    auto *repeat = new QHBoxLayout;
    repeat->addWidget(m_repeat);
    repeat->addWidget(m_count, 1);
    repeat->addWidget(new QLabel(tr("every"), box));
    repeat->addWidget(m_interval, 1);
    v->addLayout(repeat);
    m_jobsArea->setObjectName(QStringLiteral("sendJobs"));
    m_jobsLayout->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_jobsArea);
    layout->addWidget(box);

    connect(m_send, &QPushButton::clicked, this, [this] { sendSnippet(currentRow()); });
    connect(m_repeat, &QPushButton::clicked, this, [this] { repeatSnippet(currentRow()); });
    connect(m_file, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Send a file"));
        if (!path.isEmpty())
            sendFile(path);
    });
}

void SnippetsPanel::buildConnection(QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    m_reconnect->setToolTip(
        tr("Open a new client connection with the same host, port and terminator"));
    m_saveRaw->setObjectName(QStringLiteral("saveReceivedButton"));
    m_saveRaw->setToolTip(tr("The bytes received, as they came (raw)"));
    m_saveFrames->setObjectName(QStringLiteral("saveFramesButton"));
    m_saveFrames->setToolTip(tr("The frames received, one JSON object per line, whole payloads"));
    m_saveCapture->setObjectName(QStringLiteral("saveCaptureButton"));
    m_saveCapture->setToolTip(tr("Reads, frames, pushes and writes with their times and the "
                                 "terminator changes: File > Open capture shows them again in "
                                 "the inspector and the Framing Lab"));
    row->addWidget(m_reconnect);
    row->addWidget(m_saveRaw);
    layout->addLayout(row);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_saveFrames);
    row2->addWidget(m_saveCapture);
    layout->addLayout(row2);
    connect(m_reconnect, &QPushButton::clicked, this, &SnippetsPanel::reconnect);
    connect(m_saveRaw, &QPushButton::clicked, this, [this] { chooseAndSave(SaveKind::Received); });
    connect(m_saveFrames, &QPushButton::clicked, this, [this] { chooseAndSave(SaveKind::Frames); });
    connect(
        m_saveCapture, &QPushButton::clicked, this, [this] { chooseAndSave(SaveKind::Capture); });
}

void SnippetsPanel::addActionsTo(QMenu *menu)
{
    menu->addAction(tr("Send snippet"), this, [this] { sendSnippet(currentRow()); })
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+Return")));
    menu->addAction(tr("Send &file…"), m_file, &QPushButton::click);
    menu->addAction(tr("Re&connect"), this, &SnippetsPanel::reconnect)
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    menu->addAction(tr("Save &received…"), this, [this] { chooseAndSave(SaveKind::Received); });
    menu->addAction(tr("Save fra&mes…"), this, [this] { chooseAndSave(SaveKind::Frames); });
    menu->addAction(tr("Save capt&ure…"), this, [this] { chooseAndSave(SaveKind::Capture); })
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
}

int SnippetsPanel::currentRow() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

void SnippetsPanel::selectRow(int row)
{
    if (row < 0 || row >= m_snippets->rowCount()) {
        m_list->setCurrentIndex(QModelIndex());
        loadEditor();
        return;
    }
    m_list->setCurrentIndex(m_snippets->index(row));
}

void SnippetsPanel::loadEditor()
{
    const int row = currentRow();
    m_loading = true;
    const bool valid = row >= 0;
    const Snippet s = valid ? m_snippets->at(row) : Snippet();
    m_name->setText(s.name);
    m_text->setText(s.text);
    m_format->setCurrentIndex(s.hex ? 1 : 0);
    m_terminator->setCurrentText(s.terminator);
    const int encoding = m_encoding->findText(s.encoding);
    m_encoding->setCurrentIndex(encoding >= 0 ? encoding : 0);
    for (QWidget *w : { static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_text),
             static_cast<QWidget *>(m_format), static_cast<QWidget *>(m_terminator) })
        w->setEnabled(valid);
    m_encoding->setEnabled(valid && !s.hex);
    m_loading = false;
    updateEnabled();
}

void SnippetsPanel::storeEditor()
{
    const int row = currentRow();
    if (m_loading || row < 0)
        return;
    Snippet s;
    s.name = m_name->text();
    s.text = m_text->text();
    s.hex = m_format->currentIndex() == 1;
    s.terminator = m_terminator->currentText();
    s.encoding = m_encoding->currentText();
    m_encoding->setEnabled(!s.hex);
    m_snippets->replace(row, s);
    QString error;
    s.bytes(&error);
    if (!error.isEmpty())
        report(error, true);
    else
        m_status->clear();
}

bool SnippetsPanel::connectionOpen() const
{
    const ConnectionInfo *info = m_workbench->connections()->info(m_id);
    return info && (info->state == ConnectionInfo::State::Open);
}

void SnippetsPanel::setConnection(quint64 id)
{
    m_id = id;
    updateEnabled();
    rebuildJobs();
}

void SnippetsPanel::updateEnabled()
{
    const bool open = connectionOpen();
    const bool row = currentRow() >= 0;
    m_send->setEnabled(open && row);
    m_repeat->setEnabled(open && row);
    m_file->setEnabled(open);
    const ConnectionInfo *info = m_workbench->connections()->info(m_id);
    m_reconnect->setEnabled(
        info && info->state == ConnectionInfo::State::Closed && m_workbench->clientConfig(m_id));
    const bool captured = m_workbench->captures()->capture(m_id) != nullptr;
    m_saveRaw->setEnabled(captured);
    m_saveFrames->setEnabled(captured);
    m_saveCapture->setEnabled(captured && info);
}

void SnippetsPanel::report(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b02020;") : QString());
    m_status->setText(text);
    emit message(text);
}

bool SnippetsPanel::sendSnippet(int row)
{
    if (row < 0 || row >= m_snippets->rowCount())
        return false;
    if (!connectionOpen()) {
        report(tr("Select an open connection first."), true);
        return false;
    }
    QString error;
    const QByteArray bytes = m_snippets->at(row).bytes(&error);
    if (!error.isEmpty() || bytes.isEmpty()) {
        report(error.isEmpty() ? tr("The snippet is empty.") : error, true);
        return false;
    }
    m_workbench->push(m_id, bytes);
    report(tr("Sent “%1” (%2) to #%3.")
               .arg(m_snippets->at(row).name, bytesformat::size(bytes.size()))
               .arg(m_id));
    return true;
}

quint64 SnippetsPanel::repeatSnippet(int row)
{
    if (row < 0 || row >= m_snippets->rowCount())
        return 0;
    if (!connectionOpen()) {
        report(tr("Select an open connection first."), true);
        return 0;
    }
    QString error;
    const QByteArray bytes = m_snippets->at(row).bytes(&error);
    if (!error.isEmpty() || bytes.isEmpty()) {
        report(error.isEmpty() ? tr("The snippet is empty.") : error, true);
        return 0;
    }
    if (m_count->value() == 0 && m_interval->value() == 0) {
        // Back to back until stopped would flood the peer for ever: ask for a limit.
        report(tr("Back to back needs a count; or give an interval."), true);
        return 0;
    }
    const quint64 job
        = m_workbench->startRepeat(m_id, bytes, m_count->value(), m_interval->value());
    report(tr("Repeating “%1” on #%2.").arg(m_snippets->at(row).name).arg(m_id));
    return job;
}

quint64 SnippetsPanel::sendFile(const QString &path)
{
    if (!connectionOpen()) {
        report(tr("Select an open connection first."), true);
        return 0;
    }
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        report(tr("Cannot read %1.").arg(QDir::toNativeSeparators(path)), true);
        return 0;
    }
    const quint64 job = m_workbench->sendFile(m_id, path);
    report(tr("Sending %1 (%2) to #%3.")
               .arg(info.fileName(), bytesformat::size(info.size()))
               .arg(m_id));
    return job;
}

quint64 SnippetsPanel::reconnect()
{
    const ConnectionInfo *info = m_workbench->connections()->info(m_id);
    if (!info || info->state != ConnectionInfo::State::Closed || !m_workbench->clientConfig(m_id)) {
        report(tr("Reconnect needs a closed client connection."), true);
        return 0;
    }
    const quint64 old = m_id;
    const quint64 id = m_workbench->reconnect(old);
    report(tr("Reconnecting #%1 as #%2.").arg(old).arg(id));
    emit reconnected(id);
    return id;
}

bool SnippetsPanel::chooseAndSave(SaveKind kind)
{
    if (!m_workbench->captures()->capture(m_id))
        return false;
    QString path;
    switch (kind) {
    case SaveKind::Received:
        path = QFileDialog::getSaveFileName(this, tr("Save received bytes"),
            QStringLiteral("connection-%1.bin").arg(m_id), tr("All files (*)"));
        break;
    case SaveKind::Frames:
        path = QFileDialog::getSaveFileName(this, tr("Save frames as JSON Lines"),
            QStringLiteral("connection-%1-frames.jsonl").arg(m_id),
            tr("JSON Lines (*.jsonl);;All files (*)"));
        break;
    case SaveKind::Capture:
        path = QFileDialog::getSaveFileName(this, tr("Save the connection's capture"),
            QStringLiteral("connection-%1.capture.json").arg(m_id),
            tr("Captures (*.capture.json *.json);;All files (*)"));
        break;
    }
    if (path.isEmpty())
        return false;
    switch (kind) {
    case SaveKind::Received: return saveReceived(path);
    case SaveKind::Frames: return saveFrames(path);
    case SaveKind::Capture: break;
    }
    return saveCapture(path);
}

bool SnippetsPanel::saveCapture(const QString &path)
{
    const CaptureStore::Capture *capture = m_workbench->captures()->capture(m_id);
    const ConnectionInfo *info = m_workbench->connections()->info(m_id);
    if (!capture || !info) {
        report(tr("Nothing received or sent on this connection."), true);
        return false;
    }
    QString error;
    if (!capturefile::save(path, *capture, *info, &error)) {
        report(tr("Could not save: %1").arg(error), true);
        return false;
    }
    QByteArray stream;
    QList<qint64> reads;
    QStringList script;
    QList<QPair<qint64, QString>> changes;
    QString why;
    const bool complete = capture->labInput(&stream, &reads, &script, &changes, &why);
    QString text = tr("Saved the capture of #%1 to %2: %3 received in %n read(s),", nullptr,
                       int(capture->chunkStarts.size()))
                       .arg(m_id)
                       .arg(QFileInfo(path).fileName(), bytesformat::size(capture->streamEnd))
                   + QLatin1Char(' ')
                   + tr("%1 sent in %n write(s).", nullptr, int(capture->sends.size()))
                         .arg(bytesformat::size(capture->sentEnd));
    if (!complete)
        text += QLatin1Char(' ')
                + tr("Older bytes or frames were no longer kept: it reopens in the inspector, "
                     "not in the Framing Lab.");
    report(text, !complete);
    return true;
}

bool SnippetsPanel::saveReceived(const QString &path)
{
    const CaptureStore::Capture *capture = m_workbench->captures()->capture(m_id);
    if (!capture) {
        report(tr("Nothing received on this connection."), true);
        return false;
    }
    const capturesave::Result r = capturesave::saveRaw(*capture, path);
    if (!r.ok) {
        report(tr("Could not save: %1").arg(r.error), true);
        return false;
    }
    QString text = tr("Saved %1 received on #%2 to %3.")
                       .arg(bytesformat::size(r.written))
                       .arg(m_id)
                       .arg(QFileInfo(path).fileName());
    if (r.missingBytes > 0)
        text += QLatin1Char(' ')
                + tr("The first %1 are no longer kept (the window keeps the newest bytes of each "
                     "connection).")
                      .arg(bytesformat::size(r.missingBytes));
    report(text, r.missingBytes > 0);
    return true;
}

bool SnippetsPanel::saveFrames(const QString &path)
{
    const CaptureStore::Capture *capture = m_workbench->captures()->capture(m_id);
    if (!capture) {
        report(tr("Nothing received on this connection."), true);
        return false;
    }
    const capturesave::Result r = capturesave::saveFrames(*capture, path);
    if (!r.ok) {
        report(tr("Could not save: %1").arg(r.error), true);
        return false;
    }
    QString text = tr("Saved %n frame(s) of #%1 to %2.", nullptr, int(r.written))
                       .arg(m_id)
                       .arg(QFileInfo(path).fileName());
    if (r.incomplete > 0 || r.droppedFrames > 0)
        text += QLatin1Char(' ')
                + tr("%1 older frame(s) were no longer kept, %2 only in part (marked \"complete\": "
                     "false).")
                      .arg(r.droppedFrames)
                      .arg(r.incomplete);
    report(text, r.incomplete > 0 || r.droppedFrames > 0);
    return true;
}

bool SnippetsPanel::importSnippets(const QString &path)
{
    QString error;
    const int n = m_snippets->importFile(path, &error);
    if (n < 0) {
        report(tr("Could not import %1: %2").arg(QFileInfo(path).fileName(), error), true);
        return false;
    }
    report(tr("Imported %n snippet(s).", nullptr, n));
    return true;
}

bool SnippetsPanel::exportSnippets(const QString &path)
{
    QString error;
    if (!m_snippets->exportFile(path, &error)) {
        report(tr("Could not export: %1").arg(error), true);
        return false;
    }
    report(tr("Exported %n snippet(s) to %1.", nullptr, m_snippets->rowCount())
               .arg(QFileInfo(path).fileName()));
    return true;
}

void SnippetsPanel::rebuildJobs()
{
    // Rows are updated in place (progress comes ten times a second): a Stop button must not
    // be replaced under the mouse.
    const QVector<SendJobInfo> jobs = m_jobs->jobs(m_id);
    QSet<QWidget *> keep;
    for (const SendJobInfo &job : jobs) {
        const QString name = QStringLiteral("sendJob%1").arg(job.id);
        auto *row = m_jobsArea->findChild<QWidget *>(name, Qt::FindDirectChildrenOnly);
        if (!row) {
            row = new QWidget(m_jobsArea);
            row->setObjectName(name);
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            auto *label = new QLabel(row);
            label->setObjectName(QStringLiteral("jobLabel"));
            auto *bar = new QProgressBar(row);
            bar->setObjectName(QStringLiteral("jobProgress"));
            bar->setTextVisible(true);
            auto *stop = new QPushButton(tr("Stop"), row);
            stop->setObjectName(QStringLiteral("jobStop"));
            const quint64 id = job.id;
            connect(
                stop, &QPushButton::clicked, this, [this, id] { m_workbench->stopSendJob(id); });
            h->addWidget(label);
            h->addWidget(bar, 1);
            h->addWidget(stop);
            m_jobsLayout->addWidget(row);
        }
        keep.insert(row);
        auto *label = row->findChild<QLabel *>(QStringLiteral("jobLabel"));
        auto *bar = row->findChild<QProgressBar *>(QStringLiteral("jobProgress"));
        auto *stop = row->findChild<QPushButton *>(QStringLiteral("jobStop"));
        QString what;
        if (job.kind == SendJobInfo::Kind::File) {
            what = tr("File %1").arg(QFileInfo(job.text).fileName());
            // Bytes, scaled to KiB so a file over 2 GiB fits in the bar's int range.
            bar->setRange(0, int(qMax<qint64>(1, (job.total + 1023) / 1024)));
            bar->setValue(int((job.done + 1023) / 1024));
            bar->setFormat(QStringLiteral("%1 / %2").arg(
                bytesformat::size(job.done), bytesformat::size(job.total)));
        } else if (job.total > 0) {
            what = tr("Repeat");
            bar->setRange(0, int(qMin<qint64>(job.total, INT_MAX)));
            bar->setValue(int(qMin<qint64>(job.done, INT_MAX)));
            bar->setFormat(QStringLiteral("%1 / %2").arg(job.done).arg(job.total));
        } else {
            what = tr("Repeat");
            bar->setRange(0, 1);
            bar->setValue(job.state == SendJobInfo::State::Running ? 0 : 1);
            bar->setFormat(tr("%1 sent").arg(job.done));
        }
        QString state;
        switch (job.state) {
        case SendJobInfo::State::Running:
            state = job.waits > 0 ? tr("running, waited %1× for the peer").arg(job.waits)
                                  : tr("running");
            break;
        case SendJobInfo::State::Done: state = tr("done"); break;
        case SendJobInfo::State::Stopped:
            state = job.text == QLatin1String("connection closed")
                        ? tr("stopped: connection closed")
                        : tr("stopped");
            break;
        case SendJobInfo::State::Failed: state = tr("failed: %1").arg(job.text); break;
        }
        label->setText(QStringLiteral("%1 — %2").arg(what, state));
        stop->setVisible(job.state == SendJobInfo::State::Running);
    }
    const QList<QWidget *> rows
        = m_jobsArea->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *row : rows) {
        if (!keep.contains(row)) {
            m_jobsLayout->removeWidget(row);
            row->deleteLater();
        }
    }
}

void SnippetsPanel::installCopyMenu(QTableView *frames)
{
    frames->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto selectedBytes = [frames] {
        QByteArray bytes;
        const QModelIndexList rows = frames->selectionModel()
                                         ? frames->selectionModel()->selectedRows()
                                         : QModelIndexList();
        QList<int> sorted;
        for (const QModelIndex &i : rows)
            sorted << i.row();
        std::sort(sorted.begin(), sorted.end());
        for (int row : sorted)
            bytes += frames->model()->index(row, 0).data(FrameListModel::RawDataRole).toByteArray();
        return bytes;
    };
    auto add = [this, frames, selectedBytes](const QString &label, const QString &name,
                   QString (*format)(const QByteArray &)) {
        auto *action = new QAction(label, frames);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [selectedBytes, format] {
            QApplication::clipboard()->setText(format(selectedBytes()));
        });
        frames->addAction(action);
    };
    add(tr("Copy as hex"), QStringLiteral("copyAsHex"), &copyformats::hex);
    add(tr("Copy as C string"), QStringLiteral("copyAsC"), &copyformats::cString);
    add(tr("Copy as Python bytes"), QStringLiteral("copyAsPython"), &copyformats::pythonBytes);
}

} // namespace acw
