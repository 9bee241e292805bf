// asynchat-workbench frame: the framing lab without a window. Feeds a file through the
// scripted framer (core/framing/scriptedframer.h: chunk sizes, a terminator script, live
// changes) and prints the frames; replays and writes case files (docs/lab-case-format.md).
#include "cli/commands.h"
#include "framing/framingcase.h"
#include "framing/scriptedframer.h"
#include "messages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <poll.h>
#include <string>
#include <unistd.h>

namespace acw::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("acw::cli", text); // the context lupdate gives tr() here
}

void err(const QString &line)
{
    std::fputs(qPrintable(QStringLiteral("asynchat-workbench frame: ") + line + QLatin1Char('\n')),
        stderr);
}

enum class Format { Text, Json, Summary };

struct Options
{
    FramingSetup setup;
    Format format = Format::Text;
    QString file;
    QString expect; // --expect FILE: replay a case and compare
    QString saveCase; // --save-case FILE: write the run as a case
};

// Output goes through one buffer: millions of frames must not mean millions of writes.
class Writer
{
public:
    ~Writer() { flush(); }
    void line(const QString &text) { add(text.toUtf8()); }
    void add(const QByteArray &bytes)
    {
        m_buffer.append(bytes.constData(), size_t(bytes.size()));
        m_buffer.push_back('\n');
        if (m_buffer.size() >= 1 << 16)
            flush();
    }
    void flush()
    {
        std::fwrite(m_buffer.data(), 1, m_buffer.size(), stdout);
        std::fflush(stdout);
        m_buffer.clear();
    }
    // A frame's JSON line, written in place: no temporary strings per frame.
    void frameJson(qint64 index, const QByteArray &terminatorJson, const QByteArray &data)
    {
        static const char hex[] = "0123456789abcdef";
        m_buffer += "{\"event\":\"frame\",\"index\":";
        m_buffer += std::to_string(index);
        m_buffer += ",\"terminator\":";
        m_buffer.append(terminatorJson.constData(), size_t(terminatorJson.size()));
        m_buffer += ",\"data_hex\":\"";
        const size_t at = m_buffer.size();
        m_buffer.resize(at + size_t(data.size()) * 2);
        char *out = &m_buffer[at];
        for (char c : data) {
            *out++ = hex[(uchar(c) >> 4) & 15];
            *out++ = hex[uchar(c) & 15];
        }
        m_buffer += "\"}\n";
        if (m_buffer.size() >= 1 << 16)
            flush();
    }

private:
    std::string m_buffer;
};

QByteArray jsonString(const QString &text) // specs are ASCII: only \ and " need escaping
{
    QByteArray out = text.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + out + '"';
}

// Prints what the scripted framer reports: one line per frame, per live change, per error.
class Printer
{
public:
    Printer(const Options &options, Writer &out)
        : m_options(options), m_out(out), m_frameFormat(tr("frame %1 (%2, %3 bytes) \"%4\""))
    {
    }

    void attach(ScriptedFramer &framer)
    {
        m_framer = &framer;
        framer.setKeepLimit(m_options.saveCase.isEmpty()
                                ? (m_options.format == Format::Json    ? -1
                                    : m_options.format == Format::Text ? TextPreview
                                                                       : 0)
                                : -1);
        framer.onFrame = [this](const ScriptedFrame &f) { frame(f); };
        framer.onTooLong = [this](qint64 number, qint64) { tooLong(number); };
        framer.onTerminatorSet = [this](const TerminatorChange &c) { changed(c); };
    }

    void finish(const FramingOutcome &end, qint64 elapsedNs) const;

    QList<ScriptedFrame> m_kept; // every frame, for --save-case

private:
    // Text lines show the start of a long frame only: a 1 GB frame is not held in memory.
    static constexpr qsizetype TextPreview = 4096;
    static QString preview(const QByteArray &data, qint64 size)
    {
        QString text = Terminator::escape(data.left(TextPreview));
        if (size > TextPreview)
            text += QStringLiteral("...");
        return text;
    }
    const QByteArray &specJson(const Terminator &t)
    {
        if (t != m_specOf || m_specJson.isEmpty()) { // made once per change, not per frame
            m_specOf = t;
            m_spec = t.toSpec();
            m_specJson = jsonString(m_spec);
        }
        return m_specJson;
    }

