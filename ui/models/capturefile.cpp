#include "models/capturefile.h"

#include "framing/framingcase.h"
#include "messages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cmath>

namespace acw::capturefile {

namespace {

const char *const kFormat = "asynchat-workbench-capture";
constexpr int kVersion = 1;

QByteArray compact(const QJsonValue &v)
{
    // QJsonDocument takes arrays and objects only: wrap, then unwrap.
    const QByteArray a = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QString stateKey(ConnectionInfo::State state)
{
    switch (state) {
    case ConnectionInfo::State::Connecting: return QStringLiteral("connecting");
    case ConnectionInfo::State::Open: return QStringLiteral("open");
    case ConnectionInfo::State::Closing: return QStringLiteral("closing");
    case ConnectionInfo::State::Closed: break;
    }
    return QStringLiteral("closed");
}

ConnectionInfo::State stateFromKey(const QString &key)
{
    if (key == QLatin1String("connecting"))
        return ConnectionInfo::State::Connecting;
    if (key == QLatin1String("open"))
        return ConnectionInfo::State::Open;
    if (key == QLatin1String("closing"))
        return ConnectionInfo::State::Closing;
    return ConnectionInfo::State::Closed;
}

QJsonArray outMarks(const QVector<CaptureStore::OutMark> &marks)
{
    QJsonArray a;
    for (const CaptureStore::OutMark &m : marks)
        a.append(QJsonArray { m.offset, m.size, m.timeUs, qint64(m.seq) });
    return a;
}

// Why it closed, as values (the window words them in its language).
QJsonObject faultObject(const ChannelFault &f)
{
    return QJsonObject { { QStringLiteral("error"), int(f.error) },
        { QStringLiteral("cause"), f.cause }, { QStringLiteral("status"), f.status },
        { QStringLiteral("side"), int(f.side) }, { QStringLiteral("amount"), f.amount },
        { QStringLiteral("limit"), f.limit }, { QStringLiteral("detail"), f.detail } };
}

// "key": [ one element a line ]
QByteArray listLines(const char *key, const QJsonArray &items)
{
    QByteArray out = "    \"" + QByteArray(key) + "\": [";
    for (qsizetype i = 0; i < items.size(); ++i)
        out += (i ? ",\n      " : "\n      ") + compact(items.at(i));
    out += items.isEmpty() ? "]" : "\n    ]";
    return out;
}

// The state the case expects at the end, from the channel's own counts; only what the
// row and the capture agree on (a row older or newer than the capture says nothing).
void expectState(const CaptureStore::Capture &c, const ConnectionInfo &info, FramingCase *out)
{
    if (info.bytesIn != c.streamEnd || info.frames != quint64(c.frames.size()))
        return;
    const qint64 lastEnd = c.frames.isEmpty() ? 0 : c.frames.constLast().end;
    const qint64 consumed = info.consumedOffset;
    if (consumed < lastEnd || consumed + info.heldBack > c.streamEnd)
        return;
    // Bytes a profile handed on as a stream are not collected: the lab's handler keeps all.
    if (consumed - info.pendingBytes == lastEnd)
        out->pending = c.bytes(lastEnd, consumed);
    out->heldBack = c.bytes(consumed, consumed + info.heldBack);
    out->terminator = info.countLeft >= 0 ? Terminator::count(info.countLeft)
                                          : Terminator::parse(info.terminator);
}

// A reason, in the user's language; the place in the file ("capture.reads[3]") is data.
QString tr(const char *text)
{
    return QCoreApplication::translate("acw::capturefile", text);
}

QString placed(const QString &where, const QString &what)
{
    return tr("%1: %2").arg(where, what);
}

struct Reader
{
    static QString tr(const char *text)
    {
        return QCoreApplication::translate("acw::capturefile::Reader", text);
    }

    QString error;
    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }
    qint64 integer(const QJsonObject &o, const char *key, const QString &where, qint64 min = 0)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > 9.0e15) {
            fail(placed(where + QLatin1Char('.') + QLatin1String(key),
                tr("expected a whole number from %1").arg(min)));
            return min;
        }
        return qint64(d);
    }
    qint64 element(const QJsonArray &a, int i, const QString &where, qint64 min = 0)
    {
        const QJsonValue v = a.at(i);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > 9.0e15) {
            fail(placed(QStringLiteral("%1[%2]").arg(where).arg(i),
                tr("expected a whole number from %1").arg(min)));
            return min;
        }
        return qint64(d);
    }
    QString spec(const QJsonObject &o, const char *key, const QString &where, bool emptyOk)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && emptyOk)
            return QString();
        if (!v.isString()) {
            fail(placed(where + QLatin1Char('.') + QLatin1String(key),
                tr("expected a terminator spec string")));
            return QString();
        }
        const QString s = v.toString();
        if (s.isEmpty() && emptyOk)
            return s;
        Terminator::ParseError e = Terminator::ParseError::NoError;
        Terminator::parse(s, &e);
        if (e != Terminator::ParseError::NoError)
            fail(placed(where + QLatin1Char('.') + QLatin1String(key),
                tr("bad terminator \"%1\": %2").arg(s, messages::terminatorError(e))));
        return s;
    }
    QVector<CaptureStore::OutMark> marks(const QJsonObject &o, const char *key, qint64 end)
    {
        QVector<CaptureStore::OutMark> out;
        const QJsonArray a = o.value(QLatin1String(key)).toArray();
        qint64 at = -1;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString where = QStringLiteral("capture.%1[%2]").arg(QLatin1String(key)).arg(i);
            const QJsonArray m = a.at(i).toArray();
            if (m.size() != 4) {
                fail(placed(where, tr("expected [offset, size, time_us, seq]")));
                return out;
            }
            CaptureStore::OutMark mark;
            mark.offset = element(m, 0, where);
            mark.size = element(m, 1, where, 1);
            mark.timeUs = element(m, 2, where);
            mark.seq = quint64(element(m, 3, where));
            if (mark.offset < at || mark.end() > end)
                fail(placed(where, tr("out of order or past the end of the stream")));
            at = mark.end();
            out.append(mark);
        }
        return out;
    }
};

} // namespace

