// Issue 8, as a user would check it in the window: the output of a closed connection, whole
// payloads in the exports, one text decoding everywhere, frames numbered from 1, the
// conversation view against the engine's own events, a 1024x700 window, Tab order, menu
// shortcuts in text fields and status bar outcomes.
#include "closedport.h"
#include "engine/engine.h"
#include "mainwindow.h"
#include "models/capturestore.h"
#include "models/connectionmodel.h"
#include "models/conversationmodel.h"
#include "models/framelistmodel.h"
#include "models/outputhistorymodel.h"
#include "models/servermodel.h"
#include "models/timelinemodel.h"
#include "panels/connectionspanel.h"
#include "panels/conversationview.h"
#include "panels/framinglab.h"
#include "panels/guidedialog.h"
#include "panels/inputview.h"
#include "panels/inspectorpanel.h"
#include "panels/outputview.h"
#include "panels/pushbox.h"
#include "panels/terminatoreditor.h"
#include "panels/timelinepanel.h"
#include "translations.h"
#include "workbench.h"

#include "settings.h"

#include "socketreads.h"
#include "windowrig.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>

using namespace acw;
using acwtest::clickConnectionRow;
using acwtest::readUntil;
using acwtest::readUntilClosed;
using acwtest::startServerFromForm;
using Type = EngineEvent::Type;

class TestWorkbenchViews : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void closedGreetingOutputShowsTheReply();
    void exportsCarryWholePayloads();
    void worldShowsAsTextInTheChosenEncoding();
    void framesAreNumberedFromOne();
    void conversationFollowsTheEngine();
    void saveRawBytesPerDirection();
    void smallWindowShowsRowsAndClientPanel();
    void tabLeavesTables();
    void menuShortcutsWorkInTextFields();
    void statusBarSaysWhatHappened();
    void guidePromisesOnlyWhatTheWindowDoes();

private:
    template<class T> T *child(const char *name) { return acwtest::child<T>(m_window, name); }
    quint16 startServer(const QString &profile) { return startServerFromForm(m_window, profile); }
    void selectConnectionRow(int row) { clickConnectionRow(m_window, row); }
    int connectionRows() { return child<QTableView>("connectionsView")->model()->rowCount(); }
    quint64 firstConnectionId()
    {
        const ConnectionModel *model = m_window->workbench()->connections();
        return model->rowCount() ? model->index(0, 0).data(ConnectionModel::IdRole).toULongLong()
                                 : 0;
    }
    const FrameListModel *frames() { return m_window->inspector()->input()->frames(); }
    QStringList timelineDetails(Type type);

    MainWindow *m_window = nullptr;
};

void TestWorkbenchViews::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestWorkbenchViews::cleanup()
{
    m_window->workbench()->setEncoding(bytesformat::Encoding::Utf8);
    delete m_window;
    m_window = nullptr;
}

QStringList TestWorkbenchViews::timelineDetails(Type type)
{
    const TimelineModel *model = m_window->workbench()->timeline();
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->entryAt(r).type == type)
            out << model->index(r, TimelineModel::Summary).data().toString();
    }
    return out;
}

void TestWorkbenchViews::closedGreetingOutputShowsTheReply()
{
    const quint16 port = startServer(QStringLiteral("greeting"));
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(client.waitForConnected(5000));
    client.write("GET /kongxx HTTP/1.0\r\nHost: x\r\n\r\n");
    const QByteArray reply = readUntilClosed(client);
    QVERIFY(reply.contains("Hello kongxx!"));

    QTRY_COMPARE(connectionRows(), 1);
    const quint64 id = firstConnectionId();
    QTRY_VERIFY(
        m_window->workbench()->connections()->info(id)
        && m_window->workbench()->connections()->info(id)->state == ConnectionInfo::State::Closed);
    selectConnectionRow(0);
    QTRY_COMPARE(m_window->inspector()->connection(), id);
    OutputView *output = m_window->inspector()->output();
    m_window->inspector()->tabs()->setCurrentWidget(output);

    // Not "Waiting for the engine…": what was pushed and sent, kept after the close.
    QVERIFY2(!output->summary().contains(QLatin1String("Waiting")), qPrintable(output->summary()));
    QVERIFY2(output->summary().contains(QLatin1String("Closed")), qPrintable(output->summary()));
    const OutputHistoryModel *history = output->history();
    QVERIFY(history->rowCount() >= 2); // one push at least, one kernel write at least
    QByteArray pushed;
    QByteArray sent;
    for (int r = 0; r < history->rowCount(); ++r) {
        const QModelIndex index = history->index(r, 0);
        (index.data(OutputHistoryModel::IsSentRole).toBool() ? sent : pushed)
            += index.data(OutputHistoryModel::RawDataRole).toByteArray();
    }
    QCOMPARE(pushed, reply);
    QCOMPARE(sent, reply);
    QVERIFY(history->index(0, OutputHistoryModel::Data)
                .data()
                .toString()
                .startsWith(QLatin1String("HTTP/1.")));
    QTRY_VERIFY2(output->detailText().contains(QLatin1String("Hello kongxx!")),
        qPrintable(output->detailText()));
}

