#pragma once

#include "engine/engineevents.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QVector>
#include <memory>

class QIODevice;

namespace acw {

// The event timeline: a ring of the last cap() engine events (oldest dropped first). Each
// keeps its payload (chunk or push bytes) for the exports, within a byte budget: past it the
// oldest payloads are cut to a short head. Rows show one abbreviated line, decoded by the
// current text encoding; the exports carry the whole payload. One removal and one insertion
// per batch.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Connection, EventType, Size, Summary, ColumnCount };
    enum Role { ConnectionRole = Qt::UserRole, TypeRole, TimeRole };

    struct Entry
    {
        qint64 timeUs = 0;
        quint64 connection = 0;
        int server = 0;
        EngineEvent::Type type = EngineEvent::Type::Chunk;
        qint64 size = 0;
        qint64 offset = 0;
        quint64 index = 0;
        int code = 0;
        bool rearm = false;
        QString text;
        QByteArray data; // the payload, or its head once past the budget
        bool dataCut = false; // data holds less than the engine captured
        // Errors, closes with a reason, server events: the engine's values, worded when
        // shown (so a language switch re-words them). Null for the data path's events.
        struct Values
        {
            ChannelFault fault;
            ServerFault serverFault;
            QStringList addresses;
        };
        std::shared_ptr<const Values> values;
    };

    explicit TimelineModel(QObject *parent = nullptr);

    // --- Feeding ---
    void appendEvents(const QVector<acw::EngineEvent> &events);
    void clear();
    void setCap(int entries);
    int cap() const { return m_cap; }
    quint64 droppedTotal() const { return m_dropped; }

    // --- Reading ---
    const Entry &entryAt(int row) const { return m_ring.at((m_head + row) % m_cap); }
    static QString typeName(EngineEvent::Type type); // translated
    static QString typeKey(EngineEvent::Type type); // stable, for JSON
    static QString timeText(qint64 timeUs); // local time, to the microsecond
    // maxChars < 0: the whole payload (exports); else one line cut with an ellipsis.
    static QString summarize(const Entry &entry, int maxChars = 60);
    static QString summarize(const EngineEvent &event, int maxChars = 60)
    {
        return summarize(entryOf(event), maxChars);
    }
    static Entry entryOf(const EngineEvent &event);
    QString summaryAt(int row) const { return summarize(entryAt(row)); }
    void setPayloadBudget(qint64 bytes) { m_payloadBudget = bytes; }
    qint64 payloadBytes() const { return m_payloadBytes; }
    // The text encoding changed: the rows' details are decoded again.
    void refreshTexts();
    static constexpr int typeCount = int(EngineEvent::Type::Dropped) + 1;

    // --- Export (rows in model order) ---
    void writeText(QIODevice *device, const QVector<int> &rows) const;
    void writeJsonLines(QIODevice *device, const QVector<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Entry> m_ring;
    int m_head = 0; // index of the oldest entry
    int m_count = 0;
    int m_cap = 100000;
    quint64 m_dropped = 0;
    qint64 m_payloadBudget = 32 * 1024 * 1024;
    qint64 m_payloadBytes = 0;
    int m_cutCursor = 0; // rows before it (from the oldest) have had their payload cut
    void cutPayloads();
};

// Filters the timeline by connection and by event type (and by text, through the base
// class's filter string on the summary column).
class TimelineFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TimelineFilterModel(QObject *parent = nullptr);
    void setConnection(quint64 id); // 0: all
    quint64 connection() const { return m_connection; }
    void setTypeEnabled(EngineEvent::Type type, bool enabled);
    bool isTypeEnabled(EngineEvent::Type type) const { return m_types & (1u << int(type)); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    quint64 m_connection = 0;
    quint32 m_types = ~0u;
};

} // namespace acw