QByteArray toJson(const CaptureStore::Capture &c, const ConnectionInfo &info, qint64 savedUs)
{
    // The case part: the whole stream, its real reads and terminator script, and what the
    // connection framed, when nothing was trimmed; else only the bytes kept.
    FramingCase fc;
    QByteArray stream;
    QList<qint64> reads;
    QStringList script;
    QList<QPair<qint64, QString>> changes;
    QString why;
    const bool complete = c.labInput(&stream, &reads, &script, &changes, &why);
    if (complete) {
        fc.input = stream;
        fc.setup.chunks = reads;
        for (const QString &spec : std::as_const(script))
            fc.setup.script << Terminator::parse(spec);
        for (const auto &change : std::as_const(changes))
            fc.setup.setAt << TerminatorChange { change.first, Terminator::parse(change.second) };
        fc.hasExpect = true;
        for (const CaptureStore::FrameMark &f : c.frames)
            fc.frames << FramingCase::Frame { c.frameData(f), Terminator::parse(f.terminator) };
        expectState(c, info, &fc);
    } else {
        fc.input = c.data;
        fc.setup.script.clear(); // not replayable: framed by nothing
    }
    QByteArray out = fc.toJson();
    out.chop(3); // "\n}\n"

    const QJsonObject connection { { QStringLiteral("id"), qint64(info.id) },
        { QStringLiteral("peer"), info.peer },
        { QStringLiteral("profile"), profileKey(info.profile) },
        { QStringLiteral("server"), info.server },
        { QStringLiteral("state"), stateKey(info.state) },
        { QStringLiteral("close_fault"), faultObject(info.closeFault) },
        { QStringLiteral("opened_us"), info.openedUs },
        { QStringLiteral("closed_us"), info.closedUs },
        { QStringLiteral("terminator"), info.terminator },
        { QStringLiteral("count_left"), info.countLeft }, { QStringLiteral("rearm"), info.rearm },
        { QStringLiteral("bytes_in"), info.bytesIn },
        { QStringLiteral("bytes_out"), info.bytesOut },
        { QStringLiteral("frames"), qint64(info.frames) },
        { QStringLiteral("consumed"), info.consumedOffset },
        { QStringLiteral("pending"), info.pendingBytes },
        { QStringLiteral("held_back"), info.heldBack },
        { QStringLiteral("queued"), info.queuedBytes } };
    const QJsonObject received { { QStringLiteral("base_offset"), c.baseOffset },
        { QStringLiteral("stream_end"), c.streamEnd }, { QStringLiteral("data_lost"), c.dataLost },
        { QStringLiteral("closed"), c.closed },
        { QStringLiteral("unframed_at_close"), c.unframedAtClose },
        { QStringLiteral("dropped_frames"), qint64(c.droppedFrames) } };
    QJsonArray liveChanges;
    for (const auto &change : c.liveChanges)
        liveChanges.append(QJsonArray { change.first, change.second });
    const QJsonObject terminator { { QStringLiteral("first"), c.firstTerminator },
        { QStringLiteral("last"), c.terminator }, { QStringLiteral("cause"), c.terminatorCause },
        { QStringLiteral("before"), c.terminatorBefore },
        { QStringLiteral("frames_at_change"), qint64(c.framesAtChange) },
        { QStringLiteral("live_changes"), liveChanges } };
    const QJsonObject sent { { QStringLiteral("base_offset"), c.outBase },
        { QStringLiteral("data_hex"), QString::fromLatin1(c.outData.toHex()) },
        { QStringLiteral("pushed_end"), c.pushedEnd }, { QStringLiteral("sent_end"), c.sentEnd },
        { QStringLiteral("lost"), c.outLost },
        { QStringLiteral("dropped_pushes"), qint64(c.droppedPushes) },
        { QStringLiteral("dropped_writes"), qint64(c.droppedSends) } };
    QJsonArray readList;
    for (int i = 0; i < c.chunkStarts.size(); ++i)
        readList.append(QJsonArray {
            c.chunkStarts.at(i), c.chunkTimes.value(i), qint64(c.chunkSeqs.value(i)) });
    QJsonArray frameList;
    for (const CaptureStore::FrameMark &f : c.frames)
        frameList.append(QJsonObject { { QStringLiteral("index"), qint64(f.index) },
            { QStringLiteral("end"), f.end }, { QStringLiteral("size"), f.size },
            { QStringLiteral("terminator"), f.terminator }, { QStringLiteral("next"), f.next },
            { QStringLiteral("time_us"), f.timeUs } });

    out += ",\n  \"capture\": {\n";
    out += "    \"format\": \"" + QByteArray(kFormat) + "\",\n";
    out += "    \"version\": " + QByteArray::number(kVersion) + ",\n";
    out += "    \"saved\": "
           + compact(
               QDateTime::fromMSecsSinceEpoch(savedUs / 1000, Qt::UTC).toString(Qt::ISODateWithMs))
           + ",\n";
    out += "    \"saved_us\": " + QByteArray::number(savedUs) + ",\n";
    out += QByteArray("    \"complete\": ") + (complete ? "true" : "false") + ",\n";
    out += "    \"connection\": " + compact(connection) + ",\n";
    out += "    \"received\": " + compact(received) + ",\n";
    out += "    \"terminator\": " + compact(terminator) + ",\n";
    out += listLines("reads", readList) + ",\n";
    out += listLines("frames", frameList) + ",\n";
    out += "    \"sent\": " + compact(sent) + ",\n";
    out += listLines("pushes", outMarks(c.pushes)) + ",\n";
    out += listLines("writes", outMarks(c.sends)) + "\n";
    out += "  }\n}\n";
    return out;
}

