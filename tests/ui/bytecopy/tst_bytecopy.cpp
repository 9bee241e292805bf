// Copy as hex / C string / Python bytes on a text selection (issue 11): in the inspector's
// input stream (text, hex and escaped), the conversation and the output, the selection copies
// the bytes it covers, not the text drawn. Offscreen window, an echo server started in it,
// a real loopback peer; selections made with the mouse and with the text cursor.
#include "mainwindow.h"
#include "models/bytesformat.h"
#include "models/capturestore.h"
#include "models/connectionmodel.h"
#include "models/copyformats.h"
#include "models/servermodel.h"
#include "models/textbytemap.h"
#include "panels/bytecopy.h"
#include "panels/connectionspanel.h"
#include "panels/conversationview.h"
#include "panels/inputview.h"
#include "panels/inspectorpanel.h"
#include "panels/outputview.h"
#include "workbench.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>

using namespace acw;

class TestByteCopy : public QObject
{
    Q_OBJECT
private slots:
    void mapMatchesTheRenderers();
    void runsOfASelection();
    void init();
    void cleanup();
    void inputStreamInEveryMode();
    void mouseSelectionInTextMode();
    void conversationAcrossDirections();
    void outputDetail();

private:
    quint64 connectEcho(const QByteArray &bytes);
    // Selects [from, to) of the view's document as a drag would.
    template<class View> void select(View *view, int from, int to)
    {
        QTextCursor c(view->document());
        c.setPosition(from);
        c.setPosition(to, QTextCursor::KeepAnchor);
        view->setTextCursor(c);
    }
    // Triggers one copy action of the view; the clipboard's text after it.
    QString copy(QWidget *view, const char *action)
    {
        auto *a = view->findChild<QAction *>(QLatin1String(action));
        if (!a)
            qFatal("no action %s", action);
        QApplication::clipboard()->clear();
        a->trigger();
        return QApplication::clipboard()->text();
    }
    QStringList menuActions(QWidget *view)
    {
        std::unique_ptr<QMenu> menu(bytecopy::contextMenu(view, QPoint(5, 5)));
        QStringList names;
        for (QAction *a : menu->actions()) {
            if (!a->objectName().isEmpty() && a->isEnabled())
                names << a->objectName();
        }
        return names;
    }
    const CaptureStore::Capture *capture(quint64 id)
    {
        return m_window->workbench()->captures()->capture(id);
    }

    MainWindow *m_window = nullptr;
    QTcpSocket *m_peer = nullptr;
    QByteArray m_echoed;
};

// The map's text is exactly what the views draw.
void TestByteCopy::mapMatchesTheRenderers()
{
    QRandomGenerator rng(7);
    for (int round = 0; round < 50; ++round) {
        QByteArray bytes;
        const int n = int(rng.bounded(0, 80));
        for (int i = 0; i < n; ++i)
            bytes += char(rng.bounded(256));
        bytes += "你好\r\n";
        const qint64 offset = rng.bounded(1000);
        TextByteMap map;
        QCOMPARE(map.text(bytes, offset), bytesformat::text(bytes));
        map.clear();
        QCOMPARE(map.escaped(bytes, offset), bytesformat::escaped(bytes));
        map.clear();
        QCOMPARE(map.hexDump(bytes, offset), bytesformat::hexDump(bytes, offset));
    }
}

void TestByteCopy::runsOfASelection()
{
    TextByteMap map;
    map.decoration(QStringLiteral("> "));
    map.text(QByteArray("a\r你"), 10); // "a\r你": a=10, \r=11 (2 chars), 你=12..15
    map.decoration(QStringLiteral("\n"));
    map.escaped(QByteArray("\x01z", 2), 0, 1); // "\x01z" in stream 1
    QCOMPARE(map.plainText(), QStringLiteral("> a\\r你\n\\x01z"));
    QVERIFY(map.align(map.plainText()));
    using Run = TextByteMap::Run;
    QCOMPARE(map.runs(0, 2), QVector<Run>()); // only the decoration
    QCOMPARE(map.runs(0, 3), (QVector<Run> { { 0, 10, 11 } }));
    QCOMPARE(map.runs(4, 6), (QVector<Run> { { 0, 11, 15 } })); // half an escape is its byte
    QCOMPARE(map.runs(2, 13), (QVector<Run> { { 0, 10, 15 }, { 1, 0, 2 } }));
    // A document that dropped the leading line break of an HTML <pre> still lines up.
    TextByteMap pre;
    pre.text(QByteArray("\nab"), 0);
    QVERIFY(pre.align(QStringLiteral("ab")));
    QCOMPARE(pre.runs(0, 1), (QVector<Run> { { 0, 1, 2 } }));
    QVERIFY(!pre.align(QStringLiteral("xy")));
    QVERIFY(pre.runs(0, 2).isEmpty());
}

