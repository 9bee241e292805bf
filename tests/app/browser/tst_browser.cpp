// The seed's own test, in a real browser: headless Chromium loads /kongxx from `serve` and
// its DOM says "Hello kongxx!". Chromium is a test dependency (scripts/deps.sh test): if it
// is missing this test fails, it never skips.
#include "servehelper.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace acwtest;

class TestBrowser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dom_data();
    void dom();

private:
    QByteArray dumpDom(const QString &url);
    ServeProcess m_serve;
    QString m_chromium;
};

void TestBrowser::initTestCase()
{
    for (const char *name : { "chromium", "chromium-browser" }) {
        m_chromium = QStandardPaths::findExecutable(QLatin1String(name));
        if (!m_chromium.isEmpty())
            break;
    }
    QVERIFY2(!m_chromium.isEmpty(), "chromium is missing: run scripts/deps.sh test");
    QVERIFY(m_serve.start({ QStringLiteral("--quiet") }));
}

QByteArray TestBrowser::dumpDom(const QString &url)
{
    QTemporaryDir profile;
    return run(m_chromium,
        { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
            QStringLiteral("--disable-gpu"), QStringLiteral("--disable-quic"),
            QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
            QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
            QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--dump-dom"),
            url },
        60000);
}

void TestBrowser::dom_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("text");
    QTest::newRow("kongxx") << QStringLiteral("/kongxx") << QStringLiteral("Hello kongxx!");
    QTest::newRow("UTF-8") << QStringLiteral("/%E5%BC%A0%E4%B8%89")
                           << QStringLiteral(u"Hello 张三!");
}

void TestBrowser::dom()
{
    QFETCH(QString, path);
    QFETCH(QString, text);
    const QByteArray dom
        = dumpDom(QStringLiteral("http://127.0.0.1:%1%2").arg(m_serve.port).arg(path));
    QVERIFY2(dom.contains("<body>"), dom.constData());
    QVERIFY2(QString::fromUtf8(dom).contains(text), dom.constData());
}

QTEST_GUILESS_MAIN(TestBrowser)
#include "tst_browser.moc"