bool fromJson(const QByteArray &json, Recording *out, QString *error)
{
    FramingCase fc;
    CaseError why;
    if (!FramingCase::fromJson(json, &fc, &why)) {
        *error = messages::caseError(why);
        return false;
    }
    const QJsonObject o = fc.extra.value(QStringLiteral("capture")).toObject();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        *error = tr("no \"capture\" record: a framing case? Open it in the Framing Lab instead");
        return false;
    }
    Reader r;
    if (r.integer(o, "version", QStringLiteral("capture"), 1) > kVersion) {
        *error = placed(QStringLiteral("capture.version"),
            tr("written by a newer version (this one reads %1)").arg(kVersion));
        return false;
    }
    Recording rec;
    rec.savedUs = r.integer(o, "saved_us", QStringLiteral("capture"));
    rec.complete = o.value(QStringLiteral("complete")).toBool();
    CaptureStore::Capture &c = rec.capture;

    const QJsonObject conn = o.value(QStringLiteral("connection")).toObject();
    const QString cw = QStringLiteral("capture.connection");
    ConnectionInfo &info = rec.info;
    info.id = quint64(r.integer(conn, "id", cw));
    info.peer = conn.value(QStringLiteral("peer")).toString();
    info.profile = profileFromKey(conn.value(QStringLiteral("profile")).toString())
                       .value_or(ProfileId::Client);
    info.server = int(r.integer(conn, "server", cw));
    info.state = stateFromKey(conn.value(QStringLiteral("state")).toString());
    const QJsonObject fault = conn.value(QStringLiteral("close_fault")).toObject();
    info.closeFault.error
        = ChannelError(r.integer(fault, "error", cw + QStringLiteral(".close_fault")));
    info.closeFault.cause = int(fault.value(QStringLiteral("cause")).toInt());
    info.closeFault.status = int(fault.value(QStringLiteral("status")).toInt());
    info.closeFault.side = RelaySide(fault.value(QStringLiteral("side")).toInt());
    info.closeFault.amount = qint64(fault.value(QStringLiteral("amount")).toDouble());
    info.closeFault.limit = qint64(fault.value(QStringLiteral("limit")).toDouble());
    info.closeFault.detail = fault.value(QStringLiteral("detail")).toString();
    if (info.closeFault.error > ChannelError::RelayAtCapacity)
        r.fail(placed(QStringLiteral("capture.connection.close_fault.error"),
            tr("unknown (a newer version?)")));
    info.openedUs = r.integer(conn, "opened_us", cw);
    info.closedUs = r.integer(conn, "closed_us", cw);
    info.terminator = r.spec(conn, "terminator", cw, true);
    info.countLeft = r.integer(conn, "count_left", cw, -1);
    info.rearm = conn.value(QStringLiteral("rearm")).toBool();
    info.bytesIn = r.integer(conn, "bytes_in", cw);
    info.bytesOut = r.integer(conn, "bytes_out", cw);
    info.frames = quint64(r.integer(conn, "frames", cw));
    info.consumedOffset = r.integer(conn, "consumed", cw);
    info.pendingBytes = r.integer(conn, "pending", cw);
    info.heldBack = r.integer(conn, "held_back", cw);
    info.queuedBytes = r.integer(conn, "queued", cw);

    const QJsonObject in = o.value(QStringLiteral("received")).toObject();
    const QString iw = QStringLiteral("capture.received");
    c.data = fc.input;
    c.baseOffset = r.integer(in, "base_offset", iw);
    c.streamEnd = r.integer(in, "stream_end", iw);
    c.dataLost = in.value(QStringLiteral("data_lost")).toBool();
    c.closed = in.value(QStringLiteral("closed")).toBool();
    c.unframedAtClose = r.integer(in, "unframed_at_close", iw);
    c.droppedFrames = quint64(r.integer(in, "dropped_frames", iw));
    if (c.streamEnd < c.baseOffset + c.data.size())
        r.fail(placed(
            QStringLiteral("capture.received.stream_end"), tr("before the end of input_hex")));

    const QJsonObject t = o.value(QStringLiteral("terminator")).toObject();
    const QString tw = QStringLiteral("capture.terminator");
    c.firstTerminator = r.spec(t, "first", tw, true);
    c.terminator = r.spec(t, "last", tw, true);
    c.terminatorCause = int(r.integer(t, "cause", tw, -1));
    c.terminatorBefore = r.spec(t, "before", tw, true);
    c.framesAtChange = quint64(r.integer(t, "frames_at_change", tw));
    const QJsonArray changes = t.value(QStringLiteral("live_changes")).toArray();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonArray pair = changes.at(i).toArray();
        const QString where = QStringLiteral("capture.terminator.live_changes[%1]").arg(i);
        if (pair.size() != 2 || !pair.at(1).isString()) {
            r.fail(placed(where, tr("expected [BYTES, \"SPEC\"]")));
            break;
        }
        c.liveChanges.append({ r.element(pair, 0, where), pair.at(1).toString() });
    }

    const QJsonArray reads = o.value(QStringLiteral("reads")).toArray();
    for (qsizetype i = 0; i < reads.size(); ++i) {
        const QString where = QStringLiteral("capture.reads[%1]").arg(i);
        const QJsonArray read = reads.at(i).toArray();
        if (read.size() != 3) {
            r.fail(placed(where, tr("expected [offset, time_us, seq]")));
            break;
        }
        const qint64 start = r.element(read, 0, where);
        if ((!c.chunkStarts.isEmpty() && start <= c.chunkStarts.constLast())
            || start >= c.streamEnd)
            r.fail(placed(where, tr("out of order or past the end of the stream")));
        c.chunkStarts.append(start);
        c.chunkTimes.append(r.element(read, 1, where));
        c.chunkSeqs.append(quint64(r.element(read, 2, where)));
    }

    const QJsonArray frames = o.value(QStringLiteral("frames")).toArray();
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const QString where = QStringLiteral("capture.frames[%1]").arg(i);
        const QJsonObject f = frames.at(i).toObject();
        CaptureStore::FrameMark mark;
        mark.index = quint64(r.integer(f, "index", where));
        mark.end = r.integer(f, "end", where);
        mark.size = r.integer(f, "size", where);
        mark.terminator = r.spec(f, "terminator", where, false);
        mark.next = r.spec(f, "next", where, true);
        mark.timeUs = r.integer(f, "time_us", where);
        const Terminator term = Terminator::parse(mark.terminator);
        mark.termSize = term.isBytes() ? term.byteString().size() : 0;
        if (mark.dataStart() < 0 || mark.end > c.streamEnd
            || (!c.frames.isEmpty() && mark.end < c.frames.constLast().end))
            r.fail(placed(where, tr("out of order or past the end of the stream")));
        c.frames.append(mark);
    }

    const QJsonObject sent = o.value(QStringLiteral("sent")).toObject();
    const QString sw = QStringLiteral("capture.sent");
    c.outBase = r.integer(sent, "base_offset", sw);
    const QByteArray hex = sent.value(QStringLiteral("data_hex")).toString().toLatin1();
    c.outData = QByteArray::fromHex(hex);
    if (c.outData.size() * 2 != hex.size())
        r.fail(placed(QStringLiteral("capture.sent.data_hex"), tr("expected pairs of hex digits")));
    c.pushedEnd = r.integer(sent, "pushed_end", sw);
    c.sentEnd = r.integer(sent, "sent_end", sw);
    c.outLost = sent.value(QStringLiteral("lost")).toBool();
    c.droppedPushes = quint64(r.integer(sent, "dropped_pushes", sw));
    c.droppedSends = quint64(r.integer(sent, "dropped_writes", sw));
    if (c.pushedEnd < c.outBase + c.outData.size() || c.sentEnd > c.pushedEnd)
        r.fail(placed(
            QStringLiteral("capture.sent"), tr("pushed_end and sent_end disagree with the bytes")));
    c.pushes = r.marks(o, "pushes", c.pushedEnd);
    c.sends = r.marks(o, "writes", c.sentEnd);

    if (!r.error.isEmpty()) {
        *error = r.error;
        return false;
    }
    *out = rec;
    return true;
}

bool save(const QString &path, const CaptureStore::Capture &capture, const ConnectionInfo &info,
    QString *error)
{
    QSaveFile file(path);
    const QByteArray json
        = toJson(capture, info, QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() * 1000);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool load(const QString &path, Recording *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    return fromJson(file.readAll(), out, error);
}

} // namespace acw::capturefile
