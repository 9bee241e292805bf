#pragma once

#include "models/bytesformat.h"

#include <QString>
#include <QVector>

namespace acw {

// Which bytes each character of a rendered byte view shows (text, escaped or hex dump), so
// a text selection copies as the bytes it covers, not as the text drawn: "\r" drawn as two
// characters is one byte, a hex dump's ASCII column repeats the bytes of its line, a
// chunk marker or a line break after a frame shows none. A renderer appends each piece of
// its view here as it appends it to its HTML. Bytes are stream offsets, in one or more
// streams (the conversation: 0 received, 1 sent).
class TextByteMap
{
public:
    struct Run
    {
        int stream = 0;
        qint64 from = 0;
        qint64 to = 0;
        friend bool operator==(const Run &a, const Run &b)
        {
            return a.stream == b.stream && a.from == b.from && a.to == b.to;
        }
    };

    void clear();
    // Append, and return, what a view draws for bytes that start at stream offset `offset`.
    QString text(const QByteArray &bytes, qint64 offset, int stream = 0); // bytesformat::text
    QString escaped(const QByteArray &bytes, qint64 offset, int stream = 0);
    QString hexDump(const QByteArray &bytes, qint64 offset, int stream = 0); // bytesformat's
    QString rendered(
        const QByteArray &bytes, qint64 offset, bytesformat::ViewMode mode, int stream = 0);
    // Characters that all show the one byte at `offset` (a hex pair, an ASCII column cell).
    QString byteChars(const QString &shown, qint64 offset, int stream = 0);
    // Characters that show no byte (markers, line breaks, offsets, headers).
    QString decoration(const QString &shown);

    const QString &plainText() const { return m_text; }
    // Matches the map with the text the view's document holds (QTextDocument::
    // toPlainText()): an HTML import may drop a leading line break or the last one. False
    // when they differ otherwise; runs() is then empty.
    bool align(const QString &documentText);
    bool isAligned() const { return m_aligned; }
    // The bytes a selection of document positions [from, to) covers, in document order:
    // one run per stretch of one stream, from the first byte shown to the last.
    QVector<Run> runs(int from, int to) const;

private:
    void add(const QString &shown, qint64 from, qint64 to, int stream);

    QString m_text;
    QVector<qint64> m_from; // per character; -1: shows no byte
    QVector<qint64> m_to;
    QVector<qint8> m_stream;
    int m_shift = 0; // document position + shift = index in m_text
    bool m_aligned = false;
};

} // namespace acw
