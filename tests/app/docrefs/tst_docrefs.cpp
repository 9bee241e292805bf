// Every rule or case number cited in the repository (comments, test names, scripts) must be
// explained in the project's own docs: asynchat rules (R.., P.., Q.., T.., S.., B.., also
// as the start of a test function's name, r24CountdownReportsWhatIsLeft) in
// docs/asynchat-rules.md, hostile-input cases (A.7, B.13, "2.C 19", "reliability 24", and
// the bare numbers of the greeting tests' rows) and the server invariants (K..) in
// docs/hostile-input.md.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

const QString kSourceDir = QStringLiteral(ACW_SOURCE_DIR);

struct Citation
{
    QString id; // "R24", "case 19", "§1.3", "group A"
    QString where; // "path:line"
};

// The hostile-input cases are numbered 1-41 across the groups A-F.
QChar groupOf(int number)
{
    if (number >= 1 && number <= 10)
        return QLatin1Char('A');
    if (number <= 18)
        return QLatin1Char('B');
    if (number <= 31)
        return QLatin1Char('C');
    if (number <= 37)
        return QLatin1Char('D');
    if (number <= 40)
        return QLatin1Char('E');
    if (number == 41)
        return QLatin1Char('F');
    return QLatin1Char('?');
}

// The citations in one file's text. `path` only labels them; a file that mentions the
// reliability document may cite cases by bare number in test rows ("19 lowercase") and
// in comments ("// 21: ...").
QList<Citation> scan(const QString &path, const QString &text)
{
    static const QRegularExpression spec(QStringLiteral(R"(\b([RQPTSBK][0-9]{1,2}[a-z]?)\b)"));
    // Test functions and variables named after a rule: r24CountdownReportsWhatIsLeft.
    static const QRegularExpression named(QStringLiteral(R"(\b([rqptsbk])([0-9]{1,2})(?=[A-Z]))"));
    static const QRegularExpression lettered(
        QStringLiteral(R"(\b(?:2\.([A-F]) |([A-F])\.)([0-9]{1,2})\b)"));
    static const QRegularExpression reliability(QStringLiteral(
        R"(reliability(?:\.md)?,? (?:section )?([0-9]+\.[0-9]+|[0-9]+|2\.[A-F]|[A-F])\b)"));
    static const QRegularExpression section(QStringLiteral(R"(\b2\.([A-F])\b(?![. ]?[0-9]))"));
    static const QRegularExpression bareRow(
        // (no raw string here: moc misreads one that contains a quote)
        QStringLiteral("(?:newRow|row)\\(\"([0-9]{1,2}) |^\\s*// ([0-9]{1,2})[:.] "));
    const bool citesCasesByNumber = text.contains(QLatin1String("reliability"));

    QList<Citation> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString where = path + QLatin1Char(':') + QString::number(i + 1);
        auto add = [&](const QString &id) { out.append({ id, where }); };
        for (auto it = spec.globalMatch(line); it.hasNext();)
            add(it.next().captured(1));
        for (auto it = named.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            add(m.captured(1).toUpper() + m.captured(2));
        }
        for (auto it = lettered.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            const int number = m.captured(3).toInt();
            const QString letter = m.hasCaptured(1) ? m.captured(1) : m.captured(2);
            if (letter.at(0) != groupOf(number))
                add(QStringLiteral("case %1 in group %2 (wrong group)").arg(number).arg(letter));
            add(QStringLiteral("case %1").arg(number));
        }
        for (auto it = reliability.globalMatch(line); it.hasNext();) {
            const QString what = it.next().captured(1);
            bool isNumber = false;
            const int number = what.toInt(&isNumber);
            if (what.size() == 1 && what.at(0).isLetter())
                add(QStringLiteral("group ") + what);
            else if (isNumber && number >= 2)
                add(QStringLiteral("case %1").arg(number));
            else
                add(QStringLiteral("§") + what); // a section: 0, 1.3, 2.C
        }
        for (auto it = section.globalMatch(line); it.hasNext();)
            add(QStringLiteral("§2.") + it.next().captured(1));
        if (citesCasesByNumber) {
            for (auto it = bareRow.globalMatch(line); it.hasNext();) {
                const auto m = it.next();
                add(QStringLiteral("case ") + (m.hasCaptured(1) ? m.captured(1) : m.captured(2)));
            }
        }
    }
    return out;
}

