#include "models/sendjobmodel.h"

#include <algorithm>

namespace acw {

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

void SendJobModel::update(const SendJobInfo &info)
{
    if (!m_jobs.contains(info.id))
        return; // a job already made room for
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
