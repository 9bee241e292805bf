// The Send dock as a NetAssist user tries it, in the real window (offscreen), against a real
// loopback peer: snippets (send, shortcut, edit, encodings, import/export), repeat N times
// and every T ms with Stop, a file with its progress bar and Stop, save received bytes and
// frames, copy frames as C / Python / hex, reconnect, the push box's history, workspaces.
#include "mainwindow.h"
#include "models/capturestore.h"
#include "models/connectionmodel.h"
#include "models/copyformats.h"
#include "models/sendjobmodel.h"
#include "models/servermodel.h"
#include "models/snippetmodel.h"
#include "models/workspace.h"
#include "panels/connectionspanel.h"
#include "panels/inputview.h"
#include "panels/inspectorpanel.h"
#include "panels/pushbox.h"
#include "panels/snippetspanel.h"
#include "panels/terminatorfield.h"
#include "recordingpeer.h"
#include "senddock.h"
#include "workbench.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace acw;

class TestSendPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void snippetSendsWithOneClickAndShortcut();
    void editedSnippetIsKept();
    void encodingsAndBadInput();
    void importExport();
    void repeatCountThenUntilStopped();
    void periodicStopsWhenTheConnectionCloses();
    void fileWithProgressAndStop();
    void saveReceivedAndFrames();
    void copyFramesAsLiterals();
    void reconnectClosedClient();
    void pushHistoryUpDown();
    void workspaceSavesAndReopens();
    void workspaceKeepsTlsSettings();
    void languageChangeKeepsOneShortcut();

private:
    template<class T> T *child(const char *name)
    {
        T *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    quint64 connectClient(const QString &terminator = QStringLiteral("\\r\\n"));
    const ConnectionInfo *info(quint64 id)
    {
        return m_window->workbench()->connections()->info(id);
    }
    SnippetsPanel *panel() { return m_window->sendDock()->panel(); }
    // The Stop button of the newest job, when it shows.
    QPushButton *visibleStop()
    {
        const QList<QPushButton *> stops
            = panel()->jobsArea()->findChildren<QPushButton *>(QStringLiteral("jobStop"));
        return !stops.isEmpty() && stops.last()->isVisible() ? stops.last() : nullptr;
    }
    QProgressBar *lastBar()
    {
        const QList<QProgressBar *> bars = panel()->jobsArea()->findChildren<QProgressBar *>();
        return bars.isEmpty() ? nullptr : bars.last();
    }
    QString jobText()
    {
        const QList<QLabel *> labels
            = panel()->jobsArea()->findChildren<QLabel *>(QStringLiteral("jobLabel"));
        return labels.isEmpty() ? QString() : labels.last()->text();
    }
    int findSnippet(const QString &name)
    {
        const SnippetModel *m = m_window->sendDock()->snippets();
        for (int row = 0; row < m->rowCount(); ++row)
            if (m->at(row).name == name)
                return row;
        return -1;
    }

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    acwtest::RecordingPeer *m_peer = nullptr;
};

void TestSendPanel::init()
{
    m_peer = new acwtest::RecordingPeer;
    QVERIFY(m_peer->server.isListening());
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->sendDock()->dock()->isVisible());
}

void TestSendPanel::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_peer;
    m_peer = nullptr;
    QApplication::clipboard()->clear();
}

// Connects from the client form, as a user would; the new connection gets selected.
quint64 TestSendPanel::connectClient(const QString &terminator)
{
    const int before = int(m_peer->sockets.size());
    const quint64 previous = m_window->connectionsPanel()->currentConnection();
    child<QLineEdit>("clientHost")->setText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>("clientPort")->setValue(m_peer->server.serverPort());
    child<TerminatorField>("clientTerminator")->setSpec(terminator);
    QTest::mouseClick(child<QPushButton>("connectButton"), Qt::LeftButton);
    [&] { QTRY_COMPARE(int(m_peer->sockets.size()), before + 1); }();
    quint64 id = 0;
    [&] {
        QTRY_VERIFY((id = m_window->connectionsPanel()->currentConnection()) != previous);
        QTRY_VERIFY(info(id) && info(id)->state == ConnectionInfo::State::Open);
        QTRY_COMPARE(panel()->connection(), id);
    }();
    return id;
}

