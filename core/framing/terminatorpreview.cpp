#include "framing/terminatorpreview.h"

#include "framing/framer.h"

namespace acw {

namespace {

// Stands in for the channel's default collection: bytes accumulate into the frame and a
// terminator hands the frame on (asynchat's _collect_incoming_data / _get_data).
struct PreviewSink
{
    Framer &framer;
    const TerminatorPreview::Input &input;
    TerminatorPreview &out;
    QByteArray data;
    qint64 size = 0;
    Terminator armed;

    void collectIncomingData(const char *bytes, qsizetype n)
    {
        data.append(bytes, n);
        size += n;
    }
    void foundTerminator()
    {
        out.frames.append({data, size, armed});
        data.clear();
        size = 0;
        if (input.rearm && input.next.isCount() && framer.terminator().isNone())
            framer.setTerminator(input.next);
        armed = framer.terminator();
    }
    void frameTooLong(qint64) { out.overflow = true; }
};

} // namespace

TerminatorPreview TerminatorPreview::predict(const Input &input)
{
    TerminatorPreview out;
    Framer framer;
    framer.setMaxFrame(input.maxFrame);
    if (!framer.setTerminator(input.next)) {
        out.overflow = true; // a count above the limit: the channel refuses the change
        return out;
    }
    const qint64 collectedSize = input.collectedSize >= 0 ? input.collectedSize
                                                          : input.collected.size();
    framer.setPendingSize(collectedSize);
    PreviewSink sink{framer, input, out, input.collected, collectedSize, input.next};
    // The held bytes are framed with the next read; results do not depend on how the
    // input is split into reads, so framing them alone shows what they will do.
    framer.feed(input.heldBack, sink);
    out.collected = sink.data;
    out.collectedSize = sink.size;
    out.heldBack = framer.heldBack();
    out.terminator = framer.terminator();
    if (out.terminator.isCount())
        out.bytesToNextFrame = out.terminator.countValue();
    return out;
}

} // namespace acw
