// The man page (packaging/asynchat-workbench.1) against the built binary's --help: each
// section of the page (OPTIONS for the window, SUBCOMMANDS/serve, /connect, /frame) names
// exactly the options the matching --help prints, so neither can change without the other.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

QSet<QString> optionsIn(const QString &text)
{
    // Long options (--max-frame) and short ones standing alone (-t, -h, -v).
    static const QRegularExpression re(QStringLiteral("(?<![\\w-])(--?[a-z][a-z-]*)"));
    QSet<QString> found;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QString option = it.next().captured(1);
        if (option.startsWith(QLatin1String("--")) || option.size() == 2)
            found.insert(option);
    }
    return found;
}

// roff source -> the text a reader sees: "\-" is a minus, "\fB" a font change.
QString plainRoff(QString text)
{
    text.replace(QLatin1String("\\-"), QLatin1String("-"));
    text.remove(QRegularExpression(QStringLiteral("\\\\f[BIRP]")));
    text.replace(QLatin1String("\\e"), QLatin1String("\\"));
    return text;
}

QString sortedList(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(QLatin1Char(' '));
}

} // namespace

class TestManPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameOptionsAsHelp_data();
    void sameOptionsAsHelp();
    void versionMatchesTheProject();

private:
    QString section(const QString &command) const;
    QString m_page; // the whole page, plain
};

void TestManPage::initTestCase()
{
    QFile file(QStringLiteral(ACW_SOURCE_DIR "/packaging/asynchat-workbench.1"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_page = plainRoff(QString::fromUtf8(file.readAll()));
    QVERIFY(m_page.contains(QLatin1String(".SH SYNOPSIS")));
}

// The page's text for one command: "" = the OPTIONS section, else ".SS <command>" up to the
// next section or subsection.
QString TestManPage::section(const QString &command) const
{
    const QString head = command.isEmpty() ? QStringLiteral("\n.SH OPTIONS\n")
                                           : QStringLiteral("\n.SS %1\n").arg(command);
    const qsizetype start = m_page.indexOf(head);
    if (start < 0)
        return QString();
    static const QRegularExpression next(QStringLiteral("\n\\.S[HS] "));
    const qsizetype end = m_page.indexOf(next, start + head.size());
    return m_page.mid(start, end < 0 ? -1 : end - start);
}

void TestManPage::sameOptionsAsHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("window") << QString();
    QTest::newRow("serve") << QStringLiteral("serve");
    QTest::newRow("connect") << QStringLiteral("connect");
    QTest::newRow("relay") << QStringLiteral("relay");
    QTest::newRow("frame") << QStringLiteral("frame");
}

void TestManPage::sameOptionsAsHelp()
{
    QFETCH(QString, command);
    QProcess p;
    QStringList args;
    if (!command.isEmpty())
        args << command;
    args << QStringLiteral("--help");
    p.start(QStringLiteral(ACW_APP_PATH), args);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    QString help = QString::fromUtf8(p.readAllStandardOutput());
    if (command.isEmpty()) {
        // The top-level usage also sums up each subcommand; only its own lines count here.
        QStringList own;
        const QStringList lines = help.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.contains(QRegularExpression(
                    QStringLiteral("asynchat-workbench (serve|connect|relay|frame)")))
                && !line.startsWith(QLatin1String("                ")))
                own << line;
        }
        help = own.join(QLatin1Char('\n'));
    }
    const QString text = section(command);
    QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("no section for '%1'").arg(command)));

    QSet<QString> inHelp = optionsIn(help);
    QSet<QString> inPage = optionsIn(text);
    if (command.isEmpty()) {
        // The window's usage names -h/-v only by their long forms; the page lists both.
        inHelp << QStringLiteral("-h") << QStringLiteral("-v");
    }
    // Options the page names in passing (another option's reference) are fine if --help has them.
    const QSet<QString> missingFromPage = inHelp - inPage;
    const QSet<QString> unknownToHelp = inPage - inHelp;
    QVERIFY2(missingFromPage.isEmpty(),
        qPrintable(QStringLiteral("the man page lacks: ") + sortedList(missingFromPage)));
    QVERIFY2(unknownToHelp.isEmpty(),
        qPrintable(QStringLiteral("--help lacks: ") + sortedList(unknownToHelp)));
}

void TestManPage::versionMatchesTheProject()
{
    QProcess p;
    p.start(QStringLiteral(ACW_APP_PATH), { QStringLiteral("--version") });
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.readAllStandardOutput(), QByteArray("asynchat-workbench " ACW_VERSION "\n"));
    // The one version lives in the top CMakeLists.txt's project(); ACW_VERSION comes from it.
    QFile cmake(QStringLiteral(ACW_SOURCE_DIR "/CMakeLists.txt"));
    QVERIFY(cmake.open(QIODevice::ReadOnly));
    QVERIFY(cmake.readAll().contains("VERSION " ACW_VERSION " "));
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
