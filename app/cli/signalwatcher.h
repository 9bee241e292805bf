#pragma once

#include <QObject>

class QSocketNotifier;

namespace acw::cli {

// Turns SIGINT and SIGTERM into a Qt signal (the self-pipe trick): the handler only writes
// one byte; the event loop reads it and emits received().
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void received(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace acw::cli
