// framebench: the framer's throughput, side by side in one run with a plain memchr scan of
// the same buffer and with Python 3.11 asynchat framing the same stream (issues 2 and 5).
//
//   framebench [--reps N] [--mib N] [--python-mib N] [--python PATH | --no-python]
//              [--json FILE]
//
// Rows: 64-byte \r\n lines in 64 KiB reads (framer, memchr, asynchat, and a literal C++
// port that erases the consumed prefix as Python does); 64-byte records with a numeric
// terminator; the cost at 1, 16 and 1024 frames per 64 KiB read. Each figure is the median
// of --reps measurements (min-max shown); framer and memchr are measured back to back and
// their ratio is the median of the per-pair ratios, so that they share the machine's noise.
// A benchmark, never a test: it asserts nothing about speed.
#include "framing/framer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

using acw::Framer;
using acw::Terminator;

namespace {

constexpr qsizetype ReadSize = 65536;

struct CountingSink
{
    quint64 frames = 0;
    quint64 bytes = 0;
    void collectIncomingData(const char *, qsizetype size) { bytes += quint64(size); }
    void foundTerminator() { ++frames; }
    void frameTooLong(qint64) { }
};

// Fixed-size records: the numeric terminator is re-armed after every frame (R24).
struct RecordSink : CountingSink
{
    Framer *framer = nullptr;
    qint64 size = 0;
    void foundTerminator()
    {
        ++frames;
        framer->setTerminator(Terminator::count(size));
    }
};

QByteArray lines(qsizetype total, qsizetype lineLength) // lineLength includes the \r\n
{
    QByteArray line(lineLength - 2, 'x');
    line += "\r\n";
    QByteArray out;
    out.reserve(total);
    while (out.size() + lineLength <= total)
        out += line;
    return out;
}

quint64 framerPass(const QByteArray &data, const Terminator &t)
{
    Framer framer;
    framer.setTerminator(t);
    RecordSink sink;
    sink.framer = &framer;
    sink.size = t.isCount() ? t.countValue() : 0;
    const char *p = data.constData();
    for (qsizetype off = 0; off < data.size(); off += ReadSize) {
        const qsizetype n = std::min(ReadSize, data.size() - off);
        if (t.isCount())
            framer.feed(p + off, n, sink);
        else
            framer.feed(p + off, n, static_cast<CountingSink &>(sink));
    }
    return sink.frames;
}

// The baseline: find every '\n' with memchr, read by read.
quint64 memchrPass(const QByteArray &data)
{
    quint64 frames = 0;
    const char *p = data.constData();
    for (qsizetype off = 0; off < data.size(); off += ReadSize) {
        const char *s = p + off;
        const char *end = s + std::min(ReadSize, data.size() - off);
        while ((s = static_cast<const char *>(std::memchr(s, '\n', end - s)))) {
            ++frames;
            ++s;
        }
    }
    return frames;
}

// What a literal port of asynchat's loop does: append the read, then erase each frame from
// the front of the buffer (quadratic in the frames per read).
quint64 erasePass(const QByteArray &data)
{
    QByteArray buffer;
    quint64 frames = 0;
    for (qsizetype off = 0; off < data.size(); off += ReadSize) {
        buffer.append(data.constData() + off, std::min(ReadSize, data.size() - off));
        qsizetype i;
        while ((i = buffer.indexOf("\r\n")) >= 0) {
            ++frames;
            buffer.remove(0, i + 2);
        }
    }
    return frames;
}

struct Figure
{
    std::vector<double> mbps;
    quint64 frames = 0;
    double median() const
    {
        std::vector<double> v = mbps;
        std::sort(v.begin(), v.end());
        return v.empty() ? 0.0 : v[v.size() / 2];
    }
    double min() const { return mbps.empty() ? 0 : *std::min_element(mbps.begin(), mbps.end()); }
    double max() const { return mbps.empty() ? 0 : *std::max_element(mbps.begin(), mbps.end()); }
    QString text() const
    {
        return QStringLiteral("%1 MB/s (%2-%3)")
            .arg(median(), 0, 'f', 0)
            .arg(min(), 0, 'f', 0)
            .arg(max(), 0, 'f', 0);
    }
    QJsonObject json() const
    {
        QJsonArray runs;
        for (double v : mbps)
            runs.append(v);
        return { { QStringLiteral("median_mbps"), median() }, { QStringLiteral("runs_mbps"), runs },
            { QStringLiteral("frames"), double(frames) } };
    }
};

// Repeats the pass for at least 50 ms: a 3 ms pass would measure the scheduler.
void measure(Figure &figure, qsizetype bytes, const std::function<quint64()> &pass)
{
    const auto start = std::chrono::steady_clock::now();
    std::chrono::duration<double> took {};
    int passes = 0;
    do {
        figure.frames = pass();
        ++passes;
        took = std::chrono::steady_clock::now() - start;
    } while (took.count() < 0.05);
    figure.mbps.push_back(double(bytes) * passes / 1e6 / took.count());
}

// The median of the ratios of passes run back to back: robust to the load changing
// between the start and the end of the run.
double pairedRatio(const Figure &a, const Figure &b)
{
    std::vector<double> r;
    for (size_t i = 0; i < std::min(a.mbps.size(), b.mbps.size()); ++i)
        r.push_back(a.mbps[i] / b.mbps[i]);
    std::sort(r.begin(), r.end());
    return r.empty() ? 0.0 : r[r.size() / 2];
}

QString times(double x)
{
    return QStringLiteral("%1x").arg(x, 0, 'f', 2);
}

struct PythonResult
{
    double mbps = 0;
    QString error;
};

PythonResult runPython(const QString &python, const QStringList &args)
{
    QProcess p;
    p.start(
        python, QStringList { QStringLiteral("-W"), QStringLiteral("ignore::DeprecationWarning"),
                    QStringLiteral(ACW_SOURCE_DIR "/bench/asynchat_frame.py") }
                    + args);
    if (!p.waitForStarted() || !p.waitForFinished(300000) || p.exitCode() != 0)
        return { 0, QStringLiteral("python failed: ") + p.errorString() + QLatin1Char(' ')
                        + QString::fromUtf8(p.readAllStandardError().right(300)) };
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    return { o.value(QStringLiteral("mbps")).toDouble(), QString() };
}

QString ratio(double a, double b)
{
    return b > 0 ? QStringLiteral("%1x").arg(a / b, 0, 'f', a / b >= 10 ? 0 : 2)
                 : QStringLiteral("n/a");
}

QJsonObject row(const QString &what, const QString &ours, const QString &peers,
    const QString &ratioText, const QString &target, QJsonValue met,
    const QString &note = QString())
{
    return { { QStringLiteral("what"), what }, { QStringLiteral("ours"), ours },
        { QStringLiteral("peers"), peers }, { QStringLiteral("ratio"), ratioText },
        { QStringLiteral("target"), target }, { QStringLiteral("met"), met },
        { QStringLiteral("note"), note } };
}

int intOption(const QStringList &args, const char *name, int fallback)
{
    const int i = int(args.indexOf(QLatin1String(name)));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

QString stringOption(const QStringList &args, const char *name, const QString &fallback)
{
    const int i = int(args.indexOf(QLatin1String(name)));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QLatin1String("--help"))) {
        std::puts("framebench [--reps N] [--mib N] [--python-mib N] [--python PATH | --no-python]"
                  " [--json FILE]");
        return 0;
    }
    const int reps = std::max(1, intOption(args, "--reps", 7));
    const qsizetype total = qsizetype(std::max(1, intOption(args, "--mib", 64))) << 20;
    const int pythonMib = std::max(1, intOption(args, "--python-mib", 16));
    const QString python = stringOption(args, "--python", QStringLiteral(ACW_PYTHON));
    const bool withPython = !args.contains(QLatin1String("--no-python"));