void TestWorkbenchViews::exportsCarryWholePayloads()
{
    const quint16 port = startServer(QStringLiteral("echo"));
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(client.waitForConnected(5000));
    QByteArray line;
    for (int i = 0; i < 60; ++i)
        line += QByteArray::number(i) + ' ';
    line += "END";
    client.write(line + "\r\n");
    QVERIFY(readUntil(client, "END").contains("END"));
    // The timeline row is short; the exports hold every byte.
    QTRY_VERIFY(!timelineDetails(Type::Pushed).isEmpty());
    const QString row = timelineDetails(Type::Pushed).constFirst();
    QVERIFY2(row.endsWith(QChar(0x2026)) && !row.contains(QLatin1String("END")), qPrintable(row));

    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("t.txt"));
    const QString jsonl = dir.filePath(QStringLiteral("t.jsonl"));
    QVERIFY(m_window->timelinePanel()->exportTo(text, false));
    QVERIFY(m_window->timelinePanel()->exportTo(jsonl, true));
    QFile t(text);
    QVERIFY(t.open(QIODevice::ReadOnly));
    const QByteArray textExport = t.readAll();
    QVERIFY(!textExport.contains("\xE2\x80\xA6")); // no ellipsis anywhere
    QVERIFY(textExport.contains(Terminator::escape(line).toUtf8()));
    QFile j(jsonl);
    QVERIFY(j.open(QIODevice::ReadOnly));
    QByteArray chunks;
    QByteArray pushes;
    for (const QByteArray &l : j.readAll().split('\n')) {
        if (l.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(l).object();
        QVERIFY(!o.value(QStringLiteral("summary")).toString().contains(QChar(0x2026)));
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("chunk") || type == QLatin1String("pushed")) {
            bool ok = false;
            const QByteArray data
                = Terminator::unescape(o.value(QStringLiteral("data")).toString(), &ok);
            QVERIFY(ok);
            QCOMPARE(qint64(data.size()), o.value(QStringLiteral("size")).toInteger());
            QVERIFY(o.value(QStringLiteral("complete")).toBool());
            (type == QLatin1String("chunk") ? chunks : pushes) += data;
        }
    }
    // Every byte read and every byte pushed, whatever the reads' sizes.
    QCOMPARE(chunks, line + "\r\n");
    QCOMPARE(pushes, line + "\r\n");
}

