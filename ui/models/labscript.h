#pragma once

#include "framing/scriptedframer.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace acw {

// The Framing Lab's text fields, parsed with errors a user can act on. Pure; no widgets.
namespace labscript {

// The terminator script field: entries separated by spaces or commas, each "none",
// "count:N" or escaped bytes (\r \n \t \0 \\ \xHH); a space or comma inside a terminator is
// written \x20 or \x2C. An entry that looks like a mistake is refused, not taken as bytes:
// "Count:4", "count4", "NONE", quotes, or an entry with "count:" or "none" run into other
// bytes ("\r\ncount:4").
struct ScriptResult
{
    QList<Terminator> script;
    QString error; // translated; empty when the script is good
    QString badEntry; // the entry the error is about
    qsizetype position = -1; // where it starts in the text
};
ScriptResult parseScript(const QString &text);
// The canonical text of a script: specs joined by spaces (escapes keep them apart).
QString scriptText(const QList<Terminator> &script);

// Live changes: "12:none, 20:count:4" (BYTES:SPEC entries, comma separated).
bool parseChanges(const QString &text, QList<TerminatorChange> *changes, QString *error);
QString changesText(const QList<TerminatorChange> &changes);

// How the stream is cut into reads.
enum class ChunkMode { AllAtOnce, Fixed, List, Random, OneByte };
// The read sizes for a mode; value is N (Fixed), "3,1,5" (List) or the seed (Random).
bool chunkSizes(
    ChunkMode mode, const QString &value, qint64 inputSize, QList<qint64> *sizes, QString *error);
// Random reads of 1..8 bytes covering `size`, from `seed`.
QList<qint64> randomSizes(qint64 size, quint32 seed);

// Script presets for known shapes.
struct Preset
{
    QString name; // translated
    QString script; // the script field's text
    QString input; // a sample stream (text with escapes)
};
QList<Preset> presets();

} // namespace labscript
} // namespace acw