    void frame(const ScriptedFrame &f)
    {
        ++m_frames;
        m_framedBytes += f.size;
        if (m_options.format == Format::Json)
            m_out.frameJson(f.number, specJson(f.terminator), f.data);
        else if (m_options.format == Format::Text) { // one multi-arg pass: a spec may hold '%'
            specJson(f.terminator);
            m_out.line(m_frameFormat.arg(QString::number(f.number), m_spec, QString::number(f.size),
                preview(f.data, f.size)));
        }
        if (!m_options.saveCase.isEmpty())
            m_kept << f;
    }
    void tooLong(qint64 number)
    {
        m_overflow = true;
        if (m_options.format == Format::Json)
            m_out.add("{\"event\":\"error\",\"index\":" + QByteArray::number(number)
                      + ",\"reason\":\"frame too long\",\"max_frame\":"
                      + QByteArray::number(m_options.setup.maxFrame)
                      + ",\"terminator\":" + specJson(m_framer->armed()) + "}");
        else
            m_out.line(tr("error: frame %1 is longer than %2 bytes (--max-frame); framing "
                          "stopped")
                           .arg(number)
                           .arg(m_options.setup.maxFrame));
    }
    void changed(const TerminatorChange &c)
    {
        const QString spec = c.terminator.toSpec();
        if (m_options.format == Format::Json)
            m_out.add("{\"event\":\"terminator\",\"at\":" + QByteArray::number(c.at)
                      + ",\"terminator\":" + jsonString(spec) + "}");
        else if (m_options.format == Format::Text)
            m_out.line(tr("terminator %1 set at byte %2 (outside a callback)").arg(spec).arg(c.at));
    }

public:
    bool m_overflow = false;

private:
    const Options &m_options;
    Writer &m_out;
    const QString m_frameFormat;
    ScriptedFramer *m_framer = nullptr;
    Terminator m_specOf;
    QString m_spec;
    QByteArray m_specJson;
    qint64 m_frames = 0;
    qint64 m_framedBytes = 0;
};

void Printer::finish(const FramingOutcome &end, qint64 elapsedNs) const
{
    const QString terminator = end.terminator.toSpec();
    if (m_options.format == Format::Json) {
        m_out.add("{\"event\":\"end\",\"pending_hex\":\"" + end.pending.toHex()
                  + "\",\"held_back_hex\":\"" + end.heldBack.toHex()
                  + "\",\"terminator\":" + jsonString(terminator) + "}");
        return;
    }
    if (m_options.format == Format::Text) {
        m_out.line(tr("end: %1 bytes pending \"%2\", held back \"%3\", terminator %4")
                       .arg(QString::number(end.pendingSize), preview(end.pending, end.pendingSize),
                           Terminator::escape(end.heldBack), terminator));
        return;
    }
    const double seconds = double(elapsedNs) / 1e9;
    const double mbps = seconds > 0 ? double(end.bytes) / 1e6 / seconds : 0.0;
    m_out.line(tr("input:      %1 bytes").arg(end.bytes));
    m_out.line(tr("frames:     %1").arg(m_frames));
    m_out.line(tr("framed:     %1 bytes of frame data").arg(m_framedBytes));
    m_out.line(tr("pending:    %1 bytes").arg(end.pendingSize));
    m_out.line(tr("held back:  %1 bytes").arg(end.heldBack.size()));
    m_out.line(tr("terminator: %1").arg(terminator));
    if (m_overflow)
        m_out.line(tr("stopped:    a frame exceeded --max-frame %1").arg(m_options.setup.maxFrame));
    m_out.line(tr("elapsed:    %1 s (%2 MB/s)").arg(seconds, 0, 'f', 3).arg(mbps, 0, 'f', 1));
}