void TestWorkbenchViews::worldShowsAsTextInTheChosenEncoding()
{
    const QByteArray utf8 = "\xE4\xB8\x96\xE7\x95\x8C"; // 世界 in UTF-8
    const QByteArray gbk = "\xCA\xC0\xBD\xE7"; // 世界 in GBK / GB18030
    const QString world = QStringLiteral("世界");
    const quint16 port = startServer(QStringLiteral("echo"));
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(client.waitForConnected(5000));
    client.write(utf8 + "\r\n");
    QVERIFY(client.waitForBytesWritten(5000));
    QVERIFY(readUntil(client, "\r\n").contains(utf8));
    client.write(gbk + "\r\n");
    QVERIFY(readUntil(client, "\r\n").contains(gbk));
    QTRY_COMPARE(connectionRows(), 1);
    selectConnectionRow(0);
    QTRY_COMPARE(frames()->rowCount(), 2);
    auto frameText
        = [this](int row) { return frames()->index(row, FrameListModel::Data).data().toString(); };
    // UTF-8 (the default): the UTF-8 frame reads 世界, the GBK one is escaped bytes.
    QCOMPARE(frameText(0), world);
    QCOMPARE(frameText(1), QStringLiteral("\\xCA\\xC0\\xBD\\xE7"));
    QTRY_VERIFY(timelineDetails(Type::Chunk).size() >= 2);
    QVERIFY2(timelineDetails(Type::Chunk).at(0).contains(world + QLatin1String("\\r\\n")),
        qPrintable(timelineDetails(Type::Chunk).at(0)));
    QVERIFY(timelineDetails(Type::Pushed).join(QLatin1Char('|')).contains(world));
    QTextEdit *stream = m_window->inspector()->input()->streamView();
    QTRY_VERIFY2(stream->toPlainText().contains(QLatin1String("\\xCA\\xC0\\xBD\\xE7")),
        qPrintable(stream->toPlainText()));

    // View > Text encoding > GB18030: the GBK bytes read 世界 in the table and the timeline.
    QAction *gb = m_window->findChild<QAction *>(QStringLiteral("encoding-gb18030"));
    QVERIFY(gb);
    gb->trigger();
    QCOMPARE(bytesformat::defaultEncoding(), bytesformat::Encoding::Gb18030);
    QCOMPARE(frameText(1), world);
    QVERIFY(timelineDetails(Type::Chunk).at(1).contains(world + QLatin1String("\\r\\n")));
    QVERIFY(!frameText(0).contains(world));
    // The stream view follows the same rule (the renderer calls bytesformat::text too).
    QTRY_VERIFY2(
        !stream->toPlainText().contains(QLatin1String("\\xCA")), qPrintable(stream->toPlainText()));
    QVERIFY(stream->toPlainText().contains(world));
    // The Output tab and the conversation too.
    m_window->inspector()->tabs()->setCurrentWidget(m_window->inspector()->output());
    QTRY_VERIFY(m_window->inspector()->output()->detailText().contains(world));
    // Remembered for the next run.
    delete m_window;
    bytesformat::setDefaultEncoding(bytesformat::Encoding::Utf8);
    m_window = new MainWindow;
    QCOMPARE(bytesformat::defaultEncoding(), bytesformat::Encoding::Gb18030);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("encoding-gb18030"))->isChecked());
}

void TestWorkbenchViews::framesAreNumberedFromOne()
{
    const quint16 port = startServer(QStringLiteral("echo"));
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(client.waitForConnected(5000));
    client.write("a\r\nb\r\n");
    QVERIFY(readUntil(client, "b\r\n").contains("b\r\n"));
    QTRY_COMPARE(connectionRows(), 1);
    selectConnectionRow(0);
    QTRY_COMPARE(frames()->rowCount(), 2);
    QCOMPARE(frames()->index(0, FrameListModel::Index).data().toInt(), 1);
    QCOMPARE(frames()->index(1, FrameListModel::Index).data().toInt(), 2);
    const QStringList rows = timelineDetails(Type::Frame);
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.at(0).startsWith(QLatin1String("frame #1,")), qPrintable(rows.at(0)));
    QVERIFY2(rows.at(1).startsWith(QLatin1String("frame #2,")), qPrintable(rows.at(1)));
    QTemporaryDir dir;
    const QString jsonl = dir.filePath(QStringLiteral("t.jsonl"));
    QVERIFY(m_window->timelinePanel()->exportTo(jsonl, true));
    QFile j(jsonl);
    QVERIFY(j.open(QIODevice::ReadOnly));
    QList<int> numbers;
    for (const QByteArray &l : j.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(l).object();
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("frame"))
            numbers << o.value(QStringLiteral("frame")).toInt();
    }
    QCOMPARE(numbers, (QList<int> { 1, 2 }));
    // The conversation marks the same numbers.
    ConversationView *conversation = m_window->inspector()->conversation();
    m_window->inspector()->tabs()->setCurrentWidget(conversation);
    conversation->refresh();
    QVERIFY2(conversation->plainText().contains(QLatin1String("end of frame 1"))
                 && conversation->plainText().contains(QLatin1String("end of frame 2"))
                 && !conversation->plainText().contains(QLatin1String("end of frame 0")),
        qPrintable(conversation->plainText()));
}

