#include "panels/connectionspanel.h"

#include "panels/labelhost.h"

#include "models/connectionmodel.h"
#include "models/servermodel.h"
#include "panels/livetableview.h"
#include "workbench.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <climits>

namespace acw {

ConnectionsPanel::ConnectionsPanel(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new LiveTableView(this))
    , m_counts(new QLabel(this))
    , m_unrecorded(new QLabel(this))
{
    ConnectionModel *model = workbench->connections();
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ConnectionModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("connectionFilter"));
    m_filter->setPlaceholderText(tr("Filter by peer, profile, state, terminator…"));
    m_filter->setClearButtonEnabled(true);
    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("connectionsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConnectionModel::Id, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move between rows
    m_view->verticalHeader()->hide();
    // Fixed row heights and widths: no per-row measuring with thousands of rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ConnectionModel::Id, 50);
    m_view->setColumnWidth(ConnectionModel::Peer, 140);
    m_view->setColumnWidth(ConnectionModel::Profile, 70);
    m_view->setColumnWidth(ConnectionModel::State, 70);
    m_view->setColumnWidth(ConnectionModel::Terminator, 80);
    for (int column : { ConnectionModel::BytesIn, ConnectionModel::BytesOut,
             ConnectionModel::Frames, ConnectionModel::Queued })
        m_view->setColumnWidth(column, 75);
    // At least six rows stay visible however small the window (1024x700 included): the
    // header, six rows, a horizontal scroll bar and the frame.
    m_view->setMinimumHeight(m_view->horizontalHeader()->sizeHint().height()
                             + 6 * m_view->verticalHeader()->defaultSectionSize()
                             + m_view->horizontalScrollBar()->sizeHint().height()
                             + 2 * m_view->frameWidth() + 2);

    auto *closeButton = new QPushButton(tr("Close"), this);
    closeButton->setObjectName(QStringLiteral("closeConnectionButton"));
    auto *closeAllButton = new QPushButton(tr("Close all"), this);
    closeAllButton->setObjectName(QStringLiteral("closeAllButton"));
    auto *clearButton = new QPushButton(tr("Clear closed"), this);
    clearButton->setObjectName(QStringLiteral("clearClosedButton"));
    connect(closeButton, &QPushButton::clicked, this, &ConnectionsPanel::closeCurrent);
    connect(closeAllButton, &QPushButton::clicked, this, &ConnectionsPanel::closeAll);
    connect(clearButton, &QPushButton::clicked, this, &ConnectionsPanel::clearClosed);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    // Both labels change with the traffic: their hosts keep that from repainting the tab.
    bar->addWidget(new LabelHost(m_counts, this));
    bar->addWidget(closeButton);
    bar->addWidget(closeAllButton);
    bar->addWidget(clearButton);
    m_unrecorded->setObjectName(QStringLiteral("unrecordedNotice"));
    m_unrecorded->setWordWrap(true);
    m_unrecorded->setTextFormat(Qt::RichText);
    m_unrecordedHost = new LabelHost(m_unrecorded, this);
    m_unrecordedHost->setVisible(false);
    connect(m_unrecorded, &QLabel::linkActivated, this,
        &ConnectionsPanel::recordEveryConnectionRequested);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_unrecordedHost);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const quint64 id
                = current.isValid() ? current.data(ConnectionModel::IdRole).toULongLong() : 0;
            if (id != m_current) {
                m_current = id;
                emit currentConnectionChanged(id);
            }
        });
    connect(model, &ConnectionModel::rowsInserted, this, [this] {
        if (m_pendingSelection)
            selectConnection(m_pendingSelection);
    });
    // Counts are cheap but need not follow every batch.
    auto *countTimer = new QTimer(this);
    countTimer->setInterval(250);
    connect(countTimer, &QTimer::timeout, this, &ConnectionsPanel::updateCounts);
    countTimer->start();
    updateCounts();
}

quint64 ConnectionsPanel::currentConnection() const
{
    return m_current;
}

void ConnectionsPanel::selectConnection(quint64 id)
{
    const int row = m_workbench->connections()->rowOf(id);
    // A client connection is selected before the engine has reported it: select it when
    // its row arrives.
    m_pendingSelection = row < 0 ? id : 0;
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_workbench->connections()->index(row, 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void ConnectionsPanel::closeCurrent()
{
    if (m_current)
        m_workbench->closeConnection(m_current);
}

void ConnectionsPanel::closeAll()
{
    m_workbench->closeAll();
}

void ConnectionsPanel::clearClosed()
{
    m_workbench->clearClosed();
}

void ConnectionsPanel::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void ConnectionsPanel::updateCounts()
{
    const ConnectionModel *model = m_workbench->connections();
    m_counts->setText(tr("%1 live, %2 closed").arg(model->liveCount()).arg(model->closedCount()));
    // The engine's count of connections it served without recording them: the table lists
    // the others, and says so.
    quint64 unrecorded = 0;
    bool paused = false;
    const ServerModel *servers = m_workbench->servers();
    for (int row = 0; row < servers->rowCount(); ++row) {
        unrecorded += servers->infoAt(row).unrecorded;
        paused = paused || servers->infoAt(row).recordingPaused;
    }
    if (unrecorded == 0) {
        m_unrecordedHost->setVisible(false);
        return;
    }
    const int n = int(qMin<quint64>(unrecorded, INT_MAX)); // tr()'s %n is an int
    QString text = paused
                       ? tr("Recording paused: more than %1 new connections a second. "
                            "%n connection(s) served and counted but not listed.",
                           nullptr, n)
                       : tr("%n connection(s) served and counted but not listed (more than %1 new "
                            "connections a second).",
                           nullptr, n);
    text = text.arg(QLocale().toString(m_workbench->recordingBudget())).toHtmlEscaped();
    if (!m_workbench->recordsEveryConnection())
        text += QStringLiteral(" <a href=\"record-all\">%1</a>")
                    .arg(tr("Record every connection").toHtmlEscaped());
    m_unrecorded->setText(text);
    m_unrecordedHost->setVisible(true);
}

} // namespace acw
