#pragma once

#include "engine/engineevents.h"
#include "models/capturestore.h"

#include <QByteArray>
#include <QString>

namespace acw::capturefile {

// A connection's capture as a file (docs/capture-format.md): its reads, frames, pushes and
// kernel writes with their times, its terminator history and the state the table showed.
// The file is a framing case (docs/lab-case-format.md): the Framing Lab opens it and
// `asynchat-workbench frame --expect` replays it as is; the record of the connection is
// the extra key "capture". Reopened, it shows in the inspector as it did live.
struct Recording
{
    CaptureStore::Capture capture;
    ConnectionInfo info; // the connection's row when it was saved
    qint64 savedUs = 0;
    bool complete = false; // every byte and frame kept: the lab replays it from byte 0
};

// The file's text. savedUs: when (µs since the epoch).
QByteArray toJson(const CaptureStore::Capture &capture, const ConnectionInfo &info, qint64 savedUs);
// Reads a capture file; false with the reason (the key and the problem) when it is not one.
bool fromJson(const QByteArray &json, Recording *out, QString *error);

bool save(const QString &path, const CaptureStore::Capture &capture, const ConnectionInfo &info,
    QString *error);
bool load(const QString &path, Recording *out, QString *error);

} // namespace acw::capturefile
