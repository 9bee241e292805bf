#include "models/sendjobmodel.h"

#include "engine/engine.h"

#include <QFileInfo>
#include <algorithm>

namespace acw {

SendJobModel::SendJobModel(Engine *engine, QObject *parent) : QObject(parent), m_engine(engine)
{
    connect(engine, &Engine::sendJobUpdated, this, &SendJobModel::update);
}

void SendJobModel::started(
    quint64 job, quint64 connection, SendJobInfo::Kind kind, qint64 total, const QString &text)
{
    // The ended jobs of this connection make room for the new one.
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (it->connection == connection && it->state != SendJobInfo::State::Running)
            it = m_jobs.erase(it);
        else
            ++it;
    }
    SendJobInfo info;
    info.id = job;
    info.connection = connection;
    info.kind = kind;
    info.total = total;
    info.text = text;
    m_jobs.insert(job, info);
    emit changed(connection);
}

quint64 SendJobModel::startRepeat(
    quint64 connection, const QByteArray &message, qint64 count, int intervalMs)
{
    const quint64 job = m_engine->startRepeat(connection, message, count, intervalMs);
    started(job, connection, SendJobInfo::Kind::Repeat, count > 0 ? count : -1, QString());
    return job;
}

quint64 SendJobModel::sendFile(quint64 connection, const QString &path)
{
    const quint64 job = m_engine->sendFile(connection, path);
    started(job, connection, SendJobInfo::Kind::File, QFileInfo(path).size(), path);
    return job;
}

void SendJobModel::stop(quint64 job)
{
    m_engine->stopSendJob(job);
}

void SendJobModel::update(const SendJobInfo &info)
{
    if (!m_jobs.contains(info.id))
        return; // a job of another window's engine, or one already made room for
    m_jobs[info.id] = info;
    emit changed(info.connection);
}

QVector<SendJobInfo> SendJobModel::jobs(quint64 connection) const
{
    QVector<SendJobInfo> list;
    for (const SendJobInfo &info : m_jobs) {
        if (info.connection == connection)
            list.append(info);
    }
    std::sort(list.begin(), list.end(),
        [](const SendJobInfo &a, const SendJobInfo &b) { return a.id < b.id; });
    return list;
}

const SendJobInfo *SendJobModel::job(quint64 id) const
{
    auto it = m_jobs.constFind(id);
    return it == m_jobs.cend() ? nullptr : &*it;
}

int SendJobModel::runningCount(quint64 connection) const
{
    int n = 0;
    for (const SendJobInfo &info : m_jobs)
        n += info.connection == connection && info.state == SendJobInfo::State::Running;
    return n;
}

} // namespace acw
