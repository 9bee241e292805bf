#include "models/capturesave.h"

#include "framing/terminator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace acw::capturesave {

namespace {

Result finish(QSaveFile &file, Result r)
{
    if (!file.commit()) {
        r.ok = false;
        r.error = file.errorString();
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace

Result saveRaw(const CaptureStore::Capture &capture, const QString &path)
{
    Result r;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        r.error = file.errorString();
        return r;
    }
    if (file.write(capture.data) != capture.data.size()) {
        r.error = file.errorString();
        file.cancelWriting();
        return r;
    }
    r.written = capture.data.size();
    r.missingBytes = capture.baseOffset;
    return finish(file, r);
}

Result saveFrames(const CaptureStore::Capture &capture, const QString &path)
{
    Result r;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        r.error = file.errorString();
        return r;
    }
    for (const CaptureStore::FrameMark &f : capture.frames) {
        const QByteArray data = capture.frameData(f);
        const bool complete = data.size() == f.size;
        QJsonObject o { { QStringLiteral("index"), qint64(f.index) },
            { QStringLiteral("time_us"), f.timeUs }, { QStringLiteral("end"), f.end },
            { QStringLiteral("size"), f.size }, { QStringLiteral("terminator"), f.terminator },
            { QStringLiteral("data"), Terminator::escape(data) },
            { QStringLiteral("base64"), QString::fromLatin1(data.toBase64()) } };
        if (!complete) {
            o.insert(QStringLiteral("complete"), false);
            ++r.incomplete;
        }
        if (file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n') < 0) {
            r.error = file.errorString();
            file.cancelWriting();
            return r;
        }
        ++r.written;
    }
    r.droppedFrames = capture.droppedFrames;
    return finish(file, r);
}

} // namespace acw::capturesave