    const QByteArray crlf = lines(total, 64);
    const QByteArray records(total, 'r');
    const QByteArray perRead1 = lines(total, ReadSize);
    const QByteArray perRead16 = lines(total, ReadSize / 16);
    const Terminator crlfTerm = Terminator::bytes("\r\n");
    const Terminator count64 = Terminator::count(64);

    Figure memchrFig, framerFig, countFig, erase, fpr1, fpr16, mem1, mem16;
    for (int r = 0; r < reps; ++r) {
        measure(memchrFig, crlf.size(), [&] { return memchrPass(crlf); });
        measure(framerFig, crlf.size(), [&] { return framerPass(crlf, crlfTerm); });
        measure(countFig, records.size(), [&] { return framerPass(records, count64); });
        measure(mem1, perRead1.size(), [&] { return memchrPass(perRead1); });
        measure(fpr1, perRead1.size(), [&] { return framerPass(perRead1, crlfTerm); });
        measure(mem16, perRead16.size(), [&] { return memchrPass(perRead16); });
        measure(fpr16, perRead16.size(), [&] { return framerPass(perRead16, crlfTerm); });
    }
    const QByteArray eraseData = crlf.left(qsizetype(16) << 20);
    for (int r = 0; r < std::min(reps, 3); ++r)
        measure(erase, eraseData.size(), [&] { return erasePass(eraseData); });
    const Figure &fpr1024 = framerFig; // 64-byte lines: 1024 frames per 64 KiB read