void TestWorkbenchViews::conversationFollowsTheEngine()
{
    // Random reads (the client's writes), random pushes by hand from the window, the echo
    // server's answers: the view's segments are the engine's reads and kernel writes, in
    // the engine's order, and their bytes are what the client sent and received.
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    const quint16 port = startServer(QStringLiteral("echo"));
    QSignalSpy events(m_window->workbench()->engine(), &Engine::eventsReady);
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(client.waitForConnected(5000));
    QTRY_COMPARE(connectionRows(), 1);
    const quint64 id = firstConnectionId();
    QByteArray written;
    QByteArray received;
    const CaptureStore *store = m_window->workbench()->captures();
    for (int step = 0; step < 120; ++step) {
        const int what = random.bounded(4);
        QByteArray piece;
        const int n = 1 + random.bounded(40);
        for (int k = 0; k < n; ++k)
            piece += char(random.bounded(5) == 0 ? '\n' : 'a' + random.bounded(26));
        if (random.bounded(3) == 0)
            piece += "\r\n";
        if (what == 0) {
            m_window->workbench()->push(id, "<" + piece + ">");
        } else {
            client.write(piece);
            client.waitForBytesWritten(1000);
            written += piece;
        }
        if (random.bounded(4) == 0 && !written.isEmpty()) // a read ends here: all was read
            QTRY_VERIFY(store->capture(id) && store->capture(id)->streamEnd == written.size());
        received += client.readAll();
    }
    // Everything the client wrote was read, and everything pushed was sent.
    QTRY_VERIFY(store->capture(id) && store->capture(id)->streamEnd == written.size());
    QTRY_VERIFY(store->capture(id)->sentEnd == store->capture(id)->pushedEnd);
    const qint64 pushedTotal = store->capture(id)->pushedEnd;
    for (int i = 0; i < 200 && received.size() < pushedTotal; ++i) {
        client.waitForReadyRead(50);
        received += client.readAll();
    }
    QCOMPARE(qint64(received.size()), pushedTotal);

    selectConnectionRow(0);
    QTRY_COMPARE(m_window->inspector()->connection(), id);
    ConversationView *view = m_window->inspector()->conversation();
    m_window->inspector()->tabs()->setCurrentWidget(view);
    view->refresh();
    const QVector<ConversationModel::Segment> &segments = view->model().segments();

    // The engine's own account, in its order.
    struct Step
    {
        bool sent;
        qint64 start;
        qint64 size;
    };
    QVector<Step> expected;
    QVector<qint64> frameEnds;
    qint64 sentOffset = 0;
    for (const QList<QVariant> &args : std::as_const(events)) {
        for (const EngineEvent &e : args.at(0).value<QVector<EngineEvent>>()) {
            if (e.connection != id)
                continue;
            if (e.type == Type::Chunk && e.size > 0)
                expected.append({ false, e.offset, e.size });
            if (e.type == Type::Sent && e.size > 0) {
                expected.append({ true, sentOffset, e.size });
                sentOffset += e.size;
            }
            if (e.type == Type::Frame)
                frameEnds.append(e.offset);
        }
    }
    QCOMPARE(segments.size(), expected.size());
    QByteArray in;
    QByteArray out;
    QVector<qint64> markedEnds;
    qint64 lastTime = 0;
    for (int i = 0; i < segments.size(); ++i) {
        const ConversationModel::Segment &s = segments.at(i);
        QCOMPARE(s.direction == ConversationModel::Direction::Sent, expected.at(i).sent);
        QCOMPARE(s.start, expected.at(i).start);
        QCOMPARE(s.size(), expected.at(i).size);
        QVERIFY(s.complete());
        QVERIFY(s.timeUs >= lastTime);
        lastTime = s.timeUs;
        (expected.at(i).sent ? out : in) += s.bytes;
        markedEnds += s.frameEnds;
    }
    QCOMPARE(in, written);
    QCOMPARE(out, received);
    QCOMPARE(markedEnds, frameEnds);
    // The text shows every segment's header, in the same order.
    const QString text = view->plainText();
    qsizetype pos = 0;
    for (const ConversationModel::Segment &s : segments) {
        const QString header = (s.direction == ConversationModel::Direction::Sent
                                    ? QStringLiteral("sent, write %1:")
                                    : QStringLiteral("received, read %1:"))
                                   .arg(s.number);
        const qsizetype at = text.indexOf(header, pos);
        QVERIFY2(at >= pos, qPrintable(header));
        pos = at + header.size();
    }
}

