#include "panels/timelinepanel.h"

#include "models/timelinemodel.h"
#include "settings.h"
#include "workbench.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace acw {

using Type = EngineEvent::Type;

TimelinePanel::TimelinePanel(Workbench *workbench, Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_settings(settings)
    , m_filter(new TimelineFilterModel(this))
    , m_view(new QTableView(this))
    , m_text(new QLineEdit(this))
    , m_onlySelected(new QCheckBox(tr("Selected connection only"), this))
    , m_autoScroll(new QCheckBox(tr("Auto-scroll"), this))
    , m_count(new QLabel(this))
{
    TimelineModel *model = workbench->timeline();
    m_filter->setSourceModel(model);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setModel(m_filter);
    m_view->setWordWrap(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(TimelineModel::Time, 130);
    m_view->setColumnWidth(TimelineModel::Connection, 80);
    m_view->setColumnWidth(TimelineModel::EventType, 110);
    m_view->setColumnWidth(TimelineModel::Size, 60);

    m_text->setObjectName(QStringLiteral("timelineFilter"));
    m_text->setPlaceholderText(tr("Filter details…"));
    m_text->setClearButtonEnabled(true);
    connect(
        m_text, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_onlySelected->setObjectName(QStringLiteral("timelineOnlySelected"));
    connect(m_onlySelected, &QCheckBox::toggled, this, &TimelinePanel::applyConnectionFilter);
    m_autoScroll->setChecked(settings->autoScroll());
    connect(m_autoScroll, &QCheckBox::toggled, this,
        [this](bool on) { m_settings->setAutoScroll(on); });

    auto *types = new QToolButton(this);
    types->setText(tr("Events"));
    types->setPopupMode(QToolButton::InstantPopup);
    auto *typeMenu = new QMenu(types);
    for (int t = 0; t < TimelineModel::typeCount; ++t) {
        QAction *action = typeMenu->addAction(TimelineModel::typeName(Type(t)));
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this,
            [this, t](bool on) { m_filter->setTypeEnabled(Type(t), on); });
    }
    types->setMenu(typeMenu);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    connect(exportMenu->addAction(tr("As text…")), &QAction::triggered, this,
        [this] { exportWithDialog(false); });
    connect(exportMenu->addAction(tr("As JSON Lines…")), &QAction::triggered, this,
        [this] { exportWithDialog(true); });
    exportButton->setMenu(exportMenu);
    auto *clearButton = new QToolButton(this);
    clearButton->setText(tr("Clear"));
    connect(clearButton, &QToolButton::clicked, this, &TimelinePanel::clear);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_text, 1);
    bar->addWidget(types);
    bar->addWidget(m_onlySelected);
    bar->addWidget(m_autoScroll);
    bar->addWidget(m_count);
    bar->addWidget(exportButton);
    bar->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    // Scroll after the view has taken the rows in, at most once per ScrollIntervalMs.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TimelinePanel::rowsArrived);
    auto *countTimer = new QTimer(this);
    countTimer->setInterval(500);
    connect(countTimer, &QTimer::timeout, this, [this] {
        m_count->setText(
            tr("%1 of %2").arg(m_filter->rowCount()).arg(m_workbench->timeline()->rowCount()));
    });
    countTimer->start();
}

void TimelinePanel::rowsArrived()
{
    if (!m_autoScroll->isChecked() || m_scrollPending)
        return;
    m_scrollPending = true;
    // The first rows after a quiet spell scroll at once; a flood scrolls at a bounded rate.
    const qint64 wait = m_lastScroll.isValid()
                            ? std::max<qint64>(0, ScrollIntervalMs - m_lastScroll.elapsed())
                            : 0;
    QTimer::singleShot(int(wait), this, [this] {
        m_scrollPending = false;
        m_lastScroll.start();
        if (m_autoScroll->isChecked()) {
            ++m_scrolls;
            m_view->scrollToBottom();
        }
    });
}

void TimelinePanel::setSelectedConnection(quint64 id)
{
    m_selected = id;
    applyConnectionFilter();
}

void TimelinePanel::applyConnectionFilter()
{
    m_filter->setConnection(m_onlySelected->isChecked() ? m_selected : 0);
}

void TimelinePanel::clear()
{
    m_workbench->timeline()->clear();
}

bool TimelinePanel::exportTo(const QString &fileName, bool jsonLines, QString *error) const
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QVector<int> rows;
    rows.reserve(m_filter->rowCount());
    for (int r = 0; r < m_filter->rowCount(); ++r)
        rows.append(m_filter->mapToSource(m_filter->index(r, 0)).row());
    const TimelineModel *model = m_workbench->timeline();
    if (jsonLines)
        model->writeJsonLines(&file, rows);
    else
        model->writeText(&file, rows);
    return true;
}

void TimelinePanel::exportWithDialog(bool jsonLines)
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export the timeline"),
        jsonLines ? QStringLiteral("timeline.jsonl") : QStringLiteral("timeline.txt"),
        jsonLines ? tr("JSON Lines (*.jsonl)") : tr("Text (*.txt)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (exportTo(fileName, jsonLines, &error))
        emit message(tr("Timeline written to %1").arg(fileName));
    else
        emit message(tr("Could not write %1: %2").arg(fileName, error));
}

} // namespace acw
