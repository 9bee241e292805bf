// A terminator spec is UTF-8 all the way to bytes in the window and its settings too
// (issue 14 item 4: an emoji used to become "??"), and its keywords are case-insensitive.
#include "panels/terminatorfield.h"
#include "settings.h"

#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace acw;

class TestTerminatorSpec : public QObject
{
    Q_OBJECT
private slots:
    void fieldTakesUtf8();
    void fieldKeywordsAnyCase();
    void settingsKeepTheSpec();
};

void TestTerminatorSpec::fieldTakesUtf8()
{
    TerminatorField field;
    field.lineEdit()->setText(QString::fromUtf8("\xF0\x9F\x98\x80"));
    QVERIFY(field.isValid());
    QCOMPARE(field.terminator().byteString(), QByteArray("\xF0\x9F\x98\x80"));
}

void TestTerminatorSpec::fieldKeywordsAnyCase()
{
    TerminatorField field;
    field.lineEdit()->setText(QStringLiteral("COUNT:5"));
    QVERIFY(field.isValid());
    QVERIFY(field.terminator().isCount());
    QCOMPARE(field.terminator().countValue(), 5);
    field.lineEdit()->setText(QStringLiteral("NONE"));
    QVERIFY(field.terminator().isNone());
}

void TestTerminatorSpec::settingsKeepTheSpec()
{
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
    {
        Settings settings;
        settings.setTerminator(ProfileId::Echo, emoji);
    }
    Settings again;
    QCOMPARE(again.terminator(ProfileId::Echo), emoji);
    QCOMPARE(Terminator::parse(again.terminator(ProfileId::Echo)).byteString(),
        QByteArray("\xF0\x9F\x98\x80"));
}

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    TestTerminatorSpec test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_terminatorspec.moc"
