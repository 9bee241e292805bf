#pragma once

#include "framing/terminator.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace acw {

// Frames bytes in the GUI thread with acw::Framer, as a channel would: for the Framing Lab
// and for the terminator editor's preview. Pure; no sockets, no engine.
struct LabFrame
{
    quint64 index = 0;
    QByteArray data;
    QString terminator; // the spec the frame was cut with
    qint64 end = 0;     // input offset just past the terminator
};

struct LabResult
{
    QVector<LabFrame> frames;
    QByteArray pending;       // collected after the last frame
    QByteArray heldBack;      // a possible terminator start at the end
    QVector<qint64> chunkStarts;
    qint64 overflowAt = -1;   // frame size when maxFrame was passed, else -1
    QString nextTerminator;   // what the channel would wait for now
};

// script: the terminator for frame 1, 2, ...; the last one stays (an empty script: none).
// chunkSizes: the reads, cycled (empty: one read of everything).
LabResult frameBytes(const QByteArray &input, const QVector<Terminator> &script,
                     const QVector<int> &chunkSizes = {}, qint64 maxFrame = -1,
                     int maxFrames = 10000);

// "\r\n, count:4" -> terminators; false and *error (the bad item) on a bad spec.
bool parseScript(const QString &text, QVector<Terminator> *script, QString *badItem = nullptr);
// "1,3,5" -> sizes; false on junk or a size < 1.
bool parseChunkSizes(const QString &text, QVector<int> *sizes);

} // namespace acw