void TestWorkbenchViews::saveRawBytesPerDirection()
{
    const quint16 port = startServer(QStringLiteral("greeting"));
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(client.waitForConnected(5000));
    const QByteArray request = "GET /raw HTTP/1.0\r\n\r\n";
    client.write(request);
    const QByteArray reply = readUntilClosed(client);
    QVERIFY(reply.contains("Hello raw!"));
    QTRY_COMPARE(connectionRows(), 1);
    selectConnectionRow(0);
    QTRY_VERIFY(m_window->inspector()->connection() != 0);
    const quint64 id = m_window->inspector()->connection();
    QTRY_VERIFY(m_window->workbench()->captures()->capture(id)
                && m_window->workbench()->captures()->capture(id)->closed);
    ConversationView *view = m_window->inspector()->conversation();
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.bin"));
    const QString out = dir.filePath(QStringLiteral("out.bin"));
    QVERIFY(view->saveRaw(ConversationModel::Direction::Received, in));
    QVERIFY(view->saveRaw(ConversationModel::Direction::Sent, out));
    QFile a(in);
    QFile b(out);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), request);
    QCOMPARE(b.readAll(), reply);
    QString error;
    QVERIFY(!view->saveRaw(ConversationModel::Direction::Sent,
        dir.filePath(QStringLiteral("no/such/dir/x.bin")), &error));
    QVERIFY(!error.isEmpty());
}

void TestWorkbenchViews::smallWindowShowsRowsAndClientPanel()
{
    m_window->resize(1024, 700);
    if (qEnvironmentVariableIsSet("ACW_DEBUG_LAYOUT"))
        qInfo() << "window minimum" << m_window->minimumSizeHint() << m_window->size();
    QApplication::processEvents();
    if (qEnvironmentVariableIsSet("ACW_DEBUG_LAYOUT")) {
        for (QWidget *w : { static_cast<QWidget *>(m_window->connectionsPanel()),
                 static_cast<QWidget *>(m_window->inspector()),
                 static_cast<QWidget *>(m_window->inspector()->tabs()),
                 static_cast<QWidget *>(m_window->inspector()->input()),
                 static_cast<QWidget *>(m_window->inspector()->output()),
                 static_cast<QWidget *>(m_window->inspector()->terminatorEditor()),
                 static_cast<QWidget *>(m_window->inspector()->pushBox()),
                 static_cast<QWidget *>(m_window->inspector()->conversation()),
                 static_cast<QWidget *>(m_window->timelinePanel()),
                 static_cast<QWidget *>(m_window->framingLab()), m_window->centralWidget() })
            qInfo() << w->metaObject()->className() << w->size() << w->minimumSizeHint();
    }
    QTRY_COMPARE(m_window->size(), QSize(1024, 700)); // not grown past its minimum
    auto *table = child<QTableView>("connectionsView");
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    const int rows = table->viewport()->height() / rowHeight;
    if (qEnvironmentVariableIsSet("ACW_DEBUG_LAYOUT")) {
        for (QWidget *w : { static_cast<QWidget *>(m_window->connectionsPanel()),
                 static_cast<QWidget *>(m_window->inspector()),
                 static_cast<QWidget *>(m_window->inspector()->tabs()),
                 static_cast<QWidget *>(m_window->inspector()->input()),
                 static_cast<QWidget *>(m_window->inspector()->output()),
                 static_cast<QWidget *>(m_window->inspector()->terminatorEditor()),
                 static_cast<QWidget *>(m_window->inspector()->pushBox()),
                 static_cast<QWidget *>(m_window->inspector()->conversation()),
                 static_cast<QWidget *>(m_window->timelinePanel()), m_window->centralWidget() })
            qInfo() << w->metaObject()->className() << w->size() << w->minimumSizeHint();
    }
    QVERIFY2(rows >= 6, qPrintable(QStringLiteral("%1 rows visible (viewport %2 px, row %3 px)")
                                       .arg(rows)
                                       .arg(table->viewport()->height())
                                       .arg(rowHeight)));
    // The client form and its button are in the window, reachable by scrolling at worst.
    auto *connect = child<QPushButton>("connectButton");
    QVERIFY(connect->isVisible());
    auto *scroll = qobject_cast<QScrollArea *>(child<QDockWidget>("serversDock")->widget());
    QVERIFY(scroll);
    scroll->ensureWidgetVisible(connect);
    QApplication::processEvents();
    const QRect inViewport(connect->mapTo(scroll->viewport(), QPoint(0, 0)), connect->size());
    QVERIFY2(scroll->viewport()->rect().contains(inViewport),
        qPrintable(QStringLiteral("button %1,%2 %3x%4 in viewport %5x%6")
                       .arg(inViewport.x())
                       .arg(inViewport.y())
                       .arg(inViewport.width())
                       .arg(inViewport.height())
                       .arg(scroll->viewport()->width())
                       .arg(scroll->viewport()->height())));
    const QRect inWindow(connect->mapTo(m_window, QPoint(0, 0)), connect->size());
    QVERIFY(m_window->rect().contains(inWindow));
}

