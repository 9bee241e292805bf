#include "models/labframer.h"

#include "framing/scriptedframer.h"

namespace acw {

LabResult frameBytes(const QByteArray &input, const QVector<Terminator> &script,
                     const QVector<int> &chunkSizes, qint64 maxFrame, int maxFrames)
{
    FramingSetup setup;
    setup.script = QList<Terminator>(script.begin(), script.end());
    for (int n : chunkSizes)
        setup.chunks << n;
    setup.maxFrame = maxFrame;
    const FramingOutcome o = ScriptedFramer::run(input, setup);
    LabResult r;
    for (const ScriptedFrame &f : o.frames) {
        if (r.frames.size() >= maxFrames)
            break;
        r.frames.append({quint64(f.number), f.data, f.terminator.toSpec(), f.end});
    }
    r.pending = o.pending;
    r.heldBack = o.heldBack;
    r.overflowAt = o.tooLong ? o.tooLongSize : -1;
    r.nextTerminator = o.terminator.toSpec();
    return r;
}

} // namespace acw
