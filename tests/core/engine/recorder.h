#pragma once

#include "engine/engine.h"

#include <QHash>
#include <QObject>
#include <QVector>
#include <algorithm>

namespace acw::test {

// Collects everything an Engine reports, in arrival order.
class Recorder : public QObject
{
public:
    using Type = EngineEvent::Type;

    explicit Recorder(Engine *engine)
    {
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

    QVector<EngineEvent> of(quint64 connection) const
    {
        QVector<EngineEvent> result;
        for (const EngineEvent &event : events) {
            if (event.connection == connection)
                result += event;
        }
        return result;
    }
    const EngineEvent *first(Type type, quint64 connection = 0) const
    {
        for (const EngineEvent &event : events) {
            if (event.type == type && (connection == 0 || event.connection == connection))
                return &event;
        }
        return nullptr;
    }
    int count(Type type) const
    {
        return int(std::count_if(
            events.begin(), events.end(), [type](const EngineEvent &e) { return e.type == type; }));
    }

    QVector<EngineEvent> events;
    int batches = 0;
    int maxBatch = 0;
    int connectionUpdates = 0;
    QHash<quint64, ConnectionInfo> connections;
    QHash<int, ServerInfo> servers;
    QVector<ConnectionInspection> inspections;
};

} // namespace acw::test
