#include "mainwindow.h"

#include "messages.h"

#include "models/bytesformat.h"
#include "models/capturestore.h"
#include "models/servermodel.h"
#include "panels/clientpanel.h"
#include "panels/connectionspanel.h"
#include "panels/conversationview.h"
#include "panels/framinglab.h"
#include "panels/guidedialog.h"
#include "panels/inputview.h"
#include "panels/inspectorpanel.h"
#include "panels/pushbox.h"
#include "panels/relaypanel.h"
#include "panels/serverpanel.h"
#include "panels/terminatoreditor.h"
#include "panels/timelinepanel.h"
#include "senddock.h"
#include "settings.h"
#include "translations.h"
#include "workbench.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QGroupBox>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QVBoxLayout>

namespace acw {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<Settings>())
    , m_workbench(new Workbench(this))
{
    setWindowTitle(tr("AsyncChat Workbench"));
    setObjectName(QStringLiteral("mainWindow"));
    m_sendDock = new SendDock(this, m_workbench);
    connect(m_sendDock, &SendDock::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_sendDock, &SendDock::captureOpened, this, &MainWindow::showOpenedCapture);
    m_workbench->setEncoding(bytesformat::encodingFromKey(m_settings->encoding()));
    m_workbench->setRecordEveryConnection(m_settings->recordEveryConnection());
    buildPanels();
    buildMenus();
    resize(1360, 860);
    restoreGeometry(m_settings->geometry());
    restoreState(m_settings->windowState());
    statusBar()->showMessage(tr("Ready. Start a server, or connect to one as a client."));
    // The status bar reports outcomes (started, failed, connected, refused) as the engine
    // reports them, not the request that was just sent to it.
    connect(m_workbench, &Workbench::eventsReady, this, &MainWindow::reportOutcomes);
}

