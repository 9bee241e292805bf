#pragma once

#include "framing/terminator.h"

#include <QByteArray>
#include <QList>

namespace acw {

// What a channel will do after its terminator is changed between two reads (from outside
// any callback: the window's live change, `frame --set-at`), predicted from the channel's
// real state by the same Framer that frames its input.
//
// The rule (asynchat's, docs/asynchat-rules.md "live terminator change"): bytes already
// collected stay collected and become the start of the next frame; a count counts only
// bytes that arrive after the change; a held-back terminator prefix is framed again under
// the new terminator, together with the next read.
struct TerminatorPreview
{
    struct Input
    {
        QByteArray collected; // the channel's collected, unframed bytes
        qint64 collectedSize
            = -1; // when collected was capped: its real size (-1: collected.size())
        QByteArray heldBack; // the held-back terminator prefix
        Terminator next; // the terminator being applied
        bool rearm = false; // a count is set again after every frame
        qint64 maxFrame = -1; // the channel's limit (-1: none)
    };
    struct Frame
    {
        QByteArray data; // collected bytes and held-back bytes that end up in it
        qint64 size = 0; // its real size (data may be cut when collected was capped)
        Terminator terminator; // the terminator that ends it
    };

    // Frames that the bytes already received complete once the next read arrives (only
    // possible when held-back bytes end a frame under the new terminator).
    QList<Frame> frames;
    // Then: the start of the next frame, and how it ends.
    QByteArray collected; // bytes collected toward the next frame (maybe cut)
    qint64 collectedSize = 0;
    QByteArray heldBack; // still held back (a prefix of the new terminator)
    Terminator terminator; // in force afterwards (for a count: what is left of it)
    bool overflow = false; // the held bytes alone pass the maximum frame
    // For a count: bytes still to arrive before the next frame completes; -1 otherwise.
    qint64 bytesToNextFrame = -1;

    static TerminatorPreview predict(const Input &input);
};

} // namespace acw
