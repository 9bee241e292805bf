#pragma once
// Shared by the soak tests (tests/app/soak, tests/ui/soak): per-second samples of a
// process's resident memory and open descriptors, and the "no growth after warm-up" rule.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <algorithm>

namespace acwsoak {

// Seconds of load: ACW_SOAK_SECONDS for a longer run by hand.
inline int soakSeconds(int defaultSeconds)
{
    bool ok = false;
    const int s = qEnvironmentVariableIntValue("ACW_SOAK_SECONDS", &ok);
    return ok && s >= 30 ? s : defaultSeconds;
}

inline qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline int openFds(qint64 pid)
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid))
                   .entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files)
                   .size());
}

struct Series
{
    QString name;
    QList<qint64> rss; // KiB, one per second
    QList<int> fds;

    void sample(qint64 pid)
    {
        rss << rssKiB(pid);
        fds << openFds(pid);
    }
    template<class T> static T maxOf(const QList<T> &v, qsizetype from, qsizetype to)
    {
        T m = 0;
        for (qsizetype i = qMax<qsizetype>(0, from); i < qMin(to, v.size()); ++i)
            m = std::max(m, v.at(i));
        return m;
    }
    // After warm-up, the last quarter of the run peaks no higher than the second quarter
    // did, beyond noise (a few MiB of allocator slack, a few descriptors in flight).
    QString growth(qint64 rssNoiseKiB, int fdNoise) const
    {
        const qsizetype n = rss.size();
        if (n < 8)
            return QStringLiteral("%1: too few samples (%2)").arg(name).arg(n);
        const qint64 rssMid = maxOf(rss, n / 4, n / 2);
        const qint64 rssEnd = maxOf(rss, n - n / 4, n);
        const int fdMid = maxOf(fds, n / 4, n / 2);
        const int fdEnd = maxOf(fds, n - n / 4, n);
        QString problems;
        if (rssEnd > rssMid + rssNoiseKiB)
            problems += QStringLiteral("%1: RSS grew from %2 to %3 KiB; ")
                            .arg(name)
                            .arg(rssMid)
                            .arg(rssEnd);
        if (fdEnd > fdMid + fdNoise)
            problems += QStringLiteral("%1: descriptors grew from %2 to %3; ")
                            .arg(name)
                            .arg(fdMid)
                            .arg(fdEnd);
        return problems;
    }
    QString summary() const
    {
        const qsizetype n = rss.size();
        return QStringLiteral("%1: %2 samples; RSS KiB first %3, peak after warm-up %4, last %5; "
                              "fds first %6, peak %7, last %8")
            .arg(name)
            .arg(n)
            .arg(rss.value(0))
            .arg(maxOf(rss, n / 4, n))
            .arg(rss.value(n - 1))
            .arg(fds.value(0))
            .arg(maxOf(fds, 0, n))
            .arg(fds.value(n - 1));
    }
};

// The load generator's verdict for one target: a probe answered within 1 s every second.
inline QString probeProblems(const QJsonObject &target, const QString &name)
{
    QString problems;
    const int probes = target.value(QLatin1String("probes")).toInt();
    if (probes < 5)
        problems += QStringLiteral("%1: only %2 probes; ").arg(name).arg(probes);
    if (target.value(QLatin1String("probe_late_or_failed")).toInt() > 0)
        problems += QStringLiteral("%1: %2 probes late or failed; ")
                        .arg(name)
                        .arg(target.value(QLatin1String("probe_late_or_failed")).toInt());
    if (target.value(QLatin1String("good_ok")).toInt() < probes)
        problems += QStringLiteral("%1: few good exchanges; ").arg(name);
    return problems;
}

} // namespace acwsoak