void TestSendPanel::snippetSendsWithOneClickAndShortcut()
{
    connectClient();
    // The first run has two examples: the greeting request and hello + CRLF.
    const int hello = findSnippet(QStringLiteral("hello + CRLF"));
    QVERIFY(hello >= 0);
    panel()->selectRow(hello);
    QTest::mouseClick(child<QPushButton>("sendSnippetButton"), Qt::LeftButton);
    QTRY_COMPARE(m_peer->bytes, QByteArrayLiteral("hello\r\n"));
    QVERIFY(panel()->statusLabel()->text().contains(QLatin1String("hello + CRLF")));
    // Ctrl+Alt+1 sends the first snippet wherever the focus is.
    m_window->connectionsPanel()->view()->setFocus();
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE(m_peer->bytes, QByteArrayLiteral("hello\r\nGET /kongxx HTTP/1.0\r\n\r\n"));
    // Double-click sends too.
    const QRect rect = panel()->list()->visualRect(panel()->list()->model()->index(hello, 0));
    QVERIFY(rect.isValid());
    QTest::mouseClick(panel()->list()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(panel()->list()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(m_peer->bytes.endsWith("\r\n\r\nhello\r\n"));
}

void TestSendPanel::editedSnippetIsKept()
{
    connectClient();
    QTest::mouseClick(child<QPushButton>("newSnippetButton"), Qt::LeftButton);
    QCOMPARE(panel()->nameEdit()->text(), QStringLiteral("New snippet"));
    QLineEdit *name = panel()->nameEdit();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("hi in hex"));
    panel()->formatBox()->setCurrentIndex(1);
    QTest::keyClicks(panel()->textEdit(), QStringLiteral("68 69"));
    panel()->terminatorBox()->setCurrentText(QStringLiteral("\\n"));
    QTest::mouseClick(child<QPushButton>("sendSnippetButton"), Qt::LeftButton);
    QTRY_COMPARE(m_peer->bytes, QByteArrayLiteral("hi\n"));
    // Kept in the settings: a new window has it.
    delete m_window;
    m_window = new MainWindow;
    const int row = findSnippet(QStringLiteral("hi in hex"));
    QVERIFY(row >= 0);
    const Snippet s = m_window->sendDock()->snippets()->at(row);
    QVERIFY(s.hex);
    QCOMPARE(s.text, QStringLiteral("68 69"));
    QCOMPARE(s.bytes(), QByteArrayLiteral("hi\n"));
}

void TestSendPanel::encodingsAndBadInput()
{
    connectClient();
    Snippet s;
    s.name = QStringLiteral("nihao");
    s.text = QStringLiteral("你好\\x00");
    s.encoding = QStringLiteral("GB18030");
    QVERIFY2(Snippet::encodings().contains(s.encoding), "GB18030 needs Qt with ICU");
    panel()->selectRow(m_window->sendDock()->snippets()->add(s));
    QCOMPARE(panel()->encodingBox()->currentText(), QStringLiteral("GB18030"));
    QVERIFY(panel()->sendSnippet(panel()->currentRow()));
    QTRY_COMPARE(m_peer->bytes, QByteArray::fromHex("c4e3bac300"));
    // UTF-8 for the same text.
    panel()->encodingBox()->setCurrentText(QStringLiteral("UTF-8"));
    QVERIFY(panel()->sendSnippet(panel()->currentRow()));
    QTRY_COMPARE(
        m_peer->bytes, QByteArray::fromHex("c4e3bac300") + QByteArray::fromHex("e4bda0e5a5bd00"));
    // A bad escape: said in the panel, nothing sent.
    panel()->textEdit()->clear();
    QTest::keyClicks(panel()->textEdit(), QStringLiteral("oops\\q"));
    QVERIFY(panel()->statusLabel()->text().contains(QLatin1String("\\q")));
    QVERIFY(!panel()->sendSnippet(panel()->currentRow()));
    panel()->formatBox()->setCurrentIndex(1);
    QVERIFY(!panel()->sendSnippet(panel()->currentRow()));
    QVERIFY(panel()->statusLabel()->text().contains(QLatin1String("pairs of digits")));
    // A push given now arrives right after the last good send: nothing went in between.
    const QByteArray before = m_peer->bytes;
    m_window->workbench()->push(panel()->connection(), "|");
    QTRY_COMPARE(m_peer->received, 13);
    QCOMPARE(m_peer->bytes, before + '|');
}

void TestSendPanel::importExport()
{
    SnippetModel *model = m_window->sendDock()->snippets();
    const QVector<Snippet> before = model->snippets();
    const QString file = m_dir.filePath(QStringLiteral("snippets.json"));
    QVERIFY(panel()->exportSnippets(file));
    while (model->rowCount() > 0)
        model->remove(0);
    QVERIFY(panel()->importSnippets(file));
    QCOMPARE(model->snippets(), before);
    QVERIFY(panel()->statusLabel()->text().contains(QString::number(before.size())));
    // Not a snippets file: a clear error, the library unchanged.
    QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"hello\": 1}");
    bad.close();
    QVERIFY(!panel()->importSnippets(bad.fileName()));
    QVERIFY(panel()->statusLabel()->text().contains(QLatin1String("not a snippets file")));
    QVERIFY(!panel()->importSnippets(m_dir.filePath(QStringLiteral("missing.json"))));
    QCOMPARE(model->snippets(), before);
}

