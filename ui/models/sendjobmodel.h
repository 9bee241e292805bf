#pragma once

#include "engine/sendjob.h"

#include <QHash>
#include <QObject>
#include <QVector>

namespace acw {

// The send jobs (repeat, file) the window started (Workbench::startRepeat, sendFile), as
// Engine::sendJobUpdated reports them. Finished jobs stay until the next job on their
// connection starts, so their end is seen.
class SendJobModel : public QObject
{
    Q_OBJECT
public:
    explicit SendJobModel(QObject *parent = nullptr) : QObject(parent) { }

    // A job just given to the engine; total: messages (-1: until stopped) or file bytes.
    void started(
        quint64 job, quint64 connection, SendJobInfo::Kind kind, qint64 total, const QString &text);
    void update(const SendJobInfo &info); // Engine::sendJobUpdated

    QVector<SendJobInfo> jobs(quint64 connection) const; // oldest first
    const SendJobInfo *job(quint64 id) const;
    int runningCount(quint64 connection) const;

signals:
    void changed(quint64 connection);

private:
    QHash<quint64, SendJobInfo> m_jobs;
};

} // namespace acw
