#include "framing/terminatorpreview.h"

#include "framing/scriptedframer.h"

namespace acw {

TerminatorPreview TerminatorPreview::predict(const Input &input)
{
    TerminatorPreview out;
    if (input.next.isCount() && input.maxFrame >= 0 && input.next.countValue() > input.maxFrame) {
        out.overflow = true; // a count above the limit: the channel refuses the change
        return out;
    }
    // The one scripted framer (the lab's, `frame`'s): the new terminator set from outside a
    // callback, then nothing more (asynchat) or the same count after every frame (re-arm).
    FramingSetup setup;
    setup.script = { input.next };
    setup.repeatLast = input.rearm && input.next.isCount();
    setup.maxFrame = input.maxFrame;
    ScriptedFramer framer(setup);
    framer.restore(input.collected, QByteArray(), input.next);
    // The held bytes are framed with the next read; the outcome does not depend on how the
    // input is split into reads, so framing them alone shows what they will do.
    framer.feed(input.heldBack);
    const FramingOutcome outcome = framer.finish();
    const qint64 cut = input.collectedSize >= 0 ? input.collectedSize - input.collected.size() : 0;
    bool first = true;
    for (const ScriptedFrame &f : outcome.frames) {
        out.frames.append({ f.data, f.size + (first ? cut : 0), f.terminator });
        first = false;
    }
    out.collected = outcome.pending;
    out.collectedSize = outcome.pendingSize + (out.frames.isEmpty() ? cut : 0);
    out.heldBack = outcome.heldBack;
    out.terminator = outcome.terminator;
    out.overflow = outcome.tooLong;
    if (out.terminator.isCount())
        out.bytesToNextFrame = out.terminator.countValue();
    return out;
}

} // namespace acw