void MainWindow::reportOutcomes(const QVector<EngineEvent> &events)
{
    using Type = EngineEvent::Type;
    for (const EngineEvent &e : events) {
        switch (e.type) {
        case Type::ServerStarted: {
            const ServerInfo *info = m_workbench->servers()->info(e.server);
            statusBar()->showMessage(
                tr("The %1 server is listening on %2.")
                    .arg(info ? messages::profileName(info->config.profile) : QString(),
                        e.addresses.join(QLatin1String(", "))),
                10000);
            break;
        }
        case Type::ServerError: {
            const ServerInfo *info = m_workbench->servers()->info(e.server);
            statusBar()->showMessage(
                tr("The %1 server could not start: %2")
                    .arg(info ? messages::profileName(info->config.profile) : QString(),
                        messages::serverFault(e.serverFault)),
                10000);
            break;
        }
        case Type::ConnectionOpened: {
            const auto it = m_pendingClients.constFind(e.connection);
            if (it == m_pendingClients.cend())
                break;
            statusBar()->showMessage(
                tr("Connected to %1 (connection #%2).").arg(it.value()).arg(e.connection), 10000);
            m_pendingClients.remove(e.connection);
            break;
        }
        case Type::Error:
        case Type::ConnectionClosed: {
            const auto it = m_pendingClients.constFind(e.connection);
            if (it == m_pendingClients.cend())
                break;
            if (e.type == Type::Error || !e.fault.isNone())
                statusBar()->showMessage(
                    tr("Could not connect to %1: %2").arg(it.value(), messages::fault(e.fault)),
                    10000);
            if (e.type == Type::ConnectionClosed)
                m_pendingClients.remove(e.connection);
            break;
        }
        default: break;
        }
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPanels()
{
    m_serverPanel = new ServerPanel(m_workbench, m_settings.get(), this);
    m_clientPanel = new ClientPanel(m_workbench, m_settings.get(), this);
    m_relayPanel = new RelayPanel(m_workbench, this);
    m_connections = new ConnectionsPanel(m_workbench, this);
    m_inspector = new InspectorPanel(m_workbench, this);
    m_timeline = new TimelinePanel(m_workbench, m_settings.get(), this);
    m_lab = new FramingLab(this);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_connections);
    split->addWidget(m_inspector);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(split, tr("Connections"));
    // The lab scrolls rather than set the window's minimum height (1024x700 stays usable).
    auto *labPage = new QScrollArea(this);
    labPage->setObjectName(QStringLiteral("framingLabPage"));
    labPage->setWidget(m_lab);
    labPage->setWidgetResizable(true);
    labPage->setFrameShape(QFrame::NoFrame);
    m_labPage = labPage;
    m_tabs->addTab(m_labPage, tr("Framing Lab"));
    setCentralWidget(m_tabs);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    auto *serverBox = new QGroupBox(tr("Server"), side);
    (new QVBoxLayout(serverBox))->addWidget(m_serverPanel);
    auto *clientBox = new QGroupBox(tr("Client"), side);
    (new QVBoxLayout(clientBox))->addWidget(m_clientPanel);
    sideLayout->addWidget(serverBox);
    sideLayout->addWidget(clientBox);
    sideLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    // Never narrower than its forms: the vertical scroll bar is the only one it needs.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(side->minimumSizeHint().width()
                            + scroll->verticalScrollBar()->sizeHint().width()
                            + 2 * scroll->frameWidth());
    m_serverDock = new QDockWidget(tr("Servers and clients"), this);
    m_serverDock->setObjectName(QStringLiteral("serversDock"));
    m_serverDock->setWidget(scroll);
    addDockWidget(Qt::LeftDockWidgetArea, m_serverDock);
    // The relay has its own dock, tabbed with the servers and clients: its form is wide and
    // would push the client form out of a narrow dock at 1024x700.
    auto *relayScroll = new QScrollArea(this);
    relayScroll->setWidget(m_relayPanel);
    relayScroll->setWidgetResizable(true);
    // Like the servers' dock: never narrower than the form, so nothing is cut off at the right.
    relayScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    relayScroll->setMinimumWidth(m_relayPanel->minimumSizeHint().width()
                                 + relayScroll->verticalScrollBar()->sizeHint().width()
                                 + 2 * relayScroll->frameWidth());
    auto *relayDock = new QDockWidget(tr("Relay"), this);
    relayDock->setObjectName(QStringLiteral("relayDock"));
    relayDock->setWidget(relayScroll);
    addDockWidget(Qt::LeftDockWidgetArea, relayDock);
    tabifyDockWidget(m_serverDock, relayDock);
    m_serverDock->raise();
    m_timelineDock = new QDockWidget(tr("Event timeline"), this);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    // Sized for 1024x700 as well: the timeline leaves the connections table six rows and
    // the inspector its tabs.
    resizeDocks({ m_serverDock }, { 400 }, Qt::Horizontal);
    resizeDocks({ m_timelineDock }, { 150 }, Qt::Vertical);

    connect(m_connections, &ConnectionsPanel::currentConnectionChanged, m_inspector,
        &InspectorPanel::setConnection);
    connect(m_connections, &ConnectionsPanel::currentConnectionChanged, m_timeline,
        &TimelinePanel::setSelectedConnection);
    // A relayed pair selected in the table is the one the Relay dock intercepts.
    connect(m_connections, &ConnectionsPanel::currentConnectionChanged, m_relayPanel,
        &RelayPanel::selectPair);
    auto show = [this](const QString &text) { statusBar()->showMessage(text, 5000); };
    connect(m_serverPanel, &ServerPanel::message, this, show);
    connect(m_clientPanel, &ClientPanel::message, this, show);
    connect(m_relayPanel, &RelayPanel::message, this, show);
    connect(m_timeline, &TimelinePanel::message, this, show);
    connect(m_inspector->conversation(), &ConversationView::message, this, show);
    // A client connection is what the user wants to look at next.
    connect(m_clientPanel, &ClientPanel::connectionOpened, this, [this](quint64 id) {
        m_pendingClients.insert(id, m_clientPanel->target());
        m_inspector->setConnection(id);
        m_connections->selectConnection(id);
    });
    InputView *input = m_inspector->input();
    input->setViewMode(bytesformat::modeFromKey(m_settings->viewMode()));
    // Tab moves from widget to widget: not cell by cell through a table, not into a
    // read-only text as a character.
    for (QTableView *table : findChildren<QTableView *>())
        table->setTabKeyNavigation(false);
    for (QTextEdit *text : findChildren<QTextEdit *>()) {
        if (text->isReadOnly())
            text->setTabChangesFocus(true);
    }
    for (QPlainTextEdit *text : findChildren<QPlainTextEdit *>()) {
        if (text->isReadOnly())
            text->setTabChangesFocus(true);
    }
    connect(input, &InputView::openInLabRequested, this, [this](quint64 id) { openInLab(id); });
    m_sendDock->attach(m_connections, m_inspector);
    // Send is a tab beside the servers and the relay, not a third column: at 1024x700 a
    // column of its own would be squeezed to a sliver between the forms and the inspector.
    if (auto *relay = findChild<QDockWidget *>(QStringLiteral("relayDock"))) {
        tabifyDockWidget(relay, m_sendDock->dock());
        m_serverDock->raise();
    }
}

