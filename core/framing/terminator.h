#pragma once

#include <QByteArray>
#include <QString>

namespace acw {

// What ends a frame: a byte string, a byte count, or nothing (asynchat's set_terminator()).
// A value type. An empty byte string and a count of 0 both mean "none" (spec Q3), so a
// Terminator is always in normal form: kind() == None, or a non-empty Bytes, or a Count > 0.
class Terminator
{
public:
    enum class Kind { None, Bytes, Count };

    // Error codes for parse(); the window and the CLI word them (messages::terminatorError).
    enum class ParseError {
        NoError,
        Empty, // "" is not a spec; write "none"
        BadEscape, // an unknown escape such as "\q", or a bad "\xHH"
        BadCount, // count: without digits, or with junk
        NegativeCount, // count:-1 (asynchat: ValueError, R10)
        CountOverflow, // does not fit in 63 bits
    };

    Terminator() = default;
    static Terminator none() { return Terminator(); }
    static Terminator bytes(const QByteArray &bytes);
    static Terminator count(qint64 n) // n < 0 is refused by the caller (see isValidCount)
    {
        Terminator t; // inline: fixed-size record framing re-arms a count for every frame
        if (n > 0) {
            t.m_kind = Kind::Count;
            t.m_count = n;
        }
        return t;
    }
    static bool isValidCount(qint64 n) { return n >= 0; }

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == Kind::None; }
    bool isBytes() const { return m_kind == Kind::Bytes; }
    bool isCount() const { return m_kind == Kind::Count; }
    const QByteArray &byteString() const { return m_bytes; }
    qint64 countValue() const { return m_count; }

    // The one text form used everywhere (CLI, UI, logs):
    //   escaped bytes ("\r\n", "\t", "\0", "\\", "\xHH"), "count:N", "none".
    QString toSpec() const;
    static Terminator parse(const QString &spec, ParseError *error = nullptr);

    // Escaping helpers shared by the spec form and the views: printable ASCII stays,
    // \r \n \t \0 \\ are named, everything else is \xHH.
    static QString escape(const QByteArray &bytes);
    static QByteArray unescape(const QString &text, bool *ok = nullptr);

    friend bool operator==(const Terminator &a, const Terminator &b)
    {
        return a.m_kind == b.m_kind && a.m_count == b.m_count && a.m_bytes == b.m_bytes;
    }
    friend bool operator!=(const Terminator &a, const Terminator &b) { return !(a == b); }

private:
    friend class Framer; // counts down in place, without copying a whole Terminator
    Kind m_kind = Kind::None;
    qint64 m_count = 0;
    QByteArray m_bytes;
};

} // namespace acw