void TestWorkbenchViews::tabLeavesTables()
{
    const QList<QTableView *> tables = m_window->findChildren<QTableView *>();
    QVERIFY(tables.size() >= 4);
    for (QTableView *t : tables)
        QVERIFY2(!t->tabKeyNavigation(), qPrintable(t->objectName()));
    // Tab from the connections table goes to another widget, not to the next cell.
    quint16 port = startServer(QStringLiteral("echo"));
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(client.waitForConnected(5000));
    QTRY_COMPARE(connectionRows(), 1);
    auto *table = child<QTableView>("connectionsView");
    selectConnectionRow(0);
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Tab);
    QTRY_VERIFY(!table->hasFocus());
}

void TestWorkbenchViews::menuShortcutsWorkInTextFields()
{
    // Ctrl+L (Framing Lab), Ctrl+T (terminator tab), Ctrl+2 (hex view) from inside text
    // fields: the filter, the client host and the push box (of an open connection).
    const quint16 port = startServer(QStringLiteral("echo"));
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(client.waitForConnected(5000));
    QTRY_COMPARE(connectionRows(), 1);
    selectConnectionRow(0);
    QTRY_VERIFY(child<QLineEdit>("pushInput")->isEnabled());
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    for (const char *field : { "connectionFilter", "clientHost", "pushInput", "timelineFilter" }) {
        auto *edit = child<QLineEdit>(field);
        m_window->mainTabs()->setCurrentIndex(0);
        QVERIFY2(edit->isVisible(), field);
        edit->setFocus();
        QTRY_VERIFY2(edit->hasFocus(), field);
        QTest::keyClick(edit, Qt::Key_L, Qt::ControlModifier);
        QVERIFY2(m_window->isFramingLabShown(), field);
        m_window->mainTabs()->setCurrentIndex(0);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_T, Qt::ControlModifier);
        QVERIFY2(m_window->inspector()->tabs()->currentIndex() == 1, field);
        m_window->inspector()->tabs()->setCurrentIndex(0);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_2, Qt::ControlModifier);
        QVERIFY2(m_window->inspector()->input()->viewMode() == bytesformat::ViewMode::Hex, field);
        QTest::keyClick(edit, Qt::Key_1, Qt::ControlModifier);
        QVERIFY2(m_window->inspector()->input()->viewMode() == bytesformat::ViewMode::Text, field);
        // Ctrl+F: to the connections filter, from anywhere.
        QTest::keyClick(edit, Qt::Key_F, Qt::ControlModifier);
        QVERIFY2(child<QLineEdit>("connectionFilter")->hasFocus(), field);
    }
    // From the Framing Lab's byte editor (a multi-line text field) too.
    m_window->showFramingLab();
    auto *labInput = child<QWidget>("labInput");
    labInput->setFocus();
    QTRY_VERIFY(labInput->hasFocus());
    QTest::keyClick(labInput, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_window->mainTabs()->currentIndex(), 0);
    QCOMPARE(m_window->inspector()->tabs()->currentIndex(), 1);
    m_window->showFramingLab();
    labInput->setFocus();
    QTest::keyClick(labInput, Qt::Key_2, Qt::ControlModifier);
    QVERIFY(m_window->inspector()->input()->viewMode() == bytesformat::ViewMode::Hex);
    m_window->mainTabs()->setCurrentIndex(0);
    // Ctrl+Return pushes what the push box holds, typed in the push box.
    auto *push = child<QLineEdit>("pushInput");
    push->setFocus();
    push->setText(QStringLiteral("by hand\\r\\n"));
    QTest::keyClick(push, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(readUntil(client, "by hand").contains("by hand\r\n"));
}

