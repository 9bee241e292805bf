#pragma once

// Shared test fixture (tests/common): everything an Engine reports, in arrival order, for
// the engine, relay and window tests that check the engine's side of what they drive.

#include "engine/engine.h"

#include <QHash>
#include <QObject>
#include <QTest>
#include <QVector>
#include <algorithm>

namespace acwtest {

class EngineRecorder : public QObject
{
public:
    using Type = acw::EngineEvent::Type;

    explicit EngineRecorder(acw::Engine *engine)
    {
        using namespace acw;
        connect(engine, &Engine::eventsReady, this, [this](const QVector<EngineEvent> &batch) {
            ++batches;
            maxBatch = qMax(maxBatch, int(batch.size()));
            events += batch;
        });
        connect(engine, &Engine::connectionsUpdated, this,
            [this](const QVector<ConnectionInfo> &changed) {
                ++connectionUpdates;
                for (const ConnectionInfo &info : changed)
                    connections[info.id] = info;
            });
        connect(engine, &Engine::serversUpdated, this, [this](const QVector<ServerInfo> &list) {
            for (const ServerInfo &info : list)
                servers[info.id] = info;
        });
        connect(engine, &Engine::inspectionReady, this,
            [this](const ConnectionInspection &inspection) { inspections += inspection; });
    }

    // The events of one connection.
    QVector<acw::EngineEvent> of(quint64 connection) const
    {
        QVector<acw::EngineEvent> result;
        for (const acw::EngineEvent &event : events) {
            if (event.connection == connection)
                result += event;
        }
        return result;
    }
    // The events of one type.
    QVector<acw::EngineEvent> all(Type type) const
    {
        QVector<acw::EngineEvent> result;
        for (const acw::EngineEvent &event : events) {
            if (event.type == type)
                result += event;
        }
        return result;
    }
    const acw::EngineEvent *first(Type type, quint64 connection = 0) const
    {
        for (const acw::EngineEvent &event : events) {
            if (event.type == type && (connection == 0 || event.connection == connection))
                return &event;
        }
        return nullptr;
    }
    const acw::EngineEvent *last(Type type) const
    {
        for (auto it = events.crbegin(); it != events.crend(); ++it) {
            if (it->type == type)
                return &*it;
        }
        return nullptr;
    }
    int count(Type type) const
    {
        return int(std::count_if(events.begin(), events.end(),
            [type](const acw::EngineEvent &e) { return e.type == type; }));
    }

    // Waits until the server (or relay) `id` listens; its port, 0 if it did not in time.
    quint16 listeningPort(int id, int timeoutMs = 10000) const
    {
        (void)QTest::qWaitFor([&] { return servers.value(id).port != 0; }, timeoutMs);
        return servers.value(id).port;
    }

    QVector<acw::EngineEvent> events;
    int batches = 0;
    int maxBatch = 0;
    int connectionUpdates = 0;
    QHash<quint64, acw::ConnectionInfo> connections;
    QHash<int, acw::ServerInfo> servers;
    QVector<acw::ConnectionInspection> inspections;
};

} // namespace acwtest
