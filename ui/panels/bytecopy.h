#pragma once

#include <QByteArray>
#include <functional>

class QMenu;
class QPlainTextEdit;
class QPoint;
class QTextCursor;
class QTextEdit;
class QWidget;

namespace acw {

class TextByteMap;

// "Copy as hex / C string / Python bytes" for a text selection in a byte view (the
// inspector's input stream, the conversation, the output): the bytes the selection covers
// (TextByteMap), not the text drawn. The actions (copyAsHex, copyAsC, copyAsPython) join
// the view's own context menu and are enabled while the selection covers a byte.
namespace bytecopy {

// The bytes of a stream range as the view keeps them (stream: the map's stream number).
using Fetch = std::function<QByteArray(int stream, qint64 from, qint64 to)>;

QByteArray selectedBytes(const QTextCursor &cursor, const TextByteMap &map, const Fetch &fetch);
void install(QTextEdit *view, const TextByteMap *map, Fetch fetch);
void install(QPlainTextEdit *view, const TextByteMap *map, Fetch fetch);
// The menu a right click at pos shows (the view's standard menu and the copy actions);
// the caller owns it.
QMenu *contextMenu(QWidget *view, const QPoint &pos);

} // namespace bytecopy
} // namespace acw
