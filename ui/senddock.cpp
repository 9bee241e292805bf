#include "senddock.h"

#include "models/capturefile.h"
#include "models/connectionmodel.h"
#include "models/sendjobmodel.h"
#include "models/servermodel.h"
#include "models/snippetmodel.h"
#include "models/workspace.h"
#include "panels/connectionspanel.h"
#include "panels/inspectorpanel.h"
#include "panels/pushbox.h"
#include "panels/snippetspanel.h"
#include "workbench.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>

namespace acw {

namespace {
constexpr int kHistoryPerConnection = 100;
}

SendDock::SendDock(QMainWindow *window, Workbench *workbench)
    : QObject(window)
    , m_window(window)
    , m_workbench(workbench)
    , m_snippets(new SnippetModel(this))
    , m_jobs(workbench->sendJobs())
{
    connect(workbench->connections(), &ConnectionModel::connectionsRemoved, this,
        [this](const QVector<quint64> &ids) {
            for (quint64 id : ids)
                m_history.remove(id);
        });
}

SnippetsPanel *SendDock::panel() const
{
    return m_panel;
}

QDockWidget *SendDock::dock() const
{
    return m_dock;
}

void SendDock::attach(ConnectionsPanel *connections, InspectorPanel *inspector)
{
    delete m_dock; // after a language change: built again
    m_panel = new SnippetsPanel(m_workbench, m_snippets, m_jobs, m_window);
    auto *scroll = new QScrollArea(m_window);
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    m_dock = new QDockWidget(tr("Send"), m_window);
    m_dock->setObjectName(QStringLiteral("sendDock"));
    m_dock->setWidget(scroll);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);

    connect(connections, &ConnectionsPanel::currentConnectionChanged, m_panel,
        &SnippetsPanel::setConnection);
    m_panel->setConnection(connections->currentConnection());
    connect(m_panel, &SnippetsPanel::message, this, &SendDock::message);
    connect(
        m_panel, &SnippetsPanel::reconnected, connections, [connections, inspector](quint64 id) {
            inspector->setConnection(id);
            connections->selectConnection(id);
        });
    if (auto *frames = inspector->findChild<QTableView *>(QStringLiteral("framesView")))
        m_panel->installCopyMenu(frames);

    // The push box's history. Just before a push (Return in the input, Ctrl+Return, the
    // Push button) the text is noted; the push box clears its input only when the push went
    // out, and that clear records the note.
    m_inspector = inspector;
    m_pushInput = inspector->pushBox()->input();
    m_pushInput->installEventFilter(this);
    m_filtered = m_pushInput;
    m_pushInput->setToolTip(tr("Up and Down recall what was pushed on this connection"));
    m_pending.clear();
    if (auto *button = inspector->pushBox()->findChild<QPushButton *>(QStringLiteral("pushButton")))
        connect(button, &QPushButton::pressed, this, &SendDock::notePending);
    connect(m_pushInput, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_pending.isEmpty())
            record();
        m_pending.clear();
    });
}

void SendDock::notePending()
{
    if (!m_pushInput || m_pushInput->text().isEmpty())
        return;
    auto *mode = m_pushInput->parentWidget()->findChild<QComboBox *>();
    m_pending
        = QLatin1String(mode && mode->currentIndex() == 1 ? "h:" : "t:") + m_pushInput->text();
}

void SendDock::record()
{
    const quint64 id = m_inspector ? m_inspector->connection() : 0;
    if (!id)
        return;
    QStringList &list = m_history[id];
    if (list.isEmpty() || list.constLast() != m_pending)
        list.append(m_pending);
    while (list.size() > kHistoryPerConnection)
        list.removeFirst();
    m_recall = -1;
}

bool SendDock::eventFilter(QObject *watched, QEvent *event)
{
    // Only key events matter; compare as QObject: the input may be half destroyed already
    // (a QPointer<QLineEdit> read then is a bad downcast).
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    if (watched != m_filtered)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            recall(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            notePending();
    }
    return QObject::eventFilter(watched, event);
}

void SendDock::recall(int step)
{
    const quint64 id = m_inspector ? m_inspector->connection() : 0;
    const QStringList list = m_history.value(id);
    if (list.isEmpty() || !m_pushInput)
        return;
    int at = m_recall < 0 ? int(list.size()) : m_recall;
    at += step;
    if (at >= list.size()) {
        m_recall = -1;
        m_pending.clear();
        m_pushInput->clear(); // not a push: nothing noted
        return;
    }
    at = qMax(0, at);
    m_recall = at;
    const QString entry = list.at(at);
    if (auto *mode = m_pushInput->parentWidget()->findChild<QComboBox *>())
        mode->setCurrentIndex(entry.startsWith(QLatin1String("h:")) ? 1 : 0);
    m_pending.clear();
    m_pushInput->setText(entry.mid(2));
    m_recall = at; // setText's textChanged must not reset it
}

