#pragma once

#include "engine/sendjob.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>

class QTimer;

namespace acw {

class AsyncChat;

// The engine's send jobs, in the network thread (a child of the EngineWorker).
// - A repeat without interval and a file are producers (core/channel/producer.h) in the
//   channel's output queue: the channel asks them for more only while its socket holds less
//   than the high write watermark, so they go at socket speed and hold at most a piece
//   (64 KiB) besides what the socket buffers. A 1 GiB file is never in memory.
// - A repeat every T ms pushes on a timer, but skips a tick while more than the channel's
//   low write watermark is still owed to the peer (it never outruns the socket).
// A job ends when done, when stopped, or when its connection closes.
class SendJobs : public QObject
{
    Q_OBJECT
public:
    using ChannelLookup = std::function<AsyncChat *(quint64 connection)>;
    explicit SendJobs(ChannelLookup lookup, QObject *parent = nullptr);
    ~SendJobs() override;

    void startRepeat(
        quint64 job, quint64 connection, const QByteArray &message, qint64 count, int intervalMs);
    void startFile(quint64 job, quint64 connection, const QString &path);
    void stop(quint64 job);
    int running() const { return int(m_jobs.size()); }

    struct State; // shared with the job's producer

signals:
    void updated(const acw::SendJobInfo &info);

private:
    std::shared_ptr<State> add(quint64 job, quint64 connection, SendJobInfo::Kind kind);
    void tick(quint64 job);
    void report();

    ChannelLookup m_lookup;
    QHash<quint64, std::shared_ptr<State>> m_jobs;
    QTimer *m_report;
};

} // namespace acw