void TestWorkbenchViews::statusBarSaysWhatHappened()
{
    QStatusBar *bar = m_window->statusBar();
    const quint16 port = startServer(QStringLiteral("echo"));
    QTRY_VERIFY2(bar->currentMessage().contains(QLatin1String("listening"))
                     && bar->currentMessage().contains(QString::number(port)),
        qPrintable(bar->currentMessage()));

    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    child<QSpinBox>("portSpin")->setValue(squatter.serverPort());
    QTest::mouseClick(child<QPushButton>("startServerButton"), Qt::LeftButton);
    QTRY_VERIFY2(bar->currentMessage().contains(QLatin1String("could not start")),
        qPrintable(bar->currentMessage()));

    child<QLineEdit>("clientHost")->setText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>("clientPort")->setValue(port);
    QTest::mouseClick(child<QPushButton>("connectButton"), Qt::LeftButton);
    QTRY_VERIFY2(bar->currentMessage().startsWith(QLatin1String("Connected to 127.0.0.1:")),
        qPrintable(bar->currentMessage()));

    // A port nobody listens on: refused, and the bar says so.
    const acwtest::ClosedPort gone; // bound, never listening: connects are refused
    const quint16 closedPort = gone.port();
    QVERIFY(closedPort != 0);
    child<QSpinBox>("clientPort")->setValue(closedPort);
    QTest::mouseClick(child<QPushButton>("connectButton"), Qt::LeftButton);
    QTRY_VERIFY2(
        bar->currentMessage().startsWith(QLatin1String("Could not connect to 127.0.0.1:"))
            && bar->currentMessage().contains(QLatin1String("refused"), Qt::CaseInsensitive),
        qPrintable(bar->currentMessage()));
}

void TestWorkbenchViews::guidePromisesOnlyWhatTheWindowDoes()
{
    const QString guide = QTextDocumentFragment::fromHtml(GuideDialog::guideHtml()).toPlainText();
    // Every tab the guide sends the user to exists.
    QStringList tabs;
    for (int i = 0; i < m_window->inspector()->tabs()->count(); ++i)
        tabs << m_window->inspector()->tabs()->tabText(i).remove(QLatin1Char('&'));
    for (const char *tab : { "Input", "Terminator", "Output", "Conversation" }) {
        QVERIFY2(guide.contains(QLatin1String(tab) + QLatin1String(" tab")), tab);
        QVERIFY2(tabs.contains(QLatin1String(tab)), tab);
    }
    QVERIFY(guide.contains(QLatin1String("Framing Lab")));
    QCOMPARE(m_window->mainTabs()->tabText(1), QStringLiteral("Framing Lab"));
    QVERIFY(guide.contains(QLatin1String("View > Text encoding")));
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("encodingMenu")));
    // The echo server frames \r\n lines; plain nc sends \n: the guide says -C.
    QVERIFY(guide.contains(QLatin1String("nc -C 127.0.0.1 9000")));
    QCOMPARE(Settings::defaultPort(ProfileId::Echo), 9000);
}

int main(int argc, char **argv)
{
    // A private settings file: tests never see (or change) the user's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    acw::installTranslations(QStringLiteral("en")); // plural forms, as the application does
    TestWorkbenchViews test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workbenchviews.moc"