void TestByteCopy::init()
{
    m_echoed.clear();
    m_window = new MainWindow;
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_peer = new QTcpSocket(this);
    connect(m_peer, &QTcpSocket::readyRead, this, [this] { m_echoed += m_peer->readAll(); });
}

void TestByteCopy::cleanup()
{
    delete m_peer;
    m_peer = nullptr;
    delete m_window;
    m_window = nullptr;
    QApplication::clipboard()->clear();
}

// An echo server in the window, the peer's bytes in one write, the connection selected.
quint64 TestByteCopy::connectEcho(const QByteArray &bytes)
{
    ServerConfig echo;
    echo.profile = ProfileId::Echo;
    echo.port = 0;
    m_window->workbench()->startServer(echo);
    const ServerModel *servers = m_window->workbench()->servers();
    [&] { QTRY_COMPARE(servers->infoAt(0).state, ServerInfo::State::Listening); }();
    m_peer->connectToHost(QStringLiteral("127.0.0.1"), servers->infoAt(0).port);
    [&] { QVERIFY(m_peer->waitForConnected(5000)); }();
    ConnectionModel *model = m_window->workbench()->connections();
    [&] { QTRY_COMPARE(model->rowCount(), 1); }();
    const quint64 id = model->infoAt(0).id;
    m_window->connectionsPanel()->selectConnection(id);
    [&] { QTRY_COMPARE(m_window->inspector()->connection(), id); }();
    m_peer->write(bytes);
    [&] {
        QTRY_VERIFY(capture(id) && capture(id)->streamEnd == bytes.size());
        QTRY_COMPARE(model->info(id)->bytesIn, qint64(bytes.size()));
    }();
    return id;
}

void TestByteCopy::inputStreamInEveryMode()
{
    const QByteArray bytes("GET /\r\nA\x01\xff"
                           "B\"x\r\n"
                           "你好\r\n",
        23);
    connectEcho(bytes);
    InputView *input = m_window->inspector()->input();
    QTextEdit *view = input->streamView();
    auto document = [view] { return view->document()->toPlainText(); };

    // Text: "A\x01\xFFB" drawn as 10 characters is 4 bytes.
    input->setViewMode(bytesformat::ViewMode::Text);
    QTRY_VERIFY(document().contains(QStringLiteral("你好")));
    QVERIFY(input->streamMap().isAligned());
    int at = int(document().indexOf(QLatin1String("A\\x01\\xFFB")));
    QVERIFY2(at >= 0, qPrintable(document()));
    select(view, at, at + 10);
    QCOMPARE(copy(view, "copyAsHex"), QStringLiteral("41 01 ff 42"));
    QCOMPARE(copy(view, "copyAsC"), QStringLiteral("\"A\\x01\\xff\" \"B\""));
    QCOMPARE(copy(view, "copyAsPython"), QStringLiteral("b'A\\x01\\xffB'"));
    QCOMPARE(menuActions(view).mid(menuActions(view).size() - 3),
        (QStringList { QStringLiteral("copyAsHex"), QStringLiteral("copyAsC"),
            QStringLiteral("copyAsPython") }));
    // Two characters of text are six bytes of UTF-8.
    at = int(document().indexOf(QStringLiteral("你好")));
    select(view, at, at + 2);
    QCOMPARE(copy(view, "copyAsHex"), QStringLiteral("e4 bd a0 e5 a5 bd"));
    // A frame's terminator and the line break drawn after it: the two bytes, no more.
    at = int(document().indexOf(QLatin1String("GET /")));
    select(view, at, at + 5 + 4 + 1);
    QCOMPARE(copy(view, "copyAsPython"), QStringLiteral("b'GET /\\r\\n'"));
    // Only what shows no byte (the line break after a frame): nothing to copy.
    select(view, at + 9, at + 10);
    QVERIFY(!menuActions(view).contains(QLatin1String("copyAsHex")));
    QVERIFY(!view->findChild<QAction *>(QStringLiteral("copyAsHex"))->isEnabled());
    QCOMPARE(copy(view, "copyAsHex"), QString());

    // Hex: the pairs of the hex column, and the same bytes from the ASCII column.
    input->setViewMode(bytesformat::ViewMode::Hex);
    QTRY_VERIFY(document().contains(QLatin1String("|GET /..A..B\"x...|")));
    QVERIFY(input->streamMap().isAligned());
    at = int(document().indexOf(QLatin1String("01 ff 42 22")));
    QVERIFY2(at >= 0, qPrintable(document()));
    select(view, at, at + 11);
    QCOMPARE(copy(view, "copyAsHex"), QStringLiteral("01 ff 42 22"));
    at = int(document().indexOf(QLatin1String("A..B\"x.")));
    select(view, at + 2, at + 8); // the cells of ff 42 22 78 0d 0a
    QCOMPARE(copy(view, "copyAsHex"), QStringLiteral("ff 42 22 78 0d 0a"));
    // From the first line's hex column into the second line's: the bytes in between.
    at = int(document().indexOf(QLatin1String("0d 0a")));
    const int second = int(document().indexOf(QLatin1String("a5 bd")));
    QVERIFY(second > at);
    select(view, at + 3, second + 5); // from 0a (offset 6) to bd (offset 20)
    QCOMPARE(copy(view, "copyAsHex"), copyformats::hex(bytes.mid(6, 21 - 6)));

    // Escaped: every byte as an escape or itself.
    input->setViewMode(bytesformat::ViewMode::Escaped);
    QTRY_VERIFY(document().contains(QLatin1String("\\xE4\\xBD\\xA0")));
    at = int(document().indexOf(QLatin1String("B\"x")));
    select(view, at, at + 3 + 2); // B"x\r
    QCOMPARE(copy(view, "copyAsC"), QStringLiteral("\"B\\\"x\\r\""));
    select(view, 0, int(document().size()));
    QCOMPARE(copy(view, "copyAsHex"), copyformats::hex(bytes));
}

