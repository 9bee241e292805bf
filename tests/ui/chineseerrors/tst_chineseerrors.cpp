// A Chinese user reads every error in Chinese: the engine sends values (ChannelFault,
// ServerFault), the window words them (messages/messages.cpp, tr()). The window runs with
// the zh_CN catalogue installed; each kind of error is provoked for real (a port in use, a
// bad terminator, an oversize frame, an idle peer, a bad profile setting, a missing TLS
// file, a peer's reset) and the text the user sees is compared with its Chinese. Then no
// row of the timeline, the server list or the connections tooltips may hold an English
// sentence of the engine's.
#include "mainwindow.h"
#include "messages.h"
#include "models/connectionmodel.h"
#include "models/servermodel.h"
#include "models/timelinemodel.h"
#include "panels/framinglab.h"
#include "tls/tlsoptions.h"
#include "workbench.h"

#include "channeltestpeer.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSslError>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace acw;
using Type = EngineEvent::Type;

class TestChineseErrors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void portInUse();
    void profileSettingRefused();
    void badTerminatorSpec();
    void tlsFileMissing();
    void oversizeFrameCloses();
    void idleTimeoutCloses();
    void peerReset();
    void labSetupProblem();
    void labMalformedCaseFile();
    void labBadLiveChange();
    void labExerciseDifferences();
    void certificateRefused();
    void noEnglishEngineSentenceIsShown();

private:
    template<class T> T *child(const char *name)
    {
        T *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    Workbench *bench() { return m_window->workbench(); }
    // Starts a server from the engine's side (the form is tested in portInUse); its port.
    quint16 serve(ServerConfig config);
    // The Details column of the newest timeline row of this type (and connection).
    QString lastSummary(Type type, quint64 connection = 0);
    int lastServerRow(ServerInfo::State state);

    // Fails when the text holds an English word of ours outside its quoted data.
    static void verifyChinese(const QString &text);

    QTranslator m_translator;
    MainWindow *m_window = nullptr;
};

void TestChineseErrors::verifyChinese(const QString &text)
{
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\""));
    static const QRegularExpression english(
        QStringLiteral("\\b(the|expected|got|missing|frame|frames|bytes|terminator|pending|"
                       "held|back|change|larger|maximum|whole|number|not|bad|refused|"
                       "certificate|fingerprint|trust|exactly|escape)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    QString words = text;
    words.remove(quoted);
    QVERIFY2(han.match(text).hasMatch(), qPrintable(text));
    QVERIFY2(!english.match(words).hasMatch(), qPrintable(text));
}

void TestChineseErrors::initTestCase()
{
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/asynchat-workbench_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_translator);
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("AsyncChat 工作台"));
}

void TestChineseErrors::cleanupTestCase()
{
    delete m_window;
    QCoreApplication::removeTranslator(&m_translator);
}

quint16 TestChineseErrors::serve(ServerConfig config)
{
    config.port = 0;
    const int id = bench()->startServer(config);
    quint16 port = 0;
    [&] {
        QTRY_VERIFY(bench()->servers()->info(id)
                    && bench()->servers()->info(id)->state == ServerInfo::State::Listening);
        port = bench()->servers()->info(id)->port;
    }();
    return port;
}

QString TestChineseErrors::lastSummary(Type type, quint64 connection)
{
    const TimelineModel *t = bench()->timeline();
    for (int row = t->rowCount() - 1; row >= 0; --row) {
        const QModelIndex i = t->index(row, TimelineModel::Summary);
        if (i.data(TimelineModel::TypeRole).toInt() != int(type))
            continue;
        if (connection && i.data(TimelineModel::ConnectionRole).value<qulonglong>() != connection)
            continue;
        return i.data().toString();
    }
    return QString();
}

int TestChineseErrors::lastServerRow(ServerInfo::State state)
{
    const ServerModel *s = bench()->servers();
    for (int row = s->rowCount() - 1; row >= 0; --row) {
        if (s->infoAt(row).state == state)
            return row;
    }
    return -1;
}

