#pragma once

#include <QByteArray>
#include <QString>

namespace acw::copyformats {

// Bytes as a programmer pastes them: "47 45 54 0d 0a", "GET\r\n" as a C string literal
// (octal-free \xHH escapes, split where a hex digit would follow), and b'GET\r\n' for Python.
QString hex(const QByteArray &bytes);
QString cString(const QByteArray &bytes);
QString pythonBytes(const QByteArray &bytes);

} // namespace acw::copyformats
