#pragma once

#include "channel/asyncchat.h"

namespace acw {

// One output queue entry (R40-R45): data with a send offset, a producer, or the
// close-when-done marker. Private to the channel's implementation files.
//
// Memory, not payload, is what the queue is charged: an entry costs its bookkeeping plus
// the whole allocation its data pins. Small pushes are copied into shared blocks (owned
// entries, at most kBlockBytes each) so that a million 2-byte pushes cost about 2 MB, not
// a hundred bytes of overhead each.
struct AsyncChat::Entry
{
    // Pushes smaller than this are copied into the tail block; larger ones keep their
    // own (implicitly shared) buffer.
    static constexpr qsizetype kCoalesceBelow = 4096;
    static constexpr qsizetype kBlockBytes = 16 * 1024; // the largest block
    static constexpr qsizetype kFirstBlockBytes = 512; // blocks grow from this
    // The entry itself, its deque slot, and the allocator's and QByteArray's headers.
    static constexpr qint64 kOverhead = 128;

    OutputEntry::Kind kind = OutputEntry::Kind::Data;
    QByteArray data;
    qsizetype offset = 0; // bytes of data already handed to the socket
    std::unique_ptr<Producer> producer;
    qint64 cost = kOverhead; // what this entry holds in memory (charged to the queue)
    bool block = false; // a block of coalesced pushes: more may be appended

    qint64 remaining() const { return data.size() - offset; }
    // Bookkeeping plus the whole allocation the data pins (shared or not).
    qint64 measure() const { return kOverhead + qMax<qint64>(data.capacity(), data.size()); }
};

} // namespace acw