// Parses the command line into options; returns an exit status when there is nothing more
// to do (--help: 0, a usage or spec error: 2).
std::optional<int> parseOptions(const QStringList &args, Options &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Feeds FILE (or standard input) through the framer and prints one line per frame.\n"
           "The first -t is set before feeding; after frame k the (k+1)-th -t is set inside\n"
           "the found-terminator callback; once the list is used up the last -t is set again\n"
           "after every frame (so -t count:16 frames 16-byte records; --no-repeat: nothing\n"
           "more is set, as asynchat). Default terminator: \\r\\n.\n"
           "--set-at BYTES:SPEC sets SPEC from outside any callback once BYTES bytes were fed\n"
           "(the window's live change); the reads are cut at BYTES, so the change falls\n"
           "between two reads.\n"
           "Terminator SPEC: escaped bytes (\\r \\n \\t \\0 \\\\ \\xHH), count:N, or none.\n"
           "Case files (--expect, --save-case): see docs/lab-case-format.md.\n"
           "Exit status: 0 done (--expect: as expected), 1 input unreadable, a frame exceeded\n"
           "--max-frame, or (--expect) a difference, printed; 2 usage or a malformed case."));
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption terminator({ QStringLiteral("t"), QStringLiteral("terminator") },
        tr("Terminator script entry (repeatable)."), QStringLiteral("SPEC"));
    const QCommandLineOption noRepeat(
        QStringLiteral("no-repeat"), tr("Once the -t list is used up, set nothing more."));
    const QCommandLineOption chunks(QStringLiteral("chunks"),
        tr("Read sizes, used in turn (default 65536)."), QStringLiteral("N[,N...]"));
    const QCommandLineOption setAt(QStringLiteral("set-at"),
        tr("Set SPEC once BYTES bytes were fed, between two reads "
           "(repeatable)."),
        QStringLiteral("BYTES:SPEC"));
    const QCommandLineOption maxFrame(QStringLiteral("max-frame"),
        tr("Fail once a frame passes N bytes (default: no limit)."), QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON Lines."));
    const QCommandLineOption summary(
        QStringLiteral("summary"), tr("Print only the totals and the elapsed time."));
    const QCommandLineOption expect(QStringLiteral("expect"),
        tr("Replay the case FILE and compare with its expected "
           "frames and end state."),
        QStringLiteral("FILE"));
    const QCommandLineOption saveCase(QStringLiteral("save-case"),
        tr("Also write this run as a case FILE."), QStringLiteral("FILE"));
    parser.addOptions(
        { help, terminator, noRepeat, chunks, setAt, maxFrame, json, summary, expect, saveCase });
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Input file; - or nothing for stdin."),
        QStringLiteral("[FILE|-]"));

    auto usage = [](const QString &message) {
        err(message);
        err(tr("try 'asynchat-workbench frame --help'"));
        return std::optional<int>(2);
    };
    if (!parser.parse(QStringList { QStringLiteral("asynchat-workbench frame") } + args))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText(); // its usage line names the binary, not the command
        text.replace(0, text.indexOf(QLatin1Char('\n')),
            tr("Usage: asynchat-workbench frame [-t SPEC]... [--no-repeat] [--chunks N[,N...]] "
               "[--set-at BYTES:SPEC]... [--max-frame N] [--json|--summary] "
               "[--save-case FILE] [FILE|-]\n"
               "       asynchat-workbench frame --expect CASE"));
        std::fputs(qPrintable(text), stdout);
        return 0;
    }
    if (parser.isSet(expect)) {
        for (const QCommandLineOption *o :
            { &terminator, &noRepeat, &chunks, &setAt, &maxFrame, &json, &summary, &saveCase }) {
            if (parser.isSet(*o))
                return usage(tr("--expect replays the case file alone; --%1 belongs in the file")
                                 .arg(o->names().constLast()));
        }
        if (!parser.positionalArguments().isEmpty())
            return usage(tr("--expect takes its input from the case file"));
        options.expect = parser.value(expect);
        return std::nullopt;
    }
    const QStringList specs = parser.isSet(terminator) ? parser.values(terminator)
                                                       : QStringList { QStringLiteral("\\r\\n") };
    FramingSetup &setup = options.setup;
    if (parser.isSet(maxFrame)) {
        bool ok = false;
        setup.maxFrame = parser.value(maxFrame).toLongLong(&ok);
        if (!ok || setup.maxFrame < 0)
            return usage(
                tr("--max-frame needs a number of bytes, not '%1'").arg(parser.value(maxFrame)));
    }
    for (const QString &spec : specs) {
        Terminator::ParseError error;
        const Terminator t = Terminator::parse(spec, &error);
        if (error != Terminator::ParseError::NoError)
            return usage(tr("bad terminator '%1': %2").arg(spec, messages::terminatorError(error)));
        if (t.isCount() && setup.maxFrame >= 0 && t.countValue() > setup.maxFrame)
            return usage(
                tr("terminator %1 is larger than --max-frame %2").arg(spec).arg(setup.maxFrame));
        setup.script << t;
    }
    setup.repeatLast = !parser.isSet(noRepeat);
    for (const QString &text : parser.values(setAt)) {
        TerminatorChange change;
        ChangeParseError error;
        if (!parseChange(text, &change, &error))
            return usage(tr("--set-at: %1").arg(messages::changeParseError(error)));
        setup.setAt << change;
    }
    QString bad;
    if (!parseChunkList(parser.isSet(chunks) ? parser.value(chunks) : QStringLiteral("65536"),
            &setup.chunks, &bad)
        || setup.chunks.isEmpty())
        return usage(tr("--chunks needs sizes from 1 to 1073741824, not '%1'").arg(bad));
    const SetupProblem invalid = setup.validate();
    if (!invalid.isNone())
        return usage(messages::setupProblem(invalid));
    if (parser.isSet(json) && parser.isSet(summary))
        return usage(tr("--json and --summary exclude each other"));
    options.format = parser.isSet(json)      ? Format::Json
                     : parser.isSet(summary) ? Format::Summary
                                             : Format::Text;
    options.saveCase = parser.value(saveCase);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return usage(tr("one input file at most"));
    options.file = files.value(0, QStringLiteral("-"));
    return std::nullopt;
}

