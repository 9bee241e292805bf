#pragma once

#include "models/capturestore.h"

namespace acw::capturesave {

// What a save wrote, and what it could not (the window keeps the newest bytes and frames of
// each connection only: CaptureStore's caps).
struct Result
{
    bool ok = false;
    QString error;
    qint64 written = 0; // bytes (raw) or frames (JSON Lines)
    qint64 missingBytes = 0; // raw: received bytes no longer kept, before the first saved
    qint64 incomplete = 0; // frames: kept as marks, their bytes no longer kept
    quint64 droppedFrames = 0;
};

// The received stream as it came, byte for byte (from the oldest byte still kept).
Result saveRaw(const CaptureStore::Capture &capture, const QString &path);
// One JSON object per frame: index, time_us, end (stream offset past the terminator),
// size, terminator (spec), data (escaped: \r \n \t \0 \\ \xHH) and base64, both whole;
// "complete": false when the frame's bytes are no longer all kept.
Result saveFrames(const CaptureStore::Capture &capture, const QString &path);

} // namespace acw::capturesave
