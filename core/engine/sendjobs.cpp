#include "engine/sendjobs.h"

#include "channel/asyncchat.h"
#include "channel/producer.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

namespace acw {

namespace {
constexpr qint64 kPieceBytes = 64 * 1024; // what a producer hands out per more()
constexpr int kReportMs = 100;
} // namespace

struct SendJobs::State
{
    SendJobInfo info;
    bool changed = true;
    bool ended() const { return info.state != SendJobInfo::State::Running; }
    void end(SendJobInfo::State state, const QString &why = QString())
    {
        if (ended())
            return;
        info.state = state;
        if (!why.isEmpty())
            info.text = why;
        changed = true;
    }
    QByteArray message; // Repeat
    QTimer *timer = nullptr; // Repeat with an interval
    QPointer<AsyncChat> channel;
};

namespace {

// Ends its job as stopped if the queue drops it before it is done (the connection closed).
class JobProducer : public Producer
{
public:
    explicit JobProducer(std::shared_ptr<SendJobs::State> state) : m_state(std::move(state)) { }
    ~JobProducer() override
    {
        m_state->end(SendJobInfo::State::Stopped, QStringLiteral("connection closed"));
    }
    qint64 remaining() const override
    {
        const SendJobInfo &i = m_state->info;
        return i.total < 0 ? -1 : i.total - i.done;
    }

protected:
    std::shared_ptr<SendJobs::State> m_state;
};

// The message, again and again: up to 64 KiB of copies per more().
class RepeatProducer final : public JobProducer
{
public:
    using JobProducer::JobProducer;
    QByteArray more() override
    {
        SendJobInfo &i = m_state->info;
        if (m_state->ended())
            return QByteArray();
        if (i.total >= 0 && i.done >= i.total) {
            m_state->end(SendJobInfo::State::Done);
            return QByteArray();
        }
        const QByteArray &message = m_state->message;
        qint64 copies = qMax<qint64>(1, kPieceBytes / message.size());
        if (i.total >= 0)
            copies = qMin(copies, i.total - i.done);
        QByteArray piece;
        piece.reserve(message.size() * copies);
        for (qint64 k = 0; k < copies; ++k)
            piece += message;
        i.done += copies;
        m_state->changed = true;
        return piece;
    }
    qint64 remaining() const override
    {
        const SendJobInfo &i = m_state->info;
        return i.total < 0 ? -1 : (i.total - i.done) * m_state->message.size();
    }
    QString describe() const override { return QStringLiteral("repeat"); }
};

class FileProducer final : public JobProducer
{
public:
    FileProducer(std::shared_ptr<SendJobs::State> state, std::unique_ptr<QFile> file)
        : JobProducer(std::move(state)), m_file(std::move(file))
    {
    }
    QByteArray more() override
    {
        if (m_state->ended())
            return QByteArray();
        const QByteArray piece = m_file->read(kPieceBytes);
        if (piece.isEmpty()) {
            if (m_file->error() != QFileDevice::NoError)
                m_state->end(SendJobInfo::State::Failed, m_file->errorString());
            else
                m_state->end(SendJobInfo::State::Done);
            m_file->close();
            return QByteArray();
        }
        m_state->info.done += piece.size();
        m_state->changed = true;
        return piece;
    }
    QString describe() const override
    {
        return QStringLiteral("file %1").arg(QFileInfo(m_state->info.text).fileName());
    }

private:
    std::unique_ptr<QFile> m_file;
};

} // namespace

SendJobs::SendJobs(ChannelLookup lookup, QObject *parent)
    : QObject(parent), m_lookup(std::move(lookup)), m_report(new QTimer(this))
{
    m_report->setInterval(kReportMs);
    connect(m_report, &QTimer::timeout, this, &SendJobs::report);
}

SendJobs::~SendJobs() = default;

std::shared_ptr<SendJobs::State> SendJobs::add(
    quint64 job, quint64 connection, SendJobInfo::Kind kind)
{
    auto state = std::make_shared<State>();
    state->info.id = job;
    state->info.connection = connection;
    state->info.kind = kind;
    m_jobs.insert(job, state);
    if (!m_report->isActive())
        m_report->start();
    AsyncChat *channel = m_lookup(connection);
    if (!channel || channel->state() == AsyncChat::State::Closed
        || channel->state() == AsyncChat::State::Closing) {
        state->end(
            SendJobInfo::State::Failed, QStringLiteral("no open connection #%1").arg(connection));
        return state;
    }
    state->channel = channel;
    // A timer job has no producer to be dropped with the queue: the close ends it.
    connect(channel, &AsyncChat::closed, this, [this, job] {
        if (auto s = m_jobs.value(job)) {
            s->end(SendJobInfo::State::Stopped, QStringLiteral("connection closed"));
            report();
        }
    });
    return state;
}

void SendJobs::startRepeat(
    quint64 job, quint64 connection, const QByteArray &message, qint64 count, int intervalMs)
{
    auto state = add(job, connection, SendJobInfo::Kind::Repeat);
    state->info.total = count > 0 ? count : -1;
    state->message = message;
    if (state->ended())
        return report();
    if (message.isEmpty()) {
        state->end(SendJobInfo::State::Failed, QStringLiteral("empty message"));
        return report();
    }
    if (intervalMs <= 0) {
        state->channel->pushWithProducer(std::make_unique<RepeatProducer>(state));
        return;
    }
    state->timer = new QTimer(this);
    state->timer->setInterval(intervalMs);
    connect(state->timer, &QTimer::timeout, this, [this, job] { tick(job); });
    state->timer->start();
    tick(job); // the first one at once
}

void SendJobs::tick(quint64 job)
{
    const std::shared_ptr<State> state = m_jobs.value(job);
    if (!state || state->ended())
        return;
    AsyncChat *channel = state->channel;
    if (!channel || channel->state() != AsyncChat::State::Connected) {
        state->end(SendJobInfo::State::Stopped, QStringLiteral("connection closed"));
        return report();
    }
    // Never faster than the socket drains: wait while more than the low watermark is owed.
    if (channel->counters().queuedBytes >= channel->lowWriteWatermark()) {
        ++state->info.waits;
        state->changed = true;
        return;
    }
    channel->push(state->message);
    ++state->info.done;
    state->changed = true;
    if (state->info.total >= 0 && state->info.done >= state->info.total) {
        state->end(SendJobInfo::State::Done);
        report();
    }
}

void SendJobs::startFile(quint64 job, quint64 connection, const QString &path)
{
    auto state = add(job, connection, SendJobInfo::Kind::File);
    state->info.text = path;
    if (state->ended())
        return report();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        state->end(SendJobInfo::State::Failed, file->errorString());
        return report();
    }
    state->info.total = file->size();
    state->channel->pushWithProducer(std::make_unique<FileProducer>(state, std::move(file)));
}

void SendJobs::stop(quint64 job)
{
    if (const std::shared_ptr<State> state = m_jobs.value(job)) {
        // A producer still queued sees this on its next more() and hands out nothing more.
        state->end(SendJobInfo::State::Stopped, QStringLiteral("stopped"));
        report();
    }
}

void SendJobs::report()
{
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        State &state = **it;
        if (state.changed) {
            state.changed = false;
            emit updated(state.info);
        }
        if (state.ended()) {
            delete state.timer;
            state.timer = nullptr;
            it = m_jobs.erase(it); // a producer still queued keeps its state alive
        } else {
            ++it;
        }
    }
    if (m_jobs.isEmpty())
        m_report->stop();
}

} // namespace acw