// From the form, as a user starts it: the inline status, the server list and the
// timeline say why, in Chinese.
void TestChineseErrors::portInUse()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    auto *combo = child<QComboBox>("profileCombo");
    combo->setCurrentIndex(combo->findData(int(ProfileId::Greeting)));
    child<QComboBox>("addressCombo")->setCurrentIndex(0); // 127.0.0.1
    child<QSpinBox>("portSpin")->setValue(squatter.serverPort());
    QTest::mouseClick(child<QPushButton>("startServerButton"), Qt::LeftButton);
    QTRY_VERIFY(lastServerRow(ServerInfo::State::Failed) >= 0);
    const QString expected
        = QStringLiteral("无法在 127.0.0.1:%1 上监听：地址已被占用").arg(squatter.serverPort());
    const int row = lastServerRow(ServerInfo::State::Failed);
    QCOMPARE(bench()->servers()->index(row, ServerModel::Status).data().toString(), expected);
    QCOMPARE(bench()->servers()->index(row, ServerModel::Profile).data().toString(),
        QStringLiteral("greeting（问候）"));
    QVERIFY2(child<QLabel>("serverStatus")->text().endsWith(expected),
        qPrintable(child<QLabel>("serverStatus")->text()));
    QTRY_COMPARE(lastSummary(Type::ServerError), expected);
}

void TestChineseErrors::profileSettingRefused()
{
    ServerConfig config;
    config.profile = ProfileId::Echo;
    config.hasTerminator = true;
    config.terminator = Terminator::count(100);
    config.maxFrame = 10;
    const int id = bench()->startServer(config);
    QTRY_VERIFY(bench()->servers()->info(id)
                && bench()->servers()->info(id)->state == ServerInfo::State::Failed);
    const QString expected = QStringLiteral("终止符 count:100 大于最大帧 10 字节");
    QCOMPARE(bench()
                 ->servers()
                 ->index(lastServerRow(ServerInfo::State::Failed), ServerModel::Status)
                 .data()
                 .toString(),
        expected);
    QTRY_COMPARE(lastSummary(Type::ServerError), expected);
}

// The spec is checked as it is typed, before anything reaches the engine.
void TestChineseErrors::badTerminatorSpec()
{
    auto *field = child<QWidget>("serverTerminator");
    auto *edit = field->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->setText(QStringLiteral("\\q"));
    QLabel *shown = nullptr;
    for (QLabel *l : field->findChildren<QLabel *>()) {
        if (l->isVisible())
            shown = l;
    }
    QVERIFY(shown);
    QCOMPARE(shown->text(), QStringLiteral("未知的转义：请使用 \\r \\n \\t \\0 \\\\ 或 \\xHH。"));
    QVERIFY(!child<QPushButton>("startServerButton")->isEnabled());
    edit->clear();
}

void TestChineseErrors::tlsFileMissing()
{
    ServerConfig config;
    config.profile = ProfileId::Echo;
    config.tls.certFile = QStringLiteral("/nonexistent/cert.pem");
    config.tls.keyFile = QStringLiteral("/nonexistent/key.pem");
    const int id = bench()->startServer(config);
    QTRY_VERIFY(bench()->servers()->info(id)
                && bench()->servers()->info(id)->state == ServerInfo::State::Failed);
    const QString status
        = bench()
              ->servers()
              ->index(lastServerRow(ServerInfo::State::Failed), ServerModel::Status)
              .data()
              .toString();
    // Without a TLS backend the reason is another one, in Chinese too.
    const QString expected = tls::available()
                                 ? QStringLiteral("无法读取证书 /nonexistent/cert.pem：")
                                 : QStringLiteral("TLS 不可用：Qt 没有 TLS 后端（请安装 Qt 的 "
                                                  "OpenSSL 插件）");
    QVERIFY2(status.startsWith(expected), qPrintable(status)); // then the OS's words
}