quint64 MainWindow::openCaptureFile(const QString &path)
{
    return m_sendDock->openCapture(path);
}

void MainWindow::showOpenedCapture(quint64 id, const QString &fileName)
{
    m_tabs->setCurrentIndex(0);
    m_connections->selectConnection(id);
    m_inspector->setConnection(id);
    if (openInLab(id, false))
        statusBar()->showMessage(tr("Opened the capture %1 as #%2, in the inspector and in the "
                                    "Framing Lab (Ctrl+L), read by read.")
                                     .arg(fileName)
                                     .arg(id),
            8000);
    else
        statusBar()->showMessage(tr("Opened the capture %1 as #%2, in the inspector. The "
                                    "Framing Lab cannot replay it: older bytes or frames had "
                                    "been dropped when it was saved.")
                                     .arg(fileName)
                                     .arg(id),
            8000);
}

bool MainWindow::openInLab(quint64 id, bool show)
{
    const CaptureStore::Capture *capture = m_workbench->captures()->capture(id);
    QByteArray stream;
    QList<qint64> reads;
    QStringList script;
    QList<QPair<qint64, QString>> changes;
    QString why;
    if (!capture || !capture->labInput(&stream, &reads, &script, &changes, &why)) {
        if (!show)
            return false;
        statusBar()->showMessage(
            tr("Connection #%1 cannot be replayed in the lab: its capture is incomplete "
               "(older bytes or frames were dropped at the capture limit).")
                .arg(id),
            8000);
        return false;
    }
    m_lab->openCapture(stream, reads, script, changes);
    if (!show)
        return true;
    showFramingLab();
    statusBar()->showMessage(
        tr("Connection #%1 opened in the Framing Lab: %2, %n read(s).", nullptr, int(reads.size()))
            .arg(id)
            .arg(bytesformat::size(stream.size())),
        5000);
    return true;
}

int MainWindow::serve(const ServerConfig &config)
{
    m_serverPanel->setConfig(config);
    return m_serverPanel->start(config);
}

void MainWindow::buildMenus()
{
    buildFileMenu();
    buildServerMenu();
    buildConnectionMenu();
    buildViewMenu();
    buildHelpMenu();
}

