#pragma once

#include "framing/framingcase.h"
#include "models/labscript.h"

#include <QList>
#include <QString>

namespace acw {

// The Framing Lab's state a lesson preloads and an answer sets: the fields a student edits.
struct LabState
{
    QString input; // text with escapes
    labscript::ChunkMode chunkMode = labscript::ChunkMode::AllAtOnce;
    QString chunkValue;
    QString script;
    QString changes; // live changes, "BYTES:SPEC, ..."
    bool overwrite = false;
};

// A short built-in lesson: it opens the lab preloaded, explains what to step through, and
// ends with an exercise checked like `frame --expect`: the lab's current setup is run and
// compared with `expected` (frames and the end state it gives).
struct LabLesson
{
    QString id;
    QString title; // translated
    QString text; // translated, paragraphs separated by blank lines
    QString exercise; // translated
    LabState start; // what the lesson loads (the exercise is not yet solved)
    LabState answer; // one correct answer (the tests use it)
    FramingCase expected; // only its expectation is used
};

QList<LabLesson> labLessons();

// The case the lab's state describes (no expectation); false with a reason if a field is bad.
bool labCase(const LabState &state, FramingCase *out, QString *error);
// The exercise check: empty when the state's run gives what the lesson expects, else the
// differences (FramingCase::diff, as `frame --expect` prints them).
QStringList checkExercise(const LabLesson &lesson, const LabState &state);

} // namespace acw