void TestSendPanel::repeatCountThenUntilStopped()
{
    connectClient();
    panel()->selectRow(findSnippet(QStringLiteral("hello + CRLF")));
    panel()->countBox()->setValue(5);
    panel()->intervalBox()->setValue(10);
    QTest::mouseClick(child<QPushButton>("repeatButton"), Qt::LeftButton);
    QTRY_COMPARE(m_peer->bytes, QByteArrayLiteral("hello\r\n").repeated(5));
    QTRY_VERIFY(jobText().contains(QLatin1String("done")));
    QCOMPARE(lastBar()->value(), 5);

    // Until stopped: a Stop button on the job's row.
    panel()->countBox()->setValue(0);
    QCOMPARE(panel()->countBox()->text(), QStringLiteral("until stopped"));
    panel()->intervalBox()->setValue(20);
    QTest::mouseClick(child<QPushButton>("repeatButton"), Qt::LeftButton);
    QTRY_VERIFY(m_peer->received >= 7 * 8);
    QPushButton *stop = nullptr;
    QTRY_VERIFY((stop = visibleStop()));
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY(jobText().contains(QLatin1String("stopped")));
    // A push given after the stop comes right after the job's last message (the job's
    // 20 ms timer had turns in between: a job still running shows here).
    const SendJobInfo stopped
        = m_window->workbench()->sendJobs()->jobs(panel()->connection()).last();
    QTRY_COMPARE(m_peer->received, 5 * 7 + stopped.done * 7);
    const QByteArray sent = m_peer->bytes;
    m_window->workbench()->push(panel()->connection(), "|");
    QTRY_COMPARE(m_peer->bytes.size(), sent.size() + 1);
    QCOMPARE(m_peer->bytes, sent + '|');
    QVERIFY(!visibleStop());
    // Back to back until stopped would never end: refused with a reason.
    panel()->intervalBox()->setValue(0);
    QCOMPARE(panel()->repeatSnippet(panel()->currentRow()), quint64(0));
    QVERIFY(panel()->statusLabel()->text().contains(QLatin1String("needs a count")));
}

void TestSendPanel::periodicStopsWhenTheConnectionCloses()
{
    const quint64 id = connectClient();
    panel()->selectRow(findSnippet(QStringLiteral("hello + CRLF")));
    panel()->countBox()->setValue(0);
    panel()->intervalBox()->setValue(10);
    QTest::mouseClick(child<QPushButton>("repeatButton"), Qt::LeftButton);
    QTRY_VERIFY(m_peer->received >= 14);
    m_peer->last()->close();
    QTRY_VERIFY(jobText().contains(QLatin1String("connection closed")));
    QTRY_COMPARE(info(id)->state, ConnectionInfo::State::Closed);
    QVERIFY(!child<QPushButton>("repeatButton")->isEnabled());
}

