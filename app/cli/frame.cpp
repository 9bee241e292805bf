// asynchat-workbench frame: the framing lab without a window (issue 2). Feeds a file through
// the Framer in the given chunk sizes, with a terminator script, and prints the frames.
#include "cli/commands.h"
#include "framing/framer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>

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
    QList<Terminator> script;
    QList<qsizetype> chunks;
    qint64 maxFrame = Framer::Unlimited;
    Format format = Format::Text;
    QString file;
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

// The terminator script: the first -t before feeding, the next one after each frame, the
// last one again after every frame once the list is used up.
class FrameSink : public FramerSink
{
public:
    FrameSink(Framer &framer, const Options &options, Writer &out)
        : m_framer(framer), m_options(options), m_out(out),
          m_frameFormat(tr("frame %1 (%2, %3 bytes) \"%4\""))
    {
        arm(options.script.first());
    }

    void collectIncomingData(const char *data, qsizetype size) override
    {
        m_frameBytes += size;
        if (m_options.format == Format::Json)
            m_data.append(data, size);
        else if (m_options.format == Format::Text && m_data.size() < TextPreview)
            m_data.append(data, qMin(size, TextPreview - m_data.size()));
    }
    void foundTerminator() override
    {
        ++m_frames;
        m_framedBytes += m_frameBytes;
        if (m_options.format == Format::Json)
            m_out.frameJson(m_frames, m_armedJson, m_data);
        else if (m_options.format == Format::Text) // one multi-arg pass: a spec may hold '%'
            m_out.line(m_frameFormat.arg(QString::number(m_frames), m_armedSpec,
                                         QString::number(m_frameBytes), preview()));
        m_data.clear();
        m_frameBytes = 0;
        arm(m_options.script.at(qMin<qsizetype>(m_frames, m_options.script.size() - 1)));
    }
    void frameTooLong(qint64) override
    {
        m_overflow = true;
        if (m_options.format == Format::Json)
            m_out.add("{\"event\":\"error\",\"index\":" + QByteArray::number(m_frames + 1)
                      + ",\"reason\":\"frame too long\",\"max_frame\":"
                      + QByteArray::number(m_options.maxFrame) + ",\"terminator\":"
                      + m_armedJson + "}");
        else
            m_out.line(tr("error: frame %1 is longer than %2 bytes (--max-frame); framing "
                          "stopped")
                           .arg(m_frames + 1)
                           .arg(m_options.maxFrame));
        m_data.clear();
        m_frameBytes = 0;
    }

    void finish(qint64 elapsedNs) const;

    bool m_overflow = false;

private:
    // Text lines show the start of a long frame only: a 1 GB frame is not held in memory.
    static constexpr qsizetype TextPreview = 4096;
    QString preview() const
    {
        QString text = Terminator::escape(m_data);
        if (m_frameBytes > m_data.size())
            text += QStringLiteral("...");
        return text;
    }

    void arm(const Terminator &t)
    {
        m_framer.setTerminator(t); // counts were checked against --max-frame up front
        if (t == m_armed && !m_armedSpec.isEmpty())
            return;
        m_armed = t; // the text forms are made once per change, not once per frame
        m_armedSpec = t.toSpec();
        m_armedJson = jsonString(m_armedSpec);
    }

    Framer &m_framer;
    const Options &m_options;
    Writer &m_out;
    const QString m_frameFormat;
    Terminator m_armed;
    QString m_armedSpec;
    QByteArray m_armedJson;
    QByteArray m_data; // the current frame: all of it for --json, its start for text
    qint64 m_frameBytes = 0;
    qint64 m_framedBytes = 0;
    qint64 m_frames = 0;
};

