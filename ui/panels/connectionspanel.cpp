#include "panels/connectionspanel.h"

#include "models/connectionmodel.h"
#include "panels/livetableview.h"
#include "workbench.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace acw {

ConnectionsPanel::ConnectionsPanel(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new LiveTableView(this))
    , m_counts(new QLabel(this))
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
    bar->addWidget(m_counts);
    bar->addWidget(closeButton);
    bar->addWidget(closeAllButton);
    bar->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
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
}

} // namespace acw