void TestChineseErrors::oversizeFrameCloses()
{
    ServerConfig config;
    config.profile = ProfileId::Echo;
    config.maxFrame = 16;
    const quint16 port = serve(config);
    QVERIFY(port);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write(QByteArray(100, 'x'));
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(lastSummary(Type::Error), QStringLiteral("帧长度超过 16 字节"));
    QTRY_VERIFY(
        lastSummary(Type::ConnectionClosed).startsWith(QStringLiteral("帧长度超过 16 字节")));
    // The connection's tooltip says why it closed.
    const ConnectionModel *c = bench()->connections();
    QTRY_VERIFY(c->rowCount() > 0);
    QTRY_COMPARE(c->index(c->rowCount() - 1, 0).data(Qt::ToolTipRole).toString(),
        QStringLiteral("帧长度超过 16 字节"));
}

void TestChineseErrors::idleTimeoutCloses()
{
    ServerConfig config;
    config.profile = ProfileId::Echo;
    config.idleTimeoutMs = 200;
    const quint16 port = serve(config);
    QVERIFY(port);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 5000);
    QTRY_COMPARE(
        lastSummary(Type::ConnectionClosed), QStringLiteral("空闲超时：200 毫秒内未收到任何数据"));
}

void TestChineseErrors::peerReset()
{
    ServerConfig config;
    config.profile = ProfileId::Echo;
    const quint16 port = serve(config);
    QVERIFY(port);
    const int before = bench()->connections()->rowCount();
    acwtest::RawPeer peer;
    QVERIFY(peer.connectTo(port));
    QTRY_COMPARE(bench()->connections()->rowCount(), before + 1); // accepted
    peer.reset(); // an RST, not a FIN
    QTRY_COMPARE(lastSummary(Type::Error), QStringLiteral("连接被对端重置"));
    QTRY_COMPARE(lastSummary(Type::ConnectionClosed), QStringLiteral("连接被对端重置"));
}

// The Framing Lab words its setup's values: a count above the maximum frame.
void TestChineseErrors::labSetupProblem()
{
    m_window->showFramingLab();
    FramingLab *lab = m_window->framingLab();
    lab->setInput(QStringLiteral("hello"));
    lab->setScript(QStringLiteral("count:9"));
    lab->setMaxFrame(4);
    lab->recompute();
    QCOMPARE(lab->summary(), QStringLiteral("终止符 count:9 大于最大帧（4 字节）"));
    lab->setMaxFrame(-1);
    lab->setScript(QStringLiteral("\\r\\n"));
    lab->recompute();
}

// A malformed case file: the place in the file is data, the reason is Chinese.
void TestChineseErrors::labMalformedCaseFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    struct Bad
    {
        QByteArray json;
        QString reason;
    };
    const QList<Bad> cases {
        { R"({"input_hex": "", "chunks": [0]})", QStringLiteral("chunks[0]：应为不小于 1 的整数") },
        { R"({"input_hex": "abc"})", QStringLiteral("input_hex 的十六进制数字个数为奇数") },
        { R"({"input_hex": "", "terminators": ["\\q"]})",
            QStringLiteral("terminators[0]：错误的终止符“\\q”：未知或不完整的转义（可用：\\r "
                           "\\n \\t \\0 \\\\ \\xHH）") },
        { R"({"input_hex": "", "terminators": ["count:9"], "max_frame": 4})",
            QStringLiteral("终止符 count:9 大于最大帧（4 字节）") },
    };
    FramingLab *lab = m_window->framingLab();
    for (const Bad &bad : cases) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bad.json);
        file.close();
        QString error;
        QVERIFY(!lab->openCaseFile(path, &error));
        QVERIFY2(error.endsWith(bad.reason), qPrintable(error));
        QVERIFY2(lab->summary().endsWith(bad.reason), qPrintable(lab->summary()));
        verifyChinese(error);
    }
}