void FrameSink::finish(qint64 elapsedNs) const
{
    const QByteArray &held = m_framer.heldBack();
    const QString terminator = m_framer.terminator().toSpec();
    if (m_options.format == Format::Json) {
        m_out.add("{\"event\":\"end\",\"pending_hex\":\"" + m_data.toHex()
                  + "\",\"held_back_hex\":\"" + held.toHex()
                  + "\",\"terminator\":" + jsonString(terminator) + "}");
        return;
    }
    if (m_options.format == Format::Text) {
        m_out.line(tr("end: %1 bytes pending \"%2\", held back \"%3\", terminator %4")
                       .arg(QString::number(m_frameBytes), preview(), Terminator::escape(held),
                            terminator));
        return;
    }
    const double seconds = double(elapsedNs) / 1e9;
    const double mbps = seconds > 0 ? double(m_framer.bytesFed()) / 1e6 / seconds : 0.0;
    m_out.line(tr("input:      %1 bytes").arg(m_framer.bytesFed()));
    m_out.line(tr("frames:     %1").arg(m_frames));
    m_out.line(tr("framed:     %1 bytes of frame data").arg(m_framedBytes));
    m_out.line(tr("pending:    %1 bytes").arg(m_frameBytes));
    m_out.line(tr("held back:  %1 bytes").arg(held.size()));
    m_out.line(tr("terminator: %1").arg(terminator));
    if (m_overflow)
        m_out.line(tr("stopped:    a frame exceeded --max-frame %1").arg(m_options.maxFrame));
    m_out.line(tr("elapsed:    %1 s (%2 MB/s)")
                   .arg(seconds, 0, 'f', 3)
                   .arg(mbps, 0, 'f', 1));
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
           "after every frame (so -t count:16 frames 16-byte records). Default terminator: \\r\\n.\n"
           "Terminator SPEC: escaped bytes (\\r \\n \\t \\0 \\\\ \\xHH), count:N, or none.\n"
           "Exit status: 0 done, 1 input unreadable or a frame exceeded --max-frame, 2 usage."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption terminator({QStringLiteral("t"), QStringLiteral("terminator")},
                                        tr("Terminator script entry (repeatable)."),
                                        QStringLiteral("SPEC"));
    const QCommandLineOption chunks(QStringLiteral("chunks"),
                                    tr("Read sizes, used in turn (default 65536)."),
                                    QStringLiteral("N[,N...]"));
    const QCommandLineOption maxFrame(QStringLiteral("max-frame"),
                                      tr("Fail once a frame passes N bytes (default: no limit)."),
                                      QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON Lines."));
    const QCommandLineOption summary(QStringLiteral("summary"),
                                     tr("Print only the totals and the elapsed time."));
    parser.addOptions({help, terminator, chunks, maxFrame, json, summary});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Input file; - or nothing for stdin."),
                                 QStringLiteral("[FILE|-]"));

    auto usage = [](const QString &message) {
        err(message);
        err(tr("try 'asynchat-workbench frame --help'"));
        return std::optional<int>(2);
    };
    if (!parser.parse(QStringList{QStringLiteral("asynchat-workbench frame")} + args))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText(); // its usage line names the binary, not the command
        text.replace(0, text.indexOf(QLatin1Char('\n')),
                     tr("Usage: asynchat-workbench frame [-t SPEC]... [--chunks N[,N...]] "
                        "[--max-frame N] [--json|--summary] [FILE|-]"));
        std::fputs(qPrintable(text), stdout);
        return 0;
    }
    const QStringList specs = parser.isSet(terminator) ? parser.values(terminator)
                                                       : QStringList{QStringLiteral("\\r\\n")};
    if (parser.isSet(maxFrame)) {
        bool ok = false;
        options.maxFrame = parser.value(maxFrame).toLongLong(&ok);
        if (!ok || options.maxFrame < 0)
            return usage(tr("--max-frame needs a number of bytes, not '%1'")
                             .arg(parser.value(maxFrame)));
    }
    for (const QString &spec : specs) {
        Terminator::ParseError error;
        const Terminator t = Terminator::parse(spec, &error);
        if (error != Terminator::ParseError::NoError)
            return usage(tr("bad terminator '%1': %2").arg(spec, Terminator::describe(error)));
        if (t.isCount() && options.maxFrame >= 0 && t.countValue() > options.maxFrame)
            return usage(tr("terminator %1 is larger than --max-frame %2")
                             .arg(spec)
                             .arg(options.maxFrame));
        options.script << t;
    }
    const QStringList sizes = parser.isSet(chunks)
        ? parser.value(chunks).split(QLatin1Char(','))
        : QStringList{QStringLiteral("65536")};
    for (const QString &size : sizes) {
        bool ok = false;
        const qsizetype n = size.trimmed().toLongLong(&ok);
        if (!ok || n <= 0 || n > (qsizetype(1) << 30))
            return usage(tr("--chunks needs sizes from 1 to 1073741824, not '%1'").arg(size));
        options.chunks << n;
    }
    if (parser.isSet(json) && parser.isSet(summary))
        return usage(tr("--json and --summary exclude each other"));
    options.format = parser.isSet(json) ? Format::Json
        : parser.isSet(summary)         ? Format::Summary
                                        : Format::Text;
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return usage(tr("one input file at most"));
    options.file = files.value(0, QStringLiteral("-"));
    return std::nullopt;
}

// Reads the input in blocks and feeds it in the requested chunk sizes, cycling; a 1 GB file
// is never held in memory at once.
bool feedFile(QFile &file, const Options &options, Framer &framer, FrameSink &sink)
{
    qsizetype largest = 0;
    for (qsizetype n : options.chunks)
        largest = qMax(largest, n);
    QByteArray buffer(qMax<qsizetype>(largest, 1 << 20), Qt::Uninitialized);
    qsizetype filled = 0;
    qsizetype next = 0;
    bool eof = false;
    while (!framer.isStopped()) {
        if (!eof && filled < buffer.size()) {
            const qint64 got = file.read(buffer.data() + filled, buffer.size() - filled);
            if (got < 0)
                return false;
            eof = got == 0;
            filled += got;
        }
        qsizetype pos = 0;
        while (!framer.isStopped()) {
            const qsizetype want = options.chunks.at(next);
            if (filled - pos < want && !(eof && filled > pos))
                break;
            const qsizetype n = qMin(want, filled - pos);
            framer.feed(buffer.constData() + pos, n, sink);
            pos += n;
            next = (next + 1) % options.chunks.size();
        }
        std::memmove(buffer.data(), buffer.constData() + pos, size_t(filled - pos));
        filled -= pos;
        if (eof && filled == 0)
            break;
    }
    return true;
}

} // namespace

int runFrame(const QStringList &args)
{
    Options options;
    if (const std::optional<int> status = parseOptions(args, options))
        return *status;

    QFile file;
    const bool opened = options.file == QLatin1String("-")
        ? file.open(stdin, QIODevice::ReadOnly)
        : (file.setFileName(options.file), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err(tr("cannot read %1: %2").arg(options.file, file.errorString()));
        return 1;
    }
    Framer framer;
    framer.setMaxFrame(options.maxFrame);
    Writer out;
    FrameSink sink(framer, options, out);
    QElapsedTimer timer;
    timer.start();
    if (!feedFile(file, options, framer, sink)) {
        out.flush();
        err(tr("read error on %1: %2").arg(options.file, file.errorString()));
        return 1;
    }
    sink.finish(timer.nsecsElapsed());
    return sink.m_overflow ? 1 : 0;
}

} // namespace acw::cli
