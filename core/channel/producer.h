#pragma once

#include <QByteArray>
#include <QString>

namespace acw {

// asynchat's producer protocol (R41): more() returns the next piece, empty when done.
class Producer
{
public:
    virtual ~Producer() = default;
    virtual QByteArray more() = 0;
    // Bytes still to come, or -1 if unknown (shown in the output inspector).
    virtual qint64 remaining() const { return -1; }
    virtual QString describe() const { return QStringLiteral("producer"); }
};

// asynchat.simple_producer (R48): hands out data in bufferSize pieces.
class SimpleProducer : public Producer
{
public:
    explicit SimpleProducer(QByteArray data, qsizetype bufferSize = 512)
        : m_data(std::move(data)), m_bufferSize(bufferSize > 0 ? bufferSize : 512)
    {
    }
    QByteArray more() override
    {
        if (m_offset >= m_data.size())
            return QByteArray();
        const qsizetype n = std::min(m_bufferSize, m_data.size() - m_offset);
        QByteArray piece = m_data.mid(m_offset, n);
        m_offset += n;
        return piece;
    }
    qint64 remaining() const override { return m_data.size() - m_offset; }
    QString describe() const override { return QStringLiteral("simple_producer"); }

private:
    QByteArray m_data;
    qsizetype m_bufferSize;
    qsizetype m_offset = 0;
};

} // namespace acw