void TestSendPanel::fileWithProgressAndStop()
{
    connectClient();
    QFile file(m_dir.filePath(QStringLiteral("payload.bin")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray content;
    for (int i = 0; i < 200000; ++i)
        content += QByteArray::number(i) + ',';
    file.write(content);
    file.close();
    QVERIFY(panel()->sendFile(file.fileName()) != 0);
    QTRY_COMPARE(m_peer->received, content.size());
    QCOMPARE(m_peer->bytes, content);
    QTRY_VERIFY(jobText().contains(QLatin1String("done")));
    QProgressBar *bar = lastBar();
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(bar->text().contains(QLatin1String("/")));

    // A big file to a peer that does not read: the bar stops short, Stop ends it.
    m_peer->paused = true;
    m_peer->keep = false;
    QFile big(m_dir.filePath(QStringLiteral("big.bin")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(512 * 1024 * 1024)); // sparse
    big.close();
    QVERIFY(panel()->sendFile(big.fileName()) != 0);
    QPushButton *stop = nullptr;
    QTRY_VERIFY((stop = visibleStop()));
    QTRY_VERIFY(lastBar()->value() > 0);
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY(jobText().contains(QLatin1String("stopped")));
    bar = lastBar();
    QVERIFY(bar->value() < bar->maximum());
    // A file that cannot be read: said so, nothing starts.
    QCOMPARE(panel()->sendFile(m_dir.filePath(QStringLiteral("none.bin"))), quint64(0));
    QVERIFY(panel()->statusLabel()->text().contains(QLatin1String("none.bin")));
}

void TestSendPanel::saveReceivedAndFrames()
{
    const quint64 id = connectClient();
    m_peer->last()->write("one\r\ntwo\r\n\x01\xff"
                          "rest");
    QTRY_COMPARE(info(id)->frames, quint64(2));
    QTRY_COMPARE(info(id)->bytesIn, 16);
    QTRY_VERIFY(m_window->workbench()->captures()->capture(id)
                && m_window->workbench()->captures()->capture(id)->data.size() == 16);
    const QString raw = m_dir.filePath(QStringLiteral("raw.bin"));
    QVERIFY(panel()->saveReceived(raw));
    QFile rawFile(raw);
    QVERIFY(rawFile.open(QIODevice::ReadOnly));
    QCOMPARE(rawFile.readAll(), QByteArray("one\r\ntwo\r\n\x01\xff"
                                           "rest"));
    const QString jsonl = m_dir.filePath(QStringLiteral("frames.jsonl"));
    QVERIFY(panel()->saveFrames(jsonl));
    QVERIFY(panel()->statusLabel()->text().contains(QLatin1String("2 frame")));
    QFile framesFile(jsonl);
    QVERIFY(framesFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = framesFile.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // two lines and the empty rest after the last newline
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(QStringLiteral("data")).toString(), QStringLiteral("one"));
    QCOMPARE(first.value(QStringLiteral("terminator")).toString(), QStringLiteral("\\r\\n"));
    QCOMPARE(first.value(QStringLiteral("size")).toInt(), 3);
    QVERIFY(first.value(QStringLiteral("time_us")).toDouble() > 0);
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(QByteArray::fromBase64(second.value(QStringLiteral("base64")).toString().toLatin1()),
        QByteArrayLiteral("two"));
    QCOMPARE(second.value(QStringLiteral("index")).toInt(), 1);
    // A place that cannot be written: a clear error.
    QVERIFY(!panel()->saveReceived(QStringLiteral("/nonexistent-dir/x.bin")));
    QVERIFY(panel()->statusLabel()->text().startsWith(QLatin1String("Could not save")));
}

void TestSendPanel::copyFramesAsLiterals()
{
    const quint64 id = connectClient();
    m_peer->last()->write("A\x01"
                          "B\"\r\nx'y\r\n");
    QTRY_COMPARE(info(id)->frames, quint64(2));
    QTableView *frames
        = m_window->inspector()->findChild<QTableView *>(QStringLiteral("framesView"));
    QVERIFY(frames);
    QTRY_COMPARE(frames->model()->rowCount(), 2);
    frames->selectRow(0);
    auto trigger = [frames](const char *name) {
        auto *action = frames->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY(frames->actions().contains(action)); // in the context menu
        action->trigger();
    };
    trigger("copyAsC");
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("\"A\\x01\" \"B\\\"\""));
    trigger("copyAsPython");
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("b'A\\x01B\"'"));
    trigger("copyAsHex");
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("41 01 42 22"));
    // Two rows: their bytes in order.
    frames->selectAll();
    trigger("copyAsPython");
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("b'A\\x01B\"x\\'y'"));
    QCOMPARE(copyformats::cString(QByteArray("\r\n\t\\\0z", 6)),
        QStringLiteral("\"\\r\\n\\t\\\\\\x00z\""));
}

