// OutputQueueModel: a connection's push queue as the inspector shows it, checked by Qt's
// QAbstractItemModelTester through every change.
#include "models/outputqueuemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace acw;
using Entry = ConnectionInspection::Entry;

namespace {

Entry entry(int kind, qint64 size, const QString &description, const QByteArray &preview)
{
    Entry e;
    e.kind = kind;
    e.size = size;
    e.description = description;
    e.preview = preview;
    return e;
}

QString cell(const OutputQueueModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestOutputQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void showsTheQueueInOrder();
    void headers();
    void replacedAndCleared();
};

void TestOutputQueueModel::showsTheQueueInOrder()
{
    OutputQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(OutputQueueModel::ColumnCount));

    model.setEntries(
        { entry(0, 5, QString(), "hello"), entry(1, 1048576, QStringLiteral("pattern"), "abc\r\n"),
            entry(2, 0, QString(), QByteArray()) });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 0, OutputQueueModel::Position), QStringLiteral("1"));
    QCOMPARE(cell(model, 2, OutputQueueModel::Position), QStringLiteral("3"));
    QCOMPARE(cell(model, 0, OutputQueueModel::Kind), QStringLiteral("data"));
    QCOMPARE(cell(model, 1, OutputQueueModel::Kind), QStringLiteral("producer"));
    QCOMPARE(cell(model, 2, OutputQueueModel::Kind), QStringLiteral("close when done"));
    QCOMPARE(cell(model, 0, OutputQueueModel::Preview), QStringLiteral("hello"));
    // Control bytes are shown escaped, never raw.
    QVERIFY(cell(model, 1, OutputQueueModel::Preview).contains(QLatin1String("\\r\\n")));
    QCOMPARE(cell(model, 1, OutputQueueModel::Description), QStringLiteral("pattern"));
    QVERIFY(!cell(model, 0, OutputQueueModel::Size).isEmpty());
    QVERIFY(cell(model, 1, OutputQueueModel::Size) != cell(model, 0, OutputQueueModel::Size));
    QVERIFY(!model.index(2, OutputQueueModel::Size).data().isValid()); // a marker has no size
    QVERIFY(!model.index(0, OutputQueueModel::Kind).data(Qt::ToolTipRole).isValid());
    QCOMPARE(OutputQueueModel::kindName(7), QStringLiteral("other"));
}

void TestOutputQueueModel::headers()
{
    OutputQueueModel model;
    QStringList titles;
    for (int c = 0; c < model.columnCount(); ++c)
        titles << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(
        titles, (QStringList { QStringLiteral("#"), QStringLiteral("Kind"), QStringLiteral("Size"),
                    QStringLiteral("Description"), QStringLiteral("Starts with") }));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
}

void TestOutputQueueModel::replacedAndCleared()
{
    OutputQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setEntries({ entry(0, 3, QString(), "abc") });
    model.setEntries({ entry(0, 2, QString(), "de"), entry(0, 1, QString(), "f") });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 1, OutputQueueModel::Preview), QStringLiteral("f"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 3);
    model.clear(); // already empty: the views are left alone
    QCOMPARE(resets.count(), 3);
}

QTEST_MAIN(TestOutputQueueModel)
#include "tst_outputqueuemodel.moc"
