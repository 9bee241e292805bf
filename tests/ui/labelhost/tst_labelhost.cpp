#include "panels/labelhost.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace acw;

// A label whose text follows the traffic (the connection counts, the server's status line)
// must not make the main tabs lay out and repaint their page at every change; it must still
// grow when its text needs more room, and show the text it was given.
class TestLabelHost : public QObject
{
    Q_OBJECT
private slots:
    void sameSizeChangesStayInside();
    void longerTextStillGetsRoom();
    void wrappedLabelGrowsByLines();
};

namespace {

// Counts the layout requests that reach the tab widget (each one lays out and repaints its
// whole page: QTabWidget::setUpLayout ends with update()).
class LayoutRequestCounter : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return false;
    }
};

struct Page
{
    QTabWidget tabs;
    QWidget *page = new QWidget;
    QLabel *label = new QLabel;
    LabelHost *host = nullptr;
    LayoutRequestCounter counter;

    explicit Page(bool wrap)
    {
        label->setWordWrap(wrap);
        label->setText(QStringLiteral("12 live, 30 closed"));
        auto *layout = new QVBoxLayout(page);
        host = new LabelHost(label, page);
        layout->addWidget(host);
        layout->addWidget(new QLabel(QStringLiteral("below")));
        layout->addStretch();
        tabs.addTab(page, QStringLiteral("Connections"));
        tabs.resize(400, 300);
        tabs.show();
    }
    // Lets every posted layout request run.
    void settle()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
};

} // namespace

void TestLabelHost::sameSizeChangesStayInside()
{
    Page p(false);
    QVERIFY(QTest::qWaitForWindowExposed(&p.tabs));
    p.settle();
    p.tabs.installEventFilter(&p.counter);
    const quint64 keptBefore = p.host->keptChanges();
    for (int i = 10; i < 40; ++i) {
        // Same number of digits: the label needs the same room (fixed-width digits).
        p.label->setText(QStringLiteral("%1 live, 30 closed").arg(i));
        p.settle();
        QCOMPARE(p.label->text(), QStringLiteral("%1 live, 30 closed").arg(i));
        QCOMPARE(p.label->geometry(), p.host->rect());
    }
    QVERIFY2(p.host->keptChanges() - keptBefore >= 25,
        qPrintable(QString::number(p.host->keptChanges() - keptBefore)));
    QVERIFY2(p.counter.count <= 5, qPrintable(QString::number(p.counter.count)));

    // Without the host every change reaches the tab widget: the test can tell.
    Page bare(false);
    QVERIFY(QTest::qWaitForWindowExposed(&bare.tabs));
    auto *plain = new QLabel(QStringLiteral("12 live"), bare.page);
    bare.page->layout()->addWidget(plain);
    bare.settle();
    bare.tabs.installEventFilter(&bare.counter);
    for (int i = 10; i < 40; ++i) {
        plain->setText(QStringLiteral("%1 live").arg(i));
        bare.settle();
    }
    QVERIFY2(bare.counter.count >= 25, qPrintable(QString::number(bare.counter.count)));
}

void TestLabelHost::longerTextStillGetsRoom()
{
    Page p(false);
    QVERIFY(QTest::qWaitForWindowExposed(&p.tabs));
    p.settle();
    const quint64 passedBefore = p.host->passedChanges();
    const QString longer = QStringLiteral("12 live, 1,234,567,890 closed");
    p.label->setText(longer);
    p.settle();
    QCOMPARE(p.host->passedChanges(), passedBefore + 1);
    QTRY_VERIFY(p.host->width() >= p.label->sizeHint().width());
    QCOMPARE(p.label->geometry(), p.host->rect());
}

void TestLabelHost::wrappedLabelGrowsByLines()
{
    Page p(true);
    QVERIFY(QTest::qWaitForWindowExposed(&p.tabs));
    p.settle();
    const int oneLine = p.host->height();
    QString many;
    for (int i = 0; i < 6; ++i) // several lines, within the page's height
        many += QStringLiteral("connections served and counted but not listed ");
    p.label->setText(many);
    p.settle();
    QTRY_VERIFY2(p.host->height() >= 3 * oneLine,
        qPrintable(QStringLiteral("%1 vs %2").arg(p.host->height()).arg(oneLine)));
    QCOMPARE(p.label->geometry(), p.host->rect());
    QTRY_COMPARE(p.host->height(), p.label->heightForWidth(p.host->width()));
    p.label->setText(QStringLiteral("short"));
    p.settle();
    QTRY_COMPARE(p.host->height(), oneLine);
}

QTEST_MAIN(TestLabelHost)
#include "tst_labelhost.moc"
