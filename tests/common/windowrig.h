#pragma once

// Shared test fixture for the window tests (tests/ui only: it needs acw_ui): finding the
// window's named widgets, and starting servers and relays from their forms the way a user
// does, port 0 on 127.0.0.1, reading back the port the window shows.

#include "mainwindow.h"
#include "models/connectionmodel.h"
#include "models/servermodel.h"
#include "panels/relaypanel.h"
#include "panels/terminatorfield.h"
#include "server/serverconfig.h"
#include "workbench.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

namespace acwtest {

// The child of `root` with this object name; a missing one ends the test run at once.
template<class T> T *child(const QObject *root, const char *name)
{
    T *found = root->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// Waits until the window's server `id` listens; its port, 0 if it failed or took too long.
inline quint16 listeningPort(const acw::ServerModel *servers, int id, int timeoutMs = 10000)
{
    using State = acw::ServerInfo::State;
    (void)QTest::qWaitFor(
        [&] {
            const acw::ServerInfo *info = servers->info(id);
            return info && (info->state == State::Listening || info->state == State::Failed);
        },
        timeoutMs);
    const acw::ServerInfo *info = servers->info(id);
    return info && info->state == State::Listening ? info->port : 0;
}

// Starts a greeting server the way `--serve greeting` does (MainWindow::serve: 127.0.0.1,
// port 0) with room for `maxConnections`; its id, and in `port` the port it listens on (0 if
// it failed or took too long).
inline int serveGreeting(acw::MainWindow &window, int maxConnections, quint16 *port)
{
    acw::ServerConfig config;
    config.profile = acw::ProfileId::Greeting;
    config.port = 0;
    config.maxConnections = maxConnections;
    const int id = window.serve(config);
    *port = listeningPort(window.workbench()->servers(), id);
    return id;
}

// Starts a server of this profile ("greeting", "echo", ...) from the server form on port
// 0 with the profile's terminator (or `terminator`), clicking Start; its port once its row
// says Listening, 0 otherwise.
inline quint16 startServerFromForm(
    acw::MainWindow *window, const QString &profile, const QString &terminator = QString())
{
    auto *combo = child<QComboBox>(window, "profileCombo");
    combo->setCurrentIndex(combo->findData(int(acw::profileFromKey(profile).value())));
    child<QSpinBox>(window, "portSpin")->setValue(0);
    child<acw::TerminatorField>(window, "serverTerminator")->setSpec(terminator);
    const acw::ServerModel *servers = window->workbench()->servers();
    const int before = servers->rowCount();
    QTest::mouseClick(child<QPushButton>(window, "startServerButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return servers->rowCount() == before + 1; }, 10000))
        return 0;
    return listeningPort(servers, servers->infoAt(before).id);
}

// Clicks on a row of the connections table (the inspector follows the selection).
inline void clickConnectionRow(acw::MainWindow *window, int row)
{
    auto *view = child<QTableView>(window, "connectionsView");
    const QModelIndex index = view->model()->index(row, acw::ConnectionModel::Peer);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

// Starts a relay from the Relay panel's form, listening on 127.0.0.1:0, to 127.0.0.1:
// `upstreamPort`, clicking Start; the port its status line shows once it relays (0 if it
// did not in time).
inline quint16 startRelayFromPanel(acw::RelayPanel *panel, quint16 upstreamPort)
{
    child<QLineEdit>(panel, "relayListen")->setText(QStringLiteral("127.0.0.1:0"));
    child<QLineEdit>(panel, "relayUpstream")
        ->setText(QStringLiteral("127.0.0.1:%1").arg(upstreamPort));
    child<QPushButton>(panel, "relayStart")->click();
    const auto *status = child<QLabel>(panel, "relayStatus");
    static const QRegularExpression address(QStringLiteral("127\\.0\\.0\\.1:([1-9][0-9]*)"));
    quint16 port = 0;
    (void)QTest::qWaitFor(
        [&] {
            for (auto it = address.globalMatch(status->text()); it.hasNext() && !port;) {
                const quint16 shown = quint16(it.next().captured(1).toUInt());
                if (shown != upstreamPort)
                    port = shown;
            }
            return port != 0;
        },
        10000);
    return port;
}

} // namespace acwtest
