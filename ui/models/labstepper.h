#pragma once

#include "framing/scriptedframer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace acw {

// The Framing Lab's stepper over a scripted framer's trace: steps by event or by read,
// their explanation in words, and the byte view with reads, frames and the current step
// marked. Pure; the state at a step is the trace's record, so going back shows exactly
// what going forward showed.
class LabStepper
{
public:
    enum class Granularity { Event, Read };

    void setRun(const QByteArray &input, const FramingOutcome &outcome);
    void setGranularity(Granularity granularity);
    Granularity granularity() const { return m_granularity; }

    int stepCount() const { return int(m_steps.size()); }
    // The trace events a step covers, [first, last].
    int firstEvent(int step) const { return m_steps.value(step).first; }
    int lastEvent(int step) const { return m_steps.value(step).second; }
    const FramingOutcome &outcome() const { return m_outcome; }

    // What happened in the step, one paragraph per event (translated, plain text).
    QString describe(int step) const;
    // The state after the step: frames so far, collected, held back, terminator.
    QString stateText(int step) const;
    // The stream as HTML: reads shaded in turn, consumed terminators bold, frame ends as a
    // red bar, held-back bytes orange, bytes not yet read grey, the step highlighted and
    // where its search looked underlined. Shows the first maxBytes bytes.
    QString html(int step, bool hex, qint64 maxBytes = 8192) const;

    static QString describeEvent(const TraceEvent &event, const QByteArray &input);

private:
    QByteArray m_input;
    FramingOutcome m_outcome;
    Granularity m_granularity = Granularity::Event;
    QList<QPair<int, int>> m_steps;
};

} // namespace acw
