// Settings: what the workbench remembers between runs. Each test starts from an empty
// configuration folder (XDG_CONFIG_HOME in a temporary directory, set before any QSettings).
#include "settings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace acw;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaultsOnAFreshMachine();
    void rememberedByTheNextRun();
    void portsAndTerminatorsPerProfile();

private:
    QTemporaryDir m_config;
    QString file() const
    {
        return m_config.path() + QStringLiteral("/asynchat-workbench/asynchat-workbench.conf");
    }
};

void TestSettings::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
}

void TestSettings::init()
{
    QFile::remove(file());
}

void TestSettings::defaultsOnAFreshMachine()
{
    const Settings s;
    QCOMPARE(s.profile(), ProfileId::Greeting);
    QCOMPARE(s.bindAddress(), QStringLiteral("127.0.0.1")); // never all interfaces by default
    QCOMPARE(s.port(ProfileId::Greeting), 8888);
    QCOMPARE(s.port(ProfileId::Echo), 9000);
    QCOMPARE(s.port(ProfileId::Chat), 9001);
    QCOMPARE(s.terminator(ProfileId::Echo), QString());
    QCOMPARE(s.clientHost(), QStringLiteral("127.0.0.1"));
    QCOMPARE(s.clientPort(), 8888);
    QCOMPARE(s.clientTerminator(), QStringLiteral("\\r\\n"));
    QCOMPARE(s.viewMode(), QStringLiteral("text"));
    QCOMPARE(s.language(), QString()); // the system's
    QVERIFY(s.autoScroll());
    QVERIFY(s.geometry().isEmpty());
    QVERIFY(s.windowState().isEmpty());
}

void TestSettings::rememberedByTheNextRun()
{
    {
        Settings s;
        s.setProfile(ProfileId::Chat);
        s.setBindAddress(QStringLiteral("localhost"));
        s.setClientHost(QStringLiteral("::1"));
        s.setClientPort(9001);
        s.setClientTerminator(QStringLiteral("count:4"));
        s.setViewMode(QStringLiteral("hex"));
        s.setLanguage(QStringLiteral("zh_CN"));
        s.setAutoScroll(false);
        s.setGeometry(QByteArray("\x01\x02\x00geometry", 11));
        s.setWindowState(QByteArray("state"));
    } // written when the settings object goes, as at the window's close
    QFile written(file()); // in the user's configuration folder, where they would look
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray text = written.readAll();
    QVERIFY(text.contains("language=zh_CN"));
    QVERIFY(text.contains("profile=chat"));

    const Settings next;
    QCOMPARE(next.profile(), ProfileId::Chat);
    QCOMPARE(next.bindAddress(), QStringLiteral("localhost"));
    QCOMPARE(next.clientHost(), QStringLiteral("::1"));
    QCOMPARE(next.clientPort(), 9001);
    QCOMPARE(next.clientTerminator(), QStringLiteral("count:4"));
    QCOMPARE(next.viewMode(), QStringLiteral("hex"));
    QCOMPARE(next.language(), QStringLiteral("zh_CN"));
    QVERIFY(!next.autoScroll());
    QCOMPARE(next.geometry(), QByteArray("\x01\x02\x00geometry", 11));
    QCOMPARE(next.windowState(), QByteArray("state"));
}

void TestSettings::portsAndTerminatorsPerProfile()
{
    {
        Settings s;
        s.setPort(ProfileId::Echo, 9100);
        s.setTerminator(ProfileId::Echo, QStringLiteral("\\n"));
        s.setTerminator(ProfileId::Chat, QStringLiteral("\\r\\n"));
    }
    const Settings next;
    QCOMPARE(next.port(ProfileId::Echo), 9100);
    QCOMPARE(next.port(ProfileId::Greeting), 8888); // untouched: still its default
    QCOMPARE(next.port(ProfileId::Chat), 9001);
    QCOMPARE(next.terminator(ProfileId::Echo), QStringLiteral("\\n"));
    QCOMPARE(next.terminator(ProfileId::Chat), QStringLiteral("\\r\\n"));
    QCOMPARE(next.terminator(ProfileId::Greeting), QString());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
