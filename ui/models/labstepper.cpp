#include "models/labstepper.h"

#include "models/bytesformat.h"

#include <QCoreApplication>
#include <QStringList>

namespace acw {

namespace {

QString quoted(const QByteArray &bytes)
{
    return QLatin1Char('"') + bytesformat::preview(bytes, 60) + QLatin1Char('"');
}

QString range(qint64 from, qint64 to)
{
    return to - from <= 1 ? QString::number(from) : QStringLiteral("%1–%2").arg(from).arg(to - 1);
}

} // namespace

void LabStepper::setRun(const QByteArray &input, const FramingOutcome &outcome)
{
    m_input = input;
    m_outcome = outcome;
    setGranularity(m_granularity);
}

void LabStepper::setGranularity(Granularity granularity)
{
    m_granularity = granularity;
    m_steps.clear();
    const QList<TraceEvent> &trace = m_outcome.trace;
    for (int i = 0; i < trace.size(); ++i) {
        const bool startsStep = granularity == Granularity::Event || m_steps.isEmpty()
                                || trace.at(i).kind == TraceEvent::Kind::Read
                                || trace.at(i).kind == TraceEvent::Kind::SetTerminator
                                || trace.at(i - 1).kind == TraceEvent::Kind::SetTerminator;
        if (startsStep)
            m_steps.append({ i, i });
        else
            m_steps.last().second = i;
    }
}

QString LabStepper::describeEvent(const TraceEvent &e, const QByteArray &input)
{
    const QString term = e.terminator.toSpec();
    switch (e.kind) {
    case TraceEvent::Kind::Read: {
        QString text = QCoreApplication::translate(
            "LabStepper", "Read %1 brings %n byte(s) at %2: %3.", nullptr, int(e.to - e.from))
                           .arg(e.read)
                           .arg(range(e.from, e.to), quoted(input.mid(e.from, e.to - e.from)));
        if (e.bufferFrom < e.from)
            text += QLatin1Char(' ')
                    + QCoreApplication::translate("LabStepper",
                        "The %n byte(s) held back after the last read come first: the framer "
                        "searches %1.",
                        nullptr, int(e.from - e.bufferFrom))
                          .arg(quoted(input.mid(e.bufferFrom, e.to - e.bufferFrom)));
        return text;
    }
    case TraceEvent::Kind::Collect: {
        QString text = QCoreApplication::translate("LabStepper",
            "collectIncomingData() receives %1 (%n byte(s), at %2) for frame %3.", nullptr,
            int(e.received.size()))
                           .arg(quoted(e.received), range(e.from, e.to))
                           .arg(e.frame);
        if (e.terminator.isCount() && e.after.isCount())
            text += QLatin1Char(' ')
                    + QCoreApplication::translate("LabStepper", "The count wants %n more byte(s).",
                        nullptr, int(e.after.countValue()));
        else if (e.terminator.isNone())
            text += QLatin1Char(' ')
                    + QCoreApplication::translate("LabStepper",
                        "The terminator is none: everything is collected, no frame ends.");
        return text;
    }
    case TraceEvent::Kind::Frame: {
        QString text;
        if (e.terminator.isBytes())
            text = QCoreApplication::translate(
                "LabStepper", "The search for %1 looked at %2 and matched at %3.")
                       .arg(term, range(e.searchFrom, e.searchTo), range(e.from, e.to));
        else
            text = QCoreApplication::translate("LabStepper", "The count %1 is reached.").arg(term);
        text += QLatin1Char(' ')
                + QCoreApplication::translate("LabStepper",
                    "foundTerminator(): frame %1 = %2 (%n byte(s)).", nullptr,
                    int(e.received.size()))
                      .arg(e.frame)
                      .arg(quoted(e.received));
        if (e.next != e.terminator || e.next.isCount())
            text += QLatin1Char(' ')
                    + QCoreApplication::translate(
                        "LabStepper", "The handler sets the next terminator: %1.")
                          .arg(e.after.toSpec());
        if (e.after.isNone() && e.terminator.isCount() && e.next.isNone())
            text += QLatin1Char(' ')
                    + QCoreApplication::translate(
                        "LabStepper", "Nothing re-armed the count: the terminator is now none.");
        return text;
    }
    case TraceEvent::Kind::HeldBack:
        return QCoreApplication::translate("LabStepper",
            "No %1 at %2. The last %n byte(s) %3 are the start of %1: they are held "
            "back, not delivered, until the next read shows what follows.",
            nullptr, int(e.to - e.from))
            .arg(term, range(e.searchFrom, e.searchTo), quoted(e.heldBack));
    case TraceEvent::Kind::SetTerminator:
        return QCoreApplication::translate("LabStepper",
            "After %1 bytes the terminator is set to %2 from outside a callback (a live "
            "change, between two reads). Collected bytes stay collected; held-back bytes "
            "are searched again under the new terminator with the next read.")
            .arg(e.from)
            .arg(e.next.toSpec());
    case TraceEvent::Kind::TooLong:
        return QCoreApplication::translate("LabStepper",
            "Frame %1 passed the maximum frame size: framing stops (a server closes the "
            "connection).")
            .arg(e.frame);
    }
    return QString();
}

QString LabStepper::describe(int step) const
{
    if (step < 0 || step >= m_steps.size())
        return QString();
    QStringList parts;
    for (int i = m_steps.at(step).first; i <= m_steps.at(step).second; ++i)
        parts << describeEvent(m_outcome.trace.at(i), m_input);
    return parts.join(QLatin1Char('\n'));
}

QString LabStepper::stateText(int step) const
{
    if (step < 0 || step >= m_steps.size())
        return QString();
    const TraceEvent &e = m_outcome.trace.at(m_steps.at(step).second);
    const QString nothing = QCoreApplication::translate("LabStepper", "nothing");
    return QCoreApplication::translate("LabStepper",
        "Now: %n frame(s); collected (pending): %1; held back: %2; terminator: %3.", nullptr,
        int(e.frames))
        .arg(e.pending.isEmpty() ? nothing : quoted(e.pending),
            e.heldBack.isEmpty() ? nothing : quoted(e.heldBack), e.after.toSpec());
}

QString LabStepper::html(int step, bool hex, qint64 maxBytes) const
{
    const qint64 n = std::min<qint64>(m_input.size(), maxBytes);
    const QList<TraceEvent> &trace = m_outcome.trace;
    const int last
        = step >= 0 && step < m_steps.size() ? m_steps.at(step).second : int(trace.size()) - 1;
    const int first = step >= 0 && step < m_steps.size() ? m_steps.at(step).first : last + 1;
    QList<int> readOf(n, -1);
    QList<bool> term(n, false), current(n, false), searched(n, false), held(n, false);
    QList<bool> frameEnd(n + 1, false);
    qint64 arrived = 0;
    for (int i = 0; i <= last && i < trace.size(); ++i) {
        const TraceEvent &e = trace.at(i);
        const qint64 from = std::min(e.from, n), to = std::min(e.to, n);
        if (e.kind == TraceEvent::Kind::Read) {
            for (qint64 b = from; b < to; ++b)
                readOf[b] = e.read;
            arrived = e.to;
        } else if (e.kind == TraceEvent::Kind::Frame) {
            for (qint64 b = from; b < to; ++b)
                term[b] = true;
            if (e.to >= 0 && e.to <= n)
                frameEnd[e.to] = true;
        }
        if (i >= first) {
            for (qint64 b = std::max<qint64>(from, 0); b < to; ++b)
                current[b] = true;
            for (qint64 b = std::max<qint64>(e.searchFrom, 0); b < std::min(e.searchTo, n); ++b)
                searched[b] = true;
        }
    }
    if (last >= 0 && last < trace.size()) {
        const QByteArray &h = trace.at(last).heldBack;
        for (qint64 b = std::max<qint64>(0, arrived - h.size()); b < std::min(arrived, n); ++b)
            held[b] = true;
    }
    QString out = QStringLiteral("<div style=\"font-family: monospace; white-space: pre-wrap;\">");
    for (qint64 b = 0; b < n; ++b) {
        if (frameEnd[b])
            out += QStringLiteral("<span style=\"color:#d00000; font-weight:bold;\">|</span>");
        const uchar c = uchar(m_input.at(b));
        QString glyph = hex ? QStringLiteral("%1 ").arg(c, 2, 16, QLatin1Char('0')).toUpper()
                            : Terminator::escape(QByteArray(1, char(c))).toHtmlEscaped();
        QString bg = readOf[b] < 0
                         ? QString()
                         : (readOf[b] % 2 ? QStringLiteral("#e4eefc") : QStringLiteral("#fdf0d8"));
        if (current[b])
            bg = QStringLiteral("#fff25a");
        if (held[b])
            bg = QStringLiteral("#ffb347"); // held back wins: it is what the step is about
        QString style;
        if (!bg.isEmpty())
            style += QStringLiteral("background-color:%1;").arg(bg);
        if (readOf[b] < 0)
            style += QStringLiteral("color:#a0a0a0;");
        else if (term[b])
            style += QStringLiteral("color:#1040c0; font-weight:bold;");
        if (searched[b])
            style += QStringLiteral("text-decoration:underline;");
        out += QStringLiteral("<span style=\"%1\">%2</span>").arg(style, glyph);
        if ((hex && b % 16 == 15) || (!hex && c == '\n'))
            out += QStringLiteral("<br>");
    }
    if (frameEnd[n])
        out += QStringLiteral("<span style=\"color:#d00000; font-weight:bold;\">|</span>");
    if (n < m_input.size())
        out += QStringLiteral(" …");
    out += QStringLiteral("</div>");
    return out;
}

} // namespace acw
