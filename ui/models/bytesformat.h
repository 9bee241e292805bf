#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace acw {

// How the workbench shows bytes. Pure functions, shared by the inspector, the frames list,
// the timeline and the framing lab.
namespace bytesformat {

enum class ViewMode { Text, Hex, Escaped };

QString modeKey(ViewMode mode); // "text" | "hex" | "escaped" (settings)
ViewMode modeFromKey(const QString &key);

// How text mode decodes bytes. GB18030 covers GBK and GB2312 (its subsets).
enum class Encoding { Utf8, Gb18030, Latin1 };
QString encodingKey(Encoding encoding); // "utf-8" | "gb18030" | "latin-1" (settings)
Encoding encodingFromKey(const QString &key);
QString encodingName(Encoding encoding); // "UTF-8", "GB18030 / GBK", "Latin-1"
// The one rule every view uses (View > Text encoding); UTF-8 until set.
Encoding defaultEncoding();
void setDefaultEncoding(Encoding encoding);

// Printable text: \n and \t kept, \r as \r; bytes that do not decode in the encoding,
// control characters and bidi/zero-width characters as \xHH (a peer must not be able to
// spoof the view, reliability.md).
QString text(const QByteArray &bytes, Encoding encoding);
// The same, and for each character of the result the index of the first byte it shows
// (a copy of the selected bytes, models/textbytemap.h).
QString text(const QByteArray &bytes, Encoding encoding, QVector<qsizetype> *sources);
QString text(const QByteArray &bytes); // in defaultEncoding()
// One line of text(): \n and \t escaped too, cut at maxChars with an ellipsis (tables).
QString line(const QByteArray &bytes, int maxChars = 80);
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