void MainWindow::buildFileMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&File"));
    m_sendDock->addFileActions(menu);
    QAction *text = menu->addAction(
        tr("Export timeline as &text…"), this, [this] { m_timeline->exportWithDialog(false); });
    text->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction *json = menu->addAction(tr("Export timeline as &JSON Lines…"), this,
        [this] { m_timeline->exportWithDialog(true); });
    json->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    menu->addSeparator();
    QAction *quit = menu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::buildServerMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Server"));
    menu->addAction(tr("&Start"), this, [this] { m_serverPanel->start(); })
        ->setShortcut(QKeySequence(Qt::Key_F5));
    menu->addAction(tr("S&top selected server"), this, [this] { m_serverPanel->stopSelected(); })
        ->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    menu->addAction(tr("Stop &all servers"), this, [this] { m_serverPanel->stopAll(); });
    menu->addSeparator();
    // Past Workbench::recordingBudget() new connections a second, the engine serves and counts
    // new connections without recording them, unless this is on (docs/recording.md).
    QAction *recordAll = menu->addAction(tr("&Record every connection"));
    recordAll->setObjectName(QStringLiteral("recordEveryConnectionAction"));
    recordAll->setCheckable(true);
    recordAll->setChecked(m_settings->recordEveryConnection());
    recordAll->setToolTip(tr("Off: past %1 new connections a second, new connections are served "
                             "and counted but not listed, so that a flood does not slow the "
                             "server down.")
                              .arg(QLocale().toString(m_workbench->recordingBudget())));
    menu->setToolTipsVisible(true);
    connect(recordAll, &QAction::toggled, this, [this](bool on) {
        m_settings->setRecordEveryConnection(on);
        m_workbench->setRecordEveryConnection(on);
    });
    connect(m_connections, &ConnectionsPanel::recordEveryConnectionRequested, recordAll,
        [recordAll] { recordAll->setChecked(true); });
}

void MainWindow::buildConnectionMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Connection"));
    menu->addAction(tr("Connect to a &server…"), this,
            [this] {
                m_serverDock->show();
                m_clientPanel->focusHost();
            })
        ->setShortcut(QKeySequence(tr("Ctrl+N")));
    menu->addSeparator();
    menu->addAction(tr("&Push"), this, [this] { m_inspector->pushBox()->push(); })
        ->setShortcut(QKeySequence(tr("Ctrl+Return")));
    menu->addAction(
            tr("Close when &done"), this, [this] { m_inspector->pushBox()->closeWhenDone(); })
        ->setShortcut(QKeySequence(tr("Ctrl+D")));
    menu->addAction(tr("Change &terminator…"), this,
            [this] {
                m_tabs->setCurrentIndex(0);
                m_inspector->tabs()->setCurrentWidget(m_inspector->terminatorEditor());
            })
        ->setShortcut(QKeySequence(tr("Ctrl+T")));
    menu->addSeparator();
    menu->addAction(tr("&Close"), this, [this] { m_connections->closeCurrent(); })
        ->setShortcut(QKeySequence(tr("Ctrl+W")));
    menu->addAction(tr("Close &all"), this, [this] { m_connections->closeAll(); })
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));
    menu->addAction(tr("C&lear closed"), this, [this] { m_connections->clearClosed(); })
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    menu->addAction(tr("&Filter connections"), this, [this] { m_connections->focusFilter(); })
        ->setShortcut(QKeySequence::Find);
    m_sendDock->addConnectionActions(menu);
}