    if (framerFig.frames != memchrFig.frames || countFig.frames != quint64(total / 64)) {
        std::fprintf(stderr, "framebench: frame counts disagree (framer %llu, memchr %llu)\n",
            static_cast<unsigned long long>(framerFig.frames),
            static_cast<unsigned long long>(memchrFig.frames));
        return 1;
    }

    PythonResult py, pyCount, py1, py16;
    if (!withPython)
        py.error = pyCount.error = py1.error = py16.error = QStringLiteral("skipped");
    if (withPython) {
        const QString mib = QString::number(pythonMib);
        auto pyArgs = [&](int line, bool count) {
            QStringList a { QStringLiteral("--mib"), mib, QStringLiteral("--line"),
                QString::number(line) };
            if (count)
                a << QStringLiteral("--count");
            return a;
        };
        py = runPython(python, pyArgs(64, false));
        pyCount = runPython(python, pyArgs(64, true));
        py1 = runPython(python, pyArgs(int(ReadSize), false));
        py16 = runPython(python, pyArgs(int(ReadSize / 16), false));
    }
    auto pyText = [](const PythonResult &p) {
        return p.error.isEmpty() ? QStringLiteral("%1 MB/s").arg(p.mbps, 0, 'f', 1)
                                 : QStringLiteral("n/a");
    };

    const double m = memchrFig.median();
    const double f = framerFig.median();
    const double c = countFig.median();
    // Fewer, longer frames cost less per byte for any scanner (a frame has a fixed cost), so
    // "flat" is judged against memchr at the same frames per read: no term may grow with
    // the number of frames in a read, as Python's re-slicing does.
    const double r1 = pairedRatio(fpr1, mem1);
    const double r16 = pairedRatio(fpr16, mem16);
    const double r1024 = pairedRatio(framerFig, memchrFig);
    const double rCount = pairedRatio(countFig, memchrFig);
    const double flatLo = std::min({ r1, r16, r1024 });
    const double flatHi = std::max({ r1, r16, r1024 });

    std::printf(
        "framebench: %lld MiB per pass, 64 KiB reads, median of %d measurements (min-max)\n",
        static_cast<long long>(total >> 20), reps);
    std::printf("  64-byte \\r\\n lines\n");
    std::printf("    memchr scan           %s\n", qPrintable(memchrFig.text()));
    std::printf("    framer                %s   %s memchr   %s asynchat\n",
        qPrintable(framerFig.text()), qPrintable(times(r1024)), qPrintable(ratio(f, py.mbps)));
    std::printf("    Python asynchat       %s (%d MiB)%s\n", qPrintable(pyText(py)), pythonMib,
        qPrintable(py.error.isEmpty() ? QString() : QStringLiteral("  ") + py.error));
    std::printf("    erase-prefix C++ port %s (16 MiB)\n", qPrintable(erase.text()));
    std::printf("  64-byte records, count:64 re-armed per frame\n");
    std::printf("    framer                %s   %s memchr   %s asynchat (%s)\n",
        qPrintable(countFig.text()), qPrintable(times(rCount)), qPrintable(ratio(c, pyCount.mbps)),
        qPrintable(pyText(pyCount)));
    std::printf("  frames per 64 KiB read (\\r\\n lines of 64 KiB, 4 KiB, 64 bytes)\n");
    const struct
    {
        const char *n;
        const Figure &fr, &mc;
        double r;
        const PythonResult &py;
    } per[] = { { "1:   ", fpr1, mem1, r1, py1 }, { "16:  ", fpr16, mem16, r16, py16 },
        { "1024:", fpr1024, memchrFig, r1024, py } };
    for (const auto &p : per)
        std::printf("    %s framer %s   memchr %s   %s memchr   asynchat %s\n", p.n,
            qPrintable(p.fr.text()), qPrintable(p.mc.text()), qPrintable(times(p.r)),
            qPrintable(pyText(p.py)));
    std::printf("    framer/memchr from %.2fx to %.2fx (flat: the same ratio at every count)\n",
        flatLo, flatHi);