// What the docs explain: bold ids (**R24**, **§1.3**), numbered cases (**19. ...**) and
// the group headings (## A. ...).
QSet<QString> explained(const QString &text)
{
    static const QRegularExpression boldId(
        QStringLiteral(R"(\*\*([RQPTSBK][0-9]{1,2}[a-z]?)\*\*)"));
    static const QRegularExpression boldSection(QStringLiteral(R"(\*\*§([0-9]+(?:\.[0-9A-F]+)?))"));
    static const QRegularExpression boldCase(
        QStringLiteral(R"(^- \*\*([0-9]{1,2})\. )"), QRegularExpression::MultilineOption);
    static const QRegularExpression group(
        QStringLiteral(R"(^## ([A-F])\. )"), QRegularExpression::MultilineOption);
    QSet<QString> ids;
    for (auto it = boldId.globalMatch(text); it.hasNext();)
        ids.insert(it.next().captured(1));
    for (auto it = boldSection.globalMatch(text); it.hasNext();)
        ids.insert(QStringLiteral("§") + it.next().captured(1));
    for (auto it = boldCase.globalMatch(text); it.hasNext();)
        ids.insert(QStringLiteral("case ") + it.next().captured(1));
    for (auto it = group.globalMatch(text); it.hasNext();)
        ids.insert(QStringLiteral("group ") + it.next().captured(1));
    return ids;
}

QString readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

bool isScanned(const QString &relative)
{
    static const QStringList skippedDirs
        = { QStringLiteral("build"), QStringLiteral(".git"), QStringLiteral("docs"),
              QStringLiteral("tests/fuzz/corpus"), QStringLiteral("bench/results"),
              QStringLiteral("resources/translations"), QStringLiteral("tests/app/docrefs") };
    for (const QString &dir : skippedDirs) {
        if (relative == dir || relative.startsWith(dir + QLatin1Char('/')))
            return false;
    }
    if (relative.startsWith(QLatin1String("build"))) // build-asan, build-foo, ...
        return false;
    static const QStringList suffixes = { QStringLiteral(".cpp"), QStringLiteral(".h"),
        QStringLiteral(".py"), QStringLiteral(".sh"), QStringLiteral(".md"), QStringLiteral(".txt"),
        QStringLiteral(".cmake"), QStringLiteral(".json") };
    for (const QString &s : suffixes) {
        if (relative.endsWith(s))
            return true;
    }
    return relative == QLatin1String(".ci/run");
}

} // namespace

class TestDocRefs : public QObject
{
    Q_OBJECT

private slots:
    void scannerFindsEveryForm();
    void docsExplainEveryCitation();
};

// The scanner itself: each citation form is found, and an unexplained one is reported.
void TestDocRefs::scannerFindsEveryForm()
{
    const QString sample = QStringLiteral(
        "// R24 and Q15, reliability B.13 and 2.C 31, reliability 24, reliability.md 1.3\n"
        "// reliability section 0, reliability.md 2.C, section A: reliability.md section A\n"
        "    row(\"19 lowercase\", x);\n"
        "// 21: a long line\n"
        "// A.31 is in the wrong group\n"
        "    void q17CountChangedInsideCollect(); // K2\n");
    QStringList ids;
    for (const Citation &c : scan(QStringLiteral("sample"), sample))
        ids << c.id;
    for (const char *expected :
        { "R24", "Q15", "case 13", "case 31", "case 24", "§1.3", "§0", "§2.C", "group A", "case 19",
            "case 21", "case 31 in group A (wrong group)", "Q17", "K2" })
        QVERIFY2(ids.contains(QString::fromUtf8(expected)), expected);

    const QSet<QString> docs = explained(QStringLiteral(
        "- **R24** counts down\n## C. Greeting\n- **31. Success.** ...\n- **§1.3 Qt.** ...\n"));
    QVERIFY(docs.contains(QStringLiteral("R24")));
    QVERIFY(docs.contains(QStringLiteral("case 31")));
    QVERIFY(docs.contains(QStringLiteral("§1.3")));
    QVERIFY(docs.contains(QStringLiteral("group C")));
    QVERIFY(!docs.contains(QStringLiteral("R25")));
}

void TestDocRefs::docsExplainEveryCitation()
{
    QSet<QString> known;
    for (const char *page : { "docs/asynchat-rules.md", "docs/hostile-input.md" }) {
        const QString text = readAll(kSourceDir + QLatin1Char('/') + QLatin1String(page));
        QVERIFY2(!text.isEmpty(), page);
        known.unite(explained(text));
    }
    QVERIFY(QFile::exists(kSourceDir + QStringLiteral("/README.md")));
    QVERIFY2(readAll(kSourceDir + QStringLiteral("/README.md"))
                 .contains(QLatin1String("docs/asynchat-rules.md")),
        "README links docs/asynchat-rules.md");

    int files = 0;
    QList<Citation> all;
    QDirIterator it(kSourceDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(kSourceDir.size() + 1);
        if (!isScanned(relative))
            continue;
        ++files;
        all += scan(relative, readAll(path));
    }
    QStringList missing;
    for (const Citation &c : all) {
        if (!known.contains(c.id))
            missing << c.id + QStringLiteral(" at ") + c.where;
    }
    qInfo("%d files, %lld citations, %lld ids explained in docs/", files, qlonglong(all.size()),
        qlonglong(known.size()));
    // The tree really cites (so this test can fail): a few hundred citations.
    QVERIFY(files > 50);
    QVERIFY(all.size() > 150);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not explained in docs/:\n  ")
                                           + missing.join(QStringLiteral("\n  "))));
}

QTEST_GUILESS_MAIN(TestDocRefs)
#include "tst_docrefs.moc"