void MainWindow::buildViewMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&View"));
    m_viewModes = new QActionGroup(this);
    const QList<QPair<QString, bytesformat::ViewMode>> modes
        = { { tr("&Text"), bytesformat::ViewMode::Text },
              { tr("&Hex"), bytesformat::ViewMode::Hex },
              { tr("&Escaped"), bytesformat::ViewMode::Escaped } };
    InputView *input = m_inspector->input();
    int key = Qt::Key_1;
    for (const auto &[label, mode] : modes) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(input->viewMode() == mode);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        action->setData(int(mode));
        m_viewModes->addAction(action);
        connect(
            action, &QAction::triggered, this, [input, mode = mode] { input->setViewMode(mode); });
    }
    connect(input, &InputView::viewModeChanged, this, [this](bytesformat::ViewMode mode) {
        m_settings->setViewMode(bytesformat::modeKey(mode));
        for (QAction *a : m_viewModes->actions())
            a->setChecked(a->data().toInt() == int(mode));
    });
    // One decoding rule for every view that shows bytes as text.
    QMenu *encodings = menu->addMenu(tr("Text &encoding"));
    encodings->setObjectName(QStringLiteral("encodingMenu"));
    auto *encodingGroup = new QActionGroup(encodings);
    for (auto encoding : { bytesformat::Encoding::Utf8, bytesformat::Encoding::Gb18030,
             bytesformat::Encoding::Latin1 }) {
        QAction *action = encodings->addAction(bytesformat::encodingName(encoding));
        action->setObjectName(QStringLiteral("encoding-") + bytesformat::encodingKey(encoding));
        action->setCheckable(true);
        action->setChecked(bytesformat::defaultEncoding() == encoding);
        encodingGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, encoding] { setEncoding(encoding); });
    }
    menu->addSeparator();
    menu->addAction(tr("Framing &Lab"), this, [this] { showFramingLab(); })
        ->setShortcut(QKeySequence(tr("Ctrl+L")));
    menu->addAction(m_serverDock->toggleViewAction());
    menu->addAction(m_timelineDock->toggleViewAction());
    menu->addAction(m_sendDock->dock()->toggleViewAction());
    menu->addSeparator();
    QMenu *languages = menu->addMenu(tr("&Language"));
    auto *group = new QActionGroup(languages);
    const QList<QPair<QString, QString>> options = { { tr("System default"), QString() },
        { QStringLiteral("English"), QStringLiteral("en") },
        { QStringLiteral("简体中文"), QStringLiteral("zh_CN") } };
    for (const auto &[label, code] : options) {
        QAction *action = languages->addAction(label);
        action->setCheckable(true);
        action->setChecked(m_settings->language() == code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }
}

void MainWindow::buildHelpMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Help"));
    menu->addAction(tr("asynchat in &5 minutes"), this, &MainWindow::showGuide)
        ->setShortcut(QKeySequence::HelpContents);
    menu->addAction(tr("&About AsyncChat Workbench"), this, &MainWindow::showAbout);
}

void MainWindow::showFramingLab()
{
    m_tabs->setCurrentWidget(m_labPage);
}

bool MainWindow::isFramingLabShown() const
{
    return m_tabs->currentWidget() == m_labPage;
}

void MainWindow::setEncoding(bytesformat::Encoding encoding)
{
    m_settings->setEncoding(bytesformat::encodingKey(encoding));
    m_workbench->setEncoding(encoding);
    statusBar()->showMessage(
        tr("Bytes are now shown as %1 text.").arg(bytesformat::encodingName(encoding)), 5000);
}

void MainWindow::setLanguage(const QString &language)
{
    m_settings->setLanguage(language);
    installTranslations(language);
    rebuild();
}

void MainWindow::rebuild()
{
    // Panels set their texts when built: build them again in the new language. The
    // workbench (engine, models, captures) carries on untouched.
    const quint64 selected = m_connections->currentConnection();
    const QByteArray state = saveState();
    const int tab = m_tabs->currentIndex();
    for (QAction *action : menuBar()->actions())
        delete action->menu();
    menuBar()->clear();
    delete m_viewModes;
    delete m_serverDock;
    delete m_timelineDock;
    delete takeCentralWidget();
    buildPanels();
    buildMenus();
    restoreState(state);
    m_tabs->setCurrentIndex(tab);
    setWindowTitle(tr("AsyncChat Workbench"));
    if (selected) {
        m_connections->selectConnection(selected);
        m_inspector->setConnection(selected);
    }
    statusBar()->showMessage(tr("Language changed."), 5000);
}

void MainWindow::showGuide()
{
    auto *guide = new GuideDialog(this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About AsyncChat Workbench"),
        tr("<h3>AsyncChat Workbench %1</h3><p>A workbench for terminator-framed TCP "
           "protocols, after Python's asynchat: run servers, watch every connection's bytes "
           "frame, change terminators live and push bytes by hand.</p><p>Built with Qt %2.</p>")
            .arg(QStringLiteral(ACW_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

} // namespace acw
