#include "models/capturestore.h"

#include <algorithm>

namespace acw {

using Type = EngineEvent::Type;

QByteArray CaptureStore::Capture::bytes(qint64 from, qint64 to) const
{
    from = std::max(from, baseOffset);
    to = std::min(to, baseOffset + qint64(data.size()));
    if (to <= from)
        return {};
    return data.mid(from - baseOffset, to - from);
}

QByteArray CaptureStore::Capture::outBytes(qint64 from, qint64 to) const
{
    from = std::max(from, outBase);
    to = std::min(to, outBase + qint64(outData.size()));
    if (to <= from)
        return {};
    return outData.mid(from - outBase, to - from);
}

QByteArray CaptureStore::Capture::frameData(const FrameMark &mark) const
{
    return bytes(mark.dataStart(), mark.dataEnd());
}

bool CaptureStore::Capture::labInput(QByteArray *stream, QList<qint64> *reads, QStringList *script,
    QList<QPair<qint64, QString>> *changes, QString *why) const
{
    if (baseOffset > 0 || dataLost || droppedFrames > 0 || data.size() != streamEnd) {
        *why = QStringLiteral("trimmed");
        return false;
    }
    if (firstTerminator.isEmpty()) {
        *why = QStringLiteral("unknown");
        return false;
    }
    *stream = data;
    reads->clear();
    for (int i = 0; i < chunkStarts.size(); ++i) {
        const qint64 end = i + 1 < chunkStarts.size() ? chunkStarts.at(i + 1) : streamEnd;
        reads->append(end - chunkStarts.at(i));
    }
    // The script: the first terminator, then what each frame's callback left in force (the
    // same one unless the profile set another or a count was reached).
    script->clear();
    script->append(firstTerminator);
    for (const FrameMark &f : frames)
        script->append(f.next.isEmpty() ? f.terminator : f.next);
    *changes = QList<QPair<qint64, QString>>(liveChanges.cbegin(), liveChanges.cend());
    return true;
}

CaptureStore::CaptureStore(QObject *parent) : QObject(parent) { }

const CaptureStore::Capture *CaptureStore::capture(quint64 id) const
{
    const auto it = m_captures.find(id);
    return it == m_captures.cend() ? nullptr : &it->second;
}

void CaptureStore::applyEvents(const QVector<EngineEvent> &events)
{
    QSet<quint64> touched;
    for (const EngineEvent &e : events) {
        if (e.connection == 0)
            continue;
        auto it = m_captures.find(e.connection);
        if (it == m_captures.end()) {
            if (e.type == Type::Dropped)
                continue;
            it = m_captures.try_emplace(e.connection).first; // built in place, never moved
            m_order.append(e.connection);
        }
        Capture &c = it->second;
        ++m_seq;
        switch (e.type) {
        case Type::Chunk: addChunk(c, e); break;
        case Type::Frame: addFrame(c, e); break;
        case Type::ConnectionOpened:
            c.relay = e.code == 1;
            c.firstTerminator = e.terminator.toSpec();
            if (c.terminator.isEmpty())
                c.terminator = c.firstTerminator;
            break;
        case Type::TerminatorChanged:
            if (e.code == 0) // set from outside a callback, between two reads
                c.liveChanges.append({ c.streamEnd, e.text });
            else if (!c.frames.isEmpty()) // set by the callback of the frame just reported
                c.frames.last().next = e.text;
            // A count that was reached is the terminator of the frame just reported.
            c.terminatorBefore = e.code == 2 && !c.frames.isEmpty()
                                     ? c.frames.constLast().terminator
                                     : c.terminator;
            c.terminator = e.text;
            c.terminatorCause = e.code;
            c.framesAtChange = c.frames.isEmpty() ? 0 : c.frames.constLast().index + 1;
            break;
        case Type::Pushed: addPush(c, e); break;
        case Type::Sent: addSent(c, e); break;
        case Type::RelayFrame: addRelayFrame(c, e); break;
        case Type::TlsStarted:
            c.tls = e.text;
            if (e.server != 0 && c.relay)
                c.relayTls[e.code & 1] = e.text;
            else if (c.tlsOffset < 0)
                c.tlsOffset = e.offset;
            break;
        case Type::TlsRefused:
            c.refusedFingerprint = QString::fromLatin1(e.data);
            c.refusedSubject = e.text;
            break;
        case Type::ConnectionClosed:
            c.closed = true;
            c.unframedAtClose = e.size;
            break;
        default: continue;
        }
        touched.insert(e.connection);
    }
    enforceTotal();
    if (!touched.isEmpty())
        emit changed(touched);
}

void CaptureStore::addChunk(Capture &c, const EngineEvent &e)
{
    const qint64 end = e.offset + e.size;
    const bool contiguous = e.offset == c.baseOffset + c.data.size();
    if (c.chunkStarts.isEmpty() || c.chunkStarts.constLast() < e.offset) {
        c.chunkStarts.append(e.offset);
        c.chunkTimes.append(e.timeUs);
        c.chunkSeqs.append(m_seq);
    }
    // Reads long past the captured bytes mean nothing to the view; keep the newest.
    if (c.chunkStarts.size() > 2 * m_chunksPerConnection) {
        const int drop = c.chunkStarts.size() - m_chunksPerConnection;
        c.chunkStarts.remove(0, drop);
        c.chunkTimes.remove(0, drop);
        c.chunkSeqs.remove(0, drop);
    }
    if (contiguous && !c.dataLost && e.data.size() == e.size) {
        c.data.append(e.data);
        m_totalBytes += e.data.size();
    } else if (contiguous && !c.dataLost) {
        c.data.append(e.data); // the captured start of the chunk; nothing after it
        m_totalBytes += e.data.size();
        c.dataLost = true;
    } else {
        c.dataLost = true;
    }
    c.streamEnd = std::max(c.streamEnd, end);
    if (c.data.size() > m_bytesPerConnection)
        trim(c, m_bytesPerConnection);
}

void CaptureStore::addFrame(Capture &c, const EngineEvent &e)
{
    FrameMark mark;
    mark.index = e.index;
    mark.end = e.offset;
    mark.size = e.size;
    // The event carries the terminator itself: its size needs no parsing of the spec.
    mark.termSize = e.terminator.isBytes() ? e.terminator.byteString().size() : 0;
    mark.terminator = e.text; // the spec, formatted once per connection by the engine
    mark.timeUs = e.timeUs;
    c.frames.append(mark);
    ++m_totalFrames;
    if (c.frames.size() > m_framesPerConnection) {
        const int excess = c.frames.size() - m_framesPerConnection;
        c.frames.remove(0, excess);
        c.droppedFrames += excess;
        m_totalFrames -= excess;
    }
}

void CaptureStore::trim(Capture &c, qint64 keepBytes)
{
    const qint64 drop = c.data.size() - std::max<qint64>(0, keepBytes);
    if (drop <= 0)
        return;
    c.data.remove(0, drop);
    c.baseOffset += drop;
    m_totalBytes -= drop;
    // Chunk starts before the captured window mean nothing to the view.
    const auto first = std::lower_bound(c.chunkStarts.begin(), c.chunkStarts.end(), c.baseOffset);
    const int gone = int(first - c.chunkStarts.begin());
    c.chunkStarts.remove(0, gone);
    c.chunkTimes.remove(0, gone);
    c.chunkSeqs.remove(0, gone);
}

void CaptureStore::addPush(Capture &c, const EngineEvent &e)
{
    if (e.size <= 0)
        return; // an empty push sends nothing (Q10)
    OutMark mark { c.pushedEnd, e.size, e.timeUs, m_seq };
    const bool contiguous = c.pushedEnd == c.outBase + c.outData.size();
    if (contiguous && !c.outLost) {
        c.outData.append(e.data);
        m_totalBytes += e.data.size();
        c.outLost = e.data.size() < e.size;
    } else {
        c.outLost = true;
    }
    c.pushedEnd += e.size;
    c.pushes.append(mark);
    if (c.pushes.size() > 2 * m_chunksPerConnection) {
        const int drop = c.pushes.size() - m_chunksPerConnection;
        c.pushes.remove(0, drop);
        c.droppedPushes += drop;
    }
    if (c.outData.size() > m_bytesPerConnection)
        trimOut(c, m_bytesPerConnection);
}

void CaptureStore::addSent(Capture &c, const EngineEvent &e)
{
    if (e.size <= 0)
        return;
    c.sends.append(OutMark { c.sentEnd, e.size, e.timeUs, m_seq });
    c.sentEnd += e.size;
    if (c.sends.size() > 2 * m_chunksPerConnection) {
        const int drop = c.sends.size() - m_chunksPerConnection;
        c.sends.remove(0, drop);
        c.droppedSends += drop;
    }
}

void CaptureStore::addRelayFrame(Capture &c, const EngineEvent &e)
{
    c.relay = true;
    Capture::RelayMark mark;
    mark.direction = e.code & 1;
    mark.index = e.index;
    mark.size = e.size;
    mark.data = e.data;
    mark.held = e.offset != 0;
    mark.timeUs = e.timeUs;
    if (!e.partial) { // ended by its terminator
        mark.terminator = e.terminator.toSpec();
        if (e.terminator.isBytes())
            mark.terminatorBytes = e.terminator.byteString();
    }
    c.relayBytes += mark.data.size();
    m_totalBytes += mark.data.size();
    ++m_totalFrames;
    c.relayFrames.append(mark);
    if (c.relayFrames.size() > m_framesPerConnection || c.relayBytes > m_bytesPerConnection)
        trimRelay(c, m_bytesPerConnection, m_framesPerConnection);
}

void CaptureStore::trimRelay(Capture &c, qint64 keepBytes, int keepFrames)
{
    int drop = 0;
    qint64 bytes = c.relayBytes;
    while (drop < c.relayFrames.size()
           && (c.relayFrames.size() - drop > keepFrames || bytes > keepBytes)) {
        bytes -= c.relayFrames.at(drop).data.size();
        ++drop;
    }
    if (drop == 0)
        return;
    c.relayFrames.remove(0, drop);
    m_totalBytes -= c.relayBytes - bytes;
    m_totalFrames -= drop;
    c.relayBytes = bytes;
    c.droppedRelayFrames += quint64(drop);
}

void CaptureStore::trimOut(Capture &c, qint64 keepBytes)
{
    const qint64 drop = c.outData.size() - std::max<qint64>(0, keepBytes);
    if (drop <= 0)
        return;
    c.outData.remove(0, drop);
    c.outBase += drop;
    m_totalBytes -= drop;
}

void CaptureStore::enforceTotal()
{
    // Frame marks of the oldest connections go first when all of them together pass the cap.
    for (int i = 0; m_totalFrames > m_totalFrameCap && i < m_order.size(); ++i) {
        auto it = m_captures.find(m_order.at(i));
        if (it == m_captures.end() || it->first == m_pinned)
            continue;
        if (!it->second.relayFrames.isEmpty())
            trimRelay(it->second, 0, 0);
        m_totalFrames -= it->second.frames.size();
        it->second.droppedFrames += it->second.frames.size();
        it->second.frames.clear();
    }
    for (int i = 0; m_totalBytes > m_totalCap && i < m_order.size(); ++i) {
        const quint64 id = m_order.at(i);
        if (id == m_pinned)
            continue;
        auto it = m_captures.find(id);
        if (it != m_captures.end() && !it->second.data.isEmpty()) {
            trim(it->second, 0);
            it->second.dataLost = true;
        }
        if (it != m_captures.end() && !it->second.outData.isEmpty()) {
            trimOut(it->second, 0);
            it->second.outLost = true;
        }
        if (it != m_captures.end() && !it->second.relayFrames.isEmpty())
            trimRelay(it->second, 0, 0);
    }
}

void CaptureStore::remove(const QVector<quint64> &ids)
{
    if (ids.isEmpty())
        return;
    const QSet<quint64> gone(ids.cbegin(), ids.cend());
    for (quint64 id : ids) {
        auto it = m_captures.find(id);
        if (it != m_captures.end()) {
            m_totalBytes
                -= it->second.data.size() + it->second.outData.size() + it->second.relayBytes;
            m_totalFrames -= it->second.frames.size() + it->second.relayFrames.size();
            m_captures.erase(it);
        }
    }
    m_order.erase(std::remove_if(m_order.begin(), m_order.end(),
                      [&gone](quint64 id) { return gone.contains(id); }),
        m_order.end());
}

void CaptureStore::insert(quint64 id, const Capture &capture)
{
    remove({ id });
    m_captures.emplace(id, capture);
    m_order.append(id);
    m_totalBytes += capture.data.size() + capture.outData.size();
    m_totalFrames += capture.frames.size();
    enforceTotal();
    emit changed({ id });
}

void CaptureStore::clear()
{
    m_captures.clear();
    m_order.clear();
    m_totalBytes = 0;
    m_totalFrames = 0;
}

} // namespace acw