// The text cursor as a mouse drag leaves it: press on the first character, release after
// the last.
void TestByteCopy::mouseSelectionInTextMode()
{
    connectEcho(QByteArray("one\r\ntwo\x02three\r\n"));
    InputView *input = m_window->inspector()->input();
    input->setViewMode(bytesformat::ViewMode::Text);
    QTextEdit *view = input->streamView();
    QTRY_VERIFY(view->document()->toPlainText().contains(QLatin1String("three")));
    const int at = int(view->document()->toPlainText().indexOf(QLatin1String("two")));
    QTextCursor c(view->document());
    c.setPosition(at);
    const QPoint from = view->cursorRect(c).center() + QPoint(1, 0);
    c.setPosition(at + 3 + 4 + 5); // "two\x02three"
    const QPoint to = view->cursorRect(c).center();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QVERIFY2(view->textCursor().hasSelection(), "the drag selected nothing");
    QCOMPARE(view->textCursor().selectedText(), QStringLiteral("two\\x02three"));
    QCOMPARE(copy(view, "copyAsPython"), QStringLiteral("b'two\\x02three'"));
}

// One selection across a read and the write that answered it: both, in the order shown.
void TestByteCopy::conversationAcrossDirections()
{
    const quint64 id = connectEcho("hello\r\n");
    QTRY_COMPARE(m_echoed, QByteArray("hello\r\n"));
    QTRY_COMPARE(capture(id)->sends.size(), 1);
    ConversationView *conversation = m_window->inspector()->conversation();
    m_window->inspector()->tabs()->setCurrentWidget(conversation);
    for (bytesformat::ViewMode mode : { bytesformat::ViewMode::Text, bytesformat::ViewMode::Hex,
             bytesformat::ViewMode::Escaped }) {
        conversation->setViewMode(mode);
        conversation->refresh();
        QTextEdit *view = conversation->textView();
        const QString doc = view->document()->toPlainText();
        const int first = int(doc.indexOf(
            QLatin1String(mode == bytesformat::ViewMode::Hex ? "68 65 6c 6c 6f" : "hello")));
        const int last = int(doc.lastIndexOf(
            QLatin1String(mode == bytesformat::ViewMode::Hex ? "68 65 6c 6c 6f" : "hello")));
        QVERIFY2(first >= 0 && last > first, qPrintable(doc));
        select(view, first, last + (mode == bytesformat::ViewMode::Hex ? 14 : 5));
        QCOMPARE(copy(view, "copyAsPython"), QStringLiteral("b'hello\\r\\nhello'"));
    }
}

void TestByteCopy::outputDetail()
{
    const quint64 id = connectEcho("ping\x7f\r\n");
    QTRY_COMPARE(capture(id)->sends.size(), 1);
    OutputView *output = m_window->inspector()->output();
    m_window->inspector()->tabs()->setCurrentWidget(output);
    QPlainTextEdit *detail = output->detailView();
    QTRY_COMPARE(detail->toPlainText(), QStringLiteral("ping\\x7F\\r\n"));
    select(detail, 0, 8); // "ping\x7F"
    QCOMPARE(copy(detail, "copyAsHex"), QStringLiteral("70 69 6e 67 7f"));
    QCOMPARE(copy(detail, "copyAsC"), QStringLiteral("\"ping\\x7f\""));
}

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    TestByteCopy test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_bytecopy.moc"