    const QString jsonPath = stringOption(args, "--json", QString());
    if (jsonPath.isEmpty())
        return 0;
    const bool pyOk = withPython && py.error.isEmpty();
    QJsonArray rows;
    rows.append(row(QStringLiteral("framing throughput, 64 MiB of 64-byte \\r\\n lines in 64 KiB "
                                   "chunks (no network)"),
        QStringLiteral("framer ") + framerFig.text(),
        QStringLiteral("memchr ") + memchrFig.text()
            + QStringLiteral("; Python "
                             "asynchat ")
            + pyText(py),
        times(r1024) + QStringLiteral(" memchr; ") + ratio(f, py.mbps)
            + QStringLiteral(" asynchat"),
        QStringLiteral("≥ 0.8× memchr; ≥ 90× asynchat"),
        pyOk ? QJsonValue(r1024 >= 0.8 && f >= 90 * py.mbps) : QJsonValue(),
        QStringLiteral("a literal erase-prefix C++ port: ") + erase.text()));
    rows.append(row(QStringLiteral("framing, numeric terminator (64-byte records)"),
        QStringLiteral("framer ") + countFig.text(),
        QStringLiteral("memchr ") + memchrFig.text()
            + QStringLiteral("; Python "
                             "asynchat ")
            + pyText(pyCount),
        times(rCount) + QStringLiteral(" memchr; ") + ratio(c, pyCount.mbps)
            + QStringLiteral(" asynchat"),
        QStringLiteral("≥ 0.8× memchr; ≥ 90× asynchat"),
        pyOk ? QJsonValue(rCount >= 0.8 && c >= 90 * pyCount.mbps) : QJsonValue()));
    rows.append(row(QStringLiteral("framing cost vs frames per read (1, 16, 1024 per 64 KiB)"),
        QStringLiteral("framer %1 / %2 / %3 MB/s")
            .arg(fpr1.median(), 0, 'f', 0)
            .arg(fpr16.median(), 0, 'f', 0)
            .arg(fpr1024.median(), 0, 'f', 0),
        QStringLiteral("asynchat %1 / %2 / %3 MB/s")
            .arg(py1.mbps, 0, 'f', 1)
            .arg(py16.mbps, 0, 'f', 1)
            .arg(py.mbps, 0, 'f', 1),
        QStringLiteral("%1x to %2x memchr").arg(flatLo, 0, 'f', 2).arg(flatHi, 0, 'f', 2),
        QStringLiteral("flat per byte (vs memchr at the same frames per read)"),
        QJsonValue(flatLo >= 0.6 && flatHi <= 1.5 * flatLo),
        QStringLiteral("memchr at 1 / 16 / 1024: %1 / %2 / %3 MB/s")
            .arg(mem1.median(), 0, 'f', 0)
            .arg(mem16.median(), 0, 'f', 0)
            .arg(m, 0, 'f', 0)));
    QJsonObject results { { QStringLiteral("memchr"), memchrFig.json() },
        { QStringLiteral("framer_crlf"), framerFig.json() },
        { QStringLiteral("framer_count64"), countFig.json() },
        { QStringLiteral("framer_1_per_read"), fpr1.json() },
        { QStringLiteral("framer_16_per_read"), fpr16.json() },
        { QStringLiteral("framer_1024_per_read"), fpr1024.json() },
        { QStringLiteral("memchr_1_per_read"), mem1.json() },
        { QStringLiteral("memchr_16_per_read"), mem16.json() },
        { QStringLiteral("erase_prefix_port"), erase.json() },
        { QStringLiteral("asynchat_crlf_mbps"), py.mbps },
        { QStringLiteral("asynchat_count64_mbps"), pyCount.mbps },
        { QStringLiteral("asynchat_1_per_read_mbps"), py1.mbps },
        { QStringLiteral("asynchat_16_per_read_mbps"), py16.mbps },
        { QStringLiteral("framer_vs_memchr"), r1024 },
        { QStringLiteral("count64_vs_memchr"), rCount },
        { QStringLiteral("framer_vs_memchr_1_16_1024"), QJsonArray { r1, r16, r1024 } },
        { QStringLiteral("framer_vs_asynchat"), py.mbps > 0 ? f / py.mbps : 0.0 } };
    QFile out(jsonPath);
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "framebench: cannot write %s\n", qPrintable(jsonPath));
        return 1;
    }
    out.write(QJsonDocument(
        QJsonObject { { QStringLiteral("rows"), rows }, { QStringLiteral("results"), results } })
                  .toJson());
    return 0;
}