void TestSendPanel::reconnectClosedClient()
{
    const quint64 id = connectClient();
    QVERIFY(!child<QPushButton>("reconnectButton")->isEnabled());
    m_peer->last()->close();
    QTRY_COMPARE(info(id)->state, ConnectionInfo::State::Closed);
    QTRY_VERIFY(child<QPushButton>("reconnectButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("reconnectButton"), Qt::LeftButton);
    QTRY_COMPARE(int(m_peer->sockets.size()), 2);
    quint64 again = 0;
    QTRY_VERIFY((again = m_window->connectionsPanel()->currentConnection()) != id);
    QTRY_VERIFY(info(again) && info(again)->state == ConnectionInfo::State::Open);
    QCOMPARE(info(again)->terminator, QStringLiteral("\\r\\n"));
    QCOMPARE(m_window->inspector()->connection(), again);
    panel()->selectRow(findSnippet(QStringLiteral("hello + CRLF")));
    QVERIFY(panel()->sendSnippet(panel()->currentRow()));
    QTRY_COMPARE(m_peer->bytes, QByteArrayLiteral("hello\r\n"));
}

void TestSendPanel::pushHistoryUpDown()
{
    const quint64 first = connectClient();
    QLineEdit *input = m_window->inspector()->pushBox()->input();
    QTRY_VERIFY(input->isEnabled());
    QTest::keyClicks(input, QStringLiteral("abc"));
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE(m_peer->bytes, QByteArrayLiteral("abc"));
    QTest::keyClicks(input, QStringLiteral("def\\n"));
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE(m_peer->bytes, QByteArrayLiteral("abcdef\n"));
    QCOMPARE(input->text(), QString());
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->text(), QStringLiteral("def\\n"));
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->text(), QStringLiteral("abc"));
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->text(), QStringLiteral("abc")); // the oldest stays
    QTest::keyClick(input, Qt::Key_Down);
    QCOMPARE(input->text(), QStringLiteral("def\\n"));
    QTest::keyClick(input, Qt::Key_Down);
    QCOMPARE(input->text(), QString());
    // A recalled entry goes out again with Return.
    QTest::keyClick(input, Qt::Key_Up);
    QTest::keyClick(input, Qt::Key_Up);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE(m_peer->bytes, QByteArrayLiteral("abcdef\nabc"));
    QCOMPARE(m_window->sendDock()->history(first),
        (QStringList {
            QStringLiteral("t:abc"), QStringLiteral("t:def\\n"), QStringLiteral("t:abc") }));
    // A bad escape is not pushed and not remembered.
    QTest::keyClicks(input, QStringLiteral("\\q"));
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(m_window->sendDock()->history(first).size(), 3);
    input->clear();
    // Each connection has its own history.
    const quint64 second = connectClient();
    QTRY_COMPARE(m_window->inspector()->connection(), second);
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->text(), QString());
}

// TLS settings come back from a workspace file: a server's certificate and key files, a
// client's TLS at connect or STARTTLS, its CA file, accepted fingerprint and peer name.
void TestSendPanel::workspaceKeepsTlsSettings()
{
    Workspace w;
    ServerConfig server;
    server.profile = ProfileId::Echo;
    server.tls.certFile = QStringLiteral("/etc/acw/cert.pem");
    server.tls.keyFile = QStringLiteral("/etc/acw/key.pem");
    w.servers << server << ServerConfig();
    ClientConfig tlsClient;
    tlsClient.port = 4433;
    tlsClient.tls.enabled = true;
    tlsClient.tls.caFile = QStringLiteral("/etc/acw/ca.pem");
    tlsClient.tls.acceptFingerprint = QString(64, QLatin1Char('a'));
    tlsClient.tls.peerName = QStringLiteral("localhost");
    ClientConfig startTls;
    startTls.port = 25;
    startTls.allowStartTls = true;
    w.clients << tlsClient << startTls;
    const QString path = m_dir.filePath(QStringLiteral("tls.acw.json"));
    QString error;
    QVERIFY2(w.save(path, &error), qPrintable(error));
    Workspace back;
    QVERIFY2(Workspace::load(path, &back, &error), qPrintable(error));
    QCOMPARE(back.servers.size(), 2);
    QCOMPARE(back.servers.at(0).tls.certFile, server.tls.certFile);
    QCOMPARE(back.servers.at(0).tls.keyFile, server.tls.keyFile);
    QVERIFY(!back.servers.at(1).tls.enabled());
    QCOMPARE(back.clients.size(), 2);
    QVERIFY(back.clients.at(0).tls.enabled);
    QVERIFY(!back.clients.at(0).allowStartTls);
    QCOMPARE(back.clients.at(0).tls.caFile, tlsClient.tls.caFile);
    QCOMPARE(back.clients.at(0).tls.acceptFingerprint, tlsClient.tls.acceptFingerprint);
    QCOMPARE(back.clients.at(0).tls.peerName, tlsClient.tls.peerName);
    QVERIFY(!back.clients.at(1).tls.enabled);
    QVERIFY(back.clients.at(1).allowStartTls);
    QVERIFY(back.clients.at(1).tls.caFile.isEmpty());
}

