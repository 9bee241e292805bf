#pragma once

#include "engine/sendjob.h"

#include <QHash>
#include <QObject>
#include <QVector>

namespace acw {

class Engine;

// The send jobs (repeat, file) the window started, as Engine::sendJobUpdated reports them.
// Finished jobs stay until the next job on their connection starts, so their end is seen.
class SendJobModel : public QObject
{
    Q_OBJECT
public:
    explicit SendJobModel(Engine *engine, QObject *parent = nullptr);

    quint64 startRepeat(
        quint64 connection, const QByteArray &message, qint64 count, int intervalMs);
    quint64 sendFile(quint64 connection, const QString &path);
    void stop(quint64 job);

    QVector<SendJobInfo> jobs(quint64 connection) const; // oldest first
    const SendJobInfo *job(quint64 id) const;
    int runningCount(quint64 connection) const;

signals:
    void changed(quint64 connection);

private:
    void started(
        quint64 job, quint64 connection, SendJobInfo::Kind kind, qint64 total, const QString &text);
    void update(const SendJobInfo &info);

    Engine *m_engine;
    QHash<quint64, SendJobInfo> m_jobs;
};

} // namespace acw
