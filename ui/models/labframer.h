#pragma once

#include "framing/terminator.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace acw {

// The terminator editor's preview, on the one scripted framer (core/framing/
// scriptedframer.h). Kept for the editor only: new code uses ScriptedFramer directly, whose
// restore() starts from a channel's real state (collected, held back, terminator).
struct LabFrame
{
    quint64 index = 0; // from 1
    QByteArray data;
    QString terminator; // the spec the frame was cut with
    qint64 end = 0;     // input offset just past the terminator
};

struct LabResult
{
    QVector<LabFrame> frames;
    QByteArray pending;  // collected after the last frame
    QByteArray heldBack; // a possible terminator start at the end
    qint64 overflowAt = -1;
    QString nextTerminator;
};

// script: the terminator for frame 1, 2, ...; the last one stays. chunkSizes: cycled.
LabResult frameBytes(const QByteArray &input, const QVector<Terminator> &script,
                     const QVector<int> &chunkSizes = {}, qint64 maxFrame = -1,
                     int maxFrames = 10000);

} // namespace acw
