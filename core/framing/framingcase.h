#pragma once

#include "framing/scriptedframer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace acw {

// A framing case: a stream, how to frame it, and what must come out. The JSON file that
// `frame --expect` replays, `frame --save-case` writes and the Framing Lab exports and
// opens. The format is documented in docs/lab-case-format.md and is stable: teachers
// write these files by hand.
struct FramingCase
{
    struct Frame
    {
        QByteArray data;
        std::optional<Terminator> terminator; // checked when given
    };

    QByteArray input;
    FramingSetup setup;
    bool hasExpect = false;
    QList<Frame> frames;
    std::optional<QByteArray> pending; // each checked when given
    std::optional<QByteArray> heldBack;
    std::optional<Terminator> terminator;
    std::optional<bool> tooLong;
    QJsonObject extra; // keys this version does not know, kept when saved again

    // Reads a case file; false with the reason (key and problem) when it is malformed.
    static bool fromJson(const QByteArray &json, FramingCase *out, QString *error);
    // The file, keys in the documented order, one frame a line.
    QByteArray toJson() const;
    // Sets the expectation to what a run produced (every key).
    void expectOutcome(const FramingOutcome &outcome);
    // Frames the input under the setup.
    FramingOutcome run() const { return ScriptedFramer::run(input, setup); }
    // What differs between the expectation and an outcome, one readable line each; empty
    // when they agree.
    QStringList diff(const FramingOutcome &outcome) const;
};

} // namespace acw
