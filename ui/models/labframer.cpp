#include "models/labframer.h"

#include "framing/framer.h"

#include <QStringList>

namespace acw {

namespace {

class LabSink
{
public:
    LabSink(Framer &framer, const QVector<Terminator> &script, LabResult &result, int maxFrames)
        : m_framer(framer), m_script(script), m_result(result), m_maxFrames(maxFrames)
    {
        setNext();
    }
    void collectIncomingData(const char *data, qsizetype size) { m_data.append(data, size); }
    void foundTerminator()
    {
        m_end += m_data.size() + (m_current.isBytes() ? m_current.byteString().size() : 0);
        if (m_result.frames.size() < m_maxFrames) {
            LabFrame frame;
            frame.index = m_result.frames.size() + 1;
            frame.data = m_data;
            frame.terminator = m_current.toSpec();
            frame.end = m_end;
            m_result.frames.append(frame);
        }
        m_data.clear();
        setNext(); // asynchat re-reads the terminator after found_terminator()
    }
    void frameTooLong(qint64 sizeSoFar)
    {
        m_result.overflowAt = sizeSoFar;
        m_data.clear(); // the Lab drops the oversize frame and goes on (DiscardFrame)
    }
    QByteArray pending() const { return m_data; }

private:
    void setNext()
    {
        const int i = std::min<int>(m_used, m_script.size() - 1);
        m_current = i < 0 ? Terminator() : m_script.at(i);
        ++m_used;
        m_framer.setTerminator(m_current);
    }

    Framer &m_framer;
    const QVector<Terminator> &m_script;
    LabResult &m_result;
    int m_maxFrames;
    int m_used = 0;
    Terminator m_current;
    QByteArray m_data;
    qint64 m_end = 0; // input offset past the last terminator (exact while nothing overflows)
};

} // namespace

LabResult frameBytes(const QByteArray &input, const QVector<Terminator> &script,
                     const QVector<int> &chunkSizes, qint64 maxFrame, int maxFrames)
{
    LabResult result;
    Framer framer;
    framer.setMaxFrame(maxFrame);
    framer.setOverflowPolicy(Framer::OverflowPolicy::DiscardFrame);
    LabSink sink(framer, script, result, maxFrames);
    qint64 pos = 0;
    int chunk = 0;
    while (pos < input.size()) {
        qint64 n = input.size() - pos;
        if (!chunkSizes.isEmpty())
            n = std::min<qint64>(n, chunkSizes.at(chunk++ % chunkSizes.size()));
        result.chunkStarts.append(pos);
        framer.feed(input.constData() + pos, n, sink);
        pos += n;
    }
    result.pending = sink.pending();
    result.heldBack = framer.heldBack();
    result.nextTerminator = framer.terminator().toSpec();
    return result;
}

bool parseScript(const QString &text, QVector<Terminator> *script, QString *badItem)
{
    script->clear();
    // Commas separate items; an escaped comma is \x2C.
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        Terminator::ParseError error = Terminator::ParseError::NoError;
        const Terminator t = Terminator::parse(item, &error);
        if (error != Terminator::ParseError::NoError) {
            if (badItem)
                *badItem = item;
            return false;
        }
        script->append(t);
    }
    return true;
}

bool parseChunkSizes(const QString &text, QVector<int> *sizes)
{
    sizes->clear();
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        bool ok = false;
        const int n = item.trimmed().toInt(&ok);
        if (!ok || n < 1)
            return false;
        sizes->append(n);
    }
    return true;
}

} // namespace acw