void SendDock::addConnectionActions(QMenu *menu)
{
    menu->addSeparator();
    if (m_panel)
        m_panel->addActionsTo(menu);
}

void SendDock::addFileActions(QMenu *menu)
{
    menu->addAction(tr("&Open workspace…"), this,
            [this] {
                const QString path = QFileDialog::getOpenFileName(m_window, tr("Open workspace"),
                    QString(), tr("Workspaces (*.acw.json *.json);;All files (*)"));
                if (!path.isEmpty())
                    openWorkspace(path);
            })
        ->setShortcut(QKeySequence(tr("Ctrl+O")));
    menu->addAction(tr("Save &workspace…"), this,
            [this] {
                const QString path = QFileDialog::getSaveFileName(m_window, tr("Save workspace"),
                    QStringLiteral("workspace.acw.json"), tr("Workspaces (*.acw.json *.json)"));
                if (!path.isEmpty())
                    saveWorkspace(path);
            })
        ->setShortcut(QKeySequence(tr("Ctrl+S")));
    menu->addAction(tr("Open &capture…"), this,
            [this] {
                const QString path = QFileDialog::getOpenFileName(m_window, tr("Open capture"),
                    QString(), tr("Captures (*.capture.json *.json);;All files (*)"));
                if (!path.isEmpty())
                    openCapture(path);
            })
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    menu->addSeparator();
}

quint64 SendDock::openCapture(const QString &path)
{
    capturefile::Recording r;
    QString error;
    const QString name = QFileInfo(path).fileName();
    if (!capturefile::load(path, &r, &error)) {
        emit message(tr("Could not open the capture %1: %2").arg(name, error));
        return 0;
    }
    const quint64 id = m_workbench->openCapture(r.capture, r.info, name);
    emit captureOpened(id, name);
    return id;
}

bool SendDock::saveWorkspace(const QString &path)
{
    Workspace w;
    const ServerModel *servers = m_workbench->servers();
    for (int row = 0; row < servers->rowCount(); ++row) {
        const ServerInfo &info = servers->infoAt(row);
        const bool running = info.state == ServerInfo::State::Listening
                             || info.state == ServerInfo::State::Starting;
        if (running && info.config.profile != ProfileId::Relay) // a relay is not a profile
            w.servers.append(info.config);
    }
    const ConnectionModel *connections = m_workbench->connections();
    for (int row = 0; row < connections->rowCount(); ++row) {
        const quint64 id = connections->index(row, 0).data(ConnectionModel::IdRole).toULongLong();
        const ConnectionInfo *info = connections->info(id);
        const ClientConfig *config = m_workbench->clientConfig(id);
        if (info && config && info->state != ConnectionInfo::State::Closed)
            w.clients.append(*config);
    }
    w.snippets = m_snippets->snippets();
    w.windowState = m_window->saveState();
    w.geometry = m_window->saveGeometry();
    QString error;
    if (!w.save(path, &error)) {
        emit message(tr("Could not save the workspace: %1").arg(error));
        return false;
    }
    emit message(tr("Saved the workspace to %1: %2 server(s), %3 client(s), %4 snippet(s).")
                     .arg(QFileInfo(path).fileName())
                     .arg(w.servers.size())
                     .arg(w.clients.size())
                     .arg(w.snippets.size()));
    return true;
}

bool SendDock::openWorkspace(const QString &path)
{
    Workspace w;
    QString error;
    if (!Workspace::load(path, &w, &error)) {
        emit message(
            tr("Could not open the workspace %1: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    for (const ServerConfig &config : std::as_const(w.servers))
        m_workbench->startServer(config);
    for (const ClientConfig &config : std::as_const(w.clients))
        m_workbench->openClient(config);
    m_snippets->setSnippets(w.snippets);
    if (!w.geometry.isEmpty())
        m_window->restoreGeometry(w.geometry);
    if (!w.windowState.isEmpty())
        m_window->restoreState(w.windowState);
    emit message(tr("Opened the workspace %1: %2 server(s), %3 client(s), %4 snippet(s).")
                     .arg(QFileInfo(path).fileName())
                     .arg(w.servers.size())
                     .arg(w.clients.size())
                     .arg(w.snippets.size()));
    return true;
}

} // namespace acw
