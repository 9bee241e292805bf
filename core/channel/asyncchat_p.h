#pragma once

#include "channel/asyncchat.h"

namespace acw {

// One output queue entry (R40-R45): data with a send offset, a producer, or the
// close-when-done marker. Private to the channel's implementation files.
struct AsyncChat::Entry
{
    OutputEntry::Kind kind = OutputEntry::Kind::Data;
    QByteArray data;
    qsizetype offset = 0; // bytes of data already handed to the socket
    std::unique_ptr<Producer> producer;

    qint64 remaining() const { return data.size() - offset; }
};

} // namespace acw