// --expect: 0 as expected, 1 with the differences, 2 for a file that is not a case.
int replayCase(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err(tr("cannot read case %1: %2").arg(path, file.errorString()));
        return 2;
    }
    FramingCase c;
    CaseError error;
    if (!FramingCase::fromJson(file.readAll(), &c, &error)) {
        err(tr("malformed case %1: %2").arg(path, messages::caseError(error)));
        return 2;
    }
    if (!c.hasExpect) {
        err(tr("malformed case %1: no \"expect\" object to compare with").arg(path));
        return 2;
    }
    const FramingOutcome outcome = c.run();
    const QStringList diff = messages::caseDifferences(c.diff(outcome));
    Writer out;
    if (diff.isEmpty()) {
        out.line(tr("ok: %1 frames and the end state as expected (%2)")
                     .arg(outcome.frames.size())
                     .arg(path));
        return 0;
    }
    out.line(tr("differs from %1:").arg(path));
    for (const QString &line : diff)
        out.line(QStringLiteral("  ") + line);
    return 1;
}

bool writeCase(const Options &options, const QByteArray &input, const FramingOutcome &end,
    const QList<ScriptedFrame> &frames)
{
    FramingCase c;
    c.input = input;
    c.setup = options.setup;
    FramingOutcome all = end;
    all.frames = frames;
    c.expectOutcome(all);
    QFile file(options.saveCase);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(c.toJson()) < 0) {
        err(tr("cannot write case %1: %2").arg(options.saveCase, file.errorString()));
        return false;
    }
    return true;
}

} // namespace

// A read failed: if the input is a non-blocking descriptor (a stdin shared with a
// process that set O_NONBLOCK) with nothing yet, wait for data and say to try again.
bool waitForInput(QFile &file)
{
    const int error = errno;
    if ((error != EAGAIN && error != EWOULDBLOCK) || file.handle() < 0)
        return false;
    pollfd p { file.handle(), POLLIN, 0 };
    while (::poll(&p, 1, -1) < 0 && errno == EINTR) { }
    file.unsetError();
    return true;
}

int runFrame(const QStringList &args)
{
    Options options;
    if (const std::optional<int> status = parseOptions(args, options))
        return *status;
    if (!options.expect.isEmpty())
        return replayCase(options.expect);

    QFile file;
    const bool opened = options.file == QLatin1String("-")
                            ? file.open(STDIN_FILENO, QIODevice::ReadOnly | QIODevice::Unbuffered)
                            : (file.setFileName(options.file),
                                file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    if (!opened) {
        err(tr("cannot read %1: %2").arg(options.file, file.errorString()));
        return 1;
    }
    Writer out;
    Printer printer(options, out);
    ScriptedFramer framer(options.setup);
    printer.attach(framer);
    QByteArray input; // --save-case only
    // One reused buffer, small enough to stay in the CPU's cache between the kernel's copy
    // and the framer's scan (mapping the file instead costs a TLB miss per page: slower
    // here, measured).
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    QElapsedTimer timer;
    timer.start();
    // Blocks of any size: the scripted framer cuts the reads, a 1 GB file is never held whole.
    while (!framer.isStopped()) {
        errno = 0;
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0 && waitForInput(file))
            continue;
        if (got < 0) {
            out.flush();
            err(tr("read error on %1: %2").arg(options.file, file.errorString()));
            return 1;
        }
        if (got == 0)
            break;
        if (!options.saveCase.isEmpty())
            input.append(buffer.constData(), got);
        framer.feed(buffer.constData(), got);
    }
    const FramingOutcome end = framer.finish();
    printer.finish(end, timer.nsecsElapsed());
    if (!options.saveCase.isEmpty() && !writeCase(options, input, end, printer.m_kept))
        return 1;
    return printer.m_overflow ? 1 : 0;
}

} // namespace acw::cli
