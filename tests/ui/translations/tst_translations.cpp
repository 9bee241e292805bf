// The Chinese translation is embedded (no install step) and complete: the window shows
// no English text once it is installed.
#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace acw;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void embeddedCatalogues_data();
    void embeddedCatalogues();
    void chineseWindowHasNoEnglishLabels();
    void languageSwitchesLive();
};

void TestTranslations::embeddedCatalogues_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("connections");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("连接");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Connections");
}

void TestTranslations::embeddedCatalogues()
{
    QFETCH(QString, locale);
    QFETCH(QString, connections);
    QTranslator translator;
    QVERIFY(translator.load(QLocale(locale), QStringLiteral("asynchat-workbench"),
        QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCOMPARE(translator.translate("acw::MainWindow", "Connections"), connections);
    // The command line's strings are in the same catalogue (app/ is in the lupdate sources).
    const QString ctrlC = translator.translate("acw::cli", "Press Ctrl+C to stop.");
    QCOMPARE(ctrlC, locale == QLatin1String("zh_CN") ? QStringLiteral("按 Ctrl+C 停止。")
                                                     : QStringLiteral("Press Ctrl+C to stop."));
}

void TestTranslations::chineseWindowHasNoEnglishLabels()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/asynchat-workbench_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    MainWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("AsyncChat 工作台"));
    // Every visible word of the chrome: menus, buttons, tabs, labels.
    QStringList texts;
    for (QAction *menu : window.menuBar()->actions()) {
        texts << menu->text();
        if (menu->menu()) {
            for (QAction *a : menu->menu()->actions())
                texts << a->text();
        }
    }
    for (QPushButton *b : window.findChildren<QPushButton *>())
        texts << b->text();
    for (QTabWidget *t : window.findChildren<QTabWidget *>()) {
        for (int i = 0; i < t->count(); ++i)
            texts << t->tabText(i);
    }
    for (QLabel *l : window.findChildren<QLabel *>())
        texts << l->text();
    // English words that are not names (asynchat, echo, JSON, Qt, IP addresses are fine).
    const QRegularExpression english(
        QStringLiteral("\\b(the|and|Start|Stop|Close|Push|Server|Connection|Terminator|View|"
                       "File|Help|Select|frame|chunk|held|collected)\\b"));
    for (const QString &text : std::as_const(texts)) {
        if (text.isEmpty() || text == QLatin1String("English"))
            continue;
        QVERIFY2(!english.match(text).hasMatch(), qPrintable(text));
    }
    QCoreApplication::removeTranslator(&translator);
}

void TestTranslations::languageSwitchesLive()
{
    MainWindow window;
    window.show();
    QCOMPARE(window.mainTabs()->tabText(0), QStringLiteral("Connections"));
    // View > Language > 简体中文, as a user picks it.
    QAction *chinese = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->menu()) {
                for (QAction *item : a->menu()->actions()) {
                    if (item->text() == QStringLiteral("简体中文"))
                        chinese = item;
                }
            }
        }
    }
    QVERIFY(chinese);
    chinese->trigger();
    QCOMPARE(window.windowTitle(), QStringLiteral("AsyncChat 工作台"));
    QCOMPARE(window.mainTabs()->tabText(0), QStringLiteral("连接"));
    QCOMPARE(window.menuBar()->actions().size(), 5);
    window.setLanguage(QStringLiteral("en"));
    QCOMPARE(window.mainTabs()->tabText(1), QStringLiteral("Framing Lab"));
}

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