void TestSendPanel::workspaceSavesAndReopens()
{
    // An echo server on a port of its own, a client to the peer, a snippet of our own.
    ServerConfig echo;
    echo.profile = ProfileId::Echo;
    echo.port = 0;
    m_window->workbench()->startServer(echo);
    QTRY_COMPARE(m_window->workbench()->servers()->infoAt(0).state, ServerInfo::State::Listening);
    connectClient(QStringLiteral("\\n"));
    Snippet mine;
    mine.name = QStringLiteral("workspace snippet");
    mine.text = QStringLiteral("ws");
    m_window->sendDock()->snippets()->add(mine);
    m_window->sendDock()->dock()->hide();
    const QString path = m_dir.filePath(QStringLiteral("bench.acw.json"));
    QVERIFY(m_window->sendDock()->saveWorkspace(path));

    delete m_window;
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    while (m_window->sendDock()->snippets()->rowCount() > 0)
        m_window->sendDock()->snippets()->remove(0);
    QVERIFY(m_window->sendDock()->openWorkspace(path));
    // The server runs again, the client connects again (the peer sees a second connection).
    QTRY_COMPARE(m_window->workbench()->servers()->rowCount(), 1);
    QTRY_COMPARE(m_window->workbench()->servers()->infoAt(0).state, ServerInfo::State::Listening);
    QCOMPARE(m_window->workbench()->servers()->infoAt(0).config.profile, ProfileId::Echo);
    QTRY_COMPARE(int(m_peer->sockets.size()), 2);
    QTRY_COMPARE(m_window->workbench()->connections()->rowCount(), 1);
    QVERIFY(findSnippet(QStringLiteral("workspace snippet")) >= 0);
    QVERIFY(!m_window->sendDock()->dock()->isVisible()); // the layout came back
    const quint64 id = m_window->workbench()
                           ->connections()
                           ->index(0, 0)
                           .data(ConnectionModel::IdRole)
                           .toULongLong();
    QCOMPARE(m_window->workbench()->clientConfig(id)->terminator.toSpec(), QStringLiteral("\\n"));
    // A broken file: an error, nothing else changes.
    QFile bad(m_dir.filePath(QStringLiteral("broken.acw.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"format\": \"asynchat-workbench-workspace\", \"clients\": [{\"port\": 99999}]}");
    bad.close();
    QVERIFY(!m_window->sendDock()->openWorkspace(bad.fileName()));
    QCOMPARE(m_window->workbench()->servers()->rowCount(), 1);
}

void TestSendPanel::languageChangeKeepsOneShortcut()
{
    connectClient();
    m_window->setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(m_window->sendDock()->dock()->windowTitle(), QStringLiteral("发送"));
    QCOMPARE(child<QPushButton>("repeatButton")->text(), QStringLiteral("重复(&R)"));
    QTRY_VERIFY(panel()->connection() != 0);
    // The panel was built again: Ctrl+Alt+1 must send once, not twice (nor be ambiguous).
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE(m_peer->bytes, QByteArrayLiteral("GET /kongxx HTTP/1.0\r\n\r\n"));
    // A push given after the key arrives right after the one send: none came twice.
    m_window->workbench()->push(panel()->connection(), "|");
    QTRY_VERIFY(m_peer->bytes.endsWith('|'));
    QCOMPARE(m_peer->bytes, QByteArrayLiteral("GET /kongxx HTTP/1.0\r\n\r\n|"));
    m_window->setLanguage(QStringLiteral("en"));
}

int main(int argc, char **argv)
{
    // A private settings file: tests never see (or change) the user's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    TestSendPanel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sendpanel.moc"
