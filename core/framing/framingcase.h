#pragma once

#include "framing/scriptedframer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace acw {

// Why a case file cannot be read (FramingCase::fromJson): a value; messages::caseError
// words it. `where` is the place in the file ("chunks[2]", "expect.frames[0]"; empty: the
// top level): data, as the file spells it.
struct CaseError
{
    enum class Kind {
        None,
        NotJson, // detail: Qt's words (QJsonParseError); number: the offset
        NotAnObject, // the file is JSON but not one object
        NotWholeNumber, // number: the smallest allowed
        NotTerminatorText, // a terminator spec must be a string
        BadTerminator, // text: the spec; terminatorError: why
        BothKeys, // key and other: the two spellings of one value
        MissingKey, // key
        NotText, // key: its value must be a string
        NotHexDigit, // key
        OddHexDigits, // key
        BadEscape, // key
        NotReadSizes, // chunks is not a list
        NotTerminatorList, // terminators is not a list
        NotChangePair, // a set_at entry is not [BYTES, "SPEC"]
        NotChangeList, // set_at is not a list
        NotTrueOrFalse,
        NotFrameList, // expect.frames is not a list
        NotFrameObject, // an expected frame is not an object
        NotExpectObject, // expect is not an object
        BadSetup, // setup: the setup cannot run
    };
    Kind kind = Kind::None;
    QString where;
    QString key;
    QString other;
    QString text;
    QString detail;
    Terminator::ParseError terminatorError = Terminator::ParseError::NoError;
    qint64 number = 0;
    SetupProblem setup;
    bool isNone() const { return kind == Kind::None; }
    static CaseError of(Kind kind, const QString &where = QString(), const QString &key = QString(),
        const QString &other = QString())
    {
        CaseError e;
        e.kind = kind;
        e.where = where;
        e.key = key;
        e.other = other;
        return e;
    }
};

// One way an outcome differs from a case's expectation (FramingCase::diff): a value;
// messages::caseDifference words it.
struct CaseDifference
{
    enum class Kind {
        FrameCount, // expectedCount, gotCount
        FrameData, // frame; expectedBytes, gotBytes
        FrameTerminator, // frame; expectedTerminator, gotTerminator
        MissingFrame, // frame; expectedBytes
        ExtraFrame, // frame; gotBytes
        Pending, // expectedBytes, gotBytes
        HeldBack, // expectedBytes, gotBytes
        EndTerminator, // expectedTerminator, gotTerminator
        TooLong, // expectedFlag, gotFlag
    };
    Kind kind = Kind::FrameCount;
    qint64 frame = 0; // from 1
    qint64 expectedCount = 0;
    qint64 gotCount = 0;
    QByteArray expectedBytes;
    QByteArray gotBytes;
    Terminator expectedTerminator;
    Terminator gotTerminator;
    bool expectedFlag = false;
    bool gotFlag = false;
};

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

    // Reads a case file; false with the reason (where and what) when it is malformed.
    static bool fromJson(const QByteArray &json, FramingCase *out, CaseError *error);
    // The file, keys in the documented order, one frame a line.
    QByteArray toJson() const;
    // Sets the expectation to what a run produced (every key).
    void expectOutcome(const FramingOutcome &outcome);
    // Frames the input under the setup.
    FramingOutcome run() const { return ScriptedFramer::run(input, setup); }
    // What differs between the expectation and an outcome; empty when they agree.
    QList<CaseDifference> diff(const FramingOutcome &outcome) const;
};

} // namespace acw
