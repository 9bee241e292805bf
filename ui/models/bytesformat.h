#pragma once

#include <QByteArray>
#include <QString>

namespace acw {

// How the workbench shows bytes. Pure functions, shared by the inspector, the frames list,
// the timeline and the framing lab.
namespace bytesformat {

enum class ViewMode { Text, Hex, Escaped };

QString modeKey(ViewMode mode); // "text" | "hex" | "escaped" (settings)
ViewMode modeFromKey(const QString &key);

// Printable text: \n and \t kept, other control bytes, invalid UTF-8 and bidi controls as
// \xHH (a peer must not be able to spoof the view, reliability.md).
QString text(const QByteArray &bytes);
// Everything visible: Terminator::escape() (\r \n \t \0 \\ \xHH).
QString escaped(const QByteArray &bytes);
// One line: escaped, cut at maxChars with an ellipsis.
QString preview(const QByteArray &bytes, int maxChars = 80);
// "00000010  47 45 54 20 ...  |GET ...|" lines, 16 bytes each, offsets from baseOffset.
QString hexDump(const QByteArray &bytes, qint64 baseOffset = 0);
// "1.2 KiB" style sizes.
QString size(qint64 bytes);

// The push box and the lab: text with escapes (\r\n, \xHH) or hex digits ("47 45 54").
QByteArray parseInput(const QString &input, bool hex, bool *ok = nullptr);

} // namespace bytesformat
} // namespace acw