void TestChineseErrors::labBadLiveChange()
{
    FramingLab *lab = m_window->framingLab();
    lab->setInput(QStringLiteral("hello\\r\\n"));
    lab->setChanges(QStringLiteral("3:\\q"));
    lab->recompute();
    QCOMPARE(lab->summary(),
        QStringLiteral("实时更改“3:\\q”：错误的终止符“\\q”：未知或不完整的转义（可用：\\r \\n "
                       "\\t \\0 \\\\ \\xHH）"));
    lab->setChanges(QString());
    lab->recompute();
}

// A lesson's exercise, not solved: what differs from the expectation, in Chinese.
void TestChineseErrors::labExerciseDifferences()
{
    FramingLab *lab = m_window->framingLab();
    QVERIFY(lab->lessonCount() > 0);
    int unsolved = 0;
    for (int i = 0; i < lab->lessonCount(); ++i) {
        lab->startLesson(i);
        if (lab->checkExercise())
            continue;
        ++unsolved;
        verifyChinese(lab->exerciseResult());
    }
    lab->startLesson(-1);
    QVERIFY(unsolved > 0);
}

// A peer certificate refused: the checks that failed and the advice, in Chinese; the
// fingerprint and the option are data.
void TestChineseErrors::certificateRefused()
{
    TlsRefusal refusal;
    refusal.cause = TlsRefusalCause::Untrusted;
    refusal.checks = tls::checkBit(QSslError::SelfSignedCertificate)
                     | tls::checkBit(QSslError::HostNameMismatch);
    refusal.fingerprint = QStringLiteral("abcd");
    const QString text = messages::fault(ChannelFault::of(refusal));
    QCOMPARE(text,
        QStringLiteral("证书被拒绝：证书是自签名的，不受信任；主机名与此证书的任何有效主机都不匹配"
                       "（SHA-256 指纹 ab:cd；若要只信任这一个证书：--accept-fingerprint abcd）"));
    refusal.cause = TlsRefusalCause::NotTheAccepted;
    verifyChinese(messages::fault(ChannelFault::of(refusal)));
}

// Every sentence shown about errors and closes is the catalogue's Chinese: no English
// sentence of the engine's gets through, whatever the kind.
void TestChineseErrors::noEnglishEngineSentenceIsShown()
{
    const QRegularExpression english(
        QStringLiteral(
            "\\b(the|connection|reset|timeout|timed|longer|listen|cannot|bytes|frame|closed|"
            "received|terminator|maximum|profile|address|error|refused|limit|negative)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression han(QStringLiteral("\\p{Han}"));
    QStringList shown;
    const TimelineModel *t = bench()->timeline();
    int worded = 0;
    for (int row = 0; row < t->rowCount(); ++row) {
        const QModelIndex i = t->index(row, TimelineModel::Summary);
        const auto type = Type(i.data(TimelineModel::TypeRole).toInt());
        if (type == Type::Chunk || type == Type::Pushed || type == Type::Frame)
            continue; // the peer's bytes: data, in whatever language they are
        shown << t->index(row, TimelineModel::EventType).data().toString() << i.data().toString();
        if (type == Type::Error || type == Type::ServerError || type == Type::ConnectionClosed) {
            QVERIFY2(han.match(i.data().toString()).hasMatch(), qPrintable(i.data().toString()));
            ++worded;
        }
    }
    QVERIFY(worded >= 8); // the errors and closes provoked above
    const ServerModel *s = bench()->servers();
    for (int row = 0; row < s->rowCount(); ++row) {
        for (int column = 0; column < ServerModel::ColumnCount; ++column)
            shown << s->index(row, column).data().toString();
    }
    const ConnectionModel *c = bench()->connections();
    for (int row = 0; row < c->rowCount(); ++row)
        shown << c->index(row, 0).data(Qt::ToolTipRole).toString();
    for (const QString &text : std::as_const(shown))
        QVERIFY2(!english.match(text).hasMatch(), qPrintable(text));
}

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    TestChineseErrors test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_chineseerrors.moc"
